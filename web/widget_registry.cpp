#include "web/widget_registry.hpp"

#include "web/palette.hpp"

#include <imgui.h>
#include <imgui_internal.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdarg>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kinerja::web::widget_registry {
namespace {

enum class Layer : std::uint8_t { top, screen, dialog, tooltip };

struct Widget {
  ImGuiID id = 0;  // 0: a line of text
  ImRect rect;
  ImRect clip;
  std::string label;
  std::string window;
  ImGuiItemStatusFlags flags = 0;
  Role role = Role::automatic;
  Layer layer = Layer::top;
  std::string value;
  std::string hint;
  ImU32 fg = 0, bg = 0;  // a text's colours
  bool disabled = false;
};

struct ScreenRegion {
  float scroll_y = 0;
  float scroll_max = 0;
  float page = 0;  // the region's visible height
};

struct Frames {
  std::vector<Widget> building;
  std::unordered_map<ImGuiID, std::size_t> pending;  // id -> index in building, awaiting its label
  std::vector<Widget> last;
  ImGuiID last_focus = 0;
  ScreenRegion screen_building, screen_last;
  // The mirror's requests for the next frame.
  ImGuiID focus_request = 0;
  bool activate_request = false;
  bool activate_now = false;  // focus was given this frame: press Space after it
  int scroll_request = 0;
};

Frames& frames() {
  static Frames f;  // owned by the registry, not by any screen
  return f;
}

// Whether an item drawn in `window` belongs to the top bar, the screen, or a dialog over them.
Layer layer_of(const ImGuiWindow* window) {
  for (const ImGuiWindow* w = window; w != nullptr; w = w->ParentWindow) {
    if (w->Flags & ImGuiWindowFlags_Tooltip) return Layer::tooltip;
    if (w->Flags & (ImGuiWindowFlags_Popup | ImGuiWindowFlags_Modal)) return Layer::dialog;
    if (std::string_view(w->Name).ends_with("/screen") || std::string_view(w->Name).find("/screen_") != std::string_view::npos)
      return Layer::screen;
  }
  return Layer::top;
}

const char* role_name(const Widget& w) {
  switch (w.role) {
    case Role::button: return "button";
    case Role::textbox: return "textbox";
    case Role::multiline: return "multiline";
    case Role::checkbox: return "checkbox";
    case Role::radio: return "radio";
    case Role::combobox: return "combobox";
    case Role::option: return "option";
    case Role::title: return "title";
    case Role::heading: return "heading";
    case Role::text: return "text";
    case Role::status: return "status";
    case Role::alert: return "alert";
    case Role::automatic: break;
  }
  if (w.flags & ImGuiItemStatusFlags_Inputable) return "textbox";
  if (w.flags & ImGuiItemStatusFlags_Checkable) return "checkbox";
  return "button";
}

const char* layer_name(Layer l) {
  switch (l) {
    case Layer::top: return "top";
    case Layer::screen: return "screen";
    case Layer::dialog: return "dialog";
    case Layer::tooltip: return "tooltip";
  }
  return "top";
}

// The label split into what is shown and the stable id ("Simpan##skp.save").
struct Named {
  std::string_view text, id;
  bool skip = false;  // ImGui's fallback window, or a child window's own entry
};
Named name_of(const Widget& w) {
  Named n;
  if (w.id == 0) {
    n.text = w.label;
    return n;
  }
  std::string_view label = w.label;
  auto hashes = label.find("##");
  n.text = label.substr(0, hashes);
  n.id = hashes == std::string_view::npos ? n.text : label.substr(hashes + 2);
  if (w.window.starts_with("Debug##")) n.skip = true;  // ImGui's implicit fallback window
  // A child window is named "<parent>/<id>_<8 hex digits>": publish just its id.
  if (auto slash = label.rfind('/'); slash != std::string_view::npos && w.window == label) {
    std::string_view tail = label.substr(slash + 1);
    if (tail.size() > 9 && tail[tail.size() - 9] == '_') tail.remove_suffix(9);
    n.id = n.text = tail;
  }
  return n;
}

bool shown(const Widget& w) {
  ImRect visible = w.rect;
  visible.ClipWith(w.clip);
  return visible.GetWidth() > 0 && visible.GetHeight() > 0;
}

Widget* find_building(ImGuiID id) {
  auto& b = frames().building;
  for (auto it = b.rbegin(); it != b.rend(); ++it)
    if (it->id == id) return &*it;
  return nullptr;
}

} // namespace

void begin_frame() {
  auto& f = frames();
  f.building.clear();
  f.pending.clear();
  f.screen_building = {};
}

void end_frame() {
  auto& f = frames();
  f.last.swap(f.building);
  f.screen_last = f.screen_building;
  const ImGuiContext& g = *GImGui;
  f.last_focus = g.NavDisableHighlight ? 0 : g.NavId;
  if (f.activate_now) {
    // Space on the focused widget, as a keyboard user would press it: Dear
    // ImGui's own activation (buttons press, boxes toggle, fields take text).
    f.activate_now = false;
    ImGui::GetIO().AddKeyEvent(ImGuiKey_Space, true);
    ImGui::GetIO().AddKeyEvent(ImGuiKey_Space, false);
  }
}

void note_last_item(Role role, std::string_view value, std::string_view hint) {
  Widget* w = GImGui->LastItemData.ID != 0 ? find_building(GImGui->LastItemData.ID) : nullptr;
  if (w == nullptr) return;
  w->role = role;
  w->value = value;
  w->hint = hint;
}

namespace {

// The colour behind text drawn now in `window`: its child background while
// one is pushed (screens push it around BeginChild), a popup's, or the page's.
ImU32 background_of(const ImGuiWindow* window) {
  if (window->Flags & (ImGuiWindowFlags_Popup | ImGuiWindowFlags_Tooltip)) return ImGui::GetColorU32(ImGuiCol_PopupBg);
  if ((window->Flags & ImGuiWindowFlags_ChildWindow) && ImGui::GetStyleColorVec4(ImGuiCol_ChildBg).w > 0.5f)
    return ImGui::GetColorU32(ImGuiCol_ChildBg);
  return ImGui::GetColorU32(ImGuiCol_WindowBg);
}

Rgb rgb_of(ImU32 c) {
  return {static_cast<std::uint8_t>(c >> IM_COL32_R_SHIFT), static_cast<std::uint8_t>(c >> IM_COL32_G_SHIFT),
          static_cast<std::uint8_t>(c >> IM_COL32_B_SHIFT)};
}

} // namespace

void note_last_checked(bool checked) {
  Widget* w = GImGui->LastItemData.ID != 0 ? find_building(GImGui->LastItemData.ID) : nullptr;
  if (w == nullptr) return;
  w->flags |= ImGuiItemStatusFlags_Checkable;
  w->bg = background_of(GImGui->CurrentWindow);  // the label stands beside the circle, on the window
  if (checked) w->flags |= ImGuiItemStatusFlags_Checked;
  else w->flags &= ~ImGuiItemStatusFlags_Checked;
}

void add_text(std::string_view text, Role role, std::uint32_t fg, std::uint32_t bg) {
  ImGuiContext& g = *GImGui;
  ImGuiWindow* window = g.CurrentWindow;
  if (window == nullptr || window->SkipItems || text.empty()) return;
  Widget w;
  w.fg = fg != 0 ? fg : ImGui::GetColorU32(ImGuiCol_Text);
  w.bg = bg != 0 ? bg : background_of(window);
  w.rect = g.LastItemData.Rect;
  w.clip = window->ClipRect;
  if (!shown(w)) return;  // scrolled out of view: the mirror shows what the screen shows
  w.label = text;
  w.window = window->Name;
  w.role = role;
  w.layer = layer_of(window);
  frames().building.push_back(std::move(w));
}

void mark_last_text(Role role) {
  auto& b = frames().building;
  if (!b.empty() && b.back().id == 0) b.back().role = role;
}

void note_screen_region() {
  auto& f = frames();
  if (f.scroll_request != 0) {
    const float page = ImGui::GetWindowHeight() * 0.8f;
    ImGui::SetScrollY(ImClamp(ImGui::GetScrollY() + static_cast<float>(f.scroll_request) * page, 0.0f, ImGui::GetScrollMaxY()));
    f.scroll_request = 0;
  }
  f.screen_building = {ImGui::GetScrollY(), ImGui::GetScrollMaxY(), ImGui::GetWindowHeight()};
}

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
    if (w.id == 0 || w.label.empty()) continue;  // text, and items that never said their name
    const Named n = name_of(w);
    if (n.skip) continue;
    nlohmann::json j = {
        {"id", n.id}, {"text", n.text}, {"window", w.window},
        {"x", w.rect.Min.x / scale}, {"y", w.rect.Min.y / scale},
        {"w", w.rect.GetWidth() / scale}, {"h", w.rect.GetHeight() / scale},
        {"inputable", (w.flags & ImGuiItemStatusFlags_Inputable) != 0}, {"visible", shown(w)},
    };
    if (w.flags & ImGuiItemStatusFlags_Checkable) j["checked"] = (w.flags & ImGuiItemStatusFlags_Checked) != 0;
    out.push_back(std::move(j));
  }
  return out.dump();
}

std::string accessibility_json(float scale) {
  const auto& f = frames();
  auto items = nlohmann::json::array();
  for (const auto& w : f.last) {
    if (w.label.empty() || w.layer == Layer::tooltip) continue;
    const Named n = name_of(w);
    if (n.skip) continue;
    // A child window's own entry is a container, not a control.
    if (w.id != 0 && w.window == w.label) continue;
    if (w.id != 0 && !shown(w)) continue;
    nlohmann::json j = {
        {"uid", w.id}, {"id", n.id}, {"role", role_name(w)}, {"name", n.text}, {"layer", layer_name(w.layer)},
        {"x", w.rect.Min.x / scale}, {"y", w.rect.Min.y / scale},
        {"w", w.rect.GetWidth() / scale}, {"h", w.rect.GetHeight() / scale},
    };
    if (!w.value.empty()) j["value"] = w.value;
    if (!w.hint.empty()) j["hint"] = w.hint;
    if (w.disabled) j["disabled"] = true;
    if (w.fg != 0 && w.bg != 0) j["contrast"] = std::round(kontras(rgb_of(w.fg), rgb_of(w.bg)) * 100) / 100;
    if (w.flags & ImGuiItemStatusFlags_Checkable) j["checked"] = (w.flags & ImGuiItemStatusFlags_Checked) != 0;
    if (w.flags & ImGuiItemStatusFlags_Openable) j["expanded"] = (w.flags & ImGuiItemStatusFlags_Opened) != 0;
    items.push_back(std::move(j));
  }
  const nlohmann::json out = {
      {"focus", f.last_focus},
      {"scroll", {{"y", f.screen_last.scroll_y / scale}, {"max", f.screen_last.scroll_max / scale}}},
      {"items", std::move(items)},
  };
  return out.dump();
}

void request_focus(std::uint32_t uid, bool activate) {
  auto& f = frames();
  f.focus_request = uid;
  f.activate_request = activate;
}

void scroll_screen(int direction) { frames().scroll_request = direction > 0 ? 1 : direction < 0 ? -1 : 0; }

} // namespace kinerja::web::widget_registry

// Dear ImGui calls these for every item while g.TestEngineHookItems is set.
using kinerja::web::widget_registry::frames;

namespace {

// The mirror asked for keyboard focus on this item: give it, as Tab would,
// with the focus ring shown, and bring it well into view (centred when it
// was near an edge, so what follows it is on screen too).
void take_focus(ImGuiContext& g, ImGuiWindow* window, ImGuiID id, const ImRect& bb) {
  auto& f = frames();
  f.focus_request = 0;
  if (g.ActiveId != 0 && g.ActiveId != id) ImGui::ClearActiveID();
  ImGui::SetFocusID(id, window);
  g.NavDisableHighlight = false;
  g.NavDisableMouseHover = true;
  // Near the edge of what scrolls (the screen, or a list in it), not of the
  // card or box the widget sits in.
  const ImGuiWindow* pane = window;
  while (pane->ParentWindow != nullptr && pane->ScrollMax.y <= 0 && (pane->Flags & ImGuiWindowFlags_ChildWindow))
    pane = pane->ParentWindow;
  const ImRect& clip = pane->ClipRect;
  const float margin = clip.GetHeight() * 0.25f;
  if (bb.Min.y < clip.Min.y || bb.Max.y > clip.Max.y - margin)
    ImGui::ScrollToRectEx(window, bb, ImGuiScrollFlags_AlwaysCenterY);
  f.activate_now = f.activate_request;
  f.activate_request = false;
}

} // namespace

void ImGuiTestEngineHook_ItemAdd(ImGuiContext* ctx, ImGuiID id, const ImRect& bb, const ImGuiLastItemData*) {
  auto& f = frames();
  ImGuiWindow* window = ctx->CurrentWindow;
  kinerja::web::widget_registry::Widget w;
  w.id = id;
  w.rect = bb;
  w.clip = window ? window->ClipRect : bb;
  w.window = window ? window->Name : "";
  w.layer = kinerja::web::widget_registry::layer_of(window);
  w.disabled = (ctx->LastItemData.InFlags & ImGuiItemFlags_Disabled) != 0;
  f.pending[id] = f.building.size();
  f.building.push_back(std::move(w));
  if (f.focus_request == id && window != nullptr) take_focus(*ctx, window, id, bb);
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext* ctx, ImGuiID id, const char* label, ImGuiItemStatusFlags flags) {
  auto& f = frames();
  auto it = f.pending.find(id);
  if (it == f.pending.end() || !label) return;
  auto& w = f.building[it->second];
  w.label = label;
  w.flags = flags;
  f.pending.erase(it);
  // The label's colours, while the widget's own pushes are still in force.
  using kinerja::web::widget_registry::background_of;
  w.fg = ImGui::GetColorU32(ImGuiCol_Text);
  if (flags & ImGuiItemStatusFlags_Inputable) w.bg = ImGui::GetColorU32(ImGuiCol_FrameBg);
  else if (flags & ImGuiItemStatusFlags_Openable) w.bg = ImGui::GetColorU32(ImGuiCol_Header);
  else if (flags & ImGuiItemStatusFlags_Checkable) w.bg = ctx->CurrentWindow ? background_of(ctx->CurrentWindow) : 0;
  else w.bg = ImGui::GetColorU32(ImGuiCol_Button);
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }
