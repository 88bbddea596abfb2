#!/usr/bin/env bash
# kinerja verify / merge against forged files: each forgery a file holder
# could make with a text editor (a record given a newer version and clock) is
# refused with its place and reason, and the merged file keeps what was there.
#   usage: trust_test.sh PATH/TO/kinerja
BIN=$1
source "$(dirname "$0")/lib.sh"

"$BIN" demo --employees 40 -o "$tmp/city.json"
"$BIN" verify "$tmp/city.json" > "$tmp/verify.txt" 2>&1
status=$?
check "the demo city verifies (exit 0)" '[ "$status" -eq 0 ] && grep -q ", 0 bermasalah" "$tmp/verify.txt"'

# forge KIND: writes $tmp/KIND.json and prints the forged record's pointer
forge() {
  node - "$tmp/city.json" "$tmp/$1.json" "$1" <<'JS'
const fs = require('fs');
const [src, out, kind] = process.argv.slice(2);
const b = JSON.parse(fs.readFileSync(src, 'utf8'));
const d = b.data;
const bump = (r) => { r.ver['dev-forger'] = 1; r.hlc = '2026-12-01T00:00:00.000Z/0000/dev-forger'; };
const nipOf = (id) => d.employees.find((e) => e.id === id).nip;
let coll, rec;
if (kind === 'own-rating') {
  coll = 'evaluations';
  rec = d.evaluations.find((e) => e.rating_hasil_kerja && e.self_submitted && !e.keberatan);
  rec.rating_hasil_kerja = 'di-atas'; rec.rating_perilaku = 'di-atas'; rec.predikat = 'sangat-baik';
} else if (kind === 'unlock') {
  coll = 'periods';
  rec = d.periods.find((p) => p.locked);
  rec.locked = false;
  rec.author = d.employees[3].nip;
} else if (kind === 'move') {
  coll = 'evaluations';
  rec = d.evaluations.find((e) => e.rating_hasil_kerja);
  const other = d.employees.find((e) => e.id !== rec.employee_id);
  rec.employee_id = other.id;
  rec.author = other.nip;
} else if (kind === 'realisation') {
  coll = 'realisations';
  rec = d.realisations.find((z) => typeof z.value === 'number');
  const skp = d.skps.find((s) => s.id === rec.skp_id);
  const a = d.assignments.find((x) => x.employee_id === skp.employee_id && x.period_id === rec.period_id);
  rec.value = rec.value * 3;
  rec.author = a ? nipOf(a.penilai_id) : rec.author;
} else if (kind === 'replay') {
  coll = 'evaluations';
  rec = d.evaluations.find((e) => e.rating_hasil_kerja);
}
bump(rec);
fs.writeFileSync(out, JSON.stringify(b));
process.stdout.write(`/data/${coll}/${rec.id}`);
JS
}

for kind in own-rating unlock move realisation replay; do
  ptr=$(forge "$kind")
  "$BIN" verify "$tmp/$kind.json" > /dev/null 2> "$tmp/$kind.verify"
  status=$?
  check "verify refuses $kind (exit 1, names $ptr)" '[ "$status" -eq 1 ] && grep -q "$ptr:" "$tmp/$kind.verify"'
  "$BIN" merge "$tmp/city.json" "$tmp/$kind.json" -o "$tmp/$kind.out.json" > "$tmp/$kind.merge" 2> "$tmp/$kind.merge.err"
  check "merge refuses $kind with the reason" 'grep -q "$kind.json: $ptr: .* / .*" "$tmp/$kind.merge.err"'
  check "the merged file verifies after refusing $kind" '"$BIN" verify "$tmp/$kind.out.json" > /dev/null 2>&1'
  check "the merged file keeps the signed version ($kind)" 'cmp -s <(grep -v "\"created\":\"20[0-9-]*T[0-9:.]*Z\",\"origin\"" "$tmp/city.json" | grep -v "^{\"format\"") <(grep -v "^{\"format\"" "$tmp/$kind.out.json")'
done

"$BIN" verify --root-key "$(printf '%064d' 0)" "$tmp/city.json" > /dev/null 2>&1
status=$?
check "another city's root key: nothing verifies" '[ "$status" -eq 1 ]'

# A city's own keys: a root key, a registration it signs, a revocation.
"$BIN" keys root -o "$tmp/city-keys" > "$tmp/root.txt"
check "keys root writes the secret seed and the public file" '[ -s "$tmp/city-keys/kunci-induk.rahasia" ] && grep -q "kinerja-samarinda/kunci-kota" "$tmp/city-keys/kunci-kota.json"'
check "the secret seed is readable by its owner only" '[ "$(stat -c %a "$tmp/city-keys/kunci-induk.rahasia")" = 600 ]'
root_pub=$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1])).public_key)' "$tmp/city-keys/kunci-kota.json")
person_pub=$(printf '%064x' 7)
"$BIN" keys register --root "$tmp/city-keys/kunci-induk.rahasia" --nip 198503152010011001 --peran pegawai \
  --public-key "$person_pub" --from 2026-12-01T00:00:00Z -o "$tmp/reg.json"
"$BIN" verify --root-key "$root_pub" "$tmp/reg.json" > /dev/null 2>&1
status=$?
check "a registration signed by the city's root key verifies under it" '[ "$status" -eq 0 ]'
"$BIN" verify "$tmp/reg.json" > /dev/null 2> "$tmp/reg-demo.err"
status=$?
check "the same registration does not count under another root (the demo's)" '[ "$status" -eq 1 ] && grep -q "/data/keys/" "$tmp/reg-demo.err"'
key_id=$(node -e 'const d=JSON.parse(require("fs").readFileSync(process.argv[1])).data; console.log(d.keys[0].id)' "$tmp/reg.json")
"$BIN" keys revoke --root "$tmp/city-keys/kunci-induk.rahasia" --key-id "$key_id" --from 2026-12-20T00:00:00Z "$tmp/reg.json" -o "$tmp/revoked.json"
check "a revocation is a newer, re-signed version of the registration" 'grep -q "\"revoked\":\"2026-12-20T00:00:00Z\"" "$tmp/revoked.json" && "$BIN" verify --root-key "$root_pub" "$tmp/revoked.json" > /dev/null 2>&1'
"$BIN" merge --root-key "$root_pub" "$tmp/reg.json" "$tmp/revoked.json" -o "$tmp/both.json" > /dev/null 2>&1
check "merged, the revocation wins" 'grep -q "\"revoked\"" "$tmp/both.json"'
"$BIN" keys register --root "$tmp/reg.json" --nip 1 --peran pegawai --public-key "$person_pub" --from 2026-12-01T00:00:00Z -o "$tmp/x.json" 2> "$tmp/bad-root.err"
status=$?
check "a file that is not a root seed is refused" '[ "$status" -eq 1 ] && grep -q "bukan kunci induk" "$tmp/bad-root.err"'

# kunci-kota.json as --root-key, and its fingerprint checked.
"$BIN" verify --root-key "$tmp/city-keys/kunci-kota.json" "$tmp/reg.json" > /dev/null 2>&1
status=$?
check "--root-key takes the city's kunci-kota.json" '[ "$status" -eq 0 ]'
node -e 'const f=process.argv[1], j=JSON.parse(require("fs").readFileSync(f)); j.fingerprint="0000 0000 0000 0000 0000 0000 0000 0000"; require("fs").writeFileSync(f, JSON.stringify(j))' "$tmp/city-keys/kunci-kota.json"
"$BIN" verify --root-key "$tmp/city-keys/kunci-kota.json" "$tmp/reg.json" > /dev/null 2> "$tmp/fp.err"
status=$?
check "a kunci-kota.json whose fingerprint does not match its key is refused" '[ "$status" -eq 1 ] && grep -q "/fingerprint" "$tmp/fp.err"'

# publik.json: signed by the demo BKPSDM admin, verified as the public page does.
"$BIN" aggregate "$tmp/city.json" --sign-demo > "$tmp/publik.json"
"$BIN" verify "$tmp/publik.json" > "$tmp/publik.out" 2>&1
status=$?
check "a signed publik.json verifies and names its signer" '[ "$status" -eq 0 ] && grep -q "ditandatangani bkpsdm-demo" "$tmp/publik.out"'
"$BIN" aggregate "$tmp/city.json" > "$tmp/publik-unsigned.json"
"$BIN" verify "$tmp/publik-unsigned.json" > /dev/null 2> "$tmp/publik-unsigned.err"
status=$?
check "an unsigned publik.json is refused" '[ "$status" -eq 1 ] && grep -q "/tanda_tangan: publik.json tidak bertanda tangan" "$tmp/publik-unsigned.err"'
node -e 'const f=process.argv[1], j=JSON.parse(require("fs").readFileSync(f)); j.min_group=1; require("fs").writeFileSync(process.argv[2], JSON.stringify(j))' "$tmp/publik.json" "$tmp/publik-tampered.json"
"$BIN" verify "$tmp/publik-tampered.json" > /dev/null 2> "$tmp/publik-tampered.err"
status=$?
check "a publik.json changed after signing is refused at its signature" '[ "$status" -eq 1 ] && grep -q "/tanda_tangan/signature" "$tmp/publik-tampered.err"'
node -e 'const f=process.argv[1], j=JSON.parse(require("fs").readFileSync(f)); require("fs").writeFileSync(process.argv[2], JSON.stringify(j, null, 3))' "$tmp/publik.json" "$tmp/publik-reindented.json"
check "a re-indented signed publik.json still verifies" '"$BIN" verify "$tmp/publik-reindented.json" > /dev/null 2>&1'
"$BIN" verify --root-key "$root_pub" "$tmp/publik.json" > /dev/null 2> "$tmp/publik-root.err"
status=$?
check "the demo's publik.json does not verify under a city's own root key" '[ "$status" -eq 1 ] && grep -q "/tanda_tangan/registration/root_signature" "$tmp/publik-root.err"'
"$BIN" aggregate "$tmp/city.json" --sign-key "$tmp/city-keys/kunci-induk.rahasia" > /dev/null 2> "$tmp/sign-key.err"
status=$?
check "a key the file does not register as an admin cannot sign publik.json" '[ "$status" -eq 1 ] && grep -q "tidak terdaftar sebagai admin" "$tmp/sign-key.err"'
"$BIN" keys demo-kota -o "$tmp/demo-kota.json"
check "keys demo-kota writes the demo's kunci-kota.json, marked demo" 'grep -q "\"demo\": true" "$tmp/demo-kota.json" && "$BIN" verify --root-key "$tmp/demo-kota.json" "$tmp/publik.json" > /dev/null 2>&1'

finish trust
