// The in-memory store: every record of every collection as a JSON object,
// keyed by (collection, id), generic over the envelope so fields this build
// does not know survive a round trip. Each key holds the set of versions
// merge has not been able to order (normally one): the deterministic winner
// is `current`, the others wait in `others` for a person to resolve them.
// The typed model (core/model/model.*) reads records from here; this file knows
// only the envelope (docs/bundle-schema-v1.md: id, ver, hlc, author, created,
// updated, deleted).
#pragma once
#include <array>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/sync/hlc.hpp"
#include "core/model/model.hpp"

namespace kinerja {

// Who wrote what (core/trust): key registrations and signatures travel as
// records too, after the data collections; the typed model does not read them.
inline constexpr std::array<std::string_view, 2> kTrustCollections{"keys", "signatures"};

// Position in kCollections, then kTrustCollections (model.hpp: the fixed order every file is written in); past both for a collection this build
// does not know (kept, written after the known ones in byte order).
std::size_t collection_rank(std::string_view collection);
bool is_known_collection(std::string_view collection);

struct CollectionLess {
  using is_transparent = void;
  bool operator()(std::string_view a, std::string_view b) const;
};

// All versions of one record that no other version dominates.
struct Entry {
  nlohmann::json current;              // the deterministic winner (see merge.hpp)
  std::vector<nlohmann::json> others;  // concurrent versions awaiting a person; sorted canonically
  bool conflicted() const { return !others.empty(); }
};

using Collection = std::map<std::string, Entry, std::less<>>;  // id → entry, byte order

struct Store {
  std::map<std::string, Collection, CollectionLess> collections;
  Hlc clock;  // the latest HLC among the versions held: local changes tick past it
};

// Envelope accessors; they assume a record that passed envelope validation
// (bundle_io or apply_change) and return empty values otherwise.
VersionVector record_ver(const nlohmann::json& record);
std::string record_hlc(const nlohmann::json& record);
bool record_deleted(const nlohmann::json& record);

const Entry* find_entry(const Store&, std::string_view collection, std::string_view id);
// The current version of a record, or nullptr. Tombstones are returned too.
const nlohmann::json* find_record(const Store&, std::string_view collection, std::string_view id);
std::size_t record_count(const Store&);  // keys, tombstones included
// The same without key registrations and signatures: the data people see.
std::size_t data_record_count(const Store&);

// The period that locks this record: its "period_id" names a period whose
// current version has "locked": true and is not deleted. nullopt when free.
std::optional<std::string> locking_period(const Store&, const nlohmann::json& record);

struct ConflictView {
  std::string collection;
  std::string id;
  std::vector<const nlohmann::json*> versions;  // current first, then the others
};
std::vector<ConflictView> list_conflicts(const Store&);

// Canonical bytes of a JSON value: keys sorted (nlohmann's default object is a
// sorted map), no whitespace. Used for tie-breaks and equality.
std::string canonical(const nlohmann::json&);
// The same bytes appended to `out` (no string of its own: a city's snapshot
// writes some 130,000 records this way).
void append_canonical(std::string& out, const nlohmann::json&);

}  // namespace kinerja
