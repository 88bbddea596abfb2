#include "core/view/pegawai_profil.hpp"

#include <algorithm>
#include <cctype>

namespace kinerja {

PenilaiPegawai penilai_dari(const Store& store, const CityView& v, std::size_t employee, std::size_t period) {
  PenilaiPegawai out;
  if (employee >= v.bundle.employees.size() || period >= v.bundle.periods.size()) return out;
  const std::string& emp_id = v.bundle.employees[employee].meta.id;
  const std::string& per_id = v.bundle.periods[period].meta.id;
  for (const Assignment& a : v.bundle.assignments) {
    if (a.employee_id != emp_id || a.period_id != per_id || a.penilai_id.empty()) continue;
    out.ada = true;
    out.penilai_id = a.penilai_id;
    out.kind = a.kind;
    break;
  }
  // On an employee's device the rater is only a partial record, which the
  // typed view may leave out together with the assignment naming it: look
  // among the left-out assignments (few) in the store.
  for (std::size_t i = 0; !out.ada && i < v.left_out.size(); ++i) {
    if (v.left_out[i].collection != "assignments") continue;
    const auto* rec = find_record(store, "assignments", v.left_out[i].id);
    if (!rec || record_deleted(*rec) || rec->value("employee_id", std::string()) != emp_id ||
        rec->value("period_id", std::string()) != per_id || rec->value("penilai_id", std::string()).empty())
      continue;
    out.ada = true;
    out.penilai_id = rec->value("penilai_id", std::string());
    out.kind = parse_assignment_kind(rec->value("kind", std::string())).value_or(AssignmentKind::invalid);
  }
  if (!out.ada) return out;
  const std::size_t typed = find_employee(v, out.penilai_id);
  if (typed != kTidakAda) {
    const Employee& e = v.bundle.employees[typed];
    out.nama = e.name;
    out.nip = e.nip;
    out.jabatan = e.jabatan;
  } else if (const auto* rec = find_record(store, "employees", out.penilai_id); rec && !record_deleted(*rec)) {
    out.nama = rec->value("name", std::string());
    out.nip = rec->value("nip", std::string());
    out.jabatan = rec->value("jabatan", std::string());
  }
  return out;
}

} // namespace kinerja
