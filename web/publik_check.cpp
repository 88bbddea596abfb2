#include "web/publik_check.hpp"

#include "core/trust/kunci_kota.hpp"
#include "core/trust/publik_signature.hpp"

#include <nlohmann/json.hpp>

namespace kinerja::web {

std::string periksa_publik_json(std::string_view publik_bytes, std::string_view kunci_kota_bytes) {
  using nlohmann::json;
  const auto refused = [](std::string_view file, const ValidationError& e) {
    return json{{"ok", false}, {"file", file}, {"pointer", e.pointer}, {"message_id", e.message_id},
                {"message_en", e.message_en}}
        .dump();
  };
  const auto anchor = trust::read_kunci_kota(kunci_kota_bytes);
  if (!anchor.anchor) return refused("kunci-kota.json", *anchor.error);
  const auto r = trust::read_signed_publik(publik_bytes, *anchor.anchor);
  if (!r.ok()) return refused("publik.json", *r.error);
  return json{{"ok", true},
              {"signer", r.signature.signer},
              {"signed", r.signature.signed_at},
              {"key_id", r.signature.key_id},
              {"fingerprint", trust::fingerprint(anchor.anchor->root)},
              {"label", anchor.anchor->label},
              {"demo", anchor.anchor->demo}}
      .dump();
}

}  // namespace kinerja::web
