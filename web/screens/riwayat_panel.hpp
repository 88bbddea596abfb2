// Riwayat: a button beside a record that opens its history (who, when, what
// changed, signature valid or not), offered only to those the core lets see it.
#pragma once
#include "web/app_state.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace kinerja::web {

// `viewer`: Peran::admin, or Peran::pegawai with the viewer's NIP (an employee, or a penilai).
void riwayat_button(const AppState&, Actions&, std::string_view collection, std::string_view record_id, Peran viewer,
                    std::string_view viewer_nip, const std::string& title);
void draw_riwayat_panel(const AppState&, Actions&);
nlohmann::json riwayat_test_state(const AppState&);

}  // namespace kinerja::web
