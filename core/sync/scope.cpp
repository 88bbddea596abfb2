// Scoped export (see scope.hpp and docs/sync.md).
#include "core/sync/scope.hpp"

#include <functional>
#include <set>

#include "core/sync/bundle_io.hpp"

namespace kinerja {
namespace {

using nlohmann::json;
using Ids = std::set<std::string, std::less<>>;

std::string field(const json& r, std::string_view key) {
  const auto it = r.find(key);
  return it != r.end() && it->is_string() ? it->get<std::string>() : std::string();
}

void for_each(const Store& s, std::string_view collection,
              const std::function<void(const std::string&, const json&)>& fn) {
  const auto c = s.collections.find(collection);
  if (c == s.collections.end()) return;
  for (const auto& [id, e] : c->second) fn(id, e.current);
}

struct Plan {
  std::map<std::string, Ids, std::less<>> full;  // collection → ids copied whole
  Ids partial;                                   // employee ids copied as partial records
};

void add_unit_chain(const Store& s, std::string unit, Plan& p, Ids& chain) {
  // parent_id links could loop in hand-edited data: stop at a unit seen before
  while (!unit.empty() && chain.insert(unit).second) {
    p.full["units"].insert(unit);
    const json* u = find_record(s, "units", unit);
    unit = u ? field(*u, "parent_id") : std::string();
  }
}

void add_own(const Store& s, const Ids& self, Plan& p) {
  Ids units;
  for (const auto& e : self) {
    p.full["employees"].insert(e);
    if (const json* r = find_record(s, "employees", e)) add_unit_chain(s, field(*r, "unit_id"), p, units);
  }
  for_each(s, "assignments", [&](const std::string& id, const json& a) {
    if (!self.count(field(a, "employee_id"))) return;
    p.full["assignments"].insert(id);
    for (const char* k : {"penilai_id", "atasan_penilai_id"}) {
      const std::string rater = field(a, k);
      if (!rater.empty()) p.partial.insert(rater);
    }
  });
  Ids skps;
  for_each(s, "skps", [&](const std::string& id, const json& r) {
    if (self.count(field(r, "employee_id"))) skps.insert(id);
  });
  p.full["skps"].insert(skps.begin(), skps.end());
  for_each(s, "realisations", [&](const std::string& id, const json& r) {
    if (skps.count(field(r, "skp_id"))) p.full["realisations"].insert(id);
  });
  for_each(s, "evaluations", [&](const std::string& id, const json& r) {
    if (self.count(field(r, "employee_id"))) p.full["evaluations"].insert(id);
  });
  for_each(s, "org_ratings", [&](const std::string& id, const json& r) {
    if (units.count(field(r, "unit_id"))) p.full["org_ratings"].insert(id);
  });
}

void add_team(const Store& s, const Ids& self, Plan& p) {
  struct Member {
    std::string employee, period;
  };
  std::vector<Member> team;
  for_each(s, "assignments", [&](const std::string&, const json& a) {
    // a tombstoned assignment no longer makes anyone a team member
    if (!record_deleted(a) && self.count(field(a, "penilai_id")))
      team.push_back({field(a, "employee_id"), field(a, "period_id")});
  });
  Ids units;
  for (const auto& m : team) {
    p.full["employees"].insert(m.employee);
    if (const json* r = find_record(s, "employees", m.employee)) add_unit_chain(s, field(*r, "unit_id"), p, units);
    const json* period = find_record(s, "periods", m.period);
    const auto year = period ? period->value("year", json()) : json();
    for_each(s, "assignments", [&](const std::string& id, const json& a) {
      if (field(a, "employee_id") != m.employee || field(a, "period_id") != m.period) return;
      p.full["assignments"].insert(id);
      for (const char* k : {"penilai_id", "atasan_penilai_id"}) {
        const std::string rater = field(a, k);
        if (!rater.empty()) p.partial.insert(rater);
      }
    });
    Ids skps;
    for_each(s, "skps", [&](const std::string& id, const json& r) {
      if (field(r, "employee_id") == m.employee) {
        skps.insert(id);
        if (!year.is_null() && r.value("year", json()) == year) p.full["skps"].insert(id);
      }
    });
    for_each(s, "realisations", [&](const std::string& id, const json& r) {
      if (skps.count(field(r, "skp_id")) && field(r, "period_id") == m.period) p.full["realisations"].insert(id);
    });
    for_each(s, "evaluations", [&](const std::string& id, const json& r) {
      if (field(r, "employee_id") == m.employee && field(r, "period_id") == m.period)
        p.full["evaluations"].insert(id);
    });
  }
}

json partial_of(const json& r) {
  json out = json::object();
  for (const char* k : {"id", "ver", "hlc", "author", "created", "updated", "deleted"})
    if (const auto it = r.find(k); it != r.end()) out[k] = *it;
  for (const auto k : kPartialEmployeeFields)
    if (const auto it = r.find(k); it != r.end()) out[std::string(k)] = *it;
  out["partial"] = true;
  return out;
}

ValidationError no_employee(const std::string& nip) {
  return {"/scope/nip", "tidak ada pegawai dengan NIP " + nip, "no employee has NIP " + nip};
}

}  // namespace

bool is_partial(const json& record) {
  const auto it = record.find("partial");
  return it != record.end() && it->is_boolean() && it->get<bool>();
}

ScopedStore scope_store(const Store& s, const Scope& scope) {
  ScopedStore out;
  out.store.clock = s.clock;
  switch (scope.kind) {
    case ScopeKind::bkpsdm:
      out.store = s;
      return out;
    case ScopeKind::publik:
      return out;
    case ScopeKind::pegawai:
    case ScopeKind::penilai:
      break;
    case ScopeKind::invalid:
      out.errors.push_back({"/scope/kind", "cakupan tidak dikenal", "unknown scope"});
      return out;
  }
  Ids self;
  for_each(s, "employees", [&](const std::string& id, const json& e) {
    if (!record_deleted(e) && !is_partial(e) && field(e, "nip") == scope.nip) self.insert(id);
  });
  if (self.empty()) {
    out.errors.push_back(no_employee(scope.nip));
    return out;
  }
  Plan plan;
  add_own(s, self, plan);
  if (scope.kind == ScopeKind::penilai) add_team(s, self, plan);

  // Non-personal collections travel whole: periods and the two libraries.
  for (const char* whole : {"periods", "indicators", "trainings"})
    if (const auto c = s.collections.find(whole); c != s.collections.end()) out.store.collections[whole] = c->second;
  for (const auto& [collection, ids] : plan.full) {
    const auto c = s.collections.find(collection);
    if (c == s.collections.end()) continue;
    for (const auto& id : ids)
      if (const auto e = c->second.find(id); e != c->second.end()) out.store.collections[collection].emplace(id, e->second);
  }
  auto& employees = out.store.collections["employees"];
  for (const auto& id : plan.partial) {
    if (employees.count(id)) continue;
    if (const json* r = find_record(s, "employees", id)) employees.emplace(id, Entry{partial_of(*r), {}});
  }
  attach_signatures(s, out.store);
  return out;
}

ExportResult export_bundle(const Store& s, const Scope& scope, std::string_view device, std::int64_t now_ms,
                           const json& aggregates) {
  ExportResult out;
  if (!is_valid_id(device)) {
    out.errors.push_back({"/origin", "id perangkat tidak sah", "invalid device id"});
    return out;
  }
  ScopedStore scoped = scope_store(s, scope);
  if (!scoped.ok()) {
    out.errors = std::move(scoped.errors);
    return out;
  }
  BundleHeader h;
  h.created = format_iso_ms(now_ms);
  h.origin = std::string(device);
  h.scope = scope;
  if (scope.kind != ScopeKind::penilai && scope.kind != ScopeKind::pegawai) h.scope.nip.clear();
  out.bytes = write_bundle(scoped.store, h, scope.kind == ScopeKind::publik ? aggregates : json());
  return out;
}

void attach_signatures(const Store& full, Store& out) {
  std::set<std::pair<std::string, std::string>> held;
  for (const auto& [collection, records] : out.collections) {
    if (collection == "keys" || collection == "signatures") continue;
    for (const auto& [id, entry] : records) held.emplace(collection, id);
  }
  std::set<std::string> keys;
  const auto sigs = full.collections.find(std::string_view("signatures"));
  if (sigs != full.collections.end())
    for (const auto& [id, entry] : sigs->second) {
      const auto items = entry.current.find("items");
      if (items == entry.current.end() || !items->is_array()) continue;
      bool covers = false;
      for (const auto& item : *items)
        covers = covers || (item.is_array() && item.size() >= 2 && item[0].is_string() && item[1].is_string() &&
                            held.count({item[0].get<std::string>(), item[1].get<std::string>()}) > 0);
      if (!covers) continue;
      out.collections["signatures"].emplace(id, entry);
      keys.insert(entry.current.value("key_id", ""));
    }
  if (const auto k = full.collections.find(std::string_view("keys")); k != full.collections.end())
    for (const auto& id : keys)
      if (const auto e = k->second.find(id); e != k->second.end()) out.collections["keys"].emplace(id, e->second);
}

}  // namespace kinerja
