// Dear ImGui's text and field calls, also told to the accessibility mirror.
// ImGui's test hooks see widgets with an id but not plain text, nor a field's
// content: screens call these instead of ImGui::Text… / InputText… /
// RadioButton, so a screen reader hears every line the screen shows, every
// field's value and which radio buttons belong to a choice. Same signatures
// as Dear ImGui's; the layering test forbids the ImGui originals in screens.
#pragma once
#include "web/widget_registry.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <string>
#include <string_view>
#include <utility>

namespace kinerja::web::a11y {

void Text(const char* fmt, ...) IM_FMTARGS(1);
void TextUnformatted(const char* text, const char* text_end = nullptr);
void TextWrapped(const char* fmt, ...) IM_FMTARGS(1);
void TextColored(const ImVec4& colour, const char* fmt, ...) IM_FMTARGS(2);
void TextDisabled(const char* fmt, ...) IM_FMTARGS(1);
void BulletText(const char* fmt, ...) IM_FMTARGS(1);
void LabelText(const char* label, const char* fmt, ...) IM_FMTARGS(2);

bool RadioButton(const char* label, bool active);
bool RadioButton(const char* label, int* v, int v_button);

namespace detail {
inline std::string_view text_of(const std::string* s) { return s ? std::string_view(*s) : std::string_view(); }
inline std::string_view text_of(const char* s) { return s ? std::string_view(s) : std::string_view(); }
inline std::string_view text_of(char* s) { return text_of(static_cast<const char*>(s)); }
} // namespace detail

template <class Buffer, class... Rest>
bool InputText(const char* label, Buffer buffer, Rest&&... rest) {
  const bool changed = ImGui::InputText(label, buffer, std::forward<Rest>(rest)...);
  widget_registry::note_last_item(widget_registry::Role::textbox, detail::text_of(buffer));
  return changed;
}

template <class Buffer, class... Rest>
bool InputTextWithHint(const char* label, const char* hint, Buffer buffer, Rest&&... rest) {
  const bool changed = ImGui::InputTextWithHint(label, hint, buffer, std::forward<Rest>(rest)...);
  widget_registry::note_last_item(widget_registry::Role::textbox, detail::text_of(buffer), hint ? hint : "");
  return changed;
}

template <class Buffer, class... Rest>
bool InputTextMultiline(const char* label, Buffer buffer, Rest&&... rest) {
  const bool changed = ImGui::InputTextMultiline(label, buffer, std::forward<Rest>(rest)...);
  widget_registry::note_last_item(widget_registry::Role::multiline, detail::text_of(buffer));
  return changed;
}

} // namespace kinerja::web::a11y
