# Shared by the CLI tests: a temporary folder removed on exit, and
# check NAME CONDITION, which counts and prints each result.
#   source "$(dirname "$0")/lib.sh"; … ; finish NAME
set -u
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
passes=0
check() { if ! eval "$2"; then echo "FAIL: $1"; fails=$((fails + 1)); else echo "ok: $1"; passes=$((passes + 1)); fi; }
finish() {
  echo "$1: $passes passed, $fails failed"
  [ "$fails" -eq 0 ]
}
