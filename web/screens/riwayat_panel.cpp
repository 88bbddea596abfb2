#include "web/screens/riwayat_panel.hpp"

#include "core/rules/rules.hpp"
#include "web/format.hpp"
#include "web/i18n.hpp"
#include "web/widgets.hpp"

#include <imgui.h>

#include <cstdio>

namespace kinerja::web {

namespace {

// The key holder as people know them: the employee's name and NIP, BKPSDM, or the unit's kiosk.
std::string signer_name(const AppState& state, const trust::RiwayatEntry& e) {
  if (e.signer_peran == Peran::admin) return tr(state.lang, "riwayat.admin");
  if (e.signer_peran == Peran::kiosk) return std::string(tr(state.lang, "riwayat.kiosk")) + " " + e.signer;
  if (e.signer.empty()) return e.key_id;
  if (state.view) {
    const std::size_t i = find_employee_by_nip(*state.view, e.signer);
    if (i < state.view->bundle.employees.size()) return state.view->bundle.employees[i].name + " (" + e.signer + ")";
  }
  return e.signer;
}

std::string changed_text(const AppState& state, const trust::RiwayatEntry& e) {
  if (!e.changed.empty() && e.changed.front() == "*") return tr(state.lang, "riwayat.created");
  if (e.changed.empty()) return tr(state.lang, e.whole ? "riwayat.saved_again" : "riwayat.unchanged");
  std::string out = tr(state.lang, "riwayat.changed");
  for (std::size_t i = 0; i < e.changed.size(); ++i) out += (i ? ", " : " ") + e.changed[i];
  return out;
}

}  // namespace

void riwayat_button(const AppState& state, Actions& actions, std::string_view collection, std::string_view record_id,
                    Peran viewer, std::string_view viewer_nip, const std::string& title) {
  const auto& store = state.data.local.store;
  if (record_id.empty() || !state.city_key.anchor) return;
  char label[160];
  std::snprintf(label, sizeof label, "%s##riwayat.%.*s", tr(state.lang, "riwayat.open"), static_cast<int>(record_id.size()),
                record_id.data());
  if (!ImGui::SmallButton(label)) return;
  // the rule is the core's, checked when asked (it reads the whole store's assignments)
  if (!trust::boleh_lihat_riwayat(store, default_rules().kewenangan, viewer, viewer_nip, collection, record_id)) return;
  actions.riwayat = RiwayatUi{true, title, std::string(collection), std::string(record_id),
                              trust::riwayat(store, *state.city_key.anchor, default_rules().kewenangan, collection, record_id)};
}

void draw_riwayat_panel(const AppState& state, Actions& actions) {
  const Lang lang = state.lang;
  const RiwayatUi& r = state.riwayat;
  ImGui::BeginChild("riwayat.panel", ImVec2(0, 0),
                    ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding | ImGuiChildFlags_Border);
  const std::string head = std::string(tr(lang, "riwayat.title")) + ": " + r.title;
  widgets::heading(head.c_str());
  if (r.entries.empty()) widgets::hint(tr(lang, "riwayat.none"));
  for (const auto& e : r.entries) {
    ImGui::Separator();
    const std::string who = format_datetime_wita(lang, e.signed_at) + " · " + signer_name(state, e);
    widgets::paragraph(who.c_str());
    widgets::hint(changed_text(state, e).c_str());
    if (e.valid) {
      widgets::chip(tr(lang, "riwayat.valid"), IM_COL32(11, 110, 79, 255));
    } else {
      widgets::chip(tr(lang, "riwayat.invalid"), IM_COL32(160, 32, 32, 255));
      widgets::error_text(lang == Lang::id ? e.problem_id : e.problem_en);
    }
    if (e.current) {
      ImGui::SameLine();
      widgets::chip(tr(lang, "riwayat.current"), IM_COL32(70, 82, 96, 255));
    }
  }
  if (widgets::action_button(lang, "riwayat.close")) actions.riwayat = RiwayatUi{};
  ImGui::EndChild();
}

nlohmann::json riwayat_test_state(const AppState& state) {
  auto entries = nlohmann::json::array();
  for (const auto& e : state.riwayat.entries)
    entries.push_back({{"signer", e.signer}, {"signed", e.signed_at}, {"changed", e.changed}, {"valid", e.valid},
                       {"current", e.current}, {"whole", e.whole}});
  return {{"open", state.riwayat.open}, {"collection", state.riwayat.collection}, {"id", state.riwayat.id},
          {"entries", std::move(entries)}};
}

}  // namespace kinerja::web
