// Hybrid logical clocks and version vectors (see hlc.hpp).
#include "core/sync/hlc.hpp"

#include <algorithm>
#include <cstdio>

#include "core/model/model.hpp"

namespace kinerja {
namespace {

// Howard Hinnant's civil_days / civil_from_days: exact for the proleptic
// Gregorian calendar without touching the C library's time zone state.
std::int64_t civil_days(std::int64_t y, unsigned m, unsigned d) {
  y -= m <= 2 ? 1 : 0;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? static_cast<unsigned>(-3) : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

struct Civil {
  std::int64_t y;
  unsigned m, d;
};

Civil civil_from_days(std::int64_t z) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const auto doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400 + (m <= 2 ? 1 : 0);
  return {y, m, d};
}

bool digits(std::string_view s, std::size_t pos, std::size_t n, unsigned& out) {
  if (pos + n > s.size()) return false;
  unsigned v = 0;
  for (std::size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + static_cast<unsigned>(s[i] - '0');
  }
  out = v;
  return true;
}

}  // namespace

std::string format_iso_ms(std::int64_t ms) {
  const std::int64_t kDay = 86400000;
  std::int64_t days = ms / kDay;
  std::int64_t rem = ms % kDay;
  if (rem < 0) {
    rem += kDay;
    --days;
  }
  const Civil c = civil_from_days(days);
  const auto r = static_cast<unsigned>(rem);
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04lld-%02u-%02uT%02u:%02u:%02u.%03uZ",
                static_cast<long long>(std::clamp<std::int64_t>(c.y, 0, 9999)), c.m, c.d,
                r / 3600000, r / 60000 % 60, r / 1000 % 60, r % 1000);
  return buf;
}

std::optional<std::int64_t> parse_iso(std::string_view s) {
  unsigned y = 0, mo = 0, d = 0, h = 0, mi = 0, se = 0, ms = 0;
  if (s.size() != 20 && s.size() != 24) return std::nullopt;
  if (!digits(s, 0, 4, y) || s[4] != '-' || !digits(s, 5, 2, mo) || s[7] != '-' ||
      !digits(s, 8, 2, d) || s[10] != 'T' || !digits(s, 11, 2, h) || s[13] != ':' ||
      !digits(s, 14, 2, mi) || s[16] != ':' || !digits(s, 17, 2, se))
    return std::nullopt;
  if (s.size() == 24) {
    if (s[19] != '.' || !digits(s, 20, 3, ms) || s[23] != 'Z') return std::nullopt;
  } else if (s[19] != 'Z') {
    return std::nullopt;
  }
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || se > 59) return std::nullopt;
  static constexpr unsigned kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  if (d > kDays[mo - 1] || (mo == 2 && d == 29 && !leap)) return std::nullopt;
  const std::int64_t days = civil_days(y, mo, d);
  return days * 86400000 + static_cast<std::int64_t>(h) * 3600000 +
         static_cast<std::int64_t>(mi) * 60000 + static_cast<std::int64_t>(se) * 1000 + ms;
}

std::string format_hlc(const Hlc& h) {
  char counter[8];
  std::snprintf(counter, sizeof counter, "%04u", std::min(h.counter, kHlcCounterMax));
  return format_iso_ms(h.wall_ms) + "/" + counter + "/" + h.device;
}

std::optional<Hlc> parse_hlc(std::string_view s) {
  // fixed widths: 24 (time) + 1 + 4 (counter) + 1 + device
  if (s.size() < 31 || s[24] != '/' || s[29] != '/') return std::nullopt;
  const auto wall = parse_iso(s.substr(0, 24));
  unsigned counter = 0;
  if (!wall || !digits(s, 25, 4, counter)) return std::nullopt;
  const std::string_view device = s.substr(30);
  if (!is_valid_id(device)) return std::nullopt;
  return Hlc{*wall, counter, std::string(device)};
}

Hlc hlc_tick(const Hlc& last, std::int64_t now_ms, std::string_view device) {
  Hlc next{std::max(last.wall_ms, now_ms), 0, std::string(device)};
  if (next.wall_ms == last.wall_ms) {
    if (last.counter >= kHlcCounterMax) {
      ++next.wall_ms;  // borrow a millisecond rather than overflow the 4 digits
    } else {
      next.counter = last.counter + 1;
    }
  }
  // Same time, same counter, but a device id that sorts lower than the last
  // stamp's: still move strictly forward.
  if (next <= last) {
    if (next.counter >= kHlcCounterMax) {
      ++next.wall_ms;
      next.counter = 0;
    } else {
      ++next.counter;
    }
  }
  return next;
}

Hlc hlc_receive(const Hlc& last, const Hlc& remote) { return std::max(last, remote); }

std::string_view to_string(VvOrder o) {
  switch (o) {
    case VvOrder::equal: return "equal";
    case VvOrder::dominates: return "dominates";
    case VvOrder::dominated: return "dominated";
    case VvOrder::concurrent: return "concurrent";
  }
  return "";
}

VvOrder compare(const VersionVector& a, const VersionVector& b) {
  bool a_ahead = false, b_ahead = false;
  auto ia = a.begin();
  auto ib = b.begin();
  // Both maps are sorted by device: one merge-style pass; a missing entry is 0.
  while (ia != a.end() || ib != b.end()) {
    if (ib == b.end() || (ia != a.end() && ia->first < ib->first)) {
      if (ia->second > 0) a_ahead = true;
      ++ia;
    } else if (ia == a.end() || ib->first < ia->first) {
      if (ib->second > 0) b_ahead = true;
      ++ib;
    } else {
      if (ia->second > ib->second) a_ahead = true;
      if (ib->second > ia->second) b_ahead = true;
      ++ia;
      ++ib;
    }
  }
  if (a_ahead && b_ahead) return VvOrder::concurrent;
  if (a_ahead) return VvOrder::dominates;
  if (b_ahead) return VvOrder::dominated;
  return VvOrder::equal;
}

VersionVector vv_join(const VersionVector& a, const VersionVector& b) {
  VersionVector out = a;
  for (const auto& [device, n] : b) {
    auto& slot = out[device];
    slot = std::max(slot, n);
  }
  return out;
}

}  // namespace kinerja
