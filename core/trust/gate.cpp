#include "core/trust/gate.hpp"

#include "core/trust/roles.hpp"
#include "core/trust/verify.hpp"

#include <map>

namespace kinerja::trust {

using nlohmann::json;

IncomingGate import_gate(const TrustAnchor& anchor, const RulesKewenangan& rules) {
  return [anchor, &rules](const Store& base, Store& incoming) {
    TrustReport f = filter_incoming(base, incoming, anchor, rules);
    std::vector<RecordOutcome> out;
    for (auto& p : f.refused) {
      RecordOutcome r;
      r.collection = std::move(p.collection);
      r.id = std::move(p.id);
      r.outcome = Outcome::rejected;
      r.message_id = std::move(p.message_id);
      r.message_en = std::move(p.message_en);
      out.push_back(std::move(r));
    }
    return out;
  };
}

std::vector<PendingSignature> signatures_to_make(const Store& store, const std::vector<Change>& written,
                                                 const RulesKewenangan& rules, const SignerFor& signer_for,
                                                 std::int64_t now_ms) {
  std::vector<PendingSignature> out;
  if (written.empty()) return out;
  std::map<std::string, std::pair<Signer, std::vector<VersionToSign>>> by_key;
  for (const auto& c : written) {
    const KoleksiKewenangan* k = rules.find(c.collection);
    if (k == nullptr) continue;
    const std::string author = c.version.value("author", "");
    const std::string unit = k->unit.empty() ? std::string() : c.version.value(k->unit, "");
    const auto signer = signer_for(author, unit);
    if (!signer) continue;
    auto& slot = by_key[signer->key.id];
    slot.first = *signer;
    slot.second.push_back({c.collection, c.version});
  }
  if (by_key.empty()) return out;
  RoleContext roles;
  roles.add_store(store);
  for (const auto& [key_id, slot] : by_key) {
    const auto items = items_for(slot.second, slot.first, rules, roles);
    if (items.empty()) continue;
    // one id per action: the key and the clock's instant, with a counter when taken
    std::string id = "sig-" + key_id.substr(0, 30) + "-" + std::to_string(now_ms);
    for (int n = 2; find_record(store, kSignatures, id) != nullptr; ++n)
      id = "sig-" + key_id.substr(0, 30) + "-" + std::to_string(now_ms) + "-" + std::to_string(n);
    json record = unsigned_signature(id, items, slot.first.key.id, now_ms);
    std::string payload = signature_payload(record);
    out.push_back({slot.first, std::move(record), std::move(payload)});
  }
  return out;
}

std::optional<Change> add_signature(Store& store, PendingSignature p, const crypto::Signature& sig,
                                    std::string_view device, std::int64_t now_ms) {
  if (!crypto::verify(p.payload, sig, p.signer.key.public_key)) return std::nullopt;
  p.record["signature"] = crypto::to_hex(sig);
  auto r = apply_change(store, kSignatures, p.record, device, now_ms, p.signer.key.author());
  return r.change;
}

std::vector<Change> sign_saved(Store& store, const std::vector<Change>& written, const RulesKewenangan& rules,
                               const SignerFor& signer_for, std::string_view device, std::int64_t now_ms) {
  std::vector<Change> out;
  for (auto& p : signatures_to_make(store, written, rules, signer_for, now_ms)) {
    if (p.signer.external) continue;
    const crypto::Signature sig = crypto::sign(p.payload, p.signer.secret);
    if (auto c = add_signature(store, std::move(p), sig, device, now_ms)) out.push_back(std::move(*c));
  }
  return out;
}

}  // namespace kinerja::trust
