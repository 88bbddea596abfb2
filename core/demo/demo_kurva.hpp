// The demo's raters "considering the curve" (SE MenPANRB 3/2023, docs/domain.md
// §8) as a real city's raters do before they finalise a quarter: in a unit
// whose leader follows the curve, the ratings of the unit's own staff are
// moved — best performers up, weakest down — until the unit's distribution
// (its whole subtree, as the score report counts it) meets the curve of its
// CKO (Baik or Istimewa), or nobody is left to move. Units whose leader does
// not follow it, or whose CKO is below Baik, keep their natural ratings: the
// deliberate warnings calibration has to work on.
// The curve and the kuadran come from the rule set, never from here.
#pragma once
#include "core/model/model.hpp"
#include "core/rules/rules.hpp"

#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace kinerja::demo_kurva {

struct Anggota {
  std::size_t evaluation = 0;  // index into the evaluations passed in (rated, 6/2022)
  int unit = 0;                // index into the unit list
  int perf = 100;              // how the quarter's realisations went (100 = as expected)
  int urutan = 0;              // a stable tie-break (the person's index)
  bool kepala = false;         // a unit head: the hasil kerja is the unit's CKO, never moved
};

struct UnitKurva {
  int parent = -1;                // index into the same list; -1 for a top unit
  std::optional<Cko> cko;         // the unit's CKO in the quarter
  bool ikut_kurva = false;        // the leader considers the curve
};

// The rater's reason, written beside a rating hasil kerja that differs from
// the suggestion of the realisations.
std::string_view alasan_beda_saran(Rating hasil);

// Moves the ratings of `evaluations` in place, units deepest first.
void pertimbangkan_kurva(const RuleSet&, std::span<const UnitKurva> units, std::span<const Anggota> anggota,
                         std::vector<Evaluation>& evaluations);

} // namespace kinerja::demo_kurva
