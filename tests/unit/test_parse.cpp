// parse_bundle: every bad document is reported at the right JSON pointer, in
// both languages, and nothing is loaded; good documents load whole.
#include "bundle_fixture.hpp"
#include "core/model/parse.hpp"
#include "core/model/serialize.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <string>

using namespace kinerja;
using nlohmann::json;

namespace {

json good() { return nlohmann::json::parse(to_json(test::full_bundle())); }

bool has_error_at(const ParseResult& r, const std::string& pointer) {
  return std::any_of(r.errors.begin(), r.errors.end(), [&](const ValidationError& e) { return e.pointer == pointer; });
}

std::string all_errors(const ParseResult& r) {
  std::string s;
  for (const auto& e : r.errors) s += format_error(e) + "\n";
  return s;
}

// The document must be refused with an error at `pointer`, and nothing loaded.
void expect_refused(const std::string& text, const std::string& pointer) {
  auto r = parse_bundle(text);
  INFO("errors:\n" << all_errors(r));
  CHECK_FALSE(r.ok());
  CHECK_FALSE(r.bundle.has_value());
  CHECK(has_error_at(r, pointer));
  for (const auto& e : r.errors) {
    CHECK_FALSE(e.message_id.empty());
    CHECK_FALSE(e.message_en.empty());
  }
}

void expect_refused(const json& j, const std::string& pointer) { expect_refused(j.dump(), pointer); }

} // namespace

TEST_SUITE("parse") {
  TEST_CASE("a good bundle loads whole") {
    auto r = parse_bundle(good().dump());
    INFO(all_errors(r));
    REQUIRE(r.ok());
    CHECK(r.errors.empty());
    CHECK(record_count(*r.bundle) == record_count(test::full_bundle()));
  }

  TEST_CASE("header: format and schema gate the document") {
    SUBCASE("wrong format") {
      auto j = good();
      j["format"] = "something-else";
      expect_refused(j, "/format");
    }
    SUBCASE("missing format") {
      auto j = good();
      j.erase("format");
      expect_refused(j, "/format");
    }
    SUBCASE("future schema is refused with a clear message") {
      auto j = good();
      j["schema"] = 2;
      auto r = parse_bundle(j.dump());
      REQUIRE(r.errors.size() == 1);
      CHECK(r.errors[0].pointer == "/schema");
      CHECK(r.errors[0].message_en.find("newer") != std::string::npos);
      CHECK(r.errors[0].message_id.find("lebih baru") != std::string::npos);
      CHECK_FALSE(r.ok());
    }
    SUBCASE("schema missing") {
      auto j = good();
      j.erase("schema");
      expect_refused(j, "/schema");
    }
    SUBCASE("schema not an integer") {
      auto j = good();
      j["schema"] = "1";
      expect_refused(j, "/schema");
      j["schema"] = 1.5;
      expect_refused(j, "/schema");
    }
    SUBCASE("schema 0") {
      auto j = good();
      j["schema"] = 0;
      expect_refused(j, "/schema");
    }
    SUBCASE("required header fields") {
      for (const char* field : {"created", "origin", "scope", "data"}) {
        auto j = good();
        j.erase(field);
        expect_refused(j, std::string("/") + field);
      }
    }
    SUBCASE("scope penilai needs a NIP") {
      auto j = good();
      j["scope"] = {{"kind", "penilai"}};
      expect_refused(j, "/scope/nip");
      j["scope"] = {{"kind", "raja"}};
      expect_refused(j, "/scope/kind");
    }
  }

  TEST_CASE("wrong type, missing field, unknown enum") {
    SUBCASE("wrong type") {
      auto j = good();
      j["data"]["employees"][1]["name"] = 5;
      expect_refused(j, "/data/employees/1/name");
      j = good();
      j["data"]["units"][0]["is_service_unit"] = "ya";
      expect_refused(j, "/data/units/0/is_service_unit");
      j = good();
      j["data"]["periods"][0]["year"] = "2026";
      expect_refused(j, "/data/periods/0/year");
      j = good();
      j["data"]["employees"] = json::object();
      expect_refused(j, "/data/employees");
      j = good();
      j["data"]["realisations"][0]["value"] = "18";
      expect_refused(j, "/data/realisations/0/value");
    }
    SUBCASE("missing field") {
      auto j = good();
      j["data"]["employees"][1].erase("nip");
      expect_refused(j, "/data/employees/1/nip");
      j = good();
      j["data"]["assignments"][0].erase("penilai_id");
      expect_refused(j, "/data/assignments/0/penilai_id");
      j = good();
      j["data"]["periods"][0].erase("hlc");
      expect_refused(j, "/data/periods/0/hlc");
      j = good();
      j["data"]["skps"][1]["rhk"][0]["indicators"][0].erase("target");
      expect_refused(j, "/data/skps/1/rhk/0/indicators/0/target");
    }
    SUBCASE("unknown enum") {
      auto j = good();
      j["data"]["periods"][0]["jenis"] = "mingguan";
      expect_refused(j, "/data/periods/0/jenis");
      j = good();
      j["data"]["evaluations"][0]["rating_hasil_kerja"] = "luar-biasa";
      expect_refused(j, "/data/evaluations/0/rating_hasil_kerja");
      j = good();
      j["data"]["skps"][1]["rhk"][0]["indicators"][0]["polaritas"] = "naik-turun";
      expect_refused(j, "/data/skps/1/rhk/0/indicators/0/polaritas");
      j = good();
      j["data"]["complaints"][0]["channel"] = "merpati";
      expect_refused(j, "/data/complaints/0/channel");
      j = good();
      j["data"]["trainings"][0]["nilai"][0] = "jujur";
      expect_refused(j, "/data/trainings/0/nilai/0");
    }
    SUBCASE("the message names the allowed values") {
      auto j = good();
      j["data"]["org_ratings"][0]["cko"] = "hebat";
      auto r = parse_bundle(j.dump());
      REQUIRE_FALSE(r.errors.empty());
      CHECK(r.errors[0].pointer == "/data/org_ratings/0/cko");
      CHECK(r.errors[0].message_en.find("istimewa") != std::string::npos);
    }
  }

  TEST_CASE("envelope checks") {
    auto j = good();
    j["data"]["units"][0]["id"] = "bad id with spaces";
    expect_refused(j, "/data/units/0/id");
    j = good();
    j["data"]["units"][0]["hlc"] = "yesterday";
    expect_refused(j, "/data/units/0/hlc");
    j = good();
    j["data"]["units"][0]["ver"]["dev-a"] = 0;
    expect_refused(j, "/data/units/0/ver/dev-a");
    j = good();
    j["data"]["units"][0]["created"] = "2026-13-01T00:00:00Z";
    expect_refused(j, "/data/units/0/created");
    j = good();
    j["data"]["units"][0]["id"] = std::string(65, 'a');
    expect_refused(j, "/data/units/0/id");
  }

  TEST_CASE("duplicate ids") {
    auto j = good();
    j["data"]["units"][1]["id"] = "u-1";
    expect_refused(j, "/data/units/1/id");
    j = good();
    j["data"]["skps"][1]["rhk"][1]["id"] = "s-1.r1";  // RHK ids are unique across SKPs
    expect_refused(j, "/data/skps/1/rhk/1/id");
    j = good();
    j["data"]["skps"][1]["rhk"][1]["indicators"][0]["id"] = "i1";  // indicator ids unique within an SKP
    expect_refused(j, "/data/skps/1/rhk/1/indicators/0/id");
    j = good();
    j["data"]["employees"][2]["nip"] = j["data"]["employees"][1]["nip"];
    expect_refused(j, "/data/employees/2/nip");
  }

  TEST_CASE("duplicate ids in a collection nobody refers to (sorted or not)") {
    auto j = good();
    j["data"]["complaints"][1]["id"] = "c-1";
    expect_refused(j, "/data/complaints/1/id");
    j = good();
    j["data"]["skm_responses"][0]["id"] = "k-2";  // out of order and a duplicate
    expect_refused(j, "/data/skm_responses/1/id");
  }

  TEST_CASE("the header may come after the data, and alone decides a refusal") {
    // canonical files put "format" and "schema" after "data": a newer schema
    // whose records this version cannot read still gets only the refusal
    auto j = good();
    j["schema"] = 3;
    for (auto& c : j["data"]["complaints"]) c["channel"] = 42;
    for (int i = 0; i < 300; ++i) {
      std::string id = "x";  // (GCC 12 -Wrestrict misfires on "x" + std::to_string at -O3)
      id += std::to_string(i);
      j["data"]["units"].push_back({{"id", id}});
    }
    std::string text = j.dump();
    REQUIRE(text.find("\"data\"") < text.find("\"schema\""));
    auto r = parse_bundle(text);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].pointer == "/schema");
    CHECK_FALSE(r.ok());
  }

  TEST_CASE("bad NIP") {
    for (const char* nip : {"19900202201503200",    // 17 digits
                            "1990020220150320021",  // 19 digits
                            "19900232201503200A",   // a letter
                            "199002302015032002",   // 30 February
                            "199002022015132002",   // month 13
                            "199002022015033002",   // sex digit 3
                            "199002022015032000",   // sequence 000
                            "199002021985032002"}) {  // appointed before birth
      INFO(nip);
      auto j = good();
      j["data"]["employees"][1]["nip"] = nip;
      expect_refused(j, "/data/employees/1/nip");
    }
  }

  TEST_CASE("dangling references") {
    struct Case {
      const char* collection;
      int index;
      const char* field;
    };
    for (auto c : {Case{"employees", 1, "unit_id"}, Case{"units", 1, "parent_id"}, Case{"assignments", 0, "period_id"},
                   Case{"assignments", 0, "penilai_id"}, Case{"assignments", 1, "atasan_penilai_id"},
                   Case{"skps", 0, "employee_id"}, Case{"realisations", 0, "skp_id"},
                   Case{"realisations", 0, "indicator_id"}, Case{"realisations", 0, "period_id"},
                   Case{"evaluations", 0, "employee_id"}, Case{"org_ratings", 0, "unit_id"},
                   Case{"skm_responses", 0, "period_id"}, Case{"complaints", 0, "unit_id"}}) {
      INFO(c.collection << "/" << c.field);
      auto j = good();
      j["data"][c.collection][c.index][c.field] = "nope";
      std::string pointer = "/data/";
      pointer += c.collection;
      pointer += '/';
      pointer += std::to_string(c.index);
      pointer += '/';
      pointer += c.field;
      expect_refused(j, pointer);
    }
    auto j = good();
    j["data"]["evaluations"][0]["recommendations"][0] = "t-nope";
    expect_refused(j, "/data/evaluations/0/recommendations/0");
    j = good();
    j["data"]["skps"][1]["rhk"][0]["rhk_atasan_id"] = "s-9.r1";
    expect_refused(j, "/data/skps/1/rhk/0/rhk_atasan_id");
    j = good();
    j["data"]["units"][0]["parent_id"] = "u-2";  // u-1 → u-2 → u-1
    expect_refused(j, "/data/units/0/parent_id");
  }

  TEST_CASE("a cascade to an absent superior RHK is fine in an employee's own file") {
    auto j = good();
    j["scope"] = {{"kind", "pegawai"}, {"nip", "199002022015032002"}};
    j["data"]["skps"][1]["rhk"][0]["rhk_atasan_id"] = "s-9.r1";
    auto r = parse_bundle(j.dump());
    INFO(all_errors(r));
    CHECK(r.ok());
  }

  TEST_CASE("ranges and formats") {
    auto j = good();
    j["data"]["skm_responses"][0]["answers"]["u3"] = 5;
    expect_refused(j, "/data/skm_responses/0/answers/u3");
    j = good();
    j["data"]["skm_responses"][0]["answers"]["u3"] = 0;
    expect_refused(j, "/data/skm_responses/0/answers/u3");
    j = good();
    j["data"]["skm_responses"][0]["answers"]["u3"] = 2.5;
    expect_refused(j, "/data/skm_responses/0/answers/u3");
    j = good();
    j["data"]["periods"][0]["start"] = "2026-02-30";
    expect_refused(j, "/data/periods/0/start");
    j = good();
    j["data"]["periods"][0]["end"] = "2025-12-31";
    expect_refused(j, "/data/periods/0/end");
    j = good();
    j["data"]["complaints"][0]["first_response"] = "2026-01-01T00:00:00Z";
    expect_refused(j, "/data/complaints/0/first_response");
    j = good();
    j["data"]["realisations"][0]["evidence"][0]["link"] = "javascript:alert(1)";
    expect_refused(j, "/data/realisations/0/evidence/0/link");
    j = good();
    j["data"]["realisations"][0]["evidence"][0]["sha256"] = "abc";
    expect_refused(j, "/data/realisations/0/evidence/0/sha256");
    j = good();
    j["data"]["skps"][1]["rhk"][0]["indicators"][1]["target_min"] = 120;
    expect_refused(j, "/data/skps/1/rhk/0/indicators/1/target_max");
    j = good();
    j["data"]["skps"][1]["rhk"][0]["indicators"][1].erase("target_max");
    expect_refused(j, "/data/skps/1/rhk/0/indicators/1");
    j = good();
    j["data"]["employees"][1]["golongan"] = "III/z";
    expect_refused(j, "/data/employees/1/golongan");
    j = good();
    j["data"]["employees"][1]["jenjang"] = "ahli-super";
    expect_refused(j, "/data/employees/1/jenjang");
    j = good();
    j["data"]["realisations"][0].erase("value");
    j["data"]["realisations"][0].erase("text");
    expect_refused(j, "/data/realisations/0/value");
  }

  TEST_CASE("malformed and truncated JSON") {
    std::string text = good().dump();
    SUBCASE("truncated in the middle") {
      auto r = parse_bundle(std::string_view(text).substr(0, text.size() / 2));
      CHECK_FALSE(r.ok());
      REQUIRE_FALSE(r.errors.empty());
      CHECK_FALSE(r.errors[0].pointer.empty());
      CHECK(r.errors[0].message_en.find("JSON") != std::string::npos);
    }
    SUBCASE("every truncation is refused, never loaded") {
      for (std::size_t cut = 0; cut < text.size(); cut += 97) {
        auto r = parse_bundle(std::string_view(text).substr(0, cut));
        INFO("cut at " << cut);
        CHECK_FALSE(r.ok());
        CHECK_FALSE(r.errors.empty());
      }
    }
    SUBCASE("syntax error inside a record names the record") {
      std::string bad = text;
      auto at = bad.find("\"Contoh Perawat");
      REQUIRE(at != std::string::npos);
      bad.insert(at, "}");  // "name":}"Contoh…
      auto r = parse_bundle(bad);
      CHECK_FALSE(r.ok());
      REQUIRE_FALSE(r.errors.empty());
      INFO(all_errors(r));
      CHECK(r.errors.back().pointer.rfind("/data/employees/1", 0) == 0);
    }
    SUBCASE("not an object, empty, garbage, trailing content") {
      expect_refused(std::string("[]"), "/");
      expect_refused(std::string(""), "/");
      expect_refused(std::string("   "), "/");
      expect_refused(std::string("kinerja"), "/");
      expect_refused(text + " {}", "/");
    }
    SUBCASE("invalid UTF-8") {
      std::string bad = text;
      auto at = bad.find("Contoh Perawat");
      bad[at] = static_cast<char>(0xC3);
      bad[at + 1] = static_cast<char>(0x28);
      auto r = parse_bundle(bad);
      CHECK_FALSE(r.ok());
      CHECK_FALSE(r.errors.empty());
    }
  }

  TEST_CASE("tolerance: unknown fields, nulls for optional fields, tombstones, absent collections") {
    auto j = good();
    j["future_field"] = {{"x", 1}};
    j["data"]["future_collection"] = json::array({1, 2});
    j["data"]["employees"][1]["hobby"] = "memancing";
    j["data"]["employees"][1]["jenjang"] = nullptr;
    j["data"]["evaluations"][0]["predikat"] = nullptr;
    j["data"]["units"][2] = {{"id", "u-3"},          {"ver", {{"dev-a", 3}}}, {"hlc", "2026-04-01T02:00:00.000Z/0000/dev-a"},
                             {"author", "admin"},    {"created", "2026-01-02T00:00:00Z"},
                             {"updated", "2026-04-01T02:00:00Z"}, {"deleted", true}};
    j["data"].erase("complaints");
    auto r = parse_bundle(j.dump());
    INFO(all_errors(r));
    REQUIRE(r.ok());
    CHECK(r.bundle->employees[1].jenjang.empty());
    CHECK_FALSE(r.bundle->evaluations[0].predikat.has_value());
    CHECK(r.bundle->units[2].meta.deleted);
    CHECK(r.bundle->complaints.empty());
  }

  TEST_CASE("a tombstone's own fields are not required, and references to it resolve") {
    auto j = good();
    j["data"]["employees"][1]["unit_id"] = "u-3";  // u-3 is a tombstone
    auto r = parse_bundle(j.dump());
    INFO(all_errors(r));
    CHECK(r.ok());
  }

  TEST_CASE("many errors are capped") {
    auto j = good();
    auto proto = j["data"]["complaints"][0];
    j["data"]["complaints"] = json::array();
    for (int i = 0; i < 1000; ++i) {
      auto c = proto;
      std::string id = "c-";
      id += std::to_string(i);
      c["id"] = id;
      c["channel"] = "merpati";
      j["data"]["complaints"].push_back(c);
    }
    auto r = parse_bundle(j.dump());
    CHECK_FALSE(r.ok());
    CHECK(r.errors.size() <= kMaxParseErrors + 1);
    CHECK(r.errors.back().message_en.find("too many") != std::string::npos);
  }

  TEST_CASE("pointer tokens are escaped (RFC 6901)") {
    CHECK(json_pointer_token("a/b~c") == "a~1b~0c");
    auto j = good();
    j["data"]["units"][0]["ver"]["dev/x"] = 0;
    expect_refused(j, "/data/units/0/ver/dev~1x");
  }

  TEST_CASE("unreadable file") {
    auto r = parse_bundle_file("/nonexistent/dir/bundle.json");
    CHECK_FALSE(r.ok());
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].pointer == "/");
  }

  TEST_CASE("parse_bundle_in_place gives the same result and keeps the text") {
    std::string text = good().dump();
    std::string copy = text;
    auto a = parse_bundle(text);
    auto b = parse_bundle_in_place(copy);
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK(*a.bundle == *b.bundle);
    CHECK(copy == text);
  }
}
