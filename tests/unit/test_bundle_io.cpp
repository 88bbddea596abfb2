// Bundle reading and canonical writing: every kind of bad input gets a clear
// message at a pointer and leaves the store byte-identical; identical content
// gives identical bytes whatever order it was built in.
#include <doctest/doctest.h>

#include <algorithm>
#include <random>

#include "core/sync/bundle_io.hpp"
#include "core/sync/merge.hpp"
#include "core/sync/preview.hpp"

using namespace kinerja;
using nlohmann::json;

namespace {

constexpr std::int64_t kT0 = 1795867200000;

json envelope(const std::string& id) {
  return {{"id", id},
          {"ver", {{"dev-a", 1}}},
          {"hlc", "2026-11-28T12:00:00.000Z/0000/dev-a"},
          {"author", "admin"},
          {"created", "2026-11-28T12:00:00.000Z"},
          {"updated", "2026-11-28T12:00:00.000Z"},
          {"deleted", false}};
}

json good_doc() {
  json e1 = envelope("e1");
  e1["nip"] = "199001012015031001";
  e1["name"] = "Rina Marlina";
  e1["unit_id"] = "u1";
  json e2 = envelope("e2");
  e2["nip"] = "198503122010011002";
  e2["name"] = "Budi Santoso";
  e2["unit_id"] = "u1";
  json u1 = envelope("u1");
  u1["name"] = "Dinas Kesehatan";
  return {{"format", "kinerja-samarinda/bundle"},
          {"schema", 1},
          {"created", "2026-11-28T12:00:00Z"},
          {"origin", "dev-a"},
          {"scope", {{"kind", "bkpsdm"}}},
          {"data", {{"units", {u1}}, {"employees", {e2, e1}}}}};
}

// Reads `bytes`, expecting failure; returns the errors.
std::vector<ValidationError> refused(const std::string& bytes) {
  const BundleRead r = read_bundle(bytes);
  CHECK_FALSE(r.ok());
  CHECK_FALSE(r.bundle);
  for (const auto& e : r.errors) {
    CHECK_FALSE(e.message_id.empty());
    CHECK_FALSE(e.message_en.empty());
  }
  return r.errors;
}

bool has_error_at(const std::vector<ValidationError>& errors, const std::string& pointer, const std::string& en_part) {
  return std::any_of(errors.begin(), errors.end(), [&](const ValidationError& e) {
    return e.pointer == pointer && e.message_en.find(en_part) != std::string::npos;
  });
}

}  // namespace

TEST_SUITE("bundle_io") {
  TEST_CASE("a good bundle reads, keeps unknown fields and collections, and writes canonically") {
    json doc = good_doc();
    doc["data"]["employees"][0]["hobby"] = "catur";
    doc["data"]["future_things"] = json::array({envelope("f1")});
    const BundleRead r = read_bundle(doc.dump());
    REQUIRE(r.ok());
    CHECK(r.bundle->header.origin == "dev-a");
    CHECK(r.bundle->header.scope.kind == ScopeKind::bkpsdm);
    CHECK(record_count(r.bundle->store) == 4);
    CHECK(find_record(r.bundle->store, "employees", "e2")->at("hobby") == "catur");
    const std::string out = write_bundle(r.bundle->store, r.bundle->header);
    // records by id, known collections first in fixed order, the unknown after
    CHECK(out.find("\"e1\"") < out.find("\"e2\""));
    CHECK(out.find("\"units\"") < out.find("\"employees\""));
    CHECK(out.find("\"trainings\"") < out.find("\"future_things\""));
    const BundleRead again = read_bundle(out);
    REQUIRE(again.ok());
    CHECK(write_bundle(again.bundle->store, again.bundle->header) == out);
  }

  TEST_CASE("identical content gives identical bytes whatever the build order") {
    std::mt19937 rng(5);
    Store ref;
    std::vector<std::pair<std::string, json>> recs;
    for (int i = 0; i < 30; ++i) {
      std::string id = "r";
      id += std::to_string(i);  // not `"r" + to_string`: a GCC 12 -Wrestrict false positive at -O3
      json r = envelope(id);
      r["z"] = i;
      r["a"] = {{"y", 1}, {"b", 2}};
      recs.emplace_back(i % 2 ? "skps" : "employees", r);
    }
    for (const auto& [c, r] : recs) join_version(ref, c, r);
    const BundleHeader h{"2026-11-28T12:00:00.000Z", "dev-a", Scope{ScopeKind::bkpsdm, {}}};
    const std::string expected = write_bundle(ref, h);
    for (int k = 0; k < 5; ++k) {
      std::shuffle(recs.begin(), recs.end(), rng);
      Store s;
      for (const auto& [c, r] : recs) join_version(s, c, r);
      CHECK(write_bundle(s, h) == expected);
    }
    // the header is the only part that differs between writers and times
    const BundleHeader h2{"2027-01-01T00:00:00.000Z", "dev-b", Scope{ScopeKind::bkpsdm, {}}};
    const std::string other = write_bundle(ref, h2);
    CHECK(other != expected);
    CHECK(other.substr(other.find("\"data\"")) == expected.substr(expected.find("\"data\"")));
  }

  TEST_CASE("malformed, truncated and empty JSON") {
    auto e = refused("{\"format\": \"kinerja-samarinda/bundle\",\n \"schema\": 1,, }");
    CHECK(e[0].pointer == "/");
    CHECK(e[0].message_en.find("malformed JSON at line 2") != std::string::npos);
    const std::string full = good_doc().dump();
    e = refused(full.substr(0, full.size() / 2));
    CHECK(e[0].message_en.find("truncated") != std::string::npos);
    e = refused("");
    CHECK(e[0].message_en.find("truncated or empty") != std::string::npos);
    e = refused("[1,2,3]");
    CHECK(e[0].message_en.find("must be a JSON object") != std::string::npos);
    e = refused("{\"a\":\"\xff\xfe\"}");  // invalid UTF-8 never gets past the parser
    CHECK(e[0].pointer == "/");
  }

  TEST_CASE("wrong format, future or bad schema") {
    json doc = good_doc();
    doc["format"] = "excalidraw";
    auto e = refused(doc.dump());
    REQUIRE(e.size() == 1);
    CHECK(e[0].pointer == "/format");
    doc = good_doc();
    doc["schema"] = 2;
    e = refused(doc.dump());
    REQUIRE(e.size() == 1);
    CHECK(e[0].pointer == "/schema");
    CHECK(e[0].message_en.find("schema 2 is newer") != std::string::npos);
    CHECK(e[0].message_id.find("perbarui aplikasi") != std::string::npos);
    doc["schema"] = "1";
    CHECK(refused(doc.dump())[0].pointer == "/schema");
  }

  TEST_CASE("header problems") {
    json doc = good_doc();
    doc["scope"] = {{"kind", "pegawai"}};
    CHECK(has_error_at(refused(doc.dump()), "/scope/nip", "18-digit"));
    doc["scope"] = {{"kind", "everyone"}};
    CHECK(has_error_at(refused(doc.dump()), "/scope/kind", "bkpsdm"));
    doc = good_doc();
    doc["created"] = "yesterday";
    CHECK(has_error_at(refused(doc.dump()), "/created", "ISO 8601"));
    doc = good_doc();
    doc["origin"] = "has space";
    CHECK(has_error_at(refused(doc.dump()), "/origin", "device id"));
  }

  TEST_CASE("envelope problems and duplicate ids, each at its pointer") {
    json doc = good_doc();
    doc["data"]["employees"][1]["id"] = "e2";
    CHECK(has_error_at(refused(doc.dump()), "/data/employees/1/id", "duplicate id \"e2\" (also at /data/employees/0)"));
    doc = good_doc();
    doc["data"]["employees"][0]["ver"] = {{"dev-a", 0}};
    CHECK(has_error_at(refused(doc.dump()), "/data/employees/0/ver", "positive integer"));
    doc = good_doc();
    doc["data"]["employees"][0]["hlc"] = "2026-11-28";
    CHECK(has_error_at(refused(doc.dump()), "/data/employees/0/hlc", "must look like"));
    doc = good_doc();
    doc["data"]["employees"][0].erase("author");
    CHECK(has_error_at(refused(doc.dump()), "/data/employees/0/author", "author"));
    doc = good_doc();
    doc["data"]["employees"][0]["deleted"] = "no";
    CHECK(has_error_at(refused(doc.dump()), "/data/employees/0/deleted", "true or false"));
    doc = good_doc();
    doc["data"]["employees"][0]["id"] = std::string(65, 'x');
    CHECK(has_error_at(refused(doc.dump()), "/data/employees/0/id", "1–64"));
    doc = good_doc();
    doc["data"]["units"] = {{"u1", 1}};
    CHECK(has_error_at(refused(doc.dump()), "/data/units", "must be an array"));
    doc = good_doc();
    doc["conflicts"] = json::array({{{"collection", "employees"}, {"id", "e1"}, {"versions", {envelope("zz")}}}});
    CHECK(has_error_at(refused(doc.dump()), "/conflicts/0/versions/0/id", "differs"));
  }

  TEST_CASE("hostile strings are named with their pointer") {
    struct Case {
      std::string value, expect;
    };
    const Case cases[] = {
        {std::string(10001, 'a'), "too long: 10001 characters"},
        {"abc\x01" "def", "control character U+0001"},
        {"Budi \xE2\x80\xAE" "gnp.exe", "bidi direction mark U+202E"},
        {"\xE2\x81\xA6x", "bidi direction mark U+2066"},
        {"\xE2\x80\x8F", "bidi direction mark U+200F"},
        {"<ScRiPt>alert(1)</script>", "<script"},
        {"\xC2\x85", "control character U+0085"},
    };
    for (const auto& c : cases) {
      CAPTURE(c.expect);
      json doc = good_doc();
      doc["data"]["employees"][1]["name"] = c.value;
      CHECK(has_error_at(refused(doc.dump()), "/data/employees/1/name", c.expect));
    }
    json doc = good_doc();
    doc["data"]["employees"][0]["x\x07y"] = 1;  // keys are checked too
    CHECK(has_error_at(refused(doc.dump()), "/data/employees/0/x\x07y", "control character"));
    // ordinary text with newlines, tabs and non-Latin letters passes
    doc = good_doc();
    doc["data"]["employees"][0]["note"] = "Baris 1\nBaris 2\tselesai — ✓ 日本 عربى";
    CHECK(read_bundle(doc.dump()).ok());
  }

  TEST_CASE("oversize and deeply nested files are refused before parsing") {
    CHECK(kMaxBundleBytes < 200'000'000);  // the 200 MB file must be refused
    const std::string doc = good_doc().dump();
    ReadOptions small;
    small.max_bytes = doc.size() - 1;
    const BundleRead r = read_bundle(doc, small);
    REQUIRE_FALSE(r.ok());
    CHECK(r.errors[0].message_en.find("file too large") != std::string::npos);
    small.max_bytes = doc.size();
    CHECK(read_bundle(doc, small).ok());
    std::string deep = "{\"format\":\"kinerja-samarinda/bundle\",\"x\":";
    deep += std::string(100000, '[');
    CHECK(refused(deep)[0].message_en.find("nesting too deep") != std::string::npos);
  }

  TEST_CASE("a refused file leaves the store byte-identical") {
    Store s;
    REQUIRE(apply_change(s, "employees", {{"id", "e9"}, {"nip", "199001012015031009"}, {"name", "Sari"}}, "dev-a", kT0).ok());
    const std::string before = canonical_content(s);
    json dup = good_doc();
    dup["data"]["employees"][1]["id"] = "e2";
    json hostile = good_doc();
    hostile["data"]["employees"][1]["name"] = "a\xE2\x80\xAE";
    json future = good_doc();
    future["schema"] = 9;
    const std::string full = good_doc().dump();
    const std::vector<std::string> bad = {"{oops", full.substr(0, 100), dup.dump(), hostile.dump(), future.dump(),
                                          "{\"format\":\"other\",\"schema\":1}"};
    for (const auto& b : bad) {
      const ImportPreview p = preview_import(s, {{"bad.json", b}});
      REQUIRE(p.files.size() == 1);
      CHECK_FALSE(p.files[0].ok());
      const MergeReport rep = apply_import(s, p);
      CHECK(rep.changes.empty());
      CHECK(canonical_content(s) == before);
    }
  }
}
