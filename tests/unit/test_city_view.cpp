// The typed, scored view of a store (core/city_view).
#include "core/city_view.hpp"

#include "core/bundle_io.hpp"
#include "core/demo.hpp"
#include "core/scope.hpp"
#include "core/serialize.hpp"

#include <doctest/doctest.h>

using namespace kinerja;

namespace {
Store demo_store(int employees) {
  DemoOptions o;
  o.employees = employees;
  auto read = read_bundle(to_json(make_demo_city(o)));
  REQUIRE(read.ok());
  return std::move(read.bundle->store);
}
} // namespace

TEST_SUITE("city_view") {
  TEST_CASE("the demo city reads whole, scored, with every index") {
    const Store store = demo_store(60);
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

  TEST_CASE("an employee's own file (with a partial copy of the rater) reads as a view") {
    const Store city = demo_store(40);
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
    Store store = demo_store(30);
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

  TEST_CASE("deleted records are not in the view") {
    Store store = demo_store(30);
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
