// Pengaturan (settings): language, this device's name, and what the browser
// said about keeping our storage. Opens under the top bar on every screen.
#include "web/data_actions.hpp"
#include "web/i18n.hpp"
#include "web/screens/kunci_saya.hpp"
#include "web/settings.hpp"
#include "web/ui.hpp"
#include "web/widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <cstdio>
#include <string>
#include <string_view>

namespace kinerja::web {

void draw_settings_panel(const AppState& state, Actions& actions) {
  ImGui::BeginChild("settings.panel", ImVec2(0, 0),
                    ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding | ImGuiChildFlags_Border);
  widgets::heading(tr(state.lang, "settings.title"));

  ImGui::TextUnformatted(tr(state.lang, "nav.language"));
  if (ImGui::RadioButton("Bahasa Indonesia##settings.lang.id", state.lang == Lang::id)) actions.set_lang = Lang::id;
  ImGui::SameLine();
  if (ImGui::RadioButton("English##settings.lang.en", state.lang == Lang::en)) actions.set_lang = Lang::en;

  ImGui::TextUnformatted(tr(state.lang, "settings.device_name"));
  std::string draft = state.device_name;
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 18);
  if (ImGui::InputTextWithHint("##settings.device_name", tr(state.lang, "settings.device_hint"), &draft))
    actions.set_device_name = draft;
  widgets::hint(tr(state.lang, "settings.device_help"));

  ImGui::TextUnformatted(tr(state.lang, "settings.storage"));
  const char* storage_key = !state.storage_persisted ? "storage.asking"
                            : *state.storage_persisted ? "storage.persisted"
                                                       : "storage.not_persisted";
  widgets::paragraph(tr(state.lang, storage_key));

  ImGui::TextUnformatted(tr(state.lang, "settings.city_key"));
  if (state.city_key.anchor) {
    widgets::paragraph(state.city_key.anchor->label.c_str());
    ImGui::TextUnformatted(city_key_fingerprint(state).c_str());
    if (state.city_key.anchor->demo) widgets::error_text(tr(state.lang, "settings.city_key_demo"));
    widgets::hint(tr(state.lang, "settings.city_key_help"));
  } else {
    widgets::error_text(state.city_key.error.c_str());
  }

  draw_kunci_saya(state, actions);

  ImGui::TextUnformatted(tr(state.lang, "settings.data"));
  if (widgets::action_button(state.lang, "settings.reset_demo")) ImGui::OpenPopup("confirm.reset_demo");
  ImGui::SameLine();
  if (widgets::action_button(state.lang, "settings.start_empty")) ImGui::OpenPopup("confirm.start_empty");
  for (const char* which : {"reset_demo", "start_empty"}) {
    char popup[64];
    std::snprintf(popup, sizeof popup, "confirm.%s", which);
    if (ImGui::BeginPopupModal(popup, nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoTitleBar)) {
      ImGui::PushTextWrapPos(ImGui::GetFontSize() * 22);
      widgets::paragraph(tr(state.lang, "settings.confirm_replace"));
      ImGui::PopTextWrapPos();
      if (widgets::action_button(state.lang, "settings.confirm_yes")) {
        if (std::string_view(which) == "reset_demo") actions.reset_demo = true;
        else actions.start_empty = true;
        ImGui::CloseCurrentPopup();
      }
      ImGui::SameLine();
      if (widgets::action_button(state.lang, "settings.confirm_no")) ImGui::CloseCurrentPopup();
      ImGui::EndPopup();
    }
  }

  if (widgets::action_button(state.lang, "settings.close")) actions.toggle_settings = true;
  ImGui::EndChild();
}

} // namespace kinerja::web
