// The store on this device: files under /data/kinerja (IndexedDB through
// IDBFS), written so that one change costs one small file.
//
//   /data/kinerja/snapshot.kjs        the compacted store (core/sync/journal.hpp format)
//   /data/kinerja/snapshot.prev.kjs   the one before, kept as a fallback
//   /data/kinerja/journal/<seq>.kjj   one file per saved action: its changes' frames
//   /data/kinerja/device.json         this device's id
//
// IDBFS writes every file that changed since the last sync in one IndexedDB
// transaction, so a sync after an action writes one small journal file,
// whatever the store's size, and a tab closed mid-save leaves the old or the
// new state. Compaction (a new snapshot, journal files removed) runs when the
// journal grows past a threshold. What counts as good data is decided by the
// core (replay); this file only moves bytes.
#pragma once
#include "core/sync/journal.hpp"
#include "core/sync/store.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace kinerja::web {

struct LocalData {
  std::string dir;              // "/data/kinerja"
  std::string device;           // "dev-…", this browser's id
  Store store;
  std::uint64_t last_seq = 0;   // sequence number of the newest journal entry
  std::size_t journal_files = 0;
  std::size_t journal_bytes = 0;
  std::uint64_t revision = 0;   // bumps on every change, for caches of derived figures
  std::size_t snapshot_bytes = 0;  // the last snapshot read or written: room reserved for the next
};

struct OpenedData {
  LocalData data;
  std::vector<ReplayNotice> notices;  // what replay dropped, for the user
  bool empty = true;                  // nothing was stored: a first visit
};

OpenedData open_local_data(const std::string& dir);

// Appends the changes of one action as a new journal file. False (and the
// error) when the file could not be written; the store in memory keeps them.
bool append_changes(LocalData&, const std::vector<Change>& changes, std::string& error);

// Writes a new snapshot and removes the journal files it contains.
// `added_bytes`: what came in since the last one besides the journal (an
// import's file size), to size the new snapshot's text at once.
bool write_snapshot(LocalData&, std::int64_t now_ms, std::string& error, std::size_t added_bytes = 0);

// Compacts when the journal has grown past its thresholds.
bool compact_if_needed(LocalData&, std::int64_t now_ms, std::string& error);

// Replaces everything (start empty, reset demo): a new snapshot of `store`.
bool replace_all(LocalData&, Store store, std::int64_t now_ms, std::string& error);

} // namespace kinerja::web
