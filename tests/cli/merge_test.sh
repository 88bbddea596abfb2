#!/usr/bin/env bash
# kinerja merge: the merged file is the same whatever the order of the inputs,
# a bad input leaves OUT unwritten, and an output that is not a regular file
# (a pipe, /dev/stdout) is written to, never replaced.
#   usage: merge_test.sh PATH/TO/kinerja
BIN=$1
source "$(dirname "$0")/lib.sh"

"$BIN" demo --employees 30 --seed 1 -o "$tmp/a.json"
"$BIN" demo --employees 30 --seed 2 -o "$tmp/b.json"
"$BIN" merge "$tmp/a.json" "$tmp/b.json" -o "$tmp/ab.json"
"$BIN" merge "$tmp/b.json" "$tmp/a.json" -o "$tmp/ba.json"
check "order does not matter" '[ "$(tail -n +2 "$tmp/ab.json")" = "$(tail -n +2 "$tmp/ba.json")" ] || cmp -s <(grep -v "\"created\"" "$tmp/ab.json") <(grep -v "\"created\"" "$tmp/ba.json")'
"$BIN" merge "$tmp/ab.json" "$tmp/ab.json" -o "$tmp/abab.json"
check "merging a file with itself changes no content" 'cmp -s <(grep -v "\"created\"" "$tmp/ab.json") <(grep -v "\"created\"" "$tmp/abab.json")'

printf '{"format":' > "$tmp/broken.json"
"$BIN" merge "$tmp/a.json" "$tmp/broken.json" -o "$tmp/out.json" 2> "$tmp/err.txt"
status=$?
check "bad input exits 1" '[ "$status" -eq 1 ]'
check "bad input names the file and place" 'grep -q "broken.json: /" "$tmp/err.txt"'
check "bad input leaves OUT unwritten" '[ ! -e "$tmp/out.json" ]'

mkfifo "$tmp/pipe"
cat "$tmp/pipe" > "$tmp/from-pipe.json" &
reader=$!
"$BIN" merge "$tmp/a.json" -o "$tmp/pipe"
wait $reader
check "a pipe stays a pipe" '[ -p "$tmp/pipe" ]'
check "the pipe carried the bundle" 'grep -q "kinerja-samarinda/bundle" "$tmp/from-pipe.json"'

finish merge
