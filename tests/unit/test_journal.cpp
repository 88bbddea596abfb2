// Journal and snapshot: replay gives back the store; a torn or corrupt tail,
// a flipped byte anywhere, or a corrupt snapshot falls back to the last good
// state with a message, and never crashes.
#include <doctest/doctest.h>

#include <random>

#include "core/sync/bundle_io.hpp"
#include "core/sync/journal.hpp"
#include "core/sync/merge.hpp"

using namespace kinerja;
using nlohmann::json;

namespace {

constexpr std::int64_t kT0 = 1795867200000;

struct History {
  Store store;
  std::vector<Change> changes;  // in journal order; seq = index + 1
};

History make_history(unsigned seed, int edits) {
  History h;
  std::mt19937 rng(seed);
  for (int i = 0; i < edits; ++i) {
    std::string id = "r", text = "catatan ";  // no `"lit" + to_string`: GCC 12 -Wrestrict false positive
    id += std::to_string(rng() % 12);
    text += std::to_string(i);
    const auto res = (rng() % 6 == 0 && find_record(h.store, "realisations", id))
                         ? delete_record(h.store, "realisations", id, "dev-a", kT0 + i)
                         : apply_change(h.store, "realisations",
                                        {{"id", id}, {"period_id", "p1"}, {"value", static_cast<int>(rng() % 100)},
                                         {"text", text}},
                                        "dev-a", kT0 + i);
    REQUIRE(res.ok());
    if (res.change) h.changes.push_back(*res.change);
  }
  return h;
}

// Frame boundaries of an encoded journal: ends[k] = byte just past frame k.
std::vector<std::size_t> frame_ends(const std::vector<Change>& changes, std::uint64_t first_seq) {
  std::vector<std::size_t> ends;
  std::size_t pos = 0;
  for (const auto& c : changes) {
    pos += encode_entry(first_seq++, c).size();
    ends.push_back(pos);
  }
  return ends;
}

std::string state_after(const Store& base, const std::vector<Change>& changes, std::size_t n) {
  Store s = base;
  for (std::size_t i = 0; i < n; ++i) join_version(s, changes[i].collection, changes[i].version);
  return canonical_content(s);
}

}  // namespace

TEST_SUITE("journal") {
  TEST_CASE("crc32 matches the standard check value") {
    CHECK(crc32("123456789") == 0xCBF43926U);
    CHECK(crc32("") == 0U);
    CHECK(crc32("6789", crc32("12345")) == 0xCBF43926U);  // chains
  }

  TEST_CASE("journal alone, snapshot alone, and snapshot + journal replay to the same store") {
    const History h = make_history(1, 80);
    const std::string journal = encode_entries(1, h.changes);
    const std::string expected = canonical_content(h.store);

    const Replayed j = replay(std::string_view(), journal);
    CHECK(j.report.clean);
    CHECK(j.report.notices.empty());
    CHECK(j.report.entries_applied == h.changes.size());
    CHECK(j.report.last_seq == h.changes.size());
    CHECK(j.report.journal_good_bytes == journal.size());
    CHECK(canonical_content(j.store) == expected);

    const std::string snap = compact(h.store, h.changes.size(), "dev-a", kT0);
    const Replayed s = replay(snap, std::string_view());
    CHECK(s.report.clean);
    CHECK(s.report.snapshot_used == 0);
    CHECK(s.report.last_seq == h.changes.size());
    CHECK(canonical_content(s.store) == expected);
    // the snapshot is also an importable bundle
    CHECK(read_bundle(std::string_view(snap).substr(kSnapshotHeader)).ok());

    // compaction half-way: snapshot of the first 40 + the whole journal
    Store half;
    for (std::size_t i = 0; i < 40; ++i) join_version(half, h.changes[i].collection, h.changes[i].version);
    const Replayed sj = replay(compact(half, 40, "dev-a", kT0), journal);
    CHECK(sj.report.clean);
    CHECK(sj.report.entries_already == 40);
    CHECK(sj.report.entries_applied == h.changes.size() - 40);
    CHECK(canonical_content(sj.store) == expected);
    // the store's clock survives, so the next local edit still ticks forward
    CHECK(sj.store.clock == h.store.clock);
  }

  TEST_CASE("appending costs the size of the change, not of the store") {
    History small = make_history(2, 5);
    History big = make_history(3, 2000);
    const json rec = {{"id", "new"}, {"period_id", "p1"}, {"value", 1}};
    const auto a = apply_change(small.store, "realisations", rec, "dev-a", kT0 + 99999);
    const auto b = apply_change(big.store, "realisations", rec, "dev-a", kT0 + 99999);
    REQUIRE(a.change);
    REQUIRE(b.change);
    const std::size_t fa = encode_entry(6, *a.change).size();
    const std::size_t fb = encode_entry(2001, *b.change).size();
    CHECK(fa == fb);  // same change, same bytes to append, whatever the store size
    CHECK(fa < 400);
  }

  TEST_CASE("truncation at every kind of offset keeps every whole entry before it") {
    const History h = make_history(4, 60);
    const std::string journal = encode_entries(1, h.changes);
    const auto ends = frame_ends(h.changes, 1);
    std::mt19937 rng(99);
    for (int k = 0; k < 300; ++k) {
      const std::size_t cut = k < 20 ? static_cast<std::size_t>(k) : static_cast<std::size_t>(rng() % journal.size());
      CAPTURE(cut);
      const Replayed r = replay(std::string_view(), std::string_view(journal).substr(0, cut));
      const std::size_t whole = static_cast<std::size_t>(std::upper_bound(ends.begin(), ends.end(), cut) - ends.begin());
      CHECK(r.report.entries_applied == whole);
      CHECK(r.report.journal_good_bytes == (whole ? ends[whole - 1] : 0));
      CHECK(canonical_content(r.store) == state_after(Store{}, h.changes, whole));
      const bool torn = cut != (whole ? ends[whole - 1] : 0);
      CHECK(r.report.clean == !torn);
      if (torn) {
        REQUIRE_FALSE(r.report.notices.empty());
        CHECK(r.report.notices.back().message_en.find("dropped") != std::string::npos);
        CHECK(r.report.notices.back().message_id.find("dibuang") != std::string::npos);
      }
    }
  }

  TEST_CASE("a flipped byte anywhere stops replay at the frame it hit") {
    const History h = make_history(5, 50);
    const std::string journal = encode_entries(1, h.changes);
    const auto ends = frame_ends(h.changes, 1);
    std::mt19937 rng(123);
    for (int k = 0; k < 400; ++k) {
      std::string bad = journal;
      const std::size_t at = static_cast<std::size_t>(rng() % bad.size());
      bad[at] = static_cast<char>(bad[at] ^ static_cast<char>(1 + rng() % 255));
      CAPTURE(at);
      const Replayed r = replay(std::string_view(), bad);
      const std::size_t hit = static_cast<std::size_t>(std::upper_bound(ends.begin(), ends.end(), at) - ends.begin());
      CHECK(r.report.entries_applied == hit);
      CHECK_FALSE(r.report.clean);
      CHECK(r.report.journal_dropped_bytes == journal.size() - (hit ? ends[hit - 1] : 0));
      CHECK(canonical_content(r.store) == state_after(Store{}, h.changes, hit));
    }
  }

  TEST_CASE("a corrupt snapshot falls back to the previous one, then the journal") {
    const History h = make_history(6, 60);
    const std::string journal = encode_entries(1, h.changes);
    Store at20, at40;
    for (std::size_t i = 0; i < 40; ++i) {
      join_version(at40, h.changes[i].collection, h.changes[i].version);
      if (i < 20) join_version(at20, h.changes[i].collection, h.changes[i].version);
    }
    const std::string old_snap = compact(at20, 20, "dev-a", kT0);
    std::string new_snap = compact(at40, 40, "dev-a", kT0);

    const std::string_view both[] = {old_snap, new_snap};
    const Replayed good = replay(std::span<const std::string_view>(both), journal);
    CHECK(good.report.snapshot_used == 1);
    CHECK(good.report.clean);
    CHECK(canonical_content(good.store) == canonical_content(h.store));

    std::mt19937 rng(7);
    for (int k = 0; k < 60; ++k) {
      std::string bad = new_snap;
      const std::size_t at = 1 + static_cast<std::size_t>(rng() % (bad.size() - 1));  // empty = "no file"
      if (k % 3 == 0) bad.resize(at);  // torn write of the snapshot
      else bad[at] = static_cast<char>(bad[at] ^ 0x20);
      CAPTURE(at);
      const std::string_view cands[] = {old_snap, bad};
      const Replayed r = replay(std::span<const std::string_view>(cands), journal);
      CHECK(r.report.snapshot_used == 0);
      CHECK_FALSE(r.report.clean);
      REQUIRE_FALSE(r.report.notices.empty());
      CHECK(r.report.notices[0].place == "snapshot 1");
      CHECK(r.report.notices[0].message_en.find("Snapshot 1 skipped") != std::string::npos);
      // the journal still holds everything after the old snapshot: nothing lost
      CHECK(canonical_content(r.store) == canonical_content(h.store));
    }
    // journal already compacted past the corrupt snapshot: the gap is reported
    const std::vector<Change> tail(h.changes.begin() + 40, h.changes.end());
    const std::string short_journal = encode_entries(41, tail);
    std::string bad = new_snap;
    bad[bad.size() / 2] = static_cast<char>(bad[bad.size() / 2] ^ 1);
    const std::string_view cands[] = {old_snap, bad};
    const Replayed r = replay(std::span<const std::string_view>(cands), short_journal);
    CHECK(r.report.snapshot_used == 0);
    bool gap = false;
    for (const auto& n : r.report.notices) gap = gap || n.message_en.find("Changes #21 to #40 are missing") != std::string::npos;
    CHECK(gap);
    CHECK(r.report.entries_applied == tail.size());
    CHECK(r.report.last_seq == h.changes.size());
  }

  TEST_CASE("garbage never crashes replay") {
    std::mt19937 rng(2026);
    for (int k = 0; k < 300; ++k) {
      std::string junk(static_cast<std::size_t>(rng() % 200), '\0');
      for (auto& c : junk) c = static_cast<char>(rng());
      if (k % 2) junk.replace(0, std::min<std::size_t>(4, junk.size()), "KJ1E");
      const Replayed r = replay(junk, junk);
      CHECK(record_count(r.store) == 0);
      CHECK(r.report.clean == junk.empty());
    }
  }
}
