// The admin workspace (#/admin): five tabs — data & files (what is on this
// device, exports, imports, locks, conflicts), master data (admin_master.cpp),
// service data (admin_layanan.cpp), consolidation to publication
// (admin_flow.cpp) and keys (admin_kunci.cpp).
#include "web/screens/admin_parts.hpp"
#include "web/screens/screen_common.hpp"
#include "web/i18n.hpp"
#include "web/ui.hpp"
#include "web/widgets.hpp"

#include <imgui.h>

#include <cstdio>
#include <string_view>

namespace kinerja::web {

void draw_admin(const AppState& state, Actions& actions) {
  screen_intro(state, "admin.title", "admin.body");
  screen_guide(state, "guide.admin", "guide.admin");

  struct Tab { const char* id; const char* key; };
  constexpr Tab kTabs[] = {{"", "admin.tab.data"},   {"master", "admin.tab.master"},   {"layanan", "admin.tab.layanan"},
                           {"flow", "admin.tab.flow"}, {"kunci", "admin.tab.kunci"}};
  bool first = true;
  for (const auto& t : kTabs) {
    if (!first) widgets::same_line_if_fits(ImGui::CalcTextSize(tr(state.lang, t.key)).x + 40);
    first = false;
    const bool current = state.admin_ui.tab == t.id;
    if (current) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyle().Colors[ImGuiCol_ButtonActive]);
    if (widgets::action_button(state.lang, t.key) && !current) {
      ui_draft(actions.admin_ui, state.admin_ui).tab = t.id;
    }
    if (current) ImGui::PopStyleColor();
  }
  ImGui::Separator();
  const std::string_view tab = state.admin_ui.tab;
  if (tab == "master") draw_admin_master(state, actions);
  else if (tab == "flow") draw_admin_flow(state, actions);
  else if (tab == "kunci") draw_admin_kunci(state, actions);
  else if (tab == "layanan") draw_admin_layanan(state, actions);
  else {
    widgets::note_box("admin.publish", tr(state.lang, "admin.publish"));
    draw_data_panel(state, actions);
  }
}

nlohmann::json admin_test_state(const AppState& state) {
  return {{"tab", state.admin_ui.tab}, {"route_shown", state.route == Route::admin},
          {"master", admin_master_test_state(state)}, {"flow", admin_flow_test_state(state)},
          {"kunci", admin_kunci_test_state(state)}, {"layanan", admin_layanan_test_state(state)}};
}

} // namespace kinerja::web
