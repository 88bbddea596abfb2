#include "web/widget_registry.hpp"

#include <imgui.h>
#include <imgui_internal.h>
#include <nlohmann/json.hpp>

#include <cstdarg>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kinerja::web::widget_registry {
namespace {

struct Widget {
  ImGuiID id = 0;
  ImRect rect;
  ImRect clip;
  std::string label;
  std::string window;
  ImGuiItemStatusFlags flags = 0;
};

struct Frames {
  std::vector<Widget> building;
  std::unordered_map<ImGuiID, std::size_t> pending;  // id -> index in building, awaiting its label
  std::vector<Widget> last;
};

Frames& frames() {
  static Frames f;  // owned by the registry, not by any screen
  return f;
}

} // namespace

void begin_frame() {
  frames().building.clear();
  frames().pending.clear();
}

void end_frame() { frames().last.swap(frames().building); }

bool is_text_field_at(float x, float y) {
  for (const auto& w : frames().last)
    if ((w.flags & ImGuiItemStatusFlags_Inputable) && w.rect.Contains(ImVec2(x, y)) &&
        w.clip.Contains(ImVec2(x, y)))
      return true;
  return false;
}

std::string last_frame_json(float scale) {
  auto out = nlohmann::json::array();
  for (const auto& w : frames().last) {
    if (w.label.empty()) continue;  // items that never said their name (separators, spacing)
    std::string_view label = w.label;
    auto hashes = label.find("##");
    std::string_view text = label.substr(0, hashes);
    std::string_view id = hashes == std::string_view::npos ? text : label.substr(hashes + 2);
    if (w.window.starts_with("Debug##")) continue;  // ImGui's implicit fallback window
    // A child window is named "<parent>/<id>_<8 hex digits>": publish just its id.
    if (auto slash = label.rfind('/'); slash != std::string_view::npos && w.window == label) {
      std::string_view tail = label.substr(slash + 1);
      if (tail.size() > 9 && tail[tail.size() - 9] == '_') tail.remove_suffix(9);
      id = text = tail;
    }
    ImRect visible = w.rect;
    visible.ClipWith(w.clip);
    bool shown = visible.GetWidth() > 0 && visible.GetHeight() > 0;
    nlohmann::json j = {
        {"id", id}, {"text", text}, {"window", w.window},
        {"x", w.rect.Min.x / scale}, {"y", w.rect.Min.y / scale},
        {"w", w.rect.GetWidth() / scale}, {"h", w.rect.GetHeight() / scale},
        {"inputable", (w.flags & ImGuiItemStatusFlags_Inputable) != 0}, {"visible", shown},
    };
    if (w.flags & ImGuiItemStatusFlags_Checkable) j["checked"] = (w.flags & ImGuiItemStatusFlags_Checked) != 0;
    out.push_back(std::move(j));
  }
  return out.dump();
}

} // namespace kinerja::web::widget_registry

// Dear ImGui calls these for every item while g.TestEngineHookItems is set.
using kinerja::web::widget_registry::frames;

void ImGuiTestEngineHook_ItemAdd(ImGuiContext* ctx, ImGuiID id, const ImRect& bb, const ImGuiLastItemData*) {
  auto& f = frames();
  ImGuiWindow* window = ctx->CurrentWindow;
  kinerja::web::widget_registry::Widget w;
  w.id = id;
  w.rect = bb;
  w.clip = window ? window->ClipRect : bb;
  w.window = window ? window->Name : "";
  f.pending[id] = f.building.size();
  f.building.push_back(std::move(w));
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext*, ImGuiID id, const char* label, ImGuiItemStatusFlags flags) {
  auto& f = frames();
  auto it = f.pending.find(id);
  if (it == f.pending.end() || !label) return;
  auto& w = f.building[it->second];
  w.label = label;
  w.flags = flags;
  f.pending.erase(it);
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }
