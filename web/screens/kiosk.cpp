// The kiosk workspace (#/kiosk): a tablet or PC at a service counter, used by
// citizens one after another, by touch. The officer sets it up once (unit,
// then "Mulai mode kios" → full screen); citizens then answer the SKM (nine
// unsur) or leave a complaint, and the kiosk resets for the next one. The
// officer's view shows the unit's responses and IKM (core/workflow/kiosk) and offers
// the file for the admin (core/workflow/kiosk_export). Citizen pages: kiosk_citizen.cpp.
#include "web/a11y_text.hpp"
#include "web/screens/kiosk_parts.hpp"

#include "core/workflow/kiosk.hpp"
#include "core/workflow/kiosk_export.hpp"
#include "web/format.hpp"
#include "web/i18n.hpp"
#include "web/platform.hpp"
#include "web/screens/screen_common.hpp"
#include "web/ui.hpp"
#include "web/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <string>

namespace kinerja::web {
namespace kiosk {

void Column::begin(const AppState& s, float max_css) {
  const float avail = ImGui::GetContentRegionAvail().x;
  width = std::min(avail, px(s, max_css));
  indent = std::max(0.0f, (avail - width) * 0.5f);
  if (indent > 0) ImGui::Indent(indent);
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
  right = ImGui::GetCursorScreenPos().x + width;
}

void Column::same_line_if_fits(float w) const {
  if (ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + w <= right + 0.5f) ImGui::SameLine();
}

std::string wrap_words(const std::string& text, float width) {
  std::string out, line;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t j = text.find(' ', i);
    if (j == std::string::npos) j = text.size();
    const std::string word = text.substr(i, j - i);
    const std::string trial = line.empty() ? word : line + " " + word;
    if (!line.empty() && ImGui::CalcTextSize(trial.c_str()).x > width) {
      out += line + "\n";
      line = word;
    } else {
      line = trial;
    }
    i = j + 1;
  }
  return out + line;
}

void Column::end() const {
  ImGui::PopTextWrapPos();
  if (indent > 0) ImGui::Unindent(indent);
}

bool touch_button(const AppState& s, const char* label, float width, float height_css, bool selected, ImU32 accent) {
  const float h = std::max(px(s, 48), px(s, height_css));
  int colours = 0;
  if (selected) {
    ImGui::PushStyleColor(ImGuiCol_Button, accent);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, accent);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, accent);
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(255, 255, 255, 255));
    colours = 4;
  }
  const bool pressed = ImGui::Button(label, ImVec2(width, h));
  ImGui::PopStyleColor(colours);
  return pressed;
}

namespace {
void soft_box(const char* id, const char* text, ImVec4 colour, float width) {
  ImGui::PushStyleColor(ImGuiCol_ChildBg, colour);
  ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, ImGui::GetStyle().FrameRounding);
  ImGui::BeginChild(id, ImVec2(width, 0), ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding);
  ImGui::PushTextWrapPos(0.0f);
  a11y::TextWrapped("%s", text);
  ImGui::PopTextWrapPos();
  ImGui::EndChild();
  ImGui::PopStyleVar();
  ImGui::PopStyleColor();
}
} // namespace

void message_box(const char* id, const char* text, bool error, float width) {
  soft_box(id, text, error ? ImVec4(0.99f, 0.89f, 0.89f, 1) : ImVec4(0.86f, 0.95f, 0.90f, 1), width);
}

void note_in(const char* id, const char* text, float width) { soft_box(id, text, ImVec4(0.90f, 0.95f, 0.99f, 1), width); }

void push_big() {
  ImGuiIO& io = ImGui::GetIO();
  ImGui::PushFont(io.Fonts->Fonts.Size > 1 ? io.Fonts->Fonts[1] : nullptr);
}
void pop_big() { ImGui::PopFont(); }

KioskUi next_citizen(const KioskUi& ui) {
  KioskUi next;
  next.unit_id = ui.unit_id;
  next.mode = ui.mode == KioskMode::setup ? KioskMode::setup : KioskMode::start;
  next.last_stored = ui.last_stored;
  return next;
}

void commit(const AppState& s, Actions& a, KioskUi ui) {
  ui.last_activity_ms = s.data.now_ms;
  ui_draft(a.kiosk_ui, s.kiosk_ui) = std::move(ui);
}

namespace {

const Unit* chosen_unit(const AppState& s) {
  if (!s.view || s.kiosk_ui.unit_id.empty()) return nullptr;
  const std::size_t u = find_unit(*s.view, s.kiosk_ui.unit_id);
  if (u == kTidakAda) return nullptr;
  const Unit& unit = s.view->bundle.units[u];
  return unit.is_service_unit ? &unit : nullptr;
}

std::string msg(const AppState& s, const ValidationError& e) { return s.lang == Lang::id ? e.message_id : e.message_en; }

// The unit's figures this period: for the officer only, never in kiosk mode.
void draw_figures(const AppState& s, const Unit& unit, const Period& period) {
  const CityView& v = *s.view;
  const AngkaKios a = angka_kios(v.bundle, default_rules(), unit.meta.id, period, s.data.now_ms);
  widgets::heading(tr(s.lang, "kiosk.figures_title"));
  char line[256];
  std::snprintf(line, sizeof line, tr(s.lang, "kiosk.figures_responses"), period.name.c_str(),
                format_count(s.lang, a.responden).c_str());
  a11y::TextWrapped("%s", line);
  if (a.ikm.ok) {
    std::snprintf(line, sizeof line, tr(s.lang, "kiosk.figures_ikm"),
                  format_number(s.lang, static_cast<double>(a.ikm.nilai_konversi_seratus) / 100.0, 2).c_str());
    ImGui::AlignTextToFramePadding();
    a11y::TextUnformatted(line);
    ImGui::SameLine();
    char chip[96];
    std::snprintf(chip, sizeof chip, "%s %s — %s", tr(s.lang, "kiosk.mutu"), a.ikm.mutu.c_str(),
                  (s.lang == Lang::id ? a.ikm.kinerja_id : a.ikm.kinerja_en).c_str());
    widgets::chip(chip, widgets::mutu_color(a.ikm.mutu.empty() ? '?' : a.ikm.mutu[0]));
  } else {
    a11y::TextWrapped("%s", tr(s.lang, "kiosk.figures_no_ikm"));
  }
  std::snprintf(line, sizeof line, tr(s.lang, "kiosk.figures_complaints"), format_count(s.lang, a.pengaduan).c_str(),
                format_count(s.lang, a.keluhan.belum_ditanggapi).c_str());
  a11y::TextWrapped("%s", line);
  widgets::hint(tr(s.lang, "kiosk.figures_note"));
}

void draw_export(const AppState& s, Actions& actions) {
  widgets::heading(tr(s.lang, "kiosk.export_title"));
  const JumlahKios n = jumlah_kios(s.data.local.store, {s.data.local.device, "", "", s.data.now_ms});
  if (n.responses + n.complaints == 0) {
    widgets::empty_state("kiosk.export_none", tr(s.lang, "kiosk.export_none"));
    return;
  }
  char line[320];
  std::snprintf(line, sizeof line, tr(s.lang, "kiosk.export_help"), format_count(s.lang, static_cast<long long>(n.responses)).c_str(),
                format_count(s.lang, static_cast<long long>(n.complaints)).c_str());
  widgets::paragraph(line);
  char label[192];
  std::snprintf(label, sizeof label, "%s##kiosk.export", tr(s.lang, "kiosk.export"));
  const float w = std::min(ImGui::GetContentRegionAvail().x,
                           ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 4);
  if (touch_button(s, label, w, 52, false)) {
    KioskDownload d = kiosk_export_bytes(s);
    if (d.error.empty()) actions.download = Download{std::move(d.name), std::move(d.bytes), std::move(d.mime)};
  }
}

} // namespace

void draw_setup(const AppState& s, Actions& actions) {
  screen_intro(s, "kiosk.setup_title", "kiosk.setup_body");
  screen_guide(s, "guide.kiosk", "guide.kiosk");
  const CityView& v = *s.view;
  const auto units = unit_layanan(v.bundle);
  if (units.empty()) {
    widgets::empty_state("kiosk.no_units", tr(s.lang, "kiosk.no_units"));
    if (widgets::action_button(s.lang, "action.back_publik")) actions.navigate = Route::publik;
    return;
  }
  const float avail = ImGui::GetContentRegionAvail().x;
  widgets::heading(tr(s.lang, "kiosk.choose_unit"));
  // Two columns of unit buttons on a wide screen, one on a phone.
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const int cols = avail > px(s, 760) ? 2 : 1;
  const float w = (avail - gap * static_cast<float>(cols - 1)) / static_cast<float>(cols);
  for (std::size_t i = 0; i < units.size(); ++i) {
    const Unit& u = v.bundle.units[units[i]];
    // Long names (DPMPTSP's) wrap inside the button rather than being cut off.
    const std::string name = wrap_words(u.name, w - ImGui::GetStyle().FramePadding.x * 2);
    const std::string label = name + "##kiosk.unit." + u.meta.id;
    if (i % static_cast<std::size_t>(cols) != 0) ImGui::SameLine();
    const bool selected = u.meta.id == s.kiosk_ui.unit_id;
    const float h_css = (ImGui::CalcTextSize(name.c_str()).y + ImGui::GetStyle().FramePadding.y * 2) / s.viewport.dpr;
    ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0.0f, 0.5f));
    if (touch_button(s, label.c_str(), w, std::max(48.0f, h_css), selected) && !selected) {
      ui_draft(actions.kiosk_ui, s.kiosk_ui).unit_id = u.meta.id;
    }
    ImGui::PopStyleVar();
  }
  ImGui::Spacing();

  const Unit* unit = chosen_unit(s);
  if (!unit) {
    widgets::empty_state("kiosk.choose_unit_first", tr(s.lang, "kiosk.choose_unit_first"));
  } else {
    const auto not_ready = kios_tidak_siap(v.bundle, unit->meta.id, s.data.now_ms);
    const auto period = periode_kios(v.bundle, s.data.now_ms);
    if (period) {
      const Period& p = v.bundle.periods[*period];
      char line[320];
      std::snprintf(line, sizeof line, tr(s.lang, "kiosk.period_line"), p.name.c_str(),
                    format_date(s.lang, p.start).c_str(), format_date(s.lang, p.end).c_str());
      widgets::paragraph(line);
    }
    if (not_ready) {
      message_box("kiosk.not_ready", msg(s, *not_ready).c_str(), true);
    } else {
      ImGui::PushStyleColor(ImGuiCol_Button, IM_COL32(22, 120, 72, 255));
      ImGui::PushStyleColor(ImGuiCol_ButtonHovered, IM_COL32(18, 100, 60, 255));
      ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(255, 255, 255, 255));
      char label[160];
      std::snprintf(label, sizeof label, "%s##kiosk.start", tr(s.lang, "kiosk.start"));
      push_big();
      const bool go = touch_button(s, label, std::min(avail, px(s, 520)), 64, false);
      pop_big();
      ImGui::PopStyleColor(3);
      if (go) {
        KioskUi ui = next_citizen(s.kiosk_ui);
        ui.mode = KioskMode::start;
        commit(s, actions, ui);
        actions.request_fullscreen = true;  // right after the click, as the browser requires
      }
      widgets::hint(tr(s.lang, "kiosk.start_help"));
    }
    ImGui::Separator();
    if (period) draw_figures(s, *unit, v.bundle.periods[*period]);
  }
  ImGui::Separator();
  draw_export(s, actions);
  ImGui::Dummy(ImVec2(0, px(s, 32)));  // room under the last button when scrolled to the end
}

} // namespace kiosk

void draw_kiosk(const AppState& state, Actions& actions) {
  if (!state.view) return;
  const KioskUi& ui = state.kiosk_ui;
  // Kiosk mode without a usable unit (deleted since, or data replaced): back to set-up.
  if (ui.mode != KioskMode::setup && kiosk::chosen_unit(state) == nullptr) {
    KioskUi back = ui;
    back.mode = KioskMode::setup;
    back.citizen = {};
    ui_draft(actions.kiosk_ui, state.kiosk_ui) = back;
    return;
  }
  // A citizen who walked away: nothing of theirs stays for the next one.
  if ((ui.mode == KioskMode::skm || ui.mode == KioskMode::complaint) && ui.last_activity_ms > 0 &&
      state.data.now_ms - ui.last_activity_ms > kiosk::kIdleResetMs) {
    ui_draft(actions.kiosk_ui, state.kiosk_ui) = kiosk::next_citizen(ui);
    return;
  }
  // Come back when that time is up, even if nobody touches the screen.
  if ((ui.mode == KioskMode::skm || ui.mode == KioskMode::complaint) && ui.last_activity_ms > 0)
    actions.wake_at_ms = ui.last_activity_ms + kiosk::kIdleResetMs + 1;
  switch (ui.mode) {
    case KioskMode::setup: kiosk::draw_setup(state, actions); break;
    case KioskMode::start: kiosk::draw_start(state, actions); break;
    case KioskMode::skm: kiosk::draw_skm(state, actions); break;
    case KioskMode::complaint: kiosk::draw_complaint(state, actions); break;
    case KioskMode::thanks: kiosk::draw_thanks(state, actions); break;
  }
}

KioskDownload kiosk_export_bytes(const AppState& s) {
  KioskDownload d;
  OpsiEksporKios o;
  o.device = s.data.local.device;
  o.origin = s.device_name.empty() ? s.data.local.device : s.data.local.device + " (" + s.device_name + ")";
  o.now_ms = s.data.now_ms;
  const EksporKios e = ekspor_kios(s.data.local.store, o);
  d.name = nama_berkas_kios("", s.data.now_ms);
  d.responses = e.responses;
  d.complaints = e.complaints;
  if (!e.ok()) d.error = s.lang == Lang::id ? e.errors.front().message_id : e.errors.front().message_en;
  else d.bytes = e.bytes;
  return d;
}

} // namespace kinerja::web

namespace kinerja::web {

nlohmann::json kiosk_test_state(const AppState& state) {
  static constexpr const char* kMode[] = {"setup", "start", "skm", "complaint", "thanks"};
  const KioskUi& ui = state.kiosk_ui;
  nlohmann::json answers = nlohmann::json::array();
  int answered = 0;
  for (auto a : ui.citizen.answers) {
    answers.push_back(a);
    answered += a != 0 ? 1 : 0;
  }
  nlohmann::json j = {
      {"route_shown", state.route == Route::kiosk},
      {"unit_id", ui.unit_id},
      {"mode", kMode[static_cast<int>(ui.mode)]},
      {"step", ui.citizen.step},
      {"answers", answers},
      {"answered", answered},
      {"profile", {{"jenis_kelamin", ui.citizen.jenis_kelamin}, {"umur", ui.citizen.umur},
                   {"pendidikan", ui.citizen.pendidikan}, {"pekerjaan", ui.citizen.pekerjaan}}},
      {"kategori", ui.citizen.kategori},
      {"kanal", std::string(to_string(ui.citizen.kanal))},
      {"error", ui.citizen.error},
      {"refused_unsur", ui.citizen.refused_unsur},
      {"last_stored", ui.last_stored},
      {"hides_chrome", state.route == Route::kiosk && kiosk_hides_chrome(ui)},
      {"period_id", nullptr}, {"responses", 0}, {"complaints", 0}, {"ikm", nullptr}, {"mutu", nullptr},
  };
  if (state.view) {
    const auto& b = state.view->bundle;
    if (auto p = periode_kios(b, state.data.now_ms)) {
      j["period_id"] = b.periods[*p].meta.id;
      if (!ui.unit_id.empty()) {
        const AngkaKios a = angka_kios(b, default_rules(), ui.unit_id, b.periods[*p], state.data.now_ms);
        j["responses"] = a.responden;
        j["complaints"] = a.pengaduan;
        if (a.ikm.ok) {
          j["ikm"] = static_cast<double>(a.ikm.nilai_konversi_seratus) / 100.0;
          j["mutu"] = a.ikm.mutu;
        }
      }
    }
    const JumlahKios n = jumlah_kios(state.data.local.store, {state.data.local.device, "", "", state.data.now_ms});
    j["device_records"] = {{"responses", n.responses}, {"complaints", n.complaints}};
  }
  return j;
}

} // namespace kinerja::web
