#include "web/screens/screen_common.hpp"

#include "web/i18n.hpp"
#include "web/widgets.hpp"

#include <imgui.h>

#include <cstdio>

namespace kinerja::web {

void screen_intro(const AppState& state, const char* title_key, const char* body_key) {
  widgets::heading(tr(state.lang, title_key));
  widgets::paragraph(tr(state.lang, body_key));
}

void screen_guide(const AppState& state, const char* id, const char* body_key) {
  char label[96];
  std::snprintf(label, sizeof label, "%s##%s", tr(state.lang, "guide.title"), id);
  if (ImGui::CollapsingHeader(label)) {
    widgets::paragraph(tr(state.lang, body_key));
    widgets::paragraph(tr(state.lang, "guide.ratings"));
    widgets::note_box("guide.purpose", tr(state.lang, "guide.development"));
  }
}

} // namespace kinerja::web
