// Admin › "Konsolidasi & publikasi": the BKPSDM's work after the files are in.
//   [konsolidasi]  per OPD/kecamatan where every assessment stands; who has not
//                  started or is late; conflicts; records that did not read
//   [kalibrasi]    a unit's predikat against the curve of its CKO; change one
//                  employee's predikat with a written reason
//   [keberatan]    objections and the atasan's decision
//   [lembar]       the official evaluation document (web/print_document) in a
//                  new tab
//   [terbitkan]    the public figures that would be published, an approval,
//                  publik.json
// This file has the shared parts and [konsolidasi]; admin_flow_kalibrasi.cpp
// has [kalibrasi] and [keberatan], admin_flow_terbitkan.cpp the last two.
// Everything decided or computed is in core/ (konsolidasi, kalibrasi,
// keberatan, aggregate); this file lays out and collects input.
#include "core/workflow/keberatan.hpp"
#include "core/view/pegawai_profil.hpp"
#include "web/a11y_text.hpp"
#include "web/format.hpp"
#include "web/i18n.hpp"
#include "web/screens/admin_flow_parts.hpp"
#include "web/screens/admin_parts.hpp"
#include "web/widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>
#include <string>

namespace kinerja::web::admin_flow {

// ---------------------------------------------------------------------------
// Derived figures (AppState::derived): recomputed for a new view or key only.

const FlowCache& cached(const AppState& state, std::size_t period) {
  return state.derived.get<FlowCache>("admin.flow", state.view_stamp(), period, [&] {
    return FlowCache{konsolidasi(*state.view, period), unit_berkurva(*state.view, period),
                     daftar_keberatan(*state.view, period)};
  });
}

const KalibrasiUnit& cached_kalibrasi(const AppState& state, std::size_t unit) {
  const std::size_t period = selected_period(state);
  return state.derived.get<KalibrasiUnit>("admin.flow.kalibrasi", state.view_stamp(), std::make_pair(unit, period),
                                          [&] { return kalibrasi_unit(*state.view, unit, period); });
}

const FlowPublik& cached_publik(const AppState& state) {
  return state.derived.get<FlowPublik>("admin.flow.publik", state.view_stamp(), 0, [&] {
    FlowPublik f;
    f.publik = aggregate_publik(state.view->bundle, state.view->report, default_rules(), {}, &f.laporan);
    return f;
  });
}

std::string audit_line(Lang lang, const FlowPublik& f) {
  char line[300];
  if (!f.laporan.lulus) return tr(lang, "admin.flow.audit_fail");
  std::snprintf(line, sizeof line, tr(lang, "admin.flow.audit_ok"),
                format_count(lang, static_cast<long long>(f.laporan.angka_diperiksa)).c_str(),
                format_count(lang, static_cast<long long>(f.laporan.kelompok_diperiksa)).c_str(),
                static_cast<long long>(f.publik.min_group));
  return line;
}

const std::vector<std::size_t>& cached_search(const AppState& state, const std::string& text) {
  return state.derived.get<std::vector<std::size_t>>("admin.flow.search", state.view_stamp(), text,
                                                     [&] { return cari_pegawai_urut_nama(*state.view, text); });
}

// ---------------------------------------------------------------------------
// Small helpers

std::size_t selected_period(const AppState& state) {
  const CityView& v = *state.view;
  if (!state.admin_ui.period_id.empty()) {
    const std::size_t p = find_period(v, state.admin_ui.period_id);
    if (p != kTidakAda) return p;
  }
  return periode_hari_ini(v, state.data.now_ms);
}

void set_flow(const AppState& state, Actions& actions, const AdminFlowUi& flow) {
  ui_draft(actions.admin_ui, state.admin_ui).flow = flow;
}

AdminFlowUi flow_of(const AppState& state, const Actions& actions) {
  return actions.admin_ui ? actions.admin_ui->flow : state.admin_ui.flow;
}

static const char* msg(const AppState& state, const ValidationError& e) {
  return state.lang == Lang::id ? e.message_id.c_str() : e.message_en.c_str();
}

std::string join_errors(const AppState& state, const std::vector<ValidationError>& errors) {
  std::string out;
  for (const auto& e : errors) {
    if (!out.empty()) out += "\n";
    out += msg(state, e);
  }
  return out;
}

void predikat_chip(const AppState& state, Predikat p) {
  if (p == Predikat::invalid) {  // a chip too, so every row of a clipped table
                                 // has one height
    widgets::chip(tr(state.lang, "admin.flow.not_rated"), IM_COL32(226, 229, 233, 255), IM_COL32(70, 76, 84, 255));
    return;
  }
  const ImU32 fg = p == Predikat::butuh_perbaikan ? IM_COL32(40, 30, 0, 255) : IM_COL32(255, 255, 255, 255);
  widgets::chip(widgets::predikat_label(state.lang, p), widgets::predikat_color(p), fg);
}

// A row of radio buttons, Sangat Baik first; the predikat picked this frame (1..5), or 0.
int predikat_choice(const AppState& state, const char* id_prefix, int current) {
  int picked = 0;
  bool first = true;
  for (int i = 5; i >= 1; --i) {
    const auto p = static_cast<Predikat>(i);
    char label[160];
    std::snprintf(label, sizeof label, "%s##%s.%s", widgets::predikat_label(state.lang, p), id_prefix,
                  std::string(to_string(p)).c_str());
    if (!first) widgets::same_line_if_fits(ImGui::CalcTextSize(label).x + 40);
    first = false;
    if (a11y::RadioButton(label, current == i)) picked = i;
  }
  return picked;
}

// A four-line note field; the new text when it was edited this frame.
std::optional<std::string> note_field(const char* id, const std::string& text) {
  std::string note = text;
  if (a11y::InputTextMultiline(id, &note, ImVec2(-1, ImGui::GetTextLineHeight() * 4))) return note;
  return std::nullopt;
}

void close_kalibrasi(AdminFlowUi& g) {
  g.kalibrasi_employee_id.clear();
  g.kalibrasi_predikat = 0;
  g.kalibrasi_note.clear();
  g.kalibrasi_error.clear();
}

void close_keberatan(AdminFlowUi& g) {
  g.keberatan_evaluation_id.clear();
  g.keberatan_decision = 0;
  g.keberatan_predikat = 0;
  g.keberatan_note.clear();
  g.keberatan_error.clear();
}

std::array<std::optional<long long>, 6> bar_counts(const JumlahPredikat& j) {
  std::array<std::optional<long long>, 6> c{};
  for (std::size_t i = 1; i < c.size(); ++i) c[i] = j.n[i];
  return c;
}


// A locked period refuses every edit (core/sync/merge); say so before the admin
// types.
void locked_note(const AppState& state, Actions& actions) {
  widgets::note_box("admin.flow.locked", tr(state.lang, "admin.flow.locked"));
  if (widgets::action_button(state.lang, "admin.flow.to_locks")) {
    ui_draft(actions.admin_ui, state.admin_ui).tab = "";
  }
}

bool phone(const AppState& state) { return state.viewport.width_units() < 600; }

// ---------------------------------------------------------------------------
// [konsolidasi]

void people_table(const AppState& state, const char* id, const std::vector<std::size_t>& rows) {
  const CityView& v = *state.view;
  const bool narrow = phone(state);
  const int columns = narrow ? 2 : 4;
  if (!ImGui::BeginTable(id, columns, kTableFlags)) return;
  ImGui::TableSetupColumn(tr(state.lang, "admin.flow.col_name"), ImGuiTableColumnFlags_WidthStretch, 3);
  if (!narrow) ImGui::TableSetupColumn("NIP", ImGuiTableColumnFlags_WidthStretch, 2);
  ImGui::TableSetupColumn(tr(state.lang, "admin.flow.col_unit"), ImGuiTableColumnFlags_WidthStretch, 3);
  if (!narrow) ImGui::TableSetupColumn(tr(state.lang, "admin.flow.col_penilai"), ImGuiTableColumnFlags_WidthStretch, 3);
  ImGui::TableHeadersRow();
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(rows.size()));
  while (clipper.Step()) {
    for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
      const SkorPegawai& s = v.report.pegawai[rows[static_cast<std::size_t>(r)]];
      const Employee& e = v.bundle.employees[s.employee];
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      a11y::TextUnformatted(e.name.c_str());
      if (!narrow) {
        ImGui::TableNextColumn();
        a11y::TextUnformatted(e.nip.c_str());
      }
      ImGui::TableNextColumn();
      const std::size_t u = find_unit(v, e.unit_id);
      a11y::TextUnformatted(u == kTidakAda ? kDash : v.bundle.units[u].name.c_str());
      if (!narrow) {
        ImGui::TableNextColumn();
        const std::size_t p = pejabat_penilai(v, s.employee, s.period);
        a11y::TextUnformatted(p == kTidakAda ? kDash : v.bundle.employees[p].name.c_str());
      }
    }
  }
  ImGui::EndTable();
}

void draw_konsolidasi(const AppState& state, Actions& actions, const FlowCache& c) {
  const CityView& v = *state.view;
  const Konsolidasi& k = c.konsolidasi;
  widgets::paragraph(tr(state.lang, "admin.flow.konsolidasi_help"));
  if (k.kota.total() == 0) {
    widgets::empty_state("admin.flow.konsolidasi_empty", tr(state.lang, "admin.flow.konsolidasi_empty"));
  } else {
    ImGui::SeparatorText(tr(state.lang, "admin.flow.city"));
    const std::pair<StatusPenilaian, int> figures[] = {{StatusPenilaian::belum_mulai, k.kota.belum_mulai},
                                                       {StatusPenilaian::diajukan, k.kota.diajukan},
                                                       {StatusPenilaian::dinilai, k.kota.dinilai},
                                                       {StatusPenilaian::terlambat, k.kota.terlambat}};
    bool first = true;
    for (const auto& [status, n] : figures) {
      char line[160];
      std::snprintf(line, sizeof line, "%s: %s", widgets::status_label(state.lang, status),
                    format_count(state.lang, n).c_str());
      if (!first) widgets::same_line_if_fits(ImGui::CalcTextSize(line).x + 30);
      first = false;
      widgets::chip(line, widgets::status_color(status));
    }

    ImGui::SeparatorText(tr(state.lang, "admin.flow.per_unit"));
    const bool narrow = phone(state);
    if (ImGui::BeginTable("admin.flow.units", narrow ? 3 : 6, kTableFlags)) {
      ImGui::TableSetupColumn(tr(state.lang, "admin.flow.col_unit"), ImGuiTableColumnFlags_WidthStretch, 4);
      if (narrow) {
        ImGui::TableSetupColumn(tr(state.lang, "admin.flow.col_done"), ImGuiTableColumnFlags_WidthStretch, 2);
        ImGui::TableSetupColumn(tr(state.lang, "admin.flow.col_open"), ImGuiTableColumnFlags_WidthStretch, 2);
      } else {
        for (StatusPenilaian status : {StatusPenilaian::belum_mulai, StatusPenilaian::diajukan, StatusPenilaian::dinilai,
                                       StatusPenilaian::terlambat})
          ImGui::TableSetupColumn(widgets::status_label(state.lang, status), ImGuiTableColumnFlags_WidthStretch, 1.3f);
        ImGui::TableSetupColumn(tr(state.lang, "admin.flow.col_total"), ImGuiTableColumnFlags_WidthStretch, 1.3f);
      }
      ImGui::TableHeadersRow();
      // One row per OPD/kecamatan (tens, not thousands): names may wrap, so no
      // clipper.
      for (const KonsolidasiUnit& row : k.units) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        a11y::TextWrapped(
            "%s", row.unit == kTidakAda ? tr(state.lang, "admin.flow.no_unit") : v.bundle.units[row.unit].name.c_str());
        if (narrow) {
          // On a phone: rated (on time / late) and still open, each as "n".
          ImGui::TableNextColumn();
          a11y::Text("%d / %d", row.jumlah.dinilai, row.jumlah.terlambat);
          ImGui::TableNextColumn();
          a11y::Text("%d / %d", row.jumlah.belum_mulai, row.jumlah.diajukan);
        } else {
          for (int n : {row.jumlah.belum_mulai, row.jumlah.diajukan, row.jumlah.dinilai, row.jumlah.terlambat,
                        row.jumlah.total()}) {
            ImGui::TableNextColumn();
            a11y::TextUnformatted(format_count(state.lang, n).c_str());
          }
        }
      }
      ImGui::EndTable();
      if (narrow) widgets::hint(tr(state.lang, "admin.flow.phone_columns"));
    }

    char title[160];
    std::snprintf(title, sizeof title, "%s (%s)", tr(state.lang, "admin.flow.missing"),
                  format_count(state.lang, static_cast<long long>(k.belum_mulai.size())).c_str());
    ImGui::SeparatorText(title);
    if (k.belum_mulai.empty())
      widgets::paragraph(tr(state.lang, "admin.flow.missing_none"));
    else {
      widgets::paragraph(tr(state.lang, "admin.flow.missing_help"));
      people_table(state, "admin.flow.missing_table", k.belum_mulai);
    }
    std::snprintf(title, sizeof title, "%s (%s)", tr(state.lang, "admin.flow.late"),
                  format_count(state.lang, static_cast<long long>(k.terlambat.size())).c_str());
    ImGui::SeparatorText(title);
    if (k.terlambat.empty())
      widgets::paragraph(tr(state.lang, "admin.flow.late_none"));
    else {
      widgets::paragraph(tr(state.lang, "admin.flow.late_help"));
      people_table(state, "admin.flow.late_table", k.terlambat);
    }
  }

  // Conflicts: resolved in the data tab, where each version can be compared.
  ImGui::SeparatorText(tr(state.lang, "admin.flow.conflicts"));
  if (state.data.summary.conflicts == 0) {
    widgets::paragraph(tr(state.lang, "admin.flow.conflicts_none"));
  } else {
    char line[200];
    std::snprintf(line, sizeof line, tr(state.lang, "admin.flow.conflicts_some"), state.data.summary.conflicts);
    widgets::paragraph(line);
    if (widgets::action_button(state.lang, "admin.flow.to_data")) {
      ui_draft(actions.admin_ui, state.admin_ui).tab = "";
    }
  }

  // Records the view could not read: the admin should know what is not counted.
  ImGui::SeparatorText(tr(state.lang, "admin.flow.left_out"));
  if (v.left_out.empty()) {
    widgets::paragraph(tr(state.lang, "admin.flow.left_out_none"));
  } else {
    char line[200];
    std::snprintf(line, sizeof line, tr(state.lang, "admin.flow.left_out_some"), v.left_out.size());
    widgets::paragraph(line);
    if (ImGui::BeginTable("admin.flow.left_out_table", 2, kTableFlags)) {
      ImGui::TableSetupColumn(tr(state.lang, "admin.flow.col_record"), ImGuiTableColumnFlags_WidthStretch, 2);
      ImGui::TableSetupColumn(tr(state.lang, "admin.flow.col_problem"), ImGuiTableColumnFlags_WidthStretch, 4);
      ImGui::TableHeadersRow();
      ImGuiListClipper clipper;
      clipper.Begin(static_cast<int>(v.left_out.size()));
      while (clipper.Step())
        for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
          const LeftOut& l = v.left_out[static_cast<std::size_t>(r)];
          ImGui::TableNextRow();
          ImGui::TableNextColumn();
          a11y::Text("%s / %s", l.collection.c_str(), l.id.c_str());
          ImGui::TableNextColumn();
          a11y::Text("%s: %s", l.error.pointer.c_str(), msg(state, l.error));
        }
      ImGui::EndTable();
    }
  }
}

} // namespace kinerja::web::admin_flow

namespace kinerja::web {
namespace {
using namespace admin_flow;

void section_buttons(const AppState& state, Actions& actions) {
  struct Section {
    const char* id;
    const char* key;
  };
  constexpr Section kSections[] = {{"", "admin.flow.konsolidasi"},
                                   {"kalibrasi", "admin.flow.kalibrasi"},
                                   {"keberatan", "admin.flow.keberatan"},
                                   {"lembar", "admin.flow.lembar"},
                                   {"terbitkan", "admin.flow.terbitkan"}};
  bool first = true;
  for (const auto& s : kSections) {
    if (!first) widgets::same_line_if_fits(ImGui::CalcTextSize(tr(state.lang, s.key)).x + 40);
    first = false;
    const bool current = state.admin_ui.flow.section == s.id;
    if (current) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyle().Colors[ImGuiCol_ButtonActive]);
    if (widgets::action_button(state.lang, s.key) && !current) {
      AdminFlowUi f = state.admin_ui.flow;
      f.section = s.id;
      f.done.clear();
      set_flow(state, actions, f);
    }
    if (current) ImGui::PopStyleColor();
  }
}

void period_buttons(const AppState& state, Actions& actions, std::size_t period) {
  const CityView& v = *state.view;
  a11y::TextUnformatted(tr(state.lang, "admin.flow.period"));
  bool first = true;
  for (std::size_t p : periods_in_order(v)) {
    const Period& per = v.bundle.periods[p];
    char label[200];
    std::snprintf(label, sizeof label, "%s##admin.flow.period.%s", per.name.c_str(), per.meta.id.c_str());
    if (!first) widgets::same_line_if_fits(ImGui::CalcTextSize(per.name.c_str()).x + 24);
    first = false;
    const bool current = p == period;
    if (current) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyle().Colors[ImGuiCol_ButtonActive]);
    if (ImGui::SmallButton(label) && !current) {
      AdminUi& ui = ui_draft(actions.admin_ui, state.admin_ui);
      ui.period_id = per.meta.id;
      ui.flow.unit_id.clear();
      ui.flow.kalibrasi_employee_id.clear();
      ui.flow.keberatan_evaluation_id.clear();
      ui.flow.approved = false;  // new figures: approve again
    }
    if (current) ImGui::PopStyleColor();
  }
}

} // namespace

void draw_admin_flow(const AppState& state, Actions& actions) {
  if (!state.view) return;
  const CityView& v = *state.view;
  section_buttons(state, actions);
  if (v.bundle.periods.empty()) {
    widgets::empty_state("admin.flow.no_periods", tr(state.lang, "admin.flow.no_periods"));
    return;
  }
  const std::size_t period = selected_period(state);
  period_buttons(state, actions, period);
  ImGui::Separator();
  const FlowCache& c = cached(state, period);
  const std::string_view section = state.admin_ui.flow.section;
  if (section == "kalibrasi")
    draw_kalibrasi(state, actions, c, period);
  else if (section == "keberatan")
    draw_keberatan(state, actions, c);
  else if (section == "lembar")
    draw_lembar(state, actions, period);
  else if (section == "terbitkan")
    draw_terbitkan(state, actions, period);
  else
    draw_konsolidasi(state, actions, c);
}

nlohmann::json admin_flow_test_state(const AppState& state) {
  const AdminFlowUi& f = state.admin_ui.flow;
  nlohmann::json j = {{"section", f.section},
                      {"approved", f.approved},
                      {"unit_id", f.unit_id},
                      {"kalibrasi_employee_id", f.kalibrasi_employee_id},
                      {"kalibrasi_error", f.kalibrasi_error},
                      {"keberatan_evaluation_id", f.keberatan_evaluation_id},
                      {"keberatan_error", f.keberatan_error},
                      {"doc_employee_id", f.doc_employee_id},
                      {"done", f.done}};
  if (!state.view || state.view->bundle.periods.empty()) return j;
  if (f.section == "terbitkan") {  // what Terbitkan shows, only once it has been opened
    const FlowPublik& pub = cached_publik(state);
    j["audit_line"] = audit_line(state.lang, pub);
    j["audit_lulus"] = pub.laporan.lulus;
    j["audit_hidden"] = pub.laporan.disembunyikan.size();
  }
  const CityView& v = *state.view;
  const std::size_t period = selected_period(state);
  j["period"] = v.bundle.periods[period].meta.id;
  // Computed afresh (not from the draw cache) so tests check the core, not the
  // screen's copy.
  const Konsolidasi k = konsolidasi(v, period);
  j["konsolidasi"] = {{"belum_mulai", k.kota.belum_mulai},
                      {"diajukan", k.kota.diajukan},
                      {"dinilai", k.kota.dinilai},
                      {"terlambat", k.kota.terlambat},
                      {"units", k.units.size()},
                      {"left_out", v.left_out.size()},
                      {"conflicts", state.data.summary.conflicts}};
  const auto units = unit_berkurva(v, period);
  std::size_t unit = units.empty() ? kTidakAda : units.front().unit;
  std::size_t units_warned = 0;
  for (const auto& r : units) {
    if (r.unit == find_unit(v, f.unit_id)) unit = r.unit;
    units_warned += r.peringatan.empty() ? 0 : 1;
  }
  if (unit != kTidakAda) {
    const KalibrasiUnit ku = kalibrasi_unit(v, unit, period);
    auto jumlah = nlohmann::json::object();
    for (int i = 1; i <= 5; ++i)
      jumlah[std::string(to_string(static_cast<Predikat>(i)))] = ku.jumlah.n[static_cast<std::size_t>(i)];
    j["kalibrasi"] = {{"unit", v.bundle.units[unit].meta.id},
                      {"peringatan", ku.peringatan.size()},
                      {"jumlah", jumlah},
                      {"units_with_cko", units.size()},
                      {"units_with_warnings", units_warned},
                      {"pegawai", [&] {
                         // The first rated employees of the unit, so a test can find their
                         // row.
                         auto ids = nlohmann::json::array();
                         for (std::size_t i : ku.pegawai)
                           if (ids.size() < 5 && predikat_penetapan(v, v.report.pegawai[i]) != Predikat::invalid)
                             ids.push_back(v.bundle.employees[v.report.pegawai[i].employee].meta.id);
                         return ids;
                       }()}};
  }
  if (const std::size_t e = find_employee(v, f.kalibrasi_employee_id); e != kTidakAda)
    if (const SkorPegawai* s = find_skor(v, e, period)) j["kalibrasi_current"] = to_string(predikat_penetapan(v, *s));
  const auto kb = daftar_keberatan(v, period);
  std::size_t pending = 0;
  for (std::size_t i : kb)
    if (!v.bundle.evaluations[v.report.pegawai[i].evaluation].keberatan->decision) ++pending;
  auto pending_ids = nlohmann::json::array();
  for (std::size_t i : kb) {
    const Evaluation& ev = v.bundle.evaluations[v.report.pegawai[i].evaluation];
    if (!ev.keberatan->decision && pending_ids.size() < 5) pending_ids.push_back(ev.meta.id);
  }
  j["keberatan"] = {{"count", kb.size()}, {"pending", pending}, {"pending_ids", pending_ids}};
  return j;
}

}  // namespace kinerja::web
