// Signature records (collection "signatures"): one per saved action, by one
// key, over the digests (core/trust/parts) of the record versions the action
// wrote and of the parts of them its signer may write. Like registrations
// they are ordinary records in files; what makes them count is that the
// signature verifies under a registered key valid at the signing time.
#pragma once
#include "core/base/crypto.hpp"
#include "core/rules/kewenangan.hpp"
#include "core/trust/keys.hpp"
#include "core/trust/roles.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kinerja::trust {

// Items are [collection, id, part, digest]; part "" is the whole version.
struct SignedItem {
  std::string collection, id, part, digest;
};

struct Signer {
  KeyRegistration key;
  crypto::SecretKey secret{};
  // The private key is held elsewhere (the browser's WebCrypto, never
  // extractable): signatures are asked for and arrive later (core/trust/gate).
  bool external = false;
};

struct VersionToSign {
  std::string collection;
  nlohmann::json version;  // as stored: own fields and the envelope
};

// The items `signer` vouches for among `versions`: each version it wrote
// (its author is the signer) and each part with something in it that one of
// the signer's roles may write.
std::vector<SignedItem> items_for(const std::vector<VersionToSign>&, const Signer&, const RulesKewenangan&,
                                  const RoleContext&);

// A signature record (own fields and "id") over `items`, signed at `now_ms`.
nlohmann::json make_signature(std::string_view id, const std::vector<SignedItem>&, const Signer&, std::int64_t now_ms);
// The same record before its "signature" (signature_payload gives what to sign).
nlohmann::json unsigned_signature(std::string_view id, const std::vector<SignedItem>&, std::string_view key_id,
                                  std::int64_t now_ms);

// The bytes a signature record's signature is over.
std::string signature_payload(const nlohmann::json& record);

}  // namespace kinerja::trust
