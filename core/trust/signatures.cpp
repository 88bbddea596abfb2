#include "core/trust/signatures.hpp"

#include "core/base/calendar.hpp"
#include "core/trust/parts.hpp"

#include <algorithm>

namespace kinerja::trust {

using nlohmann::json;

std::vector<SignedItem> items_for(const std::vector<VersionToSign>& versions, const Signer& signer,
                                  const RulesKewenangan& rules, const RoleContext& roles) {
  std::vector<SignedItem> out;
  for (const auto& [collection, v] : versions) {
    const KoleksiKewenangan* k = rules.find(collection);
    if (k == nullptr) continue;
    const std::string id = v.value("id", "");
    if (v.value("author", "") == signer.key.author()) out.push_back({collection, id, "", version_digest(collection, v)});
    if (k->bagian.size() < 2) continue;  // one part: the version's digest covers it
    const auto mine = roles.roles_of(signer.key, *k, v);
    for (const auto& d : part_digests(*k, collection, v)) {
      if (!d.has_value) continue;
      const bool allowed = std::any_of(mine.begin(), mine.end(), [&](Peran p) { return d.part->allows(p); });
      if (allowed) out.push_back({collection, id, d.part->nama, d.digest()});
    }
  }
  return out;
}

std::string signature_payload(const json& record) {
  // {"collection": "signatures", and the record's "id", "items", "key_id",
  // "signed" where present} in nlohmann's compact form, keys in byte order.
  // Written piece by piece: each member's dump is the same text as within the
  // whole, and the items (hundreds per signature) are not copied first.
  std::string p = "{\"collection\":" + json(kSignatures).dump();
  for (const char* k : {"id", "items", "key_id", "signed"})
    if (const auto it = record.find(k); it != record.end()) {
      p += ",\"";
      p += k;
      p += "\":";
      p += it->dump();
    }
  p += '}';
  return p;
}

json unsigned_signature(std::string_view id, const std::vector<SignedItem>& items, std::string_view key_id,
                        std::int64_t now_ms) {
  json list = json::array();
  for (const auto& i : items) list.push_back(json::array({i.collection, i.id, i.part, i.digest}));
  return {{"id", id}, {"key_id", key_id}, {"signed", format_timestamp_ms(now_ms)}, {"items", std::move(list)}};
}

json make_signature(std::string_view id, const std::vector<SignedItem>& items, const Signer& signer, std::int64_t now_ms) {
  json r = unsigned_signature(id, items, signer.key.id, now_ms);
  r["signature"] = crypto::to_hex(crypto::sign(signature_payload(r), signer.secret));
  return r;
}

}  // namespace kinerja::trust
