// Admin › master data (units, employees, raters per period, indicator library,
// SKP templates, periods and locks, CKO per unit, CSV import): selection and drafts.
#pragma once
#include <map>
#include <string>

namespace kinerja::web {

struct AdminMasterUi {
  std::string section;   // which editor is open: units (""), employees, raters, indicators, templates, periods, cko, csv
  std::string selected;  // id of the record in the form; "" = none; kNewRecord = a new one
  std::map<std::string, std::string> draft;  // the form's fields as typed (booleans "1"/"0")
  std::string search;    // employee table search (name / NIP / jabatan / unit)
  std::string pick_search;  // the searchable pick (penilai, atasan, template owner)
  std::string pick_for;     // raters: "penilai" | "atasan" — which role the pick fills
  std::string period_id;    // raters and CKO: the chosen period ("" = the latest)
  std::string unit_id;      // raters: the chosen unit ("" = the first)
  bool by_jabatan = true;   // templates: same jabatan (true) or same unit
  std::string message;      // the result of the last save / bulk step, in the user's language
  bool message_is_error = false;
  bool operator==(const AdminMasterUi&) const = default;
};

inline constexpr const char* kNewRecord = "+new";

} // namespace kinerja::web
