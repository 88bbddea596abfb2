// The shared steps of workflow operations (see operation.hpp).
#include "core/workflow/operation.hpp"

#include "core/workflow/pegawai_edit.hpp"

namespace kinerja {

using nlohmann::json;

OperationResult refused(ValidationError e) {
  OperationResult r;
  r.errors.push_back(std::move(e));
  return r;
}

std::optional<ValidationError> check_open_period(const CityView& v, std::size_t employee, std::size_t period) {
  if (employee >= v.bundle.employees.size())
    return ValidationError{"/employee", "pegawai tidak ditemukan di perangkat ini", "employee not found on this device"};
  if (period >= v.bundle.periods.size()) return ValidationError{"/period", "periode tidak ditemukan", "period not found"};
  const Period& p = v.bundle.periods[period];
  if (p.locked)
    return ValidationError{"/periods/" + p.meta.id,
                           "periode " + p.name + " terkunci; realisasi dan penilaian tidak dapat diubah",
                           "period " + p.name + " is locked; realisations and assessments cannot be changed"};
  return std::nullopt;
}

json current_or_new(const Store& store, std::string_view collection, const std::string& id) {
  const json* cur = find_record(store, collection, id);
  if (cur && !record_deleted(*cur)) return *cur;
  return json{{"id", id}};
}

json evaluation_record(const Store& store, const CityView& v, std::size_t employee, std::size_t period) {
  const std::size_t e = find_evaluation(v, employee, period);
  const std::string id = e != kTidakAda ? v.bundle.evaluations[e].meta.id
                                        : evaluation_id(v.bundle.employees[employee].meta.id, v.bundle.periods[period].meta.id);
  json rec = current_or_new(store, "evaluations", id);
  rec["employee_id"] = v.bundle.employees[employee].meta.id;
  rec["period_id"] = v.bundle.periods[period].meta.id;
  return rec;
}

const nlohmann::json* stored_evaluation(const Store& store, const CityView& v, std::string_view id,
                                        std::optional<ValidationError>& locked) {
  const nlohmann::json* current = find_record(store, "evaluations", id);
  if (current == nullptr || !current->is_object() || record_deleted(*current)) return nullptr;
  const std::size_t employee = find_employee(v, current->value("employee_id", ""));
  const std::size_t period = find_period(v, current->value("period_id", ""));
  if (employee != kTidakAda && period != kTidakAda) locked = check_open_period(v, employee, period);
  return current;
}

}  // namespace kinerja
