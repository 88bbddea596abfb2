// What a signature covers: the digest of a whole record version (its writer
// signs it, so a copy with a bumped version is unsigned), and for records the
// kewenangan rules cut into several parts, the digest of each part (each
// signed by someone allowed to write that part, perhaps long before the
// version that carries it). Digests are SHA-256 over canonical JSON.
#pragma once
#include "core/base/crypto.hpp"
#include "core/rules/kewenangan.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace kinerja::trust {

// SHA-256 of the whole version, envelope included; hex as signatures list it.
crypto::Digest version_sum(std::string_view collection, const nlohmann::json& version);
std::string version_digest(std::string_view collection, const nlohmann::json& version);
// SHA-256 (hex) of any JSON value in the same canonical form (a signed
// document that is not a record, e.g. publik.json).
std::string value_digest(const nlohmann::json&);

struct PartDigest {
  const BagianKewenangan* part = nullptr;
  crypto::Digest sum{};  // SHA-256 of {collection, id, kunci fields, the part's fields}
  bool has_value = false;  // the part holds something (a part with nothing in it needs no signature)
  std::string digest() const { return crypto::to_hex(sum); }  // as signatures list it
};
// One per part of the collection's rules, in rule order.
std::vector<PartDigest> part_digests(const KoleksiKewenangan&, std::string_view collection, const nlohmann::json& version);

}  // namespace kinerja::trust
