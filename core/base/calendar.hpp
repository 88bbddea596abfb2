// The one calendar: civil dates, ISO timestamps and Samarinda's day.
//
// Samarinda keeps WITA (Asia/Makassar, UTC+8, no daylight saving), so "today"
// for every screen and the CLI is the WITA date of the current instant: a day
// starts at 16:00 UTC of the UTC day before. Everything here is exact integer
// arithmetic on the proleptic Gregorian calendar and never touches the C
// library's time zone state, so native and wasm agree to the millisecond.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kinerja {

inline constexpr std::int64_t kMsPerHour = 3'600'000;
inline constexpr std::int64_t kMsPerDay = 86'400'000;
// WITA, UTC+8: a local day ends at 16:00 UTC.
inline constexpr std::int64_t kWitaOffsetMs = 8 * kMsPerHour;

struct CivilDate {
  std::int64_t year = 1970;
  unsigned month = 1;  // 1..12
  unsigned day = 1;    // 1..31
};

// Civil date → days since 1970-01-01; nullopt if not a real date.
std::optional<std::int64_t> days_from_civil(int year, int month, int day);
// Days since 1970-01-01 → civil date (any day, negative included).
CivilDate civil_from_days(std::int64_t days);

// "yyyy-mm-dd" → days since 1970-01-01; nullopt if not a real date.
std::optional<std::int64_t> parse_date(std::string_view);
// Days since 1970-01-01 → "yyyy-mm-dd".
std::string format_date(std::int64_t days);

// ISO 8601 UTC "yyyy-mm-ddThh:mm:ss[.f{1,9}]Z" → milliseconds since the epoch.
std::optional<std::int64_t> parse_timestamp_ms(std::string_view);
// Milliseconds since the epoch → "yyyy-mm-ddThh:mm:ssZ" (".fff" only when the
// instant is not a whole second).
std::string format_timestamp_ms(std::int64_t ms);

// The WITA day (days since 1970-01-01) an instant falls on.
std::int64_t wita_day(std::int64_t ms);
// Today in Samarinda as "yyyy-mm-dd", for an instant in ms since the epoch.
std::string today_wita(std::int64_t now_ms);
// The instant a WITA day begins, in ms since the epoch.
std::int64_t wita_day_start_ms(std::int64_t day);

}  // namespace kinerja
