#include "web/a11y_text.hpp"

#include <cstdarg>
#include <cstdio>

namespace kinerja::web::a11y {
namespace {

std::string format(const char* fmt, va_list args) {
  va_list copy;
  va_copy(copy, args);
  const int n = std::vsnprintf(nullptr, 0, fmt, copy);
  va_end(copy);
  if (n <= 0) return {};
  std::string out(static_cast<std::size_t>(n) + 1, '\0');
  std::vsnprintf(out.data(), out.size(), fmt, args);
  out.resize(static_cast<std::size_t>(n));
  return out;
}

void told(std::string_view text) { widget_registry::add_text(text); }

} // namespace

void Text(const char* fmt, ...) {
  va_list args;
  va_start(args, fmt);
  const std::string s = format(fmt, args);
  va_end(args);
  ImGui::TextUnformatted(s.c_str(), s.c_str() + s.size());
  told(s);
}

void TextUnformatted(const char* text, const char* text_end) {
  ImGui::TextUnformatted(text, text_end);
  if (text) told(text_end ? std::string_view(text, static_cast<std::size_t>(text_end - text)) : std::string_view(text));
}

void TextWrapped(const char* fmt, ...) {
  va_list args;
  va_start(args, fmt);
  const std::string s = format(fmt, args);
  va_end(args);
  ImGui::TextWrapped("%s", s.c_str());
  told(s);
}

void TextColored(const ImVec4& colour, const char* fmt, ...) {
  va_list args;
  va_start(args, fmt);
  const std::string s = format(fmt, args);
  va_end(args);
  ImGui::TextColored(colour, "%s", s.c_str());
  told(s);
}

void TextDisabled(const char* fmt, ...) {
  va_list args;
  va_start(args, fmt);
  const std::string s = format(fmt, args);
  va_end(args);
  ImGui::TextDisabled("%s", s.c_str());
  told(s);
}

void BulletText(const char* fmt, ...) {
  va_list args;
  va_start(args, fmt);
  const std::string s = format(fmt, args);
  va_end(args);
  ImGui::BulletText("%s", s.c_str());
  told(s);
}

void LabelText(const char* label, const char* fmt, ...) {
  va_list args;
  va_start(args, fmt);
  const std::string s = format(fmt, args);
  va_end(args);
  ImGui::LabelText(label, "%s", s.c_str());
  std::string_view shown_label = label;
  shown_label = shown_label.substr(0, shown_label.find("##"));
  std::string line(shown_label);
  if (!line.empty()) line += ": ";
  line += s;
  told(line);
}

bool RadioButton(const char* label, bool active) {
  const bool pressed = ImGui::RadioButton(label, active);
  widget_registry::note_last_item(widget_registry::Role::radio);
  widget_registry::note_last_checked(active);
  return pressed;
}

bool RadioButton(const char* label, int* v, int v_button) {
  const bool pressed = ImGui::RadioButton(label, v, v_button);
  widget_registry::note_last_item(widget_registry::Role::radio);
  widget_registry::note_last_checked(*v == v_button);
  return pressed;
}

} // namespace kinerja::web::a11y
