// Admin › Data induk: the sub-navigation between the master-data editors and
// the form helpers they share (admin_master_people.cpp: units, employees,
// raters; admin_master_plans.cpp: indicators, SKP templates, periods, CKO, CSV).
#include "core/base/error.hpp"
#include "core/workflow/master_data.hpp"
#include "core/view/sampel_layanan.hpp"
#include "core/workflow/master_ops.hpp"
#include "core/sync/store.hpp"
#include "web/a11y_text.hpp"
#include "web/i18n.hpp"
#include "web/screens/admin_master_parts.hpp"
#include "web/screens/admin_parts.hpp"
#include "web/widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>

namespace kinerja::web {
namespace master {
namespace {

using nlohmann::json;

float field_width() {
  return std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 30);
}

std::string json_text(const json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_boolean()) return v.get<bool>() ? "1" : "0";
  if (v.is_number_integer()) return std::to_string(v.get<long long>());
  if (v.is_number()) return v.dump();
  return {};
}

} // namespace

const char* Form::t(const char* key) const { return tr(state.lang, key); }

void Form::set_message(std::string text, bool error) {
  m().message = std::move(text);
  m().message_is_error = error;
}

std::string draft(const Form& f, const char* field) {
  const auto it = f.ui.master.draft.find(field);
  return it == f.ui.master.draft.end() ? std::string() : it->second;
}

void text_field(Form& f, const char* key, const char* field, const char* hint, int flags) {
  a11y::TextUnformatted(f.t(key));
  std::string value = draft(f, field);
  char label[160];
  std::snprintf(label, sizeof label, "##%s", key);
  ImGui::SetNextItemWidth(field_width());
  if (a11y::InputTextWithHint(label, hint, &value, flags)) {
    f.m().draft[field] = value;
  }
}

void combo_field(Form& f, const char* key, const char* field, const Options& options) {
  a11y::TextUnformatted(f.t(key));
  const std::string value = draft(f, field);
  std::string shown = "\xE2\x80\x94";
  for (const auto& [v, l] : options)
    if (v == value) shown = l;
  char label[160];
  std::snprintf(label, sizeof label, "##%s", key);
  ImGui::SetNextItemWidth(field_width());
  if (widgets::begin_combo(label, shown.c_str())) {
    for (const auto& [v, l] : options) {
      std::string item = l + "##" + key + "." + (v.empty() ? std::string("none") : v);
      if (ImGui::Selectable(item.c_str(), v == value)) {
        f.m().draft[field] = v;
      }
    }
    ImGui::EndCombo();
  }
}

void check_field(Form& f, const char* key, const char* field) {
  bool on = draft(f, field) == "1";
  char label[192];
  std::snprintf(label, sizeof label, "%s##%s", f.t(key), key);
  if (ImGui::Checkbox(label, &on)) {
    f.m().draft[field] = on ? "1" : "0";
  }
}

bool button(Form& f, const char* key, bool first_in_row) {
  if (!first_in_row)
    widgets::same_line_if_fits(ImGui::CalcTextSize(f.t(key)).x + ImGui::GetStyle().FramePadding.x * 2 + 8);
  return widgets::action_button(f.state.lang, key);
}

void draw_message(Form& f) {
  if (f.m().message.empty() || f.message_drawn) return;
  f.message_drawn = true;
  ImGui::PushStyleColor(ImGuiCol_Text, f.m().message_is_error ? ImVec4(0.70f, 0.12f, 0.12f, 1) : ImVec4(0.10f, 0.45f, 0.20f, 1));
  widgets::paragraph(f.m().message.c_str());
  ImGui::PopStyleColor();
}

void load_draft(Form& f, const char* collection, const std::string& id, const std::vector<const char*>& fields) {
  f.m().draft.clear();
  f.m().selected = id;
  f.m().message.clear();
  const json* r = find_record(f.state.data.local.store, collection, id);
  if (!r) return;
  for (const char* k : fields) {
    const std::string key(k);
    const std::size_t dot = key.find('.');  // a field of a nested object: "sumber.jenis"
    const json* obj = r;
    std::string name = key;
    if (dot != std::string::npos) {
      const auto o = r->find(key.substr(0, dot));
      if (o == r->end() || !o->is_object()) continue;
      obj = &*o;
      name = key.substr(dot + 1);
    }
    if (const auto it = obj->find(name); it != obj->end()) f.m().draft[k] = json_text(*it);
  }
}

FormulirDataInduk form_of(const Form& f, std::vector<std::string> text_fields, std::vector<std::string> numbers,
                          std::vector<std::string> flags) {
  FormulirDataInduk form{f.ui.master.draft, std::move(text_fields), std::move(numbers), std::move(flags)};
  return form;
}

bool save_form(Form& f, const char* collection, const std::string& id, const FormulirDataInduk& form) {
  const OperationResult r = simpan_data_induk(f.state.data.local.store, collection, id, form);
  if (!r.ok()) {
    std::string text;
    for (const auto& e : r.errors) {
      if (!text.empty()) text += "\n";
      text += format_error(e, f.state.lang == Lang::id ? ErrorLanguage::id : ErrorLanguage::en);
    }
    f.set_message(text, true);
    return false;
  }
  // A locked period refuses the edit in the core; its message then shows in
  // the banner, so no "saved" here.
  const bool locked = locking_period(f.state.data.local.store, r.changes.front().record).has_value();
  f.actions.push(r, "admin");
  if (locked) f.set_message("", false);
  else f.set_message(f.t("admin.master.saved"), false);
  return true;
}

void ui_combo(Form& f, const char* key, const Options& options, const std::string& value,
              std::string AdminMasterUi::*member) {
  a11y::TextUnformatted(f.t(key));
  std::string shown = "\xE2\x80\x94";
  for (const auto& o : options)
    if (o.first == value) shown = o.second;
  ImGui::SetNextItemWidth(field_width());
  if (widgets::begin_combo((std::string("##") + key).c_str(), shown.c_str())) {
    for (const auto& o : options)
      if (ImGui::Selectable((o.second + "##" + key + "." + o.first).c_str(), o.first == value)) {
        f.m().*member = o.first;
        f.m().selected.clear();
        f.m().draft.clear();
        f.m().message.clear();
      }
    ImGui::EndCombo();
  }
}

Options period_options(const AppState& s) {
  Options out;
  const auto order = periods_in_order(*s.view);
  for (auto it = order.rbegin(); it != order.rend(); ++it) {
    const auto& p = s.view->bundle.periods[*it];
    out.emplace_back(p.meta.id, p.locked ? p.name + " (" + tr(s.lang, "admin.master.locked") + ")" : p.name);
  }
  return out;
}

std::string chosen_period(const Form& f) { return chosen_period(*f.state.view, f.ui.master.period_id); }

std::string chosen_period(const CityView& v, const std::string& picked) {
  if (!picked.empty() && find_period(v, picked) != kTidakAda) return picked;
  const auto order = periods_in_order(v);
  for (auto it = order.rbegin(); it != order.rend(); ++it)
    if (!v.bundle.periods[*it].locked && v.bundle.periods[*it].jenis != JenisPeriode::tahunan)
      return v.bundle.periods[*it].meta.id;
  return order.empty() ? std::string() : v.bundle.periods[order.back()].meta.id;
}

Options unit_options(const AppState& s, bool with_none) {
  Options out;
  if (with_none) out.emplace_back("", tr(s.lang, "admin.master.no_parent"));
  Options units;
  for (std::size_t i = 0; i < s.view->bundle.units.size(); ++i)
    units.emplace_back(s.view->bundle.units[i].meta.id, unit_path(*s.view, i));
  std::sort(units.begin(), units.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
  out.insert(out.end(), units.begin(), units.end());
  return out;
}

} // namespace master

void draw_admin_master(const AppState& state, Actions& actions) {
  if (!state.view) return;
  master::Form f{state, actions, ui_draft(actions.admin_ui, state.admin_ui)};
  widgets::heading(f.t("admin.master.title"));
  widgets::paragraph(f.t("admin.master.intro"));

  struct Section { const char* id; const char* key; };
  constexpr Section kSections[] = {
      {"units", "admin.master.units"},         {"employees", "admin.master.employees"},
      {"raters", "admin.master.raters"},       {"indicators", "admin.master.indicators"},
      {"templates", "admin.master.templates"}, {"periods", "admin.master.periods"},
      {"cko", "admin.master.cko"},             {"csv", "admin.master.csv"}};
  const std::string current = state.admin_ui.master.section.empty() ? "units" : state.admin_ui.master.section;
  bool first = true;
  for (const auto& s : kSections) {
    const bool on = current == s.id;
    if (on) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyle().Colors[ImGuiCol_ButtonActive]);
    if (master::button(f, s.key, first) && !on) {
      f.m().section = s.id;
      f.m().selected.clear();
      f.m().draft.clear();
      f.m().message.clear();
      f.m().pick_search.clear();
    }
    if (on) ImGui::PopStyleColor();
    first = false;
  }
  ImGui::Separator();
  if (current == "employees") master::draw_employees(f);
  else if (current == "raters") master::draw_raters(f);
  else if (current == "indicators") master::draw_indicators(f);
  else if (current == "templates") master::draw_templates(f);
  else if (current == "periods") master::draw_periods(f);
  else if (current == "cko") master::draw_cko(f);
  else if (current == "csv") master::draw_csv(f);
  else master::draw_units(f);
}

nlohmann::json admin_master_test_state(const AppState& state) {
  const auto& m = state.admin_ui.master;
  const auto& facts = state.employee_table;
  nlohmann::json sampel = nullptr;  // the selected service unit's sample in the chosen period, from the core
  if (state.view && m.section != "employees" && !m.selected.empty()) {
    const std::size_t u = find_unit(*state.view, m.selected);
    if (u != kTidakAda && state.view->bundle.units[u].is_service_unit) {
      const SampelLayanan sl =
          sampel_layanan(*state.view, u, find_period(*state.view, master::chosen_period(*state.view, m.period_id)));
      sampel = {{"populasi", sl.populasi ? nlohmann::json(*sl.populasi) : nlohmann::json(nullptr)},
                {"minimum", sl.minimum},
                {"responden", sl.responden},
                {"kekurangan", sl.kekurangan}};
    }
  }
  return {{"section", m.section.empty() ? std::string("units") : m.section},
          {"sampel", sampel},
          {"selected", m.selected},
          {"employee_rows", facts.rows},
          {"visible_first", facts.first_visible},
          {"visible_last", facts.last_visible},
          {"search", m.search},
          {"period_id", m.period_id},
          {"message", m.message},
          {"message_is_error", m.message_is_error}};
}

} // namespace kinerja::web
