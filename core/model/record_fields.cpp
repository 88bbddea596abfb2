#include "core/model/record_fields.hpp"

#include <array>

namespace kinerja::fields {

std::string_view jenjang_problem(std::string_view j) {
  return j.empty() || is_valid_jenjang(j)
             ? std::string_view{}
             : "unknown jenjang; allowed: pemula, terampil, mahir, penyelia, ahli-pertama, ahli-muda, ahli-madya, "
               "ahli-utama";
}

std::string_view golongan_problem(std::string_view g) {
  constexpr std::string_view kProblem = "golongan must look like III/a (PNS) or IX (PPPK)";
  if (g.empty()) return {};
  // PNS "I/a".."IV/e" (IV has a–e, the others a–d); PPPK "I".."XVII".
  static constexpr std::array<std::string_view, 4> kRuang{"I", "II", "III", "IV"};
  if (const auto slash = g.find('/'); slash != std::string_view::npos) {
    const auto gol = g.substr(0, slash), ruang = g.substr(slash + 1);
    for (std::size_t i = 0; i < kRuang.size(); ++i)
      if (gol == kRuang[i])
        return ruang.size() == 1 && ruang[0] >= 'a' && ruang[0] <= (i == 3 ? 'e' : 'd') ? std::string_view{} : kProblem;
    return kProblem;
  }
  static constexpr std::array<std::string_view, 17> kPppk{"I",    "II",  "III", "IV", "V",   "VI",
                                                          "VII",  "VIII", "IX", "X",  "XI",  "XII",
                                                          "XIII", "XIV", "XV",  "XVI", "XVII"};
  for (auto p : kPppk)
    if (g == p) return {};
  return kProblem;
}

std::string_view link_problem(std::string_view link) {
  return link.starts_with("https://") || link.starts_with("http://") ? std::string_view{}
                                                                    : "a link must start with https:// or http://";
}

std::string_view sha256_problem(std::string_view hex) {
  bool ok = hex.size() == 64;
  for (char c : hex) ok = ok && ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
  return ok ? std::string_view{} : "sha256 must be 64 lower-case hex digits";
}

std::string_view jenis_kelamin_problem(std::string_view jk) {
  return jk == "l" || jk == "p" ? std::string_view{} : "jenis_kelamin must be \"l\" or \"p\"";
}

void period_dates(Report& report, const Period& p) {
  const auto start = parse_date(p.start), end = parse_date(p.end);
  if (start && end && *start > *end)
    report.error("end", "akhir periode sebelum awalnya", "the period ends before it starts");
}

void complaint_times(Report& report, const Complaint& c) {
  const auto received = parse_timestamp_ms(c.received);
  const auto first = parse_timestamp_ms(c.first_response);
  const auto done = parse_timestamp_ms(c.resolved);
  if (received && first && *first < *received)
    report.error("first_response", "tanggapan pertama sebelum pengaduan diterima",
                 "first response is before the complaint was received");
  if (received && done && *done < *received)
    report.error("resolved", "selesai sebelum pengaduan diterima", "resolved before the complaint was received");
}

void sumber_layanan(Report& report, const SumberRealisasi& s) {
  const bool volume = s.jenis == JenisSumber::volume || s.jenis == JenisSumber::volume_harian;
  if (volume && s.layanan.empty())
    report.error("layanan", "sumber volume butuh nama layanan yang dihitung (mis. \"Rawat jalan\")",
                 "a volume source needs the name of the service it counts (e.g. \"Rawat jalan\")");
}

void service_volume_when(Report& report, const ServiceVolume& v) {
  if (v.tanggal.empty() == v.period_id.empty())
    report.error("", "isi salah satu: tanggal (jumlah satu hari) atau period_id (jumlah satu periode)",
                 "give one of tanggal (one day's count) or period_id (one period's count)");
  else if (!v.tanggal.empty() && !parse_date(v.tanggal))
    report.error("tanggal", "tanggal harus berbentuk yyyy-mm-dd dan ada di kalender",
                 "tanggal must be a calendar date yyyy-mm-dd");
}

void skp_indicator_targets(Report& report, const SkpIndicator& d, const Skp& skp) {
  if (d.polaritas == Polaritas::invalid) return;  // already refused
  const bool quantitative = skp.pendekatan == Pendekatan::kuantitatif;
  if (d.polaritas == Polaritas::rentang) {
    if (quantitative && (!d.target_min || !d.target_max))
      report.error("", "polaritas rentang butuh target_min dan target_max",
                   "polaritas rentang needs target_min and target_max");
    else if (d.target_min && d.target_max && *d.target_min > *d.target_max)
      report.error("target_max", "target_max lebih kecil dari target_min", "target_max is less than target_min");
  } else if (quantitative && !d.target) {
    report.error("target", "kolom wajib tidak ada", "required field is missing");
  }
}

}  // namespace kinerja::fields
