// The one calendar: civil dates, timestamps, and Samarinda's day (WITA, UTC+8)
// at its edges — every screen, the kiosk and the CLI take "today" from here.
#include "core/base/calendar.hpp"
#include "core/base/text.hpp"

#include <doctest/doctest.h>

using namespace kinerja;

TEST_SUITE("calendar") {
  TEST_CASE("dates and timestamps") {
    CHECK(days_from_civil(1970, 1, 1) == 0);
    CHECK(days_from_civil(2000, 3, 1) == 11017);
    CHECK(days_from_civil(2024, 2, 29).has_value());
    CHECK_FALSE(days_from_civil(2026, 2, 29));
    CHECK(parse_date("2026-01-01") == days_from_civil(2026, 1, 1));
    CHECK_FALSE(parse_date("2026-1-01"));
    CHECK_FALSE(parse_date("2026-04-31"));
    CHECK(parse_timestamp_ms("1970-01-01T00:00:01Z") == 1000);
    CHECK(parse_timestamp_ms("1970-01-01T00:00:00.5Z") == 500);
    CHECK(parse_timestamp_ms("2026-11-28T12:00:00.123Z") == *days_from_civil(2026, 11, 28) * 86400000 + 43200123);
    CHECK_FALSE(parse_timestamp_ms("2026-11-28 12:00:00Z"));
    CHECK_FALSE(parse_timestamp_ms("2026-11-28T12:00:00+08:00"));
    CHECK_FALSE(parse_timestamp_ms("2026-11-28T24:00:00Z"));
    CHECK_FALSE(parse_timestamp_ms("2026-11-28T12:00:00.Z"));
    for (std::int64_t ms : {std::int64_t{0}, std::int64_t{1764331200000}, std::int64_t{1764331200123},
                            std::int64_t{951782400000}}) {
      auto text = format_timestamp_ms(ms);
      INFO(text);
      CHECK(parse_timestamp_ms(text) == ms);
    }
    CHECK(format_timestamp_ms(1764331200000) == "2025-11-28T12:00:00Z");
    CHECK(format_timestamp_ms(1764331200123) == "2025-11-28T12:00:00.123Z");
  }

  TEST_CASE("today in Samarinda turns at 16:00 UTC") {
    // 23:59 WITA on 2 December is 15:59 UTC; 00:00 WITA on 3 December is 16:00 UTC.
    CHECK(today_wita(*parse_timestamp_ms("2026-12-02T15:59:59.999Z")) == "2026-12-02");
    CHECK(today_wita(*parse_timestamp_ms("2026-12-02T16:00:00Z")) == "2026-12-03");
    CHECK(today_wita(*parse_timestamp_ms("2026-12-02T00:00:00Z")) == "2026-12-02");  // 08:00 WITA
    CHECK(today_wita(*parse_timestamp_ms("2026-12-31T16:00:00Z")) == "2027-01-01");  // a new year comes early
    CHECK(wita_day_start_ms(*parse_date("2026-12-03")) == *parse_timestamp_ms("2026-12-02T16:00:00Z"));
    CHECK(wita_day(wita_day_start_ms(20000)) == 20000);
    CHECK(wita_day(wita_day_start_ms(20000) - 1) == 19999);
  }

  TEST_CASE("days before 1970 round down, not towards zero") {
    CHECK(floor_div(-1, kMsPerDay) == -1);
    CHECK(floor_div(-kMsPerDay, kMsPerDay) == -1);
    CHECK(floor_div(7, 7) == 1);
    CHECK(format_timestamp_ms(-1) == "1969-12-31T23:59:59.999Z");
    CHECK(today_wita(-kWitaOffsetMs - 1) == "1969-12-31");
    CHECK(format_date(*days_from_civil(1900, 3, 1)) == "1900-03-01");
    const CivilDate c = civil_from_days(*days_from_civil(2024, 2, 29));
    CHECK(c.year == 2024);
    CHECK(c.month == 2u);
    CHECK(c.day == 29u);
  }

  TEST_CASE("text helpers") {
    CHECK(lower("Dinas KESEHATAN") == "dinas kesehatan");
    CHECK(lower("ÉA") == "Éa");  // only ASCII letters change
    CHECK(trim("  a b \n\t") == "a b");
    CHECK(trim("   ").empty());
    CHECK(trim("").empty());
  }
}
