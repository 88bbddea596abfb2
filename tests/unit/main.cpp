// The single doctest runner for every tests/unit/test_*.cpp (native and wasm).
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
