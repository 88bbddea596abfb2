#include "core/trust/kunci_kota.hpp"

namespace kinerja::trust {

using nlohmann::json;

std::string kunci_kota_json(const TrustAnchor& a) {
  const json j = {{"format", kKunciKotaFormat},
                  {"label", a.label},
                  {"demo", a.demo},
                  {"public_key", crypto::to_hex(a.root)},
                  {"fingerprint", fingerprint(a.root)}};
  return j.dump(2) + "\n";
}

AnchorRead read_kunci_kota(std::string_view bytes) {
  AnchorRead out;
  const auto fail = [&](std::string pointer, std::string id, std::string en) {
    out.error = ValidationError{std::move(pointer), std::move(id), std::move(en)};
    return out;
  };
  const json j = json::parse(bytes, nullptr, false);
  if (j.is_discarded() || !j.is_object())
    return fail("/", "kunci-kota.json bukan objek JSON yang sah", "kunci-kota.json is not a valid JSON object");
  if (j.value("format", "") != kKunciKotaFormat)
    return fail("/format", "format harus \"kinerja-samarinda/kunci-kota\"", "format must be \"kinerja-samarinda/kunci-kota\"");
  const auto it = j.find("public_key");
  const auto key = it != j.end() && it->is_string() ? crypto::from_hex<32>(it->get<std::string>()) : std::nullopt;
  if (!key) return fail("/public_key", "kunci publik harus 64 digit heksadesimal", "the public key must be 64 hex digits");
  const auto fp = j.find("fingerprint");
  if (fp == j.end() || !fp->is_string() || fp->get<std::string>() != fingerprint(*key))
    return fail("/fingerprint", "sidik jari tidak cocok dengan kunci publik: berkas salah salin atau diubah",
                "the fingerprint does not match the public key: the file was miscopied or changed");
  const auto demo = j.find("demo");
  if (demo != j.end() && !demo->is_boolean())
    return fail("/demo", "demo harus true atau false", "demo must be true or false");
  const auto label = j.find("label");
  if (label != j.end() && !label->is_string())
    return fail("/label", "label harus teks", "label must be text");
  out.anchor = TrustAnchor{*key, label == j.end() ? std::string("Pemerintah Kota Samarinda") : label->get<std::string>(),
                           demo != j.end() && demo->get<bool>()};
  return out;
}

}  // namespace kinerja::trust
