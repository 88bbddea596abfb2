# GLPK, the linear and integer programming solver behind the publication audit
# (core/calc/audit).
#
# Native: Debian's libglpk-dev. Wasm: Debian's source package (upstream 5.0,
# checksum-pinned in scripts/setup.sh), compiled here from the source list of
# its own src/Makefile.am so the set of files is GLPK's, not ours. Debian's
# patches only replace the embedded zlib and SuiteSparse parts with system
# libraries, which a wasm build does not have; the solver code is the same.
if(EMSCRIPTEN)
  enable_language(C)
  set(KINERJA_GLPK_DIR "${KINERJA_DEPS_DIR}/glpk/src")
  if(NOT EXISTS "${KINERJA_DEPS_DIR}/glpk/.complete")
    message(FATAL_ERROR "GLPK sources missing in ${KINERJA_DEPS_DIR}/glpk: run scripts/setup.sh")
  endif()
  file(READ "${KINERJA_GLPK_DIR}/Makefile.am" makefile)
  string(REGEX MATCH "libglpk_la_SOURCES = \\\\\n([^\n]+\n)+" sources_block "${makefile}")
  string(REGEX MATCHALL "[a-z0-9_]+/[a-z0-9_]+\\.c" glpk_sources "${sources_block}")
  list(TRANSFORM glpk_sources PREPEND "${KINERJA_GLPK_DIR}/")
  list(LENGTH glpk_sources n)
  if(n LESS 150)
    message(FATAL_ERROR "GLPK's source list in Makefile.am was not understood (${n} files)")
  endif()
  add_library(kinerja_glpk STATIC ${glpk_sources})
  target_include_directories(kinerja_glpk SYSTEM PUBLIC "${KINERJA_GLPK_DIR}")
  foreach(sub amd api bflib colamd draft env intopt minisat misc mpl npp proxy simplex zlib)
    target_include_directories(kinerja_glpk PRIVATE "${KINERJA_GLPK_DIR}/${sub}")
  endforeach()
  target_compile_options(kinerja_glpk PRIVATE -Os -w)
else()
  find_path(KINERJA_GLPK_INCLUDE glpk.h)
  find_library(KINERJA_GLPK_LIBRARY NAMES glpk)
  if(NOT KINERJA_GLPK_INCLUDE OR NOT KINERJA_GLPK_LIBRARY)
    message(FATAL_ERROR "libglpk-dev is missing: run scripts/setup.sh (make test does)")
  endif()
  add_library(kinerja_glpk INTERFACE)
  target_include_directories(kinerja_glpk SYSTEM INTERFACE "${KINERJA_GLPK_INCLUDE}")
  target_link_libraries(kinerja_glpk INTERFACE "${KINERJA_GLPK_LIBRARY}")
endif()
