// AppState: everything the screens show, in one place. Screens read it by
// const& and say what they want through Actions; web/app.cpp applies those.
#pragma once
#include "web/derived_cache.hpp"
#include "core/view/city_view.hpp"
#include "core/workflow/operation.hpp"
#include "core/model/model.hpp"
#include "core/sync/preview.hpp"
#include "core/model/publik.hpp"
#include "core/trust/gate.hpp"
#include "core/trust/keys.hpp"
#include "web/lang.hpp"
#include "web/local_data.hpp"
#include "web/screens/admin_ui.hpp"
#include "web/screens/kiosk_ui.hpp"
#include "web/screens/pegawai_ui.hpp"
#include "web/screens/penilai_ui.hpp"
#include "web/screens/publik_ui.hpp"
#include "web/screens/riwayat_ui.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <utility>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace kinerja::web {

enum class Route { publik, pegawai, penilai, admin, kiosk };
enum class SaveState { idle, saving, saved, failed };

struct Viewport {
  float width_px = 1280;  // canvas size in physical pixels
  float height_px = 800;
  float dpr = 1;          // devicePixelRatio: the UI is laid out in physical pixels, scaled by it
  float text_scale = 1;   // the reader's text size (Settings::text_size_pct / 100)
  // Fonts and spacing are drawn at this scale; layouts that choose between a
  // wide and a narrow form measure the width in these units, so large text
  // reflows into the narrow form rather than running off the screen.
  float ui_scale() const { return dpr * text_scale; }
  float width_units() const { return width_px / (ui_scale() > 0 ? ui_scale() : 1.0f); }
};

// Files picked or dropped, read by the page, waiting for the user's "apply".
struct ImportSession {
  bool open = false;
  std::vector<std::string> names;
  std::vector<std::string> bytes;  // owned here: the preview's files point into them
  ImportPreview preview;
  // While the files are being read and checked (import_step, a step per call):
  std::optional<PreviewSteps> steps;
  std::vector<FilePreview> refused_unread;  // refused before reading (too big, damaged, bad CSV, no city key)
  std::size_t key_requests = 0;
};

// Live (not deleted) records per collection, counted once per store revision
// rather than every frame (a city has hundreds of thousands of records).
struct StoreSummary {
  std::uint64_t revision = ~std::uint64_t{0};
  std::size_t units = 0, employees = 0, periods = 0, realisations = 0, evaluations = 0;
  std::size_t conflicts = 0;  // records with versions awaiting a person's choice
};

// The records on this device and what the user should know about them.
struct DataState {
  StoreSummary summary;
  LocalData local;
  bool loaded = false;
  // A first visit: the demo city is made right after the first frame, so the
  // landing page (which reads the published figures, not the store) shows at once.
  bool demo_pending = false;
  std::vector<std::string> load_notices;   // what start-up recovery dropped, in the user's language
  bool writer = true;                      // this tab holds the writer lock (Web Locks)
  bool storage_full = false;               // the browser refused to store: data is only in memory
  std::int64_t last_export_ms = 0;         // 0 = never
  std::uint64_t exported_seq = 0;          // journal sequence at the last export (kept in settings)
  ImportSession import;
  std::string export_nip;                  // the NIP typed for a scoped export
  std::string message;                     // the result of the last data action
  bool message_is_error = false;
  std::int64_t now_ms = 0;                 // the page's clock, updated every frame
  // Records committed since the view was built, so the view can be patched
  // instead of rebuilt (a city of 10,000 takes seconds to re-read). Valid only
  // while the revision moved by exactly `view_commits` from `view_changes_base`.
  std::vector<ChangedRecord> view_changes;
  std::uint64_t view_changes_base = 0;
  std::uint64_t view_commits = 0;
};

bool has_unexported_changes(const DataState&);

// The published figures the Publik screen shows: publik.json from the site's
// own origin when the city has placed one there, else the demo city's.
struct PublikFigures {
  std::optional<Publik> figures;
  std::string source;  // "origin" | "demo" | "" (still loading)
  std::string error;   // why a publik.json was refused, in the user's language
  std::string signer;     // who signed the figures shown (a BKPSDM admin's NIP or label)
  std::string signed_at;  // when, ISO 8601 UTC
};

// The city's root key: kunci-kota.json beside the site, which shell/app.js
// puts at /kunci-kota.json before main() runs. Every import and publik.json
// must verify under it; without it (file missing or broken) nothing does.
// "Kunci saya": this device's own keys (public halves; the browser keeps the
// private ones) and what waits for the browser to sign (web/device_keys).
struct DeviceKey {
  std::string identity;    // a NIP, or "admin"
  std::string public_key;  // hex
  std::string created;     // ISO 8601 UTC
};
struct DeviceKeys {
  std::vector<DeviceKey> held;
  std::string creating;  // the identity whose key the browser is making
  std::string error;     // why the last key or signature could not be made, in the user's language
  std::map<int, trust::PendingSignature> pending;  // saves waiting for their signature
  std::map<int, nlohmann::json> requests;          // request files waiting for their proof
  std::map<int, nlohmann::json> publik;            // publik.json waiting for the admin's signature
  int next_id = 1;
  std::string last_key_id;   // the key that made the last signature here
  std::string last_request;  // the last request file downloaded (its name)
};

struct CityKey {
  std::optional<trust::TrustAnchor> anchor;
  std::string error;  // why there is none, in the user's language
};

struct AppState {
  Route route = Route::publik;
  Lang lang = Lang::id;
  SaveState save = SaveState::idle;
  std::string save_error;                  // shown when save == failed
  std::optional<bool> storage_persisted;   // navigator.storage.persist() answer, once known
  std::string notice;                      // a one-line message for the user (e.g. settings reset)
  // Long work announced before it starts (re-reading a big city): drawn as a
  // banner for one frame, then the work runs; `wants_frame` asks for that frame.
  std::string busy;
  bool wants_frame = false;
  std::string device_name;                 // this device's label, written into exported files
  bool settings_open = false;
  bool staff_menu_open = false;  // the public page's one "Menu staf" button, opened
  Viewport viewport;
  DataState data;
  // The typed, scored view of data.local.store (core/view/city_view), rebuilt
  // after the store changes; never null once the app has started.
  std::shared_ptr<const CityView> view;
  std::uint64_t view_revision = ~std::uint64_t{0};
  // What screens derive from the view, recomputed only when it changes
  // (derived_cache.hpp); the one part of the state a screen may fill.
  mutable DerivedCache derived;
  ViewStamp view_stamp() const { return {view.get(), view_revision}; }
  // What the last frame drew of the admin's employee table (a clipped
  // 10,000-row table): rows the search yields and the rows shown (test state).
  struct DrawnTable {
    std::size_t rows = 0;
    int first_visible = -1, last_visible = -1;
  };
  mutable DrawnTable employee_table;
  PublikFigures publik;
  CityKey city_key;
  DeviceKeys keys;
  // Each workspace's selection and drafts (web/screens/<name>_ui.hpp).
  PublikUi publik_ui;
  PegawaiUi pegawai_ui;
  PenilaiUi penilai_ui;
  AdminUi admin_ui;
  KioskUi kiosk_ui;
  RiwayatUi riwayat;  // the open history panel (any workspace)
  bool test_mode = false;
  std::uint64_t frame = 0;
};

// One record a screen wants created or changed (its own fields and "id";
// the core fills the envelope). "deleted": true deletes.
struct RecordEdit {
  std::string collection;
  nlohmann::json record;
  std::string author = "system";  // who makes the change: a NIP, "admin", "kiosk" or "system"
};

// A file offered to the user (made by the core from the store).
struct Download {
  std::string name;
  std::string bytes;
  std::string mime = "application/json";
};

// The one way a screen changes its own UI state (selection, drafts, search):
//   PegawaiUi& ui = ui_draft(actions.pegawai_ui, state.pegawai_ui);
// The first call in a frame copies the stored state into the actions; every
// later part of the same frame edits that same draft. The frame itself keeps
// reading `state` (what is on screen), and the app replaces the stored state
// with the draft after the frame, only when it differs.
template <class Ui>
Ui& ui_draft(std::optional<Ui>& pending, const Ui& stored) {
  if (!pending) pending = stored;
  return *pending;
}

// What a screen asks for this frame; applied after the frame is drawn.
struct Actions {
  std::vector<RecordEdit> edits;
  // A workflow operation's record versions, written by `author` (a NIP,
  // "admin", "kiosk"); nothing when the operation was refused.
  void push(const OperationResult& result, const std::string& author) {
    for (const auto& c : result.changes) edits.push_back({c.collection, c.record, author});
  }
  std::optional<Scope> export_scope;
  bool open_import = false;
  bool apply_import = false;
  bool cancel_import = false;
  bool reset_demo = false;
  bool start_empty = false;
  std::optional<std::string> set_export_nip;
  std::optional<RecordEdit> resolve_conflict;  // the version the user chose
  std::optional<Route> navigate;
  std::optional<Lang> set_lang;
  std::optional<int> set_text_size;  // per cent, one of kTextSizes
  bool dismiss_notice = false;
  bool toggle_settings = false;
  bool toggle_staff_menu = false;
  std::optional<std::string> set_device_name;
  // A workspace's new selection/drafts, replacing the old as a whole.
  std::optional<PublikUi> publik_ui;
  std::optional<PegawaiUi> pegawai_ui;
  std::optional<PenilaiUi> penilai_ui;
  std::optional<AdminUi> admin_ui;
  std::optional<KioskUi> kiosk_ui;
  std::optional<RiwayatUi> riwayat;  // opened (with its entries) or closed
  // "Kunci saya": make this identity's key on the device; download its request (identity, name).
  std::optional<std::string> create_key;
  std::optional<std::pair<std::string, std::string>> request_key;
  // Publish the public snapshot: download publik.json (aggregates only).
  bool publish_publik = false;
  // Open an HTML document (the official evaluation form) in a new tab for printing.
  std::optional<std::string> print_html;
  // Ask the browser for full screen (the kiosk); must follow a click.
  bool request_fullscreen = false;
  // Offer a file (e.g. the kiosk's answers for the admin); counts as an export.
  std::optional<Download> download;
  // Draw again at this time (ms since 1970) even if nothing happens: timers
  // such as the kiosk resetting for the next citizen.
  std::optional<std::int64_t> wake_at_ms;
};

std::string_view route_hash(Route);                    // "#/publik"
std::optional<Route> parse_route_hash(std::string_view);  // "#/publik", "#/pegawai", ... ("" → publik)
// A unit's public page: "#/publik/<unit id>" ↔ the id ("" for any other hash,
// or an id that is not one: letters, digits, '-', '_', '.', at most 64).
std::string publik_unit_of_hash(std::string_view);
std::string publik_hash(std::string_view unit_id);  // "#/publik" for "".
std::string_view lang_code(Lang);                      // "id" | "en"

} // namespace kinerja::web
