// What the Admin screen remembers between frames: the tab, the period, and
// each part's own selection and drafts (admin_master_ui.hpp: master data
// editors and CSV import; admin_flow_ui.hpp: consolidation, calibration,
// keberatan, the evaluation document and publishing).
#pragma once
#include "web/screens/admin_flow_ui.hpp"
#include "web/screens/admin_master_ui.hpp"
#include "core/trust/key_request.hpp"

#include <string>
#include <vector>

namespace kinerja::web {

// Admin › Kunci: key requests opened from files, waiting for a decision, and
// the root key typed for one approval (cleared after it).
struct AdminKunciUi {
  std::vector<trust::KeyRequest> requests;
  std::string root_hex;
  std::string search;       // NIP or name: which registered keys to list
  std::string error, done;  // the last decision's outcome
  bool operator==(const AdminKunciUi&) const = default;
};

// Admin › Layanan: one service unit's data in one period, and one day's
// register total being typed.
struct AdminLayananUi {
  std::string unit_id;    // "" = none chosen yet
  std::string period_id;  // "" = the current period
  std::string tanggal, layanan, jumlah;
  std::string kiriman;    // a citizen's pasted message
  std::string error, done;                  // the last day's total saved or refused
  std::string kiriman_error, kiriman_done;  // the last submission recorded or refused
  bool operator==(const AdminLayananUi&) const = default;
};

struct AdminUi {
  std::string tab;        // "" = the overview
  std::string period_id;  // "" = the current period
  AdminMasterUi master;
  AdminFlowUi flow;
  AdminKunciUi kunci;
  AdminLayananUi layanan;
  bool operator==(const AdminUi&) const = default;
};

} // namespace kinerja::web
