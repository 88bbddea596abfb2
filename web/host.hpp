// The one running application: its state and the GPU-side bits the frame
// loop needs. Owned by web/main.cpp; web/platform_web.cpp forwards page
// events to it.
#pragma once
#include "web/app_state.hpp"

#include <cstdint>

struct GLFWwindow;

namespace kinerja::web {

struct Host {
  AppState state;
  GLFWwindow* window = nullptr;
  float fonts_dpr = 0;  // the scale (DPR × text size) the font atlas was built for
  int canvas_w = 0;     // the canvas size last given to GLFW, in physical pixels
  int canvas_h = 0;
  bool first_frame_shown = false;
  // Frames still to draw. Idle, the app draws nothing: rendering through
  // WebGL on the main thread would delay IndexedDB's callbacks (saves) and
  // drain phone batteries. Input, page events and pending work refill it.
  int redraw_frames = 3;
  std::int64_t wake_at_ms = 0;  // a screen's timer: draw again then (0 = none)
  // CPU time of the last drawn frames (build UI + render + apply), in ms,
  // for the frame-time benchmark; a ring of kFrameTimes entries.
  static constexpr int kFrameTimes = 512;
  double frame_ms[kFrameTimes] = {};
  int frame_ms_count = 0;  // total drawn frames measured (the ring wraps)
};

Host& host();

} // namespace kinerja::web
