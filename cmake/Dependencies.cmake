# Third-party code, all from Debian packages (see scripts/setup.sh).
#
# Header-only libraries are reached through a build-local include folder that
# holds only them: adding /usr/include to an Emscripten build pulls in glibc
# headers and breaks it, and find_package() finds nothing under emcmake.
set(KINERJA_STAGED_INCLUDE "${CMAKE_BINARY_DIR}/staged-include")
foreach(lib nlohmann doctest)
  if(NOT EXISTS "/usr/include/${lib}")
    message(FATAL_ERROR "/usr/include/${lib} is missing: run scripts/setup.sh (make test does)")
  endif()
  file(MAKE_DIRECTORY "${KINERJA_STAGED_INCLUDE}")
  file(CREATE_LINK "/usr/include/${lib}" "${KINERJA_STAGED_INCLUDE}/${lib}" SYMBOLIC)
endforeach()

add_library(kinerja_json INTERFACE)
target_include_directories(kinerja_json SYSTEM INTERFACE "${KINERJA_STAGED_INCLUDE}")
add_library(kinerja_doctest INTERFACE)
target_include_directories(kinerja_doctest SYSTEM INTERFACE "${KINERJA_STAGED_INCLUDE}")

# simdjson: the amalgamated source from Debian's source package, compiled the
# same way natively and in wasm (one bulk-read code path everywhere).
set(KINERJA_SIMDJSON_DIR "${KINERJA_DEPS_DIR}/simdjson/singleheader")
if(NOT EXISTS "${KINERJA_SIMDJSON_DIR}/simdjson.cpp")
  message(FATAL_ERROR "simdjson sources missing in ${KINERJA_SIMDJSON_DIR}: run scripts/setup.sh")
endif()
add_library(kinerja_simdjson STATIC "${KINERJA_SIMDJSON_DIR}/simdjson.cpp")
target_include_directories(kinerja_simdjson SYSTEM PUBLIC "${KINERJA_SIMDJSON_DIR}")
target_compile_definitions(kinerja_simdjson PUBLIC SIMDJSON_EXCEPTIONS=0)
if(EMSCRIPTEN)
  target_compile_options(kinerja_simdjson PRIVATE -fwasm-exceptions)
  # wasm32 has no 64-bit SIMD kernel; simdjson says so with a #pragma message
  # in every file that includes it. Measured and accepted (README, "bulk reads").
  target_compile_options(kinerja_simdjson PUBLIC -Wno-\#pragma-messages)
endif()
