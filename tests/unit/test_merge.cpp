// Merge laws as properties over random edit sequences on 2–3 replicas
// (seeded, so a failure names its seed), plus the fixed cases: concurrent
// edits, edit vs delete, resolution, locks, partial records, local edits.
#include <doctest/doctest.h>

#include <algorithm>
#include <random>

#include "core/sync/bundle_io.hpp"
#include "core/sync/merge.hpp"
#include "core/sync/store.hpp"

using namespace kinerja;
using nlohmann::json;

namespace {

constexpr std::int64_t kT0 = 1795867200000;  // 2026-11-28T12:00:00Z

// `"lit" + std::to_string(n)` trips a GCC 12 -Wrestrict false positive.
std::string tag(std::string prefix, std::size_t n) {
  prefix += std::to_string(n);
  return prefix;
}

json ev(const std::string& id, const std::string& note, const std::string& period = "p1") {
  return {{"id", id}, {"employee_id", "e1"}, {"period_id", period}, {"note", note}};
}

std::string bytes_of(const Store& s) { return canonical_content(s); }

Store fold(const std::vector<Store>& parts, const std::vector<std::size_t>& order) {
  Store out;
  for (auto i : order) merge_store(out, parts[i]);
  return out;
}

bool present_or_superseded(const Store& s, const std::string& collection, const json& v) {
  const Entry* e = find_entry(s, collection, v.at("id").get<std::string>());
  if (!e) return false;
  std::vector<const json*> all{&e->current};
  for (const auto& o : e->others) all.push_back(&o);
  for (const json* w : all) {
    if (*w == v) return true;
    if (compare(record_ver(v), record_ver(*w)) == VvOrder::dominated) return true;
  }
  return false;
}

struct Sim {
  std::mt19937 rng;
  std::vector<Store> reps;
  std::vector<std::string> devices;
  std::vector<std::int64_t> clocks;
  std::vector<json> history;
  bool locks = false;  // also lock and unlock period p1 (records ev0, ev1 live in p1, ev2, ev3 in p2)

  Sim(unsigned seed, std::size_t n, bool with_locks = false) : rng(seed), locks(with_locks) {
    for (std::size_t i = 0; i < n; ++i) {
      reps.emplace_back();
      devices.push_back(tag("dev-", i));
      // skewed wall clocks: device 1 runs 5 s behind, device 2 2 s ahead
      clocks.push_back(kT0 + (i == 1 ? -5000 : i == 2 ? 2000 : 0));
    }
  }
  std::size_t pick(std::size_t n) { return static_cast<std::size_t>(rng() % n); }

  void exchange(std::size_t from, std::size_t to) {
    if (rng() % 2) {
      merge_store(reps[to], reps[from]);
    } else {  // through the file format, as people do
      BundleHeader h{format_iso_ms(kT0), devices[from], Scope{ScopeKind::bkpsdm, {}}};
      const BundleRead br = read_bundle(write_bundle(reps[from], h));
      REQUIRE(br.ok());
      merge_store(reps[to], br.bundle->store);
    }
  }

  void step() {
    const std::size_t r = pick(reps.size());
    clocks[r] += static_cast<std::int64_t>(rng() % 3);  // same-millisecond edits happen
    const auto op = static_cast<unsigned>(rng() % 10);
    const std::size_t k = rng() % 4;
    const std::string id = tag("ev", k);
    if (locks && op == 5) {
      const auto res = apply_change(reps[r], "periods", {{"id", "p1"}, {"locked", rng() % 2 == 0}}, devices[r], clocks[r], "admin");
      if (res.change) history.push_back(res.change->version);
      if (!res.ok()) CHECK(res.errors[0].message_en.find("conflict") != std::string::npos);
      return;
    }
    if (op < 6) {
      const std::string before = bytes_of(reps[r]);
      const auto res = apply_change(reps[r], "evaluations", ev(id, tag("n", rng() % 5), k < 2 ? "p1" : "p2"),
                                    devices[r], clocks[r], "199001012015031001");
      if (res.ok()) {
        if (res.change) history.push_back(res.change->version);
      } else {
        CHECK(bytes_of(reps[r]) == before);  // a refused edit changes nothing
      }
    } else if (op < 7) {
      const auto res = delete_record(reps[r], "evaluations", id, devices[r], clocks[r]);
      if (res.ok() && res.change) history.push_back(res.change->version);
    } else if (op < 9) {
      const std::size_t to = pick(reps.size());
      if (to != r) exchange(r, to);
    } else {
      const auto conflicts = list_conflicts(reps[r]);
      if (conflicts.empty()) return;
      const auto& c = conflicts[pick(conflicts.size())];
      json chosen = *c.versions[pick(c.versions.size())];
      const auto res = resolve_conflict(reps[r], c.collection, chosen, devices[r], clocks[r]);
      if (!res.ok()) {  // only a lock may refuse a resolution
        CHECK(locks);
        CHECK(res.errors[0].message_en.find("is locked") != std::string::npos);
        return;
      }
      history.push_back(res.change->version);
      CHECK_FALSE(find_entry(reps[r], c.collection, c.id)->conflicted());
    }
  }
};

}  // namespace

TEST_SUITE("merge") {
  TEST_CASE("property: random edits on 2-3 replicas converge, merges obey the laws, nothing is lost") {
    std::size_t conflicts_seen = 0, tombstones_seen = 0;
    for (unsigned seed = 1; seed <= 150; ++seed) {
      CAPTURE(seed);
      Sim sim(seed, 2 + seed % 2);
      for (int i = 0; i < 40; ++i) sim.step();
      const std::vector<Store> snaps = sim.reps;
      std::vector<std::size_t> order(snaps.size());
      for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;

      // order independence (commutativity + associativity of the fold)
      const Store joined = fold(snaps, order);
      const std::string expected = bytes_of(joined);
      for (int k = 0; k < 3; ++k) {
        std::shuffle(order.begin(), order.end(), sim.rng);
        CHECK(bytes_of(fold(snaps, order)) == expected);
      }
      Store ab = snaps[0], ba = snaps[1];
      merge_store(ab, snaps[1]);
      merge_store(ba, snaps[0]);
      CHECK(bytes_of(ab) == bytes_of(ba));
      if (snaps.size() == 3) {
        Store left = ab;  // (A ⊔ B) ⊔ C
        merge_store(left, snaps[2]);
        Store bc = snaps[1];  // A ⊔ (B ⊔ C)
        merge_store(bc, snaps[2]);
        Store right = snaps[0];
        merge_store(right, bc);
        CHECK(bytes_of(left) == bytes_of(right));
      }
      // idempotence: the same file again changes nothing
      Store again = joined;
      for (const auto& s : snaps) {
        const MergeReport rep = merge_store(again, s);
        CHECK(rep.changes.empty());
        CHECK(rep.count(Outcome::unchanged) == rep.records.size());
      }
      CHECK(bytes_of(again) == expected);
      // gossip in random order, then a ring twice: every replica ends identical
      for (int k = 0; k < 6; ++k) {
        const std::size_t a = sim.pick(sim.reps.size()), b = sim.pick(sim.reps.size());
        if (a != b) sim.exchange(a, b);
      }
      for (int round = 0; round < 2; ++round)
        for (std::size_t i = 0; i < sim.reps.size(); ++i) sim.exchange(i, (i + 1) % sim.reps.size());
      for (const auto& r : sim.reps) CHECK(bytes_of(r) == expected);
      // no version lost: each is current, in conflicts, or superseded
      for (const auto& v : sim.history) CHECK(present_or_superseded(joined, "evaluations", v));
      // what conflicts hold is truly concurrent
      for (const auto& c : list_conflicts(joined)) {
        ++conflicts_seen;
        for (std::size_t i = 0; i < c.versions.size(); ++i)
          for (std::size_t j = i + 1; j < c.versions.size(); ++j) {
            const VvOrder o = compare(record_ver(*c.versions[i]), record_ver(*c.versions[j]));
            CHECK((o == VvOrder::concurrent || o == VvOrder::equal));
          }
      }
      for (const auto& [id, e] : joined.collections.at("evaluations"))
        if (record_deleted(e.current)) ++tombstones_seen;
    }
    // the generator must actually exercise conflicts and deletions
    CHECK(conflicts_seen > 10);
    CHECK(tombstones_seen > 10);
  }

  TEST_CASE("property: join_sources is order-independent and idempotent with locks, and loses nothing") {
    std::size_t rejected_seen = 0;
    for (unsigned seed = 1; seed <= 80; ++seed) {
      CAPTURE(seed);
      Sim sim(seed, 3, /*with_locks=*/true);
      for (int i = 0; i < 40; ++i) sim.step();
      std::vector<const Store*> src{&sim.reps[0], &sim.reps[1], &sim.reps[2]};
      const JoinResult base = join_sources(src);
      const std::string expected = bytes_of(base.store);
      std::sort(src.begin(), src.end());
      do {
        const JoinResult j = join_sources(src);
        CHECK(bytes_of(j.store) == expected);
        CHECK(j.rejected.size() == base.rejected.size());
      } while (std::next_permutation(src.begin(), src.end()));
      // a file given twice, or the result given back, changes nothing
      CHECK(bytes_of(join_sources({&sim.reps[0], &sim.reps[1], &sim.reps[2], &sim.reps[1]}).store) == expected);
      CHECK(bytes_of(join_sources({&base.store, &sim.reps[0], &sim.reps[1], &sim.reps[2]}).store) == expected);
      // every version is in the result, superseded there, or reported refused
      for (const auto& v : sim.history) {
        const std::string c = v.contains("period_id") ? "evaluations" : "periods";
        bool found = false;
        for (const Store& r : sim.reps) found = found || present_or_superseded(r, c, v);
        if (!found) continue;  // superseded inside a replica before any file was written
        const bool refused = std::any_of(base.rejected.begin(), base.rejected.end(),
                                         [&](const RecordOutcome& o) { return o.id == v["id"]; });
        CHECK((present_or_superseded(base.store, c, v) || refused));
      }
      rejected_seen += base.rejected.size();
    }
    CHECK(rejected_seen > 0);  // locks really refused something
  }

  TEST_CASE("concurrent edits keep both; later HLC is current; resolution closes it everywhere") {
    Store a, b;
    REQUIRE(apply_change(a, "evaluations", ev("x", "base"), "dev-a", kT0).ok());
    merge_store(b, a);
    REQUIRE(apply_change(a, "evaluations", ev("x", "from a"), "dev-a", kT0 + 10).ok());
    REQUIRE(apply_change(b, "evaluations", ev("x", "from b"), "dev-b", kT0 + 20).ok());
    const MergeReport rep = merge_store(a, b);
    REQUIRE(rep.records.size() == 1);
    CHECK(rep.records[0].outcome == Outcome::conflicting);
    CHECK_FALSE(rep.records[0].message_en.empty());
    const Entry* e = find_entry(a, "evaluations", "x");
    REQUIRE(e);
    CHECK(e->current["note"] == "from b");
    REQUIRE(e->others.size() == 1);
    CHECK(e->others[0]["note"] == "from a");
    // editing a conflicted record is refused until a person decides
    const auto refused = apply_change(a, "evaluations", ev("x", "third"), "dev-a", kT0 + 30);
    CHECK_FALSE(refused.ok());
    CHECK(refused.errors[0].message_en.find("conflict") != std::string::npos);
    // the person keeps a's text
    const auto res = resolve_conflict(a, "evaluations", e->others[0], "dev-a", kT0 + 40);
    REQUIRE(res.ok());
    CHECK_FALSE(find_entry(a, "evaluations", "x")->conflicted());
    CHECK(find_record(a, "evaluations", "x")->at("note") == "from a");
    CHECK(compare(record_ver(res.change->version), record_ver(find_entry(b, "evaluations", "x")->current)) ==
          VvOrder::dominates);
    merge_store(b, a);
    CHECK(bytes_of(a) == bytes_of(b));
    CHECK(list_conflicts(b).empty());
  }

  TEST_CASE("an edit concurrent with a deletion stays visible; the tombstone waits in conflicts") {
    Store a, b;
    REQUIRE(apply_change(a, "evaluations", ev("x", "base"), "dev-a", kT0).ok());
    merge_store(b, a);
    REQUIRE(delete_record(a, "evaluations", "x", "dev-a", kT0 + 50).ok());  // later HLC, still loses
    REQUIRE(apply_change(b, "evaluations", ev("x", "edited"), "dev-b", kT0 + 10).ok());
    merge_store(a, b);
    const Entry* e = find_entry(a, "evaluations", "x");
    REQUIRE(e);
    CHECK_FALSE(record_deleted(e->current));
    CHECK(e->current["note"] == "edited");
    REQUIRE(e->others.size() == 1);
    CHECK(record_deleted(e->others[0]));
    // confirming the deletion: a tombstone that dominates both
    json t = e->others[0];
    REQUIRE(resolve_conflict(a, "evaluations", t, "dev-a", kT0 + 60).ok());
    CHECK(record_deleted(*find_record(a, "evaluations", "x")));
    merge_store(b, a);
    CHECK(record_deleted(*find_record(b, "evaluations", "x")));
  }

  TEST_CASE("tombstones are never dropped by merging older versions") {
    Store a, old;
    REQUIRE(apply_change(a, "evaluations", ev("x", "base"), "dev-a", kT0).ok());
    old = a;
    REQUIRE(delete_record(a, "evaluations", "x", "dev-a", kT0 + 1).ok());
    const MergeReport rep = merge_store(a, old);
    CHECK(rep.records[0].outcome == Outcome::unchanged);
    CHECK(record_deleted(*find_record(a, "evaluations", "x")));
    Store fresh;
    merge_store(fresh, old);
    merge_store(fresh, a);
    CHECK(record_deleted(*find_record(fresh, "evaluations", "x")));
    CHECK(find_record(fresh, "evaluations", "x")->at("note") == "base");  // fields kept for scope and locks
  }

  TEST_CASE("local edits fill the envelope; no-op edits create no version") {
    Store s;
    const auto r1 = apply_change(s, "evaluations", ev("x", "a"), "dev-a", kT0, "199001012015031001");
    REQUIRE(r1.ok());
    CHECK(r1.outcome == Outcome::new_record);
    const json& v = r1.change->version;
    CHECK(v["ver"] == json{{"dev-a", 1}});
    CHECK(v["hlc"] == "2026-11-28T12:00:00.000Z/0000/dev-a");
    CHECK(v["author"] == "199001012015031001");
    CHECK(v["created"] == "2026-11-28T12:00:00.000Z");
    CHECK(v["deleted"] == false);
    std::vector<ValidationError> errs;
    check_envelope(v, "", errs);
    CHECK(errs.empty());
    const auto same = apply_change(s, "evaluations", ev("x", "a"), "dev-a", kT0 + 5);
    CHECK(same.ok());
    CHECK(same.outcome == Outcome::unchanged);
    CHECK_FALSE(same.change);
    const auto r2 = apply_change(s, "evaluations", ev("x", "b"), "dev-b", kT0 - 1000);  // clock behind
    REQUIRE(r2.ok());
    CHECK(r2.change->version["ver"] == json{{"dev-a", 1}, {"dev-b", 1}});
    CHECK(r2.change->version["created"] == "2026-11-28T12:00:00.000Z");
    CHECK(r2.change->version["hlc"].get<std::string>() > v["hlc"].get<std::string>());
    // unknown fields survive edits and merges
    json extra = ev("y", "z");
    extra["future_field"] = {{"nested", 1}};
    REQUIRE(apply_change(s, "evaluations", extra, "dev-a", kT0).ok());
    Store t;
    merge_store(t, s);
    CHECK(find_record(t, "evaluations", "y")->at("future_field")["nested"] == 1);
  }

  TEST_CASE("bad local edits are refused and change nothing") {
    Store s;
    REQUIRE(apply_change(s, "evaluations", ev("x", "a"), "dev-a", kT0).ok());
    const std::string before = bytes_of(s);
    CHECK_FALSE(apply_change(s, "nonsense", ev("x", "a"), "dev-a", kT0).ok());
    CHECK_FALSE(apply_change(s, "evaluations", ev("bad id!", "a"), "dev-a", kT0).ok());
    CHECK_FALSE(apply_change(s, "evaluations", ev("x", "a"), "bad device", kT0).ok());
    const auto hostile = apply_change(s, "evaluations", ev("x", "pay here \u202Egnp.exe"), "dev-a", kT0);
    REQUIRE_FALSE(hostile.ok());
    CHECK(hostile.errors[0].pointer == "/note");
    CHECK_FALSE(apply_change(s, "evaluations", ev("x", "<SCRIPT>alert(1)</script>"), "dev-a", kT0).ok());
    CHECK_FALSE(apply_change(s, "evaluations", ev("x", std::string(10001, 'a')), "dev-a", kT0).ok());
    CHECK(bytes_of(s) == before);
  }

  TEST_CASE("a locked period refuses edits and merged changes, naming the record") {
    Store s;
    REQUIRE(apply_change(s, "periods", {{"id", "p1"}, {"name", "Triwulan I 2026"}, {"locked", false}}, "adm", kT0).ok());
    REQUIRE(apply_change(s, "realisations", {{"id", "r1"}, {"period_id", "p1"}, {"value", 10}}, "dev-a", kT0).ok());
    Store remote = s;
    REQUIRE(apply_change(remote, "realisations", {{"id", "r1"}, {"period_id", "p1"}, {"value", 12}}, "dev-b", kT0 + 5).ok());
    REQUIRE(apply_change(remote, "realisations", {{"id", "r2"}, {"period_id", "p1"}, {"value", 3}}, "dev-b", kT0 + 5).ok());
    REQUIRE(apply_change(s, "periods", {{"id", "p1"}, {"name", "Triwulan I 2026"}, {"locked", true}}, "adm", kT0 + 9).ok());
    const std::string before = bytes_of(s);

    const auto edit = apply_change(s, "realisations", {{"id", "r1"}, {"period_id", "p1"}, {"value", 99}}, "dev-a", kT0 + 10);
    REQUIRE_FALSE(edit.ok());
    CHECK(edit.errors[0].pointer == "/realisations/r1");
    CHECK(edit.errors[0].message_id.find("realisations/r1") != std::string::npos);
    CHECK(edit.errors[0].message_en.find("\"p1\" is locked") != std::string::npos);
    CHECK_FALSE(delete_record(s, "realisations", "r1", "dev-a", kT0 + 10).ok());
    // moving a record out of the locked period is a change to it, too
    CHECK_FALSE(apply_change(s, "realisations", {{"id", "r1"}, {"period_id", "p2"}, {"value", 10}}, "dev-a", kT0 + 10).ok());

    const MergeReport plan = plan_merge(s, remote);
    const MergeReport rep = merge_store(s, remote);
    CHECK(rep.count(Outcome::rejected) == 2);
    CHECK(plan.count(Outcome::rejected) == 2);
    for (const auto& r : rep.records)
      if (r.outcome == Outcome::rejected) CHECK(r.message_en.find("realisations/" + r.id) != std::string::npos);
    CHECK(rep.changes.empty());
    CHECK(bytes_of(s) == before);
    // the admin unlocks: the period record itself stays editable
    REQUIRE(apply_change(s, "periods", {{"id", "p1"}, {"name", "Triwulan I 2026"}, {"locked", false}}, "adm", kT0 + 20).ok());
    CHECK(apply_change(s, "realisations", {{"id", "r1"}, {"period_id", "p1"}, {"value", 99}}, "dev-a", kT0 + 21).ok());
  }

  TEST_CASE("a full record outranks a partial copy with the same version vector") {
    Store s;
    REQUIRE(apply_change(s, "employees", {{"id", "e1"}, {"nip", "199001012015031001"}, {"name", "Rina"}, {"golongan", "III/a"}},
                         "dev-a", kT0).ok());
    json part = *find_record(s, "employees", "e1");
    part.erase("golongan");
    part["partial"] = true;
    Store p;
    REQUIRE(join_version(p, "employees", part));
    Store s2 = s;
    CHECK(merge_store(s2, p).count(Outcome::unchanged) == 1);
    CHECK(bytes_of(s2) == bytes_of(s));
    Store p2 = p;
    CHECK(merge_store(p2, s).count(Outcome::updated) == 1);
    CHECK(bytes_of(p2) == bytes_of(s));
    const auto edit = apply_change(p, "employees", {{"id", "e1"}, {"name", "X"}}, "dev-b", kT0 + 1);
    CHECK_FALSE(edit.ok());
  }

  TEST_CASE("winner order: live beats tombstone, then HLC, then bytes") {
    const json live = {{"id", "x"}, {"hlc", "2026-11-28T12:00:00.000Z/0000/a"}, {"deleted", false}};
    const json dead = {{"id", "x"}, {"hlc", "2026-11-28T13:00:00.000Z/0000/a"}, {"deleted", true}};
    CHECK(version_loses(dead, live));
    CHECK_FALSE(version_loses(live, dead));
    json later = live;
    later["hlc"] = "2026-11-28T12:00:00.001Z/0000/a";
    CHECK(version_loses(live, later));
    json other = live;
    other["note"] = "b";
    CHECK(version_loses(live, other) != version_loses(other, live));
  }
}
