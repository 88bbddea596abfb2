#!/usr/bin/env bash
# `make test`: install what is missing, build, run every test layer through
# ctest, then print where the time went — per phase of the build and per test
# layer (unit native, unit wasm, CLI, core layering, browser) — so a
# maintainer sees at once what a change made slower. Exits with ctest's verdict.
set -uo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH=/usr/share/nodejs
mkdir -p build
timings=build/test-timings.txt
: > "$timings"
phase() {  # name, command...: runs it, records its seconds, stops on failure
  local name=$1; shift
  local start=$SECONDS
  "$@" || { echo "make test: '$name' failed" >&2; exit 1; }
  echo "$name $((SECONDS - start))" >> "$timings"
}
phase setup bash scripts/setup.sh
phase build-wasm bash -c 'cmake --preset wasm >/dev/null && cmake --build --preset wasm'
phase build-native bash -c 'cmake --preset native >/dev/null && cmake --build --preset native'
phase site bash scripts/make_site.sh build/wasm build/site build/native/kinerja
rm -rf build/screens
start=$SECONDS
ctest --preset native --output-junit "$PWD/build/test-results.xml"
rc=$?
echo "ctest $((SECONDS - start))" >> "$timings"
node scripts/test_summary.mjs build/test-results.xml "$timings" || rc=1
exit $rc
