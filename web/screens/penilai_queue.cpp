// The penilai's queue: the team in a period with status chips and counts,
// filters, the bulk "Sesuai Ekspektasi" action and the team's distribution
// against the curve.
#include "core/workflow/penilaian.hpp"
#include "web/a11y_text.hpp"
#include "web/format.hpp"
#include "web/i18n.hpp"
#include "web/screens/penilai_parts.hpp"
#include "web/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <string>

namespace kinerja::web::penilai {
namespace {

constexpr StatusPenilaian kStatuses[] = {StatusPenilaian::belum_mulai, StatusPenilaian::diajukan,
                                         StatusPenilaian::dinilai, StatusPenilaian::terlambat};

bool is_selected(const PenilaiUi& ui, const std::string& id) {
  return std::find(ui.selected.begin(), ui.selected.end(), id) != ui.selected.end();
}

void draw_counts(const AppState& state, PenilaiUi& ui, const RingkasanTim& counts) {
  char label[160];
  std::snprintf(label, sizeof label, "%s (%d)##penilai.filter.0", tr(state.lang, "penilai.filter_all"), counts.total);
  if (a11y::RadioButton(label, ui.status_filter == 0)) ui.status_filter = 0;
  for (const auto s : kStatuses) {
    const int n = counts[s];
    std::snprintf(label, sizeof label, "%s (%d)##penilai.filter.%d", widgets::status_label(state.lang, s), n, static_cast<int>(s));
    widgets::same_line_if_fits(ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetFontSize() * 2);
    ImGui::PushStyleColor(ImGuiCol_CheckMark, ImGui::ColorConvertU32ToFloat4(widgets::status_color(s)));
    if (a11y::RadioButton(label, ui.status_filter == static_cast<int>(s))) ui.status_filter = static_cast<int>(s);
    ImGui::PopStyleColor();
  }
}

void draw_bulk(const AppState& state, PenilaiUi& ui, Actions& actions, const std::vector<std::size_t>& team,
               std::size_t period, bool locked) {
  const CityView& v = *state.view;
  ImGui::SeparatorText(tr(state.lang, "penilai.bulk_title"));
  widgets::paragraph(tr(state.lang, "penilai.bulk_help"));
  const auto plan_all = rencana_sesuai_massal(default_rules(), v, team, period);
  if (widgets::action_button(state.lang, "penilai.select_sesuai")) {
    ui.selected.clear();
    for (const auto& r : plan_all)
      if (r.dinilai) {
        const SkorPegawai* s = find_skor(v, r.employee, period);
        if (s && s->saran_hasil_kerja.rating == Rating::sesuai) ui.selected.push_back(v.bundle.employees[r.employee].meta.id);
      }
    ui.confirm_bulk = false;
  }
  widgets::same_line_if_fits(ImGui::CalcTextSize(tr(state.lang, "penilai.select_unrated")).x + ImGui::GetFontSize() * 2);
  if (widgets::action_button(state.lang, "penilai.select_unrated")) {
    ui.selected.clear();
    for (const auto e : team)
      if (const SkorPegawai* s = find_skor(v, e, period); s && !s->sudah_dinilai)
        ui.selected.push_back(v.bundle.employees[e].meta.id);
    ui.confirm_bulk = false;
  }
  widgets::same_line_if_fits(ImGui::CalcTextSize(tr(state.lang, "penilai.select_none")).x + ImGui::GetFontSize() * 2);
  if (widgets::action_button(state.lang, "penilai.select_none")) {
    ui.selected.clear();
    ui.confirm_bulk = false;
  }

  std::vector<std::size_t> chosen;
  for (const auto& id : ui.selected)
    if (const auto e = find_employee(v, id); e != kTidakAda) chosen.push_back(e);
  const auto plan = rencana_sesuai_massal(default_rules(), v, chosen, period);
  int will = 0, rated = 0, differs = 0, no_score = 0;
  for (const auto& r : plan) {
    if (r.dinilai) ++will;
    else if (r.lewati == AlasanLewati::sudah_dinilai) ++rated;
    else if (r.lewati == AlasanLewati::saran_berbeda) ++differs;
    else ++no_score;
  }
  char line[400];
  std::snprintf(line, sizeof line, tr(state.lang, "penilai.bulk_selected"), static_cast<int>(chosen.size()), will);
  widgets::paragraph(line);
  if (differs + rated + no_score > 0) {
    std::snprintf(line, sizeof line, tr(state.lang, "penilai.bulk_skipped"), differs, rated, no_score);
    widgets::hint(line);
  }
  ImGui::BeginDisabled(will == 0 || locked || !state.data.writer);
  if (!ui.confirm_bulk && widgets::action_button(state.lang, "penilai.bulk_sesuai")) ui.confirm_bulk = true;
  ImGui::EndDisabled();
  if (!ui.confirm_bulk) return;
  std::snprintf(line, sizeof line, tr(state.lang, "penilai.bulk_confirm_text"), will);
  widgets::note_box("penilai.bulk_confirm_box", line);
  if (widgets::action_button(state.lang, "penilai.bulk_confirm")) {
    std::vector<std::size_t> members;
    for (const auto& r : plan) members.push_back(r.employee);
    const OperationResult r =
        nilai_sesuai_massal(state.data.local.store, *state.view, default_rules(), members, period, state.data.now_ms);
    actions.push(r, rater_nip(state, ui));
    ui.selected.clear();
    ui.confirm_bulk = false;
  }
  widgets::same_line_if_fits(ImGui::CalcTextSize(tr(state.lang, "penilai.bulk_cancel")).x + ImGui::GetFontSize() * 2);
  if (widgets::action_button(state.lang, "penilai.bulk_cancel")) ui.confirm_bulk = false;
}

void draw_curve(const AppState& state, std::size_t rater, std::size_t period) {
  const CityView& v = *state.view;
  ImGui::SeparatorText(tr(state.lang, "penilai.curve_title"));
  const auto k = kurva_tim(default_rules(), v, rater, period);
  std::array<std::optional<long long>, 6> counts{};
  for (std::size_t i = 1; i < counts.size(); ++i) counts[i] = k.jumlah.n[i];
  widgets::predikat_bar("penilai.curve_bar", counts, ImGui::GetContentRegionAvail().x);
  widgets::predikat_legend(state.lang);
  char line[400];
  std::string parts;
  for (int i = 5; i >= 1; --i) {
    const auto p = static_cast<Predikat>(i);
    if (!parts.empty()) parts += "  \xC2\xB7  ";
    parts += std::string(widgets::predikat_label(state.lang, p)) + " " + std::to_string(k.jumlah[p]);
  }
  widgets::paragraph(parts.c_str());
  if (k.belum_dinilai > 0) {
    std::snprintf(line, sizeof line, tr(state.lang, "penilai.curve_unrated"), k.belum_dinilai);
    widgets::hint(line);
  }
  if (k.unit == kTidakAda) {
    widgets::paragraph(tr(state.lang, "penilai.curve_no_cko"));
    return;
  }
  std::snprintf(line, sizeof line, tr(state.lang, "penilai.curve_cko"), unit_path(v, k.unit).c_str(),
                label_id(k.cko).data());
  widgets::paragraph(line);
  if (k.peringatan.empty()) {
    if (k.jumlah.total() > 0) widgets::note_box("penilai.curve_ok", tr(state.lang, "penilai.curve_ok"));
    return;
  }
  ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(1.0f, 0.95f, 0.80f, 1.0f));
  ImGui::BeginChild("penilai.curve_warnings", ImVec2(0, 0), ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding);
  widgets::paragraph(tr(state.lang, "penilai.curve_warn_intro"));
  for (const auto& w : k.peringatan) widgets::bullet((state.lang == Lang::id ? w.message_id : w.message_en).c_str());
  ImGui::EndChild();
  ImGui::PopStyleColor();
}

void draw_table(const AppState& state, PenilaiUi& ui, const std::vector<std::size_t>& rows, std::size_t period) {
  const CityView& v = *state.view;
  const bool wide = ImGui::GetContentRegionAvail().x > ImGui::GetFontSize() * 44;
  const int columns = wide ? 6 : 3;
  if (!ImGui::BeginTable("penilai.queue", columns,
                         ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_Sortable |
                             ImGuiTableFlags_SizingStretchProp))
    return;
  ImGui::TableSetupColumn("##sel", ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_NoSort,
                          ImGui::GetFrameHeight());
  ImGui::TableSetupColumn(tr(state.lang, "penilai.col_name"), ImGuiTableColumnFlags_WidthStretch, 4, 1);
  ImGui::TableSetupColumn(tr(state.lang, "penilai.col_status"),
                          ImGuiTableColumnFlags_WidthStretch | ImGuiTableColumnFlags_DefaultSort, 2, 2);
  if (wide) {
    ImGui::TableSetupColumn(tr(state.lang, "penilai.col_capaian"), ImGuiTableColumnFlags_WidthStretch, 1.5f, 3);
    ImGui::TableSetupColumn(tr(state.lang, "penilai.col_saran"), ImGuiTableColumnFlags_WidthStretch | ImGuiTableColumnFlags_NoSort, 2);
    ImGui::TableSetupColumn(tr(state.lang, "penilai.col_predikat"), ImGuiTableColumnFlags_WidthStretch | ImGuiTableColumnFlags_NoSort, 2);
  }
  ImGui::TableHeadersRow();

  std::vector<std::size_t> sorted = rows;
  if (const ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsCount > 0) {
    const auto col = specs->Specs[0].ColumnUserID;
    const bool desc = specs->Specs[0].SortDirection == ImGuiSortDirection_Descending;
    // What needs the rater first: submitted, late, not started, rated.
    auto key_status = [&](std::size_t e) {
      const SkorPegawai* s = find_skor(v, e, period);
      switch (s ? s->status : StatusPenilaian::invalid) {
        case StatusPenilaian::diajukan: return 0;
        case StatusPenilaian::terlambat: return s->sudah_dinilai ? 3 : 1;
        case StatusPenilaian::belum_mulai: return 2;
        case StatusPenilaian::dinilai: return 4;
        case StatusPenilaian::invalid: break;
      }
      return 5;
    };
    auto key_capaian = [&](std::size_t e) {
      const SkorPegawai* s = find_skor(v, e, period);
      return s && s->capaian_rata ? *s->capaian_rata : -1.0;
    };
    std::stable_sort(sorted.begin(), sorted.end(), [&](std::size_t a, std::size_t b) {
      bool less = false, greater = false;
      if (col == 2) {
        less = key_status(a) < key_status(b);
        greater = key_status(b) < key_status(a);
      } else if (col == 3) {
        less = key_capaian(a) < key_capaian(b);
        greater = key_capaian(b) < key_capaian(a);
      } else {
        less = v.bundle.employees[a].name < v.bundle.employees[b].name;
        greater = v.bundle.employees[b].name < v.bundle.employees[a].name;
      }
      return desc ? greater : less;
    });
  }

  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(sorted.size()));
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const std::size_t e = sorted[static_cast<std::size_t>(i)];
      const Employee& emp = v.bundle.employees[e];
      const SkorPegawai* s = find_skor(v, e, period);
      ImGui::TableNextRow();
      ImGui::PushID(emp.meta.id.c_str());
      ImGui::TableNextColumn();
      bool sel = is_selected(ui, emp.meta.id);
      char id[120];
      std::snprintf(id, sizeof id, "##penilai.sel.%s", emp.meta.id.c_str());
      if (ImGui::Checkbox(id, &sel)) {
        if (sel) ui.selected.push_back(emp.meta.id);
        else ui.selected.erase(std::remove(ui.selected.begin(), ui.selected.end(), emp.meta.id), ui.selected.end());
        ui.confirm_bulk = false;
      }
      ImGui::TableNextColumn();
      char label[320];
      std::snprintf(label, sizeof label, "%s##penilai.open.%s", emp.name.c_str(), emp.meta.id.c_str());
      if (ImGui::Selectable(label, false, ImGuiSelectableFlags_None)) {
        ui.employee_id = emp.meta.id;
        ui.scroll_top = true;
        ui.draft = load_draft(v, e, period);
        ui.error.clear();
        ui.confirm_bulk = false;
      }
      const std::string capaian = s ? format_percent(state.lang, s->capaian_rata, 1) : kDash;
      const char* saran = widgets::rating_label(state.lang, s ? s->saran_hasil_kerja.rating : Rating::invalid);
      if (wide) a11y::TextDisabled("%s", emp.nip.c_str());
      else a11y::TextDisabled("%s  \xC2\xB7  %s", capaian.c_str(), saran);
      ImGui::TableNextColumn();
      const StatusPenilaian st = s ? s->status : StatusPenilaian::invalid;
      widgets::chip(widgets::status_label(state.lang, st), widgets::status_color(st));
      const Predikat pred = s ? s->predikat : Predikat::invalid;
      // A legacy period's result is its nilai and band.
      const NilaiLegacy* nilai = s && s->sudah_dinilai && s->legacy_akhir && s->legacy_akhir->ok ? &*s->legacy_akhir : nullptr;
      auto result_chip = [&] {
        if (nilai)
          widgets::chip((format_number(state.lang, nilai->nilai, 2) + " " +
                         (state.lang == Lang::en && !nilai->label_en.empty() ? nilai->label_en : nilai->label_id)).c_str(),
                        widgets::legacy_color(nilai->kategori));
        else if (pred != Predikat::invalid) widgets::chip(widgets::predikat_label(state.lang, pred), widgets::predikat_color(pred));
        else a11y::TextDisabled("%s", kDash);
      };
      if (!wide) {
        result_chip();
        ImGui::PopID();
        continue;
      }
      ImGui::TableNextColumn();
      a11y::TextUnformatted(capaian.c_str());
      ImGui::TableNextColumn();
      if (s && s->saran_hasil_kerja.rating != Rating::invalid)
        widgets::chip(saran, widgets::rating_color(s->saran_hasil_kerja.rating));
      else a11y::TextDisabled("%s", kDash);
      ImGui::TableNextColumn();
      result_chip();
      ImGui::PopID();
    }
  }
  ImGui::EndTable();
}

} // namespace

void draw_queue(const AppState& state, PenilaiUi& ui, Actions& actions, std::size_t rater, std::size_t period) {
  const CityView& v = *state.view;
  const auto team = team_of(v, rater, period);
  widgets::heading(tr(state.lang, "penilai.queue_title"));
  if (team.empty()) {
    widgets::empty_state("penilai.no_team", tr(state.lang, "penilai.no_team"));
    return;
  }
  const auto counts = ringkas_tim(v, team, period);
  draw_counts(state, ui, counts);
  if (counts[StatusPenilaian::belum_mulai] == counts.total)
    widgets::empty_state("penilai.nobody_submitted", tr(state.lang, "penilai.nobody_submitted"));
  const bool locked = v.bundle.periods[period].locked;
  if (locked) widgets::note_box("penilai.locked_note", tr(state.lang, "penilai.locked_note"));

  // The overview first (how the team stands against the curve), then the
  // tools that act on a selection, then the list they select from.
  if (metode_lama(v.bundle.periods[period].metode)) {
    // No kuadran, no SE 3/2023 curve and no bulk Sesuai: each member gets a nilai perilaku.
    char line[300];
    std::snprintf(line, sizeof line, tr(state.lang, "penilai.legacy_queue"), metode_label(v.bundle.periods[period].metode));
    widgets::note_box("penilai.legacy_queue", line);
  } else {
    draw_curve(state, rater, period);
    draw_bulk(state, ui, actions, team, period, locked);
  }
  ImGui::SeparatorText(tr(state.lang, "penilai.members_title"));
  std::vector<std::size_t> rows;
  for (const auto e : team) {
    const SkorPegawai* s = find_skor(v, e, period);
    if (ui.status_filter == 0 || (s && static_cast<int>(s->status) == ui.status_filter)) rows.push_back(e);
  }
  if (rows.empty()) widgets::paragraph(tr(state.lang, "penilai.filter_empty"));
  else draw_table(state, ui, rows, period);
}

} // namespace kinerja::web::penilai
