#!/usr/bin/env bash
# Compressed bundles (.json.gz): what the CLI writes under a ".gz" name is the
# canonical JSON gzip-compressed, byte for byte the same inside; every command
# that reads a bundle reads it compressed as well as plain, whatever its name;
# a damaged or truncated file is refused with its place, and merge then writes
# nothing.
#   usage: gzip_test.sh PATH/TO/kinerja
BIN=$1
source "$(dirname "$0")/lib.sh"

"$BIN" demo --employees 60 --seed 3 -o "$tmp/city.json"
"$BIN" demo --employees 60 --seed 3 -o "$tmp/city.json.gz"
check "a .gz name is written gzip-compressed" '[ "$(head -c 2 "$tmp/city.json.gz" | od -An -tx1 | tr -d " ")" = "1f8b" ]'
check "inside is the same canonical JSON" 'gunzip -c "$tmp/city.json.gz" | cmp -s - "$tmp/city.json"'
plain=$(stat -c %s "$tmp/city.json"); packed=$(stat -c %s "$tmp/city.json.gz")
check "compressed at least fourfold ($plain → $packed bytes)" '[ $((packed * 4)) -lt "$plain" ]'

check "validate reads it" '"$BIN" validate "$tmp/city.json.gz" | grep -q "OK ("'
check "verify reads it" '"$BIN" verify "$tmp/city.json.gz" > /dev/null'
check "score reads it and says what the plain file says" 'cmp -s <("$BIN" score "$tmp/city.json.gz") <("$BIN" score "$tmp/city.json")'
cp "$tmp/city.json.gz" "$tmp/renamed.json"
check "gzip is recognised by its bytes, not its name" '"$BIN" validate "$tmp/renamed.json" | grep -q "OK ("'
"$BIN" merge "$tmp/city.json.gz" "$tmp/city.json" -o "$tmp/merged.json" 2> /dev/null
"$BIN" merge "$tmp/city.json" -o "$tmp/merged2.json" 2> /dev/null
check "merging the compressed file adds nothing to the plain one" 'cmp -s <(grep -v "\"created\"" "$tmp/merged.json") <(grep -v "\"created\"" "$tmp/merged2.json")'

head -c 2000 "$tmp/city.json.gz" > "$tmp/cut.json.gz"
"$BIN" validate "$tmp/cut.json.gz" 2> "$tmp/err.txt"
status=$?
check "a truncated file exits 1" '[ "$status" -eq 1 ]'
check "and says where it is cut" 'grep -q "cut.json.gz: /: berkas gzip rusak atau terpotong (byte 2000)" "$tmp/err.txt"'
"$BIN" merge "$tmp/city.json" "$tmp/cut.json.gz" -o "$tmp/out.json.gz" 2> /dev/null
check "merge with a damaged input writes nothing" '[ ! -e "$tmp/out.json.gz" ]'
printf '\037\213garbage' > "$tmp/garbage.json"
check "bytes that only look like gzip are refused" '! "$BIN" validate "$tmp/garbage.json" 2> /dev/null'

finish gzip
