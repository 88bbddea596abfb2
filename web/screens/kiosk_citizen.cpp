// The citizen's pages of the kiosk: start, the SKM questionnaire (one unsur
// per step with four big answers, then the optional profile and "Kirim"),
// the complaint form and the thank-you. Everything decided (the period, the
// record, why a submission is refused) comes from core/workflow/kiosk.
#include "web/a11y_text.hpp"
#include "web/screens/kiosk_parts.hpp"

#include "core/calc/keluhan.hpp"
#include "core/workflow/kiosk.hpp"
#include "core/rules/skm_kuesioner.hpp"
#include "web/i18n.hpp"
#include "web/widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <string>
#include <vector>

namespace kinerja::web::kiosk {
namespace {

constexpr ImU32 kGreen = IM_COL32(22, 120, 72, 255);
constexpr ImU32 kBlue = IM_COL32(40, 100, 170, 255);
// Answer 1 (worst) .. 4 (best): red, orange, light green, green — the same
// direction as the IKM's mutu colours.
constexpr ImU32 kAnswerColour[4] = {IM_COL32(196, 48, 48, 255), IM_COL32(214, 110, 30, 255),
                                    IM_COL32(70, 150, 70, 255), IM_COL32(22, 120, 72, 255)};

const char* in_lang(const AppState& s, const std::string& id, const std::string& en) {
  return s.lang == Lang::id ? id.c_str() : en.c_str();
}

std::string unit_name(const AppState& s) {
  const std::size_t u = find_unit(*s.view, s.kiosk_ui.unit_id);
  return u == kTidakAda ? std::string() : s.view->bundle.units[u].name;
}

// A big green (or blue) primary button across the column.
bool primary(const AppState& s, const char* key, float width, ImU32 colour = kGreen) {
  char label[192];
  std::snprintf(label, sizeof label, "%s##%s", tr(s.lang, key), key);
  ImGui::PushStyleColor(ImGuiCol_Button, colour);
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, colour);
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, colour);
  ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(255, 255, 255, 255));
  push_big();
  const bool pressed = ImGui::Button(label, ImVec2(width, px(s, 68)));
  pop_big();
  ImGui::PopStyleColor(4);
  return pressed;
}

// A secondary touch button in the body font, sized to its text (≥ 48 CSS px tall).
bool secondary(const AppState& s, const char* key, float min_width = 0) {
  char label[192];
  std::snprintf(label, sizeof label, "%s##%s", tr(s.lang, key), key);
  const float w = std::max(min_width, ImGui::CalcTextSize(tr(s.lang, key)).x + ImGui::GetStyle().FramePadding.x * 4);
  return touch_button(s, label, w, 52, false);
}

// One answer: a wide button with the number in a coloured disc and the
// regulation's words; filled with the answer's colour when chosen.
bool answer_button(const AppState& s, int n, const std::string& words, float width, bool chosen) {
  const ImU32 colour = kAnswerColour[n - 1];
  const float h = px(s, 64);
  const float disc = px(s, 36);
  const float pad = px(s, 14);
  char label[256];
  std::snprintf(label, sizeof label, "%s##kiosk.answer.%d", words.c_str(), n);
  // The heading face when the words fit, else the body face (long English words on a phone).
  push_big();
  const bool fits = ImGui::CalcTextSize(words.c_str()).x <= width - disc - pad * 3;
  if (!fits) pop_big();
  ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0.0f, 0.5f));
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(pad * 2 + disc, ImGui::GetStyle().FramePadding.y));
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, px(s, 2));
  ImGui::PushStyleColor(ImGuiCol_Border, colour);
  ImGui::PushStyleColor(ImGuiCol_Button, chosen ? colour : IM_COL32(255, 255, 255, 255));
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, chosen ? colour : IM_COL32(240, 246, 243, 255));
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, colour);
  ImGui::PushStyleColor(ImGuiCol_Text, chosen ? IM_COL32(255, 255, 255, 255) : IM_COL32(25, 32, 40, 255));
  const bool pressed = ImGui::Button(label, ImVec2(width, h));
  ImGui::PopStyleColor(5);
  ImGui::PopStyleVar(3);
  // The number in its disc.
  const ImVec2 p0 = ImGui::GetItemRectMin();
  const ImVec2 centre(p0.x + pad + disc * 0.5f, p0.y + h * 0.5f);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddCircleFilled(centre, disc * 0.5f, chosen ? IM_COL32(255, 255, 255, 255) : colour);
  char num[4];
  std::snprintf(num, sizeof num, "%d", n);
  const ImVec2 ts = ImGui::CalcTextSize(num);
  dl->AddText(ImVec2(centre.x - ts.x * 0.5f, centre.y - ts.y * 0.5f), chosen ? colour : IM_COL32(255, 255, 255, 255), num);
  if (fits) pop_big();
  return pressed;
}

// A row of wrapping choice chips (profile, channel): tap to choose, tap again to clear.
template <typename Label>
void choice_row(const AppState& s, const Column& col, const char* id_prefix, std::size_t count, Label label_of,
                const std::string& current, const std::vector<std::string>& values, std::string& out, bool& changed) {
  for (std::size_t i = 0; i < count; ++i) {
    const char* text = label_of(i);
    char label[192];
    std::snprintf(label, sizeof label, "%s##%s.%zu", text, id_prefix, i);
    const float w = ImGui::CalcTextSize(text).x + ImGui::GetStyle().FramePadding.x * 4;
    if (i > 0) col.same_line_if_fits(w);
    const bool selected = current == values[i];
    if (touch_button(s, label, w, 52, selected, kBlue)) {
      out = selected ? std::string() : values[i];
      changed = true;
    }
  }
}

void progress_dots(const AppState& s, const KioskUi& ui, Actions& a, float width) {
  const float gap = px(s, 4);
  const float w = (width - gap * 8) / 9.0f;
  for (int i = 0; i < kJumlahUnsurSkm; ++i) {
    if (i > 0) ImGui::SameLine(0, gap);
    char label[32];
    std::snprintf(label, sizeof label, "%d##kiosk.dot.%d", i + 1, i + 1);
    const bool answered = ui.citizen.answers[static_cast<std::size_t>(i)] != 0;
    const bool here = ui.citizen.step == i;
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, here ? px(s, 3) : px(s, 1));
    ImGui::PushStyleColor(ImGuiCol_Border, here ? kBlue : IM_COL32(205, 210, 218, 255));
    ImGui::PushStyleColor(ImGuiCol_Button, answered ? IM_COL32(214, 234, 225, 255) : IM_COL32(255, 255, 255, 255));
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(0, ImGui::GetStyle().FramePadding.y));
    const bool pressed = ImGui::Button(label, ImVec2(w, px(s, 48)));
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor(2);
    if (pressed && !here) {
      KioskUi next = ui;
      next.citizen.step = i;
      commit(s, a, next);
    }
  }
}

void draw_question(const AppState& s, Actions& a, const Column& col) {
  const KioskUi& ui = s.kiosk_ui;
  const KuesionerSkm& k = default_rules().kuesioner_skm;
  const auto& ikm = default_rules().ikm;
  const std::size_t i = static_cast<std::size_t>(ui.citizen.step);
  const PertanyaanSkm& q = k.unsur[i];
  char line[160];
  std::snprintf(line, sizeof line, tr(s.lang, "kiosk.unsur_label"), static_cast<int>(i) + 1,
                in_lang(s, ikm.unsur[i].nama_id, ikm.unsur[i].nama_en));
  widgets::hint(line);
  push_big();
  a11y::TextWrapped("%s", in_lang(s, q.pertanyaan_id, q.pertanyaan_en));
  pop_big();
  ImGui::Dummy(ImVec2(0, px(s, 6)));
  const auto& words = s.lang == Lang::id ? q.jawaban_id : q.jawaban_en;
  // Best answer first? No: the regulation's order a..d (1..4), as on the paper form.
  for (int n = 1; n <= 4; ++n) {
    const bool chosen = ui.citizen.answers[i] == n;
    if (answer_button(s, n, words[static_cast<std::size_t>(n - 1)], col.width, chosen)) {
      KioskUi next = ui;
      next.citizen.answers[i] = static_cast<std::uint8_t>(n);
      next.citizen.step = std::min(ui.citizen.step + 1, kJumlahUnsurSkm);  // on to the next question
      if (next.citizen.refused_unsur >= 0 && unsur_belum_dijawab(next.citizen.answers).empty()) {
        next.citizen.error.clear();
        next.citizen.refused_unsur = -1;
      }
      commit(s, a, next);
    }
  }
}

void draw_about_you(const AppState& s, Actions& a, const Column& col) {
  const KioskUi& ui = s.kiosk_ui;
  const KuesionerSkm& k = default_rules().kuesioner_skm;
  push_big();
  a11y::TextWrapped("%s", tr(s.lang, "kiosk.about_title"));
  pop_big();
  a11y::TextWrapped("%s", tr(s.lang, "kiosk.about_body"));
  KioskUi next = ui;
  bool changed = false;

  a11y::TextUnformatted(tr(s.lang, "kiosk.sex"));
  const std::vector<std::string> sexes{"l", "p"};
  choice_row(s, col, "kiosk.sex", 2, [&](std::size_t j) { return tr(s.lang, j == 0 ? "kiosk.sex_l" : "kiosk.sex_p"); },
             ui.citizen.jenis_kelamin, sexes, next.citizen.jenis_kelamin, changed);

  a11y::TextUnformatted(tr(s.lang, "kiosk.age"));
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(px(s, 14), px(s, 14)));
  ImGui::SetNextItemWidth(std::min(col.width, px(s, 160)));
  std::string age = ui.citizen.umur;
  if (a11y::InputTextWithHint("##kiosk.age", tr(s.lang, "kiosk.age_hint"), &age, ImGuiInputTextFlags_CharsDecimal)) {
    next.citizen.umur = age.substr(0, 3);
    changed = true;
  }
  ImGui::PopStyleVar();

  a11y::TextUnformatted(tr(s.lang, "kiosk.education"));
  std::vector<std::string> edu;
  for (const auto& c : k.pendidikan) edu.push_back(c.nilai);
  choice_row(s, col, "kiosk.edu", k.pendidikan.size(),
             [&](std::size_t j) { return in_lang(s, k.pendidikan[j].label_id, k.pendidikan[j].label_en); },
             ui.citizen.pendidikan, edu, next.citizen.pendidikan, changed);

  a11y::TextUnformatted(tr(s.lang, "kiosk.job"));
  std::vector<std::string> jobs;
  for (const auto& c : k.pekerjaan) jobs.push_back(c.nilai);
  choice_row(s, col, "kiosk.job", k.pekerjaan.size(),
             [&](std::size_t j) { return in_lang(s, k.pekerjaan[j].label_id, k.pekerjaan[j].label_en); },
             ui.citizen.pekerjaan, jobs, next.citizen.pekerjaan, changed);
  if (changed) commit(s, a, next);
}

void submit_skm(const AppState& s, Actions& a) {
  const KioskUi& ui = s.kiosk_ui;
  const auto& c = ui.citizen;
  RekamanKios r = rekaman_skm(s.view->bundle, s.data.local.store, default_rules().kuesioner_skm, default_rules().ikm, ui.unit_id,
                              c.answers, {c.jenis_kelamin, c.umur, c.pendidikan, c.pekerjaan}, s.data.local.device,
                              s.data.now_ms);
  KioskUi next = ui;
  if (!r.ok()) {
    std::string text = tr(s.lang, "kiosk.refused");
    for (const auto& e : r.errors) text += "\n• " + (s.lang == Lang::id ? e.message_id : e.message_en);
    next.citizen.error = text;
    next.citizen.refused_unsur = r.unsur_kosong.empty() ? -1 : r.unsur_kosong.front();
    commit(s, a, next);
    return;
  }
  next.last_stored = r.changes.front().record.value("id", "");
  a.push(r, "kiosk");
  KioskUi done = next_citizen(next);  // the citizen's answers go; only the set-up stays
  done.mode = KioskMode::thanks;
  done.thanks_for_complaint = false;
  done.thanks_since_ms = s.data.now_ms;
  commit(s, a, done);
}

} // namespace

void draw_start(const AppState& s, Actions& a) {
  Column col;
  col.begin(s, 720);
  ImGui::Dummy(ImVec2(0, px(s, 12)));
  char line[256];
  std::snprintf(line, sizeof line, tr(s.lang, "kiosk.welcome"), unit_name(s).c_str());
  push_big();
  a11y::TextWrapped("%s", line);
  pop_big();
  a11y::TextWrapped("%s", tr(s.lang, "kiosk.welcome_body"));
  ImGui::Dummy(ImVec2(0, px(s, 8)));
  if (primary(s, "kiosk.go_skm", col.width)) {
    KioskUi next = next_citizen(s.kiosk_ui);
    next.mode = KioskMode::skm;
    commit(s, a, next);
  }
  widgets::hint(tr(s.lang, "kiosk.go_skm_help"));
  ImGui::Dummy(ImVec2(0, px(s, 8)));
  if (primary(s, "kiosk.go_complaint", col.width, kBlue)) {
    KioskUi next = next_citizen(s.kiosk_ui);
    next.mode = KioskMode::complaint;
    commit(s, a, next);
  }
  widgets::hint(tr(s.lang, "kiosk.go_complaint_help"));
  ImGui::Dummy(ImVec2(0, px(s, 12)));
  note_in("kiosk.anonymous", tr(s.lang, "kiosk.anonymous"), col.width);
  ImGui::Dummy(ImVec2(0, px(s, 24)));
  ImGui::Separator();
  // The officer's way out, out of the way, asking once more.
  if (!s.kiosk_ui.confirm_exit) {
    if (secondary(s, "kiosk.exit")) {
      KioskUi next = s.kiosk_ui;
      next.confirm_exit = true;
      ui_draft(a.kiosk_ui, s.kiosk_ui) = next;
    }
  } else {
    a11y::TextWrapped("%s", tr(s.lang, "kiosk.exit_question"));
    if (secondary(s, "kiosk.exit_confirm")) {
      KioskUi next = next_citizen(s.kiosk_ui);
      next.mode = KioskMode::setup;
      ui_draft(a.kiosk_ui, s.kiosk_ui) = next;
    }
    widgets::same_line_if_fits(ImGui::CalcTextSize(tr(s.lang, "kiosk.exit_cancel")).x + px(s, 60));
    if (secondary(s, "kiosk.exit_cancel")) {
      KioskUi next = s.kiosk_ui;
      next.confirm_exit = false;
      ui_draft(a.kiosk_ui, s.kiosk_ui) = next;
    }
  }
  col.end();
}

void draw_skm(const AppState& s, Actions& a) {
  const KioskUi& ui = s.kiosk_ui;
  Column col;
  col.begin(s, 720);
  const std::string unit = unit_name(s);
  widgets::hint((std::string(tr(s.lang, "kiosk.title")) + " — " + unit).c_str());
  char line[160];
  if (ui.citizen.step < kJumlahUnsurSkm) std::snprintf(line, sizeof line, tr(s.lang, "kiosk.progress"), ui.citizen.step + 1, kJumlahUnsurSkm);
  else std::snprintf(line, sizeof line, "%s", tr(s.lang, "kiosk.progress_last"));
  a11y::TextUnformatted(line);
  progress_dots(s, ui, a, col.width);
  ImGui::Dummy(ImVec2(0, px(s, 6)));

  if (ui.citizen.step < kJumlahUnsurSkm) draw_question(s, a, col);
  else draw_about_you(s, a, col);

  ImGui::Dummy(ImVec2(0, px(s, 10)));
  if (!ui.citizen.error.empty()) {
    message_box("kiosk.error", ui.citizen.error.c_str(), true, col.width);
    if (ui.citizen.refused_unsur >= 0) {
      std::snprintf(line, sizeof line, tr(s.lang, "kiosk.answer_it"), ui.citizen.refused_unsur + 1);
      char label[192];
      std::snprintf(label, sizeof label, "%s##kiosk.answer_it", line);
      if (touch_button(s, label, col.width, 56, true, IM_COL32(196, 48, 48, 255))) {
        KioskUi next = ui;
        next.citizen.step = ui.citizen.refused_unsur;
        commit(s, a, next);
      }
    }
  }
  if (ui.citizen.step == kJumlahUnsurSkm && primary(s, "kiosk.send", col.width)) submit_skm(s, a);

  // Back / next (next also skips a question; "Kirim" names anything left unanswered).
  const float half = (col.width - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
  if (ui.citizen.step > 0) {
    if (secondary(s, "kiosk.prev", half)) {
      KioskUi next = ui;
      next.citizen.step = ui.citizen.step - 1;
      commit(s, a, next);
    }
  } else if (secondary(s, "kiosk.cancel", half)) {
    ui_draft(a.kiosk_ui, s.kiosk_ui) = next_citizen(ui);
  }
  if (ui.citizen.step < kJumlahUnsurSkm) {
    ImGui::SameLine();
    if (secondary(s, "kiosk.next", half)) {
      KioskUi next = ui;
      next.citizen.step = ui.citizen.step + 1;
      commit(s, a, next);
    }
  } else {
    ImGui::SameLine();
    if (secondary(s, "kiosk.cancel", half)) ui_draft(a.kiosk_ui, s.kiosk_ui) = next_citizen(ui);
  }
  ImGui::Dummy(ImVec2(0, px(s, 32)));
  col.end();
}

void draw_complaint(const AppState& s, Actions& a) {
  const KioskUi& ui = s.kiosk_ui;
  const RulesLapor& lapor = default_rules().lapor;
  Column col;
  col.begin(s, 720);
  widgets::hint(unit_name(s).c_str());
  push_big();
  a11y::TextWrapped("%s", tr(s.lang, "kiosk.complaint_title"));
  pop_big();
  a11y::TextWrapped("%s", tr(s.lang, "kiosk.complaint_body"));
  ImGui::Dummy(ImVec2(0, px(s, 4)));
  a11y::TextUnformatted(tr(s.lang, "kiosk.category"));
  for (const auto& c : lapor.penyelesaian) {
    const bool chosen = ui.citizen.kategori == c.kategori;
    char label[256];
    std::snprintf(label, sizeof label, "%s##kiosk.cat.%s", in_lang(s, c.label_id, c.label_en), c.kategori.c_str());
    ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0.0f, 0.5f));
    push_big();
    const bool fits = ImGui::CalcTextSize(label, nullptr, true).x <= col.width - ImGui::GetStyle().FramePadding.x * 2;
    if (!fits) pop_big();
    const bool tapped = touch_button(s, label, col.width, 64, chosen, kBlue);
    if (fits) pop_big();
    if (tapped) {
      KioskUi next = ui;
      next.citizen.kategori = chosen ? std::string() : c.kategori;
      next.citizen.error.clear();
      commit(s, a, next);
    }
    ImGui::PopStyleVar();
    char limit[160];
    std::snprintf(limit, sizeof limit,
                  tr(s.lang, lapor.satuan == SatuanHari::kerja ? "kiosk.limit_working_days" : "kiosk.limit_days"), c.hari);
    widgets::hint(limit);
  }
  ImGui::Dummy(ImVec2(0, px(s, 4)));
  a11y::TextUnformatted(tr(s.lang, "kiosk.channel"));
  static constexpr KanalPengaduan kKanal[] = {KanalPengaduan::kiosk, KanalPengaduan::langsung, KanalPengaduan::telepon,
                                              KanalPengaduan::surat, KanalPengaduan::web, KanalPengaduan::lapor,
                                              KanalPengaduan::media_sosial, KanalPengaduan::lainnya};
  static constexpr const char* kKanalKey[] = {"kiosk.kanal_kiosk", "kiosk.kanal_langsung", "kiosk.kanal_telepon",
                                              "kiosk.kanal_surat", "kiosk.kanal_web", "kiosk.kanal_lapor",
                                              "kiosk.kanal_media_sosial", "kiosk.kanal_lainnya"};
  for (std::size_t i = 0; i < std::size(kKanal); ++i) {
    const char* text = tr(s.lang, kKanalKey[i]);
    char label[160];
    std::snprintf(label, sizeof label, "%s##kiosk.channel.%s", text, std::string(to_string(kKanal[i])).c_str());
    const float w = ImGui::CalcTextSize(text).x + ImGui::GetStyle().FramePadding.x * 4;
    if (i > 0) col.same_line_if_fits(w);
    const bool chosen = ui.citizen.kanal == kKanal[i];
    if (touch_button(s, label, w, 52, chosen, kBlue) && !chosen) {
      KioskUi next = ui;
      next.citizen.kanal = kKanal[i];
      commit(s, a, next);
    }
  }
  ImGui::Dummy(ImVec2(0, px(s, 4)));
  note_in("kiosk.complaint_detail", tr(s.lang, "kiosk.complaint_detail"), col.width);
  if (!ui.citizen.error.empty()) message_box("kiosk.error", ui.citizen.error.c_str(), true, col.width);
  if (primary(s, "kiosk.send_complaint", col.width, kBlue)) {
    RekamanKios r = rekaman_pengaduan(s.view->bundle, s.data.local.store, lapor, ui.unit_id, ui.citizen.kategori,
                                      ui.citizen.kanal, s.data.local.device, s.data.now_ms);
    if (!r.ok()) {
      KioskUi next = ui;
      next.citizen.error = ui.citizen.kategori.empty() ? tr(s.lang, "kiosk.choose_category")
                                                         : (s.lang == Lang::id ? r.errors.front().message_id
                                                                               : r.errors.front().message_en);
      commit(s, a, next);
    } else {
      KioskUi done = next_citizen(ui);
      done.last_stored = r.changes.front().record.value("id", "");
      a.push(r, "kiosk");
      done.mode = KioskMode::thanks;
      done.thanks_for_complaint = true;
      done.thanks_since_ms = s.data.now_ms;
      commit(s, a, done);
    }
  }
  if (secondary(s, "kiosk.cancel", col.width)) ui_draft(a.kiosk_ui, s.kiosk_ui) = next_citizen(ui);
  ImGui::Dummy(ImVec2(0, px(s, 32)));
  col.end();
}

void draw_thanks(const AppState& s, Actions& a) {
  const KioskUi& ui = s.kiosk_ui;
  const std::int64_t left_ms = kThanksMs - (s.data.now_ms - ui.thanks_since_ms);
  // A modal over the screen: it says "done" unmistakably, and while it is open
  // the app keeps drawing frames, so the countdown runs and the kiosk resets
  // by itself (otherwise a frame is drawn only after some input).
  constexpr const char* kPopup = "##kiosk.thanks";
  if (!ImGui::IsPopupOpen(kPopup)) ImGui::OpenPopup(kPopup);
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float width = std::min(vp->Size.x - px(s, 24), px(s, 640));
  ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x * 0.5f, vp->Pos.y + vp->Size.y * 0.4f), ImGuiCond_Always,
                          ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(width, 0));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(px(s, 24), px(s, 24)));
  if (!ImGui::BeginPopupModal(kPopup, nullptr,
                              ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                                  ImGuiWindowFlags_NoSavedSettings)) {
    ImGui::PopStyleVar();
    return;
  }
  ImGui::PopStyleVar();
  bool done = left_ms <= 0;
  const float inner = ImGui::GetContentRegionAvail().x;
  // A large green disc with a check mark: understood without reading.
  const float r = px(s, 40);
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const ImVec2 centre(p.x + inner * 0.5f, p.y + r);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddCircleFilled(centre, r, kGreen);
  const std::array<ImVec2, 3> tick{ImVec2(centre.x - r * 0.45f, centre.y + r * 0.02f),
                                   ImVec2(centre.x - r * 0.1f, centre.y + r * 0.35f),
                                   ImVec2(centre.x + r * 0.48f, centre.y - r * 0.32f)};
  dl->AddPolyline(tick.data(), 3, IM_COL32(255, 255, 255, 255), ImDrawFlags_None, px(s, 7));
  ImGui::Dummy(ImVec2(inner, r * 2 + px(s, 8)));
  push_big();
  const char* title = tr(s.lang, "kiosk.thanks_title");
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, (inner - ImGui::CalcTextSize(title).x) * 0.5f));
  a11y::TextUnformatted(title);
  pop_big();
  ImGui::PushTextWrapPos(0.0f);
  a11y::TextWrapped("%s", tr(s.lang, ui.thanks_for_complaint ? "kiosk.thanks_complaint" : "kiosk.thanks_skm"));
  char line[160];
  std::snprintf(line, sizeof line, tr(s.lang, "kiosk.thanks_reset"), static_cast<int>((std::max<std::int64_t>(left_ms, 0) + 999) / 1000));
  widgets::hint(line);
  ImGui::PopTextWrapPos();
  ImGui::Dummy(ImVec2(0, px(s, 8)));
  if (primary(s, "kiosk.done", inner)) done = true;
  if (done) {
    ImGui::CloseCurrentPopup();
    ui_draft(a.kiosk_ui, s.kiosk_ui) = next_citizen(ui);
  }
  ImGui::EndPopup();
}

} // namespace kinerja::web::kiosk
