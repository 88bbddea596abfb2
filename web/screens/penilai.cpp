// The penilai workspace (#/penilai).
#include "web/screens/screen_common.hpp"
#include "web/i18n.hpp"
#include "web/ui.hpp"
#include "web/widgets.hpp"

#include <imgui.h>

namespace kinerja::web {

void draw_penilai(const AppState& state, Actions& actions) {
  screen_intro(state, "penilai.title", "penilai.body");
  screen_guide(state, "guide.penilai", "guide.penilai");
  widgets::note_box("penilai.fair", tr(state.lang, "penilai.fair"));
  if (widgets::action_button(state.lang, "action.back_publik")) actions.navigate = Route::publik;
}

} // namespace kinerja::web

namespace kinerja::web {

nlohmann::json penilai_test_state(const AppState& state) {
  return {{"ui", nlohmann::json::object()}, {"route_shown", state.route == Route::penilai}};
}

} // namespace kinerja::web
