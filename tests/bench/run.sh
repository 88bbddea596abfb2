#!/usr/bin/env bash
# The pipeline benchmark (`make bench`): parse + validate + score + aggregate
# of a city's year — `kinerja demo --employees 10000 --quarters 4` — natively,
# in wasm under Node, and in plain JavaScript (tests/bench/pipeline.mjs), in
# the same run, on the same file. The machine may be shared, so the three are
# interleaved: BENCH_ROUNDS rounds (default 3), each running native, wasm and
# JS once with BENCH_REPS repetitions (default 4); the first repetition of
# every process is a warm-up (page faults, memory growth, JIT tier-up) and is
# dropped; the median over the rest is reported. The three must agree on the figures (the `check`
# summary and the whole public document), else the run fails: a fast wrong
# pipeline proves nothing.
#
# Writes build/bench/results.json (merged: other benchmarks add their keys):
#   pipeline_native_mb_s, pipeline_wasm_mb_s, pipeline_js_mb_s, wasm_vs_js, ...,
#   parse_limit_{native,wasm}_mb_s (a bare simdjson walk of the same bytes,
#   tests/bench/parse_limit.hpp) and pipeline_{native,wasm}_share_of_limit_pct,
#   city_year_gz_mb (the same file as the CLI and the app write it compressed), city_year_gz_ratio
# MB are 10^6 bytes of the bundle file.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
REPS="${BENCH_REPS:-4}"
ROUNDS="${BENCH_ROUNDS:-3}"
EMPLOYEES="${BENCH_EMPLOYEES:-10000}"
# Build folders can be overridden (e.g. a helper's own build) with
# BENCH_NATIVE_DIR / BENCH_WASM_DIR / BENCH_OUT.
NATIVE_DIR="${BENCH_NATIVE_DIR:-build/native}"
WASM_DIR="${BENCH_WASM_DIR:-build/wasm}"
OUT="${BENCH_OUT:-build/bench}"
KINERJA="$NATIVE_DIR/kinerja"
NATIVE="$NATIVE_DIR/tests/bench/bench_pipeline"
WASM="$WASM_DIR/tests/bench/bench_pipeline.js"
JS="tests/bench/pipeline.mjs"
NODE=(node --no-experimental-fetch --max-old-space-size=6144)

for f in "$KINERJA" "$NATIVE" "$WASM" "$JS"; do
  [[ -f "$f" ]] || { echo "bench: $f is missing (run: make native wasm)" >&2; exit 1; }
done
mkdir -p "$OUT"

CITY="$OUT/city-$EMPLOYEES.json"
if [[ ! -f "$CITY" || "$KINERJA" -nt "$CITY" ]]; then
  echo "bench: generating $CITY (kinerja demo --employees $EMPLOYEES --quarters 4)"
  "$KINERJA" demo --employees "$EMPLOYEES" --quarters 4 -o "$CITY.tmp"
  mv "$CITY.tmp" "$CITY"
fi
# The same city as the app and the CLI send it (.json.gz): what travels by messaging apps and e-mail.
if [[ ! -f "$CITY.gz" || "$CITY" -nt "$CITY.gz" ]]; then
  "$KINERJA" demo --employees "$EMPLOYEES" --quarters 4 -o "$CITY.gz"
  gunzip -c "$CITY.gz" | cmp -s - "$CITY" || { echo "bench: $CITY.gz does not hold $CITY" >&2; exit 1; }
fi
echo "bench: $(du -m "$CITY" | cut -f1) MB; $ROUNDS rounds × $REPS repetitions each (first of each dropped)"
rm -f "$OUT"/pipeline-*.jsonl
for round in $(seq 1 "$ROUNDS"); do
  echo "bench: round $round/$ROUNDS: native, wasm (Node), JavaScript"
  "$NATIVE" "$CITY" --reps "$REPS" --out "$OUT/publik-native.json" >> "$OUT/pipeline-native.jsonl"
  "${NODE[@]}" "$WASM" "$CITY" --reps "$REPS" --out "$OUT/publik-wasm.json" >> "$OUT/pipeline-wasm.jsonl"
  "${NODE[@]}" "$JS" "$CITY" --reps "$REPS" --out "$OUT/publik-js.json" >> "$OUT/pipeline-js.jsonl"
done

node --no-experimental-fetch --input-type=module - "$OUT" "$CITY" <<'EOF'
import fs from 'node:fs';
const dir = process.argv[2];
const city = process.argv[3];
const read = (f) => JSON.parse(fs.readFileSync(`${dir}/${f}`, 'utf8'));
// Per implementation: every process's line; drop each process's first
// repetition (warm-up) and take medians over the rest.
const median = (v) => { const s = [...v].sort((a, b) => a - b), m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
function collect(impl) {
  const lines = fs.readFileSync(`${dir}/pipeline-${impl}.jsonl`, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  const keep = (key) => lines.flatMap((l) => (l[key].length > 1 ? l[key].slice(1) : l[key]));
  const total = keep('total_ms');
  const r = { bytes: lines[0].bytes, reps: total.length, processes: lines.length, check: lines[0].check,
    median_ms: median(total), parse_ms: median(keep('parse_list')), score_ms: median(keep('score_list')),
    aggregate_ms: median(keep('aggregate_list')), samples_ms: total };
  // The parser's limit on the same bytes in the same processes (C++ builds only).
  if (lines[0].limit_list) r.limit_mb_s = r.bytes / 1e6 / (median(keep('limit_list')) / 1000);
  r.mb_s = r.bytes / 1e6 / (r.median_ms / 1000);
  for (const l of lines)
    if (JSON.stringify(l.check) !== JSON.stringify(r.check)) { console.error(`bench: ${impl} is not deterministic`); process.exit(1); }
  return r;
}
const run = { native: collect('native'), wasm: collect('wasm'), js: collect('js') };
const doc = { native: read('publik-native.json'), wasm: read('publik-wasm.json'), js: read('publik-js.json') };

// Same figures? Numbers equal to 1e-9 relative; everything else exactly.
function diff(a, b, p = '') {
  if (typeof a === 'number' && typeof b === 'number')
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)) ? null : `${p}: ${a} vs ${b}`;
  if (Array.isArray(a) !== Array.isArray(b) || typeof a !== typeof b || (a === null) !== (b === null)) return `${p}: type differs`;
  if (a === null || typeof a !== 'object') return a === b ? null : `${p}: ${a} vs ${b}`;
  const ka = Object.keys(a), kb = Object.keys(b);
  if (ka.join() !== kb.join()) return `${p}: keys differ`;
  for (const k of ka) { const d = diff(a[k], b[k], `${p}/${k}`); if (d) return d; }
  return null;
}
let bad = false;
// The JavaScript baseline has no publication audit (integer programs, GLPK in
// the core): it is compared on everything else, and only when the audit hid
// nothing more than the threshold did (then the figures must be the same).
const { audit, ...nativeWithoutAudit } = doc.native;
if (!audit || audit.lulus !== true) { console.error('bench: the native audit did not pass: the JS baseline cannot be compared'); bad = true; }
for (const impl of ['wasm', 'js']) {
  const d1 = diff(run.native.check, run[impl].check, 'check');
  const d2 = diff(impl === 'js' ? nativeWithoutAudit : doc.native, doc[impl], 'publik');
  if (d1 || d2) { console.error(`bench: ${impl} disagrees with native: ${d1 ?? d2}`); bad = true; }
}
if (bad) process.exit(1);

const r2 = (x) => Math.round(x * 100) / 100;
const results = {
  pipeline_file_mb: r2(run.native.bytes / 1e6),
  pipeline_reps: run.native.reps,
  pipeline_rounds: run.native.processes,
  pipeline_native_mb_s: r2(run.native.mb_s),
  pipeline_wasm_mb_s: r2(run.wasm.mb_s),
  pipeline_js_mb_s: r2(run.js.mb_s),
  wasm_vs_js: r2(run.wasm.mb_s / run.js.mb_s),
  native_vs_wasm: r2(run.native.mb_s / run.wasm.mb_s),
  parse_limit_native_mb_s: r2(run.native.limit_mb_s),
  parse_limit_wasm_mb_s: r2(run.wasm.limit_mb_s),
  // the whole pipeline (parse, validate, build records, score, aggregate) as a share of a bare walk
  pipeline_native_share_of_limit_pct: r2(100 * run.native.mb_s / run.native.limit_mb_s),
  pipeline_wasm_share_of_limit_pct: r2(100 * run.wasm.mb_s / run.wasm.limit_mb_s),
  city_year_gz_mb: r2(fs.statSync(`${city}.gz`).size / 1e6),
  city_year_gz_ratio: r2(fs.statSync(city).size / fs.statSync(`${city}.gz`).size),
};
for (const impl of ['native', 'wasm', 'js'])
  for (const phase of ['parse', 'score', 'aggregate'])
    results[`pipeline_${impl}_${phase}_ms`] = r2(run[impl][`${phase}_ms`]);
const file = `${dir}/results.json`;
let merged = {};
try { merged = JSON.parse(fs.readFileSync(file, 'utf8')); } catch { /* first benchmark to write it */ }
Object.assign(merged, results);
fs.writeFileSync(file, JSON.stringify(merged, null, 2) + '\n');

const row = (name, r) => `  ${name.padEnd(7)} ${r.mb_s.toFixed(1).padStart(8)} MB/s   median ${r.median_ms.toFixed(0).padStart(6)} ms of ${r.reps}` +
  `   (parse+validate ${r.parse_ms.toFixed(0)} ms, score ${r.score_ms.toFixed(0)} ms, aggregate ${r.aggregate_ms.toFixed(0)} ms)`;
console.log(`pipeline: ${results.pipeline_file_mb} MB, ${run.native.check.records} records, ${run.native.check.entries} employee-periods; all three agree`);
console.log(row('native', run.native));
console.log(row('wasm', run.wasm));
console.log(row('js', run.js));
const target = (value, goal, unit = '') => (value >= goal ? `(target ≥ ${goal}${unit}: met)` : `(target ≥ ${goal}${unit}: NOT met, ${r2(goal / value)}× short)`);
console.log(`  wasm_vs_js ${results.wasm_vs_js} ${target(results.wasm_vs_js, 4)}   native_vs_wasm ${results.native_vs_wasm}`);
console.log(`  parser limit (bare on-demand walk, same bytes, same processes): native ${results.parse_limit_native_mb_s} MB/s, wasm ${results.parse_limit_wasm_mb_s} MB/s`);
console.log(`  pipeline as a share of it: native ${results.pipeline_native_share_of_limit_pct} % ${target(results.pipeline_native_share_of_limit_pct, 25, ' %')}, ` +
  `wasm ${results.pipeline_wasm_share_of_limit_pct} % ${target(results.pipeline_wasm_share_of_limit_pct, 60, ' %')}`);
console.log(`  city-year as .json.gz: ${results.city_year_gz_mb} MB (${results.pipeline_file_mb} MB / ${results.city_year_gz_ratio})`);
console.log(`  written: ${file}`);
EOF
