// The record descriptions (core/model/record_fields.hpp) drive the reader, the
// reference check and the writer: what a table lists is exactly what is
// written, required, and resolved — so one edit to a table changes all three.
#include "bundle_fixture.hpp"
#include "core/model/parse.hpp"
#include "core/model/record_fields.hpp"
#include "core/model/serialize.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <set>
#include <string>

using namespace kinerja;

namespace {

const std::set<std::string> kEnvelope{"id", "ver", "hlc", "author", "created", "updated", "deleted"};

template <typename Table>
std::set<std::string> names(const Table& table, bool required_only) {
  std::set<std::string> out;
  fields::for_each(table, [&](std::size_t, const auto& d) {
    if (!required_only || d.required) out.emplace(d.name);
  });
  return out;
}

// The keys a record is written with, less the envelope.
std::set<std::string> own_keys(const nlohmann::json& j) {
  std::set<std::string> out;
  for (const auto& [k, v] : j.items())
    if (!kEnvelope.count(k)) out.insert(k);
  return out;
}

// The bundle with one record of `collection` stripped of `field`.
std::string without(const std::string& collection, std::size_t index, const std::string& field) {
  nlohmann::json j = nlohmann::json::parse(to_json(test::full_bundle()));
  j["data"][collection][index].erase(field);
  return j.dump();
}

template <typename Table>
void check_required(const Table& table, const std::string& collection) {
  for (const auto& field : names(table, true)) {
    INFO(collection << "/" << field);
    const auto r = parse_bundle(without(collection, 0, field));
    REQUIRE_FALSE(r.ok());
    CHECK(r.errors.front().pointer == "/data/" + collection + "/0/" + field);
    CHECK(r.errors.front().message_en == "required field is missing");
  }
}

}  // namespace

TEST_SUITE("record_fields") {
  TEST_CASE("a full record is written with exactly the fields its table lists") {
    const Bundle b = test::full_bundle();
    CHECK(own_keys(record_to_json(b.units[1])) == names(fields::kUnit, false));
    CHECK(own_keys(record_to_json(b.employees[1])) == names(fields::kEmployee, false));
    CHECK(own_keys(record_to_json(b.periods[0])) == names(fields::kPeriod, false));
    CHECK(own_keys(record_to_json(b.assignments[1])) == names(fields::kAssignment, false));  // [1] names an atasan
    CHECK(own_keys(record_to_json(b.indicators[0])) == names(fields::kIndicator, false));
    CHECK(own_keys(record_to_json(b.org_ratings[0])) == names(fields::kOrgRating, false));
  }

  TEST_CASE("an optional field left empty is not written; a required one always is") {
    Employee e = test::full_bundle().employees[2];  // the PPPK: no jenis_jabatan, no jenjang
    const auto keys = own_keys(record_to_json(e));
    CHECK_FALSE(keys.count("jenis_jabatan"));
    CHECK_FALSE(keys.count("jenjang"));
    for (const auto& required : names(fields::kEmployee, true)) CHECK(keys.count(required));
  }

  TEST_CASE("every required field of the table is refused when missing, at its pointer") {
    check_required(fields::kUnit, "units");
    check_required(fields::kEmployee, "employees");
    check_required(fields::kPeriod, "periods");
    check_required(fields::kAssignment, "assignments");
    check_required(fields::kIndicator, "indicators");
    check_required(fields::kOrgRating, "org_ratings");
  }

  TEST_CASE("every reference the table names must resolve") {
    nlohmann::json j = nlohmann::json::parse(to_json(test::full_bundle()));
    j["data"]["assignments"][0]["penilai_id"] = "e-nobody";
    const auto r = parse_bundle(j.dump());
    REQUIRE_FALSE(r.ok());
    CHECK(r.errors.front().pointer == "/data/assignments/0/penilai_id");
    CHECK(r.errors.front().message_en.find("not in employees") != std::string::npos);
  }

  TEST_CASE("a text rule on a field is checked: NIP, jenjang, golongan") {
    for (const auto& change : {std::pair<std::string, std::string>{"nip", "123"}, {"jenjang", "ahli-super"},
                               {"golongan", "V/a"}}) {
      const std::string field = change.first, bad = change.second;  // clang 14: no bindings in INFO's lambda
      INFO(field);
      nlohmann::json j = nlohmann::json::parse(to_json(test::full_bundle()));
      j["data"]["employees"][1][field] = bad;
      const auto r = parse_bundle(j.dump());
      REQUIRE_FALSE(r.ok());
      CHECK(r.errors.front().pointer == "/data/employees/1/" + field);
    }
    CHECK(fields::golongan_problem("IV/e").empty());
    CHECK_FALSE(fields::golongan_problem("III/e").empty());
    CHECK(fields::golongan_problem("XVII").empty());
    CHECK(fields::jenjang_problem("").empty());
  }
}
