// The superseded numeric methods, for historical periods (docs/domain.md §12):
// PermenPANRB 8/2021 nilai capaian (0–120) and nilai SKP, PP 30/2019 nilai
// kinerja + predikat, PP 46/2011 SKP aspects, nilai SKP and nilai prestasi kerja.
// All thresholds and weights come from the RuleSet.
#pragma once
#include "core/model/types.hpp"
#include "core/rules/rules.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace kinerja {

// A numeric legacy result with its band, or an error.
struct NilaiLegacy {
  bool ok = false;
  double nilai = 0;
  std::string kategori;              // band code, e.g. "cukup", "sangat-baik"
  std::string label_id, label_en;    // "Cukup" / "Fair"
  std::string error_id, error_en;    // why not ok
};

// --- PermenPANRB 8/2021 ---
// Capaian IKI (percent) → Nilai Capaian IKI. target_maksimal: the target was the
// maximum attainable (e.g. 100% bebas temuan) — 100% then scores as Sangat Baik.
// Negative or non-finite capaian → error.
NilaiLegacy nilai_capaian_8_2021(const RulesPermen8_2021&, double capaian_persen, bool target_maksimal = false);

// Nilai SKP from the nilai capaian of the utama and tambahan indicators:
// mean(utama) + bobot_tambahan × mean(tambahan) [M]. Error when no utama.
NilaiLegacy nilai_skp_8_2021(const RulesPermen8_2021&, std::span<const double> nilai_utama,
                             std::span<const double> nilai_tambahan);

// --- PP 30/2019 ---
// nilai kinerja = SKP × w + perilaku × (1 − w); bobot_kode "tanpa-360" (70/30) or
// "dengan-360" (60/40). inovasi: the Sangat Baik condition (a new idea that benefits
// the organisation). Inputs outside 0..nilai_maks → error.
NilaiLegacy nilai_kinerja_pp30(const RulesPp30_2019&, double nilai_skp, double nilai_perilaku,
                               std::string_view bobot_kode = "tanpa-360", bool inovasi = false);
// Predikat of a given nilai kinerja.
NilaiLegacy predikat_pp30(const RulesPp30_2019&, double nilai_kinerja, bool inovasi = false);

// --- PP 46/2011 + Perka BKN 1/2013 ---
struct KegiatanPp46 {
  double target_output = 0, realisasi_output = 0;        // kuantitas
  double target_kualitas = 100, realisasi_kualitas = 0;  // kualitas (0–100)
  double target_waktu = 0, realisasi_waktu = 0;          // months
  std::optional<double> target_biaya, realisasi_biaya;   // only when there is a budget
};
struct NilaiKegiatanPp46 {
  bool ok = false;
  double kuantitas = 0, kualitas = 0, waktu = 0;
  std::optional<double> biaya;
  double perhitungan = 0;     // sum of the aspects
  double nilai_capaian = 0;   // perhitungan / 3 (or / 4 with biaya)
  std::string error_id, error_en;
};
NilaiKegiatanPp46 nilai_kegiatan_pp46(const RulesPp46_2011&, const KegiatanPp46&);
// Waktu (or biaya) aspect score alone: efisiensi = 100 − R/T × 100; ≤ batas → ((f·T − R)/T)×100,
// else dasar − (((f·T − R)/T)×100 − 100). nullopt when T ≤ 0 or R < 0.
std::optional<double> nilai_waktu_biaya_pp46(const RulesPp46_2011&, double target, double realisasi);
// Nilai SKP = mean nilai capaian over kegiatan + tugas tambahan step + kreativitas
// ("", "unit-kerja", "instansi", "nasional"). Error when a kegiatan is bad or none.
NilaiLegacy nilai_skp_pp46(const RulesPp46_2011&, std::span<const KegiatanPp46>, int jumlah_tugas_tambahan = 0,
                           std::string_view kreativitas = "");
// Nilai prestasi kerja = 60% SKP + 40% perilaku, with its predikat.
NilaiLegacy nilai_prestasi_kerja_pp46(const RulesPp46_2011&, double nilai_skp, double nilai_perilaku);

// --- A legacy period's final result ---
// True for the numeric methods (8/2021, PP 30/2019, PP 46/2011).
bool metode_lama(MetodePenilaian);
// What the rater gives in a legacy period instead of the two ratings.
struct PenilaianLegacy {
  std::optional<double> nilai_perilaku;
  bool perilaku_360 = false;  // PP 30: peers and subordinates gave input (60/40)
  bool inovasi = false;       // PP 30: the Sangat Baik condition
};
// Highest nilai perilaku the method reads (PP 30: 120, PP 46: 100, from the rules).
double nilai_perilaku_maks(const RuleSet&, MetodePenilaian);
// The nilai an assessment ends with: PP 30/2019 nilai kinerja and predikat for
// pp-30-2019 and permenpanrb-8-2021 periods (8/2021 computed the nilai SKP that
// PP 30 combines), PP 46/2011 nilai prestasi kerja for pp-46-2011. Error when
// the method is not a legacy one, the nilai SKP has none, or perilaku is
// missing or outside 0..nilai_perilaku_maks.
NilaiLegacy nilai_akhir_legacy(const RuleSet&, MetodePenilaian, const NilaiLegacy& nilai_skp, const PenilaianLegacy&);

} // namespace kinerja
