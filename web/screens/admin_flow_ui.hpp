// Admin › consolidation, calibration, keberatan, evaluation document, publishing:
// selection and drafts.
#pragma once
#include <string>

namespace kinerja::web {

struct AdminFlowUi {
  std::string section;  // which part is open
  bool operator==(const AdminFlowUi&) const = default;
};

} // namespace kinerja::web
