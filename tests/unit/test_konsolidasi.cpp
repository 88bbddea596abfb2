// Konsolidasi per period (core/view/konsolidasi).
#include "tests/unit/demo_store_fixture.hpp"
#include "core/view/konsolidasi.hpp"

#include "core/sync/bundle_io.hpp"
#include "core/demo/demo.hpp"
#include "core/model/serialize.hpp"

#include <doctest/doctest.h>

using namespace kinerja;


TEST_SUITE("konsolidasi") {
  TEST_CASE("counts per status add up per unit and for the city, and match the score report") {
    const Store store = test::demo_store(80);
    const CityView v = build_city_view(store, "2026-11-28T00:00:00Z");
    const auto order = periods_in_order(v);
    REQUIRE(!order.empty());
    for (std::size_t p : order) {
      const Konsolidasi k = konsolidasi(v, p);
      JumlahStatus expected;
      for (const auto& s : v.report.pegawai)
        if (s.period == p) expected.tambah(s.status);
      CHECK(k.kota == expected);
      JumlahStatus sum;
      for (const auto& u : k.units) {
        sum.belum_mulai += u.jumlah.belum_mulai;
        sum.diajukan += u.jumlah.diajukan;
        sum.dinilai += u.jumlah.dinilai;
        sum.terlambat += u.jumlah.terlambat;
        CHECK(u.jumlah.total() > 0);
      }
      CHECK(sum == k.kota);
      CHECK(static_cast<int>(k.belum_mulai.size()) == k.kota.belum_mulai);
      CHECK(static_cast<int>(k.terlambat.size()) == k.kota.terlambat);
      for (std::size_t i : k.terlambat) CHECK(v.report.pegawai[i].status == StatusPenilaian::terlambat);
      for (std::size_t i : k.belum_mulai) {
        CHECK(v.report.pegawai[i].status == StatusPenilaian::belum_mulai);
        CHECK(v.report.pegawai[i].period == p);
      }
    }
  }

  TEST_CASE("the demo has rated assessments in its first quarter") {
    const Store store = test::demo_store(80);
    const CityView v = build_city_view(store, "2026-11-28T00:00:00Z");
    const std::size_t tw1 = find_period(v, "p-2026-tw1");
    REQUIRE(tw1 != kTidakAda);
    const Konsolidasi k = konsolidasi(v, tw1);
    CHECK(k.kota.dinilai > 0);
    CHECK(k.kota.total() > 0);
  }

  TEST_CASE("no period, a period out of range") {
    const Store store = test::demo_store(20);
    const CityView v = build_city_view(store, "2026-11-28T00:00:00Z");
    CHECK(konsolidasi(v, kTidakAda).kota.total() == 0);
    CHECK(konsolidasi(v, v.bundle.periods.size()).units.empty());
  }
}
