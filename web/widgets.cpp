#include "web/widgets.hpp"

#include "web/i18n.hpp"

#include <imgui.h>

#include <cstdio>

namespace kinerja::web::widgets {

void heading(const char* text) {
  ImGuiIO& io = ImGui::GetIO();
  ImGui::PushFont(io.Fonts->Fonts.Size > 1 ? io.Fonts->Fonts[1] : nullptr);
  ImGui::TextWrapped("%s", text);
  ImGui::PopFont();
}

void paragraph(const char* text) { ImGui::TextWrapped("%s", text); }

void note_box(const char* id, const char* text) {
  const ImGuiStyle& style = ImGui::GetStyle();
  ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(0.90f, 0.95f, 0.99f, 1.0f));
  ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, style.FrameRounding);
  ImGui::BeginChild(id, ImVec2(0, 0), ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding);
  ImGui::TextWrapped("%s", text);
  ImGui::EndChild();
  ImGui::PopStyleVar();
  ImGui::PopStyleColor();
}

bool big_button(const char* label) {
  const ImGuiStyle& style = ImGui::GetStyle();
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding,
                      ImVec2(style.FramePadding.x * 1.6f, style.FramePadding.y * 1.6f));
  bool pressed = ImGui::Button(label);
  ImGui::PopStyleVar();
  return pressed;
}

bool action_button(Lang lang, const char* key) {
  char label[192];
  std::snprintf(label, sizeof label, "%s##%s", tr(lang, key), key);
  return big_button(label);
}

void same_line_if_fits(float next_width) {
  float right = ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + next_width;
  if (right <= ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x) ImGui::SameLine();
}

} // namespace kinerja::web::widgets
