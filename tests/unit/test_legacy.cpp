#include "core/calc/capaian.hpp"
#include "core/calc/legacy.hpp"
#include "core/rules/rules.hpp"

#include <doctest/doctest.h>

#include <cmath>

#include <vector>

using namespace kinerja;

namespace {
NilaiLegacy nc(double c, bool tm = false) { return nilai_capaian_8_2021(default_rules().permen8_2021, c, tm); }
} // namespace

TEST_SUITE("legacy") {
  TEST_CASE("PermenPANRB 8/2021 nilai capaian: the regulation's example 98% → 88 (Cukup)") {
    auto n = nc(98);
    REQUIRE(n.ok);
    CHECK(n.nilai == doctest::Approx(88.0));
    CHECK(n.kategori == "cukup");
    CHECK(n.label_id == "Cukup");
  }

  TEST_CASE("PermenPANRB 8/2021 nilai capaian across the table") {
    CHECK(nc(100).nilai == 109);          // Baik, inferred from the worked example
    CHECK(nc(100).kategori == "baik");
    CHECK(nc(100, true).nilai == 120);    // maximum-attainable target
    CHECK(nc(100, true).kategori == "sangat-baik");
    CHECK(nc(95, true).nilai == doctest::Approx(85.0));  // the rule only applies at 100%
    CHECK(nc(110.01).nilai == 120);       // > 110% → 120
    CHECK(nc(250).nilai == 120);
    CHECK(nc(110).nilai == doctest::Approx(120.0));
    CHECK(nc(101).nilai == doctest::Approx(110.0));
    CHECK(nc(105.5).nilai == doctest::Approx(115.0));
    CHECK(nc(100.5).nilai == doctest::Approx(109.0));  // between 100 and 101: the band below
    CHECK(nc(100.5).kategori == "baik");
    CHECK(nc(99).nilai == doctest::Approx(89.0));
    CHECK(nc(99.5).nilai == doctest::Approx(89.0));
    CHECK(nc(99.5).kategori == "cukup");
    CHECK(nc(80).nilai == doctest::Approx(70.0));
    CHECK(nc(79.99).kategori == "kurang");
    CHECK(nc(79).nilai == doctest::Approx(69.0));
    CHECK(nc(60).nilai == doctest::Approx(50.0));
    CHECK(nc(59).nilai == doctest::Approx(49.0));
    CHECK(nc(59).kategori == "sangat-kurang");
    CHECK(nc(29.5).nilai == doctest::Approx(24.5));
    CHECK(nc(0).nilai == 0);
    CHECK_FALSE(nc(-1).ok);
    CHECK_FALSE(nc(std::nan("")).ok);
  }

  TEST_CASE("capaian straight into nilai capaian: the 80–90 range example") {
    auto c = hitung_capaian({Polaritas::rentang, 80, 90.0, 92});
    auto n = nc(c.persen);
    CHECK(n.kategori == "sangat-baik");
    CHECK(n.nilai == doctest::Approx(110 + 10.0 / 9 * (102.2222222 - 101)).epsilon(1e-6));
    // 7–8 months, realisasi 9 → 87.5% → Cukup 77.5
    auto w = hitung_capaian({Polaritas::turun, 7, 8.0, 9});
    CHECK(nc(w.persen).nilai == doctest::Approx(77.5));
  }

  TEST_CASE("8/2021 nilai SKP: mean of utama, tambahan weighted by the rules") {
    const auto& r = default_rules().permen8_2021;
    std::vector<double> u{88, 109, 120}, t{100};
    auto n = nilai_skp_8_2021(r, u, t);
    REQUIRE(n.ok);
    CHECK(n.nilai == doctest::Approx((88.0 + 109 + 120) / 3));
    CHECK_FALSE(nilai_skp_8_2021(r, {}, t).ok);
  }

  TEST_CASE("PP 30/2019 nilai kinerja and predikat") {
    const auto& r = default_rules().pp30_2019;
    auto a = nilai_kinerja_pp30(r, 100, 100);
    REQUIRE(a.ok);
    CHECK(a.nilai == doctest::Approx(100.0));
    CHECK(a.kategori == "baik");
    auto b = nilai_kinerja_pp30(r, 115, 110, "tanpa-360");
    CHECK(b.nilai == doctest::Approx(113.5));
    CHECK(b.kategori == "baik");  // 110–120 without the innovation condition is Baik
    CHECK(nilai_kinerja_pp30(r, 115, 110, "tanpa-360", true).kategori == "sangat-baik");
    auto c = nilai_kinerja_pp30(r, 80, 100, "dengan-360");
    CHECK(c.nilai == doctest::Approx(88.0));  // 0.6 × 80 + 0.4 × 100
    CHECK(c.kategori == "cukup");
    CHECK(predikat_pp30(r, 110, true).kategori == "sangat-baik");
    CHECK(predikat_pp30(r, 109.99, true).kategori == "baik");
    CHECK(predikat_pp30(r, 90).kategori == "baik");
    CHECK(predikat_pp30(r, 89.99).kategori == "cukup");
    CHECK(predikat_pp30(r, 70).kategori == "cukup");
    CHECK(predikat_pp30(r, 69.99).kategori == "kurang");
    CHECK(predikat_pp30(r, 50).kategori == "kurang");
    CHECK(predikat_pp30(r, 49.99).kategori == "sangat-kurang");
    CHECK(predikat_pp30(r, 0).kategori == "sangat-kurang");
    CHECK_FALSE(nilai_kinerja_pp30(r, 100, 100, "360").ok);
    CHECK_FALSE(nilai_kinerja_pp30(r, 121, 100).ok);
    CHECK_FALSE(nilai_kinerja_pp30(r, -1, 100).ok);
  }

  TEST_CASE("PP 46/2011 aspects, nilai SKP, nilai prestasi kerja") {
    const auto& r = default_rules().pp46_2011;
    SUBCASE("waktu: on time = 76; moderately early scores more; very early is penalised") {
      CHECK(*nilai_waktu_biaya_pp46(r, 12, 12) == doctest::Approx(76.0));
      CHECK(*nilai_waktu_biaya_pp46(r, 12, 10) == doctest::Approx((1.76 * 12 - 10) / 12 * 100));
      CHECK(*nilai_waktu_biaya_pp46(r, 12, 6) == doctest::Approx(50.0));  // efisiensi 50% > 24%
      CHECK_FALSE(nilai_waktu_biaya_pp46(r, 0, 6).has_value());
      CHECK_FALSE(nilai_waktu_biaya_pp46(r, 12, -1).has_value());
    }
    SUBCASE("one kegiatan") {
      KegiatanPp46 k{10, 10, 100, 90, 12, 12, std::nullopt, std::nullopt};
      auto n = nilai_kegiatan_pp46(r, k);
      REQUIRE(n.ok);
      CHECK(n.kuantitas == doctest::Approx(100.0));
      CHECK(n.kualitas == doctest::Approx(90.0));
      CHECK(n.waktu == doctest::Approx(76.0));
      CHECK(n.nilai_capaian == doctest::Approx(266.0 / 3));
      k.target_biaya = 1000;
      k.realisasi_biaya = 1000;
      auto m = nilai_kegiatan_pp46(r, k);
      CHECK(m.nilai_capaian == doctest::Approx(342.0 / 4));
      k.realisasi_biaya.reset();
      CHECK_FALSE(nilai_kegiatan_pp46(r, k).ok);
      KegiatanPp46 bad{0, 1, 100, 90, 12, 12, std::nullopt, std::nullopt};
      CHECK_FALSE(nilai_kegiatan_pp46(r, bad).ok);
    }
    SUBCASE("nilai SKP with tugas tambahan and kreativitas") {
      std::vector<KegiatanPp46> ks{{10, 10, 100, 90, 12, 12, std::nullopt, std::nullopt}};
      const double base = 266.0 / 3;
      CHECK(nilai_skp_pp46(r, ks).nilai == doctest::Approx(base));
      CHECK(nilai_skp_pp46(r, ks, 3).nilai == doctest::Approx(base + 1));
      CHECK(nilai_skp_pp46(r, ks, 4).nilai == doctest::Approx(base + 2));
      CHECK(nilai_skp_pp46(r, ks, 7, "instansi").nilai == doctest::Approx(base + 3 + 6));
      CHECK_FALSE(nilai_skp_pp46(r, ks, 0, "dunia").ok);
      CHECK_FALSE(nilai_skp_pp46(r, {}, 0).ok);
    }
    SUBCASE("nilai prestasi kerja 60/40 and predikat") {
      auto n = nilai_prestasi_kerja_pp46(r, 88.67, 80);
      CHECK(n.nilai == doctest::Approx(0.6 * 88.67 + 32));
      CHECK(n.kategori == "baik");
      CHECK(nilai_prestasi_kerja_pp46(r, 90.01, 90.01).kategori == "baik");  // between 76–90 and 91–100
      CHECK(nilai_prestasi_kerja_pp46(r, 91, 91).kategori == "sangat-baik");
      CHECK(nilai_prestasi_kerja_pp46(r, 90, 90).kategori == "baik");
      CHECK(nilai_prestasi_kerja_pp46(r, 75, 75).kategori == "cukup");
      CHECK(nilai_prestasi_kerja_pp46(r, 60, 60).kategori == "kurang");
      CHECK(nilai_prestasi_kerja_pp46(r, 50.5, 50.5).kategori == "buruk");  // between ≤ 50 and 51–60
      CHECK(nilai_prestasi_kerja_pp46(r, 50, 50).kategori == "buruk");
      CHECK_FALSE(nilai_prestasi_kerja_pp46(r, -1, 50).ok);
    }
  }
}

// Band edges, exactly: the cases that floating point used to put in the wrong band.
TEST_SUITE("legacy band edges") {
  TEST_CASE("PP 30/2019: 70.24 × 70 % + 69.44 × 30 % is exactly 70.00 — Cukup, not Kurang") {
    const auto& r = kinerja::default_rules().pp30_2019;
    const auto n = kinerja::nilai_kinerja_pp30(r, 70.24, 69.44, "tanpa-360");
    REQUIRE(n.ok);
    CHECK(n.nilai == doctest::Approx(70.0));
    CHECK(n.kategori == "cukup");
    // one hundredth less is Kurang
    CHECK(kinerja::nilai_kinerja_pp30(r, 70.23, 69.44, "tanpa-360").kategori == "kurang");
  }
  TEST_CASE("PP 30/2019: 117.41 / 92.71 with inovasi is exactly 110.00 — Sangat Baik, not Baik") {
    const auto& r = kinerja::default_rules().pp30_2019;
    const auto n = kinerja::nilai_kinerja_pp30(r, 117.41, 92.71, "tanpa-360", true);
    REQUIRE(n.ok);
    CHECK(n.kategori == "sangat-baik");
    CHECK(kinerja::nilai_kinerja_pp30(r, 117.41, 92.71, "tanpa-360", false).kategori == "baik");
    CHECK(kinerja::predikat_pp30(r, 110.0, true).kategori == "sangat-baik");
    CHECK(kinerja::predikat_pp30(r, 109.99, true).kategori == "baik");
  }
  TEST_CASE("PP 46/2011: 82.62 × 60 % + 63.57 × 40 % is exactly 75.00 — Cukup, not Baik") {
    const auto& r = kinerja::default_rules().pp46_2011;
    const auto n = kinerja::nilai_prestasi_kerja_pp46(r, 82.62, 63.57);
    REQUIRE(n.ok);
    CHECK(n.nilai == doctest::Approx(75.0));
    CHECK(n.kategori == "cukup");
  }
  TEST_CASE("PP 46/2011 bands as published: ≥ 91 Sangat Baik; a value between bands is in the lower one") {
    const auto& r = kinerja::default_rules().pp46_2011;
    auto band = [&](double skp) { return kinerja::nilai_prestasi_kerja_pp46(r, skp, skp).kategori; };
    CHECK(band(91.0) == "sangat-baik");
    CHECK(band(90.5) == "baik");   // between 76–90 and 91–100
    CHECK(band(76.0) == "baik");
    CHECK(band(75.99) == "cukup");
    CHECK(band(61.0) == "cukup");
    CHECK(band(60.5) == "kurang");
    CHECK(band(51.0) == "kurang");
    CHECK(band(50.99) == "buruk");
  }
  TEST_CASE("8/2021: 100.5 % lies between Baik (100 %) and Sangat Baik (101–110 %): the band below, 109") {
    const auto& r = kinerja::default_rules().permen8_2021;
    const auto n = kinerja::nilai_capaian_8_2021(r, 100.5);
    REQUIRE(n.ok);
    CHECK(n.kategori == "baik");
    CHECK(n.nilai == doctest::Approx(109.0));
    CHECK(kinerja::nilai_capaian_8_2021(r, 101.0).kategori == "sangat-baik");
    CHECK(kinerja::nilai_capaian_8_2021(r, 101.0).nilai == doctest::Approx(110.0));
    // a maximum-attainable target met in full is Sangat Baik, 120
    const auto maks = kinerja::nilai_capaian_8_2021(r, 100.0, true);
    CHECK(maks.kategori == "sangat-baik");
    CHECK(maks.nilai == doctest::Approx(120.0));
  }
}
