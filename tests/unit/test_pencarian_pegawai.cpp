// Finding an employee: one rule for the profile picker, the rater picker, the
// admin's table and the evaluation-document search (core/view/pencarian_pegawai).
#include "core/view/pencarian_pegawai.hpp"

#include "core/view/city_view.hpp"
#include "demo_store_fixture.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <string>

using namespace kinerja;

namespace {

bool has(const std::vector<std::size_t>& v, std::size_t i) { return std::find(v.begin(), v.end(), i) != v.end(); }

std::string upper(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

TEST_SUITE("pencarian_pegawai") {
  TEST_CASE("every word in name, NIP, jabatan or unit, ignoring case") {
    const Store store = test::demo_store(60);
    const CityView v = build_city_view(store, "2026-11-28T00:00:00Z");
    const Employee& e = v.bundle.employees[7];
    const std::string first_word = e.name.substr(0, e.name.find(' '));

    const auto by_name = cari_pegawai(v, upper(first_word));
    CHECK(has(by_name, 7));
    for (std::size_t i : by_name) {
      const Employee& x = v.bundle.employees[i];
      const std::string unit = v.bundle.units[find_unit(v, x.unit_id)].name;
      const std::string all = upper(x.name + " " + x.nip + " " + x.jabatan + " " + unit);
      CHECK(all.find(upper(first_word)) != std::string::npos);
    }

    // A unit's name and a word of the name together narrow to that unit.
    const std::string unit = v.bundle.units[find_unit(v, e.unit_id)].name;
    const auto in_unit = cari_pegawai(v, first_word + " " + unit);
    CHECK(has(in_unit, 7));
    for (std::size_t i : in_unit) CHECK(v.bundle.employees[i].unit_id == e.unit_id);

    CHECK(cari_pegawai(v, "zzzz-tidak-ada").empty());
    CHECK(cari_pegawai(v, first_word + " zzzz-tidak-ada").empty());  // every word must match
  }

  TEST_CASE("digits find NIPs, also written in groups") {
    const Store store = test::demo_store(60);
    const CityView v = build_city_view(store, "2026-11-28T00:00:00Z");
    const Employee& e = v.bundle.employees[7];
    CHECK(cari_pegawai(v, e.nip) == std::vector<std::size_t>{7});
    const std::string grouped = e.nip.substr(0, 8) + " " + e.nip.substr(8, 6) + " " + e.nip.substr(14);
    CHECK(cari_pegawai(v, grouped) == std::vector<std::size_t>{7});
    const auto part = cari_pegawai(v, e.nip.substr(4, 8));
    CHECK(has(part, 7));
    for (std::size_t i : part) CHECK(v.bundle.employees[i].nip.find(e.nip.substr(4, 8)) != std::string::npos);
  }

  TEST_CASE("blank finds everyone; the limit; the order by name") {
    const Store store = test::demo_store(60);
    const CityView v = build_city_view(store, "2026-11-28T00:00:00Z");
    CHECK(cari_pegawai(v, "").size() == v.bundle.employees.size());
    CHECK(cari_pegawai(v, "   ").size() == v.bundle.employees.size());
    CHECK(cari_pegawai(v, "", 5) == std::vector<std::size_t>{0, 1, 2, 3, 4});
    const auto sorted = cari_pegawai_urut_nama(v, "");
    REQUIRE(sorted.size() == v.bundle.employees.size());
    for (std::size_t k = 1; k < sorted.size(); ++k) {
      const Employee& a = v.bundle.employees[sorted[k - 1]];
      const Employee& b = v.bundle.employees[sorted[k]];
      CHECK((a.name < b.name || (a.name == b.name && a.nip <= b.nip)));
    }
  }

  TEST_CASE("one employee at a time follows the same rule; deleted employees never match") {
    const Store store = test::demo_store(60);
    const CityView v = build_city_view(store, "2026-11-28T00:00:00Z");
    Employee e = v.bundle.employees[7];
    const std::string unit = v.bundle.units[find_unit(v, e.unit_id)].name;
    CHECK(cocok_pencarian(v, e, e.nip.substr(0, 6)));
    CHECK(cocok_pencarian(v, e, upper(unit)));
    CHECK(cocok_pencarian(v, e, ""));
    CHECK_FALSE(cocok_pencarian(v, e, "zzzz-tidak-ada"));
    e.meta.deleted = true;
    CHECK_FALSE(cocok_pencarian(v, e, ""));
    CHECK_FALSE(PencarianPegawai(e.nip).cocok(e, unit));
  }
}
