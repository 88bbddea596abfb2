#include "core/trust/demo_keys.hpp"

#include "core/base/calendar.hpp"
#include "core/sync/merge.hpp"
#include "core/trust/parts.hpp"
#include "core/trust/roles.hpp"

#include <map>
#include <set>

namespace kinerja::trust {

using nlohmann::json;

namespace {

crypto::Seed seed_of(std::string_view phrase) { return crypto::sha256(phrase); }

std::string text(const json& j, const char* k) {
  const auto it = j.find(k);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

constexpr std::size_t kItemsPerSignature = 400;

}  // namespace

crypto::KeyPair demo_root() {
  // derived once: every demo registration is signed with it
  static const crypto::KeyPair root =
      crypto::keypair_from_seed(seed_of("kinerja-samarinda demo root key (DEMO, not for real use)"));
  return root;
}

TrustAnchor demo_anchor() { return {demo_root().public_key, "Kota Samarinda — DEMO", true}; }

crypto::KeyPair demo_key(std::string_view identity) {
  return crypto::keypair_from_seed(seed_of("kinerja-samarinda demo key " + std::string(identity)));
}

std::string demo_key_id(std::string_view identity) { return "key-demo-" + std::string(identity); }

Signer demo_signer(std::string_view author, std::string_view unit_id) {
  Signer s;
  std::string identity;
  if (author == "admin") {
    identity = std::string(kDemoAdminNip);
    s.key.peran = Peran::admin;
    s.key.nip = identity;
  } else if (author == "kiosk") {
    identity = "kiosk:" + std::string(unit_id);
    s.key.peran = Peran::kiosk;
    s.key.nip = std::string(unit_id);
    s.key.unit_id = std::string(unit_id);
  } else {
    identity = std::string(author);
    s.key.peran = Peran::pegawai;
    s.key.nip = identity;
  }
  const crypto::KeyPair k = demo_key(identity);
  s.key.id = demo_key_id(identity);
  s.key.public_key = k.public_key;
  s.key.valid_from_ms = *parse_timestamp_ms(kDemoKeysFrom);
  s.secret = k.secret_key;
  return s;
}

json demo_registration(const Signer& s) {
  return make_registration(s.key.id, s.key.nip, s.key.peran, s.key.unit_id, s.key.public_key, kDemoKeysFrom,
                           demo_root().secret_key);
}

void sign_demo_store(Store& store, const RulesKewenangan& rules, std::int64_t now_ms) {
  const auto register_key = [&](const Signer& s) {
    apply_change(store, kKeys, demo_registration(s), kDemoDevice, now_ms, "admin");
  };

  // Who signs: the writer of each version, and for records cut into parts
  // everyone who may write one of its parts (items_for keeps what each may).
  RoleContext roles;
  roles.add_store(store);
  std::map<std::string, std::pair<Signer, std::vector<VersionToSign>>> by_key;
  const auto add = [&](const Signer& s, const std::string& collection, const json& v) {
    auto& slot = by_key[s.key.id];
    if (slot.second.empty()) slot.first = s;
    slot.second.push_back({collection, v});
  };
  for (const auto& [collection, records] : store.collections) {
    const KoleksiKewenangan* k = rules.find(collection);
    if (k == nullptr) continue;
    for (const auto& [id, entry] : records) {
      const json& v = entry.current;
      const std::string author = text(v, "author");
      const std::string unit = k->unit.empty() ? std::string() : text(v, k->unit.c_str());
      add(demo_signer(author, unit), collection, v);
      if (k->bagian.size() < 2) continue;
      const std::string owner = roles.owner_of(*k, v);
      std::set<std::string> people;
      const std::string period = text(v, "period_id");
      for (const auto& e : roles.penilai_of(period, owner)) people.insert(e);
      for (const auto& e : roles.atasan_of(period, owner)) people.insert(e);
      people.insert(owner);
      for (const auto& e : people) {
        const json* emp = find_record(store, "employees", e);
        if (emp != nullptr && text(*emp, "nip") != author) add(demo_signer(text(*emp, "nip")), collection, v);
      }
      if (author != "admin") add(demo_signer("admin"), collection, v);
    }
  }
  // Every demo person may act in the browser, so every employee has a key.
  std::set<std::string> registered;
  for (const auto& [key_id, slot] : by_key) {
    register_key(slot.first);
    registered.insert(key_id);
  }
  if (const auto employees = store.collections.find(std::string_view("employees")); employees != store.collections.end())
    for (const auto& [id, entry] : employees->second) {
      const Signer s = demo_signer(text(entry.current, "nip"));
      if (!record_deleted(entry.current) && registered.insert(s.key.id).second) register_key(s);
    }

  for (auto& [key_id, slot] : by_key) {
    const auto items = items_for(slot.second, slot.first, rules, roles);
    for (std::size_t from = 0, n = 0; from < items.size(); from += kItemsPerSignature, ++n) {
      const std::vector<SignedItem> chunk(items.begin() + static_cast<std::ptrdiff_t>(from),
                                          items.begin() + static_cast<std::ptrdiff_t>(std::min(items.size(), from + kItemsPerSignature)));
      apply_change(store, kSignatures, make_signature("sig-" + key_id + "-" + std::to_string(n), chunk, slot.first, now_ms),
                   kDemoDevice, now_ms, slot.first.key.author());
    }
  }
}

}  // namespace kinerja::trust
