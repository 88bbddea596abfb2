// The parts of Admin › "Konsolidasi & publikasi" (web/screens/admin_flow*.cpp),
// shared between its files: the figures cache, small layout helpers, and one
// function per section.
#pragma once
#include "core/calc/aggregate.hpp"
#include "core/view/city_view.hpp"
#include "core/workflow/kalibrasi.hpp"
#include "core/view/konsolidasi.hpp"
#include "core/model/model.hpp"
#include "web/app_state.hpp"

#include <imgui.h>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kinerja::web::admin_flow {

// A period's figures, derived from the view and kept in AppState's derived
// cache (recomputed for a new view or period, never per frame): a city's
// consolidation sorts thousands of names, the curve check walks every unit.
// Only the core's results; never a second copy of data.
struct FlowCache {
  Konsolidasi konsolidasi;
  std::vector<RingkasanKurva> units;   // unit_berkurva
  std::vector<std::size_t> keberatan;  // daftar_keberatan
};

// The figures of one period, computed again only for a new view or period.
const FlowCache& cached(const AppState&, std::size_t period);
// One unit's calibration figures in the selected period.
const KalibrasiUnit& cached_kalibrasi(const AppState&, std::size_t unit);
// The public figures and the audit's full report (what it hid and why).
struct FlowPublik {
  Publik publik;
  LaporanAudit laporan;
};
const FlowPublik& cached_publik(const AppState&);
// The audit's line as Terbitkan shows it ("N angka diperiksa, …").
std::string audit_line(Lang, const FlowPublik&);
// Employees matching the search (core/view/pegawai_profil's rule), by name.
const std::vector<std::size_t>& cached_search(const AppState&, const std::string& text);

// Samarinda's calendar day (WITA), "yyyy-mm-dd".
// The period chosen in the Admin screen, else the core's default for today.
std::size_t selected_period(const AppState&);

// The flow's UI state as this frame leaves it (set_flow keeps the Admin screen's other parts).
void set_flow(const AppState&, Actions&, const AdminFlowUi&);
AdminFlowUi flow_of(const AppState&, const Actions&);
template <class Change>
void update_flow(const AppState& state, Actions& actions, Change&& change) {
  AdminFlowUi g = flow_of(state, actions);
  change(g);
  set_flow(state, actions, g);
}
void close_kalibrasi(AdminFlowUi&);
void close_keberatan(AdminFlowUi&);

// Core validation messages in the user's language, one per line.
std::string join_errors(const AppState&, const std::vector<ValidationError>&);
void predikat_chip(const AppState&, Predikat);
// A row of radio buttons, Sangat Baik first; the predikat picked this frame (1..5), or 0.
int predikat_choice(const AppState&, const char* id_prefix, int current);
// A four-line note field; the new text when it was edited this frame.
std::optional<std::string> note_field(const char* id, const std::string& text);
std::array<std::optional<long long>, 6> bar_counts(const JumlahPredikat&);
// A locked period refuses every edit (core/sync/merge); say so before the admin types.
void locked_note(const AppState&, Actions&);
bool phone(const AppState&);

// Tables grow with the page, which scrolls as one (no nested scroll areas to
// trap a thumb on a phone); ImGuiListClipper draws only the rows on screen, so
// 10,000 rows cost what 20 do.
inline constexpr ImGuiTableFlags kTableFlags =
    ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;

// The sections.
void draw_konsolidasi(const AppState&, Actions&, const FlowCache&);                    // admin_flow.cpp
void draw_kalibrasi(const AppState&, Actions&, const FlowCache&, std::size_t period);  // admin_flow_kalibrasi.cpp
void draw_keberatan(const AppState&, Actions&, const FlowCache&);                      // admin_flow_kalibrasi.cpp
void draw_lembar(const AppState&, Actions&, std::size_t period);                       // admin_flow_terbitkan.cpp
void draw_terbitkan(const AppState&, Actions&, std::size_t period);                    // admin_flow_terbitkan.cpp

} // namespace kinerja::web::admin_flow
