// Numbers and dates as a reader in Samarinda writes them: "88,31", "1.250",
// "28 November 2026" (Indonesian), "88.31", "1,250", "28 November 2026" (English).
// Display only: figures are computed by the core and rounded here for the eye.
#pragma once
#include "core/calc/legacy.hpp"
#include "core/model/types.hpp"
#include "web/lang.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace kinerja::web {

// A number with `decimals` places, rounded half away from zero; grouped thousands.
std::string format_number(Lang, double value, int decimals);
// The regulation a period's method follows, as people name it ("PP 30/2019").
const char* metode_label(MetodePenilaian);
// " (Baik)" after a legacy nilai that has a band, "" when it has none (an 8/2021 nilai SKP).
std::string band_suffix(Lang, const NilaiLegacy&);
// An integer count with grouped thousands ("1.250").
std::string format_count(Lang, long long value);
// "88,31%" — or "—" when the figure is absent (suppressed or not computed).
std::string format_percent(Lang, std::optional<double> value, int decimals = 2);
// "—" for an absent figure, else format_number.
std::string format_optional(Lang, std::optional<double> value, int decimals);
// "yyyy-mm-dd" (or the date part of an ISO timestamp) → "28 November 2026";
// the input unchanged when it is not a date.
std::string format_date(Lang, std::string_view iso);
// An ISO 8601 UTC timestamp → "28 November 2026 14.05 WITA" (Samarinda's time).
std::string format_datetime_wita(Lang, std::string_view iso);

// The dash shown for a figure that is not published.
inline constexpr const char* kDash = "\xE2\x80\x94";

} // namespace kinerja::web
