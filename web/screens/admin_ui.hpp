// What the Admin screen remembers between frames: the tab, the period, and
// each part's own selection and drafts (admin_master_ui.hpp: master data
// editors and CSV import; admin_flow_ui.hpp: consolidation, calibration,
// keberatan, the evaluation document and publishing).
#pragma once
#include "web/screens/admin_flow_ui.hpp"
#include "web/screens/admin_master_ui.hpp"

#include <string>

namespace kinerja::web {

struct AdminUi {
  std::string tab;        // "" = the overview
  std::string period_id;  // "" = the current period
  AdminMasterUi master;
  AdminFlowUi flow;
  bool operator==(const AdminUi&) const = default;
};

} // namespace kinerja::web
