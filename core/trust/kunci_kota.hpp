// kunci-kota.json: the public half of the city's root key as it ships beside
// the site's index.html (and as `kinerja keys root` writes it). The browser
// trusts what this file names and nothing else; the fingerprint is what
// people compare on the printed evaluation document and in Pengaturan.
#pragma once
#include "core/base/error.hpp"
#include "core/trust/keys.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace kinerja::trust {

inline constexpr std::string_view kKunciKotaFormat = "kinerja-samarinda/kunci-kota";

// The file's bytes: format, label, demo flag, public key (hex), fingerprint.
std::string kunci_kota_json(const TrustAnchor&);

struct AnchorRead {
  std::optional<TrustAnchor> anchor;
  std::optional<ValidationError> error;  // pointer into the file: /public_key, /fingerprint, …
};
// Reads a kunci-kota.json. The fingerprint must match the key, so a key typed
// or copied wrongly is refused rather than trusted.
AnchorRead read_kunci_kota(std::string_view bytes);

}  // namespace kinerja::trust
