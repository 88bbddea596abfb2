// The pure join of record versions into a Store: a key keeps the versions
// no other version dominates (by version vector), and `current` is chosen by
// a fixed total order. No checks here: the bundle reader, journal replay and
// merge (which adds the checks) all build on it. Laws in docs/sync.md.
#pragma once
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/sync/store.hpp"

namespace kinerja {

// The total order that picks `current` among undominated versions: a live
// record beats a tombstone (an edit concurrent with a deletion stays visible,
// the deletion waits in the conflict list), then the later HLC, then the
// larger canonical bytes. True when `a` loses to `b`.
bool version_loses(const nlohmann::json& a, const nlohmann::json& b);

// The pure join of one version into the store, no checks (journal replay and
// merge use it). True when the store changed.
bool join_version(Store&, std::string_view collection, const nlohmann::json& version);
bool join_version(Store&, std::string_view collection, nlohmann::json&& version);  // moves when the key is new
// The collection, created empty when missing.
Collection& collection_of(Store&, std::string_view collection);

// Orders a key's undominated versions: the winner becomes `current`, the rest
// wait in `others` (sorted canonically).
Entry entry_from(std::vector<nlohmann::json> versions);
// Joins `v` into an antichain of versions. True when the set changed.
bool insert_version(std::vector<nlohmann::json>& versions, const nlohmann::json& v);
std::vector<nlohmann::json> versions_of(const Entry&);
void advance_clock(Store&, const nlohmann::json& version);

}  // namespace kinerja
