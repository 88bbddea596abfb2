// The publik workspace (#/publik).
#include "web/screens/screen_common.hpp"
#include "web/i18n.hpp"
#include "web/ui.hpp"
#include "web/widgets.hpp"

#include <imgui.h>

namespace kinerja::web {

void draw_publik(const AppState& state, Actions& actions) {
  screen_intro(state, "publik.title", "publik.body");
  screen_guide(state, "guide.publik", "guide.publik");
  widgets::note_box("publik.privacy", tr(state.lang, "publik.privacy"));
  widgets::paragraph(tr(state.lang, "publik.roles"));
  if (widgets::action_button(state.lang, "publik.go_pegawai")) actions.navigate = Route::pegawai;
  widgets::same_line_if_fits(ImGui::CalcTextSize(tr(state.lang, "publik.go_kiosk")).x + 60);
  if (widgets::action_button(state.lang, "publik.go_kiosk")) actions.navigate = Route::kiosk;
}

} // namespace kinerja::web

namespace kinerja::web {

nlohmann::json publik_test_state(const AppState& state) {
  return {{"ui", nlohmann::json::object()}, {"route_shown", state.route == Route::publik}};
}

} // namespace kinerja::web
