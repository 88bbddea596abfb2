// Admin › master data (units, employees, raters per period, indicator library,
// SKP templates, periods and locks, CKO per unit, CSV import): selection and drafts.
#pragma once
#include <string>

namespace kinerja::web {

struct AdminMasterUi {
  std::string section;  // which editor is open
  bool operator==(const AdminMasterUi&) const = default;
};

} // namespace kinerja::web
