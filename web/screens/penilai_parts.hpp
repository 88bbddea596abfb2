// The Penilai screen's parts (web/screens/penilai*.cpp), shared between its files.
#pragma once
#include "core/view/city_view.hpp"
#include "web/app_state.hpp"

#include <imgui.h>

#include <string>

namespace kinerja::web::penilai {

// The period shown: the chosen one, else the core's default for today.
std::size_t current_period(const AppState&, const PenilaiUi&);

// Secondary text in the muted colour, wrapped (never clipped on a phone).

// The team queue, its counts, filters, bulk "Sesuai" and the curve.
void draw_queue(const AppState&, PenilaiUi& ui, Actions&, std::size_t rater, std::size_t period);
// One member's indicators, self-assessment, ratings, feedback and trainings.
void draw_member(const AppState&, PenilaiUi& ui, Actions&, std::size_t employee, std::size_t period);

// The member's draft as stored in their evaluation (or empty when there is none).
PenilaiDraft load_draft(const CityView&, std::size_t employee, std::size_t period);

// Who writes the rater's changes: the rater's NIP.
std::string rater_nip(const AppState&, const PenilaiUi&);

} // namespace kinerja::web::penilai
