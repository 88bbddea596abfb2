// The browser side of web/platform.hpp, and the C functions the page calls.
// This is the only file with EM_JS / emscripten_* (docs/architecture.md, the layering rules);
// the JavaScript it calls lives in shell/app.js as globalThis.kinerjaShell.
#include "web/app.hpp"
#include "web/data_actions.hpp"
#include "web/device_keys.hpp"
#include "web/host.hpp"
#include "web/platform.hpp"
#include "web/widget_registry.hpp"

#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <string>

namespace {

EM_JS(void, js_sync_to_indexeddb, (), { globalThis.kinerjaShell.syncToIndexedDB(); });
EM_JS(void, js_request_persistent_storage, (), { globalThis.kinerjaShell.requestPersistentStorage(); });
EM_JS(void, js_set_hash, (const char* route), { globalThis.kinerjaShell.setHash(UTF8ToString(route)); });
EM_JS(char*, js_get_hash, (), {
  const s = location.hash || "";
  const n = lengthBytesUTF8(s) + 1;
  const p = _malloc(n);
  stringToUTF8(s, p, n);
  return p;
});
EM_JS(void, js_set_clipboard, (const char* text), { globalThis.kinerjaShell.copyText(UTF8ToString(text)); });
EM_JS(void, js_share_link, (const char* title, const char* hash), {
  globalThis.kinerjaShell.shareLink(UTF8ToString(title), UTF8ToString(hash));
});
EM_JS(unsigned, js_random_u32, (), { return crypto.getRandomValues(new Uint32Array(1))[0] >>> 0; });
EM_JS(void, js_share_text, (const char* title, const char* text), {
  globalThis.kinerjaShell.shareText(UTF8ToString(title), UTF8ToString(text));
});
EM_JS(char*, js_page_link, (const char* hash), {
  const s = globalThis.kinerjaShell.pageLink(UTF8ToString(hash));
  const n = lengthBytesUTF8(s) + 1;
  const p = _malloc(n);
  stringToUTF8(s, p, n);
  return p;
});
EM_JS(void, js_set_text_input_active, (int active), { globalThis.kinerjaShell.setTextInputActive(!!active); });
EM_JS(void, js_first_frame, (), { globalThis.kinerjaShell.firstFrame(); });
EM_JS(void, js_set_lang, (const char* lang), { document.documentElement.lang = UTF8ToString(lang); });
EM_JS(float, js_css_width, (), { return globalThis.kinerjaShell.cssWidth(); });
EM_JS(float, js_css_height, (), { return globalThis.kinerjaShell.cssHeight(); });
EM_JS(void, js_set_canvas_size, (int w, int h), {
  Module.canvas.width = w;
  Module.canvas.height = h;
});
EM_JS(void, js_download, (const char* name, const char* bytes, int len, const char* mime), {
  globalThis.kinerjaShell.download(UTF8ToString(name), HEAPU8.slice(bytes, bytes + len), UTF8ToString(mime));
});
EM_JS(void, js_open_file_picker, (), { globalThis.kinerjaShell.openFilePicker(); });
EM_JS(void, js_open_document, (const char* name, const char* bytes, int len), {
  globalThis.kinerjaShell.openDocument(UTF8ToString(name), HEAPU8.slice(bytes, bytes + len));
});
EM_JS(void, js_request_fullscreen, (), { globalThis.kinerjaShell.requestFullscreen(); });
EM_JS(void, js_create_key, (const char* identity), { globalThis.kinerjaShell.createKey(UTF8ToString(identity)); });
EM_JS(void, js_sign, (const char* identity, const char* bytes, int len, int id), {
  globalThis.kinerjaShell.sign(UTF8ToString(identity), HEAPU8.slice(bytes, bytes + len), id);
});
EM_JS(double, js_now_ms, (), { return Date.now(); });
EM_JS(double, js_perf_now, (), { return performance.now(); });
EM_JS(int, js_is_writer, (), { return globalThis.kinerjaShell.isWriter() ? 1 : 0; });
EM_JS(int, js_test_mode, (), { return globalThis.kinerjaShell.testMode ? 1 : 0; });
EM_JS(float, js_dpr, (), { return globalThis.devicePixelRatio || 1; });

bool g_text_input_active = false;

// The state, for a page event that changes it: the next frames are drawn.
kinerja::web::AppState& changed() {
  auto& h = kinerja::web::host();
  h.redraw_frames = std::max(h.redraw_frames, 3);
  return h.state;
}

// Same scaling as Dear ImGui's own Emscripten wheel handler.
EM_BOOL on_wheel(int, const EmscriptenWheelEvent* ev, void*) {
  float multiplier = 0.0f;
  if (ev->deltaMode == DOM_DELTA_PIXEL) multiplier = 1.0f / 100.0f;
  else if (ev->deltaMode == DOM_DELTA_LINE) multiplier = 1.0f / 3.0f;
  else if (ev->deltaMode == DOM_DELTA_PAGE) multiplier = 80.0f;
  ImGui::GetIO().AddMouseWheelEvent(static_cast<float>(-ev->deltaX) * multiplier,
                                    static_cast<float>(-ev->deltaY) * multiplier);
  return EM_TRUE;
}  // last value told to the page, to send only changes

} // namespace

namespace kinerja::platform {

void request_persist_to_indexeddb() { js_sync_to_indexeddb(); }
void request_persistent_storage() { js_request_persistent_storage(); }
void set_location_hash(std::string_view route) { js_set_hash(std::string(route).c_str()); }
std::string location_hash() {
  char* p = js_get_hash();
  std::string s(p);
  free(p);
  return s;
}
void set_clipboard_text(std::string_view text) { js_set_clipboard(std::string(text).c_str()); }
void share_link(std::string_view title, std::string_view hash) {
  js_share_link(std::string(title).c_str(), std::string(hash).c_str());
}
std::uint32_t random_u32() { return js_random_u32(); }
void share_text(std::string_view title, std::string_view text) {
  js_share_text(std::string(title).c_str(), std::string(text).c_str());
}
std::string page_link(std::string_view hash) {
  char* p = js_page_link(std::string(hash).c_str());
  std::string out = p ? p : "";
  std::free(p);
  return out;
}
void set_text_input_active(bool active) {
  if (active == g_text_input_active) return;
  g_text_input_active = active;
  js_set_text_input_active(active ? 1 : 0);
}
void notify_first_frame() { js_first_frame(); }
void set_document_language(std::string_view lang) { js_set_lang(std::string(lang).c_str()); }
void install_input_handlers() {
  emscripten_set_wheel_callback(EMSCRIPTEN_EVENT_TARGET_DOCUMENT, nullptr, false, nullptr);
  emscripten_set_wheel_callback("#canvas", nullptr, false, on_wheel);
}
void run_main_loop(void (*frame)()) { emscripten_set_main_loop(frame, 0, false); }
void set_canvas_size(int width_px, int height_px) { js_set_canvas_size(width_px, height_px); }
void download(std::string_view filename, std::string_view bytes, std::string_view mime) {
  js_download(std::string(filename).c_str(), bytes.data(), static_cast<int>(bytes.size()), std::string(mime).c_str());
}
void open_file_picker() { js_open_file_picker(); }
void open_document(std::string_view filename, std::string_view html) {
  js_open_document(std::string(filename).c_str(), html.data(), static_cast<int>(html.size()));
}
void request_fullscreen() { js_request_fullscreen(); }
void create_device_key(std::string_view identity) { js_create_key(std::string(identity).c_str()); }
void sign_with_device_key(std::string_view identity, std::string_view payload, int request_id) {
  js_sign(std::string(identity).c_str(), payload.data(), static_cast<int>(payload.size()), request_id);
}
std::int64_t now_ms() { return static_cast<std::int64_t>(js_now_ms()); }
double perf_now_ms() { return js_perf_now(); }
bool is_writer() { return js_is_writer() != 0; }
bool test_mode() { return js_test_mode() != 0; }
PageSize page_size() { return {js_css_width(), js_css_height(), js_dpr()}; }

} // namespace kinerja::platform

// ---------------------------------------------------------------------------
// Called by shell/app.js (listed once in web/CMakeLists.txt: KINERJA_EXPORTS).
extern "C" {

EMSCRIPTEN_KEEPALIVE void kinerja_resize(float css_width, float css_height, float dpr) {
  kinerja::web::on_page_resize(changed(), css_width, css_height, dpr);
}

EMSCRIPTEN_KEEPALIVE void kinerja_set_route(const char* hash) {
  kinerja::web::on_location_hash(changed(), hash ? hash : "");
}

EMSCRIPTEN_KEEPALIVE void kinerja_paste(const char* text) {
  if (text) ImGui::GetIO().AddInputCharactersUTF8(text);
}

EMSCRIPTEN_KEEPALIVE void kinerja_text_input(const char* text) {
  if (text) ImGui::GetIO().AddInputCharactersUTF8(text);
}

// Keys from the on-screen keyboard that arrive without a usable key event.
// code: 8 backspace, 13 enter.
EMSCRIPTEN_KEEPALIVE void kinerja_key(int code, int down) {
  ImGuiKey key = code == 8 ? ImGuiKey_Backspace : code == 13 ? ImGuiKey_Enter : ImGuiKey_None;
  if (key != ImGuiKey_None) ImGui::GetIO().AddKeyEvent(key, down != 0);
}

// A finger dragged by (dx, dy) CSS pixels: the content under it follows.
// ImGui scrolls 5 lines of text per wheel step; the body font is 17 CSS px.
EMSCRIPTEN_KEEPALIVE void kinerja_touch_scroll(float dx_css, float dy_css) {
  changed();
  constexpr float kCssPerWheelStep = 5 * 17.0f;
  ImGui::GetIO().AddMouseWheelEvent(dx_css / kCssPerWheelStep, dy_css / kCssPerWheelStep);
}

EMSCRIPTEN_KEEPALIVE int kinerja_is_text_field_at(float css_x, float css_y) {
  const float dpr = kinerja::web::host().state.viewport.dpr;
  return kinerja::web::widget_registry::is_text_field_at(css_x * dpr, css_y * dpr) ? 1 : 0;
}

// Returned pointer stays valid until the next call.
EMSCRIPTEN_KEEPALIVE const char* kinerja_widgets_json() {
  static std::string json;  // the buffer handed to JavaScript
  json = kinerja::web::widget_registry::last_frame_json(kinerja::web::host().state.viewport.dpr);
  return json.c_str();
}

// The screen for the accessibility mirror (shell/a11y.js): every control and
// line of text in reading order, with roles. Valid until the next call.
EMSCRIPTEN_KEEPALIVE const char* kinerja_a11y_json() {
  static std::string json;  // the buffer handed to JavaScript
  json = kinerja::web::widget_registry::accessibility_json(kinerja::web::host().state.viewport.dpr);
  return json.c_str();
}

// The mirror's element `uid` took the focus (activate: and was clicked, or
// Enter/Space pressed on it): the widget takes the keyboard focus in the next frame.
EMSCRIPTEN_KEEPALIVE void kinerja_a11y_focus(double uid, int activate) {
  changed();
  kinerja::web::widget_registry::request_focus(static_cast<std::uint32_t>(uid), activate != 0);
}

// The mirror's "next / previous part of the screen": scroll the screen a page.
EMSCRIPTEN_KEEPALIVE void kinerja_a11y_scroll(int direction) {
  changed();
  kinerja::web::widget_registry::scroll_screen(direction);
}

// A few facts about the state, for browser tests to assert on (never data).
EMSCRIPTEN_KEEPALIVE const char* kinerja_state_json() {
  static std::string json;  // the buffer handed to JavaScript
  json = kinerja::web::state_summary_json(kinerja::web::host().state);
  return json.c_str();
}

// Input events the page has handed over that no frame has used yet. Dear
// ImGui spreads fast typing over frames (one key change per frame), so a test
// that reads the state right after typing must wait for this to reach zero.
EMSCRIPTEN_KEEPALIVE int kinerja_input_pending() { return GImGui ? GImGui->InputEventsQueue.Size : 0; }

// 1 when the app has used every input event and drawn every frame they asked
// for: what is on the canvas (and in the widget registry) follows from all
// input so far. Tests wait on this instead of a fixed number of frames.
EMSCRIPTEN_KEEPALIVE int kinerja_settled() {
  const auto& h = kinerja::web::host();
  const bool idle = GImGui != nullptr && GImGui->InputEventsQueue.Size == 0;
  return idle && h.first_frame_shown && h.redraw_frames <= 0 && !h.state.wants_frame ? 1 : 0;
}

// Frames actually drawn: the mirror rebuilds only when this moves.
EMSCRIPTEN_KEEPALIVE double kinerja_drawn_frames() {
  return static_cast<double>(kinerja::web::host().frame_ms_count);
}

EMSCRIPTEN_KEEPALIVE double kinerja_frame_count() {
  return static_cast<double>(kinerja::web::host().state.frame);
}

// {"count": frames drawn so far, "ms": CPU time of the last drawn frames, oldest first}.
EMSCRIPTEN_KEEPALIVE const char* kinerja_frame_times_json() {
  static std::string json;  // the buffer handed to JavaScript
  const auto& h = kinerja::web::host();
  const int n = std::min(h.frame_ms_count, kinerja::web::Host::kFrameTimes);
  json = "{\"count\":" + std::to_string(h.frame_ms_count) + ",\"ms\":[";
  for (int i = h.frame_ms_count - n; i < h.frame_ms_count; ++i) {
    if (i > h.frame_ms_count - n) json += ",";
    json += std::to_string(h.frame_ms[i % kinerja::web::Host::kFrameTimes]);
  }
  json += "]}";
  return json.c_str();
}

EMSCRIPTEN_KEEPALIVE void kinerja_on_saved(int ok, const char* error) {
  kinerja::web::on_saved(changed(), ok != 0, error ? error : "");
}

EMSCRIPTEN_KEEPALIVE void kinerja_on_persist_answer(int persisted) {
  kinerja::web::on_persist_answer(changed(), persisted != 0);
}

// Files chosen in the picker or dropped on the page: begin, one call per
// file, end. A file's bytes go where kinerja_import_file_room says (the page
// writes them there); a file the page could not read is told with its reason.
EMSCRIPTEN_KEEPALIVE void kinerja_import_begin() { kinerja::web::import_begin(changed()); }

EMSCRIPTEN_KEEPALIVE char* kinerja_import_file_room(const char* name, int len) {
  return kinerja::web::import_file_room(changed(), name ? name : "", static_cast<std::size_t>(len));
}

// refused: 1 over the size limit, 2 compressed and damaged.
EMSCRIPTEN_KEEPALIVE void kinerja_import_file_refused(const char* name, int refused, double size) {
  using kinerja::web::FileRefused;
  kinerja::web::import_file_refused(changed(), name ? name : "", refused == 2 ? FileRefused::damaged_gzip : FileRefused::too_big,
                                    size);
}

EMSCRIPTEN_KEEPALIVE void kinerja_import_end() { kinerja::web::import_end(changed()); }

// One step of reading and checking the files (the page calls it until 1000,
// drawing its bar in between): the work done in thousandths. After it,
// kinerja_import_phase says what the next step does: 0 read, 1 check
// signatures, 2 compare with the stored data.
EMSCRIPTEN_KEEPALIVE int kinerja_import_step() {
  const double done = kinerja::web::import_step(changed());
  return done >= 1.0 ? 1000 : static_cast<int>(done * 999.0);
}
EMSCRIPTEN_KEEPALIVE int kinerja_import_phase() {
  return static_cast<int>(kinerja::web::import_phase(kinerja::web::host().state));
}

// Web Locks: 1 when this tab holds the writer lock. On becoming the writer the
// page has just reloaded /data from IndexedDB, so the store is read again.
EMSCRIPTEN_KEEPALIVE void kinerja_set_writer(int writer) {
  auto& s = changed();
  const bool was = s.data.writer;
  s.data.writer = writer != 0;
  if (!was && s.data.writer) kinerja::web::reload_data(s);
}

// Another tab saved; /data was reloaded from IndexedDB by the page.
EMSCRIPTEN_KEEPALIVE void kinerja_reload_data() { kinerja::web::reload_data(changed()); }

// The public figures the page fetched: publik.json from this origin
// (source "origin") or the demo city's (source "demo").
EMSCRIPTEN_KEEPALIVE void kinerja_set_publik(const char* bytes, int len, const char* source) {
  kinerja::web::on_publik_json(changed(), std::string_view(bytes ? bytes : "", bytes ? static_cast<std::size_t>(len) : 0),
                               source ? source : "");
}

// "Kunci saya": the browser made (or failed to make) this device's key.
EMSCRIPTEN_KEEPALIVE void kinerja_key_created(const char* identity, const char* public_key_hex, const char* error) {
  kinerja::web::on_device_key_created(changed(), identity ? identity : "", public_key_hex ? public_key_hex : "",
                                      error ? error : "");
}

// A signature the browser made with a device key (len 0: it could not).
EMSCRIPTEN_KEEPALIVE void kinerja_signed(int request_id, const unsigned char* sig, int len) {
  const std::string bytes = sig != nullptr && len > 0 ? std::string(reinterpret_cast<const char*>(sig), static_cast<std::size_t>(len))
                                                      : std::string();
  kinerja::web::on_device_signature(changed(), request_id, bytes);
}

EMSCRIPTEN_KEEPALIVE int kinerja_has_unexported() {
  return kinerja::web::has_unexported_changes(kinerja::web::host().state.data) ? 1 : 0;
}

} // extern "C"
