// Reading the "keberatan" rules section and the objection window (see
// batas_keberatan.hpp).
#include "core/rules/batas_keberatan.hpp"

#include "core/rules/rules_sections.hpp"

namespace kinerja {

namespace rules_detail {

void parse_keberatan(rules_json::Reader& r, const rules_json::json& doc, AturanKeberatan& out) {
  out.batas_hari = r.integer(doc, "", "batas_hari", 1, 365).value_or(0);
}

}  // namespace rules_detail

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
    if (rated) s.batas_ms = *rated + static_cast<std::int64_t>(aturan.batas_hari) * kMsPerDay;
    return s;
  }
  const bool both_ratings = ev.rating_hasil_kerja && ev.rating_perilaku;
  if ((!ev.predikat && !both_ratings) || !rated) return s;
  s.batas_ms = *rated + static_cast<std::int64_t>(aturan.batas_hari) * kMsPerDay;
  s.peluang = now_ms < *s.batas_ms ? PeluangKeberatan::terbuka : PeluangKeberatan::lewat_batas;
  return s;
}

} // namespace kinerja
