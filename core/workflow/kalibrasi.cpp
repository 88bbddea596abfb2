#include "core/workflow/kalibrasi.hpp"
#include "core/base/calendar.hpp"
#include "core/base/text.hpp"

#include <algorithm>

namespace kinerja {

Predikat predikat_penetapan(const CityView&, const SkorPegawai& s) {
  // score_bundle settles it (keberatan, then calibration, then the kuadran).
  return s.sudah_dinilai ? s.predikat : Predikat::invalid;
}

namespace {

bool under(const CityView& v, std::size_t unit, std::size_t root) {
  std::size_t at = unit, steps = 0;
  while (at != kTidakAda && steps++ <= v.bundle.units.size()) {
    if (at == root) return true;
    at = find_unit(v, v.bundle.units[at].parent_id);
  }
  return false;
}

std::optional<Cko> cko_of(const CityView& v, std::size_t unit, std::size_t period) {
  for (const auto& k : v.report.kurva)
    if (k.unit == unit && k.period == period) return k.cko;
  return std::nullopt;
}

} // namespace

KalibrasiUnit kalibrasi_unit(const CityView& v, std::size_t unit, std::size_t period, const RuleSet& rules) {
  KalibrasiUnit k;
  k.unit = unit;
  k.period = period;
  if (unit >= v.bundle.units.size() || period >= v.bundle.periods.size()) return k;
  k.cko = cko_of(v, unit, period);
  for (std::size_t i = 0; i < v.report.pegawai.size(); ++i) {
    const SkorPegawai& s = v.report.pegawai[i];
    if (s.period != period) continue;
    const std::size_t u = find_unit(v, v.bundle.employees[s.employee].unit_id);
    if (u == kTidakAda || !under(v, u, unit)) continue;
    k.pegawai.push_back(i);
    const Predikat p = predikat_penetapan(v, s);
    if (p != Predikat::invalid) ++k.jumlah[p];
  }
  std::sort(k.pegawai.begin(), k.pegawai.end(), [&](std::size_t x, std::size_t y) {
    const Employee& a = v.bundle.employees[v.report.pegawai[x].employee];
    const Employee& b = v.bundle.employees[v.report.pegawai[y].employee];
    return a.name != b.name ? a.name < b.name : a.meta.id < b.meta.id;
  });
  if (k.cko) k.peringatan = periksa_kurva(rules.kurva, *k.cko, k.jumlah);
  return k;
}

std::vector<RingkasanKurva> unit_berkurva(const CityView& v, std::size_t period, const RuleSet& rules) {
  std::vector<RingkasanKurva> rows;
  std::vector<std::size_t> row_of(v.bundle.units.size(), kTidakAda);
  for (const auto& k : v.report.kurva)
    if (k.period == period && k.unit < v.bundle.units.size() && row_of[k.unit] == kTidakAda) {
      row_of[k.unit] = rows.size();
      rows.push_back({k.unit, k.cko, {}, {}});
    }
  if (rows.empty()) return rows;
  // Each rated employee counts in their unit and every unit above it.
  for (const auto& s : v.report.pegawai) {
    if (s.period != period) continue;
    const Predikat p = predikat_penetapan(v, s);
    if (p == Predikat::invalid) continue;
    std::size_t at = find_unit(v, v.bundle.employees[s.employee].unit_id), steps = 0;
    while (at != kTidakAda && steps++ <= v.bundle.units.size()) {
      if (row_of[at] != kTidakAda) ++rows[row_of[at]].jumlah[p];
      at = find_unit(v, v.bundle.units[at].parent_id);
    }
  }
  for (auto& r : rows) r.peringatan = periksa_kurva(rules.kurva, r.cko, r.jumlah);
  std::sort(rows.begin(), rows.end(), [&](const RingkasanKurva& a, const RingkasanKurva& b) {
    if (a.peringatan.empty() != b.peringatan.empty()) return !a.peringatan.empty();
    const std::string& na = v.bundle.units[a.unit].name;
    const std::string& nb = v.bundle.units[b.unit].name;
    return na != nb ? na < nb : a.unit < b.unit;
  });
  return rows;
}

EditKalibrasi kalibrasi_record(const nlohmann::json& current, Predikat sekarang, Predikat baru,
                               std::string_view catatan, std::string_view oleh, std::string_view waktu) {
  EditKalibrasi out;
  auto err = [&](std::string pointer, std::string id, std::string en) {
    out.errors.push_back({std::move(pointer), std::move(id), std::move(en)});
  };
  if (!current.is_object() || !current.contains("id")) {
    err("/", "Penilaian tidak ditemukan", "Evaluation not found");
    return out;
  }
  const std::string rated = current.value("rated", std::string());
  if (rated.empty() || sekarang == Predikat::invalid)
    err("/rated", "Penilaian belum selesai dinilai pejabat penilai; kalibrasi menunggu penilaian",
        "The rater has not finished this assessment; calibration waits for the rating");
  if (baru == Predikat::invalid) err("/predikat", "Pilih predikat hasil kalibrasi", "Choose the calibrated predikat");
  else if (baru == sekarang)
    err("/predikat", "Predikat hasil kalibrasi sama dengan predikat sekarang",
        "The calibrated predikat is the same as the current one");
  const std::string note = std::string(trim(catatan));
  if (note.size() < kCatatanKalibrasiMin)
    err("/catatan", "Tulis alasan kalibrasi (minimal 10 karakter)",
        "Write the reason for the calibration (at least 10 characters)");
  if (!out.errors.empty()) return out;

  // The override and who made it, when and why: the rater's own fields
  // (ratings, reason, what they saw) stay as they signed them.
  out.record = current;
  out.record["kalibrasi"] = {{"predikat", std::string(to_string(baru))},
                             {"oleh", oleh.empty() ? std::string("admin") : std::string(oleh)},
                             {"waktu", std::string(waktu)},
                             {"alasan", note}};
  return out;
}


OperationResult simpan_kalibrasi(const Store& store, const CityView& v, std::string_view evaluation_id, Predikat sekarang,
                                 Predikat baru, std::string_view catatan, std::string_view oleh, std::int64_t now_ms) {
  std::optional<ValidationError> locked;
  const nlohmann::json* current = stored_evaluation(store, v, evaluation_id, locked);
  if (locked) return refused(std::move(*locked));
  EditKalibrasi e = kalibrasi_record(current ? *current : nlohmann::json(), sekarang, baru, catatan, oleh,
                                     format_timestamp_ms(now_ms));
  if (!e.ok()) return {{}, std::move(e.errors)};
  return {{{"evaluations", std::move(e.record)}}, {}};
}

}  // namespace kinerja
