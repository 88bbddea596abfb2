// The typed, scored view of a store (core/view/city_view).
#include "tests/unit/demo_store_fixture.hpp"
#include "core/view/city_view.hpp"

#include "core/sync/bundle_io.hpp"
#include "core/demo/demo.hpp"
#include "core/sync/scope.hpp"
#include "core/model/parse.hpp"
#include "core/model/serialize.hpp"

#include <doctest/doctest.h>

using namespace kinerja;


TEST_SUITE("city_view") {
  TEST_CASE("the demo city reads whole, scored, with every index") {
    const Store store = test::demo_store(60);
    const CityView v = build_city_view(store, "2026-11-28T00:00:00Z");
    CHECK(v.left_out.empty());
    REQUIRE(v.bundle.employees.size() >= 50);
    CHECK(!v.report.pegawai.empty());
    const auto& first = v.report.pegawai.front();
    CHECK(find_skor(v, first.employee, first.period) == &first);
    const auto& e = v.bundle.employees[first.employee];
    CHECK(find_employee(v, e.meta.id) == first.employee);
    CHECK(find_employee_by_nip(v, e.nip) == first.employee);
    CHECK(find_employee(v, "nobody") == kTidakAda);
    // Every assignment's employee is in its penilai's team for that period.
    for (const auto& a : v.bundle.assignments) {
      const auto team = team_of(v, find_employee(v, a.penilai_id), find_period(v, a.period_id));
      CHECK(std::find(team.begin(), team.end(), find_employee(v, a.employee_id)) != team.end());
    }
    CHECK(!raters(v).empty());
    const auto order = periods_in_order(v);
    for (std::size_t i = 1; i < order.size(); ++i)
      CHECK(v.bundle.periods[order[i - 1]].start <= v.bundle.periods[order[i]].start);
    // Realisations are found by (skp, indicator, period).
    REQUIRE(!v.bundle.realisations.empty());
    const auto& r = v.bundle.realisations.front();
    CHECK(find_realisation(v, r.skp_id, r.indicator_id, r.period_id) == 0);
  }

  TEST_CASE("a store without records gives the view its written header reads back as") {
    // build_city_view skips writing and reading an empty store; the view must
    // be the one the reader would have made.
    const std::string now = "2026-11-28T00:00:00Z";
    std::string bytes = write_bundle(Store{}, BundleHeader{now, "view", Scope{ScopeKind::bkpsdm, {}}});
    auto read = parse_bundle_in_place(bytes);
    REQUIRE(read.ok());
    Store with_empty_collection;
    with_empty_collection.collections["units"];
    // It scores to nothing, which the view gives without asking for the rules.
    const ScoreReport scored = score_bundle(*read.bundle);
    CHECK(scored.pegawai.empty());
    CHECK(scored.kurva.empty());
    CHECK(scored.terukur.empty());
    for (const Store& s : {Store{}, with_empty_collection}) {
      const CityView v = build_city_view(s, now);
      CHECK(v.bundle == *read.bundle);
      CHECK(build_city_view(s, now, default_rules()).bundle == *read.bundle);
      CHECK(v.bundle.created == now);
      CHECK(v.left_out.empty());
      CHECK(v.report.pegawai.empty());
      CHECK(v.report.kurva.empty());
      CHECK(find_employee(v, "anyone") == kTidakAda);
    }
    // One record is enough to take the reading path.
    const CityView one = build_city_view(test::demo_store(5), now);
    CHECK(!one.bundle.units.empty());
  }

  TEST_CASE("an employee's own file (with a partial copy of the rater) reads as a view") {
    const Store city = test::demo_store(40);
    const CityView full = build_city_view(city, "2026-11-28T00:00:00Z");
    REQUIRE(!full.bundle.assignments.empty());
    const auto& a = full.bundle.assignments.front();
    const auto& emp = full.bundle.employees[find_employee(full, a.employee_id)];
    auto exported = export_bundle(city, Scope{ScopeKind::pegawai, emp.nip}, "dev", 1'780'000'000'000, nullptr);
    REQUIRE(exported.ok());
    auto read = read_bundle(exported.bytes);
    REQUIRE(read.ok());
    const CityView v = build_city_view(read.bundle->store, "2026-11-28T00:00:00Z");
    CHECK(find_employee(v, emp.meta.id) != kTidakAda);
    // Whatever could not be read is listed with its place, never silently lost.
    for (const auto& l : v.left_out) {
      CHECK(!l.collection.empty());
      CHECK(!l.error.pointer.empty());
    }
  }

  TEST_CASE("a record that does not read is left out and named; the rest stays") {
    Store store = test::demo_store(30);
    auto& units = store.collections.at("units");
    REQUIRE(!units.empty());
    // An employee pointing at a unit nobody has.
    auto& employees = store.collections.at("employees");
    auto& victim = employees.begin()->second.current;
    const std::string victim_id = victim.at("id");
    victim["unit_id"] = "unit-yang-tidak-ada";
    const CityView v = build_city_view(store, "2026-11-28T00:00:00Z");
    CHECK(find_employee(v, victim_id) == kTidakAda);
    CHECK(v.bundle.employees.size() + 1 >= employees.size());
    CHECK(v.bundle.units.size() == units.size());
    bool named = false;
    for (const auto& l : v.left_out) named = named || (l.collection == "employees" && l.id == victim_id);
    CHECK(named);
  }

  TEST_CASE("a workspace opens on the quarter containing today, else on the latest period") {
    const CityView v = build_city_view(test::demo_store(20), "2026-11-28T00:00:00Z");
    const auto id = [&](std::string_view utc) {
      return v.bundle.periods[periode_hari_ini(v, *parse_timestamp_ms(utc))].meta.id;
    };
    CHECK(id("2026-11-28T00:00:00Z") == "p-2026-tw4");  // the quarter, not the year around it
    CHECK(id("2026-05-10T08:00:00Z") == "p-2026-tw2");
    CHECK(id("2026-03-31T15:59:59Z") == "p-2026-tw1");  // 23:59:59 WITA: the last day still belongs
    CHECK(id("2026-03-31T16:00:00Z") == "p-2026-tw2");  // 00:00 WITA on 1 April: the next quarter
    CHECK(id("2031-01-01T00:00:00Z") == v.bundle.periods[periods_in_order(v).back()].meta.id);
    CHECK(id("2020-01-01T00:00:00Z") == v.bundle.periods[periods_in_order(v).back()].meta.id);
    CHECK(periode_hari_ini(CityView{}, 0) == kTidakAda);
  }

  TEST_CASE("deleted records are not in the view") {
    Store store = test::demo_store(30);
    auto& units = store.collections.at("units");
    const std::size_t before = units.size();
    // The last unit is a leaf with no employees in a small demo? Delete a training instead: nothing refers to it.
    auto& trainings = store.collections.at("trainings");
    REQUIRE(!trainings.empty());
    trainings.begin()->second.current["deleted"] = true;
    const CityView v = build_city_view(store, "2026-11-28T00:00:00Z");
    CHECK(v.bundle.trainings.size() == trainings.size() - 1);
    CHECK(v.bundle.units.size() == before);
  }
}

TEST_SUITE("city_view") {
  TEST_CASE("patching a view after everyday edits gives the same view as building it again") {
    Store store = test::demo_store(40);
    CityView v = build_city_view(store, "2026-11-28T00:00:00Z");
    REQUIRE(v.left_out.empty());
    std::vector<ChangedRecord> changed;
    // A realisation gets a new value, another is deleted, an evaluation changes its rating.
    auto& realisations = store.collections.at("realisations");
    REQUIRE(realisations.size() > 3);
    auto it = realisations.begin();
    it->second.current["value"] = 1.0;
    changed.push_back({"realisations", it->first});
    ++it;
    it->second.current = nlohmann::json{{"id", it->first}, {"ver", it->second.current["ver"]},
                                        {"hlc", it->second.current["hlc"]}, {"author", "system"},
                                        {"created", it->second.current["created"]},
                                        {"updated", it->second.current["updated"]}, {"deleted", true}};
    changed.push_back({"realisations", it->first});
    auto& evaluations = store.collections.at("evaluations");
    REQUIRE(!evaluations.empty());
    auto& ev = evaluations.begin()->second.current;
    ev["rating_hasil_kerja"] = "di-bawah";
    ev["reason"] = "Capaian triwulan ini di bawah target yang disepakati.";
    changed.push_back({"evaluations", evaluations.begin()->first});
    // A new complaint.
    const std::string unit_id = store.collections.at("complaints").begin()->second.current.at("unit_id");
    store.collections["complaints"]["cp-new"] = Entry{nlohmann::json{
        {"id", "cp-new"}, {"ver", {{"dev", 1}}}, {"hlc", "2026-11-28T00:00:00.000Z/0000/dev"}, {"author", "kiosk"},
        {"created", "2026-11-28T00:00:00Z"}, {"updated", "2026-11-28T00:00:00Z"}, {"unit_id", unit_id},
        {"channel", "kiosk"}, {"category", "Biaya atau pungutan"}, {"received", "2026-11-28T00:00:00Z"}}, {}};
    changed.push_back({"complaints", "cp-new"});

    REQUIRE(patch_city_view(v, store, changed, "2026-11-28T00:00:00Z"));
    const CityView fresh = build_city_view(store, "2026-11-28T00:00:00Z");
    REQUIRE(fresh.left_out.empty());
    CHECK(v.bundle == fresh.bundle);
    REQUIRE(v.report.pegawai.size() == fresh.report.pegawai.size());
    for (std::size_t i = 0; i < v.report.pegawai.size(); ++i) {
      CHECK(v.report.pegawai[i].capaian_rata == fresh.report.pegawai[i].capaian_rata);
      CHECK(v.report.pegawai[i].predikat == fresh.report.pegawai[i].predikat);
      CHECK(v.report.pegawai[i].status == fresh.report.pegawai[i].status);
    }
    CHECK(v.realisation_index == fresh.realisation_index);
    CHECK(v.evaluation_index == fresh.evaluation_index);
  }

  TEST_CASE("a patch refuses what it cannot do alone") {
    Store store = test::demo_store(30);
    CityView v = build_city_view(store, "2026-11-28T00:00:00Z");
    // Employees are referred to by other records: a full build is needed.
    CHECK_FALSE(patch_city_view(v, store, {{"employees", store.collections.at("employees").begin()->first}},
                                "2026-11-28T00:00:00Z"));
    // A realisation pointing at an SKP nobody has.
    v = build_city_view(store, "2026-11-28T00:00:00Z");
    auto& r = store.collections.at("realisations").begin()->second.current;
    r["skp_id"] = "skp-yang-tidak-ada";
    CHECK_FALSE(patch_city_view(v, store, {{"realisations", r.at("id").get<std::string>()}}, "2026-11-28T00:00:00Z"));
  }
}
