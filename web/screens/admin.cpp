// The admin workspace (#/admin).
#include "web/screens/screen_common.hpp"
#include "web/i18n.hpp"
#include "web/ui.hpp"
#include "web/widgets.hpp"

#include <imgui.h>

namespace kinerja::web {

void draw_admin(const AppState& state, Actions& actions) {
  screen_intro(state, "admin.title", "admin.body");
  screen_guide(state, "guide.admin", "guide.admin");
  widgets::note_box("admin.publish", tr(state.lang, "admin.publish"));
  draw_data_panel(state, actions);
}

} // namespace kinerja::web

namespace kinerja::web {

nlohmann::json admin_test_state(const AppState& state) {
  return {{"ui", nlohmann::json::object()}, {"route_shown", state.route == Route::admin}};
}

} // namespace kinerja::web
