// Admin › Kunci: BKPSDM decides on key requests ("Kunci saya" files opened
// through the import) with the city's root key — the demo's is used in the
// demo city, a real city's is typed in for one approval and never stored —
// and revokes registered keys (a lost phone). Every decision is a core
// operation (core/workflow/kunci); the registrations travel in exports.
#include "web/a11y_text.hpp"
#include "web/screens/admin_parts.hpp"

#include "core/trust/demo_keys.hpp"
#include "core/workflow/kunci.hpp"
#include "web/format.hpp"
#include "web/i18n.hpp"
#include "web/widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <string>

namespace kinerja::web {

namespace {

std::string error_text_of(Lang lang, const ValidationError& e) {
  return format_error(e, lang == Lang::id ? ErrorLanguage::id : ErrorLanguage::en);
}

// The root key for one decision, or why there is none.
std::optional<crypto::KeyPair> root_key(const AppState& state, std::string& why) {
  if (state.city_key.anchor && state.city_key.anchor->demo) return trust::demo_root();
  const auto seed = crypto::from_hex<32>(state.admin_ui.kunci.root_hex);
  if (!seed) {
    why = tr(state.lang, "admin.kunci.root_bad");
    return std::nullopt;
  }
  return crypto::keypair_from_seed(*seed);
}

// Applies a decision: pushes its records, or shows why it was refused.
void decide(const AppState& state, Actions& actions, const OperationResult& r, const char* done_key) {
  AdminKunciUi& ui = ui_draft(actions.admin_ui, state.admin_ui).kunci;
  ui.root_hex.clear();
  if (!r.ok()) {
    ui.error = error_text_of(state.lang, r.errors.front());
    ui.done.clear();
    return;
  }
  actions.push(r, "admin");
  ui.error.clear();
  ui.done = tr(state.lang, done_key);
}

void draw_request(const AppState& state, Actions& actions, std::size_t i) {
  const Lang lang = state.lang;
  const trust::KeyRequest& r = state.admin_ui.kunci.requests[i];
  const std::string id = crypto::to_hex(r.public_key).substr(0, 12);
  ImGui::PushID(id.c_str());
  ImGui::BeginChild("admin.kunci.request", ImVec2(0, 0),
                    ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding | ImGuiChildFlags_Border);
  const std::string head = std::string(tr(lang, "admin.kunci.request")) + " " + r.name + " — " +
                           (r.peran == Peran::admin   ? std::string("admin BKPSDM")
                            : r.peran == Peran::kiosk ? std::string(tr(lang, "admin.kunci.kiosk")) + " " + r.unit_id
                                                      : "NIP " + r.nip);
  widgets::paragraph(head.c_str());
  const std::string detail = r.device + ", " + format_datetime_wita(lang, r.created) + " · " +
                             tr(lang, "admin.kunci.fingerprint") + " " + trust::fingerprint(r.public_key);
  widgets::hint(detail.c_str());
  if (r.peran == Peran::pegawai && state.view) {
    const std::size_t e = find_employee_by_nip(*state.view, r.nip);
    if (e >= state.view->bundle.employees.size()) widgets::error_text(tr(lang, "admin.kunci.unknown_nip"));
    else widgets::hint(state.view->bundle.employees[e].name.c_str());
  }
  const std::string approve = std::string(tr(lang, "admin.kunci.approve")) + "##admin.kunci.approve." + id;
  if (widgets::big_button(approve.c_str()) && state.city_key.anchor) {
    std::string why;
    if (const auto root = root_key(state, why)) {
      const auto result = setujui_permintaan_kunci(state.data.local.store, r, *root, *state.city_key.anchor, state.data.now_ms);
      decide(state, actions, result, "admin.kunci.approved");
      if (result.ok()) {
        auto& list = ui_draft(actions.admin_ui, state.admin_ui).kunci.requests;
        std::erase_if(list, [&](const trust::KeyRequest& x) { return x.public_key == r.public_key; });
      }
    } else {
      ui_draft(actions.admin_ui, state.admin_ui).kunci.error = why;
    }
  }
  ImGui::SameLine();
  const std::string reject = std::string(tr(lang, "admin.kunci.reject")) + "##admin.kunci.reject." + id;
  if (widgets::big_button(reject.c_str())) {
    AdminKunciUi& ui = ui_draft(actions.admin_ui, state.admin_ui).kunci;
    std::erase_if(ui.requests, [&](const trust::KeyRequest& x) { return x.public_key == r.public_key; });
    ui.done = tr(lang, "admin.kunci.rejected");
    ui.error.clear();
  }
  ImGui::EndChild();
  ImGui::PopID();
}

// Registered keys whose NIP or name matches the search, with "Cabut" for active ones.
void draw_registered(const AppState& state, Actions& actions) {
  const Lang lang = state.lang;
  widgets::heading(tr(lang, "admin.kunci.registered"));
  std::string search = state.admin_ui.kunci.search;
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 18);
  if (a11y::InputTextWithHint("##admin.kunci.search", "NIP / nama", &search))
    ui_draft(actions.admin_ui, state.admin_ui).kunci.search = search;
  if (search.size() < 3 || !state.city_key.anchor) return;
  const auto keys = state.data.local.store.collections.find(trust::kKeys);
  if (keys == state.data.local.store.collections.end()) return;
  int shown = 0;
  for (const auto& [key_id, entry] : keys->second) {
    if (shown >= 20) break;
    const auto reg = trust::read_registration(entry.current, *state.city_key.anchor);
    if (!reg.key) continue;
    std::string name;
    if (state.view) {
      const std::size_t e = find_employee_by_nip(*state.view, reg.key->nip);
      if (e < state.view->bundle.employees.size()) name = state.view->bundle.employees[e].name;
    }
    if (reg.key->nip.find(search) == std::string::npos && name.find(search) == std::string::npos) continue;
    ++shown;
    std::string line = reg.key->nip + (name.empty() ? "" : " " + name) + " · " + trust::fingerprint(reg.key->public_key) +
                       " · " + tr(lang, "admin.kunci.since") + " " + format_datetime_wita(lang, format_timestamp_ms(reg.key->valid_from_ms));
    if (reg.key->revoked_ms)
      line += std::string(" · ") + tr(lang, "admin.kunci.revoked_at") + " " + format_datetime_wita(lang, format_timestamp_ms(*reg.key->revoked_ms));
    widgets::paragraph(line.c_str());
    if (reg.key->revoked_ms) continue;
    const std::string revoke = std::string(tr(lang, "admin.kunci.revoke")) + "##admin.kunci.revoke." + key_id;
    if (widgets::big_button(revoke.c_str())) {
      std::string why;
      if (const auto root = root_key(state, why))
        decide(state, actions, cabut_kunci(state.data.local.store, key_id, *root, *state.city_key.anchor, state.data.now_ms),
               "admin.kunci.revoked_done");
      else
        ui_draft(actions.admin_ui, state.admin_ui).kunci.error = why;
    }
  }
}

}  // namespace

void draw_admin_kunci(const AppState& state, Actions& actions) {
  const Lang lang = state.lang;
  widgets::note_box("admin.kunci.intro", tr(lang, "admin.kunci.intro"));
  if (!state.city_key.anchor) {
    widgets::error_text(state.city_key.error);
    return;
  }
  const AdminKunciUi& ui = state.admin_ui.kunci;
  if (!ui.error.empty()) widgets::error_text(ui.error);
  if (!ui.done.empty()) widgets::paragraph(ui.done.c_str());
  if (ui.requests.empty()) {
    widgets::hint(tr(lang, "admin.kunci.none"));
  } else if (state.city_key.anchor->demo) {
    widgets::hint(tr(lang, "admin.kunci.root_demo"));
  } else {
    widgets::paragraph(tr(lang, "admin.kunci.root"));
    std::string hex = ui.root_hex;
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 30);
    if (a11y::InputText("##admin.kunci.root", &hex, ImGuiInputTextFlags_Password))
      ui_draft(actions.admin_ui, state.admin_ui).kunci.root_hex = hex;
  }
  for (std::size_t i = 0; i < ui.requests.size(); ++i) draw_request(state, actions, i);
  draw_registered(state, actions);
}

nlohmann::json admin_kunci_test_state(const AppState& state) {
  auto requests = nlohmann::json::array();
  for (const auto& r : state.admin_ui.kunci.requests)
    requests.push_back({{"nip", r.nip}, {"name", r.name}, {"public_key", crypto::to_hex(r.public_key)}});
  return {{"requests", std::move(requests)}, {"error", state.admin_ui.kunci.error}, {"done", state.admin_ui.kunci.done}};
}

}  // namespace kinerja::web
