// Scoped exports hold nothing about colleagues: checked by scanning the
// exported bytes for every other employee's NIP, name and record ids.
#include <doctest/doctest.h>

#include "core/sync/bundle_io.hpp"
#include "core/sync/merge.hpp"
#include "core/sync/scope.hpp"

using namespace kinerja;
using nlohmann::json;

namespace {

constexpr std::int64_t kT0 = 1795867200000;

struct Person {
  const char* id;
  const char* nip;
  const char* name;
  const char* unit;
};
// A: the employee; B: A's colleague (same unit, same rater); S: their rater;
// S2: S's rater (A's atasan penilai); C and D: another unit.
constexpr Person kA{"e-a", "199001012015031001", "Rina Marlina", "u-pkm"};
constexpr Person kB{"e-b", "198503122010011002", "Budi Santoso", "u-pkm"};
constexpr Person kS{"e-s", "197805052005011003", "Siti Aminah", "u-pkm"};
constexpr Person kS2{"e-s2", "197001011995031004", "Hendra Wijaya", "u-dinkes"};
constexpr Person kC{"e-c", "199202022018012005", "Citra Lestari", "u-dukcapil"};
constexpr Person kD{"e-d", "198001012006041006", "Dedi Kurniawan", "u-dukcapil"};

void put(Store& s, const char* collection, json r) {
  const auto res = apply_change(s, collection, std::move(r), "dev-adm", kT0, "admin");
  REQUIRE(res.ok());
}

Store city() {
  Store s;
  put(s, "units", {{"id", "u-dinkes"}, {"name", "Dinas Kesehatan"}, {"kind", "opd"}});
  put(s, "units", {{"id", "u-pkm"}, {"name", "Puskesmas Palaran"}, {"kind", "uptd"}, {"parent_id", "u-dinkes"}});
  put(s, "units", {{"id", "u-dukcapil"}, {"name", "Disdukcapil"}, {"kind", "opd"}});
  for (const Person& p : {kA, kB, kS, kS2, kC, kD})
    put(s, "employees", {{"id", p.id}, {"nip", p.nip}, {"name", p.name}, {"unit_id", p.unit}, {"jabatan", "Pelaksana"},
                         {"golongan", "III/a"}, {"is_unit_head", false}});
  put(s, "periods", {{"id", "p1"}, {"name", "Triwulan I 2026"}, {"year", 2026}, {"locked", false}});
  put(s, "periods", {{"id", "p2"}, {"name", "Triwulan II 2026"}, {"year", 2026}, {"locked", false}});
  auto assign = [&](const char* id, const Person& who, const Person& rater, const char* atasan, const char* period) {
    put(s, "assignments", {{"id", id}, {"employee_id", who.id}, {"penilai_id", rater.id},
                           {"atasan_penilai_id", atasan}, {"period_id", period}, {"kind", "definitif"}});
  };
  assign("as-a-p1", kA, kS, kS2.id, "p1");
  assign("as-b-p1", kB, kS, kS2.id, "p1");
  assign("as-s-p1", kS, kS2, "", "p1");
  assign("as-c-p1", kC, kD, "", "p1");
  assign("as-b-p2", kB, kD, "", "p2");  // B moved to D's team in p2
  for (const Person& p : {kA, kB, kS, kC})
    put(s, "skps", {{"id", std::string("skp-") + p.id}, {"employee_id", p.id}, {"year", 2026}});
  auto real = [&](const Person& p, const char* period) {
    put(s, "realisations", {{"id", std::string("r-") + p.id + "-" + period}, {"skp_id", std::string("skp-") + p.id},
                            {"indicator_id", "ind1"}, {"period_id", period}, {"value", 10}});
    put(s, "evaluations", {{"id", std::string("ev-") + p.id + "-" + period}, {"employee_id", p.id}, {"period_id", period},
                           {"reason", std::string("Umpan balik untuk ") + p.name}});
  };
  real(kA, "p1");
  real(kB, "p1");
  real(kB, "p2");
  real(kC, "p1");
  put(s, "org_ratings", {{"id", "or-pkm"}, {"unit_id", "u-pkm"}, {"period_id", "p1"}, {"cko", "baik"}});
  put(s, "org_ratings", {{"id", "or-dukcapil"}, {"unit_id", "u-dukcapil"}, {"period_id", "p1"}, {"cko", "baik"}});
  put(s, "complaints", {{"id", "cmp1"}, {"unit_id", "u-pkm"}, {"category", "antrian"}, {"text", "Petugas Budi lambat"}});
  put(s, "skm_responses", {{"id", "skm1"}, {"unit_id", "u-pkm"}, {"period_id", "p1"}});
  put(s, "trainings", {{"id", "t1"}, {"title", "Komunikasi Pelayanan"}});
  put(s, "indicators", {{"id", "i1"}, {"text", "Jumlah pasien dilayani"}});
  return s;
}

std::string exported(const Store& s, Scope scope, const json& aggregates = nullptr) {
  const ExportResult r = export_bundle(s, scope, "dev-x", kT0, aggregates);
  REQUIRE(r.ok());
  const BundleRead back = read_bundle(r.bytes);
  REQUIRE(back.ok());  // every export is a valid bundle
  CHECK(back.bundle->header.scope == scope);
  return r.bytes;
}

bool has(const std::string& bytes, const std::string& needle) { return bytes.find(needle) != std::string::npos; }

void absent(const std::string& bytes, const Person& p) {
  CAPTURE(p.name);
  CHECK_FALSE(has(bytes, p.nip));
  CHECK_FALSE(has(bytes, p.name));
  CHECK_FALSE(has(bytes, std::string("\"") + p.id + "\""));
}

}  // namespace

TEST_SUITE("scope") {
  TEST_CASE("pegawai: own records, unit chain, raters as partial records, no colleague") {
    const Store s = city();
    const std::string b = exported(s, Scope{ScopeKind::pegawai, kA.nip});
    absent(b, kB);
    absent(b, kC);
    absent(b, kD);
    CHECK(has(b, kA.nip));
    for (const char* id : {"\"skp-e-a\"", "\"r-e-a-p1\"", "\"ev-e-a-p1\"", "\"as-a-p1\"", "\"u-pkm\"", "\"u-dinkes\"",
                           "\"or-pkm\"", "\"p1\"", "\"p2\"", "\"t1\"", "\"i1\""})
      CHECK_MESSAGE(has(b, id), id);
    for (const char* id : {"\"u-dukcapil\"", "\"or-dukcapil\"", "\"cmp1\"", "\"skm1\"", "\"as-s-p1\""})
      CHECK_MESSAGE(!has(b, id), id);
    const LoadedBundle lb = *read_bundle(b).bundle;
    const json* rater = find_record(lb.store, "employees", kS.id);
    REQUIRE(rater);
    CHECK(is_partial(*rater));
    CHECK(rater->at("name") == kS.name);
    CHECK_FALSE(rater->contains("is_unit_head"));
    const json* atasan = find_record(lb.store, "employees", kS2.id);
    REQUIRE(atasan);
    CHECK(is_partial(*atasan));
    CHECK_FALSE(is_partial(*find_record(lb.store, "employees", kA.id)));
    CHECK(record_count(lb.store) == 14);  // 2 units, 3 employees, 2 periods, 1 each of 7 more
  }

  TEST_CASE("penilai: own scope plus the team of each period they rate, nothing more") {
    const Store s = city();
    const std::string b = exported(s, Scope{ScopeKind::penilai, kS.nip});
    absent(b, kC);
    absent(b, kD);
    for (const char* id : {"\"e-a\"", "\"e-b\"", "\"ev-e-a-p1\"", "\"ev-e-b-p1\"", "\"r-e-b-p1\"", "\"skp-e-b\"",
                           "\"as-b-p1\"", "\"skp-e-s\"", "\"as-s-p1\""})
      CHECK_MESSAGE(has(b, id), id);
    // B's second quarter belongs to D's team
    for (const char* id : {"\"ev-e-b-p2\"", "\"r-e-b-p2\"", "\"as-b-p2\"", "\"cmp1\""}) CHECK_MESSAGE(!has(b, id), id);
    const LoadedBundle lb = *read_bundle(b).bundle;
    CHECK_FALSE(is_partial(*find_record(lb.store, "employees", kB.id)));
    CHECK(is_partial(*find_record(lb.store, "employees", kS2.id)));
  }

  TEST_CASE("publik: no records at all, only the aggregates given") {
    const Store s = city();
    const json agg = {{"units", {{{"unit", "u-pkm"}, {"baik", 7}}}}};
    const std::string b = exported(s, Scope{ScopeKind::publik, {}}, agg);
    for (const Person& p : {kA, kB, kS, kS2, kC, kD}) absent(b, p);
    const LoadedBundle lb = *read_bundle(b).bundle;
    CHECK(record_count(lb.store) == 0);
    CHECK(lb.aggregates == agg);
  }

  TEST_CASE("bkpsdm: everything, byte for byte") {
    const Store s = city();
    const std::string b = exported(s, Scope{ScopeKind::bkpsdm, {}});
    CHECK(canonical_content(read_bundle(b).bundle->store) == canonical_content(s));
  }

  TEST_CASE("a scoped file merged back changes nothing at the source") {
    Store s = city();
    const std::string before = canonical_content(s);
    for (const Scope& sc : {Scope{ScopeKind::pegawai, kA.nip}, Scope{ScopeKind::penilai, kS.nip}}) {
      const BundleRead br = read_bundle(exported(s, sc));
      const MergeReport rep = merge_store(s, br.bundle->store);
      CHECK(rep.changes.empty());
      CHECK(canonical_content(s) == before);
    }
  }

  TEST_CASE("an unknown NIP or scope is an error, not an empty file") {
    const Store s = city();
    const ExportResult r = export_bundle(s, Scope{ScopeKind::pegawai, "199909092020011999"}, "dev-x", kT0);
    CHECK_FALSE(r.ok());
    CHECK(r.bytes.empty());
    CHECK(r.errors[0].pointer == "/scope/nip");
    CHECK_FALSE(export_bundle(s, Scope{ScopeKind::invalid, {}}, "dev-x", kT0).ok());
  }
}
