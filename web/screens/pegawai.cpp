// The pegawai workspace (#/pegawai): an employee picks (or imports) their
// profile, chooses a period, fills realisations with evidence and the
// BerAKHLAK self-assessment, sees the live capaian and the suggested rating
// with its reason, sends it to the supervisor as a file, and sees the
// result and may object. All local, so all offline.
// Parts: pegawai_skp.cpp, pegawai_perilaku.cpp, pegawai_hasil.cpp.
#include "core/workflow/pegawai_edit.hpp"
#include "core/rules/batas_keberatan.hpp"
#include "core/view/pegawai_profil.hpp"
#include "core/calc/rating_hasil_kerja.hpp"
#include "web/a11y_text.hpp"
#include "web/format.hpp"
#include "web/i18n.hpp"
#include "web/screens/pegawai_parts.hpp"
#include "web/screens/screen_common.hpp"
#include "web/ui.hpp"
#include "web/widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <cmath>
#include <cstdio>
#include <string>

namespace kinerja::web {

std::string pegawai_angka_input(Lang lang, double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  std::string s = buf;
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  if (s == "-0") s = "0";
  if (lang == Lang::id)
    for (auto& c : s)
      if (c == '.') c = ',';
  return s;
}

const char* pegawai_tingkat_label(Lang lang, int tingkat) {
  switch (static_cast<TingkatCapaian>(tingkat)) {
    case TingkatCapaian::di_atas: return tr(lang, "pegawai.tingkat.di_atas");
    case TingkatCapaian::sesuai: return tr(lang, "pegawai.tingkat.sesuai");
    case TingkatCapaian::di_bawah: return tr(lang, "pegawai.tingkat.di_bawah");
    case TingkatCapaian::belum_ada: break;
  }
  return tr(lang, "pegawai.tingkat.belum_ada");
}

namespace {

// The period shown: the one picked, else the default for today.
std::size_t chosen_period(const AppState& state, const CityView& v) {
  std::size_t p = find_period(v, state.pegawai_ui.period_id);
  if (p == kTidakAda) p = periode_hari_ini(v, state.data.now_ms);
  return p;
}

void drop_drafts(PegawaiUi& ui) {
  ui.realisasi.clear();
  ui.errors.clear();
  ui.perilaku.clear();
  ui.perilaku_error.clear();
  ui.keberatan.clear();
  ui.keberatan_error.clear();
  ui.submit_error.clear();
}

// Find one's profile: a search by name or NIP over a clipped list (a device
// may hold a whole city), or import the file the Admin or supervisor gave.
void draw_picker(const AppState& state, const CityView& v, PegawaiUi& ui, Actions& actions) {
  widgets::heading(tr(state.lang, "pegawai.pick_title"));
  widgets::paragraph(tr(state.lang, "pegawai.pick_help"));
  if (widgets::action_button(state.lang, "pegawai.import")) actions.open_import = true;
  a11y::TextUnformatted(tr(state.lang, "pegawai.search_label"));
  ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 22));
  a11y::InputTextWithHint("##pegawai.search", tr(state.lang, "pegawai.search_hint"), &ui.search);
  const auto matches = cari_pegawai(v, ui.search);
  char line[160];
  std::snprintf(line, sizeof line, tr(state.lang, "pegawai.matches"), format_count(state.lang, static_cast<long long>(matches.size())).c_str());
  widgets::hint(line);
  if (matches.empty()) {
    widgets::empty_state("pegawai.no_match", tr(state.lang, "pegawai.no_match"));
    return;
  }
  const float row = ImGui::GetTextLineHeightWithSpacing() * 2.1f;
  const float height = std::min(row * static_cast<float>(matches.size()) + ImGui::GetStyle().WindowPadding.y * 2,
                                ImGui::GetFontSize() * 22);
  ImGui::BeginChild("pegawai.list", ImVec2(0, height), ImGuiChildFlags_Border);
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(matches.size()), row);
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const Employee& e = v.bundle.employees[matches[static_cast<std::size_t>(i)]];
      std::string label = e.name + "\n" + e.nip + " \xC2\xB7 " + e.jabatan + "##pegawai.pick." + e.meta.id;
      if (ImGui::Selectable(label.c_str(), false, ImGuiSelectableFlags_None, ImVec2(0, row - ImGui::GetStyle().ItemSpacing.y))) {
        ui.employee_id = e.meta.id;
        ui.period_id.clear();
        drop_drafts(ui);
      }
    }
  }
  ImGui::EndChild();
}

void draw_profile(const AppState& state, const CityView& v, std::size_t emp, PegawaiUi& ui) {
  const Employee& e = v.bundle.employees[emp];
  ImGui::BeginChild("pegawai.profile", ImVec2(0, 0),
                    ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding | ImGuiChildFlags_Border);
  widgets::heading(e.name.c_str());
  a11y::TextWrapped("%s %s", tr(state.lang, "pegawai.nip"), e.nip.c_str());
  a11y::TextWrapped("%s %s", tr(state.lang, "pegawai.jabatan"), e.jabatan.empty() ? kDash : e.jabatan.c_str());
  const std::size_t unit = find_unit(v, e.unit_id);
  a11y::TextWrapped("%s %s", tr(state.lang, "pegawai.unit"), unit == kTidakAda ? kDash : unit_path(v, unit).c_str());
  if (widgets::action_button(state.lang, "pegawai.change_profile")) {
    ui.employee_id.clear();
    ui.period_id.clear();
    drop_drafts(ui);
  }
  ImGui::EndChild();
}

void draw_periods(const AppState& state, const CityView& v, std::size_t emp, std::size_t chosen, PegawaiUi& ui) {
  ImGui::SeparatorText(tr(state.lang, "pegawai.periods_title"));
  bool first = true;
  for (std::size_t p : periods_in_order(v)) {
    const Period& per = v.bundle.periods[p];
    const SkorPegawai* s = find_skor(v, emp, p);
    const StatusPenilaian st = s ? s->status : StatusPenilaian::invalid;
    const char* word = widgets::status_label(state.lang, st);
    std::string label = per.name + (per.locked ? std::string(" (") + tr(state.lang, "pegawai.locked_short") + ")" : "") +
                        "##pegawai.period." + per.meta.id;
    const float w = ImGui::CalcTextSize(label.c_str(), nullptr, true).x + ImGui::CalcTextSize(word).x +
                    ImGui::GetFontSize() * 3.5f;
    if (!first) widgets::same_line_if_fits(w);
    first = false;
    ImGui::BeginGroup();
    const bool selected = p == chosen;
    if (selected) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    if (ImGui::Button(label.c_str()) && !selected) {
      ui.period_id = per.meta.id;
      drop_drafts(ui);
    }
    if (selected) ImGui::PopStyleColor();
    ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + ImGui::GetStyle().FramePadding.y * 0.5f);
    widgets::chip(word, widgets::status_color(st));
    ImGui::EndGroup();
  }
}

void draw_period_facts(PegawaiFrame& f) {
  const Lang lang = f.state.lang;
  const Period& per = f.view.bundle.periods[f.period];
  char line[256];
  std::snprintf(line, sizeof line, tr(lang, "pegawai.period_line"), per.name.c_str(),
                format_date(lang, per.start).c_str(), format_date(lang, per.end).c_str(),
                format_date(lang, per.deadline).c_str());
  widgets::paragraph(line);
  const PenilaiPegawai p = penilai_dari(f.state.data.local.store, f.view, f.employee, f.period);
  if (!p.ada) {
    widgets::paragraph(tr(lang, "pegawai.no_penilai"));
  } else {
    const char* kind = p.kind == AssignmentKind::plt ? "Plt. " : p.kind == AssignmentKind::plh ? "Plh. " : "";
    std::string who = std::string(tr(lang, "pegawai.penilai")) + " " + kind + (p.nama.empty() ? p.penilai_id : p.nama);
    if (!p.nip.empty()) who += " (NIP " + p.nip + ")";
    if (!p.jabatan.empty()) who += " \xE2\x80\x94 " + std::string(kind) + p.jabatan;
    widgets::paragraph(who.c_str());
  }
  if (f.locked) widgets::note_box("pegawai.locked", tr(lang, "pegawai.locked"));
}

} // namespace

void draw_pegawai(const AppState& state, Actions& actions) {
  screen_intro(state, "pegawai.title", "pegawai.body");
  screen_guide(state, "guide.pegawai", "guide.pegawai");
  widgets::note_box("pegawai.offline", tr(state.lang, "pegawai.offline"));
  PegawaiUi& ui = ui_draft(actions.pegawai_ui, state.pegawai_ui);
  const CityView& v = *state.view;
  const std::size_t emp = find_employee(v, ui.employee_id);
  if (v.bundle.employees.empty()) {
    widgets::empty_state("pegawai.empty_device", tr(state.lang, "pegawai.empty_device"));
    if (widgets::action_button(state.lang, "pegawai.import")) actions.open_import = true;
  } else if (emp == kTidakAda) {
    draw_picker(state, v, ui, actions);
  } else {
    draw_profile(state, v, emp, ui);
    const std::size_t per = chosen_period(state, v);
    if (per == kTidakAda) {
      widgets::empty_state("pegawai.no_period", tr(state.lang, "pegawai.no_period"));
    } else if (ui.employee_id == state.pegawai_ui.employee_id) {
      draw_periods(state, v, emp, per, ui);
      if (ui.period_id == state.pegawai_ui.period_id) {  // not switched this frame
        PegawaiFrame f{state, v, emp, per, ui, actions, v.bundle.periods[per].locked};
        draw_period_facts(f);
        draw_pegawai_skp(f);
        // BerAKHLAK self-assessment is 6/2022's; a legacy period's behaviour is the rater's number.
        if (!metode_lama(v.bundle.periods[per].metode)) draw_pegawai_perilaku(f);
        draw_pegawai_hasil(f);
      }
    }
  }
}

} // namespace kinerja::web

namespace kinerja::web {

nlohmann::json pegawai_test_state(const AppState& state) {
  nlohmann::json j = {{"route_shown", state.route == Route::pegawai}, {"employee_id", state.pegawai_ui.employee_id},
                      {"search", state.pegawai_ui.search}};
  if (!state.view) return j;
  const CityView& v = *state.view;
  auto matches = nlohmann::json::array();
  for (std::size_t i : cari_pegawai(v, state.pegawai_ui.search, 5)) matches.push_back(v.bundle.employees[i].meta.id);
  j["matches"] = matches;
  j["drafts"] = state.pegawai_ui.realisasi.size();
  j["errors"] = state.pegawai_ui.errors;
  j["perilaku_drafts"] = state.pegawai_ui.perilaku.size();
  j["perilaku_error"] = state.pegawai_ui.perilaku_error;
  j["kirim_error"] = state.pegawai_ui.submit_error;
  j["keberatan_error"] = state.pegawai_ui.keberatan_error;
  const std::size_t emp = find_employee(v, state.pegawai_ui.employee_id);
  if (emp == kTidakAda) return j;
  const Employee& e = v.bundle.employees[emp];
  j["nip"] = e.nip;
  j["name"] = e.name;
  const std::size_t per = chosen_period(state, v);
  if (per == kTidakAda) return j;
  const Period& p = v.bundle.periods[per];
  j["period_id"] = p.meta.id;
  j["locked"] = p.locked;
  const SkorPegawai* s = find_skor(v, emp, per);
  j["status"] = s ? std::string(to_string(s->status)) : std::string();
  const PenilaiPegawai pn = penilai_dari(state.data.local.store, v, emp, per);
  j["penilai"] = {{"id", pn.penilai_id}, {"nip", pn.nip}, {"name", pn.nama}, {"kind", std::string(to_string(pn.kind))}};
  const std::size_t skp = skp_for(v, emp, p.year);
  j["skp_id"] = skp == kTidakAda ? std::string() : v.bundle.skps[skp].meta.id;
  auto indicators = nlohmann::json::array();
  bool all_sent = true;
  int with_value = 0;
  if (skp != kTidakAda) {
    const Skp& sk = v.bundle.skps[skp];
    for (std::size_t h = 0; h < sk.rhk.size(); ++h)
      for (std::size_t d = 0; d < sk.rhk[h].indicators.size(); ++d) {
        const SkpIndicator& ind = sk.rhk[h].indicators[d];
        nlohmann::json it = {{"id", ind.id}, {"realisasi", nullptr}, {"capaian", nullptr}, {"submitted", ""},
                             {"evidence_link", ""}, {"live", nullptr}, {"live_tingkat", ""}};
        if (auto draft = state.pegawai_ui.realisasi.find(ind.id); draft != state.pegawai_ui.realisasi.end()) {
          const auto p2 = pratinjau_capaian(default_rules().rating_hasil_kerja, ind, baca_angka(draft->second.value));
          if (p2.capaian) it["live"] = *p2.capaian;
          it["live_tingkat"] = std::string(to_string(p2.tingkat));
        }
        const std::size_t r = find_realisation(v, sk.meta.id, ind.id, p.meta.id);
        if (r != kTidakAda) {
          const Realisation& z = v.bundle.realisations[r];
          if (z.value) it["realisasi"] = *z.value;
          it["realisation_id"] = z.meta.id;
          it["submitted"] = z.submitted;
          if (!z.evidence.empty()) it["evidence_link"] = z.evidence.front().link;
          all_sent = all_sent && !z.submitted.empty();
          ++with_value;
        }
        if (s)
          for (const auto& c : s->capaian) {
            if (c.rhk != h || c.indikator != d) continue;
            if (c.capaian) it["capaian"] = *c.capaian;
            if (c.terukur < v.report.terukur.size()) {
              const RealisasiTerukur& t = v.report.terukur[c.terukur];
              it["terukur"] = {{"jenis", std::string(to_string(t.jenis))},
                               {"nilai", t.nilai ? nlohmann::json(*t.nilai) : nlohmann::json(nullptr)},
                               {"dasar", t.dasar},
                               {"unit_id", v.bundle.units[t.unit].meta.id},
                               {"asal", t.nilai ? t.asal_id : t.alasan_id}};
            }
          }
        indicators.push_back(std::move(it));
      }
  }
  j["indicator_count"] = indicators.size();
  j["indicators"] = indicators;
  j["realisations_submitted"] = with_value > 0 && all_sent;
  if (s) {
    j["saran_rating"] = std::string(to_string(s->saran_hasil_kerja.rating));
    const TeksDuaBahasa why = alasan_saran(s->saran_hasil_kerja);
    j["saran_teks"] = state.lang == Lang::id ? why.id : why.en;
    j["predikat"] = std::string(to_string(s->predikat));
    if (s->legacy) j["legacy_skp"] = {{"ok", s->legacy->ok}, {"nilai", s->legacy->nilai}, {"kategori", s->legacy->kategori}};
    if (s->legacy_akhir)
      j["legacy_akhir"] = {{"ok", s->legacy_akhir->ok}, {"nilai", s->legacy_akhir->nilai}, {"kategori", s->legacy_akhir->kategori}};
  }
  const std::size_t ev = find_evaluation(v, emp, per);
  j["self_submitted"] = ev == kTidakAda ? std::string() : v.bundle.evaluations[ev].self_submitted;
  auto self = nlohmann::json::object();
  if (ev != kTidakAda) {
    for (const auto& pn2 : v.bundle.evaluations[ev].perilaku)
      if (pn2.self_rating) self[std::string(to_string(pn2.nilai))] = std::string(to_string(*pn2.self_rating));
    j["keberatan"] = std::string(to_string(status_keberatan(default_rules().keberatan, v.bundle.evaluations[ev],
                                                            state.data.now_ms).peluang));
  }
  j["self_ratings"] = self;
  return j;
}

} // namespace kinerja::web
