// The penilai workspace (#/penilai): who is rating, which period, importing
// the team's files and exporting the results; the queue and one member's
// review are in penilai_queue.cpp and penilai_member.cpp.
#include "core/workflow/pegawai_edit.hpp"
#include "core/view/pegawai_profil.hpp"
#include "core/workflow/penilaian.hpp"
#include "core/sync/store.hpp"
#include "web/a11y_text.hpp"
#include "web/format.hpp"
#include "web/i18n.hpp"
#include "web/screens/penilai_parts.hpp"
#include "web/screens/screen_common.hpp"
#include "web/ui.hpp"
#include "web/widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>
#include <string>

namespace kinerja::web {
namespace penilai {

std::size_t current_period(const AppState& state, const PenilaiUi& ui) {
  const CityView& v = *state.view;
  if (!ui.period_id.empty())
    if (const auto p = find_period(v, ui.period_id); p != kTidakAda) return p;
  return periode_hari_ini(v, state.data.now_ms);
}


PenilaiDraft load_draft(const CityView& v, std::size_t employee, std::size_t period) {
  PenilaiDraft d;
  d.employee_id = v.bundle.employees[employee].meta.id;
  d.period_id = v.bundle.periods[period].meta.id;
  const SkorPegawai* s = find_skor(v, employee, period);
  const std::size_t ei = find_evaluation(v, employee, period);
  const Evaluation* ev = ei == kTidakAda ? nullptr : &v.bundle.evaluations[ei];
  if (s && s->skp != kTidakAda)
    for (const auto& rhk : v.bundle.skps[s->skp].rhk) {
      d.rhk_ids.push_back(rhk.id);
      std::string text;
      if (ev)
        for (const auto& u : ev->umpan_balik_rhk)
          if (u.rhk_id == rhk.id) text = u.text;
      d.rhk_texts.push_back(std::move(text));
    }
  if (!ev) return d;
  d.hasil_kerja = ev->rating_hasil_kerja.value_or(Rating::invalid);
  d.perilaku = ev->rating_perilaku.value_or(Rating::invalid);
  d.reason = ev->reason;
  for (const auto& pn : ev->perilaku) {
    const int i = static_cast<int>(pn.nilai) - 1;
    if (i < 0 || i >= kJumlahNilaiBerakhlak) continue;
    d.nilai[static_cast<std::size_t>(i)] = pn.rating.value_or(Rating::invalid);
    d.umpan_balik[static_cast<std::size_t>(i)] = pn.umpan_balik;
  }
  d.recommendations = ev->recommendations;
  if (ev->keberatan) d.penjelasan = ev->keberatan->penjelasan_penilai;
  if (ev->nilai_perilaku) d.nilai_perilaku = format_number(Lang::id, *ev->nilai_perilaku, 2);
  d.perilaku_360 = ev->perilaku_360;
  d.inovasi = ev->inovasi;
  return d;
}

std::string rater_nip(const AppState& state, const PenilaiUi& ui) {
  const std::size_t r = find_employee(*state.view, ui.rater_id);
  return r == kTidakAda ? std::string("system") : state.view->bundle.employees[r].nip;
}

} // namespace penilai

namespace {

void draw_rater_picker(const AppState& state, PenilaiUi& ui) {
  const CityView& v = *state.view;
  const auto all = raters(v);
  if (all.empty()) {
    widgets::empty_state("penilai.no_raters", tr(state.lang, "penilai.no_raters"));
    return;
  }
  widgets::empty_state("penilai.no_rater", tr(state.lang, "penilai.no_rater"));
  ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 22));
  a11y::InputTextWithHint("##penilai.rater_search", tr(state.lang, "penilai.rater_search_hint"), &ui.rater_search);
  std::vector<std::size_t> shown;
  for (const auto r : all)
    if (cocok_pencarian(v, v.bundle.employees[r], ui.rater_search)) shown.push_back(r);
  if (shown.empty()) {
    widgets::paragraph(tr(state.lang, "penilai.rater_not_found"));
    return;
  }
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(shown.size()));
  while (clipper.Step())
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const Employee& e = v.bundle.employees[shown[static_cast<std::size_t>(i)]];
      char label[320];
      std::snprintf(label, sizeof label, "%s  \xC2\xB7  %s  \xC2\xB7  %s##penilai.rater.%s", e.name.c_str(), e.nip.c_str(),
                    e.jabatan.c_str(), e.meta.id.c_str());
      if (ImGui::Selectable(label)) {
        ui.rater_id = e.meta.id;
        ui.rater_search.clear();
        ui.employee_id.clear();
        ui.selected.clear();
        ui.confirm_bulk = false;
      }
    }
}

void draw_rater_header(const AppState& state, PenilaiUi& ui, std::size_t rater) {
  const CityView& v = *state.view;
  const Employee& e = v.bundle.employees[rater];
  char line[400];
  std::snprintf(line, sizeof line, tr(state.lang, "penilai.you_are"), e.name.c_str(), e.nip.c_str());
  widgets::paragraph(line);
  const auto u = find_unit(v, e.unit_id);
  if (u != kTidakAda) widgets::hint((e.jabatan + "  \xC2\xB7  " + unit_path(v, u)).c_str());
  if (ImGui::SmallButton((std::string(tr(state.lang, "penilai.change_rater")) + "##penilai.change_rater").c_str())) {
    ui.rater_id.clear();
    ui.employee_id.clear();
    ui.selected.clear();
    ui.confirm_bulk = false;
  }
}

void draw_periods(const AppState& state, PenilaiUi& ui, std::size_t period) {
  const CityView& v = *state.view;
  a11y::TextUnformatted(tr(state.lang, "penilai.period"));
  bool first = true;
  for (const auto p : periods_in_order(v)) {
    const Period& per = v.bundle.periods[p];
    char label[200];
    std::snprintf(label, sizeof label, "%s%s##penilai.period.%s", per.name.c_str(),
                  per.locked ? tr(state.lang, "penilai.locked_suffix") : "", per.meta.id.c_str());
    const float w = ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
    if (!first) widgets::same_line_if_fits(w);
    first = false;
    const bool current = p == period;
    if (current) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyle().Colors[ImGuiCol_ButtonActive]);
    if (ImGui::Button(label) && !current) {
      ui.period_id = per.meta.id;
      ui.employee_id.clear();
      ui.selected.clear();
      ui.confirm_bulk = false;
    }
    if (current) ImGui::PopStyleColor();
  }
}

void draw_files(const AppState& state, Actions& actions, std::size_t rater) {
  if (widgets::action_button(state.lang, "penilai.import")) actions.open_import = true;
  widgets::same_line_if_fits(ImGui::CalcTextSize(tr(state.lang, "penilai.export")).x + ImGui::GetFontSize() * 2);
  if (widgets::action_button(state.lang, "penilai.export"))
    actions.export_scope = Scope{ScopeKind::penilai, state.view->bundle.employees[rater].nip};
  widgets::hint(tr(state.lang, "penilai.import_hint"));
}

} // namespace

void draw_penilai(const AppState& state, Actions& actions) {
  screen_intro(state, "penilai.title", "penilai.body");
  screen_guide(state, "guide.penilai", "guide.penilai");
  widgets::note_box("penilai.fair", tr(state.lang, "penilai.fair"));
  if (!state.view) return;
  const CityView& v = *state.view;
  PenilaiUi& ui = ui_draft(actions.penilai_ui, state.penilai_ui);
  if (ui.scroll_top) {
    ImGui::SetScrollY(0);
    ui.scroll_top = false;
  }
  const std::size_t rater = find_employee(v, ui.rater_id);
  if (rater == kTidakAda) {
    draw_rater_picker(state, ui);
  } else {
    const std::size_t period = penilai::current_period(state, ui);
    const std::size_t member = ui.employee_id.empty() ? kTidakAda : find_employee(v, ui.employee_id);
    if (period == kTidakAda) {
      draw_rater_header(state, ui, rater);
      widgets::empty_state("penilai.no_periods", tr(state.lang, "penilai.no_periods"));
    } else if (member != kTidakAda) {
      // One member under review: the page is theirs (the period stays as chosen).
      penilai::draw_member(state, ui, actions, member, period);
    } else {
      draw_rater_header(state, ui, rater);
      draw_periods(state, ui, period);
      draw_files(state, actions, rater);
      ImGui::Separator();
      penilai::draw_queue(state, ui, actions, rater, period);
    }
  }
}

nlohmann::json penilai_test_state(const AppState& state) {
  const auto& ui = state.penilai_ui;
  nlohmann::json j = {{"route_shown", state.route == Route::penilai}, {"rater_id", ui.rater_id},
                      {"employee_id", ui.employee_id}, {"error", ui.error},
                      {"selected", ui.selected.size()}, {"confirm_bulk", ui.confirm_bulk},
                      {"status_filter", ui.status_filter}};
  if (!state.view) return j;
  const CityView& v = *state.view;
  const std::size_t period = penilai::current_period(state, ui);
  j["period_id"] = period == kTidakAda ? "" : v.bundle.periods[period].meta.id;
  const std::size_t rater = find_employee(v, ui.rater_id);
  if (rater == kTidakAda) {
    // Who could pick themselves here (tests choose a rater by NIP through the search box).
    auto list = nlohmann::json::array();
    for (const auto r : raters(v)) {
      nlohmann::json x = {{"id", v.bundle.employees[r].meta.id}, {"nip", v.bundle.employees[r].nip}};
      if (period != kTidakAda) {
        const auto team = team_of(v, r, period);
        int unrated = 0, unrated_sesuai = 0;
        for (const auto e : team)
          if (const SkorPegawai* s = find_skor(v, e, period); s && !s->sudah_dinilai) {
            ++unrated;
            unrated_sesuai += s->saran_hasil_kerja.rating == Rating::sesuai ? 1 : 0;
          }
        x["team"] = team.size();
        x["unrated"] = unrated;
        x["unrated_sesuai"] = unrated_sesuai;
        x["warnings"] = kurva_tim(default_rules(), v, r, period).peringatan.size();
      }
      list.push_back(std::move(x));
    }
    j["raters"] = std::move(list);
  }
  if (rater == kTidakAda || period == kTidakAda) return j;
  j["rater_nip"] = v.bundle.employees[rater].nip;
  const auto team = team_of(v, rater, period);
  const auto counts = ringkas_tim(v, team, period);
  j["team_size"] = team.size();
  j["counts"] = {{"belum_mulai", counts[StatusPenilaian::belum_mulai]},
                 {"diajukan", counts[StatusPenilaian::diajukan]},
                 {"dinilai", counts[StatusPenilaian::dinilai]},
                 {"terlambat", counts[StatusPenilaian::terlambat]}};
  const auto kurva = kurva_tim(default_rules(), v, rater, period);
  j["curve_warnings"] = kurva.peringatan.size();
  j["curve_cko"] = std::string(to_string(kurva.cko));
  auto members = nlohmann::json::object();
  for (const auto e : team) {
    const SkorPegawai* s = find_skor(v, e, period);
    if (!s) continue;
    members[v.bundle.employees[e].meta.id] = {
        {"nip", v.bundle.employees[e].nip},
        {"status", std::string(to_string(s->status))}, {"rated", s->sudah_dinilai},
        {"kepala_cko", s->cko_unit.has_value()},
        {"saran_perilaku", std::string(to_string(s->saran_perilaku.rating))},
        {"saran_hasil_kerja", std::string(to_string(s->saran_hasil_kerja.rating))},
        {"rating_hasil_kerja", std::string(to_string(s->rating_hasil_kerja))},
        {"rating_perilaku", std::string(to_string(s->rating_perilaku))},
        {"predikat", std::string(to_string(s->predikat))}};
  }
  j["members"] = std::move(members);
  const std::size_t open = find_employee(v, ui.employee_id);
  if (open != kTidakAda) {
    const SkorPegawai* s = find_skor(v, open, period);
    const auto& d = ui.draft;
    std::vector<Rating> nilai(d.nilai.begin(), d.nilai.end());
    const auto saran_pk = saran_rating_perilaku(default_rules().rating_perilaku, nilai).rating;
    nlohmann::json o = {{"draft_hasil_kerja", std::string(to_string(d.hasil_kerja))},
                        {"draft_perilaku", std::string(to_string(d.perilaku))},
                        {"reason", d.reason}, {"recommendations", d.recommendations},
                        {"nilai_perilaku", d.nilai_perilaku}};
    if (s) {
      const auto check = periksa_penilaian(default_rules(), *s, saran_pk, d.hasil_kerja, d.perilaku, d.reason);
      o["saran_hasil_kerja"] = std::string(to_string(s->saran_hasil_kerja.rating));
      o["saran_perilaku"] = std::string(to_string(saran_pk));
      o["predikat_live"] = std::string(to_string(check.predikat));
      o["perlu_alasan"] = check.perlu_alasan;
      o["siap"] = check.siap;
      o["status"] = std::string(to_string(s->status));
      o["predikat"] = std::string(to_string(s->predikat));
      const MetodePenilaian metode = v.bundle.periods[period].metode;
      if (metode_lama(metode)) {
        const NilaiLegacy live = pratinjau_legacy(default_rules(), *s, metode, d.nilai_perilaku, d.perilaku_360, d.inovasi);
        o["legacy_live"] = {{"ok", live.ok}, {"nilai", live.nilai}, {"kategori", live.kategori}, {"error", live.error_id}};
        if (s->legacy_akhir) o["legacy_akhir"] = {{"ok", s->legacy_akhir->ok}, {"nilai", s->legacy_akhir->nilai}};
      }
    }
    const std::size_t ei = find_evaluation(v, open, period);
    o["has_keberatan"] = ei != kTidakAda && v.bundle.evaluations[ei].keberatan.has_value();
    j["open"] = std::move(o);
  }
  return j;
}

} // namespace kinerja::web
