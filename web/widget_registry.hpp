// Every widget and every line of text of the last frame, with its label,
// role and rectangle, collected through Dear ImGui's test-engine hooks (and,
// for text, which those hooks do not see, through web/a11y_text.hpp).
// Browser tests click and type on named widgets through it, the on-screen
// keyboard asks it whether a tap landed on a text field, and the page builds
// from it the accessibility mirror a screen reader reads (shell/a11y.js).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace kinerja::web::widget_registry {

// What a screen reader calls the thing (WAI-ARIA roles).
enum class Role : std::uint8_t {
  automatic,  // from Dear ImGui's status flags: textbox, checkbox, expandable button, or button
  button, textbox, multiline, checkbox, radio, combobox, option,
  title,      // the application's name (heading level 1)
  heading,    // a section's heading (level 2)
  text, status, alert,
};

void begin_frame();  // call before ImGui::NewFrame(): starts the next frame's list
void end_frame();    // call after ImGui::Render(): the list becomes "the last frame"

// The last item (a widget with an id) is a `role`, showing `value` (a text
// field's content, a combo's choice) with `hint` as its placeholder.
void note_last_item(Role role, std::string_view value = {}, std::string_view hint = {});
// The last item is a choice that is (or is not) the one chosen (Dear ImGui's
// radio buttons do not say so to the hooks).
void note_last_checked(bool checked);
// A line of text just drawn (the last item, without an id), in the current
// text colour on the current window's background (the mirror's tests check
// their contrast), or in the colours given (`fg`, `bg`: IM_COL32 values).
void add_text(std::string_view text, Role role = Role::text, std::uint32_t fg = 0, std::uint32_t bg = 0);
// The last text added is in fact a `role` (a heading, an error).
void mark_last_text(Role role);
// The screen's scrolling region: call right after it begins. Applies a
// scroll the page asked for (scroll_screen) and remembers how far it can go.
void note_screen_region();

// Whether the point (physical pixels) is inside a text-inputable widget of the last frame.
bool is_text_field_at(float x, float y);

// The last frame's widgets as JSON, in CSS pixels (divided by `scale`):
// [{"id":"nav.publik","text":"Publik","window":"...","x":..,"y":..,"w":..,"h":..,
//   "inputable":false,"checked":null,"visible":true}, ...]
// `id` is the part after "##" in the label (stable across languages), else the text.
std::string last_frame_json(float scale);

// The last frame for the accessibility mirror, in reading order, CSS pixels:
// {"focus": uid of the keyboard focus or 0, "scroll": {"y","max"},
//  "items": [{"uid","id","role","name","value","hint","checked","expanded","disabled",
//             "layer": "top"|"screen"|"dialog", "x","y","w","h",
//             "contrast": text's WCAG contrast on its background}, ...]}
std::string accessibility_json(float scale);

// Requests from the mirror, carried out during the next frame.
void request_focus(std::uint32_t uid, bool activate);  // keyboard focus (and Space) on a widget
void scroll_screen(int direction);  // +1: a page further down, -1: a page back up

} // namespace kinerja::web::widget_registry
