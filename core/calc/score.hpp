// The whole-bundle scoring pipeline: for every employee and period, the capaian
// of each indicator, the suggested rating hasil kerja with its reason, the
// rater's ratings → predikat through the kuadran, the unit-head rule, the
// legacy numeric score when the period uses a legacy method, and the status of
// the assessment against the period's deadline; for every rated unit and
// period, the distribution check against the curve (warnings only).
//
// The report refers to the bundle by index (employee, period, skp, rhk,
// indicator) so it stays small for a city's year; keep the Bundle alive while
// you read it. Nothing here changes the bundle or decides for the rater.
#pragma once
#include "core/calc/capaian.hpp"
#include "core/calc/kurva.hpp"
#include "core/calc/legacy.hpp"
#include "core/model/model.hpp"
#include "core/calc/predikat.hpp"
#include "core/calc/rating_hasil_kerja.hpp"
#include "core/calc/sumber.hpp"
#include "core/rules/rules.hpp"

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace kinerja {

// Where an assessment stands.
//   belum_mulai: nothing sent yet (no submitted realisation, no self-assessment);
//   diajukan:    sent to the penilai, not rated yet;
//   dinilai:     rated (both ratings and a predikat) before the deadline ended;
//   terlambat:   rated after the deadline, or not rated while the reference
//                time (the bundle's "created") is already past the deadline.
enum class StatusPenilaian { invalid, belum_mulai, diajukan, dinilai, terlambat };
std::string_view to_string(StatusPenilaian);
std::ostream& operator<<(std::ostream&, StatusPenilaian);

inline constexpr std::size_t kTidakAda = static_cast<std::size_t>(-1);

struct CapaianIndikator {
  std::size_t rhk = 0;        // index into the SKP's rhk
  std::size_t indikator = 0;  // index into that RHK's indicators
  KategoriRhk kategori = KategoriRhk::invalid;
  std::optional<double> realisasi;
  std::optional<double> capaian;  // percent, unrounded; absent without a numeric realisasi or target
  CapaianError error = CapaianError::none;
  // A measured indicator (SkpIndicator::sumber): index into ScoreReport::terukur,
  // where the figure, its provenance or the reason it is missing are.
  std::size_t terukur = kTidakAda;
};

struct SkorPegawai {
  std::size_t employee = 0;           // index into Bundle::employees
  std::size_t period = 0;             // index into Bundle::periods
  std::size_t skp = kTidakAda;        // the employee's SKP for the period's year
  std::size_t evaluation = kTidakAda; // index into Bundle::evaluations
  StatusPenilaian status = StatusPenilaian::invalid;
  bool sudah_dinilai = false;         // both ratings, a predikat and a "rated" time
  bool tepat_waktu = false;           // rated before the deadline ended

  std::vector<CapaianIndikator> capaian;
  std::optional<double> capaian_rata;  // mean capaian over the indicators that have one

  SaranRatingHasilKerja saran_hasil_kerja;
  SaranRatingPerilaku saran_perilaku;

  // Unit-head rule: the CKO of the unit the employee leads is their rating hasil kerja.
  bool kepala_unit = false;
  std::optional<Cko> cko_unit;         // present when the led unit has a CKO in the period
  bool menunggu_cko = false;           // a unit head whose unit has no CKO yet: no predikat until it has

  Rating rating_hasil_kerja = Rating::invalid;  // as used for the predikat
  Rating rating_perilaku = Rating::invalid;
  bool beda_dari_saran = false;        // the rater's hasil-kerja rating differs from the suggestion
  bool alasan_kurang = false;          // ... and no reason was written
  Predikat predikat_matriks = Predikat::invalid;  // kuadran of the two ratings
  // Final, always derived: a granted keberatan's predikat, else the
  // calibration (Evaluation::kalibrasi), else the kuadran with the current
  // CKO; invalid until both ratings exist.
  Predikat predikat = Predikat::invalid;
  bool dikalibrasi = false;             // the calibration decided it
  // The predikat the rater saw when saving differs from the kuadran now (the
  // unit's CKO was set or changed since): not used, shown so nobody is surprised.
  bool predikat_tersimpan_beda = false;

  // Legacy methods (period metode other than 6/2022): the nilai SKP, and the
  // final nilai with its band (PP 30 nilai kinerja or PP 46 nilai prestasi
  // kerja) once the rater has given a nilai perilaku (else its error says
  // what is missing). Such a period has no 6/2022 predikat: it is rated when
  // legacy_akhir is ok and "rated" is set.
  std::optional<NilaiLegacy> legacy;
  std::optional<NilaiLegacy> legacy_akhir;
};

struct KurvaUnit {
  std::size_t unit = 0;    // index into Bundle::units (the rated unit; its subtree is counted)
  std::size_t period = 0;
  Cko cko = Cko::invalid;
  JumlahPredikat jumlah;
  std::vector<PeringatanKurva> peringatan;
};

struct ScoreReport {
  std::vector<SkorPegawai> pegawai;  // by period (start date, id), then employee id
  std::vector<KurvaUnit> kurva;      // by period, then unit id
  std::vector<RealisasiTerukur> terukur;  // measured realisations, one per (unit, period, source)
};

// Capaian of one SKP indicator from a realisation value (a range target when
// both bounds are set, else the target); no capaian and no error without a
// numeric target or value. The one mapping behind every capaian shown.
CapaianIndikator capaian_indikator(const SkpIndicator&, std::optional<double> value);

// Scores every (employee, period) pair: the employees with an assignment in the
// period, or every employee when no assignment names the period. Deleted
// records are ignored. Never throws for any valid Bundle.
ScoreReport score_bundle(const Bundle&, const RuleSet& rules = default_rules());

// Index of the unit each unit belongs to at the top of its tree (an OPD or a
// kecamatan), per Bundle::units index; a unit whose parent chain is broken or
// cyclic is its own top.
std::vector<std::size_t> top_units(const Bundle&);

} // namespace kinerja
