// Every widget of the last frame with its label and rectangle, collected
// through Dear ImGui's test-engine hooks. Browser tests click and type on
// named widgets through it, and the on-screen keyboard asks it whether a tap
// landed on a text field.
#pragma once
#include <string>

namespace kinerja::web::widget_registry {

void begin_frame();  // call before ImGui::NewFrame(): starts the next frame's list
void end_frame();    // call after ImGui::Render(): the list becomes "the last frame"

// Whether the point (physical pixels) is inside a text-inputable widget of the last frame.
bool is_text_field_at(float x, float y);

// The last frame's widgets as JSON, in CSS pixels (divided by `scale`):
// [{"id":"nav.publik","text":"Publik","window":"...","x":..,"y":..,"w":..,"h":..,
//   "inputable":false,"checked":null,"visible":true}, ...]
// `id` is the part after "##" in the label (stable across languages), else the text.
std::string last_frame_json(float scale);

} // namespace kinerja::web::widget_registry
