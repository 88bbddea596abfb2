// The parts every screen shares: its heading, what it is for, and its guide.
#pragma once
#include "web/app_state.hpp"

namespace kinerja::web {

// Heading + one paragraph saying what this screen is for, in plain words.
void screen_intro(const AppState& state, const char* title_key, const char* body_key);

// "Panduan" (guide): a section that opens in place, one click from every screen.
// `id` keeps it addressable in tests ("guide.publik"); `body_key` is the role's text.
void screen_guide(const AppState& state, const char* id, const char* body_key);

} // namespace kinerja::web
