#!/usr/bin/env bash
# kinerja aggregate audits what it publishes, and kinerja audit re-checks a
# publik.json from its figures alone: the demo's passes; a figure put back by
# hand that reveals a group of one fails with exit 3; a file that does not
# read exits 1 with its place.
#   usage: audit_test.sh PATH/TO/kinerja
BIN=$1
source "$(dirname "$0")/lib.sh"

"$BIN" demo -o "$tmp/city.json"
"$BIN" aggregate "$tmp/city.json" > "$tmp/publik.json" 2> "$tmp/report.txt"
status=$?
check "aggregate succeeds" '[ "$status" -eq 0 ]'
check "aggregate reports the audit" 'grep -q "angka diperiksa.*tidak ada kelompok di bawah 5 orang yang dapat dihitung" "$tmp/report.txt"'
check "the document carries the audit summary" 'node -e "const d=require(process.argv[1]); process.exit(d.audit && d.audit.lulus===true && d.audit.angka_diperiksa>0 ? 0 : 1)" "$tmp/publik.json"'

"$BIN" audit "$tmp/publik.json" > "$tmp/out.txt"
status=$?
check "the published file passes an outsider's audit" '[ "$status" -eq 0 ] && grep -q "^lulus" "$tmp/out.txt"'

"$BIN" aggregate "$tmp/city.json" --min-group 10 > "$tmp/publik10.json" 2>/dev/null
"$BIN" audit "$tmp/publik10.json" > /dev/null
status=$?
check "k = 10 is audited with its own k" '[ "$status" -eq 0 ]'

# Put back one hidden count as 1 next to its published row total: a group of one.
node -e '
const fs = require("fs");
const d = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
for (const p of d.periods) for (const u of p.units) {
  if (u.pegawai === null) continue;
  const hidden = Object.keys(u.predikat).find((k) => u.predikat[k] === null);
  if (!hidden) continue;
  u.predikat[hidden] = 1;
  fs.writeFileSync(process.argv[2], JSON.stringify(d));
  process.exit(0);
}
process.exit(1);' "$tmp/publik.json" "$tmp/leaky.json"
"$BIN" audit "$tmp/leaky.json" > "$tmp/out.txt"
status=$?
check "a figure that reveals one person fails with exit 3" '[ "$status" -eq 3 ] && grep -q "TIDAK LULUS" "$tmp/out.txt"'

printf '{"format":"kinerja-samarinda/publik","schema":1,"created":"x","min_group":"lima"}' > "$tmp/bad.json"
"$BIN" audit "$tmp/bad.json" 2> "$tmp/err.txt"
status=$?
check "a file that does not read exits 1" '[ "$status" -eq 1 ]'
check "and names the place" 'grep -q "bad.json: /min_group" "$tmp/err.txt"'

finish audit
