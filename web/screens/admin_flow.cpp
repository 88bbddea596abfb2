// Admin › "Konsolidasi & publikasi": the BKPSDM's work after the files are in.
//   [konsolidasi]  per OPD/kecamatan where every assessment stands; who has not
//                  started or is late; conflicts; records that did not read
//   [kalibrasi]    a unit's predikat against the curve of its CKO; change one
//                  employee's predikat with a written reason
//   [keberatan]    objections and the atasan's decision
//   [lembar]       the official evaluation document (web/print_document) in a
//   new tab [terbitkan]    the public figures that would be published, an
//   approval, publik.json
// Everything decided or computed is in core/ (konsolidasi, kalibrasi,
// keberatan, aggregate); this file lays out and collects input.
#include "core/aggregate.hpp"
#include "core/kalibrasi.hpp"
#include "core/keberatan.hpp"
#include "core/konsolidasi.hpp"
#include "core/store.hpp"
#include "web/format.hpp"
#include "web/i18n.hpp"
#include "web/print_document.hpp"
#include "web/screens/admin_parts.hpp"
#include "web/widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace kinerja::web {
namespace {

// ---------------------------------------------------------------------------
// Derived figures, cached per view revision (the view is rebuilt — or patched
// in place — after every store change, and view_revision says which): a city's
// consolidation sorts thousands of names, the public aggregate scores every
// unit; neither should run every frame. Never a second copy of data: only the
// core's results.
struct FlowCache {
  const CityView* view = nullptr;
  std::uint64_t revision = 0;
  std::size_t period = kTidakAda;
  Konsolidasi konsolidasi;
  std::vector<RingkasanKurva> units;   // unit_berkurva
  std::vector<std::size_t> keberatan;  // daftar_keberatan
  std::size_t kal_unit = kTidakAda;
  KalibrasiUnit kalibrasi;
  bool has_publik = false;
  Publik publik;
  std::string search;
  std::vector<std::size_t> found;  // employees matching `search`
};
FlowCache& cache() {
  static FlowCache c;  // derived, keyed by the view it came from; see above
  return c;
}

const FlowCache& cached(const AppState& state, std::size_t period) {
  FlowCache& c = cache();
  if (c.view != state.view.get() || c.revision != state.view_revision || c.period != period) {
    c = FlowCache{};
    c.view = state.view.get();
    c.revision = state.view_revision;
    c.period = period;
    c.konsolidasi = konsolidasi(*state.view, period);
    c.units = unit_berkurva(*state.view, period);
    c.keberatan = daftar_keberatan(*state.view, period);
    c.search = "\x01";  // recompute on first use
  }
  return c;
}

const KalibrasiUnit& cached_kalibrasi(const AppState& state, std::size_t unit) {
  FlowCache& c = cache();
  if (c.kal_unit != unit) {
    c.kal_unit = unit;
    c.kalibrasi = kalibrasi_unit(*state.view, unit, c.period);
  }
  return c.kalibrasi;
}

const Publik& cached_publik(const AppState& state) {
  FlowCache& c = cache();
  if (!c.has_publik) {
    c.publik = aggregate_publik(state.view->bundle, state.view->report);
    c.has_publik = true;
  }
  return c.publik;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& ch : out)
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  return out;
}

const std::vector<std::size_t>& cached_search(const AppState& state, const std::string& text) {
  FlowCache& c = cache();
  if (c.search != text) {
    c.search = text;
    c.found.clear();
    const std::string q = lower(text);
    const auto& emps = state.view->bundle.employees;
    for (std::size_t i = 0; i < emps.size(); ++i)
      if (q.empty() || lower(emps[i].name).find(q) != std::string::npos || emps[i].nip.find(q) != std::string::npos)
        c.found.push_back(i);
    std::sort(c.found.begin(), c.found.end(),
              [&](std::size_t a, std::size_t b) { return emps[a].name < emps[b].name; });
  }
  return c.found;
}

// ---------------------------------------------------------------------------
// Small helpers

std::string today(const AppState& state) {
  // Samarinda's calendar day (WITA), for the document's date and calibration
  // notes.
  return format_timestamp_ms(state.data.now_ms + kWitaOffsetMs).substr(0, 10);
}

std::size_t selected_period(const AppState& state) {
  const CityView& v = *state.view;
  if (!state.admin_ui.period_id.empty()) {
    const std::size_t p = find_period(v, state.admin_ui.period_id);
    if (p != kTidakAda) return p;
  }
  return periode_bawaan(v, today(state));
}

void set_flow(const AppState& state, Actions& actions, const AdminFlowUi& flow) {
  AdminUi ui = actions.admin_ui ? *actions.admin_ui : state.admin_ui;
  ui.flow = flow;
  actions.admin_ui = ui;
}

AdminFlowUi flow_of(const AppState& state, const Actions& actions) {
  return actions.admin_ui ? actions.admin_ui->flow : state.admin_ui.flow;
}

const char* msg(const AppState& state, const ValidationError& e) {
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

// A secondary line in grey that wraps (TextDisabled would clip on a phone).
void hint(const char* text) {
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
  widgets::paragraph(text);
  ImGui::PopStyleColor();
}

void error_text(const std::string& text) {
  if (text.empty()) return;
  ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(176, 32, 32, 255));
  widgets::paragraph(text.c_str());
  ImGui::PopStyleColor();
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

std::array<std::optional<long long>, 6> bar_counts(const JumlahPredikat& j) {
  std::array<std::optional<long long>, 6> c{};
  for (std::size_t i = 1; i < c.size(); ++i) c[i] = j.n[i];
  return c;
}

// Tables grow with the page, which scrolls as one (no nested scroll areas to
// trap a thumb on a phone); ImGuiListClipper draws only the rows on screen, so
// 10,000 rows cost what 20 do.
constexpr ImGuiTableFlags kTableFlags =
    ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;

// A locked period refuses every edit (core/merge); say so before the admin
// types.
void locked_note(const AppState& state, Actions& actions) {
  widgets::note_box("admin.flow.locked", tr(state.lang, "admin.flow.locked"));
  if (widgets::action_button(state.lang, "admin.flow.to_locks")) {
    AdminUi ui = state.admin_ui;
    ui.tab = "";
    actions.admin_ui = ui;
  }
}

bool phone(const AppState& state) { return state.viewport.width_px / std::max(1.0f, state.viewport.dpr) < 600; }

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
  ImGui::TextUnformatted(tr(state.lang, "admin.flow.period"));
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
      AdminUi ui = actions.admin_ui ? *actions.admin_ui : state.admin_ui;
      ui.period_id = per.meta.id;
      ui.flow.unit_id.clear();
      ui.flow.kal_employee_id.clear();
      ui.flow.kb_evaluation_id.clear();
      ui.flow.approved = false;  // new figures: approve again
      actions.admin_ui = ui;
    }
    if (current) ImGui::PopStyleColor();
  }
}

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
      ImGui::TextUnformatted(e.name.c_str());
      if (!narrow) {
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(e.nip.c_str());
      }
      ImGui::TableNextColumn();
      const std::size_t u = find_unit(v, e.unit_id);
      ImGui::TextUnformatted(u == kTidakAda ? kDash : v.bundle.units[u].name.c_str());
      if (!narrow) {
        ImGui::TableNextColumn();
        const std::size_t p = pejabat_penilai(v, s.employee, s.period);
        ImGui::TextUnformatted(p == kTidakAda ? kDash : v.bundle.employees[p].name.c_str());
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
    const std::pair<const char*, int> figures[] = {{"admin.flow.st_belum", k.kota.belum_mulai},
                                                   {"admin.flow.st_diajukan", k.kota.diajukan},
                                                   {"admin.flow.st_dinilai", k.kota.dinilai},
                                                   {"admin.flow.st_terlambat", k.kota.terlambat}};
    bool first = true;
    for (const auto& [key, n] : figures) {
      char line[160];
      std::snprintf(line, sizeof line, "%s: %s", tr(state.lang, key), format_count(state.lang, n).c_str());
      if (!first) widgets::same_line_if_fits(ImGui::CalcTextSize(line).x + 30);
      first = false;
      const ImU32 bg = std::string_view(key) == "admin.flow.st_terlambat"  ? IM_COL32(196, 48, 48, 255)
                       : std::string_view(key) == "admin.flow.st_dinilai"  ? IM_COL32(22, 120, 72, 255)
                       : std::string_view(key) == "admin.flow.st_diajukan" ? IM_COL32(40, 100, 170, 255)
                                                                           : IM_COL32(110, 116, 124, 255);
      widgets::chip(line, bg);
    }

    ImGui::SeparatorText(tr(state.lang, "admin.flow.per_unit"));
    const bool narrow = phone(state);
    if (ImGui::BeginTable("admin.flow.units", narrow ? 3 : 6, kTableFlags)) {
      ImGui::TableSetupColumn(tr(state.lang, "admin.flow.col_unit"), ImGuiTableColumnFlags_WidthStretch, 4);
      if (narrow) {
        ImGui::TableSetupColumn(tr(state.lang, "admin.flow.col_done"), ImGuiTableColumnFlags_WidthStretch, 2);
        ImGui::TableSetupColumn(tr(state.lang, "admin.flow.col_open"), ImGuiTableColumnFlags_WidthStretch, 2);
      } else {
        for (const char* key : {"admin.flow.st_belum", "admin.flow.st_diajukan", "admin.flow.st_dinilai",
                                "admin.flow.st_terlambat", "admin.flow.col_total"})
          ImGui::TableSetupColumn(tr(state.lang, key), ImGuiTableColumnFlags_WidthStretch, 1.3f);
      }
      ImGui::TableHeadersRow();
      // One row per OPD/kecamatan (tens, not thousands): names may wrap, so no
      // clipper.
      for (const KonsolidasiUnit& row : k.units) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextWrapped(
            "%s", row.unit == kTidakAda ? tr(state.lang, "admin.flow.no_unit") : v.bundle.units[row.unit].name.c_str());
        if (narrow) {
          // On a phone: rated (on time / late) and still open, each as "n".
          ImGui::TableNextColumn();
          ImGui::Text("%d / %d", row.jumlah.dinilai, row.jumlah.terlambat);
          ImGui::TableNextColumn();
          ImGui::Text("%d / %d", row.jumlah.belum_mulai, row.jumlah.diajukan);
        } else {
          for (int n : {row.jumlah.belum_mulai, row.jumlah.diajukan, row.jumlah.dinilai, row.jumlah.terlambat,
                        row.jumlah.total()}) {
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(format_count(state.lang, n).c_str());
          }
        }
      }
      ImGui::EndTable();
      if (narrow) hint(tr(state.lang, "admin.flow.phone_columns"));
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
      AdminUi ui = state.admin_ui;
      ui.tab = "";
      actions.admin_ui = ui;
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
          ImGui::Text("%s / %s", l.collection.c_str(), l.id.c_str());
          ImGui::TableNextColumn();
          ImGui::Text("%s: %s", l.error.pointer.c_str(), msg(state, l.error));
        }
      ImGui::EndTable();
    }
  }
}

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
  ImGui::BeginChild("admin.flow.kal_editor", ImVec2(0, 0),
                    ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding | ImGuiChildFlags_Border);
  char line[300];
  std::snprintf(line, sizeof line, tr(state.lang, "admin.flow.kal_title"), v.bundle.employees[employee].name.c_str());
  widgets::heading(line);
  ImGui::TextUnformatted(tr(state.lang, "admin.flow.kal_now"));
  ImGui::SameLine();
  predikat_chip(state, now);
  std::snprintf(line, sizeof line, "%s: %s · %s: %s", tr(state.lang, "admin.flow.rating_hk"),
                widgets::rating_label(state.lang, s->rating_hasil_kerja), tr(state.lang, "admin.flow.rating_pk"),
                widgets::rating_label(state.lang, s->rating_perilaku));
  widgets::paragraph(line);
  ImGui::TextUnformatted(tr(state.lang, "admin.flow.kal_new"));
  bool first = true;
  for (int i = 5; i >= 1; --i) {
    const auto p = static_cast<Predikat>(i);
    char label[160];
    std::snprintf(label, sizeof label, "%s##admin.flow.kal_predikat.%s", widgets::predikat_label(state.lang, p),
                  std::string(to_string(p)).c_str());
    if (!first) widgets::same_line_if_fits(ImGui::CalcTextSize(label).x + 40);
    first = false;
    if (ImGui::RadioButton(label, f.kal_predikat == i)) {
      AdminFlowUi g = flow_of(state, actions);
      g.kal_predikat = i;
      g.kal_error.clear();
      set_flow(state, actions, g);
    }
  }
  ImGui::TextUnformatted(tr(state.lang, "admin.flow.kal_note"));
  std::string note = f.kal_note;
  if (ImGui::InputTextMultiline("##admin.flow.kal_note", &note, ImVec2(-1, ImGui::GetTextLineHeight() * 4))) {
    AdminFlowUi g = flow_of(state, actions);
    g.kal_note = note;
    set_flow(state, actions, g);
  }
  hint(tr(state.lang, "admin.flow.kal_note_help"));
  error_text(f.kal_error);
  if (widgets::action_button(state.lang, "admin.flow.kal_save")) {
    AdminFlowUi g = flow_of(state, actions);
    const std::string& ev_id = s->evaluation == kTidakAda ? std::string() : v.bundle.evaluations[s->evaluation].meta.id;
    const nlohmann::json* current = ev_id.empty() ? nullptr : find_record(state.data.local.store, "evaluations", ev_id);
    const auto edit = kalibrasi_record(current ? *current : nlohmann::json(), now,
                                       static_cast<Predikat>(f.kal_predikat), f.kal_note, today(state));
    if (!edit.ok()) {
      g.kal_error = join_errors(state, edit.errors);
    } else {
      nlohmann::json record = edit.record;
      actions.edits.push_back({"evaluations", std::move(record), "admin"});
      std::snprintf(line, sizeof line, tr(state.lang, "admin.flow.kal_done"),
                    v.bundle.employees[employee].name.c_str());
      g.done = line;
      g.kal_employee_id.clear();
      g.kal_predikat = 0;
      g.kal_note.clear();
      g.kal_error.clear();
    }
    set_flow(state, actions, g);
  }
  widgets::same_line_if_fits(ImGui::CalcTextSize(tr(state.lang, "admin.flow.cancel")).x + 40);
  if (widgets::action_button(state.lang, "admin.flow.cancel")) {
    AdminFlowUi g = flow_of(state, actions);
    g.kal_employee_id.clear();
    g.kal_predikat = 0;
    g.kal_note.clear();
    g.kal_error.clear();
    set_flow(state, actions, g);
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
  ImGui::TextUnformatted(tr(state.lang, "admin.flow.units_cko"));
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
          g.kal_employee_id.clear();
          g.kal_error.clear();
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
    hint(counts.c_str());
  }
  if (k.peringatan.empty()) {
    widgets::note_box("admin.flow.curve_ok", tr(state.lang, "admin.flow.curve_ok"));
  } else {
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(0.99f, 0.93f, 0.88f, 1.0f));
    ImGui::BeginChild("admin.flow.warnings", ImVec2(0, 0),
                      ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding);
    ImGui::TextWrapped("%s", tr(state.lang, "admin.flow.curve_warn"));
    for (const auto& w : k.peringatan) {
      ImGui::Bullet();  // BulletText would not wrap on a phone
      ImGui::TextWrapped("%s", state.lang == Lang::id ? w.pesan_id.c_str() : w.pesan_en.c_str());
    }
    ImGui::EndChild();
    ImGui::PopStyleColor();
  }
  if (!state.admin_ui.flow.done.empty()) widgets::note_box("admin.flow.done", state.admin_ui.flow.done.c_str());

  const bool locked = v.bundle.periods[period].locked;
  if (locked) locked_note(state, actions);
  const std::size_t editing = find_employee(v, state.admin_ui.flow.kal_employee_id);
  if (editing != kTidakAda && !locked) draw_kalibrasi_editor(state, actions, editing, period);

  ImGui::SeparatorText(tr(state.lang, "admin.flow.employees"));
  const bool narrow = phone(state);
  if (ImGui::BeginTable("admin.flow.kal_table", narrow ? 3 : 4, kTableFlags)) {
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
        ImGui::TextUnformatted(e.name.c_str());
        if (!narrow) {
          ImGui::TableNextColumn();
          ImGui::TextUnformatted(e.jabatan.c_str());
        }
        ImGui::TableNextColumn();
        predikat_chip(state, p);
        ImGui::TableNextColumn();
        if (p != Predikat::invalid && !locked) {
          char label[200];
          std::snprintf(label, sizeof label, "%s##admin.flow.kal.%s", tr(state.lang, "admin.flow.kal_change"),
                        e.meta.id.c_str());
          if (ImGui::SmallButton(label)) {
            AdminFlowUi g = state.admin_ui.flow;
            g.kal_employee_id = e.meta.id;
            g.kal_predikat = 0;
            g.kal_note.clear();
            g.kal_error.clear();
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

  ImGui::BeginChild("admin.flow.kb_editor", ImVec2(0, 0),
                    ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding | ImGuiChildFlags_Border);
  char line[400];
  std::snprintf(line, sizeof line, tr(state.lang, "admin.flow.kb_title"), e.name.c_str());
  widgets::heading(line);
  ImGui::TextUnformatted(tr(state.lang, "admin.flow.kal_now"));
  ImGui::SameLine();
  predikat_chip(state, now);
  ImGui::SeparatorText(tr(state.lang, "admin.flow.kb_text"));
  widgets::paragraph(kb.text.c_str());
  std::snprintf(line, sizeof line, "%s: %s", tr(state.lang, "admin.flow.kb_submitted"),
                kb.submitted.empty() ? kDash : format_datetime_wita(state.lang, kb.submitted).c_str());
  hint(line);
  ImGui::SeparatorText(tr(state.lang, "admin.flow.kb_explanation"));
  std::snprintf(
      line, sizeof line, "%s (%s)",
      kb.penjelasan_penilai.empty() ? tr(state.lang, "admin.flow.kb_no_explanation") : kb.penjelasan_penilai.c_str(),
      penilai == kTidakAda ? kDash : v.bundle.employees[penilai].name.c_str());
  widgets::paragraph(line);

  ImGui::SeparatorText(tr(state.lang, "admin.flow.kb_decision"));
  if (kb.decision) {
    std::snprintf(line, sizeof line, tr(state.lang, "admin.flow.kb_decided"),
                  tr(state.lang,
                     *kb.decision == KeputusanKeberatan::diterima ? "admin.flow.kb_diterima" : "admin.flow.kb_ditolak"),
                  kb.decision_note.c_str());
    widgets::paragraph(line);
    hint(tr(state.lang, "admin.flow.kb_change_help"));
  }
  std::snprintf(
      line, sizeof line, "%s: %s", tr(state.lang, "admin.flow.kb_decider"),
      atasan == kTidakAda ? tr(state.lang, "admin.flow.kb_no_atasan") : v.bundle.employees[atasan].name.c_str());
  widgets::paragraph(line);
  for (auto d : {KeputusanKeberatan::diterima, KeputusanKeberatan::ditolak}) {
    char label[160];
    std::snprintf(
        label, sizeof label, "%s##admin.flow.kb_decision.%s",
        tr(state.lang, d == KeputusanKeberatan::diterima ? "admin.flow.kb_diterima" : "admin.flow.kb_ditolak"),
        std::string(to_string(d)).c_str());
    if (d == KeputusanKeberatan::ditolak) ImGui::SameLine();
    if (ImGui::RadioButton(label, f.kb_decision == static_cast<int>(d))) {
      AdminFlowUi g = flow_of(state, actions);
      g.kb_decision = static_cast<int>(d);
      if (d == KeputusanKeberatan::ditolak) g.kb_predikat = 0;
      g.kb_error.clear();
      set_flow(state, actions, g);
    }
  }
  if (f.kb_decision == static_cast<int>(KeputusanKeberatan::diterima)) {
    ImGui::TextUnformatted(tr(state.lang, "admin.flow.kb_predikat"));
    bool first = true;
    for (int i = 5; i >= 1; --i) {
      const auto p = static_cast<Predikat>(i);
      char label[160];
      std::snprintf(label, sizeof label, "%s##admin.flow.kb_predikat.%s", widgets::predikat_label(state.lang, p),
                    std::string(to_string(p)).c_str());
      if (!first) widgets::same_line_if_fits(ImGui::CalcTextSize(label).x + 40);
      first = false;
      if (ImGui::RadioButton(label, f.kb_predikat == i)) {
        AdminFlowUi g = flow_of(state, actions);
        g.kb_predikat = i;
        g.kb_error.clear();
        set_flow(state, actions, g);
      }
    }
  }
  ImGui::TextUnformatted(tr(state.lang, "admin.flow.kb_note"));
  std::string note = f.kb_note;
  if (ImGui::InputTextMultiline("##admin.flow.kb_note", &note, ImVec2(-1, ImGui::GetTextLineHeight() * 4))) {
    AdminFlowUi g = flow_of(state, actions);
    g.kb_note = note;
    set_flow(state, actions, g);
  }
  error_text(f.kb_error);
  const bool locked = v.bundle.periods[s.period].locked;
  if (locked) locked_note(state, actions);
  ImGui::BeginDisabled(locked);
  const bool save = widgets::action_button(state.lang, "admin.flow.kb_save");
  ImGui::EndDisabled();
  if (save && !locked) {
    AdminFlowUi g = flow_of(state, actions);
    KeputusanKeberatanInput in;
    if (f.kb_decision != 0) in.decision = static_cast<KeputusanKeberatan>(f.kb_decision);
    in.note = f.kb_note;
    if (f.kb_predikat != 0) in.predikat_akhir = static_cast<Predikat>(f.kb_predikat);
    if (atasan != kTidakAda) in.decided_by = v.bundle.employees[atasan].meta.id;
    const nlohmann::json* current = find_record(state.data.local.store, "evaluations", ev.meta.id);
    const auto edit = putuskan_keberatan(current ? *current : nlohmann::json(), now, in);
    if (!edit.ok()) {
      g.kb_error = join_errors(state, edit.errors);
    } else {
      actions.edits.push_back({"evaluations", edit.record, "admin"});
      std::snprintf(line, sizeof line, tr(state.lang, "admin.flow.kb_done"), e.name.c_str());
      g.done = line;
      g.kb_evaluation_id.clear();
      g.kb_decision = 0;
      g.kb_predikat = 0;
      g.kb_note.clear();
      g.kb_error.clear();
    }
    set_flow(state, actions, g);
  }
  widgets::same_line_if_fits(ImGui::CalcTextSize(tr(state.lang, "admin.flow.cancel")).x + 40);
  if (widgets::action_button(state.lang, "admin.flow.cancel")) {
    AdminFlowUi g = flow_of(state, actions);
    g.kb_evaluation_id.clear();
    g.kb_decision = 0;
    g.kb_predikat = 0;
    g.kb_note.clear();
    g.kb_error.clear();
    set_flow(state, actions, g);
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
    if (v.bundle.evaluations[s.evaluation].meta.id == state.admin_ui.flow.kb_evaluation_id) {
      draw_keberatan_editor(state, actions, s);
      break;
    }
  }
  const bool narrow = phone(state);
  if (!ImGui::BeginTable("admin.flow.kb_table", narrow ? 3 : 5, kTableFlags)) return;
  ImGui::TableSetupColumn(tr(state.lang, "admin.flow.col_name"), ImGuiTableColumnFlags_WidthStretch, 3);
  if (!narrow) {
    ImGui::TableSetupColumn(tr(state.lang, "admin.flow.col_predikat"), ImGuiTableColumnFlags_WidthStretch, 2);
    ImGui::TableSetupColumn(tr(state.lang, "admin.flow.kb_submitted"), ImGuiTableColumnFlags_WidthStretch, 2);
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
      ImGui::TextUnformatted(v.bundle.employees[s.employee].name.c_str());
      if (!narrow) {
        ImGui::TableNextColumn();
        predikat_chip(state, predikat_penetapan(v, s));
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(kb.submitted.empty() ? kDash : format_date(state.lang, kb.submitted).c_str());
      }
      ImGui::TableNextColumn();
      const char* st = !kb.decision                                   ? "admin.flow.kb_pending"
                       : *kb.decision == KeputusanKeberatan::diterima ? "admin.flow.kb_diterima"
                                                                      : "admin.flow.kb_ditolak";
      widgets::chip(tr(state.lang, st), !kb.decision ? IM_COL32(232, 178, 48, 255) : IM_COL32(110, 116, 124, 255),
                    !kb.decision ? IM_COL32(40, 30, 0, 255) : IM_COL32(255, 255, 255, 255));
      ImGui::TableNextColumn();
      char label[200];
      std::snprintf(label, sizeof label, "%s##admin.flow.kb.%s",
                    tr(state.lang, kb.decision ? "admin.flow.kb_open" : "admin.flow.kb_decide"), ev.meta.id.c_str());
      if (ImGui::SmallButton(label)) {
        AdminFlowUi g = state.admin_ui.flow;
        g.kb_evaluation_id = ev.meta.id;
        g.kb_decision = kb.decision ? static_cast<int>(*kb.decision) : 0;
        g.kb_predikat = kb.predikat_akhir ? static_cast<int>(*kb.predikat_akhir) : 0;
        g.kb_note = kb.decision_note;
        g.kb_error.clear();
        g.done.clear();
        set_flow(state, actions, g);
      }
    }
  ImGui::EndTable();
}

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
  if (ImGui::InputTextWithHint("##admin.flow.search", tr(state.lang, "admin.flow.search_hint"), &search)) {
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
      ImGui::TextUnformatted(emp.name.c_str());
      if (!narrow) {
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(emp.nip.c_str());
        ImGui::TableNextColumn();
        const SkorPegawai* s = find_skor(v, e, period);
        predikat_chip(state, s ? predikat_penetapan(v, *s) : Predikat::invalid);
      }
      ImGui::TableNextColumn();
      char label[200];
      std::snprintf(label, sizeof label, "%s##admin.flow.doc.%s", tr(state.lang, "admin.flow.doc_open"),
                    emp.meta.id.c_str());
      if (ImGui::SmallButton(label)) {
        actions.print_html = lembar_evaluasi_html(v, e, period, today(state));
        AdminFlowUi g = state.admin_ui.flow;
        g.doc_employee_id = emp.meta.id;
        set_flow(state, actions, g);
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

void draw_terbitkan(const AppState& state, Actions& actions, std::size_t period) {
  const CityView& v = *state.view;
  widgets::paragraph(tr(state.lang, "admin.flow.terbitkan_help"));
  const Publik& pub = cached_publik(state);
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
        ImGui::TextWrapped("%s", name.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(count_or_dash(state, row.pegawai).c_str());
        ImGui::TableNextColumn();
        ImGui::PushID(r);
        widgets::predikat_bar("admin.flow.publik_bar", publik_counts(row), ImGui::GetContentRegionAvail().x);
        ImGui::PopID();
        if (!narrow) {
          ImGui::TableNextColumn();
          ImGui::TextUnformatted(format_percent(state.lang, row.persen_tepat_waktu, 1).c_str());
          ImGui::TableNextColumn();
          ImGui::TextUnformatted(format_percent(state.lang, row.median_capaian, 1).c_str());
        }
      }
      ImGui::EndTable();
    }
    hint(tr(state.lang, "admin.flow.suppressed_help"));
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
  ImGui::BeginDisabled(!state.admin_ui.flow.approved || !pp);
  if (widgets::action_button(state.lang, "admin.flow.publish")) {
    actions.publish_publik = true;
    AdminFlowUi g = state.admin_ui.flow;
    g.done = tr(state.lang, "admin.flow.published");
    set_flow(state, actions, g);
  }
  ImGui::EndDisabled();
  if (!state.admin_ui.flow.approved) hint(tr(state.lang, "admin.flow.publish_wait"));
  if (!state.admin_ui.flow.done.empty()) widgets::note_box("admin.flow.done", state.admin_ui.flow.done.c_str());
  ImGui::SeparatorText(tr(state.lang, "admin.flow.howto"));
  widgets::paragraph(tr(state.lang, "admin.flow.howto_body"));
}

}  // namespace

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
                      {"kal_employee_id", f.kal_employee_id},
                      {"kal_error", f.kal_error},
                      {"kb_evaluation_id", f.kb_evaluation_id},
                      {"kb_error", f.kb_error},
                      {"doc_employee_id", f.doc_employee_id},
                      {"done", f.done}};
  if (!state.view || state.view->bundle.periods.empty()) return j;
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
  if (const std::size_t e = find_employee(v, f.kal_employee_id); e != kTidakAda)
    if (const SkorPegawai* s = find_skor(v, e, period)) j["kal_current"] = to_string(predikat_penetapan(v, *s));
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
