// Admin › Data induk: units (a tree), employees (a clipped table that stays
// fast at 10,000 rows, plus the form), and who rates whom per period.
#include "core/view/pencarian_pegawai.hpp"
#include "core/view/city_view.hpp"
#include "core/view/sampel_layanan.hpp"
#include "core/workflow/master_ops.hpp"
#include "core/workflow/master_data.hpp"
#include "core/sync/store.hpp"
#include "web/a11y_text.hpp"
#include "web/format.hpp"
#include "web/i18n.hpp"
#include "web/screens/admin_master_parts.hpp"
#include "web/widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>
#include <unordered_map>

namespace kinerja::web::master {
namespace {

using nlohmann::json;

// Search results with each row's unit, from AppState's derived cache:
// recomputed only when the view (store revision) or the query changes.
struct FoundEmployees {
  std::vector<std::size_t> rows;     // employee indexes, by name
  std::vector<std::size_t> unit_of;  // unit index per row (kTidakAda when unknown)
};

const FoundEmployees& filtered(const AppState& s, const char* which, const std::string& query) {
  return s.derived.get<FoundEmployees>(which, s.view_stamp(), query, [&] {
    FoundEmployees out;
    out.rows = cari_pegawai_urut_nama(*s.view, query);
    out.unit_of.reserve(out.rows.size());
    for (auto i : out.rows) out.unit_of.push_back(find_unit(*s.view, s.view->bundle.employees[i].unit_id));
    return out;
  });
}

// Assignments of one period by employee id.
const std::unordered_map<std::string, std::size_t>& assignments_of(const AppState& s, const std::string& period) {
  return s.derived.get<std::unordered_map<std::string, std::size_t>>(
      "admin.master.assignments", s.view_stamp(), period, [&] {
        std::unordered_map<std::string, std::size_t> by_employee;
        const auto& list = s.view->bundle.assignments;
        for (std::size_t i = 0; i < list.size(); ++i)
          if (list[i].period_id == period) by_employee[list[i].employee_id] = i;
        return by_employee;
      });
}

const char* unit_kind_key(UnitKind k) {
  switch (k) {
    case UnitKind::opd: return "admin.master.kind.opd";
    case UnitKind::bidang: return "admin.master.kind.bidang";
    case UnitKind::seksi: return "admin.master.kind.seksi";
    case UnitKind::uptd: return "admin.master.kind.uptd";
    case UnitKind::kecamatan: return "admin.master.kind.kecamatan";
    case UnitKind::kelurahan: return "admin.master.kind.kelurahan";
    case UnitKind::invalid: break;
  }
  return "admin.master.kind.opd";
}

bool narrow() { return ImGui::GetContentRegionAvail().x < ImGui::GetFontSize() * 40; }

std::string employee_label(const CityView& v, const std::string& id) {
  const auto i = find_employee(v, id);
  if (i == kTidakAda) return id.empty() ? std::string(kDash) : id;
  return v.bundle.employees[i].name + " (" + v.bundle.employees[i].nip + ")";
}

// ---------------------------------------------------------------------------
// Units

void unit_tree_rows(Form& f, const std::unordered_map<std::string, std::vector<std::size_t>>& children,
                    const std::string& parent, int depth) {
  const auto it = children.find(parent);
  if (it == children.end() || depth > 12) return;
  const auto& units = f.state.view->bundle.units;
  for (auto i : it->second) {
    const Unit& u = units[i];
    ImGui::Indent(static_cast<float>(depth) * ImGui::GetFontSize());
    std::string label = u.name + "  \xC2\xB7 " + f.t(unit_kind_key(u.kind));
    if (u.is_service_unit) label += std::string("  \xC2\xB7 ") + f.t("admin.master.unit.service_short");
    label += "##admin.master.unit." + u.meta.id;
    if (ImGui::Selectable(label.c_str(), f.m().selected == u.meta.id)) {
      load_draft(f, "units", u.meta.id, {"name", "kind", "parent_id", "is_service_unit"});
      const SampelLayanan sl = sampel_layanan(*f.state.view, i, find_period(*f.state.view, chosen_period(f)));
      f.m().draft["penerima_layanan"] = sl.populasi ? std::to_string(*sl.populasi) : std::string();
    }
    ImGui::Unindent(static_cast<float>(depth) * ImGui::GetFontSize());
    unit_tree_rows(f, children, u.meta.id, depth + 1);
  }
}

// A service unit's population in the chosen period (the Krejcie–Morgan
// population of its SKM) and the shortfall of its sample, for BKPSDM.
void draw_penerima_layanan(Form& f) {
  const auto& v = *f.state.view;
  const std::size_t ui = find_unit(v, f.m().selected);
  const std::string period = chosen_period(f);
  const std::size_t pi = find_period(v, period);
  if (ui == kTidakAda || pi == kTidakAda || !v.bundle.units[ui].is_service_unit) return;
  char line[400];
  std::snprintf(line, sizeof line, f.t("admin.master.unit.sampel_title"), v.bundle.periods[pi].name.c_str());
  ImGui::SeparatorText(line);
  const SampelLayanan sl = sampel_layanan(v, ui, pi);
  const Lang lang = f.state.lang;
  if (!sl.populasi) {
    widgets::hint(f.t("admin.master.unit.sampel_none"));
  } else {
    std::snprintf(line, sizeof line, f.t(sl.memadai() ? "admin.master.unit.sampel_ok" : "admin.master.unit.sampel_short"),
                  format_count(lang, *sl.populasi).c_str(), format_count(lang, sl.minimum).c_str(),
                  format_count(lang, sl.responden).c_str(), format_count(lang, sl.kekurangan).c_str());
    if (sl.memadai()) widgets::note_box("admin.master.unit.sampel", line);
    else widgets::error_text(line);
  }
  text_field(f, "admin.master.unit.penerima", "penerima_layanan", f.t("admin.master.unit.penerima_hint"));
  if (button(f, "admin.master.unit.penerima_save", true)) {
    const OperationResult r =
        simpan_penerima_layanan(f.state.data.local.store, v.bundle.units[ui].meta.id, period, draft(f, "penerima_layanan"));
    if (!r.ok()) {
      f.set_message(format_error(r.errors.front(), lang == Lang::id ? ErrorLanguage::id : ErrorLanguage::en), true);
    } else {
      f.actions.push(r, "admin");
      f.set_message(f.t("admin.master.saved"), false);
    }
  }
}

} // namespace


void draw_units(Form& f) {
  const auto& v = *f.state.view;
  widgets::paragraph(f.t("admin.master.units_help"));
  if (button(f, "admin.master.unit.new", true)) {
    load_draft(f, "units", kNewRecord, {});
    f.m().draft["kind"] = "bidang";
    f.m().draft["is_service_unit"] = "0";
  }
  if (v.bundle.units.empty()) {
    widgets::empty_state("admin.master.units_empty", f.t("admin.master.units_empty"));
  } else {
    std::unordered_map<std::string, std::vector<std::size_t>> children;
    for (std::size_t i = 0; i < v.bundle.units.size(); ++i) {
      const auto& u = v.bundle.units[i];
      const bool orphan = !u.parent_id.empty() && find_unit(v, u.parent_id) == kTidakAda;
      children[orphan ? std::string() : u.parent_id].push_back(i);
    }
    for (auto& [p, list] : children)
      std::sort(list.begin(), list.end(), [&](auto a, auto b) { return v.bundle.units[a].name < v.bundle.units[b].name; });
    unit_tree_rows(f, children, "", 0);  // a city has tens of units: no inner scroll area to trap the wheel
  }
  if (f.m().selected.empty()) {
    widgets::paragraph(f.t("admin.master.pick_hint"));
    return;
  }
  ImGui::SeparatorText(f.t(f.m().selected == kNewRecord ? "admin.master.unit.new" : "admin.master.unit.edit"));
  text_field(f, "admin.master.unit.name", "name");
  Options kinds;
  for (auto k : {UnitKind::opd, UnitKind::bidang, UnitKind::seksi, UnitKind::uptd, UnitKind::kecamatan, UnitKind::kelurahan})
    kinds.emplace_back(std::string(to_string(k)), f.t(unit_kind_key(k)));
  combo_field(f, "admin.master.unit.kind", "kind", kinds);
  Options parents = unit_options(f.state, true);
  std::erase_if(parents, [&](const auto& o) { return !o.first.empty() && o.first == f.m().selected; });
  combo_field(f, "admin.master.unit.parent", "parent_id", parents);
  check_field(f, "admin.master.unit.service", "is_service_unit");
  draw_message(f);
  if (button(f, "admin.master.save", true)) {
    std::string id = f.m().selected;
    if (id == kNewRecord)
      id = fresh_record_id(f.state.data.local.store, "units", "u-" + draft(f, "name").substr(0, 40));
    if (save_form(f, "units", id, form_of(f, {"name", "kind", "parent_id"}, {}, {"is_service_unit"}))) f.m().selected = id;
  }
  if (button(f, "admin.master.cancel", false)) {
    f.m().selected.clear();
    f.m().draft.clear();
  }
  draw_message(f);
  if (f.m().selected != kNewRecord) draw_penerima_layanan(f);
}

// ---------------------------------------------------------------------------
// Employees

void draw_employees(Form& f) {
  const auto& v = *f.state.view;
  widgets::paragraph(f.t("admin.master.employees_help"));
  a11y::TextUnformatted(f.t("admin.master.employees.search"));
  std::string search = f.m().search;
  ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 30));
  if (a11y::InputTextWithHint("##admin.master.employees.search", f.t("admin.master.employees.search_hint"), &search)) {
    f.m().search = search;
  }
  const FoundEmployees& rows = filtered(f.state, "admin.master.employees", f.state.admin_ui.master.search);
  f.state.employee_table.rows = rows.rows.size();
  char line[160];
  std::snprintf(line, sizeof line, f.t("admin.master.employees.count"), format_count(f.state.lang, static_cast<long long>(rows.rows.size())).c_str(),
                format_count(f.state.lang, static_cast<long long>(v.bundle.employees.size())).c_str());
  a11y::TextUnformatted(line);
  widgets::same_line_if_fits(ImGui::CalcTextSize(f.t("admin.master.employee.new")).x + 40);
  if (widgets::action_button(f.state.lang, "admin.master.employee.new")) {
    load_draft(f, "employees", kNewRecord, {});
    f.m().draft["status"] = "pns";
    f.m().draft["is_unit_head"] = "0";
  }

  f.state.employee_table.first_visible = f.state.employee_table.last_visible = -1;
  if (rows.rows.empty()) {
    widgets::empty_state("admin.master.employees_empty",
                         f.t(v.bundle.employees.empty() ? "admin.master.employees_none" : "admin.master.employees_nomatch"));
  } else {
    const bool small = narrow();
    const int columns = small ? 2 : 4;
    const float height = ImGui::GetTextLineHeightWithSpacing() * (small ? 10.0f : 12.0f);
    if (ImGui::BeginTable("admin.master.employees.table", columns,
                          ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_BordersInnerH |
                              ImGuiTableFlags_SizingStretchProp,
                          ImVec2(0, height))) {
      ImGui::TableSetupScrollFreeze(0, 1);
      ImGui::TableSetupColumn(f.t("admin.master.col.name"), ImGuiTableColumnFlags_WidthStretch, 3);
      ImGui::TableSetupColumn(f.t("admin.master.col.nip"), ImGuiTableColumnFlags_WidthStretch, 2);
      if (!small) {
        ImGui::TableSetupColumn(f.t("admin.master.col.jabatan"), ImGuiTableColumnFlags_WidthStretch, 3);
        ImGui::TableSetupColumn(f.t("admin.master.col.unit"), ImGuiTableColumnFlags_WidthStretch, 3);
      }
      ImGui::TableHeadersRow();
      ImGuiListClipper clipper;
      clipper.Begin(static_cast<int>(rows.rows.size()));
      char label[256];
      while (clipper.Step()) {
        // The visible range; a first step that only measures row 0 is not part of it.
        if (f.state.employee_table.first_visible < 0 || clipper.DisplayStart != f.state.employee_table.last_visible + 1)
          f.state.employee_table.first_visible = clipper.DisplayStart;
        f.state.employee_table.last_visible = clipper.DisplayEnd - 1;
        for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
          const auto k = static_cast<std::size_t>(r);
          const Employee& e = v.bundle.employees[rows.rows[k]];
          ImGui::TableNextRow();
          ImGui::TableNextColumn();
          std::snprintf(label, sizeof label, "%s##admin.master.employee.%s", e.name.c_str(), e.meta.id.c_str());
          if (ImGui::Selectable(label, f.state.admin_ui.master.selected == e.meta.id, ImGuiSelectableFlags_SpanAllColumns))
            load_draft(f, "employees", e.meta.id,
                       {"nip", "name", "jabatan", "jenis_jabatan", "jenjang", "golongan", "status", "unit_id", "is_unit_head"});
          ImGui::TableNextColumn();
          a11y::TextUnformatted(e.nip.c_str());
          if (!small) {
            ImGui::TableNextColumn();
            a11y::TextUnformatted(e.jabatan.c_str());
            ImGui::TableNextColumn();
            const auto u = rows.unit_of[k];
            a11y::TextUnformatted(u == kTidakAda ? kDash : v.bundle.units[u].name.c_str());
          }
        }
      }
      ImGui::EndTable();
    }
  }

  if (f.m().selected.empty()) {
    widgets::paragraph(f.t("admin.master.employee_pick_hint"));
    return;
  }
  ImGui::SeparatorText(f.t(f.m().selected == kNewRecord ? "admin.master.employee.new" : "admin.master.employee.edit"));
  text_field(f, "admin.master.employee.nip", "nip", "198503122010011004", ImGuiInputTextFlags_CharsDecimal);
  text_field(f, "admin.master.employee.name", "name");
  text_field(f, "admin.master.employee.jabatan", "jabatan");
  Options jenis{{"", kDash}};
  for (auto j : {JenisJabatan::jpt, JenisJabatan::administrator, JenisJabatan::pengawas, JenisJabatan::pelaksana,
                 JenisJabatan::fungsional})
    jenis.emplace_back(std::string(to_string(j)), std::string(to_string(j)));
  combo_field(f, "admin.master.employee.jenis", "jenis_jabatan", jenis);
  if (draft(f, "jenis_jabatan") == "fungsional" || !draft(f, "jenjang").empty()) {
    Options jenjang{{"", kDash}};
    for (const char* j : {"pemula", "terampil", "mahir", "penyelia", "ahli-pertama", "ahli-muda", "ahli-madya", "ahli-utama"})
      jenjang.emplace_back(j, j);
    combo_field(f, "admin.master.employee.jenjang", "jenjang", jenjang);
  }
  text_field(f, "admin.master.employee.golongan", "golongan", "III/a");
  combo_field(f, "admin.master.employee.status", "status", {{"pns", "PNS"}, {"pppk", "PPPK"}});
  combo_field(f, "admin.master.employee.unit", "unit_id", unit_options(f.state, false));
  check_field(f, "admin.master.employee.head", "is_unit_head");
  draw_message(f);
  if (button(f, "admin.master.save", true)) {
    std::string id = f.m().selected;
    if (id == kNewRecord) id = fresh_record_id(f.state.data.local.store, "employees", "pg-" + draft(f, "nip"));
    const auto form = form_of(f, {"nip", "name", "jabatan", "jenis_jabatan", "jenjang", "golongan", "status", "unit_id"},
                              {}, {"is_unit_head"});
    if (save_form(f, "employees", id, form)) {
      f.m().selected = id;
      f.m().search = draft(f, "nip");  // show the saved row
    }
  }
  if (button(f, "admin.master.cancel", false)) {
    f.m().selected.clear();
    f.m().draft.clear();
  }
  draw_message(f);
}

// ---------------------------------------------------------------------------
// Raters per period

void draw_raters(Form& f) {
  const auto& v = *f.state.view;
  widgets::paragraph(f.t("admin.master.raters_help"));
  if (v.bundle.periods.empty() || v.bundle.units.empty()) {
    widgets::empty_state("admin.master.raters_empty", f.t("admin.master.raters_empty"));
    return;
  }
  const std::string period = chosen_period(f);
  // Period and unit pickers (bound to the UI state, not the draft).
  const Options periods = period_options(f.state);
  const Options units = unit_options(f.state, false);
  const std::string unit = f.m().unit_id.empty() || find_unit(v, f.m().unit_id) == kTidakAda ? units.front().first : f.m().unit_id;
  ui_combo(f, "admin.master.period", periods, period, &AdminMasterUi::period_id);
  ui_combo(f, "admin.master.raters.unit", units, unit, &AdminMasterUi::unit_id);

  const std::size_t pi = find_period(v, period);
  const bool locked = pi != kTidakAda && v.bundle.periods[pi].locked;
  const std::string previous = previous_period(v.bundle, period);
  ImGui::BeginDisabled(previous.empty() || locked);
  if (widgets::action_button(f.state.lang, "admin.master.raters.copy")) {
    const auto copy = copy_assignments(v.bundle, previous, period);
    if (!copy.ok()) {
      f.set_message(format_error(copy.errors.front(), f.state.lang == Lang::id ? ErrorLanguage::id : ErrorLanguage::en), true);
    } else {
      f.actions.push(copy, "admin");
      char text[256];
      std::snprintf(text, sizeof text, f.t("admin.master.raters.copied"), copy.changes.size(), copy.already_mapped,
                    copy.left_out);
      f.set_message(text, false);
    }
  }
  ImGui::EndDisabled();
  if (f.m().selected.empty()) draw_message(f);  // the copy's result, next to its button
  if (previous.empty()) widgets::hint(f.t("admin.master.raters.no_previous"));
  if (locked) widgets::hint(f.t("admin.master.period_locked_note"));

  // The unit's employees and their raters in this period.
  const auto& byemp = assignments_of(f.state, period);
  std::vector<std::size_t> members;
  for (std::size_t i = 0; i < v.bundle.employees.size(); ++i)
    if (v.bundle.employees[i].unit_id == unit) members.push_back(i);
  std::sort(members.begin(), members.end(), [&](auto a, auto b) { return v.bundle.employees[a].name < v.bundle.employees[b].name; });
  if (members.empty()) {
    widgets::empty_state("admin.master.raters_unit_empty", f.t("admin.master.raters_unit_empty"));
  } else {
    ImGui::BeginChild("admin.master.raters.list", ImVec2(0, ImGui::GetTextLineHeightWithSpacing() * 10), ImGuiChildFlags_Border);
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(members.size()));
    while (clipper.Step())
      for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
        const Employee& e = v.bundle.employees[members[static_cast<std::size_t>(r)]];
        const auto a = byemp.find(e.meta.id);
        std::string label = e.name + "  \xE2\x80\x94  ";
        if (a == byemp.end()) {
          label += f.t("admin.master.raters.none");
        } else {
          const Assignment& as = v.bundle.assignments[a->second];
          const auto p = find_employee(v, as.penilai_id);
          label += p == kTidakAda ? as.penilai_id : v.bundle.employees[p].name;
          if (as.kind == AssignmentKind::plt) label += " (Plt)";
          if (as.kind == AssignmentKind::plh) label += " (Plh)";
        }
        label += "##admin.master.raters.row." + e.meta.id;
        if (ImGui::Selectable(label.c_str(), f.m().selected == e.meta.id)) {
          f.m().draft.clear();
          f.m().selected = e.meta.id;
          f.m().message.clear();
          f.m().pick_search.clear();
          f.m().pick_for = "penilai";
          if (a != byemp.end()) {
            const Assignment& as = v.bundle.assignments[a->second];
            f.m().draft["assignment_id"] = as.meta.id;
            f.m().draft["penilai_id"] = as.penilai_id;
            f.m().draft["atasan_penilai_id"] = as.atasan_penilai_id;
            f.m().draft["kind"] = std::string(to_string(as.kind));
          } else {
            f.m().draft["kind"] = "definitif";
          }
        }
      }
    ImGui::EndChild();
  }

  const std::string who = f.m().selected;
  if (who.empty() || find_employee(v, who) == kTidakAda) {
    widgets::paragraph(f.t("admin.master.raters.pick_hint"));
    draw_message(f);
    return;
  }
  ImGui::SeparatorText(employee_label(v, who).c_str());
  a11y::TextWrapped("%s: %s", f.t("admin.master.raters.penilai"), employee_label(v, draft(f, "penilai_id")).c_str());
  a11y::TextWrapped("%s: %s", f.t("admin.master.raters.atasan"), employee_label(v, draft(f, "atasan_penilai_id")).c_str());
  a11y::TextUnformatted(f.t("admin.master.raters.kind"));
  for (const char* k : {"definitif", "plt", "plh"}) {
    char label[128];
    std::snprintf(label, sizeof label, "%s##admin.master.raters.kind.%s",
                  std::string_view(k) == "definitif" ? "Definitif" : (std::string_view(k) == "plt" ? "Plt" : "Plh"), k);
    if (std::string_view(k) != "definitif") ImGui::SameLine();
    if (a11y::RadioButton(label, draft(f, "kind") == k)) {
      f.m().draft["kind"] = k;
    }
  }
  widgets::hint(f.t("admin.master.raters.kind_help"));

  // The searchable pick: which role it fills, then the matches.
  const bool for_atasan = f.m().pick_for == "atasan";
  if (a11y::RadioButton((std::string(f.t("admin.master.raters.for_penilai")) + "##admin.master.raters.for_penilai").c_str(), !for_atasan)) {
    f.m().pick_for = "penilai";
  }
  widgets::same_line_if_fits(ImGui::CalcTextSize(f.t("admin.master.raters.for_atasan")).x + 60);
  if (a11y::RadioButton((std::string(f.t("admin.master.raters.for_atasan")) + "##admin.master.raters.for_atasan").c_str(), for_atasan)) {
    f.m().pick_for = "atasan";
  }
  std::string pick = f.m().pick_search;
  ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 30));
  if (a11y::InputTextWithHint("##admin.master.raters.search", f.t("admin.master.employees.search_hint"), &pick)) {
    f.m().pick_search = pick;
  }
  if (!f.state.admin_ui.master.pick_search.empty()) {
    const FoundEmployees& found = filtered(f.state, "admin.master.pick", f.state.admin_ui.master.pick_search);
    const std::size_t shown = std::min<std::size_t>(found.rows.size(), 8);
    for (std::size_t k = 0; k < shown; ++k) {
      const Employee& e = v.bundle.employees[found.rows[k]];
      if (e.meta.id == who) continue;
      std::string label = e.name + " (" + e.nip + ")" + (e.jabatan.empty() ? "" : " \xC2\xB7 " + e.jabatan) +
                          "##admin.master.raters.pick." + e.meta.id;
      if (ImGui::Selectable(label.c_str())) {
        f.m().draft[for_atasan ? "atasan_penilai_id" : "penilai_id"] = e.meta.id;
        f.m().pick_search.clear();
      }
    }
    if (found.rows.size() > shown) widgets::hint(f.t("admin.master.raters.more"));
    if (found.rows.empty()) widgets::hint(f.t("admin.master.employees_nomatch"));
  }
  draw_message(f);
  if (button(f, "admin.master.save", true)) {
    std::string id = draft(f, "assignment_id");
    if (id.empty()) id = fresh_record_id(f.state.data.local.store, "assignments", "as-" + period + "-" + who);
    FormulirDataInduk form{{{"period_id", period},
                            {"employee_id", who},
                            {"penilai_id", draft(f, "penilai_id")},
                            {"atasan_penilai_id", draft(f, "atasan_penilai_id")},
                            {"kind", draft(f, "kind").empty() ? std::string("definitif") : draft(f, "kind")}},
                           {"period_id", "employee_id", "penilai_id", "atasan_penilai_id", "kind"}, {}, {}};
    if (save_form(f, "assignments", id, form)) f.m().draft["assignment_id"] = id;
  }
  if (button(f, "admin.master.cancel", false)) {
    f.m().selected.clear();
    f.m().draft.clear();
  }
  draw_message(f);
}

} // namespace kinerja::web::master
