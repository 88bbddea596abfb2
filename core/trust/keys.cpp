#include "core/trust/keys.hpp"

#include "core/base/calendar.hpp"

namespace kinerja::trust {

using nlohmann::json;

std::string fingerprint(const crypto::PublicKey& pk) {
  const std::string hex = crypto::to_hex(crypto::sha256(std::string_view(reinterpret_cast<const char*>(pk.data()), pk.size())));
  std::string out;
  for (std::size_t i = 0; i < 32; i += 4) {
    if (!out.empty()) out += ' ';
    out += hex.substr(i, 4);
  }
  return out;
}

std::string KeyRegistration::author() const {
  if (peran == Peran::admin) return "admin";
  if (peran == Peran::kiosk) return "kiosk";
  return nip;
}

bool KeyRegistration::valid_at(std::int64_t ms) const {
  return ms >= valid_from_ms && (!revoked_ms || ms < *revoked_ms);
}

std::string registration_payload(const json& record) {
  json p = json::object();
  p["collection"] = kKeys;
  for (const char* k : {"id", "nip", "peran", "unit_id", "public_key", "valid_from", "revoked"})
    if (const auto it = record.find(k); it != record.end()) p[k] = *it;
  return p.dump();
}

json make_registration(std::string_view id, std::string_view nip, Peran peran, std::string_view unit_id,
                       const crypto::PublicKey& pk, std::string_view valid_from_iso, const crypto::SecretKey& root) {
  json r = {{"id", id}, {"nip", nip}, {"peran", to_string(peran)}, {"public_key", crypto::to_hex(pk)},
            {"valid_from", valid_from_iso}};
  if (!unit_id.empty()) r["unit_id"] = unit_id;
  r["root_signature"] = crypto::to_hex(crypto::sign(registration_payload(r), root));
  return r;
}

json revoke_registration(const json& record, std::string_view revoked_iso, const crypto::SecretKey& root) {
  json r = record;
  r["revoked"] = revoked_iso;
  r["root_signature"] = crypto::to_hex(crypto::sign(registration_payload(r), root));
  return r;
}

RegistrationRead read_registration(const json& record, const TrustAnchor& anchor) {
  RegistrationRead out;
  const auto fail = [&](std::string pointer, std::string id, std::string en) {
    out.error = ValidationError{std::move(pointer), std::move(id), std::move(en)};
    return out;
  };
  const auto text = [&](const char* k) {
    const auto it = record.find(k);
    return it != record.end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  const auto sig = crypto::from_hex<64>(text("root_signature"));
  if (!sig || !crypto::verify(registration_payload(record), *sig, anchor.root))
    return fail("/root_signature", "pendaftaran kunci tidak ditandatangani kunci induk kota",
                "the key registration is not signed by the city's root key");
  KeyRegistration k;
  k.id = text("id");
  k.nip = text("nip");
  k.unit_id = text("unit_id");
  const auto peran = parse_peran(text("peran"));
  if (!peran || (*peran != Peran::pegawai && *peran != Peran::admin && *peran != Peran::kiosk))
    return fail("/peran", "peran kunci harus pegawai, admin atau kiosk", "a key's role must be pegawai, admin or kiosk");
  k.peran = *peran;
  const auto pk = crypto::from_hex<32>(text("public_key"));
  if (!pk) return fail("/public_key", "kunci publik harus 64 digit heksadesimal", "the public key must be 64 hex digits");
  k.public_key = *pk;
  const auto from = parse_timestamp_ms(text("valid_from"));
  if (!from) return fail("/valid_from", "waktu mulai berlaku tidak sah", "valid_from is not a timestamp");
  k.valid_from_ms = *from;
  if (const std::string rev = text("revoked"); !rev.empty()) {
    const auto r = parse_timestamp_ms(rev);
    if (!r) return fail("/revoked", "waktu pencabutan tidak sah", "revoked is not a timestamp");
    k.revoked_ms = *r;
  }
  out.key = std::move(k);
  return out;
}

}  // namespace kinerja::trust
