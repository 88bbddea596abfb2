// Small shared widgets so every screen looks and speaks the same way.
#pragma once
#include "core/calc/score.hpp"
#include "core/model/types.hpp"
#include "web/app_state.hpp"

#include <imgui.h>

#include <array>
#include <optional>
#include <string>

namespace kinerja::web::widgets {

// A heading in the bold face, larger than body text.
void heading(const char* text);
// Wrapped body text (never clipped on a phone).
void paragraph(const char* text);
// A secondary line in the muted text colour that wraps (ImGui::TextDisabled
// would clip on a phone): hints, empty lists, "more not shown".
void hint(const char* text);
// A problem the user must fix, in red, wrapped; nothing when `text` is empty.
void error_text(const char* text);
inline void error_text(const std::string& text) { error_text(text.c_str()); }
// A list item whose text wraps (ImGui::BulletText would run off a phone's edge).
void bullet(const char* text);
// A soft box holding one explanatory line, e.g. that assessment serves development.
void note_box(const char* id, const char* text);
// A button sized for fingers; returns true when pressed. `label` may carry "##id".
bool big_button(const char* label);
// A big button whose text is tr(key) and whose stable id is the key itself
// ("Kembali##action.back_publik"), so tests find it in any language.
bool action_button(Lang lang, const char* key);
// Place the next item on the same line when it fits, else wrap (phone widths).
void same_line_if_fits(float next_width);

// One colour per predikat, the same on every screen and chart (and in the
// legend): red for Sangat Kurang through green for Sangat Baik.
ImU32 predikat_color(Predikat);
// A legacy band's colour by its code ("sangat-baik" … "sangat-kurang", PP 46's "buruk").
ImU32 legacy_color(std::string_view kategori);
// ImGui::BeginCombo that also tells the widget registry its "##id" (BeginCombo
// does not), so browser tests and the test state find the combo.
bool begin_combo(const char* label, const char* preview);
// One colour per status of an assessment (belum mulai, diajukan, dinilai, terlambat), on every screen.
ImU32 status_color(StatusPenilaian);
// The word for an assessment's status, the same on every screen.
const char* status_label(Lang, StatusPenilaian);
// The colours used for a rating (di bawah / sesuai / di atas).
ImU32 rating_color(Rating);
// Mutu pelayanan A (green) .. D (red), for the IKM.
ImU32 mutu_color(char mutu);

// A horizontal stacked bar of the five predikat counts (index = Predikat value,
// index 0 unused), `width` × one text line, drawn with ImDrawList so it is
// crisp at any DPR. Absent (suppressed) counts draw as a hatched grey bar.
// `id` names it for tests; hovering shows each part's count.
void predikat_bar(const char* id, const std::array<std::optional<long long>, 6>& counts, float width);
// The legend for predikat_bar: a coloured square and the predikat's name each.
void predikat_legend(Lang lang);

// A small rounded label with a coloured background ("Terlambat", "A").
void chip(const char* text, ImU32 background, ImU32 foreground = IM_COL32(255, 255, 255, 255));

// A thin line chart of values over periods (absent points are gaps), with
// dots; `labels` (one per value) are written above the points, and the
// axis's two ends (`y_min_label`, `y_max_label`) at its left.
void trend_line(const char* id, const std::vector<std::optional<double>>& values, float width, float height,
                double y_min, double y_max, const std::vector<std::string>& labels = {}, const char* y_min_label = nullptr,
                const char* y_max_label = nullptr);

// An empty state: what is missing and the next step, in one soft box.
void empty_state(const char* id, const char* text);

// The label of a predikat / rating in the user's language.
const char* predikat_label(Lang, Predikat);
const char* rating_label(Lang, Rating);

} // namespace kinerja::web::widgets
