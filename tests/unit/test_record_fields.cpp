// The record descriptions (core/model/record_fields.hpp) drive the reader, the
// reference check and the writer: what a table lists is exactly what is
// written, required, and resolved — so one edit to a table changes all three,
// for a flat record and for the nested parts of one (rhk, indicators,
// evidence, keberatan ...) alike.
#include "bundle_fixture.hpp"
#include "core/model/parse.hpp"
#include "core/model/record_fields.hpp"
#include "core/model/serialize.hpp"

#include <doctest/doctest.h>

#include <utility>
#include <vector>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>
#include <string>

using namespace kinerja;

namespace {

const std::set<std::string> kEnvelope{"id", "ver", "hlc", "author", "created", "updated", "deleted"};

template <typename Table>
std::set<std::string> names(const Table& table, bool required_only) {
  std::set<std::string> out;
  fields::for_each(table, [&](std::size_t, const auto& d) {
    if constexpr (fields::IsField<std::remove_cvref_t<decltype(d)>>)  // a Check is not a field
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

// The objects at a JSON pointer pattern, "*" standing for every element of an
// array: ("/data/skps/*/rhk/*") gives every RHK of every SKP.
std::vector<nlohmann::json> at(const nlohmann::json& root, const std::string& pattern) {
  std::vector<nlohmann::json> level{root};
  std::size_t pos = 1;
  while (pos <= pattern.size()) {
    const auto slash = std::min(pattern.find('/', pos), pattern.size());
    const std::string token = pattern.substr(pos, slash - pos);
    std::vector<nlohmann::json> next;
    for (const auto& j : level) {
      if (token == "*") {
        for (const auto& el : j) next.push_back(el);
      } else if (j.is_array()) {
        next.push_back(j.at(std::stoul(token)));
      } else if (j.contains(token)) {
        next.push_back(j.at(token));
      }
    }
    level = std::move(next);
    pos = slash + 1;
  }
  return level;
}

// Every key the fixture writes on any object at `pattern`, less the envelope
// of a record (/data/<collection>/*); a nested object has no envelope.
std::set<std::string> written_keys(const std::string& pattern) {
  const bool record = std::count(pattern.begin(), pattern.end(), '/') == 3;
  std::set<std::string> out;
  for (const auto& j : at(nlohmann::json::parse(to_json(test::full_bundle())), pattern))
    for (const auto& [k, v] : j.items())
      if (!record || !kEnvelope.count(k)) out.insert(k);
  return out;
}

// Each required field of the object at `pointer` (a record such as
// /data/units/0 or a nested part such as /data/skps/1/rhk/0), removed, is
// refused at pointer/field.
template <typename Table>
void check_required_at(const Table& table, const std::string& pointer) {
  for (const auto& field : names(table, true)) {
    INFO(pointer << "/" << field);
    nlohmann::json j = nlohmann::json::parse(to_json(test::full_bundle()));
    REQUIRE(j.at(nlohmann::json::json_pointer(pointer)).contains(field));
    j.at(nlohmann::json::json_pointer(pointer)).erase(field);
    const auto r = parse_bundle(j.dump());
    REQUIRE_FALSE(r.ok());
    CHECK(r.errors.front().pointer == pointer + "/" + field);
    CHECK(r.errors.front().message_en == "required field is missing");
  }
}

template <typename Table>
void check_required(const Table& table, const std::string& collection) {
  check_required_at(table, "/data/" + collection + "/0");
}

// The fixture with the value at `pointer` replaced, parsed.
ParseResult with(const std::string& pointer, const nlohmann::json& value) {
  nlohmann::json j = nlohmann::json::parse(to_json(test::full_bundle()));
  j[nlohmann::json::json_pointer(pointer)] = value;
  return parse_bundle(j.dump());
}

// The value at `pointer` replaced by `value` is refused, first at `at` with
// `message_en`.
struct Refusal {
  std::string pointer;
  nlohmann::json value;
  std::string message_en;
  std::string at = pointer;
};

void expect(const Refusal& c) {
  INFO(c.pointer);
  const auto r = with(c.pointer, c.value);
  REQUIRE_FALSE(r.ok());
  CHECK(r.errors.front().pointer == c.at);
  CHECK(r.errors.front().message_en == c.message_en);
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

  TEST_CASE("every required field of a table is refused when missing, at its pointer, at any depth") {
    check_required(fields::kUnit, "units");
    check_required(fields::kEmployee, "employees");
    check_required(fields::kPeriod, "periods");
    check_required(fields::kAssignment, "assignments");
    check_required(fields::kIndicator, "indicators");
    check_required(fields::kOrgRating, "org_ratings");
    // records with nested parts, and each nested table at its own pointer
    check_required(fields::kSkp, "skps");
    check_required(fields::kRealisation, "realisations");
    check_required(fields::kEvaluation, "evaluations");
    check_required(fields::kSkmResponse, "skm_responses");
    check_required(fields::kTraining, "trainings");
    check_required_at(fields::kRhk, "/data/skps/1/rhk/0");
    check_required_at(fields::kSkpIndicator, "/data/skps/1/rhk/0/indicators/1");
    check_required_at(fields::kEkspektasi, "/data/skps/1/ekspektasi/1");
    check_required_at(fields::kPerilaku, "/data/evaluations/0/perilaku/1");
    check_required_at(fields::kUmpanBalikRhk, "/data/evaluations/0/umpan_balik_rhk/0");
    check_required_at(fields::kKeberatan, "/data/evaluations/0/keberatan");
  }

  TEST_CASE("a flag is true or false and absent means false; a nilai perilaku is a number") {
    const nlohmann::json good = nlohmann::json::parse(to_json(test::full_bundle()));
    CHECK(good["data"]["evaluations"][0]["inovasi"] == true);
    CHECK_FALSE(good["data"]["evaluations"][1].contains("inovasi"));  // false is not written
    for (const auto& [field, bad] : std::vector<std::pair<std::string, nlohmann::json>>{
             {"inovasi", "ya"}, {"perilaku_360", 1}, {"nilai_perilaku", "88,5"}}) {
      const std::string f = field;  // clang 14: no bindings in INFO's lambda
      INFO(f);
      nlohmann::json j = good;
      j["data"]["evaluations"][0][f] = bad;
      const auto r = parse_bundle(j.dump());
      REQUIRE_FALSE(r.ok());
      CHECK(r.errors.front().pointer == "/data/evaluations/0/" + f);
    }
    nlohmann::json j = good;
    j["data"]["skps"][1]["rhk"][1]["indicators"][0].erase("target_maksimal");
    const auto r = parse_bundle(j.dump());
    REQUIRE(r.ok());
    CHECK_FALSE(r.bundle->skps[1].rhk[1].indicators[0].target_maksimal);
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

  // Nested types: one table each, and their fields are written, required and
  // resolved from it at every depth, as for flat records above.
  TEST_CASE("nested records are written with exactly the fields their tables list") {
    CHECK(written_keys("/data/skps/*") == names(fields::kSkp, false));
    CHECK(written_keys("/data/skps/*/rhk/*") == names(fields::kRhk, false));
    CHECK(written_keys("/data/skps/*/rhk/*/indicators/*") == names(fields::kSkpIndicator, false));
    CHECK(written_keys("/data/skps/*/ekspektasi/*") == names(fields::kEkspektasi, false));
    CHECK(written_keys("/data/skps/*/lampiran") == names(fields::kLampiran, false));
    CHECK(written_keys("/data/realisations/*") == names(fields::kRealisation, false));
    CHECK(written_keys("/data/realisations/*/evidence/*") == names(fields::kEvidence, false));
    CHECK(written_keys("/data/evaluations/*") == names(fields::kEvaluation, false));
    CHECK(written_keys("/data/evaluations/*/perilaku/*") == names(fields::kPerilaku, false));
    CHECK(written_keys("/data/evaluations/*/umpan_balik_rhk/*") == names(fields::kUmpanBalikRhk, false));
    CHECK(written_keys("/data/evaluations/*/keberatan") == names(fields::kKeberatan, false));
    CHECK(written_keys("/data/evaluations/*/kalibrasi") == names(fields::kKalibrasi, false));
    CHECK(written_keys("/data/units/*/penerima_layanan/*") == names(fields::kPenerimaLayanan, false));
    CHECK(written_keys("/data/skm_responses/*") == names(fields::kSkmResponse, false));
    CHECK(written_keys("/data/skm_responses/*/respondent") == names(fields::kRespondent, false));
    CHECK(written_keys("/data/trainings/*") == names(fields::kTraining, false));
  }

  TEST_CASE("an empty optional nested part is not written; a required one always is") {
    Skp s = test::full_bundle().skps[0];
    s.rhk.clear();
    s.ekspektasi.clear();
    s.lampiran = {};
    const auto keys = own_keys(record_to_json(s));
    CHECK(keys.count("rhk"));  // required: written as []
    CHECK_FALSE(keys.count("ekspektasi"));
    CHECK_FALSE(keys.count("lampiran"));
    Evaluation ev = test::full_bundle().evaluations[0];
    ev.keberatan.reset();
    ev.recommendations.clear();
    CHECK_FALSE(own_keys(record_to_json(ev)).count("keberatan"));
    CHECK_FALSE(own_keys(record_to_json(ev)).count("recommendations"));
  }

  TEST_CASE("a reference in a nested table resolves, reported at its nested pointer") {
    using Case = std::pair<std::string, std::string>;  // pointer, the collection it must name a record of
    for (const auto& [pointer, target] : {Case{"/data/skps/1/rhk/0/indicators/0/library_id", "indicators"},
                                          Case{"/data/evaluations/0/keberatan/decided_by", "employees"},
                                          Case{"/data/evaluations/0/recommendations/0", "trainings"}}) {
      const std::string where = pointer, in = target;  // clang 14: no bindings in INFO's lambda
      INFO(where);
      const auto r = with(where, "x-nobody");
      REQUIRE_FALSE(r.ok());
      REQUIRE(r.errors.size() == 1);
      CHECK(r.errors.front().pointer == where);
      CHECK(r.errors.front().message_id == "merujuk 'x-nobody' yang tidak ada di " + in);
      CHECK(r.errors.front().message_en == "refers to 'x-nobody', which is not in " + in);
    }
  }

  TEST_CASE("nested field kinds are read with their own rules, at their own pointers") {
    for (const auto& c : {
             Refusal{"/data/skm_responses/0/respondent/umur", 9, "out of range 10–120"},
             Refusal{"/data/skm_responses/0/respondent/jenis_kelamin", "x", "jenis_kelamin must be \"l\" or \"p\""},
             Refusal{"/data/skm_responses/0/answers/u9", 5, "out of range 1–4"},
             Refusal{"/data/realisations/0/evidence/0/size", -1, "size must not be negative"},
             Refusal{"/data/realisations/0/evidence/1/sha256", "ABC", "sha256 must be 64 lower-case hex digits"},
             Refusal{"/data/realisations/0/value", "18", "must be a number"},
             Refusal{"/data/trainings/0/hours", 10001, "out of range 0–10000"},
             Refusal{"/data/trainings/0/aspek/1", "rasa",
                     "unknown value 'rasa'; allowed: kuantitas, kualitas, waktu, biaya"},
             Refusal{"/data/skps/0/lampiran/konsekuensi/0", "", "must not be empty"},
             Refusal{"/data/skps/0/lampiran", nullptr, "must be an object"},
             Refusal{"/data/evaluations/0/keberatan/decision", "mungkin",
                     "unknown value 'mungkin'; allowed: diterima, ditolak"},
             Refusal{"/data/evaluations/0/recommendations/0", "bad id",
                     "an id is 1–64 characters of A-Z a-z 0-9 . _ : -"},
             Refusal{"/data/skps/1/rhk/0/indicators/1/target_min", 101, "target_max is less than target_min",
                     "/data/skps/1/rhk/0/indicators/1/target_max"},
         })
      expect(c);
    // null is "absent" for an optional nested object or number, not an error
    CHECK(with("/data/evaluations/0/keberatan", nullptr).ok());
    CHECK(with("/data/skm_responses/0/respondent/umur", nullptr).ok());
    CHECK(with("/data/skm_responses/0/answers/u1", nullptr).ok());
  }

  TEST_CASE("checks across records at nested pointers: duplicate values, unknown RHK") {
    expect({"/data/evaluations/0/perilaku/1/nilai", "berorientasi-pelayanan", "this value appears twice"});
    expect({"/data/skps/1/ekspektasi/1/nilai", "berorientasi-pelayanan", "this value already has an expectation"});
    expect({"/data/evaluations/0/umpan_balik_rhk/0/rhk_id", "s-9.r1", "refers to RHK 's-9.r1', which does not exist"});
    expect({"/data/skps/1/rhk/1/id", "s-2.r1", "RHK id 's-2.r1' is already used at /data/skps/1/rhk/0"});
  }

  TEST_CASE("an indicator's targets are judged by the SKP around it, whatever the key order") {
    // pendekatan after rhk: the reader cannot know it yet, check_bundle judges the whole record
    nlohmann::json j = nlohmann::json::parse(to_json(test::full_bundle()));
    j["data"]["skps"][1]["rhk"][0]["indicators"][0].erase("target");
    const auto pendekatan_last = [](const nlohmann::json& skp) {
      std::string text = "{";
      for (const auto& [k, v] : skp.items())
        if (k != "pendekatan") text += nlohmann::json(k).dump() + ":" + v.dump() + ",";
      return text + "\"pendekatan\":" + skp["pendekatan"].dump() + "}";
    };
    std::string text = j.dump();
    const std::string skp = j["data"]["skps"][1].dump();
    text.replace(text.find(skp), skp.size(), pendekatan_last(j["data"]["skps"][1]));
    auto r = parse_bundle(text);
    REQUIRE_FALSE(r.ok());
    CHECK(r.errors.front().pointer == "/data/skps/1/rhk/0/indicators/0/target");
    CHECK(parse_records_unchecked(text).ok());  // the reader alone is lenient there
    CHECK_FALSE(parse_records_unchecked(j.dump()).ok());  // but not when pendekatan comes first
  }
}
