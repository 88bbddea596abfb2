#include "web/app.hpp"

#include "web/data_actions.hpp"
#include "web/device_keys.hpp"
#include "web/screens/kunci_saya.hpp"
#include "web/screens/riwayat_panel.hpp"
#include "web/i18n.hpp"
#include "web/platform.hpp"
#include "web/settings.hpp"
#include "web/ui.hpp"

#include <nlohmann/json.hpp>

#include <cmath>

#include <string>

namespace kinerja::web {
namespace {

std::string settings_path() { return std::string(platform::kDataDir) + "/settings.json"; }

void persist_settings(AppState& state) {
  const int text_size = static_cast<int>(std::lround(state.viewport.text_scale * 100));
  if (!save_settings(settings_path(), Settings{state.lang, state.device_name, state.data.last_export_ms,
                                               state.data.exported_seq, text_size})) {
    state.save = SaveState::failed;
    state.save_error = "settings.json";
    return;
  }
  state.save = SaveState::saving;
  platform::request_persist_to_indexeddb();
}

} // namespace

AppState make_initial_state(std::string_view location_hash) {
  AppState state;
  auto loaded = load_settings(settings_path());
  state.lang = loaded.settings.lang;
  state.device_name = loaded.settings.device_name;
  state.viewport.text_scale = static_cast<float>(loaded.settings.text_size_pct) / 100.0f;
  state.data.last_export_ms = loaded.settings.last_export_ms;
  state.data.exported_seq = loaded.settings.exported_seq;
  state.data.now_ms = platform::now_ms();
  state.data.writer = platform::is_writer();
  load_city_key(state, std::string(kCityKeyPath));
  load_device_keys(state, std::string(kDeviceKeysPath));
  load_data(state);
  refresh_summary(state.data);
  refresh_view(state);
  if (state.data.demo_pending) state.busy = tr(state.lang, "data.preparing_demo");
  if (loaded.was_corrupt) state.notice = tr(state.lang, "settings.reset_notice");
  state.route = parse_route_hash(location_hash).value_or(Route::publik);
  state.publik_ui.unit_id = publik_unit_of_hash(location_hash);
  platform::set_document_language(lang_code(state.lang));
  return state;
}

void apply(AppState& state, const Actions& actions) {
  // A first visit's demo city is made on the frame after the first: the
  // browser shows a frame only once its callback returns, so making the city
  // here on frame 1 would keep the page blank for as long as that takes.
  if (state.frame > 1) load_demo_if_pending(state);
  else if (state.data.demo_pending) state.wants_frame = true;
  apply_data_actions(state, actions);
  // Recounting a city's records takes longer than the save itself; it waits
  // until IndexedDB has answered, so it never delays a save's callbacks.
  if (state.save != SaveState::saving) {
    refresh_summary(state.data);
    refresh_view(state);
  }
  // Each screen's UI draft (ui_draft), kept only when the frame changed it.
  const auto keep = [](auto& stored, auto& draft) {
    if (draft && !(*draft == stored)) stored = std::move(*draft);
  };
  const std::string unit_before = state.publik_ui.unit_id;
  keep(state.publik_ui, actions.publik_ui);
  // A unit's page has its own link (#/publik/<unit>), so back and share work.
  if (state.route == Route::publik && state.publik_ui.unit_id != unit_before)
    platform::set_location_hash(publik_hash(state.publik_ui.unit_id));
  keep(state.pegawai_ui, actions.pegawai_ui);
  keep(state.penilai_ui, actions.penilai_ui);
  keep(state.admin_ui, actions.admin_ui);
  keep(state.kiosk_ui, actions.kiosk_ui);
  if (actions.print_html) platform::open_document("lembar-evaluasi.html", *actions.print_html);
  if (actions.request_fullscreen) platform::request_fullscreen();
  if (actions.dismiss_notice) state.notice.clear();
  if (actions.toggle_settings) state.settings_open = !state.settings_open;
  if (actions.toggle_staff_menu) state.staff_menu_open = !state.staff_menu_open;
  if (actions.riwayat) state.riwayat = *actions.riwayat;
  if (actions.set_device_name) {
    std::string name = clean_device_name(*actions.set_device_name);
    if (name != state.device_name) {
      state.device_name = std::move(name);
      if (state.data.writer) persist_settings(state);
    }
  }
  if (actions.navigate && *actions.navigate != state.route) {
    state.route = *actions.navigate;
    state.staff_menu_open = false;  // back on the public page, it is folded again
    state.publik_ui.unit_id.clear();  // and it opens on the whole city
    platform::set_location_hash(route_hash(state.route));
  }
  if (actions.set_text_size) {
    const float scale = static_cast<float>(valid_text_size(*actions.set_text_size)) / 100.0f;
    if (scale != state.viewport.text_scale) {
      state.viewport.text_scale = scale;
      if (state.data.writer) persist_settings(state);
    }
  }
  if (actions.set_lang && *actions.set_lang != state.lang) {
    state.lang = *actions.set_lang;
    platform::set_document_language(lang_code(state.lang));
    if (state.data.writer) persist_settings(state);
  }
}

std::string state_summary_json(const AppState& state) {
  static constexpr const char* kSave[] = {"idle", "saving", "saved", "failed"};
  nlohmann::json j = {
      {"route", route_hash(state.route)}, {"lang", lang_code(state.lang)},
      {"device_name", state.device_name}, {"save", kSave[static_cast<int>(state.save)]},
      {"settings_open", state.settings_open}, {"staff_menu_open", state.staff_menu_open}, {"notice", state.notice},
      {"storage_persisted", state.storage_persisted ? nlohmann::json(*state.storage_persisted) : nlohmann::json()},
      {"dpr", state.viewport.dpr}, {"width_px", state.viewport.width_px},
      {"text_size_pct", static_cast<int>(std::lround(state.viewport.text_scale * 100))},
      {"writer", state.data.writer}, {"storage_full", state.data.storage_full},
      {"records", data_record_count(state.data.local.store)}, {"last_seq", state.data.local.last_seq},
      {"journal_files", state.data.local.journal_files}, {"unexported", has_unexported_changes(state.data)},
      {"message", state.data.message}, {"load_notices", state.data.load_notices},
      {"import_open", state.data.import.open},
      {"import_counts", {{"new", state.data.import.preview.count(Outcome::new_record)},
                         {"updated", state.data.import.preview.count(Outcome::updated)},
                         {"unchanged", state.data.import.preview.count(Outcome::unchanged)},
                         {"conflicting", state.data.import.preview.count(Outcome::conflicting)},
                         {"rejected", state.data.import.preview.count(Outcome::rejected)}}},
      {"import_rejected", [&] {
         auto arr = nlohmann::json::array();
         for (const auto& r : state.data.import.preview.report.records)
           if (r.outcome == Outcome::rejected) arr.push_back(r.collection + "/" + r.id + ": " + r.message_id);
         return arr;
       }()},
      {"import_file_errors", [&] {
         auto arr = nlohmann::json::array();
         for (const auto& f : state.data.import.preview.files)
           for (const auto& e : f.errors) arr.push_back(f.name + ": " + format_error(e));
         return arr;
       }()},
      {"conflicts", state.data.summary.conflicts}, {"demo_pending", state.data.demo_pending},
      {"view", {{"employees", state.view ? state.view->bundle.employees.size() : 0},
                {"scores", state.view ? state.view->report.pegawai.size() : 0},
                {"left_out", state.view ? state.view->left_out.size() : 0}}},
      {"publik_source", state.publik.source}, {"publik_error", state.publik.error},
      {"kunci_saya", kunci_saya_test_state(state)},
      {"riwayat", riwayat_test_state(state)},
      {"publik_signer", state.publik.signer}, {"publik_signed_at", state.publik.signed_at},
      {"city_key", {{"fingerprint", city_key_fingerprint(state)},
                    {"demo", state.city_key.anchor && state.city_key.anchor->demo},
                    {"error", state.city_key.error}}},
      {"publik", publik_test_state(state)}, {"pegawai", pegawai_test_state(state)},
      {"penilai", penilai_test_state(state)}, {"admin", admin_test_state(state)},
      {"kiosk", kiosk_test_state(state)},
  };
  return j.dump();
}

void on_location_hash(AppState& state, std::string_view hash) {
  // An unknown hash (a typo, an old link) shows the public page rather than nothing.
  state.route = parse_route_hash(hash).value_or(Route::publik);
  state.publik_ui.unit_id = publik_unit_of_hash(hash);
}

void on_page_resize(AppState& state, float css_width, float css_height, float dpr) {
  if (dpr <= 0) dpr = 1;
  state.viewport.dpr = dpr;
  state.viewport.width_px = css_width * dpr;
  state.viewport.height_px = css_height * dpr;
}

void on_saved(AppState& state, bool ok, std::string_view error) {
  if (!ok) {
    on_storage_error(state, error);
    return;
  }
  state.save = SaveState::saved;
  state.save_error.clear();
  state.data.storage_full = false;
}

void on_persist_answer(AppState& state, bool persisted) { state.storage_persisted = persisted; }

} // namespace kinerja::web
