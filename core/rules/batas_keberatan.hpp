// Keberatan (objection) window: PP 30/2019 gives the employee the right to
// object to the predikat; the number of days after the predikat is set is a
// section of the RuleSet (assets/rules/keberatan.json, id "keberatan", marked
// [M] with its reasoning in the file's source). Here: where an evaluation
// stands for an objection at a given instant.
#pragma once
#include "core/rules/rule_meta.hpp"
#include "core/model/model.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kinerja {

struct AturanKeberatan {
  RuleMeta meta;
  int batas_hari = 0;  // calendar days after the predikat is set (Evaluation::rated)
};


enum class PeluangKeberatan {
  belum_dinilai,   // no predikat yet: nothing to object to
  terbuka,         // rated, within the window, none sent yet
  lewat_batas,     // rated, the window has closed, none sent
  sudah_diajukan   // an objection was sent (decided or not)
};
std::string_view to_string(PeluangKeberatan);

struct StatusKeberatan {
  PeluangKeberatan peluang = PeluangKeberatan::belum_dinilai;
  std::optional<std::int64_t> batas_ms;  // first instant after the window (rated + batas_hari days)
};

// Where an evaluation stands for an objection at `now_ms`. An evaluation is
// rated when it carries a valid "rated" time and a predikat or both ratings
// (the predikat then follows from the kuadran).
StatusKeberatan status_keberatan(const AturanKeberatan&, const Evaluation&, std::int64_t now_ms);

} // namespace kinerja
