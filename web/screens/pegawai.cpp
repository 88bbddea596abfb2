// The pegawai workspace (#/pegawai).
#include "web/screens/screen_common.hpp"
#include "web/i18n.hpp"
#include "web/ui.hpp"
#include "web/widgets.hpp"

#include <imgui.h>

namespace kinerja::web {

void draw_pegawai(const AppState& state, Actions& actions) {
  screen_intro(state, "pegawai.title", "pegawai.body");
  screen_guide(state, "guide.pegawai", "guide.pegawai");
  widgets::note_box("pegawai.offline", tr(state.lang, "pegawai.offline"));
  if (widgets::action_button(state.lang, "action.back_publik")) actions.navigate = Route::publik;
}

} // namespace kinerja::web

namespace kinerja::web {

nlohmann::json pegawai_test_state(const AppState& state) {
  return {{"ui", nlohmann::json::object()}, {"route_shown", state.route == Route::pegawai}};
}

} // namespace kinerja::web
