// Merge and local edits: the only ways versions enter a Store.
//
// A key's state is the set of its versions that no other version dominates
// (by version vector). Merging is the union of two such sets, keeping the
// maximal ones, so it is idempotent, commutative and associative by
// construction; the winner shown as `current` is chosen by a fixed total
// order, so every replica that holds the same set shows the same winner.
// Laws, tie-breaks, tombstones and locks are written down in docs/sync.md.
#pragma once
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/base/error.hpp"
#include "core/sync/join.hpp"
#include "core/sync/store.hpp"

namespace kinerja {

// One version that entered the store: exactly what the journal records.
struct Change {
  std::string collection;
  nlohmann::json version;
};

enum class Outcome { new_record, updated, unchanged, conflicting, rejected };
std::string_view to_string(Outcome);
std::ostream& operator<<(std::ostream&, Outcome);

struct RecordOutcome {
  std::string collection;
  std::string id;
  Outcome outcome = Outcome::unchanged;
  std::vector<std::string> changed_fields;  // for `updated`: own fields that differ from before
  std::string message_id;                   // for `rejected` and `conflicting`: why
  std::string message_en;
  std::size_t source = 0;  // join_sources: index of the input the record came from
};

struct MergeReport {
  std::vector<RecordOutcome> records;  // one per incoming key, in canonical order
  std::vector<Change> changes;         // versions that entered the store (empty for a dry run)
  std::size_t count(Outcome) const;
};

// Merges `incoming` into `store`. A version of a record whose period is locked
// in `store` as it was before this merge is refused (outcome `rejected`, with a
// message naming the record); everything else is joined.
// With collect_changes false the report's `changes` stay empty (a big import
// is better followed by compact() than by one journal entry per record).
MergeReport merge_store(Store& store, const Store& incoming, bool collect_changes = true);
// The same, taking the incoming records rather than copying them (`incoming`
// is left hollow: for a store that is discarded right after, as an applied
// import preview is).
MergeReport merge_store(Store& store, Store&& incoming, bool collect_changes = true);
// The same decisions without touching the store (the import preview); its
// report has no `changes`.
MergeReport plan_merge(const Store& store, const Store& incoming);

// Joins several inputs (the files of `kinerja merge`, or the files of one
// import) into one store so that the result depends only on the set of
// inputs, never on their order, locks included. For each period locked in
// the join of all inputs' periods, the inputs holding that winning locked
// period version are authoritative: their versions of the period's records
// are joined; any other input's version of such a record that the
// authoritative state does not already contain or supersede is refused
// (reported in `rejected`, with `source`). Everything else is a plain join.
struct JoinResult {
  Store store;
  std::vector<RecordOutcome> rejected;
};
JoinResult join_sources(const std::vector<const Store*>& sources);

struct EditResult {
  Outcome outcome = Outcome::rejected;
  std::optional<Change> change;  // the new version, to append to the journal
  std::vector<ValidationError> errors;
  bool ok() const { return errors.empty(); }
};

// A local edit (create, update, or delete with "deleted": true). The caller
// passes the record's own fields and its "id"; the envelope (ver, hlc, author,
// created, updated) is filled here: the version vector gains one change by
// `device`, the HLC ticks past everything the store has seen. Refused, with
// the store untouched, when the record belongs to a locked period, when it has
// unresolved conflicts (resolve_conflict first), or when a string is hostile.
// An edit that changes no field is `unchanged` and creates no version.
EditResult apply_change(Store&, std::string_view collection, nlohmann::json record,
                        std::string_view device, std::int64_t now_ms,
                        std::string_view author = "system");

// Tombstones the current version (fields kept, so scopes and locks still see
// where the record belonged).
EditResult delete_record(Store&, std::string_view collection, std::string_view id,
                         std::string_view device, std::int64_t now_ms,
                         std::string_view author = "system");

// A person's answer to a conflict: `chosen` (any content, usually one of the
// versions, possibly edited) becomes a new version that dominates every
// version of the key, so the conflict closes on every replica it reaches.
EditResult resolve_conflict(Store&, std::string_view collection, nlohmann::json chosen,
                            std::string_view device, std::int64_t now_ms,
                            std::string_view author = "system");

}  // namespace kinerja
