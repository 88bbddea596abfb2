// Suggested Rating Hasil Kerja from the capaian of the RHK utama/tambahan
// (docs/domain.md §4 guidance, thresholds in assets/rules/rating_hasil_kerja.json)
// and the unit-head rule (CKO of the unit led → rating hasil kerja). The rating
// stays the Pejabat Penilai's decision; a different choice needs a reason.
#pragma once
#include "core/rules/rules.hpp"
#include "core/model/types.hpp"

#include <optional>
#include <span>
#include <string>

namespace kinerja {

enum class TingkatCapaian { belum_ada, di_bawah, sesuai, di_atas };
std::string_view to_string(TingkatCapaian);

// One capaian against the expectation thresholds; belum_ada when there is none.
TingkatCapaian tingkat_capaian(const RulesRatingHasilKerja&, std::optional<double> capaian_persen);

// One result: an indicator (or a whole RHK, if the caller combined them).
struct ItemHasilKerja {
  KategoriRhk kategori = KategoriRhk::utama;
  std::optional<double> capaian_persen;  // nullopt: no realisasi yet (not counted)
};

enum class AturanSaranHasilKerja { tanpa_data, di_atas, di_bawah_mayoritas, di_bawah_utama, sesuai };
std::string_view to_string(AturanSaranHasilKerja);

struct AlasanRatingHasilKerja {
  int jumlah = 0;          // results with a capaian
  int di_atas = 0, sesuai = 0, di_bawah = 0;
  int belum_ada = 0;       // results without a capaian
  int utama = 0, utama_di_bawah = 0;
  AturanSaranHasilKerja aturan = AturanSaranHasilKerja::tanpa_data;
};

struct SaranRatingHasilKerja {
  Rating rating = Rating::invalid;  // invalid when no result has a capaian
  AlasanRatingHasilKerja alasan;
};

// Why, in words, e.g. "5 dari 6 hasil kerja di atas ekspektasi dan tidak ada
// hasil kerja utama di bawah ekspektasi". Made when a screen shows it, not
// for each of a city's 50,000 scored periods.
TeksDuaBahasa alasan_saran(const SaranRatingHasilKerja&);

SaranRatingHasilKerja saran_rating_hasil_kerja(const RulesRatingHasilKerja&,
                                               std::span<const ItemHasilKerja>);

// Unit head: the CKO of the unit they lead decides their rating hasil kerja.
// Rating::invalid for Cko::invalid.
Rating rating_hasil_kerja_kepala_unit(const RulesRatingHasilKerja&, Cko);

} // namespace kinerja
