// The join of record versions (see join.hpp and docs/sync.md).
#include "core/sync/join.hpp"

#include <algorithm>

#include "core/sync/scope.hpp"

namespace kinerja {
using nlohmann::json;

std::vector<json> versions_of(const Entry& e) {
  std::vector<json> v;
  v.reserve(1 + e.others.size());
  v.push_back(e.current);
  v.insert(v.end(), e.others.begin(), e.others.end());
  return v;
}


namespace {

// Version-vector order, refined by one rule: with equal vectors a full record
// dominates a "partial" projection of it (scope.hpp). Still a strict partial
// order, so the join keeps its laws.
VvOrder version_order(const json& a, const VersionVector& va, const json& b) {
  const VvOrder o = compare(va, record_ver(b));
  if (o != VvOrder::equal) return o;
  const bool pa = is_partial(a), pb = is_partial(b);
  if (pa == pb) return o;
  return pb ? VvOrder::dominates : VvOrder::dominated;
}

// The record's "id" when it is a string, else null.
const std::string* record_id_of(const json& v) {
  if (!v.is_object()) return nullptr;
  const auto it = v.find("id");
  return it == v.end() ? nullptr : it->get_ptr<const std::string*>();
}

}  // namespace

bool insert_version(std::vector<json>& versions, const json& v) {
  const VersionVector vv = record_ver(v);
  std::vector<bool> dominated(versions.size(), false);
  for (std::size_t i = 0; i < versions.size(); ++i) {
    const VvOrder o = version_order(v, vv, versions[i]);
    if (o == VvOrder::dominated) return false;
    // Equal vectors with different content (two replicas sharing a device id,
    // or a hand-edited file) cannot be ordered: both are kept.
    if (o == VvOrder::equal && versions[i] == v) return false;
    if (o == VvOrder::dominates) dominated[i] = true;
  }
  std::vector<json> kept;
  kept.reserve(versions.size() + 1);
  for (std::size_t i = 0; i < versions.size(); ++i)
    if (!dominated[i]) kept.push_back(std::move(versions[i]));
  kept.push_back(v);
  versions = std::move(kept);
  return true;
}

Entry entry_from(std::vector<json> versions) {
  if (versions.empty()) return {};
  const auto win = std::max_element(versions.begin(), versions.end(), version_loses);
  Entry e;
  e.current = std::move(*win);
  versions.erase(win);
  std::sort(versions.begin(), versions.end(),
            [](const json& a, const json& b) { return canonical(a) < canonical(b); });
  e.others = std::move(versions);
  return e;
}

void advance_clock(Store& s, const json& version) {
  if (const auto h = parse_hlc(record_hlc(version))) s.clock = hlc_receive(s.clock, *h);
}

bool version_loses(const json& a, const json& b) {
  const bool la = !record_deleted(a), lb = !record_deleted(b);
  if (la != lb) return lb;
  const std::string ha = record_hlc(a), hb = record_hlc(b);
  if (ha != hb) return ha < hb;
  return canonical(a) < canonical(b);
}

Collection& collection_of(Store& s, std::string_view collection) {
  auto it = s.collections.find(collection);
  if (it == s.collections.end()) it = s.collections.emplace(std::string(collection), Collection{}).first;
  return it->second;
}

bool join_version(Store& s, std::string_view collection, json&& version) {
  const std::string* id = record_id_of(version);
  if (id == nullptr) return false;
  Collection& c = collection_of(s, collection);
  if (c.contains(*id)) return join_version(s, collection, static_cast<const json&>(version));
  std::string key = *id;
  advance_clock(s, version);
  c.emplace(std::move(key), Entry{std::move(version), {}});
  return true;
}

bool join_version(Store& s, std::string_view collection, const json& version) {
  const std::string* id = record_id_of(version);
  if (id == nullptr) return false;
  Collection& c = collection_of(s, collection);
  const auto it = c.find(*id);
  if (it == c.end()) {
    c.emplace(*id, Entry{version, {}});
    advance_clock(s, version);
    return true;
  }
  std::vector<json> versions = versions_of(it->second);
  if (!insert_version(versions, version)) return false;
  it->second = entry_from(std::move(versions));
  advance_clock(s, version);
  return true;
}

}  // namespace kinerja
