// The signature on publik.json: BKPSDM signs the public figures it publishes,
// and the public page shows them only when the signature verifies under the
// city's root key (kunci-kota.json). The signature block travels inside the
// document ("tanda_tangan") with the signer's key registration, because the
// public page has no store to look keys up in: the registration carries the
// root key's signature, so it proves itself.
#pragma once
#include "core/base/error.hpp"
#include "core/model/publik.hpp"
#include "core/trust/keys.hpp"
#include "core/trust/signatures.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kinerja::trust {

inline constexpr std::string_view kTandaTangan = "tanda_tangan";

// `figures` (a publik document) with a tanda_tangan block by `signer`, whose
// registration record (as held in the "keys" collection) goes along.
nlohmann::json sign_publik(nlohmann::json figures, const Signer&, const nlohmann::json& registration,
                           std::int64_t now_ms);
// The same in two steps, for a key held outside this process: the document
// with its block but no signature yet, and the bytes to sign; then the signature.
struct PublikToSign {
  nlohmann::json document;
  std::string payload;
};
PublikToSign publik_to_sign(nlohmann::json figures, std::string_view key_id, const nlohmann::json& registration,
                            std::int64_t now_ms);
nlohmann::json with_publik_signature(nlohmann::json document, const crypto::Signature&);

struct PublikSignatureCheck {
  std::optional<ValidationError> error;  // why the document must not be shown; nullopt when it verifies
  std::string key_id;
  std::string signer;   // the registration's NIP or label
  std::string signed_at;  // ISO 8601 UTC
  bool ok() const { return !error; }
};
// Verifies a parsed publik document's tanda_tangan: present, by a key the root
// key registered as a BKPSDM admin, valid at the signing time, over exactly
// these figures.
PublikSignatureCheck check_publik_signature(const nlohmann::json& document, const TrustAnchor&);

// A publik.json as the public page takes it: the figures only when the file
// reads cleanly AND its signature verifies; otherwise the first problem.
struct SignedPublik {
  std::optional<Publik> figures;
  PublikSignatureCheck signature;
  std::optional<ValidationError> error;
  bool ok() const { return figures.has_value(); }
};
SignedPublik read_signed_publik(std::string_view bytes, const TrustAnchor&);

}  // namespace kinerja::trust
