// The one calendar (see calendar.hpp).
#include "core/base/calendar.hpp"

#include <cstdio>

#include "core/base/text.hpp"

namespace kinerja {
namespace {

// n ASCII digits at pos, or -1.
int digits(std::string_view s, std::size_t pos, std::size_t n) {
  if (pos + n > s.size()) return -1;
  int v = 0;
  for (std::size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

}  // namespace

// Howard Hinnant's days_from_civil / civil_from_days ("chrono-compatible
// low-level date algorithms"): exact for every day of the proleptic Gregorian
// calendar.
std::optional<std::int64_t> days_from_civil(int year, int month, int day) {
  if (month < 1 || month > 12 || day < 1) return std::nullopt;
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  if (day > kDays[month - 1] + (month == 2 && leap ? 1 : 0)) return std::nullopt;
  const std::int64_t y = year - (month <= 2 ? 1 : 0);
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const std::int64_t yoe = y - era * 400;
  const std::int64_t doy = (153 * ((month + 9) % 12) + 2) / 5 + day - 1;
  const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate civil_from_days(std::int64_t days) {
  const std::int64_t z = days + 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const std::int64_t doe = z - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  const auto d = static_cast<unsigned>(doy - (153 * mp + 2) / 5 + 1);
  const auto m = static_cast<unsigned>(mp < 10 ? mp + 3 : mp - 9);
  return {yoe + era * 400 + (m <= 2 ? 1 : 0), m, d};
}

std::optional<std::int64_t> parse_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  const int y = digits(s, 0, 4), m = digits(s, 5, 2), d = digits(s, 8, 2);
  if (y < 0 || m < 0 || d < 0) return std::nullopt;
  return days_from_civil(y, m, d);
}

std::string format_date(std::int64_t days) {
  const CivilDate c = civil_from_days(days);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04lld-%02u-%02u", static_cast<long long>(c.year), c.month, c.day);
  return buf;
}

std::optional<std::int64_t> parse_timestamp_ms(std::string_view s) {
  if (s.size() < 20 || s[10] != 'T' || s[13] != ':' || s[16] != ':' || s.back() != 'Z') return std::nullopt;
  const auto day = parse_date(s.substr(0, 10));
  const int hh = digits(s, 11, 2), mi = digits(s, 14, 2), ss = digits(s, 17, 2);
  if (!day || hh < 0 || hh > 23 || mi < 0 || mi > 59 || ss < 0 || ss > 60) return std::nullopt;
  std::int64_t ms = 0;
  std::size_t pos = 19;
  if (s[pos] == '.') {
    const std::size_t start = ++pos;
    int scale = 100;
    for (; pos < s.size() && s[pos] >= '0' && s[pos] <= '9'; ++pos) {
      if (scale > 0) ms += (s[pos] - '0') * scale;
      scale /= 10;
    }
    if (pos == start || pos - start > 9) return std::nullopt;
  }
  if (pos != s.size() - 1) return std::nullopt;
  return ((*day * 24 + hh) * 60 + mi) * 60000 + static_cast<std::int64_t>(ss) * 1000 + ms;
}

std::string format_timestamp_ms(std::int64_t ms) {
  const std::int64_t days = floor_div(ms, kMsPerDay);
  const std::int64_t rem = ms - days * kMsPerDay;
  std::string out = format_date(days);
  char buf[32];
  std::snprintf(buf, sizeof buf, "T%02lld:%02lld:%02lld", static_cast<long long>(rem / kMsPerHour),
                static_cast<long long>(rem / 60000 % 60), static_cast<long long>(rem / 1000 % 60));
  out += buf;
  if (const std::int64_t frac = rem % 1000; frac != 0) {
    std::snprintf(buf, sizeof buf, ".%03lld", static_cast<long long>(frac));
    out += buf;
  }
  out += 'Z';
  return out;
}

std::int64_t wita_day(std::int64_t ms) { return floor_div(ms + kWitaOffsetMs, kMsPerDay); }

std::string today_wita(std::int64_t now_ms) { return format_date(wita_day(now_ms)); }

std::int64_t wita_day_start_ms(std::int64_t day) { return day * kMsPerDay - kWitaOffsetMs; }

}  // namespace kinerja
