#include "core/calc/angka_kredit.hpp"

#include <doctest/doctest.h>

using namespace kinerja;

TEST_SUITE("angka_kredit") {
  TEST_CASE("the worked example: Ahli Muda × Butuh Perbaikan = 25 × 75% = 18.75") {
    const auto& r = default_rules().angka_kredit;
    auto ak = angka_kredit(r, "ahli-muda", Predikat::butuh_perbaikan);
    REQUIRE(ak.has_value());
    CHECK(*ak == doctest::Approx(18.75));
  }

  TEST_CASE("every jenjang and predikat from the table") {
    const auto& r = default_rules().angka_kredit;
    CHECK(*angka_kredit(r, "pemula", Predikat::sangat_baik) == doctest::Approx(5.625));
    CHECK(*angka_kredit(r, "terampil", Predikat::baik) == doctest::Approx(5.0));
    CHECK(*angka_kredit(r, "mahir", Predikat::kurang_misconduct) == doctest::Approx(6.25));
    CHECK(*angka_kredit(r, "penyelia", Predikat::sangat_kurang) == doctest::Approx(6.25));
    CHECK(*angka_kredit(r, "ahli-pertama", Predikat::baik) == doctest::Approx(12.5));
    CHECK(*angka_kredit(r, "ahli-madya", Predikat::sangat_baik) == doctest::Approx(56.25));
    CHECK(*angka_kredit(r, "ahli-utama", Predikat::butuh_perbaikan) == doctest::Approx(37.5));
  }

  TEST_CASE("labels are accepted, periods count by months, bad input is nullopt") {
    const auto& r = default_rules().angka_kredit;
    CHECK(*angka_kredit(r, "Ahli Muda", Predikat::baik) == doctest::Approx(25.0));
    CHECK(*angka_kredit(r, "AHLI_MUDA", Predikat::baik) == doctest::Approx(25.0));
    CHECK(*angka_kredit(r, "ahli-muda", Predikat::baik, 3) == doctest::Approx(6.25));
    CHECK_FALSE(angka_kredit(r, "ahli-super", Predikat::baik).has_value());
    CHECK_FALSE(angka_kredit(r, "ahli-muda", Predikat::invalid).has_value());
    CHECK_FALSE(angka_kredit(r, "ahli-muda", Predikat::baik, 0).has_value());
    CHECK_FALSE(angka_kredit(r, "ahli-muda", Predikat::baik, 13).has_value());
    REQUIRE(cari_jenjang(r, "ahli madya") != nullptr);
    CHECK(cari_jenjang(r, "ahli madya")->koefisien == doctest::Approx(37.5));
  }
}
