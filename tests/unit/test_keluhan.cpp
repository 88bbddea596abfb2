#include "core/calc/keluhan.hpp"

#include <doctest/doctest.h>

#include <vector>

using namespace kinerja;

namespace {
constexpr std::int64_t kHari = 86'400'000;
constexpr std::int64_t kJam = 3'600'000;
// 2026-11-02T08:00:00Z, a Monday (16:00 WITA)
constexpr std::int64_t kSenin = 1793606400000;
} // namespace

TEST_SUITE("keluhan") {
  TEST_CASE("limits come from the rules") {
    const auto& r = default_rules().lapor;
    CHECK(r.tanggapan_pertama_hari == 3);
    CHECK(batas_penyelesaian(r, "informasi") == 5);
    CHECK(batas_penyelesaian(r, "pengaduan") == 5);
    CHECK(batas_penyelesaian(r, "sengketa") == 14);
    CHECK(batas_penyelesaian(r, "pemeriksaan-lapangan") == 60);
    CHECK(batas_penyelesaian(r, "Antrean dan waktu tunggu") == 5);  // a topic, not an SP4N type: general limit
    CHECK_FALSE(kategori_dikenal(r, "Antrean dan waktu tunggu"));
    RulesLapor strict = r;
    strict.kategori_bawaan.clear();
    CHECK_FALSE(batas_penyelesaian(strict, "lainnya").has_value());
  }

  TEST_CASE("response and resolution statistics against the limits") {
    const auto& r = default_rules().lapor;
    const std::int64_t now = kSenin + 10 * kHari;
    std::vector<Keluhan> k{
        {"pengaduan", kSenin, kSenin + 1 * kHari, kSenin + 4 * kHari},             // both on time
        {"pengaduan", kSenin, kSenin + 4 * kHari, kSenin + 6 * kHari},             // both late
        {"sengketa", kSenin, kSenin + 2 * kHari, kSenin + 14 * kHari},             // exactly at the limit: on time
        {"pemeriksaan-lapangan", kSenin, std::nullopt, std::nullopt},              // unanswered 10 days: late; open within 60
        {"informasi", now - 1 * kHari, std::nullopt, std::nullopt},                // too young to judge
        {"lainnya", kSenin, std::nullopt, kSenin + 3 * kHari},                     // not an SP4N type: 5 days; resolution = response
        {"pengaduan", kSenin, std::nullopt, std::nullopt},                         // open past 5 days
    };
    auto s = statistik_keluhan(r, k, now);
    CHECK(s.jumlah == 7);
    CHECK(s.belum_ditanggapi == 3);
    CHECK(s.terbuka == 3);
    CHECK(s.terbuka_lewat_batas == 1);
    CHECK(s.kategori_tidak_dikenal == 1);
    CHECK(s.waktu_tidak_valid == 0);
    CHECK(s.tanggapan.jumlah == 6);
    CHECK(s.tanggapan.tepat_waktu == 3);
    REQUIRE(s.tanggapan.porsi_tepat_waktu.has_value());
    CHECK(*s.tanggapan.porsi_tepat_waktu == doctest::Approx(0.5));
    CHECK(*s.tanggapan.median_hari == doctest::Approx(2.5));  // 1, 2, 3, 4
    CHECK(*s.tanggapan.p90_hari == doctest::Approx(4.0));
    CHECK(s.penyelesaian.jumlah == 5);
    CHECK(s.penyelesaian.tepat_waktu == 3);
    CHECK(*s.penyelesaian.porsi_tepat_waktu == doctest::Approx(0.6));
    RulesLapor strict = r;
    strict.kategori_bawaan.clear();
    auto t = statistik_keluhan(strict, k, now);
    CHECK(t.penyelesaian.jumlah == 4);  // the unknown category is not judged
    CHECK(t.penyelesaian.tepat_waktu == 2);
    CHECK(*s.penyelesaian.median_hari == doctest::Approx(5.0));  // 3, 4, 6, 14
    CHECK(*s.penyelesaian.p90_hari == doctest::Approx(14.0));
  }

  TEST_CASE("nothing to measure, and impossible times") {
    const auto& r = default_rules().lapor;
    auto empty = statistik_keluhan(r, {}, kSenin);
    CHECK(empty.jumlah == 0);
    CHECK_FALSE(empty.tanggapan.median_hari.has_value());
    CHECK_FALSE(empty.tanggapan.porsi_tepat_waktu.has_value());
    std::vector<Keluhan> bad{{"pengaduan", kSenin, kSenin - kHari, kSenin - kHari}};
    auto s = statistik_keluhan(r, bad, kSenin + kHari);
    CHECK(s.waktu_tidak_valid == 2);
    CHECK(s.terbuka == 1);
    CHECK(s.belum_ditanggapi == 1);
  }

  TEST_CASE("hari kerja: weekends in local time (WITA) do not count") {
    RulesLapor kerja = default_rules().lapor;
    kerja.satuan = SatuanHari::kerja;
    const std::int64_t jumat = kSenin + 4 * kHari;  // Friday 16:00 WITA
    const std::int64_t senin = jumat + 3 * kHari;   // next Monday 16:00 WITA
    CHECK(selisih_hari(default_rules().lapor, jumat, senin) == doctest::Approx(3.0));
    CHECK(selisih_hari(kerja, jumat, senin) == doctest::Approx(1.0));
    CHECK(selisih_hari(kerja, kSenin, kSenin + 7 * kHari) == doctest::Approx(5.0));
    CHECK(selisih_hari(kerja, kSenin, kSenin + 2 * kJam) == doctest::Approx(2.0 / 24));
    // Saturday 10:00 → Sunday 20:00 WITA: no working time at all
    const std::int64_t sabtu = jumat + kHari - 6 * kJam;
    CHECK(selisih_hari(kerja, sabtu, sabtu + 34 * kJam) == doctest::Approx(0.0));
  }
}
