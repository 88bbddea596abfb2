// A unit's service data as CSV (core/workflow/layanan_csv): daily register
// totals and SP4N-LAPOR! reports, their row errors, and the import they feed.
#include "core/workflow/layanan_csv.hpp"

#include "core/calc/score.hpp"
#include "core/sync/preview.hpp"
#include "core/view/city_view.hpp"
#include "core/workflow/employee_csv.hpp"
#include "tests/unit/demo_store_fixture.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace kinerja;

namespace {

constexpr std::int64_t kNow = 1'782'000'000'000;  // 2026-06-21

std::string pointers(const std::vector<ValidationError>& errors) {
  std::string out;
  for (const auto& e : errors) out += e.pointer + ": " + e.message_id + "\n";
  return out;
}

} // namespace

TEST_SUITE("layanan_csv") {
  TEST_CASE("the header tells the kinds apart") {
    CHECK(jenis_csv(volume_csv_example()) == JenisCsv::volume_layanan);
    CHECK(jenis_csv(lapor_csv_example()) == JenisCsv::lapor);
    CHECK(jenis_csv(employee_csv_example()) == JenisCsv::pegawai);
    CHECK(jenis_csv("Nomor_Laporan,Tanggal_Diterima,Kategori\n1,2026-01-01 08:00,x\n") == JenisCsv::lapor);
  }

  TEST_CASE("daily register totals become service volumes, one id per unit, service and day") {
    const Store store = test::demo_store(300);
    const LayananCsv v = read_volume_csv(volume_csv_example(), store, "u-pkm-palaran");
    INFO(pointers(v.errors));
    REQUIRE(v.ok());
    REQUIRE(v.records.size() == 3);
    CHECK(v.records[0].at("id") == "sv-pkm-palaran-rawat-jalan-2026-04-01");
    CHECK(v.records[0].at("unit_id") == "u-pkm-palaran");
    CHECK(v.records[0].at("jumlah") == 64);
    CHECK(v.records[2].at("layanan") == "Imunisasi");

    // A unit column by name wins over the default.
    const LayananCsv named = read_volume_csv("unit;tanggal;layanan;jumlah\nUPTD Puskesmas Sambutan;2026-04-01;Rawat jalan;5\n",
                                             store, "u-pkm-palaran");
    REQUIRE(named.ok());
    CHECK(named.records[0].at("unit_id") == "u-pkm-sambutan");
  }

  TEST_CASE("every bad row is named and nothing comes out") {
    const Store store = test::demo_store(300);
    const std::string bad =
        "tanggal;layanan;jumlah\n"
        "2026-04-01;Rawat jalan;64\n"
        "2026-02-30;Rawat jalan;70\n"        // no such day
        "2026-04-03;;12\n"                   // no service
        "2026-04-04;Rawat jalan;dua puluh\n" // not a number
        "2026-04-01;Rawat jalan;66\n";       // the first row again
    const LayananCsv v = read_volume_csv(bad, store, "u-pkm-palaran");
    REQUIRE_FALSE(v.ok());
    CHECK(v.records.empty());
    const std::string said = pointers(v.errors);
    INFO(said);
    REQUIRE(v.errors.size() == 4);
    CHECK(v.errors[0].pointer == "baris 3");
    CHECK(v.errors[0].message_id.find("2026-02-30") != std::string::npos);
    CHECK(v.errors[1].pointer == "baris 4");
    CHECK(v.errors[2].pointer == "baris 5");
    CHECK(v.errors[2].message_id.find("dua puluh") != std::string::npos);
    CHECK(v.errors[3].pointer == "baris 6");
    CHECK(v.errors[3].message_id.find("baris 2") != std::string::npos);

    const LayananCsv no_unit = read_volume_csv(volume_csv_example(), store, "");
    REQUIRE_FALSE(no_unit.ok());
    CHECK(no_unit.errors[0].pointer == "baris 2");
    const LayananCsv no_columns = read_volume_csv("tanggal;jumlah\n2026-04-01;3\n", store, "u-pkm-palaran");
    REQUIRE_FALSE(no_columns.ok());
    CHECK(no_columns.errors[0].pointer == "baris 1");
  }

  TEST_CASE("SP4N-LAPOR! reports become complaints on channel lapor, times read in WITA") {
    const Store store = test::demo_store(300);
    const LayananCsv l = read_lapor_csv(lapor_csv_example(), store, "u-pkm-palaran");
    INFO(pointers(l.errors));
    REQUIRE(l.ok());
    REQUIRE(l.records.size() == 2);
    CHECK(l.records[0].at("id") == "lapor-6123401");
    CHECK(l.records[0].at("channel") == "lapor");
    CHECK(l.records[0].at("received") == "2026-04-03T01:15:00Z");  // 09:15 WITA
    CHECK(l.records[0].at("resolved") == "2026-04-06T02:00:00Z");
    CHECK(l.records[1].at("received") == "2026-04-05T12:41:00Z");  // 05/04/2026 20:41 WITA
    CHECK_FALSE(l.records[1].contains("resolved"));                // not yet
    CHECK(l.records[1].at("category") == "informasi");

    const std::string bad =
        "nomor;diterima;tanggapan_pertama;selesai;kategori\n"
        "1;2026-04-03 09:15;2026-04-03 08:00;;pengaduan\n"  // answered before it came in
        "2;kemarin sore;;;pengaduan\n"                       // unreadable time
        "3;2026-04-03 09:15;;;pengaduan\n";
    const LayananCsv refused = read_lapor_csv(bad, store, "u-pkm-palaran");
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.records.empty());
    REQUIRE(refused.errors.size() == 2);
    CHECK(refused.errors[0].pointer == "baris 2");
    CHECK(refused.errors[1].pointer == "baris 3");
    CHECK(refused.errors[1].message_id.find("kemarin sore") != std::string::npos);
  }

  TEST_CASE("imported through the ordinary preview, the reports join the unit's complaints of the quarter, once") {
    Store store = test::demo_store(300);
    const LayananCsv l = read_lapor_csv(lapor_csv_example(), store, "u-pkm-palaran");
    REQUIRE(l.ok());
    const std::string bundle = layanan_csv_bundle(store, l, "dev-admin", kNow);
    const ImportPreview p = preview_import(store, {IncomingFile{"lapor.csv", bundle}});
    INFO(pointers(p.files.front().errors));
    REQUIRE(p.files.front().ok());
    CHECK(p.count(Outcome::new_record) == 2);
    auto complaints_q2 = [&](const Store& st) {
      const CityView v = build_city_view(st, "2026-06-21T00:00:00Z");
      return kumpulkan_data_layanan(v.bundle, find_period(v, "p-2026-tw2"))[find_unit(v, "u-pkm-palaran")].keluhan.size();
    };
    const std::size_t before = complaints_q2(store);
    apply_import(store, p);
    CHECK(complaints_q2(store) == before + 2);
    // Again: the same reports are not added twice.
    const ImportPreview again =
        preview_import(store, {IncomingFile{"lapor.csv", layanan_csv_bundle(store, l, "dev-admin", kNow + 1000)}});
    CHECK(again.count(Outcome::new_record) == 0);
  }
}
