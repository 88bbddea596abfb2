// Indonesian and English number and date formats (web/format).
#include "web/format.hpp"

#include <doctest/doctest.h>

using kinerja::web::Lang;
using namespace kinerja::web;

TEST_SUITE("format") {
  TEST_CASE("numbers use a decimal comma and thousands dots in Indonesian") {
    CHECK(format_number(Lang::id, 88.314, 2) == "88,31");
    CHECK(format_number(Lang::en, 88.314, 2) == "88.31");
    CHECK(format_number(Lang::id, 1250.5, 1) == "1.250,5");
    CHECK(format_number(Lang::en, 1250.5, 1) == "1,250.5");
    CHECK(format_number(Lang::id, 1234567, 0) == "1.234.567");
    CHECK(format_number(Lang::id, 0.005, 2) == "0,01");   // half away from zero
    CHECK(format_number(Lang::id, -2.5, 0) == "-3");
    CHECK(format_number(Lang::id, -0.001, 2) == "0,00");  // no "-0,00"
    CHECK(format_number(Lang::id, 99.999, 2) == "100,00");
    CHECK(format_count(Lang::id, 10000) == "10.000");
    CHECK(format_count(Lang::en, 999) == "999");
  }
  TEST_CASE("absent figures are a dash") {
    CHECK(format_percent(Lang::id, std::nullopt) == kDash);
    CHECK(format_percent(Lang::id, 76.5, 1) == "76,5%");
    CHECK(format_optional(Lang::en, std::nullopt, 2) == kDash);
  }
  TEST_CASE("dates are written out with the month's name") {
    CHECK(format_date(Lang::id, "2026-11-28") == "28 November 2026");
    CHECK(format_date(Lang::id, "2026-08-01T00:00:00Z") == "1 Agustus 2026");
    CHECK(format_date(Lang::en, "2026-08-01") == "1 August 2026");
    CHECK(format_date(Lang::id, "2026-02-30") == "2026-02-30");  // not a date: unchanged
    CHECK(format_date(Lang::id, "kemarin") == "kemarin");
  }
  TEST_CASE("timestamps are shown in Samarinda's time (WITA, UTC+8)") {
    CHECK(format_datetime_wita(Lang::id, "2026-11-28T06:05:00Z") == "28 November 2026 14.05 WITA");
    CHECK(format_datetime_wita(Lang::id, "2026-11-28T17:30:00Z") == "29 November 2026 01.30 WITA");
    CHECK(format_datetime_wita(Lang::en, "2026-11-28T06:05:00Z") == "28 November 2026 14:05 WITA");
  }
}
