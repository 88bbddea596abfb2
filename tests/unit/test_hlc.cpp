// Hybrid logical clock and version vectors: string form, order, tick/receive,
// and the four answers of a version-vector comparison.
#include <doctest/doctest.h>

#include <random>

#include "core/sync/hlc.hpp"

using namespace kinerja;

namespace kinerja {
inline std::ostream& operator<<(std::ostream& os, VvOrder o) { return os << to_string(o); }
inline std::ostream& operator<<(std::ostream& os, const Hlc& h) { return os << format_hlc(h); }
}  // namespace kinerja

TEST_SUITE("hlc") {
  TEST_CASE("ISO time round trip and rejects") {
    CHECK(format_iso_ms(0) == "1970-01-01T00:00:00.000Z");
    const auto t = parse_iso("2026-11-28T12:00:00.000Z");
    REQUIRE(t);
    CHECK(*t == 1795867200000);
    CHECK(format_iso_ms(*t + 1234) == "2026-11-28T12:00:01.234Z");
    CHECK(parse_iso("2026-11-28T12:00:00Z") == t);
    CHECK(parse_iso("2024-02-29T00:00:00Z"));
    CHECK_FALSE(parse_iso("2026-02-29T00:00:00Z"));
    CHECK_FALSE(parse_iso("2026-13-01T00:00:00Z"));
    CHECK_FALSE(parse_iso("2026-11-28 12:00:00Z"));
    CHECK_FALSE(parse_iso("2026-11-28T12:00:00+08:00"));
    CHECK_FALSE(parse_iso(""));
    std::mt19937_64 rng(7);
    for (int i = 0; i < 500; ++i) {
      const auto ms = static_cast<std::int64_t>(rng() % 253402300799999ULL);  // up to 9999-12-31
      CHECK(parse_iso(format_iso_ms(ms)) == ms);
    }
  }

  TEST_CASE("HLC string form round-trips and sorts like the struct") {
    const Hlc h{1795867200000, 7, "dev-7f3a9c"};
    CHECK(format_hlc(h) == "2026-11-28T12:00:00.000Z/0007/dev-7f3a9c");
    CHECK(parse_hlc(format_hlc(h)) == h);
    CHECK_FALSE(parse_hlc("2026-11-28T12:00:00.000Z/007/dev"));
    CHECK_FALSE(parse_hlc("2026-11-28T12:00:00.000Z/0007/"));
    CHECK_FALSE(parse_hlc("2026-11-28T12:00:00.000Z/0007/dev with space"));
    std::mt19937_64 rng(11);
    for (int i = 0; i < 1000; ++i) {
      const Hlc a{static_cast<std::int64_t>(1795867200000 + static_cast<std::int64_t>(rng() % 3)),
                  static_cast<std::uint32_t>(rng() % 3), rng() % 2 ? "a" : "b"};
      const Hlc b{static_cast<std::int64_t>(1795867200000 + static_cast<std::int64_t>(rng() % 3)),
                  static_cast<std::uint32_t>(rng() % 3), rng() % 2 ? "a" : "b"};
      CHECK((a < b) == (format_hlc(a) < format_hlc(b)));
    }
  }

  TEST_CASE("tick moves strictly forward even when the wall clock goes back") {
    Hlc last{};
    std::int64_t now = 1795867200000;
    std::mt19937 rng(3);
    for (int i = 0; i < 2000; ++i) {
      now += static_cast<std::int64_t>(rng() % 5) - 2;  // jitter, sometimes backwards
      const Hlc next = hlc_tick(last, now, i % 2 ? "dev-a" : "dev-b");
      CHECK(last < next);
      CHECK(next.wall_ms >= now);
      last = next;
    }
  }

  TEST_CASE("counter saturation borrows a millisecond") {
    const Hlc last{1000, kHlcCounterMax, "d"};
    const Hlc next = hlc_tick(last, 1000, "d");
    CHECK(next.wall_ms == 1001);
    CHECK(next.counter == 0);
    CHECK(format_hlc(next).substr(0, 24) == "1970-01-01T00:00:01.001Z");
  }

  TEST_CASE("receive keeps the later clock; the next tick passes it") {
    const Hlc local{1000, 2, "a"};
    const Hlc remote{5000, 0, "b"};
    const Hlc r = hlc_receive(local, remote);
    CHECK(r == remote);
    CHECK(hlc_tick(r, 1200, "a") > remote);
    CHECK(hlc_receive(remote, local) == remote);
  }

  TEST_CASE("version vector comparison") {
    const VersionVector a{{"d1", 2}, {"d2", 1}};
    const VersionVector b{{"d1", 1}, {"d2", 1}};
    const VersionVector c{{"d1", 1}, {"d3", 1}};
    CHECK(compare(a, a) == VvOrder::equal);
    CHECK(compare(a, b) == VvOrder::dominates);
    CHECK(compare(b, a) == VvOrder::dominated);
    CHECK(compare(a, c) == VvOrder::concurrent);
    CHECK(compare(c, a) == VvOrder::concurrent);
    CHECK(compare({}, b) == VvOrder::dominated);
    CHECK(compare({{"x", 0}}, {}) == VvOrder::equal);  // a zero entry is absence
    const VersionVector j = vv_join(a, c);
    CHECK(j == VersionVector{{"d1", 2}, {"d2", 1}, {"d3", 1}});
    CHECK(compare(j, a) == VvOrder::dominates);
    CHECK(compare(j, c) == VvOrder::dominates);
  }
}
