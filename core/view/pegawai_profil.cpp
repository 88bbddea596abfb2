#include "core/view/pegawai_profil.hpp"

#include <algorithm>
#include <cctype>

namespace kinerja {
namespace {

char fold(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

bool contains_folded(std::string_view hay, std::string_view needle) {
  if (needle.empty()) return true;
  if (needle.size() > hay.size()) return false;
  return std::search(hay.begin(), hay.end(), needle.begin(), needle.end(),
                     [](char a, char b) { return fold(a) == fold(b); }) != hay.end();
}

std::vector<std::string_view> words(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    std::size_t j = i;
    while (j < s.size() && !std::isspace(static_cast<unsigned char>(s[j]))) ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

} // namespace

bool cocok_pencarian(const Employee& e, std::string_view query) {
  const auto parts = words(query);
  if (parts.empty()) return true;
  std::string digits;
  bool only_digits = true;
  for (char c : query) {
    if (std::isdigit(static_cast<unsigned char>(c))) digits += c;
    else if (!std::isspace(static_cast<unsigned char>(c))) only_digits = false;
  }
  if (only_digits) return e.nip.find(digits) != std::string::npos;
  return std::all_of(parts.begin(), parts.end(), [&](std::string_view w) { return contains_folded(e.name, w); });
}

std::vector<std::size_t> cari_pegawai(const CityView& v, std::string_view query, std::size_t limit) {
  std::vector<std::size_t> out;
  const auto& employees = v.bundle.employees;
  for (std::size_t i = 0; i < employees.size(); ++i) {
    if (!cocok_pencarian(employees[i], query)) continue;
    out.push_back(i);
    if (limit != 0 && out.size() >= limit) break;
  }
  return out;
}

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
