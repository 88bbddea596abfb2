#include "web/a11y_text.hpp"
#include "web/screens/publik_suara.hpp"

#include "core/rules/rules.hpp"
#include "core/rules/skm_kuesioner.hpp"
#include "core/workflow/kiriman_warga.hpp"
#include "web/i18n.hpp"
#include "web/platform.hpp"
#include "web/widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <cstdio>
#include <functional>

namespace kinerja::web {

namespace {

SuaraWargaUi& draft(const AppState& state, Actions& actions) { return ui_draft(actions.publik_ui, state.publik_ui).suara; }

SuaraWargaUi mulai(const char* form) {
  SuaraWargaUi s;
  s.form = form;
  return s;
}

// A few random characters, so two alike answers in one minute stay two.
std::string acak() {
  char hex[16];
  std::snprintf(hex, sizeof hex, "%06x", static_cast<unsigned>(platform::random_u32() & 0xFFFFFFu));
  return hex;
}

// One answer among several, wrapping to the next line on a phone; the first
// of a group starts its own line.
void choice(bool first, const char* label, const std::string& id, bool chosen, const std::function<void()>& pick) {
  if (chosen) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyle().Colors[ImGuiCol_ButtonActive]);
  const std::string full = std::string(chosen ? "\xE2\x9C\x93 " : "") + label + "##" + id;
  if (!first) widgets::same_line_if_fits(ImGui::CalcTextSize(full.c_str()).x + ImGui::GetStyle().FramePadding.x * 2 + 8);
  if (ImGui::Button(full.c_str(), ImVec2(0, ImGui::GetFrameHeight() * 1.3f))) pick();
  if (chosen) ImGui::PopStyleColor();
}

void draw_skm(const AppState& state, Actions& actions, const SuaraWargaUi& ui) {
  const Lang lang = state.lang;
  const KuesionerSkm& k = default_rules().kuesioner_skm;
  for (std::size_t i = 0; i < k.unsur.size() && i < ui.answers.size(); ++i) {
    const PertanyaanSkm& q = k.unsur[i];
    char head[16];
    std::snprintf(head, sizeof head, "%zu. ", i + 1);
    a11y::TextWrapped("%s%s", head, (lang == Lang::id ? q.pertanyaan_id : q.pertanyaan_en).c_str());
    for (std::size_t a = 0; a < 4; ++a) {
      const std::string id = "publik.suara.q" + std::to_string(i + 1) + "." + std::to_string(a + 1);
      const auto value = static_cast<std::uint8_t>(a + 1);
      choice(a == 0, (lang == Lang::id ? q.jawaban_id[a] : q.jawaban_en[a]).c_str(), id, ui.answers[i] == value,
             [&] {
               SuaraWargaUi& d = draft(state, actions);
               d.answers[i] = value;
               d.error.clear();
             });
    }
    ImGui::Spacing();
  }
}

void draw_pengaduan(const AppState& state, Actions& actions, const SuaraWargaUi& ui) {
  const Lang lang = state.lang;
  widgets::paragraph(tr(lang, "suara.kategori"));
  bool first = true;
  for (const auto& p : default_rules().lapor.penyelesaian) {
    choice(first, (lang == Lang::id ? p.label_id : p.label_en).c_str(), "publik.suara.kat." + p.kategori,
           ui.kategori == p.kategori, [&] {
             SuaraWargaUi& d = draft(state, actions);
             d.kategori = p.kategori;
             d.error.clear();
           });
    first = false;
  }
  widgets::hint(tr(lang, "suara.pengaduan_note"));
}

void make_code(const AppState& state, Actions& actions, const SuaraWargaUi& ui, const std::string& unit_id) {
  const Lang lang = state.lang;
  SuaraWargaUi& d = draft(state, actions);
  KirimanWarga k;
  k.pengaduan = ui.form == "pengaduan";
  k.unit_id = unit_id;
  if (k.pengaduan) {
    if (ui.kategori.empty()) {
      d.error = tr(lang, "suara.pilih_kategori");
      return;
    }
    k.kategori = ui.kategori;
  } else {
    for (std::size_t i = 0; i < ui.answers.size(); ++i)
      if (ui.answers[i] == 0) {
        char line[160];
        std::snprintf(line, sizeof line, tr(lang, "suara.belum_dijawab"), static_cast<int>(i + 1));
        d.error = line;
        return;
      }
    k.answers = ui.answers;
  }
  k.menit = state.data.now_ms / 60'000;
  k.acak = acak();
  d.kode = kode_kiriman(k);
  d.error.clear();
}

std::string message(Lang lang, const SuaraWargaUi& ui, const std::string& unit_name) {
  char line[400];
  std::snprintf(line, sizeof line, tr(lang, ui.form == "pengaduan" ? "suara.pesan_pengaduan" : "suara.pesan_skm"),
                unit_name.c_str());
  return std::string(line) + " " + ui.kode;
}

} // namespace

void suara_warga(const AppState& state, Actions& actions, const std::string& unit_id, const std::string& unit_name) {
  const Lang lang = state.lang;
  const SuaraWargaUi& ui = state.publik_ui.suara;
  ImGui::SeparatorText(tr(lang, "suara.title"));
  if (ui.form.empty()) {
    widgets::paragraph(tr(lang, "suara.intro"));
    if (widgets::action_button(lang, "suara.skm")) draft(state, actions) = mulai("skm");
    widgets::same_line_if_fits(ImGui::CalcTextSize(tr(lang, "suara.pengaduan")).x + 40);
    if (widgets::action_button(lang, "suara.pengaduan")) draft(state, actions) = mulai("pengaduan");
    return;
  }
  if (!ui.kode.empty()) {
    widgets::note_box("publik.suara.kirim", tr(lang, "suara.kirim"));
    std::string text = message(lang, ui, unit_name);
    a11y::InputTextMultiline("##publik.suara.kode", &text,
                              ImVec2(ImGui::GetContentRegionAvail().x, ImGui::GetTextLineHeightWithSpacing() * 3.5f),
                              ImGuiInputTextFlags_ReadOnly);
    if (widgets::action_button(lang, "suara.bagikan")) platform::share_text(unit_name, message(lang, ui, unit_name));
    widgets::same_line_if_fits(ImGui::CalcTextSize(tr(lang, "suara.selesai")).x + 40);
    if (widgets::action_button(lang, "suara.selesai")) draft(state, actions) = mulai("");
    widgets::hint(tr(lang, "suara.privasi"));
    return;
  }
  widgets::paragraph(tr(lang, ui.form == "skm" ? "suara.skm_intro" : "suara.pengaduan_intro"));
  if (ui.form == "skm") draw_skm(state, actions, ui);
  else draw_pengaduan(state, actions, ui);
  if (!ui.error.empty()) widgets::error_text(ui.error);
  if (widgets::action_button(lang, "suara.buat")) make_code(state, actions, ui, unit_id);
  widgets::same_line_if_fits(ImGui::CalcTextSize(tr(lang, "suara.batal")).x + 40);
  if (widgets::action_button(lang, "suara.batal")) draft(state, actions) = mulai("");
  widgets::hint(tr(lang, "suara.privasi"));
}

} // namespace kinerja::web
