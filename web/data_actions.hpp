// The data side of the app: loading the device's store (the demo city on a
// first visit), saving every change durably, exports, imports with a preview,
// conflicts, and what happens when the browser refuses to store.
#pragma once
#include "web/app_state.hpp"

#include <string>
#include <string_view>

namespace kinerja::web {

// Opens /data/kinerja (already loaded from IndexedDB); when it is empty the
// demo city is due (load_demo_if_pending, after the first frame).
void load_data(AppState& state);
void load_demo_if_pending(AppState& state);

// Appends versions to the journal and the store's view changes, then saves.
void commit_changes(AppState& state, const std::vector<Change>& changes);

// Applies the data half of the actions: edits, exports, imports, resets.
void apply_data_actions(AppState& state, const Actions& actions);

// Files from the page (picker or drop). A file the page hands over gets room
// for its `size` bytes in the session, which the page fills in place: a
// city's quarter is 90 MB, and copying it into memory once more cost the
// preview 0.4 s and held the file twice while it was read.
void import_begin(AppState& state);
char* import_file_room(AppState& state, std::string_view name, std::size_t size);
// A file the page could not hand over arrives without its bytes, with the
// reason: over the size limit (so a 200 MB file is never read into memory),
// or compressed and damaged.
enum class FileRefused { too_big, damaged_gzip };
void import_file_refused(AppState& state, std::string_view name, FileRefused why, double size);
// Prepares the preview of the files handed in; import_step then reads and
// checks them one step per call (the page draws its progress bar between
// calls) and, at the last step, opens the preview.
void import_end(AppState& state);
// The work done, 0..1; 1 once the preview is open.
double import_step(AppState& state);
// What the next import_step does (done when none is pending).
PreviewPhase import_phase(const AppState& state);

// Another tab saved (or this tab became the writer): read the store again.
void reload_data(AppState& state);

// The page answered a save: a refusal for lack of space keeps data in memory
// and offers an export at once.
void on_storage_error(AppState& state, std::string_view error);

// Recounts the summary when the store changed since it was counted.
void refresh_summary(DataState& data);

// Rebuilds the typed, scored view (core/view/city_view) when the store changed.
void refresh_view(AppState& state);

// The public figures the page fetched (publik.json or the demo city's):
// read by the core's validating reader; a bad file is refused with its place.
void on_publik_json(AppState& state, std::string_view bytes, std::string_view source);

// The city's root key from kunci-kota.json (at `path`, put there by the page
// before main). A missing or broken file leaves no key, and says why.
void load_city_key(AppState& state, const std::string& path);
inline constexpr std::string_view kCityKeyPath = "/kunci-kota.json";
// Its fingerprint as people compare it, "(DEMO)" after a demo key; "—" when none.
std::string city_key_fingerprint(const AppState& state);

// Where the store lives.
inline constexpr std::string_view kStoreDir = "/data/kinerja";

} // namespace kinerja::web
