// The admin's master-data operations (core/workflow/master_ops): the record
// built from a form on top of the current one, refusals that name the field,
// and locking a period.
#include "core/workflow/master_ops.hpp"

#include "core/sync/merge.hpp"
#include "core/calc/ikm.hpp"
#include "core/view/sampel_layanan.hpp"
#include "demo_store_fixture.hpp"

#include <doctest/doctest.h>

using namespace kinerja;
using nlohmann::json;

namespace {

constexpr std::int64_t kNow = 1'795'852'800'000;  // 2026-11-28T08:00:00Z

json only_change(const OperationResult& r, const char* collection) {
  INFO((r.errors.empty() ? std::string() : r.errors[0].pointer + " " + r.errors[0].message_en));
  REQUIRE(r.ok());
  REQUIRE(r.changes.size() == 1);
  CHECK(r.changes[0].collection == collection);
  return r.changes[0].record;
}

}  // namespace

TEST_SUITE("master_ops") {
  TEST_CASE("a unit's form changes only its own fields; text is trimmed, empty text removes, flags become booleans") {
    const Store s = test::demo_store(40);
    const json before = *find_record(s, "units", "u-dinkes");
    FormulirDataInduk form{{{"name", "  Dinas Kesehatan Kota Samarinda \t"}, {"is_service_unit", "1"}},
                           {"name", "parent_id"}, {}, {"is_service_unit"}};
    const json rec = only_change(simpan_data_induk(s, "units", "u-dinkes", form), "units");
    CHECK(rec.at("name") == "Dinas Kesehatan Kota Samarinda");
    CHECK(rec.at("is_service_unit") == true);
    for (const auto& [k, v] : before.items())
      if (k != "name" && k != "is_service_unit") CHECK(rec.at(k) == v);  // untouched, the envelope too
    // An empty optional text field is removed.
    form.isian["name"] = "Dinas Kesehatan";
    form.isian["parent_id"] = "   ";
    CHECK_FALSE(only_change(simpan_data_induk(s, "units", "u-dinkes", form), "units").contains("parent_id"));
  }

  TEST_CASE("an indicator's source is a nested object: set, changed, removed with its kind; a bad kind refused at its pointer") {
    const Store s = test::demo_store(40);
    const std::vector<std::string> fields{"text", "satuan", "polaritas", "aspek", "sumber.jenis", "sumber.layanan"};
    FormulirDataInduk form{{{"text", "Rata-rata pasien rawat jalan per hari"}, {"satuan", "orang"}, {"polaritas", "naik"},
                            {"aspek", "kuantitas"}, {"sumber.jenis", "volume-harian"}, {"sumber.layanan", " Rawat jalan "}},
                           fields, {}, {}};
    json rec = only_change(simpan_data_induk(s, "indicators", "ind-uji", form), "indicators");
    CHECK(rec.at("sumber") == json{{"jenis", "volume-harian"}, {"layanan", "Rawat jalan"}});
    // A volume source without its service is refused where the reader names it.
    form.isian["sumber.layanan"] = "";
    const auto bad = simpan_data_induk(s, "indicators", "ind-uji", form);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.errors.front().pointer.find("sumber/layanan") != std::string::npos);
    form.isian["sumber.jenis"] = "ikm";
    rec = only_change(simpan_data_induk(s, "indicators", "ind-uji", form), "indicators");
    CHECK(rec.at("sumber") == json{{"jenis", "ikm"}});
    // No kind: typed by the employee again, the whole source gone.
    form.isian["sumber.jenis"] = "";
    form.isian["sumber.layanan"] = "Rawat jalan";
    CHECK_FALSE(only_change(simpan_data_induk(s, "indicators", "ind-uji", form), "indicators").contains("sumber"));
    form.isian["sumber.jenis"] = "kira-kira";
    const auto unknown = simpan_data_induk(s, "indicators", "ind-uji", form);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.errors.front().pointer.find("sumber/jenis") != std::string::npos);
  }

  TEST_CASE("a service unit's population per period: saved, replaced, removed; bad input refused at its field") {
    Store s = test::demo_store(40);
    const std::string unit = "u-disdukcapil", period = "p-2026-tw2";
    // The jumlah of every entry for `period` in a unit record.
    auto entries = [&](const json& rec) {
      std::vector<std::int64_t> out;
      const json list = rec.value("penerima_layanan", json::array());
      for (const json& e : list)
        if (e.value("period_id", std::string()) == period) out.push_back(e.value("jumlah", std::int64_t{-1}));
      return out;
    };
    const json rec = only_change(simpan_penerima_layanan(s, unit, period, " 5400 "), "units");
    CHECK(entries(rec) == std::vector<std::int64_t>{5400});
    REQUIRE(apply_change(s, "units", rec, "dev-admin", kNow).ok());
    // The admin's view: the minimum for 5,400 and the shortfall against the responses so far.
    const CityView v = build_city_view(s, "2026-11-28T08:00:00Z");
    const SampelLayanan sl = sampel_layanan(v, find_unit(v, unit), find_period(v, period));
    CHECK(sl.populasi == 5400);
    CHECK(sl.minimum == sampel_minimum(default_rules().sampel, 5400));
    CHECK(sl.minimum > 350);
    CHECK(sl.kekurangan == std::max<std::int64_t>(0, sl.minimum - sl.responden));
    CHECK(sl.memadai() == (sl.responden >= sl.minimum));
    // Replaced, then removed by an empty entry.
    CHECK(entries(only_change(simpan_penerima_layanan(s, unit, period, "120"), "units")) == std::vector<std::int64_t>{120});
    CHECK(entries(only_change(simpan_penerima_layanan(s, unit, period, ""), "units")).empty());
    // Refused, nothing to store.
    for (const char* bad : {"-1", "12,5", "banyak", "100000001"}) {
      const OperationResult r = simpan_penerima_layanan(s, unit, period, bad);
      REQUIRE_FALSE(r.ok());
      CHECK(r.changes.empty());
      CHECK(r.errors[0].pointer == "/penerima_layanan/jumlah");
    }
    CHECK(simpan_penerima_layanan(s, "u-dinkes", period, "10").errors.at(0).pointer == "/units/u-dinkes");
    CHECK(simpan_penerima_layanan(s, unit, "p-tidak-ada", "10").errors.at(0).pointer == "/periods/p-tidak-ada");
  }

  TEST_CASE("a new employee with a bad NIP is refused at /nip and nothing is returned to store") {
    const Store s = test::demo_store(40);
    FormulirDataInduk form{{{"nip", "1990011520150310"}, {"name", "Rina Uji Coba"}, {"unit_id", "u-dinkes"},
                            {"golongan", "III/a"}, {"is_unit_head", "0"}},
                           {"nip", "name", "unit_id", "golongan"}, {}, {"is_unit_head"}};
    const auto bad = simpan_data_induk(s, "employees", "pg-baru", form);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.changes.empty());
    CHECK(bad.errors.front().pointer == "/nip");
    form.isian["nip"] = "199001152015032001";
    const json rec = only_change(simpan_data_induk(s, "employees", "pg-baru", form), "employees");
    CHECK(rec.at("id") == "pg-baru");
    CHECK(rec.at("is_unit_head") == false);
  }

  TEST_CASE("numbers are read as whole numbers; anything else is kept as typed and refused by its field") {
    const Store s = test::demo_store(40);
    FormulirDataInduk form{{{"name", "Triwulan Uji"}, {"jenis", "triwulanan"}, {"start", "2027-01-01"}, {"end", "2027-03-31"},
                            {"deadline", "2027-04-10"}, {"metode", "permenpanrb-6-2022"}, {"year", "2027"}, {"locked", "0"}},
                           {"name", "jenis", "start", "end", "deadline", "metode"}, {"year"}, {"locked"}};
    const json rec = only_change(simpan_data_induk(s, "periods", "p-2027-uji", form), "periods");
    CHECK(rec.at("year") == 2027);
    CHECK(rec.at("locked") == false);
    form.isian["year"] = "dua ribu";
    const auto bad = simpan_data_induk(s, "periods", "p-2027-uji", form);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.errors.front().pointer == "/year");
  }

  TEST_CASE("locking a period: the flag changes, nothing else; an unknown period is refused; merge then refuses edits into it") {
    Store s = test::demo_store(40);
    const CityView v = build_city_view(s, "2026-11-28T00:00:00Z");
    // An open period that has evaluations.
    std::string open_id;
    for (const auto& e : v.bundle.evaluations) {
      const std::size_t p = find_period(v, e.period_id);
      if (p != kTidakAda && !v.bundle.periods[p].locked) open_id = e.period_id;
    }
    REQUIRE(!open_id.empty());
    const json before = *find_record(s, "periods", open_id);
    const json rec = only_change(ubah_kunci_periode(s, open_id, true), "periods");
    CHECK(rec.at("locked") == true);
    for (const auto& [k, val] : before.items())
      if (k != "locked") CHECK(rec.at(k) == val);

    const auto unknown = ubah_kunci_periode(s, "p-tidak-ada", true);
    REQUIRE(unknown.errors.size() == 1);
    CHECK(unknown.errors[0].pointer == "/periods/p-tidak-ada");
    CHECK(unknown.changes.empty());

    REQUIRE(apply_change(s, "periods", rec, "hp-admin", kNow, "admin").ok());
    const json* ev = nullptr;
    for (const auto& [id, entry] : s.collections.at("evaluations"))
      if (entry.current.value("period_id", "") == open_id) ev = &entry.current;
    REQUIRE(ev != nullptr);
    json changed = *ev;
    changed["reason"] = "diubah setelah dikunci";
    CHECK_FALSE(apply_change(s, "evaluations", changed, "hp-admin", kNow + 1000, "admin").ok());
    // And opened again, it takes edits.
    REQUIRE(apply_change(s, "periods", only_change(ubah_kunci_periode(s, open_id, false), "periods"), "hp-admin",
                         kNow + 2000, "admin").ok());
    CHECK(apply_change(s, "evaluations", changed, "hp-admin", kNow + 3000, "admin").ok());
  }
}
