// AppState: everything the screens show, in one place. Screens read it by
// const& and say what they want through Actions; web/app.cpp applies those.
#pragma once
#include <cstdint>
#include <optional>
#include <string>

namespace kinerja::web {

enum class Route { publik, pegawai, penilai, admin, kiosk };
enum class Lang { id, en };
enum class SaveState { idle, saving, saved, failed };

struct Viewport {
  float width_px = 1280;  // canvas size in physical pixels
  float height_px = 800;
  float dpr = 1;          // devicePixelRatio: the UI is laid out in physical pixels, scaled by it
};

struct AppState {
  Route route = Route::publik;
  Lang lang = Lang::id;
  SaveState save = SaveState::idle;
  std::string save_error;                  // shown when save == failed
  std::optional<bool> storage_persisted;   // navigator.storage.persist() answer, once known
  std::string notice;                      // a one-line message for the user (e.g. settings reset)
  std::string device_name;                 // this device's label, written into exported files
  bool settings_open = false;
  Viewport viewport;
  bool test_mode = false;
  std::uint64_t frame = 0;
};

// What a screen asks for this frame; applied after the frame is drawn.
struct Actions {
  std::optional<Route> navigate;
  std::optional<Lang> set_lang;
  bool dismiss_notice = false;
  bool toggle_settings = false;
  std::optional<std::string> set_device_name;
};

std::string_view route_hash(Route);                    // "#/publik"
std::optional<Route> parse_route_hash(std::string_view);  // "#/publik", "#/pegawai", ... ("" → publik)
std::string_view lang_code(Lang);                      // "id" | "en"

} // namespace kinerja::web
