#include "web/app.hpp"

#include "web/i18n.hpp"
#include "web/platform.hpp"
#include "web/settings.hpp"

#include <nlohmann/json.hpp>

#include <string>

namespace kinerja::web {
namespace {

std::string settings_path() { return std::string(platform::kDataDir) + "/settings.json"; }

void persist_settings(AppState& state) {
  if (!save_settings(settings_path(), Settings{state.lang, state.device_name})) {
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
  if (loaded.was_corrupt) state.notice = tr(state.lang, "settings.reset_notice");
  state.route = parse_route_hash(location_hash).value_or(Route::publik);
  platform::set_document_language(lang_code(state.lang));
  return state;
}

void apply(AppState& state, const Actions& actions) {
  if (actions.dismiss_notice) state.notice.clear();
  if (actions.toggle_settings) state.settings_open = !state.settings_open;
  if (actions.set_device_name) {
    std::string name = clean_device_name(*actions.set_device_name);
    if (name != state.device_name) {
      state.device_name = std::move(name);
      persist_settings(state);
    }
  }
  if (actions.navigate && *actions.navigate != state.route) {
    state.route = *actions.navigate;
    platform::set_location_hash(route_hash(state.route));
  }
  if (actions.set_lang && *actions.set_lang != state.lang) {
    state.lang = *actions.set_lang;
    platform::set_document_language(lang_code(state.lang));
    persist_settings(state);
  }
}

std::string state_summary_json(const AppState& state) {
  static constexpr const char* kSave[] = {"idle", "saving", "saved", "failed"};
  nlohmann::json j = {
      {"route", route_hash(state.route)}, {"lang", lang_code(state.lang)},
      {"device_name", state.device_name}, {"save", kSave[static_cast<int>(state.save)]},
      {"settings_open", state.settings_open}, {"notice", state.notice},
      {"storage_persisted", state.storage_persisted ? nlohmann::json(*state.storage_persisted) : nlohmann::json()},
      {"dpr", state.viewport.dpr}, {"width_px", state.viewport.width_px},
  };
  return j.dump();
}

void on_location_hash(AppState& state, std::string_view hash) {
  // An unknown hash (a typo, an old link) shows the public page rather than nothing.
  state.route = parse_route_hash(hash).value_or(Route::publik);
}

void on_page_resize(AppState& state, float css_width, float css_height, float dpr) {
  if (dpr <= 0) dpr = 1;
  state.viewport.dpr = dpr;
  state.viewport.width_px = css_width * dpr;
  state.viewport.height_px = css_height * dpr;
}

void on_saved(AppState& state, bool ok, std::string_view error) {
  state.save = ok ? SaveState::saved : SaveState::failed;
  state.save_error = ok ? std::string{} : std::string(error);
}

void on_persist_answer(AppState& state, bool persisted) { state.storage_persisted = persisted; }

} // namespace kinerja::web
