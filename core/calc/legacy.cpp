// Legacy numeric methods (PermenPANRB 8/2021, PP 30/2019, PP 46/2011), every
// threshold and weight from the RuleSet. Results are unrounded; round for display.
#include "core/calc/legacy.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace kinerja {
namespace {

NilaiLegacy failed(std::string id, std::string en) {
  NilaiLegacy n;
  n.error_id = std::move(id);
  n.error_en = std::move(en);
  return n;
}

// 98.00000000001 (from floating-point division) reads as 98.
double rapikan(double x) {
  const double r = std::round(x);
  return std::fabs(x - r) < 1e-9 ? r : x;
}

// Scores are read to hundredths, as the forms print them, and weighted in
// whole numbers: 70.24 × 70 % + 69.44 × 30 % is exactly 70.00, which
// floating point makes 69.999… and puts in the band below (docs/domain.md §12).
std::int64_t seratus(double x) { return std::llround(x * 100.0); }

// The band of the value scaled / skala, compared with each band's edge
// exactly (edges are whole or two-decimal numbers).
bool cocok(const PitaNilai& p, std::int64_t scaled, std::int64_t skala, bool inovasi) {
  if (p.perlu_inovasi && !inovasi) return false;
  if (!p.ada_min) return true;
  const std::int64_t edge = std::llround(p.min * static_cast<double>(skala));
  return scaled > edge || (p.min_inklusif && scaled == edge);
}

NilaiLegacy dengan_pita(const std::vector<PitaNilai>& pita, std::int64_t scaled, std::int64_t skala, bool inovasi) {
  NilaiLegacy out;
  out.ok = true;
  out.nilai = static_cast<double>(scaled) / static_cast<double>(skala);
  for (const auto& p : pita) {
    if (cocok(p, scaled, skala, inovasi)) {
      out.kategori = p.kode;
      out.label_id = p.label_id;
      out.label_en = p.label_en;
      break;
    }
  }
  return out;
}

void beri_label(const RulesPermen8_2021& rules, NilaiLegacy& n) {
  for (const auto& p : rules.pita) {
    if (p.kategori == n.kategori) {
      n.label_id = p.label_id;
      n.label_en = p.label_en;
      return;
    }
  }
  n.label_id = n.label_en = n.kategori;
}

bool angka_sah(double x) { return std::isfinite(x) && x >= 0; }

} // namespace

NilaiLegacy nilai_capaian_8_2021(const RulesPermen8_2021& rules, double capaian, bool target_maksimal) {
  if (!angka_sah(capaian))
    return failed("capaian harus berupa angka tidak negatif", "capaian must be a non-negative number");
  const double c = rapikan(capaian);
  NilaiLegacy out;
  out.ok = true;
  if (target_maksimal && c == 100.0) {
    out.nilai = rules.nilai_target_maksimal;
    out.kategori = rules.kategori_target_maksimal;
  } else if (c > rules.di_atas_persen) {
    out.nilai = rules.nilai_di_atas;
    out.kategori = rules.kategori_di_atas;
  } else {
    const PitaNilaiCapaian* band = nullptr;
    for (const auto& p : rules.pita) {
      const bool dari = c > p.dari || (p.dari_inklusif && c == p.dari);
      const bool sampai = c < p.sampai || (p.sampai_inklusif && c == p.sampai);
      if (dari && sampai) {
        band = &p;
        break;
      }
    }
    if (!band) {  // between two printed bands (100.5 %): the band below, clamped to its nilai
      for (const auto& p : rules.pita)
        if (c > p.dari || (p.dari_inklusif && c == p.dari)) band = &p;
    }
    if (!band) return failed("capaian di luar tabel konversi", "capaian outside the conversion table");
    const double n = band->c1 == band->c0 ? band->n0
                                          : band->n0 + (band->n1 - band->n0) / (band->c1 - band->c0) * (c - band->c0);
    out.nilai = rapikan(std::clamp(n, band->nilai_min, band->nilai_maks));
    out.kategori = band->kategori;
  }
  beri_label(rules, out);
  return out;
}

NilaiLegacy nilai_skp_8_2021(const RulesPermen8_2021& rules, std::span<const double> utama,
                             std::span<const double> tambahan) {
  if (utama.empty()) return failed("tidak ada nilai hasil kerja utama", "no main result to score");
  for (double x : utama)
    if (!angka_sah(x)) return failed("nilai capaian harus tidak negatif", "nilai capaian must be non-negative");
  for (double x : tambahan)
    if (!angka_sah(x)) return failed("nilai capaian harus tidak negatif", "nilai capaian must be non-negative");
  NilaiLegacy out;
  out.ok = true;
  out.nilai = std::accumulate(utama.begin(), utama.end(), 0.0) / static_cast<double>(utama.size());
  if (!tambahan.empty())
    out.nilai += rules.bobot_tambahan * std::accumulate(tambahan.begin(), tambahan.end(), 0.0) /
                 static_cast<double>(tambahan.size());
  return out;
}

NilaiLegacy predikat_pp30(const RulesPp30_2019& rules, double nilai, bool inovasi) {
  if (!angka_sah(nilai) || nilai > rules.nilai_maks)
    return failed("nilai kinerja harus 0 sampai " + std::to_string(static_cast<int>(rules.nilai_maks)),
                 "nilai kinerja must be 0 to " + std::to_string(static_cast<int>(rules.nilai_maks)));
  return dengan_pita(rules.predikat, seratus(nilai), 100, inovasi);
}

NilaiLegacy nilai_kinerja_pp30(const RulesPp30_2019& rules, double skp, double perilaku, std::string_view kode,
                               bool inovasi) {
  const BobotNilaiKinerja* b = nullptr;
  for (const auto& x : rules.bobot)
    if (x.kode == kode) b = &x;
  if (!b)
    return failed("bobot tidak dikenal: \"" + std::string(kode) + "\"", "unknown weighting: \"" + std::string(kode) + "\"");
  for (double x : {skp, perilaku})
    if (!angka_sah(x) || x > rules.nilai_maks)
      return failed("nilai SKP dan perilaku harus 0 sampai " + std::to_string(static_cast<int>(rules.nilai_maks)),
                   "nilai SKP and perilaku must be 0 to " + std::to_string(static_cast<int>(rules.nilai_maks)));
  // hundredths × percent: the value is this / 10,000, exactly
  const std::int64_t n = seratus(skp) * std::llround(b->skp) + seratus(perilaku) * std::llround(b->perilaku);
  return dengan_pita(rules.predikat, n, 10'000, inovasi);
}

std::optional<double> nilai_waktu_biaya_pp46(const RulesPp46_2011& rules, double target, double realisasi) {
  if (!std::isfinite(target) || !std::isfinite(realisasi) || target <= 0 || realisasi < 0) return std::nullopt;
  const double efisiensi = 100.0 - realisasi / target * 100.0;
  const double dasar = (rules.faktor_waktu * target - realisasi) / target * 100.0;
  return efisiensi <= rules.batas_efisiensi ? dasar : rules.dasar_efisien - (dasar - 100.0);
}

NilaiKegiatanPp46 nilai_kegiatan_pp46(const RulesPp46_2011& rules, const KegiatanPp46& k) {
  NilaiKegiatanPp46 out;
  auto fail = [&](const char* id, const char* en) {
    out.error_id = id;
    out.error_en = en;
    return out;
  };
  if (!(k.target_output > 0) || !angka_sah(k.realisasi_output))
    return fail("target output harus > 0 dan realisasi tidak negatif", "target output must be > 0 and realisasi non-negative");
  if (!(k.target_kualitas > 0) || !angka_sah(k.realisasi_kualitas))
    return fail("target kualitas harus > 0 dan realisasi tidak negatif", "target kualitas must be > 0 and realisasi non-negative");
  auto waktu = nilai_waktu_biaya_pp46(rules, k.target_waktu, k.realisasi_waktu);
  if (!waktu) return fail("target waktu harus > 0 dan realisasi tidak negatif", "target waktu must be > 0 and realisasi non-negative");
  out.kuantitas = k.realisasi_output / k.target_output * 100.0;
  out.kualitas = k.realisasi_kualitas / k.target_kualitas * 100.0;
  out.waktu = *waktu;
  out.perhitungan = out.kuantitas + out.kualitas + out.waktu;
  int aspek = 3;
  if (k.target_biaya || k.realisasi_biaya) {
    if (!k.target_biaya || !k.realisasi_biaya) return fail("target dan realisasi biaya harus diisi berpasangan", "target and realisasi biaya go together");
    auto biaya = nilai_waktu_biaya_pp46(rules, *k.target_biaya, *k.realisasi_biaya);
    if (!biaya) return fail("target biaya harus > 0 dan realisasi tidak negatif", "target biaya must be > 0 and realisasi non-negative");
    out.biaya = *biaya;
    out.perhitungan += *biaya;
    aspek = 4;
  }
  out.nilai_capaian = out.perhitungan / aspek;
  out.ok = true;
  return out;
}

NilaiLegacy nilai_skp_pp46(const RulesPp46_2011& rules, std::span<const KegiatanPp46> kegiatan, int tugas_tambahan,
                           std::string_view kreativitas) {
  if (kegiatan.empty()) return failed("tidak ada kegiatan", "no activity to score");
  if (tugas_tambahan < 0) return failed("jumlah tugas tambahan tidak boleh negatif", "the number of additional tasks must not be negative");
  double total = 0;
  for (std::size_t i = 0; i < kegiatan.size(); ++i) {
    auto n = nilai_kegiatan_pp46(rules, kegiatan[i]);
    if (!n.ok)
      return failed("kegiatan ke-" + std::to_string(i + 1) + ": " + n.error_id,
                   "activity " + std::to_string(i + 1) + ": " + n.error_en);
    total += n.nilai_capaian;
  }
  double bonus = 0;
  for (const auto& l : rules.tugas_tambahan)
    if (tugas_tambahan >= l.min_tugas) bonus = l.nilai;
  if (!kreativitas.empty()) {
    bool found = false;
    for (const auto& [tingkat, nilai] : rules.kreativitas) {
      if (tingkat == kreativitas) {
        bonus += nilai;
        found = true;
      }
    }
    if (!found)
      return failed("tingkat kreativitas tidak dikenal: \"" + std::string(kreativitas) + "\"",
                   "unknown creativity level: \"" + std::string(kreativitas) + "\"");
  }
  NilaiLegacy out;
  out.ok = true;
  out.nilai = total / static_cast<double>(kegiatan.size()) + bonus;
  return out;
}

NilaiLegacy nilai_prestasi_kerja_pp46(const RulesPp46_2011& rules, double skp, double perilaku) {
  if (!angka_sah(skp) || !angka_sah(perilaku))
    return failed("nilai SKP dan perilaku harus tidak negatif", "nilai SKP and perilaku must be non-negative");
  const std::int64_t n = seratus(skp) * std::llround(rules.bobot_skp) + seratus(perilaku) * std::llround(rules.bobot_perilaku);
  return dengan_pita(rules.predikat, n, 10'000, false);
}

bool metode_lama(MetodePenilaian m) {
  return m == MetodePenilaian::permenpanrb_8_2021 || m == MetodePenilaian::pp_30_2019 ||
         m == MetodePenilaian::pp_46_2011;
}

double nilai_perilaku_maks(const RuleSet& rules, MetodePenilaian m) {
  return m == MetodePenilaian::pp_46_2011 ? rules.pp46_2011.nilai_perilaku_maks : rules.pp30_2019.nilai_maks;
}

NilaiLegacy nilai_akhir_legacy(const RuleSet& rules, MetodePenilaian m, const NilaiLegacy& skp, const PenilaianLegacy& p) {
  if (!metode_lama(m)) return failed("periode ini tidak memakai metode lama", "this period does not use a legacy method");
  if (!skp.ok) return failed("nilai SKP belum ada: " + skp.error_id, "no nilai SKP yet: " + skp.error_en);
  if (!p.nilai_perilaku) return failed("nilai perilaku belum diberikan", "no nilai perilaku given yet");
  const double maks = nilai_perilaku_maks(rules, m);
  if (!angka_sah(*p.nilai_perilaku) || *p.nilai_perilaku > maks) {
    const std::string batas = std::to_string(static_cast<int>(maks));
    return failed("nilai perilaku harus 0 sampai " + batas, "nilai perilaku must be 0 to " + batas);
  }
  if (m == MetodePenilaian::pp_46_2011) return nilai_prestasi_kerja_pp46(rules.pp46_2011, skp.nilai, *p.nilai_perilaku);
  return nilai_kinerja_pp30(rules.pp30_2019, skp.nilai, *p.nilai_perilaku, p.perilaku_360 ? "dengan-360" : "tanpa-360",
                            p.inovasi);
}

} // namespace kinerja
