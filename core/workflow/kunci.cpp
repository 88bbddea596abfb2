#include "core/workflow/kunci.hpp"

#include "core/base/calendar.hpp"

namespace kinerja {

using nlohmann::json;

namespace {

std::optional<ValidationError> wrong_root(const crypto::KeyPair& root, const trust::TrustAnchor& anchor) {
  if (root.public_key == anchor.root) return std::nullopt;
  return ValidationError{"/root", "kunci induk ini bukan kunci induk kota situs ini (sidik jarinya berbeda)",
                         "this root key is not the city root key of this site (its fingerprint differs)"};
}

template <class Fn>
void for_each_key(const Store& store, Fn&& fn) {
  const auto keys = store.collections.find(trust::kKeys);
  if (keys == store.collections.end()) return;
  for (const auto& [id, entry] : keys->second)
    if (!record_deleted(entry.current)) fn(id, entry.current);
}

}  // namespace

std::string key_id_for(const trust::KeyRequest& r) {
  return "key-" + std::string(r.peran == Peran::kiosk ? "kiosk-" : "") + r.nip + "-" +
         crypto::to_hex(r.public_key).substr(0, 8);
}

OperationResult setujui_permintaan_kunci(const Store& store, const trust::KeyRequest& r, const crypto::KeyPair& root,
                                         const trust::TrustAnchor& anchor, std::int64_t now_ms) {
  if (auto e = wrong_root(root, anchor)) return refused(*e);
  if (r.peran == Peran::pegawai) {
    bool known = false;
    if (const auto employees = store.collections.find(std::string_view("employees")); employees != store.collections.end())
      for (const auto& [id, entry] : employees->second)
        known = known || (!record_deleted(entry.current) && entry.current.value("nip", "") == r.nip);
    if (!known)
      return refused({"/nip", "NIP " + r.nip + " tidak ada di data pegawai", "NIP " + r.nip + " is not in the employee data"});
  }
  if (r.peran == Peran::kiosk) {
    const json* unit = find_record(store, "units", r.unit_id);
    if (unit == nullptr || record_deleted(*unit) || !unit->value("is_service_unit", false))
      return refused({"/unit_id", "unit " + r.unit_id + " bukan unit layanan di data induk",
                      "unit " + r.unit_id + " is not a service unit in the master data"});
  }
  const std::string pk = crypto::to_hex(r.public_key);
  bool taken = false;
  for_each_key(store, [&](const std::string&, const json& k) { taken = taken || k.value("public_key", "") == pk; });
  if (taken) return refused({"/public_key", "kunci ini sudah terdaftar", "this key is already registered"});

  const std::string now = format_timestamp_ms(now_ms);
  OperationResult out;
  // the person's earlier keys end where the new one begins
  for_each_key(store, [&](const std::string& id, const json& k) {
    if (k.value("nip", "") != r.nip || k.value("peran", "") != to_string(r.peran) || k.contains("revoked")) return;
    out.changes.push_back({std::string(trust::kKeys), trust::revoke_registration(current_or_new(store, trust::kKeys, id), now, root.secret_key)});
  });
  out.changes.push_back({std::string(trust::kKeys),
                         trust::make_registration(key_id_for(r), r.nip, r.peran, r.unit_id, r.public_key, now, root.secret_key)});
  return out;
}

OperationResult cabut_kunci(const Store& store, std::string_view key_id, const crypto::KeyPair& root,
                            const trust::TrustAnchor& anchor, std::int64_t now_ms) {
  if (auto e = wrong_root(root, anchor)) return refused(*e);
  const json* k = find_record(store, trust::kKeys, key_id);
  if (k == nullptr || record_deleted(*k))
    return refused({"/data/keys/" + json_pointer_token(key_id), "kunci ini tidak terdaftar", "this key is not registered"});
  if (k->contains("revoked"))
    return refused({"/data/keys/" + json_pointer_token(key_id) + "/revoked", "kunci ini sudah dicabut", "this key is already revoked"});
  OperationResult out;
  out.changes.push_back({std::string(trust::kKeys), trust::revoke_registration(current_or_new(store, trust::kKeys, std::string(key_id)),
                                                                               format_timestamp_ms(now_ms), root.secret_key)});
  return out;
}

}  // namespace kinerja
