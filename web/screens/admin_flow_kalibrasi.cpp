// Admin › Konsolidasi & publikasi: [kalibrasi] a unit's predikat against the
// curve of its CKO, changing one predikat with a written reason; [keberatan]
// objections and the atasan's decision. The rules are core/workflow/kalibrasi and
// core/workflow/keberatan; this file lays out and collects input.
#include "core/workflow/keberatan.hpp"
#include "core/sync/store.hpp"
#include "web/a11y_text.hpp"
#include "web/format.hpp"
#include "web/i18n.hpp"
#include "web/screens/admin_flow_parts.hpp"
#include "web/widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>
#include <string>

namespace kinerja::web::admin_flow {

// ---------------------------------------------------------------------------
// [kalibrasi]

std::size_t selected_unit(const AppState& state, const FlowCache& c) {
  if (c.units.empty()) return kTidakAda;
  const std::size_t u = find_unit(*state.view, state.admin_ui.flow.unit_id);
  for (const auto& r : c.units)
    if (r.unit == u) return u;
  return c.units.front().unit;
}

void draw_kalibrasi_editor(const AppState& state, Actions& actions, std::size_t employee, std::size_t period) {
  const CityView& v = *state.view;
  const AdminFlowUi& f = state.admin_ui.flow;
  const SkorPegawai* s = find_skor(v, employee, period);
  if (!s) return;
  const Predikat now = predikat_penetapan(v, *s);
  ImGui::BeginChild("admin.flow.kalibrasi_editor", ImVec2(0, 0),
                    ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding | ImGuiChildFlags_Border);
  char line[300];
  std::snprintf(line, sizeof line, tr(state.lang, "admin.flow.kalibrasi_title"), v.bundle.employees[employee].name.c_str());
  widgets::heading(line);
  a11y::TextUnformatted(tr(state.lang, "admin.flow.kalibrasi_now"));
  ImGui::SameLine();
  predikat_chip(state, now);
  std::snprintf(line, sizeof line, "%s: %s · %s: %s", tr(state.lang, "admin.flow.rating_hk"),
                widgets::rating_label(state.lang, s->rating_hasil_kerja), tr(state.lang, "admin.flow.rating_pk"),
                widgets::rating_label(state.lang, s->rating_perilaku));
  widgets::paragraph(line);
  a11y::TextUnformatted(tr(state.lang, "admin.flow.kalibrasi_new"));
  if (const int picked = predikat_choice(state, "admin.flow.kalibrasi_predikat", f.kalibrasi_predikat)) {
    update_flow(state, actions, [&](AdminFlowUi& g) { g.kalibrasi_predikat = picked; g.kalibrasi_error.clear(); });
  }
  a11y::TextUnformatted(tr(state.lang, "admin.flow.kalibrasi_note"));
  if (auto note = note_field("##admin.flow.kalibrasi_note", f.kalibrasi_note)) {
    update_flow(state, actions, [&](AdminFlowUi& g) { g.kalibrasi_note = std::move(*note); });
  }
  widgets::hint(tr(state.lang, "admin.flow.kalibrasi_note_help"));
  widgets::error_text(f.kalibrasi_error);
  if (widgets::action_button(state.lang, "admin.flow.kalibrasi_save")) {
    AdminFlowUi g = flow_of(state, actions);
    const std::string& ev_id = s->evaluation == kTidakAda ? std::string() : v.bundle.evaluations[s->evaluation].meta.id;
    // who: the admin role and the device that saves, as exported files name it
    const std::string oleh = state.device_name.empty() ? std::string("admin") : "admin (" + state.device_name + ")";
    const OperationResult r = simpan_kalibrasi(state.data.local.store, v, ev_id, now, static_cast<Predikat>(f.kalibrasi_predikat),
                                               f.kalibrasi_note, oleh, state.data.now_ms);
    if (!r.ok()) {
      g.kalibrasi_error = join_errors(state, r.errors);
    } else {
      actions.push(r, "admin");
      std::snprintf(line, sizeof line, tr(state.lang, "admin.flow.kalibrasi_done"),
                    v.bundle.employees[employee].name.c_str());
      g.done = line;
      close_kalibrasi(g);
    }
    set_flow(state, actions, g);
  }
  widgets::same_line_if_fits(ImGui::CalcTextSize(tr(state.lang, "admin.flow.cancel")).x + 40);
  if (widgets::action_button(state.lang, "admin.flow.cancel")) {
    update_flow(state, actions, [&](AdminFlowUi& g) { close_kalibrasi(g); });
  }
  ImGui::EndChild();
}

void draw_kalibrasi(const AppState& state, Actions& actions, const FlowCache& c, std::size_t period) {
  const CityView& v = *state.view;
  widgets::paragraph(tr(state.lang, "admin.flow.kalibrasi_help"));
  if (c.units.empty()) {
    widgets::empty_state("admin.flow.kalibrasi_empty", tr(state.lang, "admin.flow.kalibrasi_empty"));
    return;
  }
  const std::size_t unit = selected_unit(state, c);

  // The units with a CKO, warnings first: a list that opens, so the chosen
  // unit's distribution stays at the top of the page.
  auto unit_line = [&](const RingkasanKurva& r) {
    char line[320];
    std::snprintf(line, sizeof line, tr(state.lang, "admin.flow.unit_line"), v.bundle.units[r.unit].name.c_str(),
                  std::string(label_id(r.cko)).c_str(), r.peringatan.size());
    return std::string(line);
  };
  const RingkasanKurva* chosen = nullptr;
  for (const auto& r : c.units)
    if (r.unit == unit) chosen = &r;
  a11y::TextUnformatted(tr(state.lang, "admin.flow.units_cko"));
  ImGui::SetNextItemWidth(-1);
  // The closed list shows the name only (it fits a phone); the line below says
  // CKO and warnings.
  if (ImGui::BeginCombo("##admin.flow.unit", chosen ? v.bundle.units[chosen->unit].name.c_str() : "",
                        ImGuiComboFlags_HeightLarge)) {
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(c.units.size()));
    while (clipper.Step())
      for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
        const RingkasanKurva& r = c.units[static_cast<std::size_t>(i)];
        const std::string label = unit_line(r) + "##admin.flow.unit." + v.bundle.units[r.unit].meta.id;
        if (ImGui::Selectable(label.c_str(), r.unit == unit) && r.unit != unit) {
          AdminFlowUi g = state.admin_ui.flow;
          g.unit_id = v.bundle.units[r.unit].meta.id;
          g.kalibrasi_employee_id.clear();
          g.kalibrasi_error.clear();
          g.done.clear();
          set_flow(state, actions, g);
        }
      }
    ImGui::EndCombo();
  }

  // The selected unit: distribution, warnings, employees.
  const KalibrasiUnit& k = cached_kalibrasi(state, unit);
  ImGui::Separator();
  widgets::heading(unit_path(v, unit).c_str());
  char line[300];
  std::snprintf(line, sizeof line, tr(state.lang, "admin.flow.cko_line"),
                k.cko ? std::string(label_id(*k.cko)).c_str() : kDash, k.jumlah.total());
  widgets::paragraph(line);
  widgets::predikat_bar("admin.flow.distribution", bar_counts(k.jumlah), ImGui::GetContentRegionAvail().x);
  widgets::predikat_legend(state.lang);
  {
    std::string counts;
    for (int i = 5; i >= 1; --i) {
      const auto p = static_cast<Predikat>(i);
      if (!counts.empty()) counts += " · ";
      counts += widgets::predikat_label(state.lang, p);
      counts += ' ';
      counts += std::to_string(k.jumlah[p]);
    }
    widgets::hint(counts.c_str());
  }
  if (k.peringatan.empty()) {
    widgets::note_box("admin.flow.curve_ok", tr(state.lang, "admin.flow.curve_ok"));
  } else {
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(0.99f, 0.93f, 0.88f, 1.0f));
    ImGui::BeginChild("admin.flow.warnings", ImVec2(0, 0),
                      ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding);
    a11y::TextWrapped("%s", tr(state.lang, "admin.flow.curve_warn"));
    for (const auto& w : k.peringatan) widgets::bullet(state.lang == Lang::id ? w.message_id.c_str() : w.message_en.c_str());
    ImGui::EndChild();
    ImGui::PopStyleColor();
  }
  if (!state.admin_ui.flow.done.empty()) widgets::note_box("admin.flow.done", state.admin_ui.flow.done.c_str());

  const bool locked = v.bundle.periods[period].locked;
  if (locked) locked_note(state, actions);
  const std::size_t editing = find_employee(v, state.admin_ui.flow.kalibrasi_employee_id);
  if (editing != kTidakAda && !locked) draw_kalibrasi_editor(state, actions, editing, period);

  ImGui::SeparatorText(tr(state.lang, "admin.flow.employees"));
  const bool narrow = phone(state);
  if (ImGui::BeginTable("admin.flow.kalibrasi_table", narrow ? 3 : 4, kTableFlags)) {
    ImGui::TableSetupColumn(tr(state.lang, "admin.flow.col_name"), ImGuiTableColumnFlags_WidthStretch, 3);
    if (!narrow)
      ImGui::TableSetupColumn(tr(state.lang, "admin.flow.col_jabatan"), ImGuiTableColumnFlags_WidthStretch, 3);
    ImGui::TableSetupColumn(tr(state.lang, "admin.flow.col_predikat"), ImGuiTableColumnFlags_WidthStretch, 2);
    ImGui::TableSetupColumn("##act", ImGuiTableColumnFlags_WidthStretch, 1.6f);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(k.pegawai.size()));
    while (clipper.Step())
      for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
        const SkorPegawai& s = v.report.pegawai[k.pegawai[static_cast<std::size_t>(r)]];
        const Employee& e = v.bundle.employees[s.employee];
        const Predikat p = predikat_penetapan(v, s);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        a11y::TextUnformatted(e.name.c_str());
        if (!narrow) {
          ImGui::TableNextColumn();
          a11y::TextUnformatted(e.jabatan.c_str());
        }
        ImGui::TableNextColumn();
        predikat_chip(state, p);
        ImGui::TableNextColumn();
        if (p != Predikat::invalid && !locked) {
          char label[200];
          std::snprintf(label, sizeof label, "%s##admin.flow.kal.%s", tr(state.lang, "admin.flow.kalibrasi_change"),
                        e.meta.id.c_str());
          if (ImGui::SmallButton(label)) {
            AdminFlowUi g = state.admin_ui.flow;
            g.kalibrasi_employee_id = e.meta.id;
            g.kalibrasi_predikat = 0;
            g.kalibrasi_note.clear();
            g.kalibrasi_error.clear();
            g.done.clear();
            set_flow(state, actions, g);
          }
        }
      }
    ImGui::EndTable();
  }
}

// ---------------------------------------------------------------------------
// [keberatan]

void draw_keberatan_editor(const AppState& state, Actions& actions, const SkorPegawai& s) {
  const CityView& v = *state.view;
  const AdminFlowUi& f = state.admin_ui.flow;
  const Evaluation& ev = v.bundle.evaluations[s.evaluation];
  const Keberatan& kb = *ev.keberatan;
  const Employee& e = v.bundle.employees[s.employee];
  const Predikat now = predikat_penetapan(v, s);
  const std::size_t atasan = atasan_penilai(v, s.employee, s.period);
  const std::size_t penilai = pejabat_penilai(v, s.employee, s.period);

  ImGui::BeginChild("admin.flow.keberatan_editor", ImVec2(0, 0),
                    ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding | ImGuiChildFlags_Border);
  char line[400];
  std::snprintf(line, sizeof line, tr(state.lang, "admin.flow.keberatan_title"), e.name.c_str());
  widgets::heading(line);
  a11y::TextUnformatted(tr(state.lang, "admin.flow.kalibrasi_now"));
  ImGui::SameLine();
  predikat_chip(state, now);
  ImGui::SeparatorText(tr(state.lang, "admin.flow.keberatan_text"));
  widgets::paragraph(kb.text.c_str());
  std::snprintf(line, sizeof line, "%s: %s", tr(state.lang, "admin.flow.keberatan_submitted"),
                kb.submitted.empty() ? kDash : format_datetime_wita(state.lang, kb.submitted).c_str());
  widgets::hint(line);
  ImGui::SeparatorText(tr(state.lang, "admin.flow.keberatan_explanation"));
  std::snprintf(
      line, sizeof line, "%s (%s)",
      kb.penjelasan_penilai.empty() ? tr(state.lang, "admin.flow.keberatan_no_explanation") : kb.penjelasan_penilai.c_str(),
      penilai == kTidakAda ? kDash : v.bundle.employees[penilai].name.c_str());
  widgets::paragraph(line);

  ImGui::SeparatorText(tr(state.lang, "admin.flow.keberatan_decision"));
  if (kb.decision) {
    std::snprintf(line, sizeof line, tr(state.lang, "admin.flow.keberatan_decided"),
                  tr(state.lang,
                     *kb.decision == KeputusanKeberatan::diterima ? "admin.flow.keberatan_diterima" : "admin.flow.keberatan_ditolak"),
                  kb.decision_note.c_str());
    widgets::paragraph(line);
    widgets::hint(tr(state.lang, "admin.flow.keberatan_change_help"));
  }
  std::snprintf(
      line, sizeof line, "%s: %s", tr(state.lang, "admin.flow.keberatan_decider"),
      atasan == kTidakAda ? tr(state.lang, "admin.flow.keberatan_no_atasan") : v.bundle.employees[atasan].name.c_str());
  widgets::paragraph(line);
  for (auto d : {KeputusanKeberatan::diterima, KeputusanKeberatan::ditolak}) {
    char label[160];
    std::snprintf(
        label, sizeof label, "%s##admin.flow.keberatan_decision.%s",
        tr(state.lang, d == KeputusanKeberatan::diterima ? "admin.flow.keberatan_diterima" : "admin.flow.keberatan_ditolak"),
        std::string(to_string(d)).c_str());
    if (d == KeputusanKeberatan::ditolak) ImGui::SameLine();
    if (a11y::RadioButton(label, f.keberatan_decision == static_cast<int>(d))) {
      update_flow(state, actions, [&](AdminFlowUi& g) {
        g.keberatan_decision = static_cast<int>(d);
        if (d == KeputusanKeberatan::ditolak) g.keberatan_predikat = 0;
        g.keberatan_error.clear();
      });
    }
  }
  if (f.keberatan_decision == static_cast<int>(KeputusanKeberatan::diterima)) {
    a11y::TextUnformatted(tr(state.lang, "admin.flow.keberatan_predikat"));
    if (const int picked = predikat_choice(state, "admin.flow.keberatan_predikat", f.keberatan_predikat)) {
      update_flow(state, actions, [&](AdminFlowUi& g) { g.keberatan_predikat = picked; g.keberatan_error.clear(); });
    }
  }
  a11y::TextUnformatted(tr(state.lang, "admin.flow.keberatan_note"));
  if (auto note = note_field("##admin.flow.keberatan_note", f.keberatan_note)) {
    update_flow(state, actions, [&](AdminFlowUi& g) { g.keberatan_note = std::move(*note); });
  }
  widgets::error_text(f.keberatan_error);
  const bool locked = v.bundle.periods[s.period].locked;
  if (locked) locked_note(state, actions);
  ImGui::BeginDisabled(locked);
  const bool save = widgets::action_button(state.lang, "admin.flow.keberatan_save");
  ImGui::EndDisabled();
  if (save && !locked) {
    AdminFlowUi g = flow_of(state, actions);
    KeputusanKeberatanInput in;
    if (f.keberatan_decision != 0) in.decision = static_cast<KeputusanKeberatan>(f.keberatan_decision);
    in.note = f.keberatan_note;
    if (f.keberatan_predikat != 0) in.predikat_akhir = static_cast<Predikat>(f.keberatan_predikat);
    if (atasan != kTidakAda) in.decided_by = v.bundle.employees[atasan].meta.id;
    const OperationResult r = simpan_keputusan_keberatan(state.data.local.store, v, ev.meta.id, now, in);
    if (!r.ok()) {
      g.keberatan_error = join_errors(state, r.errors);
    } else {
      actions.push(r, "admin");
      std::snprintf(line, sizeof line, tr(state.lang, "admin.flow.keberatan_done"), e.name.c_str());
      g.done = line;
      close_keberatan(g);
    }
    set_flow(state, actions, g);
  }
  widgets::same_line_if_fits(ImGui::CalcTextSize(tr(state.lang, "admin.flow.cancel")).x + 40);
  if (widgets::action_button(state.lang, "admin.flow.cancel")) {
    update_flow(state, actions, [&](AdminFlowUi& g) { close_keberatan(g); });
  }
  ImGui::EndChild();
}

void draw_keberatan(const AppState& state, Actions& actions, const FlowCache& c) {
  const CityView& v = *state.view;
  widgets::paragraph(tr(state.lang, "admin.flow.keberatan_help"));
  if (!state.admin_ui.flow.done.empty()) widgets::note_box("admin.flow.done", state.admin_ui.flow.done.c_str());
  if (c.keberatan.empty()) {
    widgets::empty_state("admin.flow.keberatan_empty", tr(state.lang, "admin.flow.keberatan_empty"));
    return;
  }
  for (std::size_t i : c.keberatan) {
    const SkorPegawai& s = v.report.pegawai[i];
    if (v.bundle.evaluations[s.evaluation].meta.id == state.admin_ui.flow.keberatan_evaluation_id) {
      draw_keberatan_editor(state, actions, s);
      break;
    }
  }
  const bool narrow = phone(state);
  if (!ImGui::BeginTable("admin.flow.keberatan_table", narrow ? 3 : 5, kTableFlags)) return;
  ImGui::TableSetupColumn(tr(state.lang, "admin.flow.col_name"), ImGuiTableColumnFlags_WidthStretch, 3);
  if (!narrow) {
    ImGui::TableSetupColumn(tr(state.lang, "admin.flow.col_predikat"), ImGuiTableColumnFlags_WidthStretch, 2);
    ImGui::TableSetupColumn(tr(state.lang, "admin.flow.keberatan_submitted"), ImGuiTableColumnFlags_WidthStretch, 2);
  }
  ImGui::TableSetupColumn(tr(state.lang, "admin.flow.col_status"), ImGuiTableColumnFlags_WidthStretch, 1.6f);
  ImGui::TableSetupColumn("##act", ImGuiTableColumnFlags_WidthStretch, 1.4f);
  ImGui::TableHeadersRow();
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(c.keberatan.size()));
  while (clipper.Step())
    for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
      const SkorPegawai& s = v.report.pegawai[c.keberatan[static_cast<std::size_t>(r)]];
      const Evaluation& ev = v.bundle.evaluations[s.evaluation];
      const Keberatan& kb = *ev.keberatan;
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      a11y::TextUnformatted(v.bundle.employees[s.employee].name.c_str());
      if (!narrow) {
        ImGui::TableNextColumn();
        predikat_chip(state, predikat_penetapan(v, s));
        ImGui::TableNextColumn();
        a11y::TextUnformatted(kb.submitted.empty() ? kDash : format_date(state.lang, kb.submitted).c_str());
      }
      ImGui::TableNextColumn();
      const char* st = !kb.decision                                   ? "admin.flow.keberatan_pending"
                       : *kb.decision == KeputusanKeberatan::diterima ? "admin.flow.keberatan_diterima"
                                                                      : "admin.flow.keberatan_ditolak";
      widgets::chip(tr(state.lang, st), !kb.decision ? IM_COL32(232, 178, 48, 255) : IM_COL32(110, 116, 124, 255),
                    !kb.decision ? IM_COL32(40, 30, 0, 255) : IM_COL32(255, 255, 255, 255));
      ImGui::TableNextColumn();
      char label[200];
      std::snprintf(label, sizeof label, "%s##admin.flow.kb.%s",
                    tr(state.lang, kb.decision ? "admin.flow.keberatan_open" : "admin.flow.keberatan_decide"), ev.meta.id.c_str());
      if (ImGui::SmallButton(label)) {
        AdminFlowUi g = state.admin_ui.flow;
        g.keberatan_evaluation_id = ev.meta.id;
        g.keberatan_decision = kb.decision ? static_cast<int>(*kb.decision) : 0;
        g.keberatan_predikat = kb.predikat_akhir ? static_cast<int>(*kb.predikat_akhir) : 0;
        g.keberatan_note = kb.decision_note;
        g.keberatan_error.clear();
        g.done.clear();
        set_flow(state, actions, g);
      }
    }
  ImGui::EndTable();
}

} // namespace kinerja::web::admin_flow
