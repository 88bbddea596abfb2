// Applying what the screens asked for: the only place AppState changes in
// response to the user. Storage and the page go through web/platform.hpp.
#pragma once
#include "web/app_state.hpp"

#include <string>

namespace kinerja::web {

// Reads settings from storage (already loaded from IndexedDB) into a fresh state.
AppState make_initial_state(std::string_view location_hash);

void apply(AppState& state, const Actions& actions);

// Route, language, device name and save state as JSON, for browser tests.
std::string state_summary_json(const AppState& state);

// Events from the page (web/platform_web.cpp forwards them here).
void on_location_hash(AppState& state, std::string_view hash);  // back/forward or a typed URL
void on_page_resize(AppState& state, float css_width, float css_height, float dpr);
void on_saved(AppState& state, bool ok, std::string_view error);
void on_persist_answer(AppState& state, bool persisted);

} // namespace kinerja::web
