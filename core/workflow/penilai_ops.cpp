// The rater's operations (see penilai_ops.hpp).
#include "core/workflow/penilai_ops.hpp"

#include "core/calc/rating_hasil_kerja.hpp"
#include "core/workflow/pegawai_edit.hpp"
#include "core/workflow/penilaian.hpp"

namespace kinerja {
namespace {

using nlohmann::json;

// The rater's side of the record: per-value ratings and feedback (the
// employee's self ratings and notes in the same entries stay), feedback per
// RHK, recommendations and the keberatan explanation.
void write_feedback(json& rec, const KeputusanPenilai& d) {
  json perilaku = rec.contains("perilaku") && rec["perilaku"].is_array() ? rec["perilaku"] : json::array();
  for (int i = 0; i < kJumlahNilaiBerakhlak; ++i) {
    const std::string nilai(to_string(static_cast<NilaiBerakhlak>(i + 1)));
    const Rating r = d.nilai[static_cast<std::size_t>(i)];
    const std::string& ub = d.umpan_balik[static_cast<std::size_t>(i)];
    json* entry = nullptr;
    for (auto& x : perilaku)
      if (x.is_object() && x.value("nilai", "") == nilai) entry = &x;
    if (!entry) {
      if (r == Rating::invalid && ub.empty()) continue;
      perilaku.push_back({{"nilai", nilai}});
      entry = &perilaku.back();
    }
    if (r != Rating::invalid) (*entry)["rating"] = std::string(to_string(r));
    else entry->erase("rating");
    if (!ub.empty()) (*entry)["umpan_balik"] = ub;
    else entry->erase("umpan_balik");
  }
  if (!perilaku.empty()) rec["perilaku"] = std::move(perilaku);
  json per_rhk = json::array();
  for (std::size_t i = 0; i < d.rhk_ids.size() && i < d.rhk_texts.size(); ++i)
    if (!d.rhk_texts[i].empty()) per_rhk.push_back({{"rhk_id", d.rhk_ids[i]}, {"text", d.rhk_texts[i]}});
  if (!per_rhk.empty()) rec["umpan_balik_rhk"] = std::move(per_rhk);
  else rec.erase("umpan_balik_rhk");
  if (!d.recommendations.empty()) rec["recommendations"] = d.recommendations;
  else rec.erase("recommendations");
  if (rec.contains("keberatan") && rec["keberatan"].is_object()) {
    if (!d.penjelasan.empty()) rec["keberatan"]["penjelasan_penilai"] = d.penjelasan;
    else rec["keberatan"].erase("penjelasan_penilai");
  }
}

// A unit head's hasil kerja is not the rater's to choose (it is the unit's
// CKO, read when scored), so it is not stored; nor a predikat while it waits.
void write_rating(json& rec, Rating hasil_kerja, Rating perilaku, const std::string& reason, Predikat predikat,
                  std::int64_t now_ms) {
  if (hasil_kerja != Rating::invalid) rec["rating_hasil_kerja"] = std::string(to_string(hasil_kerja));
  else rec.erase("rating_hasil_kerja");
  rec["rating_perilaku"] = std::string(to_string(perilaku));
  if (!reason.empty()) rec["reason"] = reason;
  else rec.erase("reason");
  if (predikat != Predikat::invalid) rec["predikat"] = std::string(to_string(predikat));
  else rec.erase("predikat");
  rec["rated"] = format_timestamp_ms(now_ms);
}

OperationResult one(json rec) {
  OperationResult r;
  r.changes.push_back({"evaluations", std::move(rec)});
  return r;
}

}  // namespace

OperationResult simpan_penilaian(const Store& store, const CityView& v, const RuleSet& rules, std::size_t employee,
                                 std::size_t period, const KeputusanPenilai& d, std::int64_t now_ms) {
  if (auto e = check_open_period(v, employee, period)) return refused(*e);
  if (metode_lama(v.bundle.periods[period].metode))
    return refused({"/period", "periode ini memakai metode lama: beri nilai perilaku angka, bukan rating",
                    "this period uses a legacy method: give a numeric nilai perilaku, not ratings"});
  const SkorPegawai* s = find_skor(v, employee, period);
  if (s == nullptr)
    return refused({"/period", "pegawai ini tidak punya SKP untuk periode ini", "this employee has no SKP for this period"});
  const auto saran_pk = saran_rating_perilaku(rules.rating_perilaku, std::vector<Rating>(d.nilai.begin(), d.nilai.end()));
  const auto check = periksa_penilaian(rules, *s, saran_pk.rating, d.hasil_kerja, d.perilaku, d.reason);
  OperationResult out;
  if (d.perilaku == Rating::invalid)
    out.errors.push_back({"/rating_perilaku", "pilih rating perilaku kerja", "choose the rating of work behaviour"});
  if (d.hasil_kerja == Rating::invalid && !s->kepala_unit)
    out.errors.push_back({"/rating_hasil_kerja", "pilih rating hasil kerja", "choose the rating of work results"});
  if (out.ok() && check.perlu_alasan)
    out.errors.push_back({"/reason", "rating berbeda dari saran: tuliskan alasannya",
                          "a rating differs from the suggestion: write the reason"});
  if (!out.ok()) return out;
  json rec = evaluation_record(store, v, employee, period);
  write_feedback(rec, d);
  write_rating(rec, s->kepala_unit ? Rating::invalid : check.hasil_kerja_dipakai, d.perilaku, d.reason, check.predikat,
               now_ms);
  return one(std::move(rec));
}

OperationResult simpan_penilaian_legacy(const Store& store, const CityView& v, const RuleSet& rules, std::size_t employee,
                                        std::size_t period, const KeputusanPenilai& d, std::int64_t now_ms) {
  if (auto e = check_open_period(v, employee, period)) return refused(*e);
  const MetodePenilaian metode = v.bundle.periods[period].metode;
  if (!metode_lama(metode))
    return refused({"/period", "periode ini dinilai dengan rating PermenPANRB 6/2022, bukan nilai angka",
                    "this period is rated with the PermenPANRB 6/2022 ratings, not a number"});
  const SkorPegawai* s = find_skor(v, employee, period);
  if (s == nullptr || !s->legacy)
    return refused({"/period", "pegawai ini tidak punya SKP untuk periode ini", "this employee has no SKP for this period"});
  if (!s->legacy->ok)
    return refused({"/skp", "nilai SKP belum dapat dihitung: " + s->legacy->error_id,
                    "the nilai SKP cannot be computed yet: " + s->legacy->error_en});
  const bool pp30 = metode != MetodePenilaian::pp_46_2011;
  const NilaiLegacy akhir =
      pratinjau_legacy(rules, *s, metode, d.nilai_perilaku, pp30 && d.perilaku_360, pp30 && d.inovasi);
  if (!akhir.ok) return refused({"/nilai_perilaku", akhir.error_id, akhir.error_en});
  json rec = evaluation_record(store, v, employee, period);
  write_feedback(rec, d);
  for (const char* k : {"rating_hasil_kerja", "rating_perilaku", "predikat", "perilaku_360", "inovasi"}) rec.erase(k);
  rec["nilai_perilaku"] = *baca_angka(d.nilai_perilaku);
  if (pp30 && d.perilaku_360) rec["perilaku_360"] = true;
  if (pp30 && d.inovasi) rec["inovasi"] = true;
  rec["rated"] = format_timestamp_ms(now_ms);
  return one(std::move(rec));
}

OperationResult simpan_umpan_balik(const Store& store, const CityView& v, std::size_t employee, std::size_t period,
                                   const KeputusanPenilai& d) {
  if (auto e = check_open_period(v, employee, period)) return refused(*e);
  json rec = evaluation_record(store, v, employee, period);
  write_feedback(rec, d);
  return one(std::move(rec));
}

OperationResult nilai_sesuai_massal(const Store& store, const CityView& v, const RuleSet& rules,
                                    std::span<const std::size_t> employees, std::size_t period, std::int64_t now_ms) {
  OperationResult out;
  for (const auto& r : rencana_sesuai_massal(rules, v, employees, period)) {
    if (!r.dinilai) continue;
    if (auto e = check_open_period(v, r.employee, period)) return refused(*e);
    json rec = evaluation_record(store, v, r.employee, period);
    const SkorPegawai* s = find_skor(v, r.employee, period);
    write_rating(rec, s && s->kepala_unit ? Rating::invalid : Rating::sesuai, Rating::sesuai, std::string(), r.predikat,
                 now_ms);
    out.changes.push_back({"evaluations", std::move(rec)});
  }
  if (out.changes.empty())
    return refused({"/employees", "tidak ada anggota tim yang dapat dinilai Sesuai Ekspektasi sekaligus",
                    "no team member can be rated Sesuai Ekspektasi in bulk"});
  return out;
}

}  // namespace kinerja
