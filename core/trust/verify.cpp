#include "core/trust/verify.hpp"

#include "core/sync/scope.hpp"
#include "core/trust/parts.hpp"
#include "core/trust/roles.hpp"
#include "core/trust/signatures.hpp"
#include "core/trust/vouchers.hpp"

#include <algorithm>
#include <deque>

namespace kinerja::trust {
namespace {

using nlohmann::json;

std::string text(const json& j, const char* k) {
  const auto it = j.find(k);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// The roles each key holds for the version being checked, each worked out once.
class RolesOf {
 public:
  RolesOf(const RoleContext& roles, const KoleksiKewenangan& rules, const json& version)
      : roles_(roles), rules_(rules), version_(version) {}
  const std::vector<Peran>& operator()(const KeyRegistration* key) {
    for (const auto& [k, r] : known_)
      if (k == key) return r;
    known_.emplace_back(key, roles_.roles_of(*key, rules_, version_));
    return known_.back().second;
  }

 private:
  const RoleContext& roles_;
  const KoleksiKewenangan& rules_;
  const json& version_;
  std::deque<std::pair<const KeyRegistration*, std::vector<Peran>>> known_;  // references stay valid
};

std::string peran_list(const BagianKewenangan& b) {
  std::string out;
  for (Peran p : b.peran) out += (out.empty() ? "" : ", ") + std::string(to_string(p));
  return out;
}

// Collections that only admins and kiosks write: checked before anything
// else, because the roles of everyone else come from them.
bool needs_no_roles(const KoleksiKewenangan& k) {
  for (const auto& b : k.bagian)
    for (Peran p : b.peran)
      if (p != Peran::admin && p != Peran::kiosk) return false;
  return true;
}

class Checker {
 public:
  Checker(const TrustAnchor& anchor, const RulesKewenangan& rules) : rules_(rules), vouchers_(anchor) {}

  // Why `v` does not count, or nothing when it does.
  std::optional<TrustProblem> check(const std::string& collection, const json& v) {
    const std::string id = text(v, "id");
    if (is_partial(v)) return std::nullopt;  // a projection never replaces a full record (docs/sync.md)
    const KoleksiKewenangan* k = rules_.find(collection);
    if (k == nullptr)
      return problem(collection, id, "koleksi ini tidak punya aturan kewenangan", "no authority rule covers this collection");
    const std::string author = text(v, "author");
    // The writer: a signature over exactly this version by its author, who
    // may write some part of the record.
    RolesOf roles_of(roles_, *k, v);
    const bool writer = vouchers_.signed_by(version_sum(collection, v), collection, id, "", [&](const KeyRegistration& key) {
      if (key.author() != author) return false;
      for (Peran p : roles_of(&key))
        for (const auto& b : k->bagian)
          if (b.allows(p)) return true;
      return false;
    });
    if (!writer)
      return problem(collection, id,
                     "tidak ditandatangani penulisnya (" + author + ") atau penulisnya tidak berwenang atas data ini",
                     "not signed by its author (" + author + "), or its author may not write this record");
    if (k->bagian.size() < 2) return std::nullopt;
    for (const auto& d : part_digests(*k, collection, v)) {
      if (!d.has_value) continue;
      const bool ok = vouchers_.signed_by(d.sum, collection, id, d.part->nama, [&](const KeyRegistration& key) {
        for (Peran p : roles_of(&key))
          if (d.part->allows(p)) return true;
        return false;
      });
      if (!ok)
        return problem(collection, id,
                       "bagian \"" + d.part->nama + "\" tidak ditandatangani oleh yang berwenang (" + peran_list(*d.part) + ")",
                       "part \"" + d.part->nama + "\" is not signed by someone allowed to write it (" +
                           peran_list(*d.part) + ")");
    }
    return std::nullopt;
  }

  RoleContext& roles() { return roles_; }
  Vouchers& vouchers() { return vouchers_; }

  static TrustProblem problem(std::string_view c, std::string_view id, std::string mid, std::string men) {
    return {std::string(c), std::string(id), std::move(mid), std::move(men)};
  }

 private:
  const RulesKewenangan& rules_;
  Vouchers vouchers_;
  RoleContext roles_;
};

void drop(Store& s, const std::string& collection, const std::string& id, const json& version) {
  auto c = s.collections.find(collection);
  if (c == s.collections.end()) return;
  auto e = c->second.find(id);
  if (e == c->second.end()) return;
  if (&e->second.current == &version || e->second.current == version) {
    c->second.erase(e);  // without its current version the key does not come in at all
    if (c->second.empty()) s.collections.erase(c);
    return;
  }
  auto& others = e->second.others;
  others.erase(std::remove(others.begin(), others.end(), version), others.end());
}

}  // namespace

TrustReport filter_incoming(const Store& base, Store& incoming, const TrustAnchor& anchor, const RulesKewenangan& rules) {
  TrustReport out;
  Checker c(anchor, rules);
  c.vouchers().add_held(base);
  c.vouchers().add_incoming(incoming, out.refused);
  // A refused key or signature record does not enter either; it leaves the
  // file once every record is checked, since what the accepted ones signed
  // is read in place (Vouchers) and no check reads those two collections.
  const std::size_t refused_vouching = out.refused.size();
  c.roles().add_store(base);

  // Records whose writers need no roles first (master data, kiosk records),
  // then SKPs (realisations find their owner through them), then the rest;
  // each pass teaches the roles what it accepted.
  std::vector<std::vector<std::string>> passes(3);
  for (const auto& [collection, records] : incoming.collections) {
    if (collection == kKeys || collection == kSignatures) continue;
    const KoleksiKewenangan* k = rules.find(collection);
    const std::size_t pass = k && needs_no_roles(*k) ? 0 : collection == "skps" ? 1 : 2;
    passes[pass].push_back(collection);
  }
  for (const auto& pass : passes)
    for (const auto& collection : pass) {
      std::vector<std::pair<std::string, json>> refused;
      for_each_version(incoming, collection, [&](const std::string& id, const json& v) {
        ++out.checked;
        if (auto p = c.check(collection, v)) {
          out.refused.push_back(std::move(*p));
          refused.emplace_back(id, v);
        }
      });
      for (const auto& [id, v] : refused) drop(incoming, collection, id, v);
      for_each_version(incoming, collection, [&](const std::string&, const json& v) { c.roles().add(collection, v); });
    }
  for (std::size_t i = 0; i < refused_vouching; ++i) {
    const auto& p = out.refused[i];
    const auto* e = find_entry(incoming, p.collection, p.id);
    if (e) drop(incoming, p.collection, p.id, json(e->current));
  }
  return out;
}

TrustReport verify_store(const Store& s, const TrustAnchor& anchor, const RulesKewenangan& rules) {
  Store copy = s;
  return filter_incoming(Store{}, copy, anchor, rules);
}

}  // namespace kinerja::trust
