#!/usr/bin/env bash
# The layering check must fail when a lower layer reaches up: copy core/ aside,
# make calc include a view header (and, separately, an ImGui header), and
# expect check_layers.cmake to refuse each with the file named; and a screen
# that draws text past the accessibility mirror (web/a11y_text.hpp).
set -euo pipefail
root=$1 graph=$2
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
pass=0 fail=0
expect_refused() {  # name, file to break, line to add, text the refusal must contain
  rm -rf "$work/core" "$work/web"; cp -r "$root/core" "$work/core"; cp -r "$root/web" "$work/web"
  sed -i "1i $3" "$work/core/$2"
  if out=$(cmake -DROOT="$work" "-DGRAPH=$graph" -P "$root/tests/check_layers.cmake" 2>&1); then
    echo "FAIL $1: the check passed a broken tree"; fail=$((fail + 1))
  elif grep -q "$4" <<<"$out"; then
    echo "ok   $1"; pass=$((pass + 1))
  else
    echo "FAIL $1: refused, but without naming the problem:"; echo "$out"; fail=$((fail + 1))
  fi
}
expect_refused "calc including view" calc/ikm.cpp '#include "core/view/city_view.hpp"' "core/calc/ikm.cpp: layer 'calc' includes core/view/city_view.hpp"
expect_refused "sync including workflow" sync/merge.hpp '#include "core/workflow/kiosk.hpp"' "core/sync/merge.hpp: layer 'sync' includes core/workflow/kiosk.hpp"
expect_refused "model including ImGui" model/model.cpp '#include <imgui.h>' "core/model/model.cpp: includes a UI or browser header"
expect_refused "core including web" base/embedded.cpp '#include "web/i18n.hpp"' "includes web/i18n.hpp (a front end)"
expect_refused "a screen drawing text the mirror never hears" ../web/screens/publik.cpp 'void probe() { ImGui::TextUnformatted("x"); }' "web/screens/publik.cpp: draws text"
# And the untouched tree passes.
if cmake -DROOT="$root" "-DGRAPH=$graph" -P "$root/tests/check_layers.cmake" >/dev/null 2>&1; then
  echo "ok   the real tree passes"; pass=$((pass + 1))
else
  echo "FAIL the real tree is refused"; fail=$((fail + 1))
fi
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
