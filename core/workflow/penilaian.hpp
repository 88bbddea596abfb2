// The pejabat penilai's decisions, checked before they are stored: whether a
// draft pair of ratings may be finalised (a rating that differs from the
// suggestion needs a written reason), the predikat it gives through the
// kuadran (with the unit-head rule), the bulk "Sesuai Ekspektasi" plan for
// several team members, the team's distribution against the curve, the
// default period and the training suggestions from the catalogue on this
// device. The rater decides; these functions only say what follows.
#pragma once
#include "core/view/city_view.hpp"
#include "core/calc/kurva.hpp"
#include "core/calc/pelatihan.hpp"
#include "core/rules/rules.hpp"
#include "core/calc/score.hpp"

#include <array>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kinerja {

// A draft of the rater's two ratings, checked.
struct PemeriksaanPenilaian {
  Rating hasil_kerja_dipakai = Rating::invalid;  // after the unit-head (CKO) rule
  bool hasil_kerja_dari_cko = false;             // the CKO of the led unit decides it
  bool menunggu_cko = false;                     // a unit head whose unit has no CKO yet: nothing to choose
  Predikat predikat = Predikat::invalid;         // kuadran of the ratings used
  bool hasil_kerja_beda = false;                 // chosen ≠ suggested (a suggestion exists)
  bool perilaku_beda = false;
  bool lengkap = false;                          // both ratings chosen
  bool perlu_alasan = false;                     // something differs and no reason is written
  bool siap = false;                             // lengkap && !perlu_alasan: may be finalised
};

// `saran_perilaku` is the suggestion from the value ratings as they stand in
// the draft (saran_rating_perilaku), Rating::invalid when there is none.
// A reason of only spaces counts as no reason.
PemeriksaanPenilaian periksa_penilaian(const RuleSet&, const SkorPegawai&, Rating saran_perilaku, Rating hasil_kerja,
                                       Rating perilaku, std::string_view alasan);

// A legacy period (docs/domain.md §12): the final nilai and band the typed
// nilai perilaku (as typed: "85,5"), the 360 weighting and the innovation
// condition would give with the member's nilai SKP, or the error that says
// what is missing or wrong. The rater sees it live; simpan_penilaian_legacy
// stores the same.
NilaiLegacy pratinjau_legacy(const RuleSet&, const SkorPegawai&, MetodePenilaian, std::string_view nilai_perilaku,
                             bool perilaku_360, bool inovasi);

// Counts per StatusPenilaian (index = the enum value) over a team in a period.
struct RingkasanTim {
  std::array<int, 5> per_status{};  // [0] = members without a score this period
  int total = 0;
  int operator[](StatusPenilaian s) const { return per_status[static_cast<std::size_t>(s)]; }
};
RingkasanTim ringkas_tim(const CityView&, std::span<const std::size_t> team, std::size_t period);

// Bulk "Sesuai Ekspektasi": for each chosen member, whether both ratings may be
// set to Sesuai without a reason, and the predikat it gives. Already rated
// members and those whose suggestion is not Sesuai are left out with a reason.
// metode_lama: a legacy period is rated with a nilai perilaku, one by one.
enum class AlasanLewati { tidak_ada, tanpa_skor, sudah_dinilai, saran_berbeda, metode_lama };
struct RencanaSesuai {
  std::size_t employee = kTidakAda;
  bool dinilai = false;                  // included in the bulk action
  AlasanLewati lewati = AlasanLewati::tidak_ada;
  Predikat predikat = Predikat::invalid; // when included
};
std::vector<RencanaSesuai> rencana_sesuai_massal(const RuleSet&, const CityView&, std::span<const std::size_t> employees,
                                                 std::size_t period);

// The team's distribution against the curve. The CKO is the one of the
// rater's unit, or of the nearest unit above it with a CKO in the period.
struct KurvaTim {
  std::size_t unit = kTidakAda;  // whose CKO was used; kTidakAda: no CKO found
  Cko cko = Cko::invalid;
  JumlahPredikat jumlah;         // rated members by predikat
  int belum_dinilai = 0;         // members not rated yet (not counted)
  std::vector<PeringatanKurva> peringatan;
};
KurvaTim kurva_tim(const RuleSet&, const CityView&, std::size_t penilai, std::size_t period);

// The trainings on this device as a catalogue (evaluations may only name these).
KatalogPelatihan katalog_dari_trainings(std::span<const Training>);

// Weak values (the rater's value ratings, one per value in NilaiBerakhlak order,
// Rating::invalid = not rated) and weak aspects (indicators whose capaian is
// below expectation) of one scored employee.
KebutuhanPelatihan kebutuhan_pelatihan(const RuleSet&, const CityView&, const SkorPegawai&,
                                       std::span<const Rating> rating_per_nilai);

} // namespace kinerja
