// Internal to the Kiosk screen (web/screens/kiosk*.cpp): the officer's set-up
// and the citizen's pages, plus the touch-sized pieces they share.
#pragma once
#include "web/app_state.hpp"
#include "web/widgets.hpp"

#include <imgui.h>

#include <cstdint>
#include <string>

namespace kinerja::web::kiosk {

// A citizen is idle this long (no tap) → the kiosk resets for the next one.
inline constexpr std::int64_t kIdleResetMs = 90'000;
// The thank-you page returns to the start after this long.
inline constexpr std::int64_t kThanksMs = 8'000;

// Physical pixels for `css` CSS pixels (the UI is laid out in physical pixels).
inline float px(const AppState& s, float css) { return css * s.viewport.dpr; }

// A centred column at most `max_css` CSS px wide: begin() indents and sets the
// wrap position, end() undoes it. `width` is the column's width in physical px.
struct Column {
  float width = 0;
  float indent = 0;
  float right = 0;  // screen x of the column's right edge
  // Same line as the last item when an item `w` wide still fits in the column.
  void same_line_if_fits(float w) const;
  void begin(const AppState& s, float max_css);
  void end() const;
};

// A full-width touch button (at least 48 CSS px tall) in the body font;
// `selected` draws it filled with `accent`. `label` carries "##id".
bool touch_button(const AppState& s, const char* label, float width, float height_css, bool selected,
                  ImU32 accent = IM_COL32(40, 110, 80, 255));

// `text` with line breaks at spaces so each line fits `width` in the current font.
std::string wrap_words(const std::string& text, float width);

// A one-line message box: red for a refusal, green for good news.
void message_box(const char* id, const char* text, bool error, float width = 0);
// A soft blue note (as widgets::note_box) `width` wide, to stay inside a Column.
void note_in(const char* id, const char* text, float width);


// The big bold face (the heading font), for questions and answers.
void push_big();
void pop_big();

// The new KioskUi for the next citizen: the set-up kept, the rest fresh.
KioskUi next_citizen(const KioskUi& ui);

// Pages.
void draw_setup(const AppState&, Actions&);
void draw_start(const AppState&, Actions&);
void draw_skm(const AppState&, Actions&);
void draw_complaint(const AppState&, Actions&);
void draw_thanks(const AppState&, Actions&);

// Hands a changed KioskUi to the app, stamping the citizen's last activity.
void commit(const AppState& s, Actions& a, KioskUi ui);

} // namespace kinerja::web::kiosk
