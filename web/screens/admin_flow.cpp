// Admin › flow (being built).
#include "web/screens/admin_parts.hpp"
#include "web/widgets.hpp"

namespace kinerja::web {

void draw_admin_flow(const AppState&, Actions&) {}

nlohmann::json admin_flow_test_state(const AppState& state) { return {{"section", state.admin_ui.flow.section}}; }

} // namespace kinerja::web
