// What every workflow operation returns: the record versions a person's
// action produces, ready for apply_change (core/sync/merge), or the reasons
// it is refused, each with the JSON pointer of the input it concerns.
// Nothing is ever half-done: with any error there are no changes.
#pragma once
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/base/error.hpp"
#include "core/sync/store.hpp"
#include "core/view/city_view.hpp"

#include <cstddef>
#include <optional>
#include <string_view>

namespace kinerja {

// A record to hand to apply_change: its own fields and "id" (merge adds the
// envelope: version vector, clock, author, times).
struct RecordChange {
  std::string collection;
  nlohmann::json record;
};

struct OperationResult {
  std::vector<RecordChange> changes;  // empty when errors
  std::vector<ValidationError> errors;
  bool ok() const { return errors.empty(); }
};

// The shared steps of operations on one person's assessment.

OperationResult refused(ValidationError);
// Valid indexes and an open period, else the problem (a locked period refuses
// every change to realisations and assessments).
std::optional<ValidationError> check_open_period(const CityView&, std::size_t employee, std::size_t period);
// The current full record (every field, also those this build does not know),
// or a fresh object with only the id; a tombstone counts as absent. Operations
// start from it and change only their own fields, so nobody else's are wiped.
nlohmann::json current_or_new(const Store&, std::string_view collection, const std::string& id);
// The evaluation of (employee, period) as current_or_new gives it, with its
// employee_id and period_id; the id the employee's own device gives it when
// there is none yet, so the self-assessment and the rating meet on merge.
nlohmann::json evaluation_record(const Store&, const CityView&, std::size_t employee, std::size_t period);
// The stored evaluation `id` (nullptr when absent or a tombstone); `locked`
// is set when its period is locked, which refuses every later decision on it
// (calibration, keberatan).
const nlohmann::json* stored_evaluation(const Store&, const CityView&, std::string_view id,
                                        std::optional<ValidationError>& locked);

}  // namespace kinerja
