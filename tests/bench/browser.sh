#!/usr/bin/env bash
# The browser benchmarks (`make bench`, after run.sh): save latency at 300 and
# 10,000 employees, the import of a 10,000-employee bundle, the first frame,
# frame time with the 10,000-employee table open and the bytes a first visit
# downloads, in headless Chromium against build/site. Adds its keys to build/bench/results.json.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
OUT=build/bench
mkdir -p "$OUT"
# One realised quarter: a 10,000-employee bundle as a BKPSDM would exchange
# it mid-year (a full year is kept for the pipeline benchmark in run.sh).
CITY="$OUT/city-10000-q1.json"
if [[ ! -f "$CITY" || build/native/kinerja -nt "$CITY" ]]; then
  build/native/kinerja demo --employees 10000 --quarters 1 -o "$CITY.tmp"
  mv "$CITY.tmp" "$CITY"
fi
# A 30,000-employee quarter: over the import limit, to see where the app stops.
CITY30="$OUT/city-30000-q1.json"
if [[ ! -f "$CITY30" || build/native/kinerja -nt "$CITY30" ]]; then
  build/native/kinerja demo --employees 30000 --quarters 1 -o "$CITY30.tmp"
  mv "$CITY30.tmp" "$CITY30"
fi
echo "browser bench: $(du -m "$CITY" | cut -f1) MB bundle; $(du -m "$CITY30" | cut -f1) MB at 30,000 employees"
NODE_PATH="$ROOT/node_modules" KINERJA_SITE_DIR="$ROOT/build/site" node tests/bench/browser_bench.mjs "$CITY" "$CITY30"
NODE_PATH="$ROOT/node_modules" KINERJA_SITE_DIR="$ROOT/build/site" node tests/bench/ui_bench.mjs "$CITY"
