// Kinerja Samarinda web app: Dear ImGui on GLFW + OpenGL ES 3 (WebGL2).
// IndexedDB (/data) is loaded by the page before main() runs (shell/app.js),
// so every screen can read stored data from the first frame.
#include "web/app.hpp"
#include "web/host.hpp"
#include "web/platform.hpp"
#include "web/ui.hpp"
#include "web/widget_registry.hpp"

#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>

namespace kinerja::web {

Host& host() {
  static Host h;
  return h;
}

namespace {

void sync_canvas_size(Host& h) {
  const int w = static_cast<int>(std::lround(h.state.viewport.width_px));
  const int hh = static_cast<int>(std::lround(h.state.viewport.height_px));
  // Set on the canvas directly: glfwSetWindowSize() asks for fullscreen when
  // the size equals the screen's (an error outside a user gesture), and GLFW's
  // own idea of the window size is not used (DisplaySize is set per frame).
  if (h.canvas_w != w || h.canvas_h != hh) {
    kinerja::platform::set_canvas_size(w, hh);
    h.canvas_w = w;
    h.canvas_h = hh;
  }
}

void rebuild_fonts_if_needed(Host& h) {
  if (h.fonts_dpr == h.state.viewport.ui_scale()) return;
  apply_theme(h.state.viewport.ui_scale());
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  ImGui_ImplOpenGL3_CreateFontsTexture();
  h.fonts_dpr = h.state.viewport.ui_scale();
}

// Whether anything may have changed since the last drawn frame.
bool needs_redraw(Host& h) {
  const ImGuiContext& g = *GImGui;
  const bool busy = !g.InputEventsQueue.empty() || ImGui::GetIO().WantTextInput || ImGui::IsAnyItemActive() ||
                    g.OpenPopupStack.Size > 0;
  if (busy) h.redraw_frames = std::max(h.redraw_frames, 3);  // ImGui settles within a few frames
  if (h.wake_at_ms > 0 && kinerja::platform::now_ms() >= h.wake_at_ms) {
    h.wake_at_ms = 0;
    h.redraw_frames = std::max(h.redraw_frames, 2);
  }
  if (h.redraw_frames <= 0) return false;
  // While a save is on its way to IndexedDB and the user is not doing
  // anything, hold the pending frames: the save's callbacks run on this same
  // thread, and a frame drawn now would make them wait. kinerja_on_saved
  // brings the frames back a few milliseconds later.
  if (!busy && h.state.save == SaveState::saving) return false;
  --h.redraw_frames;
  return true;
}

void frame() {
  Host& h = host();
  ++h.state.frame;  // counts display refreshes, drawn or not (tests wait on it)
  if (h.first_frame_shown && !needs_redraw(h)) return;
  const double started = kinerja::platform::perf_now_ms();
  sync_canvas_size(h);
  rebuild_fonts_if_needed(h);

  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  // The UI is laid out in physical pixels (GLFW reports the mouse in canvas
  // pixels), with fonts and sizes scaled by the DPR: crisp text on any screen.
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(h.state.viewport.width_px, h.state.viewport.height_px);
  io.DisplayFramebufferScale = ImVec2(1, 1);
  widget_registry::begin_frame();
  ImGui::NewFrame();

  h.state.data.now_ms = kinerja::platform::now_ms();
  Actions actions;
  draw_app(h.state, actions);
  h.wake_at_ms = actions.wake_at_ms.value_or(0);

  ImGui::Render();
  glViewport(0, 0, static_cast<GLsizei>(io.DisplaySize.x), static_cast<GLsizei>(io.DisplaySize.y));
  glClearColor(0.969f, 0.973f, 0.980f, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  widget_registry::end_frame();

  platform::set_text_input_active(io.WantTextInput);
  apply(h.state, actions);
  if (h.state.wants_frame) {
    h.state.wants_frame = false;
    h.redraw_frames = std::max(h.redraw_frames, 2);
  }
  // WebGL queues the draw calls: this is the CPU side of the frame, which is
  // what a slow phone feels (the GPU part runs after the callback returns).
  h.frame_ms[h.frame_ms_count % Host::kFrameTimes] = kinerja::platform::perf_now_ms() - started;
  ++h.frame_ms_count;
  if (!h.first_frame_shown) {
    h.first_frame_shown = true;
    platform::notify_first_frame();
  }
}

} // namespace
} // namespace kinerja::web

int main() {
  using namespace kinerja::web;
  Host& h = host();
  if (!glfwInit()) return 1;
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  const auto page = kinerja::platform::page_size();
  h.state = make_initial_state(kinerja::platform::location_hash());
  h.state.test_mode = kinerja::platform::test_mode();
  on_page_resize(h.state, page.css_width, page.css_height, page.dpr);
  h.window = glfwCreateWindow(static_cast<int>(h.state.viewport.width_px),
                              static_cast<int>(h.state.viewport.height_px), "Kinerja Samarinda", nullptr, nullptr);
  if (!h.window) return 1;
  glfwMakeContextCurrent(h.window);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  GImGui->TestEngineHookItems = true;  // feeds web/widget_registry.cpp
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // layout is code, not a file
  // Arrows, Space, Enter and Escape work the widgets (shell/a11y.js gives Tab
  // to the page, which moves through the accessibility mirror).
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  io.ConfigInputTextCursorBlink = !h.state.test_mode;
  ImGui_ImplGlfw_InitForOpenGL(h.window, true);
  ImGui_ImplOpenGL3_Init("#version 300 es");
  kinerja::platform::install_input_handlers();
  // GLFW in this Emscripten has no clipboard: copy goes to navigator.clipboard,
  // paste arrives as a page paste event (kinerja_paste), so Ctrl+V itself reads nothing.
  io.SetClipboardTextFn = [](void*, const char* text) { kinerja::platform::set_clipboard_text(text); };
  io.GetClipboardTextFn = [](void*) -> const char* { return ""; };

  kinerja::platform::request_persistent_storage();
  kinerja::platform::run_main_loop(frame);
  return 0;
}
