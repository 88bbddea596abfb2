#!/usr/bin/env bash
# The signature check's cost on import (`make bench`, after run.sh): the
# browser's import path (preview_import → apply_import, tests/bench/bench_import)
# of a city's signed year — `kinerja demo --employees 10000 --quarters 4`, the
# file run.sh generates — with the check and without, into an empty store and
# into one that already holds the same city before its first quarter
# (`--quarters 0`: its master data, keys and SKPs), natively and in wasm under
# Node (the browser's engine).
# The machine may be shared, so only ratios measured side by side count: the
# four imports alternate inside each repetition, native and wasm alternate
# over BENCH_ROUNDS rounds (default 2) of BENCH_REPS repetitions (default 3;
# the first of each process is a warm-up and dropped). Each repetition gives
# one paired overhead 100 × (checked − unchecked) / unchecked; the median is
# reported. bench_import fails when the checked import refuses anything or
# imports something else than the unchecked one.
#
# Writes into build/bench/results.json (merged):
#   verify_overhead_pct         wasm, the larger of the two stores (target ≤ 25)
#   verify_overhead_native_pct  the same natively
#   import_year_{native,wasm}_ms, import_year_verified_{native,wasm}_ms, verify_{native,wasm}_ms
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
REPS="${BENCH_REPS:-3}"
ROUNDS="${BENCH_ROUNDS:-2}"
EMPLOYEES="${BENCH_EMPLOYEES:-10000}"
NATIVE_DIR="${BENCH_NATIVE_DIR:-build/native}"
WASM_DIR="${BENCH_WASM_DIR:-build/wasm}"
OUT="${BENCH_OUT:-build/bench}"
KINERJA="$NATIVE_DIR/kinerja"
NATIVE="$NATIVE_DIR/tests/bench/bench_import"
WASM="$WASM_DIR/tests/bench/bench_import.js"
NODE=(node --no-experimental-fetch --max-old-space-size=6144)

for f in "$KINERJA" "$NATIVE" "$WASM"; do
  [[ -f "$f" ]] || { echo "import bench: $f is missing (run: make native wasm)" >&2; exit 1; }
done
mkdir -p "$OUT"
CITY="$OUT/city-$EMPLOYEES.json"
HELD="$OUT/city-$EMPLOYEES-q0.json"
for q in 4 0; do
  f="$CITY"; [[ $q == 0 ]] && f="$HELD"
  if [[ ! -f "$f" || "$KINERJA" -nt "$f" ]]; then
    echo "import bench: generating $f (kinerja demo --employees $EMPLOYEES --quarters $q)"
    "$KINERJA" demo --employees "$EMPLOYEES" --quarters "$q" -o "$f.tmp"
    mv "$f.tmp" "$f"
  fi
done
echo "import bench: $(du -m "$CITY" | cut -f1) MB; $ROUNDS rounds × $REPS repetitions (first of each dropped)"
rm -f "$OUT"/import-*.jsonl
for round in $(seq 1 "$ROUNDS"); do
  echo "import bench: round $round/$ROUNDS: native, wasm (Node)"
  "$NATIVE" "$CITY" --base "$HELD" --reps "$REPS" >> "$OUT/import-native.jsonl"
  "${NODE[@]}" "$WASM" "$CITY" --base "$HELD" --reps "$REPS" >> "$OUT/import-wasm.jsonl"
done

node --no-experimental-fetch --input-type=module - "$OUT" <<'EOF'
import fs from 'node:fs';
const dir = process.argv[2];
const median = (v) => { const s = [...v].sort((a, b) => a - b), m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const r1 = (x) => Math.round(x * 10) / 10;
function collect(impl) {
  const lines = fs.readFileSync(`${dir}/import-${impl}.jsonl`, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  // every process's samples but its first repetition (warm-up)
  const keep = (run, key) => lines.flatMap((l) => (l[run][key].length > 1 ? l[run][key].slice(1) : l[run][key]));
  const out = { bytes: lines[0].bytes, samples: 0 };
  for (const base of ['empty', 'held']) {
    const plain = keep(`${base}-plain`, 'total_ms'), checked = keep(`${base}-verified`, 'total_ms');
    out.samples = plain.length;
    out[base] = {
      plain_ms: median(plain), verified_ms: median(checked), gate_ms: median(keep(`${base}-verified`, 'gate_ms')),
      overhead_pct: median(plain.map((p, i) => (100 * (checked[i] - p)) / p)),
      records: lines[0][`${base}-verified`].records,
    };
  }
  return out;
}
const run = { native: collect('native'), wasm: collect('wasm') };
const worst = (r) => Math.max(r.empty.overhead_pct, r.held.overhead_pct);
const results = {
  verify_overhead_pct: r1(worst(run.wasm)),
  verify_overhead_native_pct: r1(worst(run.native)),
};
for (const impl of ['native', 'wasm']) {
  results[`import_year_${impl}_ms`] = Math.round(run[impl].empty.plain_ms);
  results[`import_year_verified_${impl}_ms`] = Math.round(run[impl].empty.verified_ms);
  results[`verify_${impl}_ms`] = Math.round(run[impl].empty.gate_ms);
}
const file = `${dir}/results.json`;
let merged = {};
try { merged = JSON.parse(fs.readFileSync(file, 'utf8')); } catch { /* first benchmark to write it */ }
Object.assign(merged, results);
fs.writeFileSync(file, JSON.stringify(merged, null, 2) + '\n');

console.log(`import: ${r1(run.native.bytes / 1e6)} MB, ${run.native.empty.records} records; the checked import refused nothing`);
for (const impl of ['native', 'wasm'])
  for (const base of ['empty', 'held']) {
    const r = run[impl][base];
    console.log(`  ${impl.padEnd(6)} into ${base.padEnd(5)}  unchecked ${r.plain_ms.toFixed(0).padStart(6)} ms   checked ${r.verified_ms.toFixed(0).padStart(6)} ms` +
      `   (check ${r.gate_ms.toFixed(0)} ms)   overhead ${r1(r.overhead_pct)} % (median of ${run[impl].samples})`);
  }
console.log(`  verify_overhead_pct ${results.verify_overhead_pct} (wasm; native ${results.verify_overhead_native_pct})` +
  (results.verify_overhead_pct <= 25 ? '   (target ≤ 25: met)' : '   (target ≤ 25: NOT met)'));
console.log(`  written: ${file}`);
EOF
