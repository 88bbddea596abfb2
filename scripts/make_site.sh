#!/usr/bin/env bash
# Assembles build/site/: a self-contained static folder (page, app, assets,
# service worker, manifest) that works from any static host, with no link
# outside itself.  usage: make_site.sh WASM_BUILD_DIR SITE_DIR KINERJA_CLI
set -euo pipefail
wasm=${1:-build/wasm}
site=${2:-build/site}
cli=${3:-build/native/kinerja}
top=$(cd "$(dirname "$0")/.." && pwd)

rm -rf "$site.tmp"
mkdir -p "$site.tmp"
cp "$top"/shell/index.html "$top"/shell/style.css "$top"/shell/icon.svg "$top"/shell/manifest.webmanifest \
   "$site.tmp"/
for f in "$top"/shell/*.js; do [ "$(basename "$f")" = sw.js ] || cp "$f" "$site.tmp"/; done
cp "$wasm"/web/kinerja.js "$wasm"/web/kinerja.wasm "$wasm"/web/kinerja.data \
   "$wasm"/web/kinerja-periksa.js "$wasm"/web/kinerja-periksa.wasm "$site.tmp"/
# The demo city's root key: a city replaces it with its own kunci-kota.json
# (`kinerja keys root`) beside index.html, as it places publik.json.
"$cli" keys demo-kota -o "$site.tmp/kunci-kota.json"
# The demo city's public figures, signed by the demo BKPSDM admin, for the
# public page when the city has not placed its own publik.json beside the site.
"$cli" demo -o "$site.tmp/demo-bundle.json" >/dev/null
"$cli" aggregate "$site.tmp/demo-bundle.json" --sign-demo > "$site.tmp/publik-demo.json"
rm "$site.tmp/demo-bundle.json"

# The service worker caches every file of this build under a name derived
# from their content, so a new build replaces the old cache as a whole.
files=$(cd "$site.tmp" && ls | sort)
build_id=$(cd "$site.tmp" && cat $files | sha256sum | cut -c1-16)
list=$(printf '"./",'; for f in $files; do printf '"./%s",' "$f"; done)
list="[${list%,}]"
sed -e "s|__KINERJA_BUILD_ID__|$build_id|" -e "s|__KINERJA_FILES__|$list|" "$top/shell/sw.js" > "$site.tmp/sw.js"

rm -rf "$site"
mv "$site.tmp" "$site"
raw=$(du -sb "$site" | cut -f1)
gz=$(cd "$site" && for f in *; do gzip -9c "$f" | wc -c; done | awk '{s+=$1} END {print s}')
echo "site: $site ($raw bytes, $gz bytes gzip), build $build_id"
