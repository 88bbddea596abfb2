#include "core/rules/pegawai_keberatan.hpp"

#include "core/base/embedded.hpp"

#include <nlohmann/json.hpp>

namespace kinerja {

AturanKeberatanLoad baca_aturan_keberatan(std::string_view text) {
  AturanKeberatanLoad out;
  auto fail = [&](const char* pointer, const char* id, const char* en) { out.errors.push_back({pointer, id, en}); };
  const auto doc = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) {
    fail("/", "bukan objek JSON yang sah", "not a valid JSON object");
    return out;
  }
  if (doc.value("format", std::string()) != kKeberatanFormat)
    fail("/format", "format harus \"kinerja-samarinda/keberatan\"", "format must be \"kinerja-samarinda/keberatan\"");
  const auto schema = doc.find("schema");
  if (schema == doc.end() || !schema->is_number_integer() || schema->get<long long>() != 1)
    fail("/schema", "skema harus 1", "schema must be 1");
  AturanKeberatan a;
  a.version = doc.value("version", std::string());
  a.source = doc.value("source", std::string());
  if (a.version.empty()) fail("/version", "versi wajib diisi", "the version is required");
  if (a.source.empty()) fail("/source", "sumber wajib diisi", "the source is required");
  const auto hari = doc.find("batas_hari");
  if (hari == doc.end() || !hari->is_number_integer() || hari->get<long long>() < 1 || hari->get<long long>() > 365)
    fail("/batas_hari", "harus bilangan bulat 1–365", "must be an integer 1–365");
  else a.batas_hari = hari->get<int>();
  if (out.errors.empty()) out.aturan = std::move(a);
  return out;
}

const AturanKeberatan& aturan_keberatan_bawaan() {
  static const AturanKeberatan aturan =
      baca_aturan_keberatan(embedded::find(embedded::rules(), kKeberatanPath)).aturan;
  return aturan;
}

std::string_view to_string(PeluangKeberatan p) {
  switch (p) {
    case PeluangKeberatan::belum_dinilai: return "belum-dinilai";
    case PeluangKeberatan::terbuka: return "terbuka";
    case PeluangKeberatan::lewat_batas: return "lewat-batas";
    case PeluangKeberatan::sudah_diajukan: return "sudah-diajukan";
  }
  return "";
}

StatusKeberatan status_keberatan(const AturanKeberatan& aturan, const Evaluation& ev, std::int64_t now_ms) {
  StatusKeberatan s;
  const auto rated = parse_timestamp_ms(ev.rated);
  if (ev.keberatan && !ev.keberatan->submitted.empty()) {
    s.peluang = PeluangKeberatan::sudah_diajukan;
    if (rated) s.batas_ms = *rated + static_cast<std::int64_t>(aturan.batas_hari) * 86'400'000;
    return s;
  }
  const bool both_ratings = ev.rating_hasil_kerja && ev.rating_perilaku;
  if ((!ev.predikat && !both_ratings) || !rated) return s;
  s.batas_ms = *rated + static_cast<std::int64_t>(aturan.batas_hari) * 86'400'000;
  s.peluang = now_ms < *s.batas_ms ? PeluangKeberatan::terbuka : PeluangKeberatan::lewat_batas;
  return s;
}

} // namespace kinerja
