// Pengaturan › Kunci saya: the person using the open workspace makes their own
// key on this device, downloads the request for BKPSDM, and sees whether it
// is registered (then every save of theirs here is signed with it) or revoked.
#include "web/a11y_text.hpp"
#include "web/screens/kunci_saya.hpp"

#include "web/device_keys.hpp"
#include "web/format.hpp"
#include "web/i18n.hpp"
#include "web/widgets.hpp"

#include <imgui.h>

#include <cstdio>
#include <string>

namespace kinerja::web {

namespace {

struct Person {
  std::string identity, name;  // identity: a NIP, or "admin"
};

// Who is using the open workspace: the profile chosen in Pegawai or Penilai, or BKPSDM in Admin.
std::optional<Person> current_person(const AppState& state) {
  if (state.route == Route::admin) return Person{"admin", "Admin BKPSDM"};
  if (state.route == Route::kiosk && !state.kiosk_ui.unit_id.empty() && state.view) {
    const auto u = state.view->unit_index.find(state.kiosk_ui.unit_id);
    if (u == state.view->unit_index.end()) return std::nullopt;
    return Person{"kiosk:" + state.kiosk_ui.unit_id, "Kios " + state.view->bundle.units[u->second].name};
  }
  std::string employee_id;
  if (state.route == Route::pegawai) employee_id = state.pegawai_ui.employee_id;
  if (state.route == Route::penilai) employee_id = state.penilai_ui.rater_id;
  if (employee_id.empty() || !state.view) return std::nullopt;
  const std::size_t e = find_employee(*state.view, employee_id);
  if (e >= state.view->bundle.employees.size()) return std::nullopt;
  const Employee& emp = state.view->bundle.employees[e];
  return Person{emp.nip, emp.name};
}

}  // namespace

void draw_kunci_saya(const AppState& state, Actions& actions) {
  const Lang lang = state.lang;
  a11y::TextUnformatted(tr(lang, "kunci.title"));
  const auto person = current_person(state);
  if (!person) {
    widgets::hint(tr(lang, "kunci.choose_first"));
    return;
  }
  const bool person_nip = person->identity != "admin" && !person->identity.starts_with("kiosk:");
  const std::string who = std::string(tr(lang, "kunci.who")) + ": " + person->name +
                          (person_nip ? " (" + person->identity + ")" : std::string());
  widgets::paragraph(who.c_str());
  const KeyStatus k = key_status(state, person->identity);
  const bool creating = state.keys.creating == person->identity;
  if (k.held == nullptr) {
    widgets::hint(tr(lang, "kunci.none"));
    if (creating) widgets::paragraph(tr(lang, "kunci.creating"));
    else if (widgets::action_button(lang, "kunci.create")) actions.create_key = person->identity;
  } else {
    const std::string fp = std::string(tr(lang, "kunci.fingerprint")) + " " + k.fingerprint;
    widgets::paragraph(fp.c_str());
    char line[512];
    if (!k.key_id.empty() && k.revoked.empty()) {
      std::snprintf(line, sizeof line, tr(lang, "kunci.registered"), format_datetime_wita(lang, k.valid_from).c_str());
      widgets::paragraph(line);
    } else if (!k.revoked.empty()) {
      std::snprintf(line, sizeof line, tr(lang, "kunci.revoked"), format_datetime_wita(lang, k.revoked).c_str());
      widgets::error_text(line);
    } else {
      widgets::hint(tr(lang, "kunci.waiting"));
      if (widgets::action_button(lang, "kunci.request")) actions.request_key = std::pair{person->identity, person->name};
    }
    if (!creating && (!k.key_id.empty() || !k.revoked.empty()) && widgets::action_button(lang, "kunci.new"))
      actions.create_key = person->identity;
    if (!state.keys.last_request.empty() && k.key_id.empty()) {
      const std::string done = std::string(tr(lang, "kunci.requested")) + " " + state.keys.last_request;
      widgets::paragraph(done.c_str());
    }
  }
  if (!state.keys.error.empty()) widgets::error_text(state.keys.error);
}

nlohmann::json kunci_saya_test_state(const AppState& state) {
  auto held = nlohmann::json::array();
  for (const auto& k : state.keys.held) {
    const KeyStatus st = key_status(state, k.identity);
    held.push_back({{"identity", k.identity}, {"public_key", k.public_key}, {"fingerprint", st.fingerprint},
                    {"key_id", st.key_id}, {"revoked", st.revoked}});
  }
  const auto person = current_person(state);
  return {{"person", person ? person->identity : std::string()},
          {"held", std::move(held)},
          {"creating", state.keys.creating},
          {"pending_signatures", state.keys.pending.size()},
          {"last_key_id", state.keys.last_key_id},
          {"last_request", state.keys.last_request},
          {"error", state.keys.error}};
}

}  // namespace kinerja::web
