// Admin › Konsolidasi & publikasi: [lembar] the official evaluation document
// (web/print_document) for one employee, in a new tab; [terbitkan] the public
// figures that would be published (core/calc/aggregate), an approval, publik.json.
#include "core/calc/aggregate.hpp"
#include "web/a11y_text.hpp"
#include "web/screens/riwayat_panel.hpp"
#include "web/data_actions.hpp"
#include "web/format.hpp"
#include "web/i18n.hpp"
#include "web/print_document.hpp"
#include "web/screens/admin_flow_parts.hpp"
#include "web/widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>
#include <string>

namespace kinerja::web::admin_flow {

// ---------------------------------------------------------------------------
// [lembar]

void draw_lembar(const AppState& state, Actions& actions, std::size_t period) {
  const CityView& v = *state.view;
  widgets::paragraph(tr(state.lang, "admin.flow.lembar_help"));
  if (v.bundle.employees.empty()) {
    widgets::empty_state("admin.flow.lembar_empty", tr(state.lang, "admin.flow.lembar_empty"));
    return;
  }
  std::string search = state.admin_ui.flow.search;
  ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 22));
  if (a11y::InputTextWithHint("##admin.flow.search", tr(state.lang, "admin.flow.search_hint"), &search)) {
    AdminFlowUi g = state.admin_ui.flow;
    g.search = search;
    set_flow(state, actions, g);
  }
  if (!state.admin_ui.flow.doc_employee_id.empty()) {
    const std::size_t e = find_employee(v, state.admin_ui.flow.doc_employee_id);
    if (e != kTidakAda) {
      char line[300];
      std::snprintf(line, sizeof line, tr(state.lang, "admin.flow.doc_opened"), v.bundle.employees[e].name.c_str());
      widgets::note_box("admin.flow.doc_opened", line);
    }
  }
  const auto& found = cached_search(state, state.admin_ui.flow.search);
  if (found.empty()) {
    widgets::empty_state("admin.flow.search_none", tr(state.lang, "admin.flow.search_none"));
    return;
  }
  const bool narrow = phone(state);
  if (!ImGui::BeginTable("admin.flow.doc_table", narrow ? 2 : 4, kTableFlags)) return;
  ImGui::TableSetupColumn(tr(state.lang, "admin.flow.col_name"), ImGuiTableColumnFlags_WidthStretch, 3);
  if (!narrow) {
    ImGui::TableSetupColumn("NIP", ImGuiTableColumnFlags_WidthStretch, 2);
    ImGui::TableSetupColumn(tr(state.lang, "admin.flow.col_predikat"), ImGuiTableColumnFlags_WidthStretch, 2);
  }
  ImGui::TableSetupColumn("##act", ImGuiTableColumnFlags_WidthStretch, 1.8f);
  ImGui::TableHeadersRow();
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(found.size()));
  while (clipper.Step())
    for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
      const std::size_t e = found[static_cast<std::size_t>(r)];
      const Employee& emp = v.bundle.employees[e];
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      a11y::TextUnformatted(emp.name.c_str());
      if (!narrow) {
        ImGui::TableNextColumn();
        a11y::TextUnformatted(emp.nip.c_str());
        ImGui::TableNextColumn();
        const SkorPegawai* s = find_skor(v, e, period);
        predikat_chip(state, s ? predikat_penetapan(v, *s) : Predikat::invalid);
      }
      ImGui::TableNextColumn();
      char label[200];
      std::snprintf(label, sizeof label, "%s##admin.flow.doc.%s", tr(state.lang, "admin.flow.doc_open"),
                    emp.meta.id.c_str());
      if (ImGui::SmallButton(label)) {
        actions.print_html = lembar_evaluasi_html(v, e, period, today_wita(state.data.now_ms), city_key_fingerprint(state));
        AdminFlowUi g = state.admin_ui.flow;
        g.doc_employee_id = emp.meta.id;
        set_flow(state, actions, g);
      }
      if (const std::size_t ei = find_evaluation(v, e, period); ei != kTidakAda) {
        ImGui::SameLine();
        riwayat_button(state, actions, "evaluations", v.bundle.evaluations[ei].meta.id, Peran::admin, "",
                       emp.name + ", " + v.bundle.periods[period].name);
      }
    }
  ImGui::EndTable();
}

// ---------------------------------------------------------------------------
// [terbitkan]

std::array<std::optional<long long>, 6> publik_counts(const BarisPredikat& b) {
  std::array<std::optional<long long>, 6> c{};
  for (std::size_t i = 0; i < kJumlahPredikat; ++i)
    if (b.predikat[i]) c[i + 1] = static_cast<long long>(*b.predikat[i]);
  return c;
}

std::string count_or_dash(const AppState& state, const std::optional<std::int64_t>& n) {
  return n ? format_count(state.lang, *n) : std::string(kDash);
}

// A hidden figure's name as the admin reads it: a predikat, or a column of
// the preview.
std::string angka_label(Lang lang, const std::string& code) {
  if (const auto p = parse_predikat(code)) {
    std::string key = "predikat." + std::string(to_string(*p));
    for (char& ch : key)
      if (ch == '-') ch = '_';
    return tr(lang, key.c_str());
  }
  return tr(lang, ("admin.flow.angka." + code).c_str());
}

// The audit's verdict, then what it hid in this period and why (for BKPSDM:
// the public document itself never says why a figure is missing).
void draw_audit(const AppState& state, const FlowPublik& f, const PublikPeriode& pp) {
  const std::string line = audit_line(state.lang, f);
  if (f.laporan.lulus) widgets::note_box("admin.flow.audit", line.c_str());
  else widgets::error_text(line);
  std::vector<const AngkaDisembunyikan*> here;
  for (const auto& h : f.laporan.disembunyikan)
    if (h.period_id == pp.period_id) here.push_back(&h);
  char head[200];
  std::snprintf(head, sizeof head, tr(state.lang, "admin.flow.audit_hidden"), here.size(),
                f.laporan.primer, static_cast<long long>(f.publik.min_group), f.laporan.pelengkap);
  if (!ImGui::CollapsingHeader((std::string(head) + "##admin.flow.audit_hidden").c_str())) return;
  if (here.empty()) widgets::hint(tr(state.lang, "admin.flow.audit_none_here"));
  for (const AngkaDisembunyikan* h : here) {
    std::string name = h->unit_id.empty() ? tr(state.lang, "admin.flow.city") : h->unit_id;
    for (const auto& u : f.publik.units)
      if (u.id == h->unit_id) name = u.name;
    const std::string& why = state.lang == Lang::id ? h->alasan_id : h->alasan_en;
    ImGui::Bullet();
    a11y::TextWrapped("%s · %s: %s", name.c_str(), angka_label(state.lang, h->angka).c_str(), why.c_str());
  }
}

void draw_terbitkan(const AppState& state, Actions& actions, std::size_t period) {
  const CityView& v = *state.view;
  widgets::paragraph(tr(state.lang, "admin.flow.terbitkan_help"));
  const FlowPublik& flow_pub = cached_publik(state);
  const Publik& pub = flow_pub.publik;
  const PublikPeriode* pp = nullptr;
  for (const auto& x : pub.periods)
    if (period < v.bundle.periods.size() && x.period_id == v.bundle.periods[period].meta.id) pp = &x;
  char line[300];
  if (!pp) {
    widgets::empty_state("admin.flow.publik_empty", tr(state.lang, "admin.flow.publik_empty"));
  } else {
    std::snprintf(line, sizeof line, tr(state.lang, "admin.flow.publik_period"), pp->name.c_str(),
                  static_cast<long long>(pub.min_group));
    widgets::paragraph(line);
    draw_audit(state, flow_pub, *pp);
    ImGui::SeparatorText(tr(state.lang, "admin.flow.city"));
    std::snprintf(line, sizeof line, "%s: %s · %s: %s · %s: %s", tr(state.lang, "admin.flow.col_pegawai"),
                  count_or_dash(state, pp->kota.pegawai).c_str(), tr(state.lang, "admin.flow.col_on_time"),
                  format_percent(state.lang, pp->kota.persen_tepat_waktu, 1).c_str(),
                  tr(state.lang, "admin.flow.col_median"),
                  format_percent(state.lang, pp->kota.median_capaian, 1).c_str());
    widgets::paragraph(line);
    widgets::predikat_bar("admin.flow.publik_city", publik_counts(pp->kota), ImGui::GetContentRegionAvail().x);
    widgets::predikat_legend(state.lang);

    ImGui::SeparatorText(tr(state.lang, "admin.flow.per_unit"));
    const bool narrow = phone(state);
    if (ImGui::BeginTable("admin.flow.publik_units", narrow ? 3 : 5, kTableFlags)) {
      ImGui::TableSetupColumn(tr(state.lang, "admin.flow.col_unit"), ImGuiTableColumnFlags_WidthStretch, 3);
      ImGui::TableSetupColumn(tr(state.lang, "admin.flow.col_pegawai"), ImGuiTableColumnFlags_WidthStretch, 1.2f);
      ImGui::TableSetupColumn(tr(state.lang, "admin.flow.col_predikat"), ImGuiTableColumnFlags_WidthStretch, 3);
      if (!narrow) {
        ImGui::TableSetupColumn(tr(state.lang, "admin.flow.col_on_time"), ImGuiTableColumnFlags_WidthStretch, 1.4f);
        ImGui::TableSetupColumn(tr(state.lang, "admin.flow.col_median"), ImGuiTableColumnFlags_WidthStretch, 1.4f);
      }
      ImGui::TableHeadersRow();
      // One row per OPD/kecamatan (tens, not thousands): names may wrap, so no
      // clipper.
      int r = 0;
      for (const BarisPredikat& row : pp->units) {
        ++r;
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        std::string name = row.unit_id;
        for (const auto& u : pub.units)
          if (u.id == row.unit_id) name = u.name;
        a11y::TextWrapped("%s", name.c_str());
        ImGui::TableNextColumn();
        a11y::TextUnformatted(count_or_dash(state, row.pegawai).c_str());
        ImGui::TableNextColumn();
        ImGui::PushID(r);
        widgets::predikat_bar("admin.flow.publik_bar", publik_counts(row), ImGui::GetContentRegionAvail().x);
        ImGui::PopID();
        if (!narrow) {
          ImGui::TableNextColumn();
          a11y::TextUnformatted(format_percent(state.lang, row.persen_tepat_waktu, 1).c_str());
          ImGui::TableNextColumn();
          a11y::TextUnformatted(format_percent(state.lang, row.median_capaian, 1).c_str());
        }
      }
      ImGui::EndTable();
    }
    widgets::hint(tr(state.lang, "admin.flow.suppressed_help"));
  }

  ImGui::SeparatorText(tr(state.lang, "admin.flow.approval"));
  bool approved = state.admin_ui.flow.approved;
  if (ImGui::Checkbox((std::string(tr(state.lang, "admin.flow.approve")) + "##admin.flow.approve").c_str(),
                      &approved)) {
    AdminFlowUi g = state.admin_ui.flow;
    g.approved = approved;
    g.done.clear();
    set_flow(state, actions, g);
  }
  ImGui::BeginDisabled(!state.admin_ui.flow.approved || !pp || !flow_pub.laporan.lulus);
  if (widgets::action_button(state.lang, "admin.flow.publish")) {
    actions.publish_publik = true;
    AdminFlowUi g = state.admin_ui.flow;
    g.done = tr(state.lang, "admin.flow.published");
    set_flow(state, actions, g);
  }
  ImGui::EndDisabled();
  if (!state.admin_ui.flow.approved) widgets::hint(tr(state.lang, "admin.flow.publish_wait"));
  if (!state.admin_ui.flow.done.empty()) widgets::note_box("admin.flow.done", state.admin_ui.flow.done.c_str());
  ImGui::SeparatorText(tr(state.lang, "admin.flow.howto"));
  widgets::paragraph(tr(state.lang, "admin.flow.howto_body"));
}

} // namespace kinerja::web::admin_flow
