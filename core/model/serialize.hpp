// Writing the typed model back to JSON (schema 1) in one canonical form:
// collections in kCollections order, records sorted by id, object keys
// sorted, empty optional fields left out. Identical content therefore gives
// identical bytes, and parse_bundle(to_json(b)) == b for a bundle whose
// collections are sorted by id (see sort_by_id).
#pragma once
#include "core/model/model.hpp"

#include <nlohmann/json_fwd.hpp>

#include <string>

namespace kinerja {

// The whole bundle as compact JSON text (no trailing newline).
std::string to_json(const Bundle&);

// The same as a JSON value (e.g. to embed or to post-process).
nlohmann::json to_json_value(const Bundle&);

// One record as its JSON object (envelope included); a tombstone writes only its envelope.
nlohmann::json record_to_json(const Unit&);
nlohmann::json record_to_json(const Employee&);
nlohmann::json record_to_json(const Period&);
nlohmann::json record_to_json(const Assignment&);
nlohmann::json record_to_json(const Indicator&);
nlohmann::json record_to_json(const Skp&);
nlohmann::json record_to_json(const Realisation&);
nlohmann::json record_to_json(const Evaluation&);
nlohmann::json record_to_json(const OrgRating&);
nlohmann::json record_to_json(const SkmResponse&);
nlohmann::json record_to_json(const Complaint&);
nlohmann::json record_to_json(const Training&);
nlohmann::json record_to_json(const ServiceVolume&);

} // namespace kinerja
