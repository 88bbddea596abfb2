// Pengaturan › Kunci saya (web/screens/kunci_saya.cpp).
#pragma once
#include "web/app_state.hpp"

#include <nlohmann/json.hpp>

namespace kinerja::web {

void draw_kunci_saya(const AppState&, Actions&);
nlohmann::json kunci_saya_test_state(const AppState&);

}  // namespace kinerja::web
