// Merge and local edits (see merge.hpp and docs/sync.md).
#include "core/sync/merge.hpp"

#include <type_traits>

#include <algorithm>
#include <map>
#include <set>

#include "core/sync/join.hpp"
#include "core/sync/scope.hpp"
#include "core/sync/record_check.hpp"

namespace kinerja {
namespace {

using nlohmann::json;

constexpr std::string_view kEnvelopeKeys[] = {"id", "ver", "hlc", "author", "created", "updated", "deleted"};

bool is_envelope_key(std::string_view k) {
  return std::find(std::begin(kEnvelopeKeys), std::end(kEnvelopeKeys), k) != std::end(kEnvelopeKeys);
}

json own_fields(const json& record) {
  json out = json::object();
  for (const auto& [k, v] : record.items())
    if (!is_envelope_key(k)) out[k] = v;
  return out;
}

std::vector<std::string> changed_fields(const json& before, const json& after) {
  std::set<std::string> keys;
  for (const auto& [k, v] : before.items()) keys.insert(k);
  for (const auto& [k, v] : after.items()) keys.insert(k);
  std::vector<std::string> out;
  for (const auto& k : keys) {
    if (is_envelope_key(k) && k != "deleted") continue;
    const auto a = before.find(k);
    const auto b = after.find(k);
    if ((a == before.end()) != (b == after.end()) || (a != before.end() && *a != *b)) out.push_back(k);
  }
  return out;
}

ValidationError locked_error(std::string_view collection, std::string_view id, std::string_view period) {
  const std::string rec = std::string(collection) + "/" + std::string(id);
  return {"/" + json_pointer_token(collection) + "/" + json_pointer_token(id),
          "periode \"" + std::string(period) + "\" terkunci: perubahan pada " + rec + " ditolak",
          "period \"" + std::string(period) + "\" is locked: the change to " + rec + " was refused"};
}

ValidationError simple_error(std::string pointer, std::string id, std::string en) {
  return {std::move(pointer), std::move(id), std::move(en)};
}

// Builds the next version of a key from `fields` (own fields + id) for a local
// edit or a resolution, with `base` as the version vector it supersedes.
json next_version(const Store& s, json fields, const VersionVector& base, const Entry* existing,
                  std::string_view device, std::int64_t now_ms, std::string_view author, Hlc& hlc_out) {
  VersionVector vv = base;
  vv[std::string(device)] += 1;
  hlc_out = hlc_tick(s.clock, now_ms, device);
  json v = std::move(fields);
  json ver = json::object();
  for (const auto& [d, n] : vv) ver[d] = n;
  v["ver"] = std::move(ver);
  v["hlc"] = format_hlc(hlc_out);
  v["author"] = std::string(author);
  const std::string now = format_iso_ms(now_ms);
  const auto created = existing ? existing->current.find("created") : json::const_iterator();
  v["created"] = existing && created != existing->current.end() ? *created : json(now);
  v["updated"] = now;
  if (!v.contains("deleted")) v["deleted"] = false;
  return v;
}

// Checks shared by every local change; fills `errors`.
void check_local(std::string_view collection, const json& record, std::string_view device,
                 std::string_view author, std::vector<ValidationError>& errors) {
  if (!is_known_collection(collection))
    errors.push_back(simple_error("/", "koleksi \"" + std::string(collection) + "\" tidak dikenal",
                                  "unknown collection \"" + std::string(collection) + "\""));
  if (!is_valid_id(device))
    errors.push_back(simple_error("/", "id perangkat tidak sah", "invalid device id"));
  if (author.empty() || author.size() > 64)
    errors.push_back(simple_error("/author", "penulis (author) harus diisi", "the author must be given"));
  if (!record.is_object()) {
    errors.push_back(simple_error("/", "rekaman harus berupa objek", "a record must be an object"));
    return;
  }
  const auto id = record.find("id");
  if (id == record.end() || !id->is_string() || !is_valid_id(id->get_ref<const std::string&>()))
    errors.push_back(simple_error("/id", "\"id\" harus 1–64 karakter A-Z a-z 0-9 . _ : -",
                                  "\"id\" must be 1–64 of A-Z a-z 0-9 . _ : -"));
  const auto del = record.find("deleted");
  if (del != record.end() && !del->is_boolean())
    errors.push_back(simple_error("/deleted", "\"deleted\" harus true atau false", "\"deleted\" must be true or false"));
  check_strings(record, "", errors);
}

EditResult commit(Store& s, std::string_view collection, json version, const Hlc& hlc, Outcome outcome) {
  join_version(s, collection, version);
  s.clock = hlc_receive(s.clock, hlc);
  EditResult r;
  r.outcome = outcome;
  r.change = Change{std::string(collection), std::move(version)};
  return r;
}

}  // namespace

std::string_view to_string(Outcome o) {
  switch (o) {
    case Outcome::new_record: return "new";
    case Outcome::updated: return "updated";
    case Outcome::unchanged: return "unchanged";
    case Outcome::conflicting: return "conflicting";
    case Outcome::rejected: return "rejected";
  }
  return "";
}

std::ostream& operator<<(std::ostream& os, Outcome o) { return os << to_string(o); }

std::size_t MergeReport::count(Outcome o) const {
  return static_cast<std::size_t>(
      std::count_if(records.begin(), records.end(), [o](const RecordOutcome& r) { return r.outcome == o; }));
}

namespace {

// `target` is null for a dry run, else the same object as `store`.
// `In` is `const Store` (the incoming records are copied) or `Store` (its
// entries are moved into the target as they are taken: a big import's records
// are not copied a second time).
template <class In>
MergeReport merge_impl(const Store& store, Store* target, In& incoming, bool collect_changes) {
  const bool dry_run = target == nullptr;
  MergeReport report;
  // Locks as the receiving store knew them before this merge: a bundle that
  // locks a period may still carry that period's final records.
  std::set<std::string, std::less<>> locked;
  if (const auto p = store.collections.find("periods"); p != store.collections.end())
    for (const auto& [id, e] : p->second) {
      const auto l = e.current.find("locked");
      if (!record_deleted(e.current) && l != e.current.end() && l->is_boolean() && l->template get<bool>()) locked.insert(id);
    }
  auto period_of = [&](const json& r) -> std::optional<std::string> {
    const auto pid = r.find("period_id");
    if (pid != r.end() && pid->is_string() && locked.count(pid->get_ref<const std::string&>()))
      return pid->get<std::string>();
    return std::nullopt;
  };

  for (auto& [name, col] : incoming.collections) {
    for (auto& [id, in] : col) {
      RecordOutcome ro{name, id, Outcome::unchanged, {}, {}, {}, 0};
      const Entry* before = find_entry(store, name, id);
      // Fast paths for the common cases of a big import (no copies): a new
      // record, or the very same single version.
      if (!in.conflicted() && (!before || (!before->conflicted() && before->current == in.current))) {
        if (before) {
          report.records.push_back(std::move(ro));
          continue;
        }
        if (const auto lock = period_of(in.current)) {
          const ValidationError e = locked_error(name, id, *lock);
          ro.outcome = Outcome::rejected;
          ro.message_id = e.message_id;
          ro.message_en = e.message_en;
        } else {
          ro.outcome = Outcome::new_record;
          if (!dry_run) {
            advance_clock(*target, in.current);
            if (collect_changes) report.changes.push_back(Change{name, in.current});
            if constexpr (std::is_const_v<In>) collection_of(*target, name).emplace(id, in);
            else collection_of(*target, name).emplace(id, std::move(in));
          }
        }
        report.records.push_back(std::move(ro));
        continue;
      }
      std::vector<json> versions = before ? versions_of(*before) : std::vector<json>{};
      std::vector<json> added;
      for (const json& v : versions_of(in))
        if (insert_version(versions, v)) added.push_back(v);
      // Only versions that survived the whole key's join go to the journal.
      std::erase_if(added, [&](const json& v) { return std::find(versions.begin(), versions.end(), v) == versions.end(); });
      if (added.empty()) {
        report.records.push_back(std::move(ro));
        continue;
      }
      std::optional<std::string> lock = before ? period_of(before->current) : std::nullopt;
      for (const auto& v : added)
        if (!lock) lock = period_of(v);
      if (lock) {
        const ValidationError e = locked_error(name, id, *lock);
        ro.outcome = Outcome::rejected;
        ro.message_id = e.message_id;
        ro.message_en = e.message_en;
        report.records.push_back(std::move(ro));
        continue;
      }
      Entry after = entry_from(std::move(versions));
      if (!before) {
        ro.outcome = after.conflicted() ? Outcome::conflicting : Outcome::new_record;
      } else if (after.conflicted()) {
        ro.outcome = Outcome::conflicting;
      } else {
        ro.outcome = Outcome::updated;
        ro.changed_fields = changed_fields(before->current, after.current);
      }
      if (ro.outcome == Outcome::conflicting) {
        ro.message_id = std::to_string(1 + after.others.size()) + " versi diubah bersamaan; versi terbaru ditampilkan, yang lain menunggu keputusan";
        ro.message_en = std::to_string(1 + after.others.size()) + " versions changed concurrently; the latest is shown, the others await a decision";
      }
      if (!dry_run) {
        for (auto& v : added) {
          advance_clock(*target, v);
          if (collect_changes) report.changes.push_back(Change{name, std::move(v)});
        }
        collection_of(*target, name).insert_or_assign(id, std::move(after));
      }
      report.records.push_back(std::move(ro));
    }
  }
  return report;
}

}  // namespace

MergeReport merge_store(Store& store, const Store& incoming, bool collect_changes) {
  return merge_impl(store, &store, incoming, collect_changes);
}

MergeReport merge_store(Store& store, Store&& incoming, bool collect_changes) {
  return merge_impl(store, &store, incoming, collect_changes);
}

MergeReport plan_merge(const Store& store, const Store& incoming) {
  return merge_impl<const Store>(store, nullptr, incoming, false);
}

JoinResult join_sources(const std::vector<const Store*>& sources) {
  JoinResult out;
  if (sources.size() == 1) {  // one input is its own authority for every lock it holds
    out.store = *sources[0];
    return out;
  }
  // 1. the final lock state: the join of every input's periods
  Store periods;
  for (const Store* s : sources)
    if (const auto c = s->collections.find("periods"); c != s->collections.end())
      for (const auto& [id, e] : c->second)
        for (const json& v : versions_of(e)) join_version(periods, "periods", v);
  std::map<std::string, const json*, std::less<>> locked;  // period id → winning locked version
  if (const auto c = periods.collections.find("periods"); c != periods.collections.end())
    for (const auto& [id, e] : c->second) {
      const auto l = e.current.find("locked");
      if (!record_deleted(e.current) && l != e.current.end() && l->is_boolean() && l->get<bool>())
        locked.emplace(id, &e.current);
    }
  auto authoritative = [&](const Store& s, const std::string& period) {
    const Entry* e = find_entry(s, "periods", period);
    if (!e) return false;
    const json& w = *locked.at(period);
    if (e->current == w) return true;
    return std::find(e->others.begin(), e->others.end(), w) != e->others.end();
  };
  auto locked_period_of = [&](const Entry& e) -> std::optional<std::string> {
    auto of = [&](const json& v) -> std::optional<std::string> {
      const auto pid = v.find("period_id");
      if (pid == v.end() || !pid->is_string()) return std::nullopt;
      const std::string& p = pid->get_ref<const std::string&>();
      if (!locked.count(p)) return std::nullopt;
      return p;
    };
    if (auto p = of(e.current)) return p;
    for (const json& v : e.others)
      if (auto p = of(v)) return p;
    return std::nullopt;
  };
  // 2. plain join of everything except non-authoritative versions of locked records
  struct Deferred {
    std::size_t source;
    std::string collection, id, period;
    const Entry* entry;
  };
  std::vector<Deferred> deferred;
  for (std::size_t i = 0; i < sources.size(); ++i)
    for (const auto& [name, col] : sources[i]->collections)
      for (const auto& [id, e] : col) {
        const auto period = locked_period_of(e);
        if (period && !authoritative(*sources[i], *period)) {
          deferred.push_back({i, name, id, *period, &e});
          continue;
        }
        for (const json& v : versions_of(e)) join_version(out.store, name, v);
      }
  // 3. the deferred versions change nothing; those that would have are reported
  for (const auto& d : deferred) {
    const Entry* have = find_entry(out.store, d.collection, d.id);
    std::vector<json> versions = have ? versions_of(*have) : std::vector<json>{};
    bool changes = false;
    for (const json& v : versions_of(*d.entry)) changes = insert_version(versions, v) || changes;
    if (!changes) continue;
    const ValidationError e = locked_error(d.collection, d.id, d.period);
    RecordOutcome ro{d.collection, d.id, Outcome::rejected, {}, e.message_id, e.message_en, d.source};
    out.rejected.push_back(std::move(ro));
  }
  return out;
}

EditResult apply_change(Store& s, std::string_view collection, json record, std::string_view device,
                        std::int64_t now_ms, std::string_view author) {
  EditResult r;
  check_local(collection, record, device, author, r.errors);
  if (!r.ok()) return r;
  const std::string id = record.at("id").get<std::string>();
  const Entry* existing = find_entry(s, collection, id);
  const std::string ptr = "/" + json_pointer_token(collection) + "/" + json_pointer_token(id);
  if (is_partial(record) || (existing && is_partial(existing->current))) {
    r.errors.push_back(simple_error(ptr, "rekaman " + std::string(collection) + "/" + id + " hanya salinan sebagian (partial); ubah di sumbernya",
                                    "record " + std::string(collection) + "/" + id + " is only a partial copy; change it at its source"));
    return r;
  }
  if (existing && existing->conflicted()) {
    r.errors.push_back(simple_error(ptr, "rekaman " + std::string(collection) + "/" + id + " punya konflik yang belum diselesaikan; selesaikan dulu",
                                    "record " + std::string(collection) + "/" + id + " has an unresolved conflict; resolve it first"));
    return r;
  }
  std::optional<std::string> lock = existing ? locking_period(s, existing->current) : std::nullopt;
  if (!lock) lock = locking_period(s, record);
  if (lock) {
    r.errors.push_back(locked_error(collection, id, *lock));
    return r;
  }
  json fields = own_fields(record);
  fields["id"] = id;
  fields["deleted"] = record.value("deleted", false);
  if (existing) {
    json old = own_fields(existing->current);
    old["id"] = id;
    old["deleted"] = record_deleted(existing->current);
    if (old == fields) {
      r.outcome = Outcome::unchanged;
      return r;
    }
  }
  Hlc hlc;
  json v = next_version(s, std::move(fields), existing ? record_ver(existing->current) : VersionVector{},
                        existing, device, now_ms, author, hlc);
  return commit(s, collection, std::move(v), hlc, existing ? Outcome::updated : Outcome::new_record);
}

EditResult delete_record(Store& s, std::string_view collection, std::string_view id, std::string_view device,
                         std::int64_t now_ms, std::string_view author) {
  const json* cur = find_record(s, collection, id);
  if (!cur) {
    EditResult r;
    r.errors.push_back(simple_error("/" + json_pointer_token(collection) + "/" + json_pointer_token(id),
                                    "rekaman " + std::string(collection) + "/" + std::string(id) + " tidak ada",
                                    "record " + std::string(collection) + "/" + std::string(id) + " does not exist"));
    return r;
  }
  json t = *cur;
  t["deleted"] = true;
  return apply_change(s, collection, std::move(t), device, now_ms, author);
}

EditResult resolve_conflict(Store& s, std::string_view collection, json chosen, std::string_view device,
                            std::int64_t now_ms, std::string_view author) {
  EditResult r;
  check_local(collection, chosen, device, author, r.errors);
  if (!r.ok()) return r;
  const std::string id = chosen.at("id").get<std::string>();
  const Entry* existing = find_entry(s, collection, id);
  if (!existing || !existing->conflicted()) {
    r.errors.push_back(simple_error("/" + json_pointer_token(collection) + "/" + json_pointer_token(id),
                                    "rekaman " + std::string(collection) + "/" + id + " tidak punya konflik",
                                    "record " + std::string(collection) + "/" + id + " has no conflict"));
    return r;
  }
  std::optional<std::string> lock;
  for (const auto& v : versions_of(*existing))
    if (!lock) lock = locking_period(s, v);
  if (!lock) lock = locking_period(s, chosen);
  if (lock) {
    r.errors.push_back(locked_error(collection, id, *lock));
    return r;
  }
  VersionVector base;
  for (const auto& v : versions_of(*existing)) base = vv_join(base, record_ver(v));
  json fields = own_fields(chosen);
  fields["id"] = id;
  fields["deleted"] = chosen.value("deleted", false);
  Hlc hlc;
  json v = next_version(s, std::move(fields), base, existing, device, now_ms, author, hlc);
  return commit(s, collection, std::move(v), hlc, Outcome::updated);
}

}  // namespace kinerja
