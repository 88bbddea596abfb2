// What the app needs from the browser, as plain C++ (web/platform_web.cpp is
// the one implementation and the only file with JavaScript interop).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace kinerja::platform {

// Durable storage: the IndexedDB-backed folder, already loaded before main().
inline constexpr std::string_view kDataDir = "/data";

// Start flushing /data to IndexedDB; the answer comes back through
// kinerja_on_saved(ok) into AppState::save.
void request_persist_to_indexeddb();

// Ask the browser to keep our storage (navigator.storage.persist()); the
// answer comes back through kinerja_on_persist_answer.
void request_persistent_storage();

// Route: the page's location hash ("#/publik"). Setting it adds a history
// entry so the browser's back and forward buttons work.
void set_location_hash(std::string_view route);
std::string location_hash();

// The system clipboard (navigator.clipboard; a paste event brings text in).
void set_clipboard_text(std::string_view text);

// Share a link of this site (`hash`, e.g. "#/publik/u-dinkes") with `title`:
// the phone's share sheet (Web Share API), or, where there is none, the link
// copied to the clipboard. page_link gives the same link as text.
void share_link(std::string_view title, std::string_view hash);
std::string page_link(std::string_view hash);
// Sends `text` with the Web Share API (title as the subject), or copies it to
// the clipboard where there is none.
void share_text(std::string_view title, std::string_view text);
// 32 bits from the browser's cryptographic random source (crypto.getRandomValues).
std::uint32_t random_u32();

// Tell the page whether a text field wants the keyboard (on-screen keyboard).
void set_text_input_active(bool active);

// The first frame is on screen: the page hides its loading overlay.
void notify_first_frame();

// The canvas backing store, in physical pixels (its CSS size fills the window).
void set_canvas_size(int width_px, int height_px);

// Offer `bytes` to the user as a downloaded file.
void download(std::string_view filename, std::string_view bytes, std::string_view mime);

// Open `html` (a whole document, e.g. the official evaluation form) in a new
// tab, where the browser prints it (Ctrl+P / "Cetak" on the page itself).
// Falls back to a download when the browser blocks the new tab.
void open_document(std::string_view filename, std::string_view html);

// Ask for full screen (the kiosk); the browser allows it only right after a click.
void request_fullscreen();

// "Kunci saya": make this device's Ed25519 key for `identity` (a NIP or
// "admin") in the browser's WebCrypto, private half non-extractable; the
// answer comes through kinerja_key_created. Signatures with it are asked for
// by request id and come back through kinerja_signed.
void create_device_key(std::string_view identity);
void sign_with_device_key(std::string_view identity, std::string_view payload, int request_id);

// Open the browser's file chooser (several .json files); the files arrive
// through kinerja_import_begin / _file / _end, as dropped files do.
void open_file_picker();

// Milliseconds since 1970 (the page's clock).
std::int64_t now_ms();
// A monotonic clock with sub-millisecond resolution (performance.now()), for timing frames.
double perf_now_ms();

// Input the GLFW backend gets wrong in the browser: the mouse wheel is taken
// on the canvas (ImGui's backend listens on the document, where Chrome makes
// the listener passive and logs an error for every wheel turn).
void install_input_handlers();

// Run `frame` once per display refresh (requestAnimationFrame); never returns.
void run_main_loop(void (*frame)());

// The page's size in CSS pixels and its devicePixelRatio, read at start;
// later changes arrive through kinerja_resize.
struct PageSize {
  float css_width = 1280;
  float css_height = 800;
  float dpr = 1;
};
PageSize page_size();

// This tab holds the writer lock (decided before main() runs).
bool is_writer();

// The page was opened with ?test=1 (browser tests): no cursor blink, so
// screenshots are stable.
bool test_mode();

// Set the page's <html lang> so screen readers and the fallback agree.
void set_document_language(std::string_view lang);

} // namespace kinerja::platform
