// The in-memory store (see store.hpp).
#include "core/sync/store.hpp"

#include <algorithm>

namespace kinerja {

std::size_t collection_rank(std::string_view collection) {
  const auto it = std::find(kCollections.begin(), kCollections.end(), collection);
  if (it != kCollections.end()) return static_cast<std::size_t>(it - kCollections.begin());
  const auto t = std::find(kTrustCollections.begin(), kTrustCollections.end(), collection);
  return kCollections.size() + static_cast<std::size_t>(t - kTrustCollections.begin());
}

bool is_known_collection(std::string_view collection) {
  return collection_rank(collection) < kCollections.size() + kTrustCollections.size();
}

bool CollectionLess::operator()(std::string_view a, std::string_view b) const {
  const std::size_t ra = collection_rank(a), rb = collection_rank(b);
  if (ra != rb) return ra < rb;
  return a < b;
}

VersionVector record_ver(const nlohmann::json& record) {
  VersionVector vv;
  const auto it = record.find("ver");
  if (it == record.end() || !it->is_object()) return vv;
  for (const auto& [device, n] : it->items())
    if (n.is_number_unsigned()) vv.emplace(device, n.get<std::uint64_t>());
  return vv;
}

std::string record_hlc(const nlohmann::json& record) {
  const auto it = record.find("hlc");
  return it != record.end() && it->is_string() ? it->get<std::string>() : std::string();
}

bool record_deleted(const nlohmann::json& record) {
  const auto it = record.find("deleted");
  return it != record.end() && it->is_boolean() && it->get<bool>();
}

const Entry* find_entry(const Store& s, std::string_view collection, std::string_view id) {
  const auto c = s.collections.find(collection);
  if (c == s.collections.end()) return nullptr;
  const auto e = c->second.find(id);
  return e == c->second.end() ? nullptr : &e->second;
}

const nlohmann::json* find_record(const Store& s, std::string_view collection, std::string_view id) {
  const Entry* e = find_entry(s, collection, id);
  return e ? &e->current : nullptr;
}

std::size_t data_record_count(const Store& s) {
  std::size_t n = record_count(s);
  for (const auto name : kTrustCollections)
    if (const auto c = s.collections.find(name); c != s.collections.end()) n -= c->second.size();
  return n;
}

std::size_t record_count(const Store& s) {
  std::size_t n = 0;
  for (const auto& [name, c] : s.collections) n += c.size();
  return n;
}

std::optional<std::string> locking_period(const Store& s, const nlohmann::json& record) {
  const auto it = record.find("period_id");
  if (it == record.end() || !it->is_string()) return std::nullopt;
  const std::string& pid = it->get_ref<const std::string&>();
  const nlohmann::json* period = find_record(s, "periods", pid);
  if (!period || record_deleted(*period)) return std::nullopt;
  const auto l = period->find("locked");
  if (l != period->end() && l->is_boolean() && l->get<bool>()) return pid;
  return std::nullopt;
}

std::vector<ConflictView> list_conflicts(const Store& s) {
  std::vector<ConflictView> out;
  for (const auto& [name, c] : s.collections)
    for (const auto& [id, e] : c) {
      if (!e.conflicted()) continue;
      ConflictView v{name, id, {&e.current}};
      for (const auto& o : e.others) v.versions.push_back(&o);
      out.push_back(std::move(v));
    }
  return out;
}

std::string canonical(const nlohmann::json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void append_canonical(std::string& out, const nlohmann::json& j) {
  // What json::dump does, with `out` as the target instead of a new string.
  nlohmann::detail::serializer<nlohmann::json> s(nlohmann::detail::output_adapter<char>(out), ' ',
                                                 nlohmann::json::error_handler_t::replace);
  s.dump(j, false, false, 0);
}

}  // namespace kinerja
