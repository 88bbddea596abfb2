// The public page's check of publik.json, for JavaScript: kunci-kota.json
// names the city's root key, publik.json must carry BKPSDM's signature under
// it. Built into the app and into kinerja-periksa.wasm, the small module the
// HTML view (shell/publik.js) loads so that even a browser without WebGL shows
// figures only from a file that verifies.
#pragma once
#include <string>
#include <string_view>

namespace kinerja::web {

// {"ok":true,"signer","signed","key_id","fingerprint","label","demo"} or
// {"ok":false,"file":"kunci-kota.json"|"publik.json","pointer","message_id","message_en"}.
std::string periksa_publik_json(std::string_view publik_bytes, std::string_view kunci_kota_bytes);

}  // namespace kinerja::web
