// Admin › consolidation, calibration, keberatan, evaluation document, publishing:
// selection and drafts.
#pragma once
#include <string>

namespace kinerja::web {

struct AdminFlowUi {
  std::string section;  // which part is open: "" (konsolidasi), "kalibrasi", "keberatan", "lembar", "terbitkan"

  // Kalibrasi: the unit looked at ("" = the first listed), the employee being calibrated and the draft.
  std::string unit_id;
  std::string kalibrasi_employee_id;
  int kalibrasi_predikat = 0;  // Predikat value chosen (0 = none yet)
  std::string kalibrasi_note;
  std::string kalibrasi_error;  // why the last save was refused, in the user's language

  // Keberatan: the evaluation being decided and the draft decision.
  std::string keberatan_evaluation_id;
  int keberatan_decision = 0;   // KeputusanKeberatan value (0 = none yet)
  int keberatan_predikat = 0;   // Predikat value for predikat_akhir (0 = none)
  std::string keberatan_note;
  std::string keberatan_error;

  // Lembar evaluasi: the search text and the employee whose document was opened last.
  std::string search;
  std::string doc_employee_id;

  // Terbitkan: the admin's approval of the figures shown.
  bool approved = false;

  std::string done;  // the last thing saved, in the user's language

  bool operator==(const AdminFlowUi&) const = default;
};

} // namespace kinerja::web
