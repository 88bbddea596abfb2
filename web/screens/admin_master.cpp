// Admin › master (being built).
#include "web/screens/admin_parts.hpp"
#include "web/widgets.hpp"

namespace kinerja::web {

void draw_admin_master(const AppState&, Actions&) {}

nlohmann::json admin_master_test_state(const AppState& state) { return {{"section", state.admin_ui.master.section}}; }

} // namespace kinerja::web
