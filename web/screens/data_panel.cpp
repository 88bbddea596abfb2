// "Data & berkas": what is stored on this device, exports scoped to the
// recipient, imports (picker or drag-and-drop) with a preview, period locks
// and unresolved conflicts. Shown on the Admin screen.
#include "core/sync/store.hpp"
#include "core/workflow/master_ops.hpp"
#include "web/a11y_text.hpp"
#include "web/i18n.hpp"
#include "web/ui.hpp"
#include "web/widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <cstdio>
#include <string>

namespace kinerja::web {
namespace {

void draw_summary(const AppState& state) {
  const auto& c = state.data.summary;
  char line[256];
  std::snprintf(line, sizeof line, tr(state.lang, "data.summary"), c.units, c.employees, c.periods, c.realisations,
                c.evaluations);
  widgets::paragraph(line);
}

void draw_exports(const AppState& state, Actions& actions) {
  ImGui::SeparatorText(tr(state.lang, "data.export_title"));
  widgets::paragraph(tr(state.lang, "data.export_help"));
  if (widgets::action_button(state.lang, "data.export_all")) actions.export_scope = Scope{ScopeKind::bkpsdm, {}};
  widgets::same_line_if_fits(ImGui::CalcTextSize(tr(state.lang, "data.export_publik")).x + 40);
  if (widgets::action_button(state.lang, "data.export_publik")) actions.export_scope = Scope{ScopeKind::publik, {}};

  a11y::TextUnformatted(tr(state.lang, "data.export_nip"));
  std::string nip = state.data.export_nip;
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12);
  if (a11y::InputTextWithHint("##data.export_nip", "198503122010011004", &nip, ImGuiInputTextFlags_CharsDecimal))
    actions.set_export_nip = nip;
  const bool nip_ok = state.data.export_nip.size() == 18;
  ImGui::BeginDisabled(!nip_ok);
  if (widgets::action_button(state.lang, "data.export_pegawai"))
    actions.export_scope = Scope{ScopeKind::pegawai, state.data.export_nip};
  widgets::same_line_if_fits(ImGui::CalcTextSize(tr(state.lang, "data.export_penilai")).x + 40);
  if (widgets::action_button(state.lang, "data.export_penilai"))
    actions.export_scope = Scope{ScopeKind::penilai, state.data.export_nip};
  ImGui::EndDisabled();
  if (!nip_ok) widgets::hint(tr(state.lang, "data.export_nip_help"));
}

void draw_import(const AppState& state, Actions& actions) {
  ImGui::SeparatorText(tr(state.lang, "data.import_title"));
  widgets::paragraph(tr(state.lang, "data.import_help"));
  if (widgets::action_button(state.lang, "data.import_pick")) actions.open_import = true;
}

void draw_periods(const AppState& state, Actions& actions) {
  ImGui::SeparatorText(tr(state.lang, "data.periods_title"));
  const Store& store = state.data.local.store;
  auto it = store.collections.find(std::string_view("periods"));
  if (it == store.collections.end() || it->second.empty()) {
    widgets::paragraph(tr(state.lang, "data.periods_empty"));
    return;
  }
  if (!ImGui::BeginTable("data.periods", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp))
    return;
  ImGui::TableSetupColumn(tr(state.lang, "data.col_period"), ImGuiTableColumnFlags_WidthStretch, 3);
  ImGui::TableSetupColumn(tr(state.lang, "data.col_status"), ImGuiTableColumnFlags_WidthStretch, 2);
  ImGui::TableSetupColumn("##action", ImGuiTableColumnFlags_WidthStretch, 2);
  ImGui::TableHeadersRow();
  for (const auto& [id, entry] : it->second) {
    const auto& p = entry.current;
    if (record_deleted(p)) continue;
    const bool locked = p.value("locked", false);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    a11y::TextUnformatted(p.value("name", id).c_str());
    ImGui::TableNextColumn();
    a11y::TextUnformatted(tr(state.lang, locked ? "data.locked" : "data.open"));
    ImGui::TableNextColumn();
    char label[160];
    std::snprintf(label, sizeof label, "%s##period.%s", tr(state.lang, locked ? "data.unlock" : "data.lock"), id.c_str());
    if (ImGui::SmallButton(label)) actions.push(ubah_kunci_periode(state.data.local.store, id, !locked), "admin");
  }
  ImGui::EndTable();
}

void draw_conflicts(const AppState& state, Actions& actions) {
  if (state.data.summary.conflicts == 0) return;  // counted once per revision, not per frame
  const auto conflicts = list_conflicts(state.data.local.store);
  ImGui::SeparatorText(tr(state.lang, "data.conflicts_title"));
  widgets::paragraph(tr(state.lang, "data.conflicts_help"));
  for (const auto& c : conflicts) {
    ImGui::PushID((c.collection + "/" + c.id).c_str());
    a11y::Text("%s / %s", c.collection.c_str(), c.id.c_str());
    int n = 0;
    for (const auto* v : c.versions) {
      ImGui::PushID(n);
      a11y::BulletText("%s: %s (%s)", tr(state.lang, "data.version_by"), v->value("author", "?").c_str(),
                        v->value("updated", "").c_str());
      ImGui::SameLine();
      char label[96];
      std::snprintf(label, sizeof label, "%s##conflict.choose.%d", tr(state.lang, "data.choose_version"), n);
      if (ImGui::SmallButton(label)) actions.resolve_conflict = RecordEdit{c.collection, *v};
      ImGui::PopID();
      ++n;
    }
    ImGui::PopID();
  }
}

} // namespace

void draw_data_panel(const AppState& state, Actions& actions) {
  widgets::heading(tr(state.lang, "data.title"));
  draw_summary(state);
  draw_exports(state, actions);
  draw_import(state, actions);
  draw_periods(state, actions);
  draw_conflicts(state, actions);
}

} // namespace kinerja::web
