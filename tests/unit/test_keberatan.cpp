// Keberatan decisions (core/workflow/keberatan).
#include "tests/unit/demo_store_fixture.hpp"
#include "core/workflow/keberatan.hpp"
#include "core/workflow/master_ops.hpp"

#include "core/sync/bundle_io.hpp"
#include "core/demo/demo.hpp"
#include "core/workflow/kalibrasi.hpp"
#include "core/sync/merge.hpp"
#include "core/model/serialize.hpp"

#include <doctest/doctest.h>

using namespace kinerja;

namespace {
constexpr const char* kNow = "2026-11-28T00:00:00Z";

nlohmann::json with_keberatan() {
  return {{"id", "ev-1"}, {"employee_id", "e-1"}, {"period_id", "p-1"}, {"rated", "2026-04-02T00:00:00Z"},
          {"keberatan", {{"text", "bukti saya lengkap"}, {"penjelasan_penilai", "sebagian tidak terbuka"}}}};
}
} // namespace

TEST_SUITE("keberatan") {
  TEST_CASE("the demo's objections are listed, undecided first") {
    const Store store = test::demo_store(200);
    const CityView v = build_city_view(store, kNow);
    std::size_t total = 0;
    for (std::size_t p : periods_in_order(v)) {
      const auto list = daftar_keberatan(v, p);
      total += list.size();
      bool seen_decided = false;
      for (std::size_t i : list) {
        const auto& s = v.report.pegawai[i];
        CHECK(s.period == p);
        const auto& k = v.bundle.evaluations[s.evaluation].keberatan;
        REQUIRE(k.has_value());
        if (k->decision) seen_decided = true;
        else CHECK(!seen_decided);
      }
    }
    CHECK(total > 0);
  }

  TEST_CASE("atasan and penilai come from the assignment") {
    const Store store = test::demo_store(60);
    const CityView v = build_city_view(store, kNow);
    for (const auto& a : v.bundle.assignments) {
      const std::size_t e = find_employee(v, a.employee_id), p = find_period(v, a.period_id);
      CHECK(pejabat_penilai(v, e, p) == find_employee(v, a.penilai_id));
      if (a.atasan_penilai_id.empty()) CHECK(atasan_penilai(v, e, p) == kTidakAda);
      else CHECK(atasan_penilai(v, e, p) == find_employee(v, a.atasan_penilai_id));
    }
    CHECK(atasan_penilai(v, kTidakAda, 0) == kTidakAda);
  }

  TEST_CASE("validation of a decision") {
    const auto ev = with_keberatan();
    KeputusanKeberatanInput in;
    in.note = "bukti dukung telah diperiksa ulang";
    in.decided_by = "e-atasan";
    SUBCASE("no decision") {
      const auto r = putuskan_keberatan(ev, Predikat::kurang_misconduct, in);
      REQUIRE(!r.ok());
      CHECK(r.errors.front().pointer == "/keberatan/decision");
    }
    SUBCASE("granted needs a different final predikat") {
      in.decision = KeputusanKeberatan::diterima;
      CHECK(putuskan_keberatan(ev, Predikat::kurang_misconduct, in).errors.front().pointer ==
            "/keberatan/predikat_akhir");
      in.predikat_akhir = Predikat::kurang_misconduct;
      CHECK(!putuskan_keberatan(ev, Predikat::kurang_misconduct, in).ok());
      in.predikat_akhir = Predikat::baik;
      const auto r = putuskan_keberatan(ev, Predikat::kurang_misconduct, in);
      REQUIRE(r.ok());
      CHECK(r.record["keberatan"]["decision"] == "diterima");
      CHECK(r.record["keberatan"]["predikat_akhir"] == "baik");
      CHECK(r.record["keberatan"]["decided_by"] == "e-atasan");
      CHECK(r.record["keberatan"]["text"] == "bukti saya lengkap");
      CHECK(r.record["rated"] == ev["rated"]);
    }
    SUBCASE("refused keeps the predikat") {
      in.decision = KeputusanKeberatan::ditolak;
      in.predikat_akhir = Predikat::baik;
      CHECK(!putuskan_keberatan(ev, Predikat::kurang_misconduct, in).ok());
      in.predikat_akhir.reset();
      const auto r = putuskan_keberatan(ev, Predikat::kurang_misconduct, in);
      REQUIRE(r.ok());
      CHECK(r.record["keberatan"]["decision"] == "ditolak");
      CHECK(!r.record["keberatan"].contains("predikat_akhir"));
    }
    SUBCASE("a short note, no atasan, no keberatan") {
      in.decision = KeputusanKeberatan::ditolak;
      in.note = " singkat ";
      in.decided_by.clear();
      const auto r = putuskan_keberatan(ev, Predikat::baik, in);
      CHECK(r.errors.size() == 2);
      nlohmann::json none = ev;
      none.erase("keberatan");
      CHECK(putuskan_keberatan(none, Predikat::baik, in).errors.front().pointer == "/keberatan");
    }
  }

  TEST_CASE("a granted keberatan stored through the core sets the final predikat") {
    Store store = test::demo_store(200);
    const CityView v = build_city_view(store, kNow);
    std::size_t who = kTidakAda;
    for (std::size_t p : periods_in_order(v)) {
      if (v.bundle.periods[p].locked) continue;  // a locked period refuses every edit
      for (std::size_t i : daftar_keberatan(v, p)) {
        const auto& s = v.report.pegawai[i];
        if (!v.bundle.evaluations[s.evaluation].keberatan->decision && s.sudah_dinilai &&
            atasan_penilai(v, s.employee, s.period) != kTidakAda) {
          who = i;
          break;
        }
      }
      if (who != kTidakAda) break;
    }
    REQUIRE(who != kTidakAda);
    const SkorPegawai s = v.report.pegawai[who];
    const std::string ev_id = v.bundle.evaluations[s.evaluation].meta.id;
    const Predikat now = predikat_penetapan(v, s);
    const Predikat target = now == Predikat::baik ? Predikat::butuh_perbaikan : Predikat::baik;
    KeputusanKeberatanInput in{KeputusanKeberatan::diterima, "bukti dukung terbukti lengkap", target,
                               v.bundle.employees[atasan_penilai(v, s.employee, s.period)].meta.id};
    const OperationResult op = simpan_keputusan_keberatan(store, v, ev_id, now, in);
    REQUIRE(op.ok());
    REQUIRE(op.changes.size() == 1);
    CHECK(op.changes[0].collection == "evaluations");
    CHECK(!simpan_keputusan_keberatan(store, v, "ev-tidak-ada", now, in).ok());

    // Once the period is locked the same decision is refused and nothing changes.
    Store locked = store;
    const OperationResult lock = ubah_kunci_periode(locked, v.bundle.periods[s.period].meta.id, true);
    REQUIRE(lock.ok());
    REQUIRE(apply_change(locked, "periods", lock.changes[0].record, "dev-test", 1'800'000'000'000).ok());
    const OperationResult late = simpan_keputusan_keberatan(locked, build_city_view(locked, kNow), ev_id, now, in);
    CHECK(!late.ok());
    CHECK(late.changes.empty());

    REQUIRE(apply_change(store, "evaluations", op.changes[0].record, "dev-test", 1'800'000'000'000).ok());
    const CityView after = build_city_view(store, kNow);
    const SkorPegawai* s2 = find_skor(after, s.employee, s.period);
    REQUIRE(s2 != nullptr);
    CHECK(s2->predikat == target);
    CHECK(predikat_penetapan(after, *s2) == target);
  }
}
