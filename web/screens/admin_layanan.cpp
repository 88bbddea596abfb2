// Admin › Layanan: a service unit's own data in one period — its register
// totals per service, its complaints by channel, its SKM answers — and what the
// core measures from them for the unit's employees (indicators with a source).
// A day's total can be typed here; a register or an SP4N-LAPOR! export comes in
// as CSV through the ordinary import (core/workflow/layanan_csv), for this unit
// when the file names none.
#include "web/a11y_text.hpp"
#include "web/screens/admin_parts.hpp"

#include "core/view/layanan_view.hpp"
#include "core/workflow/kiriman_warga.hpp"
#include "core/workflow/layanan_csv.hpp"
#include "web/format.hpp"
#include "web/i18n.hpp"
#include "web/platform.hpp"
#include "web/screens/admin_master_parts.hpp"
#include "web/screens/terukur_block.hpp"
#include "web/widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <cstdio>
#include <string>

namespace kinerja::web {

namespace {

constexpr const char* kKanalKeys[] = {"",
                                      "layanan.kanal.kiosk",
                                      "layanan.kanal.web",
                                      "layanan.kanal.lapor",
                                      "layanan.kanal.telepon",
                                      "layanan.kanal.langsung",
                                      "layanan.kanal.surat",
                                      "layanan.kanal.media_sosial",
                                      "layanan.kanal.lainnya"};

// The unit chosen, or the first service unit.
std::size_t chosen_unit(const CityView& v, const std::string& picked) {
  if (!picked.empty())
    if (const std::size_t u = find_unit(v, picked); u != kTidakAda) return u;
  for (std::size_t u = 0; u < v.bundle.units.size(); ++u)
    if (v.bundle.units[u].is_service_unit) return u;
  return kTidakAda;
}

// The period chosen, or the latest quarter with any of the unit's data (the
// current one has none yet on its first days).
std::size_t chosen_layanan_period(const CityView& v, std::size_t unit, const std::string& picked) {
  if (!picked.empty())
    if (const std::size_t p = find_period(v, picked); p != kTidakAda) return p;
  const auto order = periods_in_order(v);
  for (auto it = order.rbegin(); it != order.rend(); ++it) {
    if (v.bundle.periods[*it].jenis == JenisPeriode::tahunan) continue;
    const RingkasanLayananUnit r = ringkasan_layanan(v, unit, *it);
    if (r.responden > 0 || r.pengaduan > 0 || !r.volume.empty()) return *it;
  }
  const std::string id = master::chosen_period(v, "");
  return id.empty() ? kTidakAda : find_period(v, id);
}

void draw_pickers(const AppState& state, Actions& actions, std::size_t unit, std::size_t period) {
  const Lang lang = state.lang;
  const CityView& v = *state.view;
  a11y::TextUnformatted(tr(lang, "layanan.unit"));
  ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 22));
  if (widgets::begin_combo("##admin.layanan.unit", unit == kTidakAda ? "" : v.bundle.units[unit].name.c_str())) {
    for (std::size_t u = 0; u < v.bundle.units.size(); ++u) {
      if (!v.bundle.units[u].is_service_unit) continue;
      const std::string item = v.bundle.units[u].name + "##admin.layanan.unit." + v.bundle.units[u].meta.id;
      if (ImGui::Selectable(item.c_str(), u == unit)) {
        AdminLayananUi& ui = ui_draft(actions.admin_ui, state.admin_ui).layanan;
        ui.unit_id = v.bundle.units[u].meta.id;
        ui.error.clear();
        ui.done.clear();
      }
    }
    ImGui::EndCombo();
  }
  a11y::TextUnformatted(tr(lang, "layanan.period"));
  ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 16));
  if (widgets::begin_combo("##admin.layanan.period", period == kTidakAda ? "" : v.bundle.periods[period].name.c_str())) {
    const auto order = periods_in_order(v);
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
      const Period& p = v.bundle.periods[*it];
      const std::string item = p.name + "##admin.layanan.period." + p.meta.id;
      if (ImGui::Selectable(item.c_str(), *it == period))
        ui_draft(actions.admin_ui, state.admin_ui).layanan.period_id = p.meta.id;
    }
    ImGui::EndCombo();
  }
}

void draw_volumes(Lang lang, const RingkasanLayananUnit& r) {
  ImGui::SeparatorText(tr(lang, "layanan.volume_title"));
  if (r.volume.empty()) {
    widgets::empty_state("admin.layanan.no_volume", tr(lang, "layanan.no_volume"));
    return;
  }
  if (ImGui::BeginTable("admin.layanan.volume", 4, ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg)) {
    ImGui::TableSetupColumn(tr(lang, "layanan.col.layanan"));
    ImGui::TableSetupColumn(tr(lang, "layanan.col.hari"));
    ImGui::TableSetupColumn(tr(lang, "layanan.col.jumlah"));
    ImGui::TableSetupColumn(tr(lang, "layanan.col.rata"));
    ImGui::TableHeadersRow();
    for (const auto& row : r.volume) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      a11y::TextUnformatted(row.layanan.c_str());
      ImGui::TableNextColumn();
      a11y::TextUnformatted(format_count(lang, row.hari).c_str());
      ImGui::TableNextColumn();
      const long long total = row.total_periode ? *row.total_periode : row.jumlah_hari;
      a11y::TextUnformatted(format_count(lang, total).c_str());
      ImGui::TableNextColumn();
      const std::string mean =
          row.hari > 0 ? format_number(lang, static_cast<double>(row.jumlah_hari) / row.hari, 1) : std::string("\xE2\x80\x94");
      a11y::TextUnformatted(mean.c_str());
    }
    ImGui::EndTable();
  }
}

void draw_citizens(Lang lang, const RingkasanLayananUnit& r) {
  ImGui::SeparatorText(tr(lang, "layanan.warga_title"));
  char line[200];
  std::snprintf(line, sizeof line, tr(lang, "layanan.responden"), format_count(lang, r.responden).c_str());
  widgets::paragraph(line);
  std::string kanal;
  for (std::size_t k = 1; k < r.per_kanal.size(); ++k) {
    if (r.per_kanal[k] == 0) continue;
    if (!kanal.empty()) kanal += " \xC2\xB7 ";
    kanal += std::string(tr(lang, kKanalKeys[k])) + " " + format_count(lang, r.per_kanal[k]);
  }
  std::snprintf(line, sizeof line, tr(lang, "layanan.pengaduan"), format_count(lang, r.pengaduan).c_str());
  widgets::paragraph((std::string(line) + (kanal.empty() ? "" : ": " + kanal)).c_str());
}

void draw_measured(Lang lang, const CityView& v, const RingkasanLayananUnit& r) {
  ImGui::SeparatorText(tr(lang, "layanan.terukur_title"));
  widgets::hint(tr(lang, "layanan.terukur_help"));
  if (r.terukur.empty()) {
    widgets::empty_state("admin.layanan.no_terukur", tr(lang, "layanan.no_terukur"));
    return;
  }
  for (const std::size_t i : r.terukur) {
    const RealisasiTerukur& t = v.report.terukur[i];
    ImGui::PushID(static_cast<int>(i));
    widgets::bullet(tr(lang, sumber_key(t.jenis)));
    ImGui::Indent();
    const std::string id = "admin.layanan.terukur." + std::string(to_string(t.jenis));
    widgets::note_box(id.c_str(), terukur_asal(lang, t).c_str());
    ImGui::Unindent();
    ImGui::PopID();
  }
}

void draw_entry(const AppState& state, Actions& actions, std::size_t unit) {
  const Lang lang = state.lang;
  const AdminLayananUi& stored = state.admin_ui.layanan;
  ImGui::SeparatorText(tr(lang, "layanan.entry_title"));
  widgets::paragraph(tr(lang, "layanan.entry_help"));
  AdminLayananUi draft = stored;
  const float w = std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 16);
  a11y::TextUnformatted(tr(lang, "layanan.tanggal"));
  ImGui::SetNextItemWidth(w);
  a11y::InputTextWithHint("##admin.layanan.tanggal", "2026-04-01", &draft.tanggal);
  a11y::TextUnformatted(tr(lang, "layanan.layanan"));
  ImGui::SetNextItemWidth(w);
  a11y::InputTextWithHint("##admin.layanan.layanan", tr(lang, "layanan.layanan_hint"), &draft.layanan);
  a11y::TextUnformatted(tr(lang, "layanan.jumlah"));
  ImGui::SetNextItemWidth(std::min(w, ImGui::GetFontSize() * 8));
  a11y::InputTextWithHint("##admin.layanan.jumlah", "64", &draft.jumlah);
  if (!(draft == stored)) ui_draft(actions.admin_ui, state.admin_ui).layanan = draft;
  if (widgets::action_button(lang, "layanan.save")) {
    AdminLayananUi& ui = ui_draft(actions.admin_ui, state.admin_ui).layanan;
    const std::string unit_id = unit == kTidakAda ? std::string() : state.view->bundle.units[unit].meta.id;
    const OperationResult r = simpan_volume_layanan(state.data.local.store, unit_id, draft.tanggal, draft.layanan, draft.jumlah);
    if (!r.ok()) {
      ui.error = format_error(r.errors.front(), lang == Lang::id ? ErrorLanguage::id : ErrorLanguage::en);
      ui.done.clear();
    } else {
      actions.push(r, "admin");
      ui.error.clear();
      ui.done = tr(lang, "layanan.saved");
      ui.jumlah.clear();
    }
  }
  if (!stored.error.empty()) widgets::error_text(stored.error);
  if (!stored.done.empty()) widgets::note_box("admin.layanan.done", stored.done.c_str());
}

void draw_kiriman(const AppState& state, Actions& actions) {
  const Lang lang = state.lang;
  ImGui::SeparatorText(tr(lang, "layanan.kiriman_title"));
  widgets::paragraph(tr(lang, "layanan.kiriman_help"));
  std::string text = state.admin_ui.layanan.kiriman;
  a11y::InputTextMultiline("##admin.layanan.kiriman", &text,
                            ImVec2(ImGui::GetContentRegionAvail().x, ImGui::GetTextLineHeightWithSpacing() * 3.5f));
  if (text != state.admin_ui.layanan.kiriman) ui_draft(actions.admin_ui, state.admin_ui).layanan.kiriman = text;
  if (widgets::action_button(lang, "layanan.kiriman_simpan")) {
    AdminLayananUi& ui = ui_draft(actions.admin_ui, state.admin_ui).layanan;
    const OperationResult r =
        simpan_kiriman(state.view->bundle, state.data.local.store, default_rules(), baca_kiriman(text), state.data.local.device);
    if (!r.ok()) {
      ui.kiriman_error = format_error(r.errors.front(), lang == Lang::id ? ErrorLanguage::id : ErrorLanguage::en);
      ui.kiriman_done.clear();
    } else {
      actions.push(r, "admin");
      ui.kiriman_error.clear();
      ui.kiriman_done = tr(lang, "layanan.kiriman_saved");
      ui.kiriman.clear();
    }
  }
  if (!state.admin_ui.layanan.kiriman_error.empty()) widgets::error_text(state.admin_ui.layanan.kiriman_error);
  if (!state.admin_ui.layanan.kiriman_done.empty())
    widgets::note_box("admin.layanan.kiriman_done", state.admin_ui.layanan.kiriman_done.c_str());
}

void draw_files(const AppState& state, Actions& actions) {
  const Lang lang = state.lang;
  ImGui::SeparatorText(tr(lang, "layanan.files_title"));
  widgets::paragraph(tr(lang, "layanan.files_help"));
  if (widgets::action_button(lang, "layanan.import")) actions.open_import = true;
  struct Example { const char* id; const char* title; std::string_view text; const char* file; };
  const Example examples[] = {
      {"##admin.layanan.example.volume", "layanan.example_volume", volume_csv_example(), "contoh-rekap-layanan.csv"},
      {"##admin.layanan.example.lapor", "layanan.example_lapor", lapor_csv_example(), "contoh-sp4n-lapor.csv"}};
  for (const auto& e : examples) {
    widgets::paragraph(tr(lang, e.title));
    std::string text(e.text);
    a11y::InputTextMultiline(e.id, &text,
                              ImVec2(ImGui::GetContentRegionAvail().x, ImGui::GetTextLineHeightWithSpacing() * 4.5f),
                              ImGuiInputTextFlags_ReadOnly);
    const std::string label = std::string(tr(lang, "layanan.download")) + "##admin.layanan.download." + e.file;
    if (ImGui::Button(label.c_str())) platform::download(e.file, e.text, "text/csv");
  }
}

} // namespace

void draw_admin_layanan(const AppState& state, Actions& actions) {
  const Lang lang = state.lang;
  if (!state.view) return;
  const CityView& v = *state.view;
  widgets::paragraph(tr(lang, "layanan.intro"));
  const std::size_t unit = chosen_unit(v, state.admin_ui.layanan.unit_id);
  if (unit == kTidakAda) {
    widgets::empty_state("admin.layanan.no_unit", tr(lang, "layanan.no_unit"));
    return;
  }
  const std::size_t period = chosen_layanan_period(v, unit, state.admin_ui.layanan.period_id);
  draw_pickers(state, actions, unit, period);
  if (period == kTidakAda) return;
  const RingkasanLayananUnit r = ringkasan_layanan(v, unit, period);
  draw_measured(lang, v, r);
  draw_volumes(lang, r);
  draw_citizens(lang, r);
  draw_entry(state, actions, unit);
  draw_kiriman(state, actions);
  draw_files(state, actions);
}

nlohmann::json admin_layanan_test_state(const AppState& state) {
  nlohmann::json j = {{"unit_id", ""}, {"period_id", ""}, {"error", state.admin_ui.layanan.error},
                      {"done", state.admin_ui.layanan.done}, {"kiriman_error", state.admin_ui.layanan.kiriman_error},
                      {"kiriman_done", state.admin_ui.layanan.kiriman_done}};
  if (!state.view) return j;
  const CityView& v = *state.view;
  const std::size_t unit = chosen_unit(v, state.admin_ui.layanan.unit_id);
  if (unit == kTidakAda) return j;
  const std::size_t period = chosen_layanan_period(v, unit, state.admin_ui.layanan.period_id);
  j["unit_id"] = v.bundle.units[unit].meta.id;
  if (period == kTidakAda) return j;
  j["period_id"] = v.bundle.periods[period].meta.id;
  const RingkasanLayananUnit r = ringkasan_layanan(v, unit, period);
  j["responden"] = r.responden;
  j["pengaduan"] = r.pengaduan;
  nlohmann::json kanal = nlohmann::json::object();
  for (std::size_t k = 1; k < r.per_kanal.size(); ++k)
    if (r.per_kanal[k] > 0) kanal[std::string(to_string(static_cast<KanalPengaduan>(k)))] = r.per_kanal[k];
  j["per_kanal"] = kanal;
  nlohmann::json volume = nlohmann::json::array();
  for (const auto& row : r.volume)
    volume.push_back({{"layanan", row.layanan}, {"hari", row.hari}, {"jumlah_hari", row.jumlah_hari},
                      {"total_periode", row.total_periode ? nlohmann::json(*row.total_periode) : nlohmann::json()}});
  j["volume"] = volume;
  nlohmann::json terukur = nlohmann::json::array();
  for (const std::size_t i : r.terukur) {
    const RealisasiTerukur& t = v.report.terukur[i];
    terukur.push_back({{"jenis", std::string(to_string(t.jenis))},
                       {"nilai", t.nilai ? nlohmann::json(*t.nilai) : nlohmann::json()},
                       {"asal", t.nilai ? t.asal_id : t.alasan_id}});
  }
  j["terukur"] = terukur;
  return j;
}

} // namespace kinerja::web
