// The parts of the Admin screen, each in its own file.
#pragma once
#include "web/app_state.hpp"

#include <nlohmann/json.hpp>

namespace kinerja::web {

// Master data editors and CSV import (web/screens/admin_master.cpp).
void draw_admin_master(const AppState&, Actions&);
nlohmann::json admin_master_test_state(const AppState&);

// Consolidation, calibration, keberatan, evaluation document, publishing
// (web/screens/admin_flow.cpp).
void draw_admin_flow(const AppState&, Actions&);
nlohmann::json admin_flow_test_state(const AppState&);

// Key requests and registered keys (web/screens/admin_kunci.cpp).
void draw_admin_kunci(const AppState&, Actions&);

// A service unit's data and what is measured from it (web/screens/admin_layanan.cpp).
void draw_admin_layanan(const AppState&, Actions&);
nlohmann::json admin_layanan_test_state(const AppState&);
nlohmann::json admin_kunci_test_state(const AppState&);

} // namespace kinerja::web
