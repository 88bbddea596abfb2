// Admin › Data induk: the indicator library, SKP templates, periods and
// their locks, CKO per unit and period, and the CSV import of employees.
#include "core/view/pencarian_pegawai.hpp"
#include "core/view/city_view.hpp"
#include "core/workflow/employee_csv.hpp"
#include "core/workflow/master_data.hpp"
#include "core/sync/store.hpp"
#include "web/a11y_text.hpp"
#include "web/screens/riwayat_panel.hpp"
#include "web/format.hpp"
#include "web/i18n.hpp"
#include "web/screens/admin_master_parts.hpp"
#include "web/screens/terukur_block.hpp"
#include "web/widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>
#include <tuple>

namespace kinerja::web::master {
namespace {

using nlohmann::json;

const char* polaritas_key(Polaritas p) {
  switch (p) {
    case Polaritas::naik: return "admin.master.pol.naik";
    case Polaritas::turun: return "admin.master.pol.turun";
    case Polaritas::rentang: return "admin.master.pol.rentang";
    case Polaritas::tepat: return "admin.master.pol.tepat";
    case Polaritas::invalid: break;
  }
  return "admin.master.pol.naik";
}

const char* aspek_key(Aspek a) {
  switch (a) {
    case Aspek::kuantitas: return "admin.master.aspek.kuantitas";
    case Aspek::kualitas: return "admin.master.aspek.kualitas";
    case Aspek::waktu: return "admin.master.aspek.waktu";
    case Aspek::biaya: return "admin.master.aspek.biaya";
    case Aspek::invalid: break;
  }
  return "admin.master.aspek.kuantitas";
}

const char* jenis_periode_key(JenisPeriode j) {
  switch (j) {
    case JenisPeriode::bulanan: return "admin.master.jenis.bulanan";
    case JenisPeriode::triwulanan: return "admin.master.jenis.triwulanan";
    case JenisPeriode::tahunan: return "admin.master.jenis.tahunan";
    case JenisPeriode::invalid: break;
  }
  return "admin.master.jenis.triwulanan";
}

void cancel_button(Form& f) {
  if (button(f, "admin.master.cancel", false)) {
    f.m().selected.clear();
    f.m().draft.clear();
  }
}

// Candidates for a template, from AppState's derived cache (not per frame).
const std::vector<std::size_t>& candidates(const AppState& s, std::size_t source, int year, bool by_jabatan) {
  return s.derived.get<std::vector<std::size_t>>(
      "admin.master.template_candidates", s.view_stamp(), std::make_tuple(source, year, by_jabatan),
      [&] { return template_candidates(s.view->bundle, source, year, by_jabatan); });
}

} // namespace

// ---------------------------------------------------------------------------
// Indicator library

void draw_indicators(Form& f) {
  const auto& v = *f.state.view;
  widgets::paragraph(f.t("admin.master.indicators_help"));
  if (button(f, "admin.master.indicator.new", true)) {
    load_draft(f, "indicators", kNewRecord, {});
    f.m().draft["polaritas"] = "naik";
    f.m().draft["aspek"] = "kuantitas";
  }
  if (v.bundle.indicators.empty()) {
    widgets::empty_state("admin.master.indicators_empty", f.t("admin.master.indicators_empty"));
  } else {
    for (const auto& ind : v.bundle.indicators) {
      std::string label = ind.text + (ind.satuan.empty() ? "" : " (" + ind.satuan + ")") + "  \xC2\xB7 " +
                          f.t(polaritas_key(ind.polaritas)) + "  \xC2\xB7 " + f.t(aspek_key(ind.aspek)) +
                          (ind.sumber ? std::string("  \xC2\xB7 ") + f.t("admin.master.indicator.terukur") : std::string()) +
                          "##admin.master.indicator." + ind.meta.id;
      if (ImGui::Selectable(label.c_str(), f.m().selected == ind.meta.id))
        load_draft(f, "indicators", ind.meta.id, {"text", "satuan", "polaritas", "aspek", "sumber.jenis", "sumber.layanan"});
    }
  }
  if (f.m().selected.empty()) {
    widgets::paragraph(f.t("admin.master.pick_hint"));
    return;
  }
  ImGui::SeparatorText(f.t(f.m().selected == kNewRecord ? "admin.master.indicator.new" : "admin.master.indicator.edit"));
  text_field(f, "admin.master.indicator.text", "text");
  text_field(f, "admin.master.indicator.satuan", "satuan", "%, jam, orang");
  Options pol, asp;
  for (auto p : {Polaritas::naik, Polaritas::turun, Polaritas::rentang, Polaritas::tepat})
    pol.emplace_back(std::string(to_string(p)), f.t(polaritas_key(p)));
  for (auto a : {Aspek::kuantitas, Aspek::kualitas, Aspek::waktu, Aspek::biaya})
    asp.emplace_back(std::string(to_string(a)), f.t(aspek_key(a)));
  combo_field(f, "admin.master.indicator.polaritas", "polaritas", pol);
  combo_field(f, "admin.master.indicator.aspek", "aspek", asp);
  // Where the realisation comes from: typed by the employee, or measured from the unit's data.
  Options sumber{{"", f.t("admin.master.indicator.sumber.typed")}};
  for (auto j : {JenisSumber::ikm, JenisSumber::tanggapan_median, JenisSumber::selesai_median,
                 JenisSumber::selesai_tepat_waktu, JenisSumber::volume, JenisSumber::volume_harian})
    sumber.emplace_back(std::string(to_string(j)), f.t(sumber_key(j)));
  combo_field(f, "admin.master.indicator.sumber", "sumber.jenis", sumber);
  const std::string jenis = draft(f, "sumber.jenis");
  if (jenis == "volume" || jenis == "volume-harian")
    text_field(f, "admin.master.indicator.layanan", "sumber.layanan", "Rawat jalan");
  if (!jenis.empty()) widgets::hint(f.t("admin.master.indicator.sumber_help"));
  draw_message(f);
  if (button(f, "admin.master.save", true)) {
    std::string id = f.m().selected;
    if (id == kNewRecord) id = fresh_record_id(f.state.data.local.store, "indicators", "ind-" + draft(f, "text").substr(0, 40));
    if (jenis != "volume" && jenis != "volume-harian") f.m().draft["sumber.layanan"].clear();
    if (save_form(f, "indicators", id, form_of(f, {"text", "satuan", "polaritas", "aspek", "sumber.jenis", "sumber.layanan"})))
      f.m().selected = id;
  }
  cancel_button(f);
  draw_message(f);
}

// ---------------------------------------------------------------------------
// SKP templates: one employee's SKP copied for colleagues who have none

void draw_templates(Form& f) {
  const auto& v = *f.state.view;
  widgets::paragraph(f.t("admin.master.templates_help"));
  if (v.bundle.skps.empty()) {
    widgets::empty_state("admin.master.templates_empty", f.t("admin.master.templates_empty"));
    return;
  }
  a11y::TextUnformatted(f.t("admin.master.templates.search"));
  std::string pick = f.m().pick_search;
  ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 30));
  if (a11y::InputTextWithHint("##admin.master.templates.search", f.t("admin.master.employees.search_hint"), &pick)) {
    f.m().pick_search = pick;
  }
  if (!f.state.admin_ui.master.pick_search.empty()) {
    // A few matches only: the search narrows quickly.
    const auto found = cari_pegawai_urut_nama(v, f.state.admin_ui.master.pick_search);
    std::size_t shown = 0;
    for (auto i : found) {
      if (shown == 8) break;
      const Employee& e = v.bundle.employees[i];
      const std::size_t skp = [&] {
        std::size_t best = kTidakAda;
        for (std::size_t k = 0; k < v.bundle.skps.size(); ++k)
          if (v.bundle.skps[k].employee_id == e.meta.id && (best == kTidakAda || v.bundle.skps[best].year < v.bundle.skps[k].year))
            best = k;
        return best;
      }();
      if (skp == kTidakAda) continue;
      ++shown;
      std::string label = e.name + " \xC2\xB7 " + e.jabatan + " \xC2\xB7 SKP " + std::to_string(v.bundle.skps[skp].year) +
                          "##admin.master.templates.pick." + e.meta.id;
      if (ImGui::Selectable(label.c_str())) {
        f.m().selected = e.meta.id;
        f.m().draft.clear();
        f.m().draft["skp_id"] = v.bundle.skps[skp].meta.id;
        f.m().draft["year"] = std::to_string(v.bundle.skps[skp].year + 1);
        f.m().pick_search.clear();
        f.m().message.clear();
      }
    }
    if (shown == 0) widgets::hint(f.t("admin.master.templates.no_skp"));
  }
  const std::size_t source = find_employee(v, f.m().selected);
  const std::size_t skp = find_skp(v, draft(f, "skp_id"));
  if (source == kTidakAda || skp == kTidakAda) {
    widgets::paragraph(f.t("admin.master.templates.pick_hint"));
    draw_message(f);
    return;
  }
  const Skp& tpl = v.bundle.skps[skp];
  std::size_t indicators = 0;
  for (const auto& r : tpl.rhk) indicators += r.indicators.size();
  ImGui::SeparatorText(v.bundle.employees[source].name.c_str());
  char line[256];
  std::snprintf(line, sizeof line, f.t("admin.master.templates.summary"), tpl.year, tpl.rhk.size(), indicators);
  widgets::paragraph(line);
  for (const auto& r : tpl.rhk) widgets::bullet(r.text.c_str());
  text_field(f, "admin.master.templates.year", "year", "2027", ImGuiInputTextFlags_CharsDecimal);
  const int year = std::atoi(draft(f, "year").c_str());
  if (a11y::RadioButton((std::string(f.t("admin.master.templates.by_jabatan")) + "##admin.master.templates.by_jabatan").c_str(), f.m().by_jabatan)) {
    f.m().by_jabatan = true;
  }
  widgets::same_line_if_fits(ImGui::CalcTextSize(f.t("admin.master.templates.by_unit")).x + 60);
  if (a11y::RadioButton((std::string(f.t("admin.master.templates.by_unit")) + "##admin.master.templates.by_unit").c_str(), !f.m().by_jabatan)) {
    f.m().by_jabatan = false;
  }
  const auto& targets = candidates(f.state, source, year, f.state.admin_ui.master.by_jabatan);
  std::snprintf(line, sizeof line, f.t("admin.master.templates.count"), targets.size(), year);
  widgets::paragraph(line);
  for (std::size_t k = 0; k < targets.size() && k < 6; ++k) {
    const Employee& e = v.bundle.employees[targets[k]];
    std::snprintf(line, sizeof line, "%s (%s)", e.name.c_str(), e.nip.c_str());
    widgets::bullet(line);
  }
  if (targets.size() > 6) widgets::hint(f.t("admin.master.raters.more"));
  ImGui::BeginDisabled(targets.empty());
  draw_message(f);
  if (button(f, "admin.master.templates.apply", true)) {
    std::vector<std::string> ids;
    for (auto i : targets) ids.push_back(v.bundle.employees[i].meta.id);
    const auto made = apply_skp_template(f.state.data.local.store, v.bundle, tpl.meta.id, ids, year);
    if (!made.ok()) {
      f.set_message(format_error(made.errors.front(), f.state.lang == Lang::id ? ErrorLanguage::id : ErrorLanguage::en), true);
    } else {
      f.actions.push(made, "admin");
      std::snprintf(line, sizeof line, f.t("admin.master.templates.made"), made.changes.size(), made.skipped.size());
      f.set_message(line, false);
    }
  }
  ImGui::EndDisabled();
  cancel_button(f);
  draw_message(f);
}

// ---------------------------------------------------------------------------
// Periods and locks

void draw_periods(Form& f) {
  const auto& v = *f.state.view;
  widgets::paragraph(f.t("admin.master.periods_help"));
  if (button(f, "admin.master.period.new", true)) {
    load_draft(f, "periods", kNewRecord, {});
    f.m().draft["jenis"] = "triwulanan";
    f.m().draft["metode"] = "permenpanrb-6-2022";
  }
  const auto order = periods_in_order(v);
  if (order.empty()) {
    widgets::empty_state("admin.master.periods_empty", f.t("admin.master.periods_empty"));
  } else {
    const bool small = ImGui::GetContentRegionAvail().x < ImGui::GetFontSize() * 40;
    if (ImGui::BeginTable("admin.master.periods.table", small ? 2 : 4,
                          ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp)) {
      ImGui::TableSetupColumn(f.t("admin.master.col.period"), ImGuiTableColumnFlags_WidthStretch, 3);
      if (!small) {
        ImGui::TableSetupColumn(f.t("admin.master.col.dates"), ImGuiTableColumnFlags_WidthStretch, 4);
        ImGui::TableSetupColumn(f.t("admin.master.col.deadline"), ImGuiTableColumnFlags_WidthStretch, 2);
      }
      ImGui::TableSetupColumn(f.t("admin.master.col.status"), ImGuiTableColumnFlags_WidthStretch, 2);
      ImGui::TableHeadersRow();
      for (auto it = order.rbegin(); it != order.rend(); ++it) {
        const Period& p = v.bundle.periods[*it];
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        a11y::TextWrapped("%s", p.name.c_str());
        widgets::hint(f.t(jenis_periode_key(p.jenis)));
        const std::string dates = format_date(f.state.lang, p.start) + " \xE2\x80\x93 " + format_date(f.state.lang, p.end);
        const std::string deadline = format_date(f.state.lang, p.deadline);
        if (small) {
          a11y::TextWrapped("%s", dates.c_str());
          a11y::TextWrapped("%s: %s", f.t("admin.master.col.deadline"), deadline.c_str());
        } else {
          ImGui::TableNextColumn();
          a11y::TextWrapped("%s", dates.c_str());
          ImGui::TableNextColumn();
          a11y::TextWrapped("%s", deadline.c_str());
        }
        ImGui::TableNextColumn();
        a11y::TextUnformatted(f.t(p.locked ? "admin.master.locked" : "admin.master.open"));
        char label[192];
        std::snprintf(label, sizeof label, "%s##admin.master.period.lock.%s",
                      f.t(p.locked ? "admin.master.unlock" : "admin.master.lock"), p.meta.id.c_str());
        if (ImGui::SmallButton(label)) {
          const OperationResult r = ubah_kunci_periode(f.state.data.local.store, p.meta.id, !p.locked);
          f.actions.push(r, "admin");
          if (r.ok()) f.set_message(f.t(p.locked ? "admin.master.unlocked_msg" : "admin.master.locked_msg"), false);
          else f.set_message(message(f.state.lang, r.errors.front()), true);
        }
        ImGui::SameLine();
        riwayat_button(f.state, f.actions, "periods", p.meta.id, Peran::admin, "", p.name);
      }
      ImGui::EndTable();
    }
  }
  if (f.m().selected != kNewRecord) {
    draw_message(f);
    return;
  }
  ImGui::SeparatorText(f.t("admin.master.period.new"));
  text_field(f, "admin.master.period.name", "name", "Triwulan I 2027");
  Options jenis;
  for (auto j : {JenisPeriode::bulanan, JenisPeriode::triwulanan, JenisPeriode::tahunan})
    jenis.emplace_back(std::string(to_string(j)), f.t(jenis_periode_key(j)));
  combo_field(f, "admin.master.period.jenis", "jenis", jenis);
  text_field(f, "admin.master.period.year", "year", "2027", ImGuiInputTextFlags_CharsDecimal);
  text_field(f, "admin.master.period.start", "start", "2027-01-01");
  text_field(f, "admin.master.period.end", "end", "2027-03-31");
  text_field(f, "admin.master.period.deadline", "deadline", "2027-04-10");
  Options metode;
  for (auto m : {MetodePenilaian::permenpanrb_6_2022, MetodePenilaian::permenpanrb_8_2021, MetodePenilaian::pp_30_2019,
                 MetodePenilaian::pp_46_2011})
    metode.emplace_back(std::string(to_string(m)), metode_label(m));
  combo_field(f, "admin.master.period.metode", "metode", metode);
  draw_message(f);
  if (button(f, "admin.master.save", true)) {
    const std::string id = fresh_record_id(f.state.data.local.store, "periods",
                                           "p-" + draft(f, "year") + "-" + draft(f, "jenis") + "-" + draft(f, "start"));
    auto form = form_of(f, {"name", "jenis", "start", "end", "deadline", "metode"}, {"year"}, {"locked"});
    form.isian["locked"] = "0";  // a new period is open
    if (save_form(f, "periods", id, form)) {
      f.m().selected.clear();
      f.m().draft.clear();
    }
  }
  cancel_button(f);
  draw_message(f);
}

// ---------------------------------------------------------------------------
// CKO per unit and period

void draw_cko(Form& f) {
  const auto& v = *f.state.view;
  widgets::paragraph(f.t("admin.master.cko_help"));
  if (v.bundle.periods.empty() || v.bundle.units.empty()) {
    widgets::empty_state("admin.master.raters_empty", f.t("admin.master.raters_empty"));
    return;
  }
  const std::string period = chosen_period(f);
  ui_combo(f, "admin.master.period", period_options(f.state), period, &AdminMasterUi::period_id);
  auto rating_of = [&](const std::string& unit) -> const OrgRating* {
    for (const auto& o : v.bundle.org_ratings)
      if (o.unit_id == unit && o.period_id == period) return &o;
    return nullptr;
  };
  const Options units = unit_options(f.state, false);
  for (const auto& [id, name] : units) {
    const OrgRating* o = rating_of(id);
    std::string label = name + "  \xE2\x80\x94  " + (o ? std::string(label_id(o->cko)) : std::string(f.t("admin.master.cko.none"))) +
                        "##admin.master.cko.unit." + id;
    if (ImGui::Selectable(label.c_str(), f.m().selected == id)) {
      f.m().selected = id;
      f.m().draft.clear();
      f.m().message.clear();
      if (o) {
        f.m().draft["record_id"] = o->meta.id;
        f.m().draft["cko"] = std::string(to_string(o->cko));
        f.m().draft["note"] = o->note;
      }
    }
  }
  const std::size_t unit = find_unit(v, f.m().selected);
  if (unit == kTidakAda) {
    widgets::paragraph(f.t("admin.master.cko.pick_hint"));
    draw_message(f);
    return;
  }
  ImGui::SeparatorText(unit_path(v, unit).c_str());
  Options levels;
  for (auto c : {Cko::istimewa, Cko::baik, Cko::butuh_perbaikan, Cko::kurang, Cko::sangat_kurang})
    levels.emplace_back(std::string(to_string(c)), std::string(label_id(c)));
  combo_field(f, "admin.master.cko.value", "cko", levels);
  text_field(f, "admin.master.cko.note", "note");
  draw_message(f);
  if (button(f, "admin.master.save", true)) {
    std::string id = draft(f, "record_id");
    if (id.empty()) {
      const std::string& uid = v.bundle.units[unit].meta.id;
      id = fresh_record_id(f.state.data.local.store, "org_ratings",
                           "cko-" + (uid.rfind("u-", 0) == 0 ? uid.substr(2) : uid) + "-" + period);
    }
    auto form = form_of(f, {"cko", "note", "unit_id", "period_id"});
    form.isian["unit_id"] = v.bundle.units[unit].meta.id;
    form.isian["period_id"] = period;
    if (save_form(f, "org_ratings", id, form)) f.m().draft["record_id"] = id;
  }
  cancel_button(f);
  draw_message(f);
}

// ---------------------------------------------------------------------------
// CSV import of employees

void draw_csv(Form& f) {
  widgets::paragraph(f.t("admin.master.csv_help"));
  widgets::paragraph(f.t("admin.master.csv_columns"));
  widgets::note_box("admin.master.csv_all_or_nothing", f.t("admin.master.csv_all_or_nothing"));
  if (button(f, "admin.master.csv.pick", true)) f.actions.open_import = true;
  ImGui::SeparatorText(f.t("admin.master.csv.example_title"));
  widgets::paragraph(f.t("admin.master.csv.example_help"));
  std::string example(employee_csv_example());
  a11y::InputTextMultiline("##admin.master.csv.example", &example,
                            ImVec2(ImGui::GetContentRegionAvail().x, ImGui::GetTextLineHeightWithSpacing() * 4.5f),
                            ImGuiInputTextFlags_ReadOnly);
  if (button(f, "admin.master.csv.copy", true)) {
    ImGui::SetClipboardText(std::string(employee_csv_example()).c_str());
    f.set_message(f.t("admin.master.csv.copied"), false);
  }
  draw_message(f);
}

} // namespace kinerja::web::master
