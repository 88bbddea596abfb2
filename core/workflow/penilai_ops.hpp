// What the pejabat penilai does to a team member's assessment, as operations
// that return the evaluation version to store or a refusal with the place:
// save the ratings (finalise), save only feedback and training
// recommendations, and the bulk "Sesuai Ekspektasi". Each starts from the
// CURRENT full evaluation record, so the employee's self-assessment, their
// keberatan and any field this build does not know stay as they are.
// What follows from the ratings (the unit-head rule, the kuadran, whether a
// reason is needed) is decided by penilaian.hpp; this file only writes it down.
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "core/model/types.hpp"
#include "core/rules/rules.hpp"
#include "core/sync/store.hpp"
#include "core/view/city_view.hpp"
#include "core/workflow/operation.hpp"

namespace kinerja {

// The rater's decisions for one member in one period, as the screen gathers them.
struct KeputusanPenilai {
  Rating hasil_kerja = Rating::invalid;
  Rating perilaku = Rating::invalid;
  std::string reason;                      // required where a rating departs from the suggestion
  std::array<Rating, 7> nilai{};           // per BerAKHLAK value (NilaiBerakhlak − 1)
  std::array<std::string, 7> umpan_balik;  // feedback per value
  std::vector<std::string> rhk_ids;        // feedback per RHK: ids and texts, same order
  std::vector<std::string> rhk_texts;
  std::vector<std::string> recommendations;  // Training ids
  std::string penjelasan;                    // the rater's explanation of a keberatan
  // Legacy periods only: the nilai perilaku as typed ("85,5"), PP 30's 60/40
  // weighting when peers and subordinates gave input, and its innovation condition.
  std::string nilai_perilaku;
  bool perilaku_360 = false;
  bool inovasi = false;
  bool operator==(const KeputusanPenilai&) const = default;
};

// The ratings with everything else: refused when a rating is missing
// (/rating_hasil_kerja, /rating_perilaku) or a departure from the suggestion
// has no reason (/reason). The predikat is the kuadran of the ratings used
// (for a unit head, the CKO's rating hasil kerja); "rated" is `now_ms`.
OperationResult simpan_penilaian(const Store&, const CityView&, const RuleSet&, std::size_t employee,
                                 std::size_t period, const KeputusanPenilai&, std::int64_t now_ms);

// A legacy period's rating (docs/domain.md §12): the nilai perilaku with the
// 360 weighting and (PP 30) the innovation condition, feedback and
// recommendations. Refused in a 6/2022 period (/period), when the member has
// no nilai SKP (/skp) or the nilai perilaku is missing, not a number or out of
// range (/nilai_perilaku). The two 6/2022 ratings and a predikat are not
// written; "rated" is `now_ms`.
OperationResult simpan_penilaian_legacy(const Store&, const CityView&, const RuleSet&, std::size_t employee,
                                        std::size_t period, const KeputusanPenilai&, std::int64_t now_ms);

// Only the feedback per value and per RHK, the training recommendations and
// the keberatan explanation; ratings and predikat stay as they are.
OperationResult simpan_umpan_balik(const Store&, const CityView&, std::size_t employee, std::size_t period,
                                   const KeputusanPenilai&);

// Both ratings "Sesuai Ekspektasi" for every chosen member the plan includes
// (rencana_sesuai_massal: not yet rated, suggestion Sesuai); the others are
// left out, not refused. Refused as a whole when the period is locked or
// nobody is included.
OperationResult nilai_sesuai_massal(const Store&, const CityView&, const RuleSet&,
                                    std::span<const std::size_t> employees, std::size_t period, std::int64_t now_ms);

}  // namespace kinerja
