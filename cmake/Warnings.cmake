# Warnings as one interface target, so every target of ours opts in the same way
# and third-party sources (Dear ImGui, simdjson) are not held to our flags.
add_library(kinerja_warnings INTERFACE)
target_compile_options(kinerja_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion
  -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual
  -Wnull-dereference -Wdouble-promotion -Wimplicit-fallthrough)
option(KINERJA_WERROR "treat warnings as errors" ON)
if(KINERJA_WERROR)
  target_compile_options(kinerja_warnings INTERFACE -Werror)
endif()
