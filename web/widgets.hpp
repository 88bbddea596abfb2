// Small shared widgets so every screen looks and speaks the same way.
#pragma once
#include "web/app_state.hpp"

namespace kinerja::web::widgets {

// A heading in the bold face, larger than body text.
void heading(const char* text);
// Wrapped body text (never clipped on a phone).
void paragraph(const char* text);
// A soft box holding one explanatory line, e.g. that assessment serves development.
void note_box(const char* id, const char* text);
// A button sized for fingers; returns true when pressed. `label` may carry "##id".
bool big_button(const char* label);
// A big button whose text is tr(key) and whose stable id is the key itself
// ("Kembali##action.back_publik"), so tests find it in any language.
bool action_button(Lang lang, const char* key);
// Place the next item on the same line when it fits, else wrap (phone widths).
void same_line_if_fits(float next_width);

} // namespace kinerja::web::widgets
