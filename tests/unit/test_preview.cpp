// Import preview: per record new / updated / unchanged / conflicting /
// rejected with reasons, nothing applied until apply_import, several files at
// once in any order, a bad file refused whole without stopping the others.
#include <doctest/doctest.h>

#include <map>

#include "core/sync/bundle_io.hpp"
#include "core/sync/merge.hpp"
#include "core/sync/preview.hpp"

using namespace kinerja;
using nlohmann::json;

namespace {

constexpr std::int64_t kT0 = 1795867200000;

void put(Store& s, const char* c, json r, const char* dev = "dev-adm", std::int64_t t = kT0) {
  REQUIRE(apply_change(s, c, std::move(r), dev, t, "admin").ok());
}

std::string file_of(const Store& s, const char* origin) {
  return write_bundle(s, BundleHeader{"2026-11-28T12:00:00.000Z", origin, Scope{ScopeKind::bkpsdm, {}}});
}

std::map<std::string, Outcome> outcomes(const MergeReport& r) {
  std::map<std::string, Outcome> m;
  for (const auto& x : r.records) m[x.collection + "/" + x.id] = x.outcome;
  return m;
}

struct World {
  Store admin;   // the receiving store
  Store remote;  // an employee's device that started from the admin's data
};

World world() {
  World w;
  put(w.admin, "periods", {{"id", "p1"}, {"name", "Triwulan I"}, {"locked", false}});
  put(w.admin, "periods", {{"id", "p2"}, {"name", "Triwulan II"}, {"locked", false}});
  put(w.admin, "realisations", {{"id", "r-same"}, {"period_id", "p2"}, {"value", 1}});
  put(w.admin, "realisations", {{"id", "r-upd"}, {"period_id", "p2"}, {"value", 1}});
  put(w.admin, "realisations", {{"id", "r-both"}, {"period_id", "p2"}, {"value", 1}});
  put(w.admin, "realisations", {{"id", "r-locked"}, {"period_id", "p1"}, {"value", 1}});
  w.remote = w.admin;
  put(w.remote, "realisations", {{"id", "r-new"}, {"period_id", "p2"}, {"value", 5}}, "dev-b", kT0 + 10);
  put(w.remote, "realisations", {{"id", "r-upd"}, {"period_id", "p2"}, {"value", 2}, {"text", "naik"}}, "dev-b", kT0 + 10);
  put(w.remote, "realisations", {{"id", "r-both"}, {"period_id", "p2"}, {"value", 3}}, "dev-b", kT0 + 10);
  put(w.remote, "realisations", {{"id", "r-locked"}, {"period_id", "p1"}, {"value", 9}}, "dev-b", kT0 + 10);
  // meanwhile at the admin: r-both edited too, and p1 locked
  put(w.admin, "realisations", {{"id", "r-both"}, {"period_id", "p2"}, {"value", 4}}, "dev-adm", kT0 + 20);
  put(w.admin, "periods", {{"id", "p1"}, {"name", "Triwulan I"}, {"locked", true}}, "dev-adm", kT0 + 30);
  return w;
}

}  // namespace

TEST_SUITE("preview") {
  TEST_CASE("each record is classified and nothing is applied until apply_import") {
    World w = world();
    const std::string before = canonical_content(w.admin);
    const std::string file = file_of(w.remote, "dev-b");
    const ImportPreview p = preview_import(w.admin, {{"rina.json", file}});
    CHECK(canonical_content(w.admin) == before);
    REQUIRE(p.files.size() == 1);
    CHECK(p.files[0].ok());
    CHECK(p.files[0].header.origin == "dev-b");
    auto m = outcomes(p.report);
    CHECK(m["realisations/r-new"] == Outcome::new_record);
    CHECK(m["realisations/r-upd"] == Outcome::updated);
    CHECK(m["realisations/r-same"] == Outcome::unchanged);
    CHECK(m["realisations/r-both"] == Outcome::conflicting);
    CHECK(m["realisations/r-locked"] == Outcome::rejected);
    CHECK(m["periods/p1"] == Outcome::unchanged);  // the remote's unlocked p1 is older
    for (const auto& r : p.report.records) {
      if (r.id == "r-upd") CHECK(r.changed_fields == std::vector<std::string>{"text", "value"});
      if (r.id == "r-locked") {
        CHECK(r.message_en == "period \"p1\" is locked: the change to realisations/r-locked was refused");
        CHECK(r.message_id == "periode \"p1\" terkunci: perubahan pada realisations/r-locked ditolak");
      }
      if (r.id == "r-both") CHECK(r.message_en.find("2 versions") != std::string::npos);
    }
    CHECK(p.report.changes.empty());

    const MergeReport applied = apply_import(w.admin, p);
    CHECK(outcomes(applied) == outcomes(p.report));
    CHECK(applied.changes.size() == 3);  // r-new, r-upd, r-both's other version
    CHECK(find_record(w.admin, "realisations", "r-new"));
    CHECK(find_record(w.admin, "realisations", "r-upd")->at("value") == 2);
    CHECK(find_record(w.admin, "realisations", "r-locked")->at("value") == 1);
    CHECK(find_entry(w.admin, "realisations", "r-both")->conflicted());
    // the same file again: all unchanged
    const ImportPreview again = preview_import(w.admin, {{"rina.json", file}});
    CHECK(again.count(Outcome::unchanged) + again.count(Outcome::rejected) == again.report.records.size());
    CHECK(apply_import(w.admin, again).changes.empty());
  }

  // Two good files (the remote's changes, a third device's realisation) and one of a newer schema.
  struct ThreeFiles {
    World w = world();
    std::string f1, f2;
    std::string bad = "{\"format\":\"kinerja-samarinda/bundle\",\"schema\":3}";
    ThreeFiles() {
      Store third = w.admin;
      put(third, "realisations", {{"id", "r-third"}, {"period_id", "p2"}, {"value", 7}}, "dev-c", kT0 + 40);
      f1 = file_of(w.remote, "dev-b");
      f2 = file_of(third, "dev-c");
    }
  };

  TEST_CASE("several files: order does not matter; a bad one is refused alone") {
    ThreeFiles t;
    World& w = t.w;
    const std::string &f1 = t.f1, &f2 = t.f2, &bad = t.bad;

    Store x = w.admin, y = w.admin;
    const ImportPreview px = preview_import(x, {{"a.json", f1}, {"b.json", f2}, {"bad.json", bad}});
    const ImportPreview py = preview_import(y, {{"bad.json", bad}, {"b.json", f2}, {"a.json", f1}});
    CHECK(outcomes(px.report) == outcomes(py.report));
    REQUIRE(px.files.size() == 3);
    CHECK(px.files[2].name == "bad.json");
    CHECK_FALSE(px.files[2].ok());
    CHECK(px.files[2].errors[0].pointer == "/schema");
    CHECK(px.files[0].ok());
    apply_import(x, px);
    apply_import(y, py);
    CHECK(canonical_content(x) == canonical_content(y));
    CHECK(find_record(x, "realisations", "r-third"));
    CHECK(find_record(x, "realisations", "r-new"));
  }

  TEST_CASE("the preview in steps: progress only grows, phases in order, the same preview as in one call") {
    ThreeFiles t;
    World& w = t.w;
    const std::string &f1 = t.f1, &f2 = t.f2, &bad = t.bad;
    const std::vector<IncomingFile> files{{"a.json", f1}, {"bad.json", bad}, {"b.json", f2}};

    PreviewSteps steps = begin_preview(w.admin, files);
    std::vector<PreviewPhase> phases{steps.phase};
    double last = preview_progress(steps);
    CHECK(last == 0.0);
    int n = 0;
    while (preview_step(steps)) {
      const double p = preview_progress(steps);
      CHECK(p > last);  // every step moves the bar
      CHECK(p < 1.0);
      last = p;
      phases.push_back(steps.phase);
      REQUIRE(++n < 20);
    }
    CHECK(preview_progress(steps) == 1.0);
    // a.json read then gated, bad.json read (refused: no gate), b.json read then gated, then the plan
    CHECK(phases == std::vector<PreviewPhase>{PreviewPhase::read, PreviewPhase::gate, PreviewPhase::read,
                                              PreviewPhase::read, PreviewPhase::gate, PreviewPhase::plan});
    CHECK(steps.phase == PreviewPhase::done);
    CHECK_FALSE(preview_step(steps));  // done stays done

    const ImportPreview whole = preview_import(w.admin, files);
    CHECK(outcomes(steps.out.report) == outcomes(whole.report));
    REQUIRE(steps.out.files.size() == 3);
    CHECK(steps.out.files[1].name == "bad.json");
    CHECK_FALSE(steps.out.files[1].ok());
    Store x = w.admin, y = w.admin;
    apply_import(x, steps.out);
    apply_import(y, whole);
    CHECK(canonical_content(x) == canonical_content(y));
    // Taking the preview's records instead of copying them changes nothing stored or reported.
    Store z = w.admin;
    const MergeReport copied = apply_import(y = w.admin, whole);
    const MergeReport moved = apply_import(z, std::move(steps.out));
    CHECK(canonical_content(z) == canonical_content(x));
    CHECK(outcomes(moved) == outcomes(copied));
    CHECK(moved.changes.size() == copied.changes.size());
  }

  TEST_CASE("applied changes are exactly what the journal needs") {
    World w = world();
    Store replica = w.admin;
    const ImportPreview p = preview_import(w.admin, {{"rina.json", file_of(w.remote, "dev-b")}});
    const MergeReport applied = apply_import(w.admin, p);
    for (const auto& c : applied.changes) join_version(replica, c.collection, c.version);
    CHECK(canonical_content(replica) == canonical_content(w.admin));
  }
}
