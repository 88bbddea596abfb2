// Durable local storage, as bytes: an append-only journal of changes plus a
// checksummed snapshot, and the replay that turns them back into a Store.
// The web layer owns the files (IDBFS) and only appends, writes and syncs;
// everything that decides what is good data is here, testable natively.
//
// Journal = frames, each: "KJ1E" | u32 payload length | u64 sequence number |
// u32 CRC-32 of (length, sequence, payload) | payload = {"c": collection,
// "v": version} as JSON. All integers little-endian. Appending a change costs
// O(size of the change), never O(store).
// Snapshot = "KJ1S" | u64 last sequence included | u64 payload length |
// u32 CRC-32 of (sequence, length, payload) | payload = a canonical bundle
// (so a snapshot is also an importable file).
// Replay = the newest valid snapshot, joined with every journal entry after it
// up to the first bad frame. Because entries are versions and the store is a
// join of versions, replaying an entry twice or over an older snapshot is
// harmless. Details and the web layer's write protocol: docs/sync.md.
#pragma once
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/sync/merge.hpp"
#include "core/sync/store.hpp"

namespace kinerja {

inline constexpr std::size_t kJournalFrameHeader = 20;
inline constexpr std::size_t kSnapshotHeader = 24;
inline constexpr std::uint32_t kMaxJournalPayload = 16U << 20;  // one record is far smaller

std::uint32_t crc32(std::string_view bytes, std::uint32_t seed = 0);

std::string encode_entry(std::uint64_t seq, const Change&);
// Consecutive frames first_seq, first_seq+1, … for a merge's changes.
std::string encode_entries(std::uint64_t first_seq, std::span<const Change>);

// The whole store as snapshot bytes; `seq` is the last journal sequence number
// it contains. `device` and `now_ms` fill the bundle header.
// `expected_bytes` (a guess, e.g. the previous snapshot's size) is reserved
// up front: a city's snapshot then grows its text without copying it.
std::string compact(const Store&, std::uint64_t seq, std::string_view device, std::int64_t now_ms,
                    std::size_t expected_bytes = 0);

struct ReplayNotice {
  std::string place;  // "snapshot 1", "journal byte 4096"
  std::string message_id;
  std::string message_en;
};

struct ReplayReport {
  bool clean = true;                  // nothing was dropped or skipped
  int snapshot_used = -1;             // index into the snapshots given; -1 = none
  std::uint64_t snapshot_seq = 0;
  std::size_t entries_applied = 0;    // journal entries joined into the store
  std::size_t entries_already = 0;    // entries already inside the snapshot
  std::size_t journal_good_bytes = 0; // truncate the journal file to this before appending again
  std::size_t journal_dropped_bytes = 0;
  std::uint64_t last_seq = 0;         // the next append uses last_seq + 1
  std::vector<ReplayNotice> notices;  // what was dropped and why, for the user
};

struct Replayed {
  Store store;
  ReplayReport report;
};

// `snapshots`: candidates, any order (e.g. the current and the previous one);
// an empty candidate means "no file". The valid one with the highest sequence
// number wins; corrupt ones are reported. Never throws, never aborts.
Replayed replay(std::span<const std::string_view> snapshots, std::string_view journal);
Replayed replay(std::string_view snapshot, std::string_view journal);

}  // namespace kinerja
