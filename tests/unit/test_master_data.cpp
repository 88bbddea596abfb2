// Master data upkeep (core/workflow/master_data): record checks before an edit is
// stored, copying the rater mapping, SKP templates, employee search.
#include "core/workflow/master_data.hpp"

#include "core/sync/bundle_io.hpp"
#include "core/view/city_view.hpp"
#include "core/demo/demo.hpp"
#include "core/sync/merge.hpp"
#include "core/model/serialize.hpp"

#include <doctest/doctest.h>

#include <set>

using namespace kinerja;
using nlohmann::json;

namespace {

constexpr std::int64_t kNow = 1795867200000;  // 2026-11-28

Store demo_store(int employees = 40) {
  DemoOptions o;
  o.employees = employees;
  auto read = read_bundle(to_json(make_demo_city(o)));
  REQUIRE(read.ok());
  return std::move(read.bundle->store);
}

CityView view_of(const Store& s) { return build_city_view(s, "2026-11-28T00:00:00Z"); }

bool has_pointer(const std::vector<ValidationError>& errors, const std::string& pointer) {
  for (const auto& e : errors)
    if (e.pointer == pointer) return true;
  return false;
}

json employee(const std::string& id, const std::string& nip) {
  return {{"id", id}, {"nip", nip}, {"name", "Contoh Baru"}, {"unit_id", "u-dinkes"}, {"golongan", "III/a"}};
}

} // namespace

TEST_SUITE("master_data") {
  TEST_CASE("an employee with a bad NIP is refused with the reader's message; a good one passes") {
    const Store s = demo_store();
    const auto bad = check_master_record(s, "employees", employee("pg-new", "1990011520150310"));
    REQUIRE(has_pointer(bad, "/nip"));
    CHECK(bad.front().message_id.find("NIP tidak valid") != std::string::npos);
    CHECK(check_master_record(s, "employees", employee("pg-new", "199001152015031001")).empty());
  }

  TEST_CASE("golongan, jenis jabatan and the unit reference are checked") {
    const Store s = demo_store();
    json e = employee("pg-new", "199001152015031001");
    e["golongan"] = "III/z";
    e["jenis_jabatan"] = "direktur";
    const auto errors = check_master_record(s, "employees", e);
    CHECK(has_pointer(errors, "/golongan"));
    CHECK(has_pointer(errors, "/jenis_jabatan"));
    // References are checked once the fields read.
    json elsewhere = employee("pg-new", "199001152015031001");
    elsewhere["unit_id"] = "u-tidak-ada";
    CHECK(has_pointer(check_master_record(s, "employees", elsewhere), "/unit_id"));
  }

  TEST_CASE("a NIP already used by another live employee is refused; the same employee may keep it") {
    const Store s = demo_store();
    const json* first = find_record(s, "employees", "pg-00001");
    REQUIRE(first);
    const std::string nip = (*first)["nip"].get<std::string>();
    CHECK(has_pointer(check_master_record(s, "employees", employee("pg-new", nip)), "/nip"));
    json same = *first;
    same["name"] = "Nama Diubah";
    CHECK(check_master_record(s, "employees", same).empty());
  }

  TEST_CASE("a unit cannot become its own ancestor") {
    const Store s = demo_store();
    json top = *find_record(s, "units", "u-bkpsdm");
    top["parent_id"] = "u-bkpsdm-b1";  // its own bidang
    CHECK(has_pointer(check_master_record(s, "units", top), "/parent_id"));
    json fine = top;
    fine.erase("parent_id");
    fine["name"] = "BKPSDM Kota Samarinda";
    CHECK(check_master_record(s, "units", fine).empty());
  }

  TEST_CASE("periods: dates real, the year equal to the start's, enums known") {
    const Store s = demo_store();
    json p = {{"id", "p-2027-tw1"}, {"name", "Triwulan I 2027"}, {"jenis", "triwulanan"}, {"year", 2027},
              {"start", "2027-01-01"}, {"end", "2027-03-31"}, {"deadline", "2027-04-10"},
              {"metode", "permenpanrb-6-2022"}};
    CHECK(check_master_record(s, "periods", p).empty());
    json bad = p;
    bad["end"] = "2027-02-30";
    CHECK(has_pointer(check_master_record(s, "periods", bad), "/end"));
    bad = p;
    bad["year"] = 2026;
    CHECK(has_pointer(check_master_record(s, "periods", bad), "/year"));
  }

  TEST_CASE("an assignment must name existing people and not rate oneself") {
    const Store s = demo_store();
    json a = {{"id", "as-x"}, {"period_id", "p-2026-tw3"}, {"employee_id", "pg-00002"}, {"penilai_id", "pg-00002"},
              {"kind", "plt"}};
    CHECK(has_pointer(check_master_record(s, "assignments", a), "/penilai_id"));
    a["penilai_id"] = "pg-00001";
    CHECK(check_master_record(s, "assignments", a).empty());
    a["penilai_id"] = "pg-99999";
    CHECK(has_pointer(check_master_record(s, "assignments", a), "/penilai_id"));
  }

  TEST_CASE("fresh ids are valid, short enough and free") {
    std::set<std::string> taken{"as-p1-e1", "as-p1-e1-2"};
    auto is_taken = [&](std::string_view x) { return taken.count(std::string(x)) > 0; };
    CHECK(fresh_id("as-p1-e1", is_taken) == "as-p1-e1-3");
    CHECK(fresh_id("a b/c", is_taken) == "a-b-c");
    const std::string longer = fresh_id(std::string(80, 'x'), is_taken);
    CHECK(longer.size() == 64);
    CHECK(is_valid_id(longer));
  }

  TEST_CASE("copying the previous period's mapping fills the gaps and overwrites nothing") {
    Store s = demo_store();
    CityView v = view_of(s);
    CHECK(previous_period(v.bundle, "p-2026-tw2") == "p-2026-tw1");
    CHECK(previous_period(v.bundle, "p-2026-tw1").empty());
    // A new quarter with one hand-made mapping already in it.
    REQUIRE(apply_change(s, "periods",
                         {{"id", "p-2027-tw1"}, {"name", "Triwulan I 2027"}, {"jenis", "triwulanan"}, {"year", 2027},
                          {"start", "2027-01-01"}, {"end", "2027-03-31"}, {"deadline", "2027-04-10"},
                          {"metode", "permenpanrb-6-2022"}},
                         "dev", kNow)
                .ok());
    REQUIRE(apply_change(s, "assignments",
                         {{"id", "as-manual"}, {"period_id", "p-2027-tw1"}, {"employee_id", "pg-00002"},
                          {"penilai_id", "pg-00003"}, {"kind", "plt"}},
                         "dev", kNow)
                .ok());
    v = view_of(s);
    const std::string from = previous_period(v.bundle, "p-2027-tw1");
    REQUIRE(!from.empty());
    std::size_t in_from = 0;
    for (const auto& a : v.bundle.assignments) in_from += a.period_id == from ? 1 : 0;
    const auto copy = copy_assignments(v.bundle, from, "p-2027-tw1");
    REQUIRE(copy.ok());
    CHECK(copy.already_mapped == 1);
    CHECK(copy.changes.size() + copy.already_mapped + copy.left_out == in_from);
    std::set<std::string> ids, employees;
    for (const auto& [collection, r] : copy.changes) {
      CHECK(collection == "assignments");
      CHECK(r["period_id"] == "p-2027-tw1");
      CHECK(r["employee_id"] != "pg-00002");  // the hand-made mapping stays
      CHECK(ids.insert(r["id"].get<std::string>()).second);
      CHECK(employees.insert(r["employee_id"].get<std::string>()).second);
      CHECK(find_entry(s, "assignments", r["id"].get<std::string>()) == nullptr);
      REQUIRE(apply_change(s, "assignments", r, "dev", kNow).ok());
    }
    v = view_of(s);
    CHECK(v.left_out.empty());
    // Copying again finds nothing left to copy.
    CHECK(copy_assignments(v.bundle, from, "p-2027-tw1").changes.empty());
  }

  TEST_CASE("copying into a locked period or between unknown periods is refused") {
    const Store s = demo_store();
    const CityView v = view_of(s);
    CHECK(!copy_assignments(v.bundle, "p-2026-tw2", "p-2026-tw1").ok());  // tw1 is locked in the demo
    CHECK(!copy_assignments(v.bundle, "p-x", "p-2026-tw3").ok());
    CHECK(!copy_assignments(v.bundle, "p-2026-tw3", "p-2026-tw3").ok());
  }

  TEST_CASE("an SKP as a template: copies with fresh ids for employees without one; nothing overwritten") {
    Store s = demo_store();
    CityView v = view_of(s);
    REQUIRE(!v.bundle.skps.empty());
    const Skp tpl = v.bundle.skps.front();  // a copy: v is rebuilt below
    std::vector<std::string> targets;
    for (const auto& e : v.bundle.employees) targets.push_back(e.meta.id);
    // Same year: everyone in the demo already has an SKP → all skipped.
    const auto same_year = apply_skp_template(s, v.bundle, tpl.meta.id, targets, tpl.year);
    REQUIRE(same_year.ok());
    CHECK(same_year.changes.empty());
    CHECK(same_year.skipped.size() == targets.size());
    // Next year: everyone gets one.
    const auto next = apply_skp_template(s, v.bundle, tpl.meta.id, {"pg-00002", "pg-00003", "pg-tidak-ada"}, tpl.year + 1);
    REQUIRE(next.ok());
    REQUIRE(next.changes.size() == 2);
    CHECK(next.skipped == std::vector<std::string>{"pg-tidak-ada"});
    std::set<std::string> rhk_ids;
    for (const auto& sk : v.bundle.skps)
      for (const auto& r : sk.rhk) rhk_ids.insert(r.id);
    for (const auto& [collection, r] : next.changes) {
      CHECK(collection == "skps");
      CHECK(r["year"] == tpl.year + 1);
      CHECK(find_entry(s, "skps", r["id"].get<std::string>()) == nullptr);
      REQUIRE(r["rhk"].size() == tpl.rhk.size());
      for (std::size_t h = 0; h < tpl.rhk.size(); ++h) {
        CHECK(r["rhk"][h]["text"] == tpl.rhk[h].text);
        CHECK(rhk_ids.insert(r["rhk"][h]["id"].get<std::string>()).second);  // unique across all SKPs
        CHECK(r["rhk"][h]["indicators"].size() == tpl.rhk[h].indicators.size());
      }
      CHECK(check_master_record(s, "skps", r).empty());
      REQUIRE(apply_change(s, "skps", r, "dev", kNow).ok());
    }
    v = view_of(s);
    CHECK(v.left_out.empty());
    CHECK(skp_for(v, find_employee(v, "pg-00002"), tpl.year + 1) != kTidakAda);
    // Applying again: both now have one, so nothing is made.
    const auto again = apply_skp_template(s, v.bundle, tpl.meta.id, {"pg-00002", "pg-00003"}, tpl.year + 1);
    CHECK(again.changes.empty());
    CHECK(again.skipped.size() == 2);
    CHECK(!apply_skp_template(s, v.bundle, "skp-tidak-ada", {"pg-00002"}, 2027).ok());
  }

  TEST_CASE("template candidates share the unit or jabatan and lack an SKP for the year") {
    const Store s = demo_store();
    const CityView v = view_of(s);
    const std::size_t src = 1;
    const int year = v.bundle.skps.front().year;
    CHECK(template_candidates(v.bundle, src, year, false).empty());  // all have one this year
    const auto next = template_candidates(v.bundle, src, year + 1, false);
    REQUIRE(!next.empty());
    for (auto i : next) {
      CHECK(i != src);
      CHECK(v.bundle.employees[i].unit_id == v.bundle.employees[src].unit_id);
    }
  }
}
