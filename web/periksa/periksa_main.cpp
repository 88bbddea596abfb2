// kinerja-periksa.wasm: only the check of publik.json (web/publik_check), for
// the public page's HTML view. Small and free of WebGL, so every browser —
// with or without the app — checks BKPSDM's signature before it shows a figure.
#include "web/publik_check.hpp"

#include <emscripten/emscripten.h>

#include <string>

extern "C" {

// The verdict as JSON, valid until the next call.
EMSCRIPTEN_KEEPALIVE const char* kinerja_periksa_publik(const char* publik, int publik_len, const char* kunci,
                                                        int kunci_len) {
  static std::string out;
  out = kinerja::web::periksa_publik_json(
      std::string_view(publik ? publik : "", publik ? static_cast<std::size_t>(publik_len) : 0),
      std::string_view(kunci ? kunci : "", kunci ? static_cast<std::size_t>(kunci_len) : 0));
  return out.c_str();
}

}  // extern "C"
