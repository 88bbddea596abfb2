// The frame around every screen: theme and fonts, the top bar (title, role
// navigation, language switch, the "tersimpan" indicator) and the current screen.
#include "web/a11y_text.hpp"
#include "web/ui.hpp"
#include "web/screens/riwayat_panel.hpp"

#include "web/i18n.hpp"
#include "web/widgets.hpp"

#include <imgui.h>

#include <cstdio>

namespace kinerja::web {
namespace {

constexpr float kBodyFontPx = 17.0f;     // CSS pixels: ≥ 16 px keeps phones readable
constexpr float kHeadingFontPx = 22.0f;

ImVec4 rgb(int r, int g, int b, float a = 1.0f) {
  return {static_cast<float>(r) / 255.0f, static_cast<float>(g) / 255.0f, static_cast<float>(b) / 255.0f, a};
}

struct NavItem {
  Route route;
  const char* label;  // "Publik##nav.publik": the id after ## stays stable across languages
};

void draw_nav_button(const AppState& state, Actions& actions, Route route, const char* key, const char* id) {
  const bool current = state.route == route;
  if (current) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyle().Colors[ImGuiCol_ButtonActive]);
  ImGui::PushID(id);
  char label[128];
  std::snprintf(label, sizeof label, "%s##%s", tr(state.lang, key), id);
  if (ImGui::Button(label) && !current) actions.navigate = route;
  ImGui::PopID();
  if (current) ImGui::PopStyleColor();
}

void draw_save_indicator(const AppState& state) {
  const char* key = "status.saved";
  ImVec4 colour = rgb(22, 120, 72);
  switch (state.save) {
    case SaveState::idle: key = "status.saved"; break;
    case SaveState::saved: key = "status.saved"; break;
    case SaveState::saving: key = "status.saving"; colour = rgb(150, 110, 0); break;
    case SaveState::failed: key = "status.save_failed"; colour = rgb(180, 30, 30); break;
  }
  // A coloured dot before the word (the UI font has no check-mark glyph).
  const float r = ImGui::GetFontSize() * 0.28f;
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float mid = p.y + ImGui::GetStyle().FramePadding.y + ImGui::GetFontSize() * 0.55f;
  ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(p.x + r, mid), r,
                                              ImGui::GetColorU32(colour));
  ImGui::Dummy(ImVec2(r * 2, ImGui::GetFontSize()));
  ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
  ImGui::PushStyleColor(ImGuiCol_Text, colour);
  a11y::TextUnformatted(tr(state.lang, key));
  widget_registry::mark_last_text(widget_registry::Role::status);  // "Tersimpan" is announced
  ImGui::PopStyleColor();
  if (state.save == SaveState::failed && !state.save_error.empty() && ImGui::IsItemHovered())
    ImGui::SetTooltip("%s", state.save_error.c_str());
}

// Coloured one-line messages under the top bar, most urgent first.
void banner(const char* id, ImVec4 bg, const char* text) {
  ImGui::PushStyleColor(ImGuiCol_ChildBg, bg);
  ImGui::BeginChild(id, ImVec2(0, 0), ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding);
  a11y::TextWrapped("%s", text);
  widget_registry::mark_last_text(widget_registry::Role::status);  // read out when it changes
  ImGui::EndChild();
  ImGui::PopStyleColor();
}

void draw_banners(const AppState& state, Actions& actions) {
  const auto& d = state.data;
  if (!state.busy.empty()) banner("banner.busy", rgb(255, 243, 205), state.busy.c_str());
  if (d.storage_full) {
    banner("banner.storage_full", rgb(253, 226, 226), tr(state.lang, "data.storage_full"));
    if (widgets::action_button(state.lang, "data.export_now")) actions.export_scope = Scope{ScopeKind::bkpsdm, {}};
  }
  if (!d.writer) banner("banner.read_only", rgb(255, 243, 205), tr(state.lang, "data.read_only"));
  for (const auto& n : d.load_notices) banner("banner.recovered", rgb(255, 243, 205), n.c_str());
  if (!d.message.empty())
    banner("banner.message", d.message_is_error ? rgb(253, 226, 226) : rgb(220, 242, 230), d.message.c_str());
  if (has_unexported_changes(d) && d.writer) {
    const std::int64_t days = d.last_export_ms > 0 ? (d.now_ms - d.last_export_ms) / 86400000 : -1;
    if (days < 0 || days >= 7) {
      char line[256];
      if (days < 0) std::snprintf(line, sizeof line, "%s", tr(state.lang, "data.never_exported"));
      else std::snprintf(line, sizeof line, tr(state.lang, "data.last_export_days"), static_cast<long long>(days));
      banner("banner.export_reminder", rgb(255, 243, 205), line);
    }
  }
}

void draw_top_bar(const AppState& state, Actions& actions) {
  widgets::heading(tr(state.lang, "app.title"));
  widget_registry::mark_last_text(widget_registry::Role::title);
  if (state.route != Route::publik) a11y::TextDisabled("%s", tr(state.lang, "app.subtitle"));

  struct Nav { Route route; const char* key; const char* id; };
  constexpr Nav kNav[] = {
      {Route::publik, "nav.publik", "nav.publik"},   {Route::pegawai, "nav.pegawai", "nav.pegawai"},
      {Route::penilai, "nav.penilai", "nav.penilai"}, {Route::admin, "nav.admin", "nav.admin"},
      {Route::kiosk, "nav.kiosk", "nav.kiosk"},
  };
  // A citizen on the public page meets the figures, not the staff's seven
  // buttons: there the staff roles fold into one "Menu staf" button (one tap
  // opens them), and the title takes one line.
  const bool folded = state.route == Route::publik && !state.staff_menu_open;
  if (state.route == Route::publik) {
    char menu[128];
    std::snprintf(menu, sizeof menu, "%s##nav.staff", tr(state.lang, state.staff_menu_open ? "nav.staff_close" : "nav.staff"));
    if (ImGui::Button(menu)) actions.toggle_staff_menu = true;
  }
  bool first = state.route != Route::publik;
  for (const auto& n : kNav) {
    if (folded) break;
    if (n.route == Route::publik && state.route == Route::publik) continue;
    if (!first) {
      const float w = ImGui::CalcTextSize(tr(state.lang, n.key)).x + ImGui::GetStyle().FramePadding.x * 2;
      widgets::same_line_if_fits(w);
    }
    draw_nav_button(state, actions, n.route, n.key, n.id);
    first = false;
  }

  // Language switch and the save indicator share the second line (the
  // first, beside the folded menu, on the public page).
  const Lang other = state.lang == Lang::id ? Lang::en : Lang::id;
  char label[96];
  if (folded) widgets::same_line_if_fits(ImGui::CalcTextSize(tr(state.lang, "lang.en")).x + ImGui::GetFontSize() * 2);
  std::snprintf(label, sizeof label, "%s##lang.toggle",
                tr(state.lang, other == Lang::en ? "lang.en" : "lang.id"));
  if (ImGui::Button(label)) actions.set_lang = other;
  ImGui::SameLine();
  std::snprintf(label, sizeof label, "%s##settings.toggle", tr(state.lang, "settings.title"));
  if (ImGui::Button(label)) actions.toggle_settings = true;
  if (!folded) {  // a citizen saves nothing here
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    draw_save_indicator(state);
  }

  if (state.settings_open) draw_settings_panel(state, actions);
  draw_banners(state, actions);
  if (state.data.import.open) draw_import_preview(state, actions);
  if (state.riwayat.open) draw_riwayat_panel(state, actions);
  if (!state.notice.empty()) {
    widgets::note_box("notice", state.notice.c_str());
    widget_registry::mark_last_text(widget_registry::Role::status);
    if (widgets::action_button(state.lang, "action.dismiss")) actions.dismiss_notice = true;
  }
  ImGui::Separator();
}

} // namespace

void apply_theme(float dpr) {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  ImFontConfig cfg;
  cfg.OversampleH = 2;
  cfg.OversampleV = 1;
  static const ImWchar kRanges[] = {0x0020, 0x017F, 0x2010, 0x203A, 0x20AC, 0x20AC, 0x2190, 0x2193,
                                    0x2212, 0x2212, 0x2264, 0x2265, 0x25B2, 0x25CF, 0x2713, 0x2715, 0};
  // The symbols Noto Sans lacks (≤ ≥ − ✓ ✕ ▲ ▼ ●) merged in from its siblings.
  static const ImWchar kMathRanges[] = {0x2212, 0x2212, 0x2264, 0x2265, 0};
  static const ImWchar kSymbolRanges[] = {0x25B2, 0x25B2, 0x25BC, 0x25BC, 0x25CF, 0x25CF, 0x2713, 0x2713, 0x2715, 0x2715, 0};
  auto add_face = [&](const char* file, float px) {
    io.Fonts->AddFontFromFileTTF(file, px, &cfg, kRanges);
    ImFontConfig merge = cfg;
    merge.MergeMode = true;
    io.Fonts->AddFontFromFileTTF("/fonts/NotoSansMath.ttf", px, &merge, kMathRanges);
    io.Fonts->AddFontFromFileTTF("/fonts/NotoSansSymbols2.ttf", px, &merge, kSymbolRanges);
  };
  add_face("/fonts/NotoSans-Regular.ttf", kBodyFontPx * dpr);
  add_face("/fonts/NotoSans-Bold.ttf", kHeadingFontPx * dpr);

  ImGuiStyle style;
  ImGui::StyleColorsLight(&style);
  style.WindowPadding = ImVec2(16, 14);
  style.FramePadding = ImVec2(12, 7);
  style.ItemSpacing = ImVec2(10, 10);
  style.ItemInnerSpacing = ImVec2(8, 6);
  style.FrameRounding = 6;
  style.ChildRounding = 8;
  style.PopupRounding = 6;
  style.GrabRounding = 6;
  style.ScrollbarSize = 16;
  style.WindowBorderSize = 0;
  style.FrameBorderSize = 1;
  ImVec4* c = style.Colors;
  c[ImGuiCol_WindowBg] = rgb(247, 248, 250);
  c[ImGuiCol_ChildBg] = rgb(255, 255, 255);
  c[ImGuiCol_Text] = rgb(25, 32, 40);
  c[ImGuiCol_TextDisabled] = rgb(92, 100, 110);
  c[ImGuiCol_Border] = rgb(205, 210, 218);
  c[ImGuiCol_Button] = rgb(226, 240, 234);
  c[ImGuiCol_ButtonHovered] = rgb(196, 226, 212);
  c[ImGuiCol_ButtonActive] = rgb(160, 208, 186);
  c[ImGuiCol_FrameBg] = rgb(255, 255, 255);
  c[ImGuiCol_Header] = rgb(214, 234, 225);
  c[ImGuiCol_HeaderHovered] = rgb(196, 226, 212);
  c[ImGuiCol_Separator] = rgb(205, 210, 218);
  // The keyboard focus ring: dark blue, 8.6:1 on white (WCAG 2.4.7 / 1.4.11).
  c[ImGuiCol_NavHighlight] = rgb(23, 64, 160);
  style.ScaleAllSizes(dpr);
  ImGui::GetStyle() = style;
}

void draw_app(const AppState& state, Actions& actions) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->Pos);
  ImGui::SetNextWindowSize(vp->Size);
  ImGui::Begin("Kinerja Samarinda##main", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus);
  // On a phone the top bar scrolls away with the content: fixed, it would
  // take a quarter of the screen. On a desktop it stays in place.
  // A citizen at the kiosk sees only the questionnaire: no navigation, no settings.
  const bool chrome = !(state.route == Route::kiosk && kiosk_hides_chrome(state.kiosk_ui));
  const bool narrow = state.viewport.width_units() < 700;
  if (chrome && !narrow) draw_top_bar(state, actions);
  // Another screen starts at its top, not where the last one was scrolled to.
  static Route shown = state.route;
  if (shown != state.route) {
    ImGui::SetNextWindowScroll(ImVec2(0, 0));
    shown = state.route;
  }
  ImGui::BeginChild("screen", ImVec2(0, 0), ImGuiChildFlags_None, ImGuiWindowFlags_None);
  widget_registry::note_screen_region();
  if (chrome && narrow) draw_top_bar(state, actions);
  if (state.data.demo_pending) {
    // Until the first visit's demo city is made (a frame later) a screen would
    // say "no data yet": the banner says what is happening instead.
    if (!chrome) draw_banners(state, actions);
  } else {
    switch (state.route) {
      case Route::publik: draw_publik(state, actions); break;
      case Route::pegawai: draw_pegawai(state, actions); break;
      case Route::penilai: draw_penilai(state, actions); break;
      case Route::admin: draw_admin(state, actions); break;
      case Route::kiosk: draw_kiosk(state, actions); break;
    }
  }
  ImGui::EndChild();
  ImGui::End();
}

} // namespace kinerja::web
