// The kiosk workspace (#/kiosk).
#include "web/screens/screen_common.hpp"
#include "web/i18n.hpp"
#include "web/ui.hpp"
#include "web/widgets.hpp"

#include <imgui.h>

namespace kinerja::web {

void draw_kiosk(const AppState& state, Actions& actions) {
  screen_intro(state, "kiosk.title", "kiosk.body");
  screen_guide(state, "guide.kiosk", "guide.kiosk");
  widgets::note_box("kiosk.anonymous", tr(state.lang, "kiosk.anonymous"));
  if (widgets::action_button(state.lang, "action.back_publik")) actions.navigate = Route::publik;
}

} // namespace kinerja::web

namespace kinerja::web {

nlohmann::json kiosk_test_state(const AppState& state) {
  return {{"ui", nlohmann::json::object()}, {"route_shown", state.route == Route::kiosk}};
}

} // namespace kinerja::web
