// Pengaturan (settings): language, this device's name, and what the browser
// said about keeping our storage. Opens under the top bar on every screen.
#include "web/a11y_text.hpp"
#include "web/data_actions.hpp"
#include "web/i18n.hpp"
#include "web/screens/kunci_saya.hpp"
#include "web/settings.hpp"
#include "web/ui.hpp"
#include "web/widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <cmath>
#include <cstdio>
#include <iterator>
#include <string>
#include <string_view>

namespace kinerja::web {

void draw_settings_panel(const AppState& state, Actions& actions) {
  ImGui::BeginChild("settings.panel", ImVec2(0, 0),
                    ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding | ImGuiChildFlags_Border);
  widgets::heading(tr(state.lang, "settings.title"));

  a11y::TextUnformatted(tr(state.lang, "nav.language"));
  if (a11y::RadioButton("Bahasa Indonesia##settings.lang.id", state.lang == Lang::id)) actions.set_lang = Lang::id;
  ImGui::SameLine();
  if (a11y::RadioButton("English##settings.lang.en", state.lang == Lang::en)) actions.set_lang = Lang::en;

  // Text size for low vision, beside the language: the whole interface
  // grows, and wide screens reflow into their narrow form.
  const int current = static_cast<int>(std::lround(state.viewport.text_scale * 100));
  char preview[16];
  std::snprintf(preview, sizeof preview, "%d %%", current);
  const char* size_label = tr(state.lang, "settings.text_size");
  const float gap = ImGui::GetFontSize() * 2;
  const float need = gap + ImGui::CalcTextSize(size_label).x + ImGui::GetFontSize() * 7;
  if (ImGui::GetItemRectMax().x + need <= ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x)
    ImGui::SameLine(0, gap);
  ImGui::AlignTextToFramePadding();
  a11y::TextUnformatted(size_label);
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6);
  if (widgets::begin_combo("##settings.text_size", preview)) {
    for (int size : kTextSizes) {
      char item[48];
      std::snprintf(item, sizeof item, "%d %%##settings.text_size.%d", size, size);
      if (ImGui::Selectable(item, size == current)) actions.set_text_size = size;
    }
    ImGui::EndCombo();
  }

  a11y::TextUnformatted(tr(state.lang, "settings.device_name"));
  std::string draft = state.device_name;
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 18);
  if (a11y::InputTextWithHint("##settings.device_name", tr(state.lang, "settings.device_hint"), &draft))
    actions.set_device_name = draft;
  widgets::hint(tr(state.lang, "settings.device_help"));

  a11y::TextUnformatted(tr(state.lang, "settings.storage"));
  const char* storage_key = !state.storage_persisted ? "storage.asking"
                            : *state.storage_persisted ? "storage.persisted"
                                                       : "storage.not_persisted";
  widgets::paragraph(tr(state.lang, storage_key));

  a11y::TextUnformatted(tr(state.lang, "settings.city_key"));
  if (state.city_key.anchor) {
    widgets::paragraph(state.city_key.anchor->label.c_str());
    a11y::TextUnformatted(city_key_fingerprint(state).c_str());
    if (state.city_key.anchor->demo) widgets::error_text(tr(state.lang, "settings.city_key_demo"));
    widgets::hint(tr(state.lang, "settings.city_key_help"));
  } else {
    widgets::error_text(state.city_key.error.c_str());
  }

  draw_kunci_saya(state, actions);

  a11y::TextUnformatted(tr(state.lang, "settings.data"));
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
      // Escape is "no", as in any dialog (Dear ImGui leaves modals open on Escape).
      if (widgets::action_button(state.lang, "settings.confirm_no") || ImGui::IsKeyPressed(ImGuiKey_Escape, false))
        ImGui::CloseCurrentPopup();
      ImGui::EndPopup();
    }
  }

  if (widgets::action_button(state.lang, "settings.close")) actions.toggle_settings = true;
  ImGui::EndChild();
}

} // namespace kinerja::web
