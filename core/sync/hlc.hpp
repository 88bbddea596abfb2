// Hybrid logical clocks and version vectors: the two clocks every record
// carries in its envelope ("hlc" and "ver"). The HLC orders changes in time
// across devices whose wall clocks disagree; the version vector says which
// changes a version has seen, so merge can tell "newer" from "concurrent".
// See docs/sync.md for the laws merge builds on these.
#pragma once
#include <compare>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace kinerja {

// One HLC timestamp: wall time in ms since the Unix epoch, a logical counter
// for changes within the same millisecond, and the device that made it.
// Ordered by (wall_ms, counter, device), which is also the byte order of the
// string form "2026-11-28T12:00:00.000Z/0000/dev-7f3a9c".
struct Hlc {
  std::int64_t wall_ms = 0;
  std::uint32_t counter = 0;
  std::string device;
  // Written out rather than defaulted: clang-14's libc++ (Emscripten) has no
  // operator<=> for std::string.
  std::strong_ordering operator<=>(const Hlc& o) const {
    if (wall_ms != o.wall_ms) return wall_ms <=> o.wall_ms;
    if (counter != o.counter) return counter <=> o.counter;
    const int c = device.compare(o.device);
    return c < 0 ? std::strong_ordering::less : c > 0 ? std::strong_ordering::greater : std::strong_ordering::equal;
  }
  bool operator==(const Hlc&) const = default;
};

inline constexpr std::uint32_t kHlcCounterMax = 9999;  // 4 digits in the string form

std::string format_hlc(const Hlc&);
std::optional<Hlc> parse_hlc(std::string_view);

// The next timestamp for a local change: later than `last` (the latest HLC
// this replica has seen, local or received) and not earlier than the wall clock.
// A counter that would pass 9999 carries into the millisecond.
Hlc hlc_tick(const Hlc& last, std::int64_t now_ms, std::string_view device);
// The clock after seeing a remote timestamp: the later of the two.
Hlc hlc_receive(const Hlc& last, const Hlc& remote);

// ISO 8601 UTC with milliseconds, "2026-11-28T12:00:00.000Z", for years 0..9999.
std::string format_iso_ms(std::int64_t ms);
// Accepts "YYYY-MM-DDTHH:MM:SSZ" and "YYYY-MM-DDTHH:MM:SS.sssZ"; nullopt otherwise.
std::optional<std::int64_t> parse_iso(std::string_view);

// Version vector: device id → number of changes that device made to the record.
using VersionVector = std::map<std::string, std::uint64_t, std::less<>>;

enum class VvOrder { equal, dominates, dominated, concurrent };
std::string_view to_string(VvOrder);

VvOrder compare(const VersionVector& a, const VersionVector& b);
// Pointwise maximum: the smallest vector that has seen both.
VersionVector vv_join(const VersionVector& a, const VersionVector& b);

}  // namespace kinerja
