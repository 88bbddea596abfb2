// A service unit's SKM sample against Krejcie–Morgan in one period, for the
// admin: the population BKPSDM recorded (penerima layanan), the minimum sample
// for it, the respondents so far and the shortfall (docs/domain.md §14).
#pragma once
#include "core/view/city_view.hpp"
#include "core/rules/rules.hpp"

#include <cstdint>
#include <optional>

namespace kinerja {

struct SampelLayanan {
  std::optional<std::int64_t> populasi;  // absent: not recorded for the period
  std::int64_t minimum = 0;              // Krejcie–Morgan for the population (0 without one)
  std::int64_t responden = 0;            // SKM responses of the unit in the period
  std::int64_t kekurangan = 0;           // minimum − responden, never below 0
  bool memadai() const { return populasi && responden >= minimum; }
};

SampelLayanan sampel_layanan(const CityView&, std::size_t unit, std::size_t period,
                             const RuleSet& rules = default_rules());

} // namespace kinerja
