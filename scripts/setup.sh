#!/usr/bin/env bash
# Installs everything the build and the tests need, pinned, and skips what is
# already there. Safe to run again and again: `make run` and `make test` call it.
#
# What comes from where (and why):
#   - Debian packages: the Emscripten toolchain, header-only JSON and test
#     libraries, Chromium for the browser tests, a font the UI renders with.
#   - Dear ImGui 1.90.1: Debian's *source* package (the binary package has no
#     .cpp files); bookworm only has 1.86, so the source comes from trixie.
#   - simdjson 3.0.1: Debian's source package, for the bulk read path in wasm
#     (the binary package is a native shared library only).
#   - libsodium 1.0.18 (Ed25519 signatures, SHA-256): libsodium-dev for the
#     native build; for wasm, Debian's source package with Debian's own patches
#     (the security fix of +deb12u1) applied, compiled by cmake/Sodium.cmake.
#   - GLPK 5.0 (the publication audit's integer programs): libglpk-dev for the
#     native build; for wasm, Debian's source package (the upstream tarball,
#     checksum-pinned), compiled by cmake/Glpk.cmake. Debian's two patches only
#     swap GLPK's embedded zlib and SuiteSparse parts for system libraries,
#     which a wasm build does not have, so they are not applied there.
#   - playwright-core: npm, from the committed lockfile, driving Debian's
#     Chromium (no browser download).
#   - Firefox ESR and WebKitGTK (MiniBrowser through WebKitWebDriver) for the
#     cross-engine suite (tests/cross), under Xvfb (xvfb-run needs xauth):
#     headless Firefox has no WebGL2 and WebKitGTK has no headless mode.
#     puppeteer-core drives Firefox over WebDriver BiDi, selenium-webdriver
#     drives WebKitWebDriver; versions pinned in package.json for Debian's
#     Node 20 (newer releases ask for Node 22). axe-core: accessibility checks.
set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
deps="$top/build/_deps"
mkdir -p "$deps"

log() { printf '[setup] %s\n' "$*"; }

# ---------------------------------------------------------------- Debian
debian_packages=(cmake ninja-build g++ emscripten nlohmann-json3-dev doctest-dev libsodium-dev libglpk-dev zlib1g-dev chromium
                 fonts-noto-core python3-fonttools xz-utils ca-certificates patch
                 firefox-esr xvfb xauth webkit2gtk-driver)
missing=()
for p in "${debian_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "installing Debian packages: ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# ---------------------------------------------------------------- sources
# A deb-src list made at run time from the machine's own apt configuration, so
# that no mirror address is written into the repository.
apt_src() {  # $1 = suite, then apt-get source arguments
  local suite=$1; shift
  local work="$deps/apt-$suite"
  mkdir -p "$work/lists/partial"
  if [ ! -s "$work/src.sources" ]; then
    if [ -f /etc/apt/sources.list.d/debian.sources ]; then
      awk 'BEGIN{RS="";ORS="\n\n"} NR==1' /etc/apt/sources.list.d/debian.sources \
        | sed -e 's/^Types: .*/Types: deb-src/' -e "s/^Suites: .*/Suites: $suite/" > "$work/src.sources"
    else
      # one-line format: take the first "deb" line's URI
      uri=$(awk '$1=="deb"{print $2; exit}' /etc/apt/sources.list)
      printf 'Types: deb-src\nURIs: %s\nSuites: %s\nComponents: main\n' "$uri" "$suite" > "$work/src.sources"
    fi
  fi
  local o=(-o "Dir::Etc::SourceList=$work/src.sources" -o Dir::Etc::SourceParts=/dev/null
           -o "Dir::State::Lists=$work/lists" -o Acquire::AllowInsecureRepositories=false)
  apt-get "${o[@]}" -q update >/dev/null
  (cd "$work" && apt-get "${o[@]}" -q source --download-only "$@")
}

fetch_source() {  # name suite version tarball sha256 extracted_dir
  local name=$1 suite=$2 version=$3 tarball=$4 sha=$5 dir=$6
  if [ -f "$deps/$dir/.complete" ]; then return; fi
  local work="$deps/apt-$suite"
  if [ ! -f "$work/$tarball" ]; then
    log "fetching $name $version (Debian source package, $suite)"
    apt_src "$suite" "$name=$version"
  fi
  echo "$sha  $work/$tarball" | sha256sum -c --quiet - || { echo "checksum mismatch for $tarball" >&2; exit 1; }
  rm -rf "${deps:?}/$dir"
  mkdir -p "$deps/$dir.tmp"
  tar -C "$deps/$dir.tmp" -xf "$work/$tarball"
  mv "$deps/$dir.tmp/"* "$deps/$dir"
  rmdir "$deps/$dir.tmp"
  touch "$deps/$dir/.complete"
}

fetch_source imgui trixie 1.90.1+ds-1 imgui_1.90.1+ds.orig.tar.xz \
  ecce377df0f90b292f15dcbd83d438bddc162b2388c881132bde18c787572a1c imgui
fetch_source simdjson bookworm 3.0.1-1 simdjson_3.0.1.orig.tar.gz \
  "$(cat "$top/scripts/simdjson.sha256")" simdjson

fetch_source glpk bookworm 5.0-1 glpk_5.0.orig.tar.gz \
  4a1013eebb50f728fc601bdd833b0b2870333c3b3e5a816eeba921d95bec6f15 glpk

# libsodium: the upstream tarball, then the patches Debian ships in its
# debian/ tarball (series order), both checksum-pinned.
if [ ! -f "$deps/libsodium/.patched" ]; then
  fetch_source libsodium bookworm 1.0.18-1+deb12u1 libsodium_1.0.18.orig.tar.gz \
    d59323c6b712a1519a5daf710b68f5e7fde57040845ffec53850911f10a5d4f4 libsodium
  debian_tar="$deps/apt-bookworm/libsodium_1.0.18-1+deb12u1.debian.tar.xz"
  echo "$(cat "$top/scripts/libsodium-debian.sha256")  $debian_tar" | sha256sum -c --quiet - \
    || { echo "checksum mismatch for $debian_tar" >&2; exit 1; }
  rm -rf "$deps/libsodium-debian" && mkdir -p "$deps/libsodium-debian"
  tar -C "$deps/libsodium-debian" -xf "$debian_tar"
  while read -r p; do
    [ -n "$p" ] && patch -s -d "$deps/libsodium" -p1 < "$deps/libsodium-debian/debian/patches/$p"
  done < "$deps/libsodium-debian/debian/patches/series"
  touch "$deps/libsodium/.patched"
fi

# ---------------------------------------------------------------- npm
# Every dependency of package.json must be there (a checkout made before one
# was added lacks it): playwright-core, puppeteer-core, selenium-webdriver, axe-core.
npm_missing=$(cd "$top" && node -e '
  const fs = require("fs");
  const deps = Object.keys(require("./package.json").dependencies || {});
  console.log(deps.filter((d) => !fs.existsSync(`node_modules/${d}/package.json`)).join(" "));')
if [ -n "$npm_missing" ]; then
  log "installing npm packages from the lockfile (missing: $npm_missing)"
  (cd "$top" && npm ci --no-audit --no-fund --loglevel=error)
fi
log "ready"
