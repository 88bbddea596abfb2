// Calibration against the curve (core/workflow/kalibrasi).
#include "tests/unit/demo_store_fixture.hpp"
#include "core/workflow/kalibrasi.hpp"
#include "core/workflow/master_ops.hpp"

#include "core/sync/bundle_io.hpp"
#include "core/demo/demo.hpp"
#include "core/sync/merge.hpp"
#include "core/model/serialize.hpp"

#include <doctest/doctest.h>

using namespace kinerja;

namespace {
constexpr const char* kNow = "2026-11-28T00:00:00Z";
} // namespace

TEST_SUITE("kalibrasi") {
  TEST_CASE("a unit's distribution counts the rated employees under it, as the score report does") {
    const Store store = test::demo_store(120);
    const CityView v = build_city_view(store, kNow);
    REQUIRE(!v.report.kurva.empty());
    for (const auto& ku : v.report.kurva) {
      const KalibrasiUnit k = kalibrasi_unit(v, ku.unit, ku.period);
      REQUIRE(k.cko.has_value());
      CHECK(*k.cko == ku.cko);
      // No stored predikat in the demo: calibration starts where the score report is.
      CHECK(k.jumlah.n == ku.jumlah.n);
      CHECK(k.peringatan.size() == ku.peringatan.size());
      CHECK(static_cast<int>(k.pegawai.size()) >= k.jumlah.total());
    }
  }

  TEST_CASE("the summary per unit equals each unit's own calibration view, warnings first") {
    const Store store = test::demo_store(120);
    const CityView v = build_city_view(store, kNow);
    const std::size_t p = v.report.kurva.front().period;
    const auto units = unit_berkurva(v, p);
    REQUIRE(!units.empty());
    std::size_t with_cko = 0;
    for (const auto& k : v.report.kurva) with_cko += k.period == p ? 1 : 0;
    CHECK(units.size() == with_cko);
    bool seen_clean = false;
    for (const auto& r : units) {
      const KalibrasiUnit k = kalibrasi_unit(v, r.unit, p);
      CHECK(k.jumlah.n == r.jumlah.n);
      CHECK(k.peringatan.size() == r.peringatan.size());
      REQUIRE(k.cko.has_value());
      CHECK(*k.cko == r.cko);
      if (r.peringatan.empty()) seen_clean = true;
      else CHECK(!seen_clean);
    }
  }

  TEST_CASE("calibrating one employee changes only predikat and reason, and moves the distribution") {
    Store store = test::demo_store(120);
    const CityView v = build_city_view(store, kNow);
    // A rated employee in a unit with a CKO.
    const KurvaUnit* ku = nullptr;
    std::size_t who = kTidakAda;
    for (const auto& k : v.report.kurva) {
      if (v.bundle.periods[k.period].locked) continue;  // a locked period refuses every edit
      for (std::size_t i : kalibrasi_unit(v, k.unit, k.period).pegawai)
        if (v.report.pegawai[i].sudah_dinilai && v.report.pegawai[i].predikat != Predikat::sangat_baik) {
          ku = &k;
          who = i;
          break;
        }
      if (ku) break;
    }
    REQUIRE(ku != nullptr);
    const SkorPegawai& s = v.report.pegawai[who];
    const Predikat before = predikat_penetapan(v, s);
    const std::string ev_id = v.bundle.evaluations[s.evaluation].meta.id;
    const nlohmann::json* current = find_record(store, "evaluations", ev_id);
    REQUIRE(current != nullptr);

    const auto refused = kalibrasi_record(*current, before, Predikat::sangat_baik, "  ok  ", "admin (Laptop BKPSDM)", "2026-11-28T02:00:00Z");
    CHECK(!refused.ok());
    CHECK(refused.errors.front().pointer == "/catatan");
    CHECK(!kalibrasi_record(*current, before, before, "alasan yang cukup panjang", "admin (Laptop BKPSDM)", "2026-11-28T02:00:00Z").ok());
    CHECK(!kalibrasi_record(*current, before, Predikat::invalid, "alasan yang cukup panjang", "admin (Laptop BKPSDM)", "2026-11-28T02:00:00Z").ok());

    const auto edit = kalibrasi_record(*current, before, Predikat::sangat_baik,
                                       "  Kinerja tim vaksinasi melampaui target kota ", "admin (Laptop BKPSDM)", "2026-11-28T02:00:00Z");
    REQUIRE(edit.ok());
    // The override says who, when and why; the rater's fields stay as signed.
    const nlohmann::json expected_kalibrasi = {{"predikat", "sangat-baik"},
                                               {"oleh", "admin (Laptop BKPSDM)"},
                                               {"waktu", "2026-11-28T02:00:00Z"},
                                               {"alasan", "Kinerja tim vaksinasi melampaui target kota"}};
    CHECK(edit.record["kalibrasi"] == expected_kalibrasi);
    nlohmann::json rest = edit.record, old = *current;
    rest.erase("kalibrasi");
    old.erase("kalibrasi");
    CHECK(rest == old);

    // The operation the Admin screen calls gives the same record, at its time.
    const std::int64_t late_evening = *parse_timestamp_ms("2026-11-28T16:30:00Z");
    const OperationResult op = simpan_kalibrasi(store, v, ev_id, before, Predikat::sangat_baik,
                                                "Kinerja tim vaksinasi melampaui target kota", "admin", late_evening);
    REQUIRE(op.ok());
    REQUIRE(op.changes.size() == 1);
    CHECK(op.changes[0].record["kalibrasi"]["waktu"] == "2026-11-28T16:30:00Z");
    CHECK(op.changes[0].record["kalibrasi"]["oleh"] == "admin");
    CHECK(simpan_kalibrasi(store, v, ev_id, before, Predikat::sangat_baik, "ok", "admin", late_evening).errors.front().pointer ==
          "/catatan");
    Store locked = store;
    const OperationResult lock = ubah_kunci_periode(locked, v.bundle.periods[ku->period].meta.id, true);
    REQUIRE(apply_change(locked, "periods", lock.changes.at(0).record, "dev-test", 1'800'000'000'000).ok());
    CHECK(!simpan_kalibrasi(locked, build_city_view(locked, kNow), ev_id, before, Predikat::sangat_baik,
                            "Kinerja tim vaksinasi melampaui target kota", "admin", late_evening)
               .ok());

    const JumlahPredikat jumlah_before = kalibrasi_unit(v, ku->unit, ku->period).jumlah;
    auto applied = apply_change(store, "evaluations", edit.record, "dev-test", 1'800'000'000'000);
    REQUIRE(applied.ok());
    const CityView after = build_city_view(store, kNow);
    const JumlahPredikat jumlah_after = kalibrasi_unit(after, ku->unit, ku->period).jumlah;
    for (const auto& r : unit_berkurva(after, ku->period))
      if (r.unit == ku->unit) CHECK(r.jumlah.n == jumlah_after.n);
    CHECK(jumlah_after[Predikat::sangat_baik] == jumlah_before[Predikat::sangat_baik] + 1);
    CHECK(jumlah_after[before] == jumlah_before[before] - 1);
    CHECK(jumlah_after.total() == jumlah_before.total());
  }

  TEST_CASE("an unrated evaluation is not calibrated") {
    const nlohmann::json ev = {{"id", "ev-x"}, {"employee_id", "e"}, {"period_id", "p"}};
    const auto r = kalibrasi_record(ev, Predikat::invalid, Predikat::baik, "alasan yang cukup panjang", "admin",
                                    "2026-11-28T02:00:00Z");
    REQUIRE(!r.ok());
    CHECK(r.errors.front().pointer == "/rated");
    CHECK(!kalibrasi_record(nlohmann::json::array(), Predikat::baik, Predikat::sangat_baik, "alasan cukup panjang", "admin",
                            "x")
               .ok());
  }

}
