// to_json: canonical bytes and exact round trips through parse_bundle.
#include "bundle_fixture.hpp"
#include "core/model/parse.hpp"
#include "core/model/serialize.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>

using namespace kinerja;

namespace {

Bundle round_trip(const Bundle& b) {
  auto r = parse_bundle(to_json(b));
  for (const auto& e : r.errors) INFO(format_error(e));
  REQUIRE(r.errors.empty());
  REQUIRE(r.ok());
  return *r.bundle;
}

} // namespace

TEST_SUITE("serialize") {
  TEST_CASE("every record type survives a JSON round trip") {
    Bundle b = test::full_bundle();
    sort_by_id(b);
    Bundle back = round_trip(b);
    SUBCASE("bundle header") {
      CHECK(back.created == b.created);
      CHECK(back.origin == b.origin);
      CHECK(back.scope == b.scope);
      CHECK(back.note == b.note);
      CHECK(back.conflicts == b.conflicts);
    }
    SUBCASE("each collection") {
      CHECK(back.units == b.units);
      CHECK(back.employees == b.employees);
      CHECK(back.periods == b.periods);
      CHECK(back.assignments == b.assignments);
      CHECK(back.indicators == b.indicators);
      CHECK(back.skps == b.skps);
      CHECK(back.realisations == b.realisations);
      CHECK(back.evaluations == b.evaluations);
      CHECK(back.org_ratings == b.org_ratings);
      CHECK(back.skm_responses == b.skm_responses);
      CHECK(back.complaints == b.complaints);
      CHECK(back.trainings == b.trainings);
    }
    CHECK(back == b);
    CHECK(to_json(back) == to_json(b));
  }

  TEST_CASE("the same content in another order gives the same bytes") {
    Bundle a = test::full_bundle();
    Bundle b = a;
    std::reverse(b.units.begin(), b.units.end());
    std::reverse(b.employees.begin(), b.employees.end());
    std::reverse(b.realisations.begin(), b.realisations.end());
    std::reverse(b.complaints.begin(), b.complaints.end());
    CHECK(to_json(a) == to_json(b));
    // and a real change gives other bytes
    b.employees[0].name += "x";
    CHECK(to_json(a) != to_json(b));
  }

  TEST_CASE("canonical layout: collection order, sorted records and keys, header fields") {
    auto j = nlohmann::json::parse(to_json(test::full_bundle()));
    CHECK(j.at("format") == "kinerja-samarinda/bundle");
    CHECK(j.at("schema") == 1);
    CHECK(j.at("scope").at("kind") == "bkpsdm");
    const auto& data = j.at("data");
    CHECK(data.size() == kCollections.size());
    for (auto name : kCollections) {
      INFO(name);
      REQUIRE(data.contains(std::string(name)));
      const auto& arr = data.at(std::string(name));
      for (std::size_t i = 1; i < arr.size(); ++i)
        CHECK(arr[i - 1].at("id").get<std::string>() < arr[i].at("id").get<std::string>());
    }
    // the writer's key order is sorted (nlohmann's object is a std::map), so
    // the text of the first unit starts with "author"
    auto text = to_json(test::full_bundle());
    auto units_at = text.find("\"units\":[{");
    REQUIRE(units_at != std::string::npos);
    CHECK(text.compare(units_at + 10, 9, "\"author\":") == 0);
  }

  TEST_CASE("optional fields are left out, not written empty") {
    auto j = nlohmann::json::parse(to_json(test::full_bundle()));
    const auto& bare = j.at("data").at("evaluations").at(1);
    CHECK(bare.at("id") == "ev-2");
    CHECK_FALSE(bare.contains("rating_hasil_kerja"));
    CHECK_FALSE(bare.contains("reason"));
    CHECK_FALSE(bare.contains("keberatan"));
    CHECK_FALSE(bare.contains("perilaku"));
    const auto& skm = j.at("data").at("skm_responses").at(0);
    CHECK_FALSE(skm.at("answers").contains("u3"));
    CHECK(skm.at("answers").at("u1") == 4);
  }

  TEST_CASE("a tombstone writes only its envelope") {
    auto j = nlohmann::json::parse(to_json(test::full_bundle()));
    const auto& gone = j.at("data").at("units").at(2);
    CHECK(gone.at("id") == "u-3");
    CHECK(gone.at("deleted") == true);
    CHECK_FALSE(gone.contains("name"));
    CHECK_FALSE(gone.contains("kind"));
  }

  TEST_CASE("record_to_json carries the envelope") {
    auto j = record_to_json(test::full_bundle().employees[1]);
    CHECK(j.at("id") == "e-2");
    CHECK(j.at("ver").at("dev-a") == 2);
    CHECK(j.at("hlc") == "2026-04-01T02:00:00.000Z/0003/dev-a");
    CHECK(j.at("deleted") == false);
    CHECK(j.at("nip") == "199002022015032002");
    CHECK(j.at("jenjang") == "ahli-pertama");
  }

  TEST_CASE("numbers keep their exact value") {
    Bundle b = test::full_bundle();
    b.realisations[0].value = 0.1 + 0.2;  // not representable in short decimal
    b.skps[1].rhk[0].indicators[0].target = 1e-7;
    Bundle back = round_trip(b);
    CHECK(back.realisations[0].value == b.realisations[0].value);
    CHECK(back.skps[1].rhk[0].indicators[0].target == b.skps[1].rhk[0].indicators[0].target);
  }
}
