#include "core/trust/key_request.hpp"

#include "core/base/calendar.hpp"

namespace kinerja::trust {

using nlohmann::json;

json key_request_unsigned(const KeyRequest& r) {
  json j{{"format", kKeyRequestFormat}, {"schema", 1},         {"nip", r.nip},
         {"name", r.name},              {"peran", to_string(r.peran)},
         {"public_key", crypto::to_hex(r.public_key)},
         {"device", r.device},          {"created", r.created}};
  if (!r.unit_id.empty()) j["unit_id"] = r.unit_id;
  return j;
}

std::string key_request_payload(const json& request) {
  json p = json::object();
  for (const char* k : {"format", "schema", "nip", "name", "peran", "unit_id", "public_key", "device", "created"})
    if (const auto it = request.find(k); it != request.end()) p[k] = *it;
  return p.dump();
}

bool is_key_request(std::string_view bytes) {
  if (bytes.find(kKeyRequestFormat) == std::string_view::npos) return false;
  const json j = json::parse(bytes, nullptr, false);
  return j.is_object() && j.value("format", "") == kKeyRequestFormat;
}

KeyRequestRead read_key_request(std::string_view bytes) {
  KeyRequestRead out;
  const auto fail = [&](std::string pointer, std::string id, std::string en) {
    out.error = ValidationError{std::move(pointer), std::move(id), std::move(en)};
    return out;
  };
  const json j = json::parse(bytes, nullptr, false);
  if (j.is_discarded() || !j.is_object())
    return fail("/", "permintaan kunci bukan objek JSON yang sah", "the key request is not a valid JSON object");
  const auto text = [&](const char* k) {
    const auto it = j.find(k);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  if (text("format") != kKeyRequestFormat)
    return fail("/format", "bukan permintaan kunci Kinerja Samarinda", "not a Kinerja Samarinda key request");
  if (j.value("schema", 0) != 1) return fail("/schema", "versi permintaan kunci tidak dikenal", "unknown key request version");
  KeyRequest r;
  r.nip = text("nip");
  r.name = text("name");
  r.device = text("device");
  r.created = text("created");
  r.unit_id = text("unit_id");
  const auto peran = parse_peran(text("peran"));
  if (!peran || (*peran != Peran::pegawai && *peran != Peran::admin && *peran != Peran::kiosk))
    return fail("/peran", "peran harus pegawai, admin atau kiosk", "the role must be pegawai, admin or kiosk");
  r.peran = *peran;
  if (r.peran == Peran::kiosk && (r.unit_id.empty() || r.nip != r.unit_id))
    return fail("/unit_id", "kios harus menyebut unit layanannya", "a kiosk must name its service unit");
  if (r.peran == Peran::pegawai && nip_problem(r.nip) != std::string_view())
    return fail("/nip", "NIP tidak valid", "invalid NIP");
  if (r.peran == Peran::admin && r.nip.empty()) return fail("/nip", "identitas admin kosong", "the admin identity is empty");
  if (r.name.empty()) return fail("/name", "nama wajib diisi", "the name is required");
  if (!parse_timestamp_ms(r.created)) return fail("/created", "waktu permintaan tidak sah", "the request time is not a timestamp");
  const auto pk = crypto::from_hex<32>(text("public_key"));
  if (!pk) return fail("/public_key", "kunci publik harus 64 digit heksadesimal", "the public key must be 64 hex digits");
  r.public_key = *pk;
  const auto proof = crypto::from_hex<64>(text("proof"));
  if (!proof || !crypto::verify(key_request_payload(j), *proof, r.public_key))
    return fail("/proof", "permintaan tidak ditandatangani oleh kunci yang diminta (diubah atau palsu)",
                "the request is not signed by the key it asks for (changed or forged)");
  out.request = std::move(r);
  return out;
}

}  // namespace kinerja::trust
