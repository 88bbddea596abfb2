// The application's frame: theme, fonts, the top bar and the current screen.
#pragma once
#include "web/app_state.hpp"

#include <nlohmann/json.hpp>

namespace kinerja::web {

// Fonts and sizes for the device pixel ratio (the UI is drawn in physical pixels).
void apply_theme(float dpr);

void draw_app(const AppState& state, Actions& actions);

// The settings panel under the top bar (web/screens/settings_panel.cpp).
void draw_settings_panel(const AppState&, Actions&);

// Data & files (web/screens/data_panel.cpp) and the import preview.
void draw_data_panel(const AppState&, Actions&);
void draw_import_preview(const AppState&, Actions&);

// One free function per screen (web/screens/<name>.cpp).
void draw_publik(const AppState&, Actions&);
void draw_pegawai(const AppState&, Actions&);
void draw_penilai(const AppState&, Actions&);
void draw_admin(const AppState&, Actions&);
void draw_kiosk(const AppState&, Actions&);

// What each screen shows, as JSON facts for browser tests (in its own file).
nlohmann::json publik_test_state(const AppState&);
nlohmann::json pegawai_test_state(const AppState&);
nlohmann::json penilai_test_state(const AppState&);
nlohmann::json admin_test_state(const AppState&);
nlohmann::json kiosk_test_state(const AppState&);

} // namespace kinerja::web
