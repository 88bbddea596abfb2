// Hybrid logical clocks and version vectors (see hlc.hpp).
#include "core/sync/hlc.hpp"

#include <algorithm>
#include <cstdio>

#include "core/base/text.hpp"
#include "core/model/model.hpp"

namespace kinerja {
namespace {

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
  const std::int64_t days = floor_div(ms, kMsPerDay);
  const std::int64_t rem = ms - days * kMsPerDay;
  const CivilDate c = civil_from_days(days);
  const auto r = static_cast<unsigned>(rem);
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04lld-%02u-%02uT%02u:%02u:%02u.%03uZ",
                static_cast<long long>(std::clamp<std::int64_t>(c.year, 0, 9999)), c.month, c.day,
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
  const auto days = days_from_civil(static_cast<int>(y), static_cast<int>(mo), static_cast<int>(d));
  if (!days) return std::nullopt;
  return *days * kMsPerDay + static_cast<std::int64_t>(h) * 3600000 +
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
