#include "core/trust/verify.hpp"

#include "core/base/calendar.hpp"
#include "core/sync/scope.hpp"
#include "core/trust/parts.hpp"
#include "core/trust/roles.hpp"
#include "core/trust/signatures.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

namespace kinerja::trust {
namespace {

using nlohmann::json;

std::string text(const json& j, const char* k) {
  const auto it = j.find(k);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::string item_key(std::string_view c, std::string_view id, std::string_view part, std::string_view digest) {
  std::string k;
  k.reserve(c.size() + id.size() + part.size() + digest.size() + 3);
  k.append(c).push_back('\x1f');
  k.append(id).push_back('\x1f');
  k.append(part).push_back('\x1f');
  k.append(digest);
  return k;
}

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
  Checker(const TrustAnchor& anchor, const RulesKewenangan& rules) : anchor_(anchor), rules_(rules) {}

  // Registrations and signatures: from what the store holds (trusted) and
  // from the file (each checked; a bad one is refused).
  void learn_keys(const Store& s, std::vector<TrustProblem>* refuse) {
    for_each(s, kKeys, [&](const std::string& id, const json& v) {
      const RegistrationRead r = read_registration(v, anchor_);
      if (r.key) keys_[id] = *r.key;
      else if (refuse) refuse->push_back(problem(kKeys, id, r.error->message_id, r.error->message_en));
    });
  }

  void learn_signatures(const Store& s, std::vector<TrustProblem>* refuse) {
    for_each(s, kSignatures, [&](const std::string& id, const json& v) {
      const auto fail = [&](std::string mid, std::string men) {
        if (refuse) refuse->push_back(problem(kSignatures, id, std::move(mid), std::move(men)));
      };
      const auto key = keys_.find(text(v, "key_id"));
      if (key == keys_.end()) return fail("tanda tangan dengan kunci yang tidak terdaftar", "signed with a key that is not registered");
      const auto when = parse_timestamp_ms(text(v, "signed"));
      if (!when) return fail("waktu tanda tangan tidak sah", "the signing time is not a timestamp");
      if (!key->second.valid_at(*when))
        return fail("kunci belum berlaku atau sudah dicabut pada waktu tanda tangan",
                    "the key was not yet valid or already revoked when this was signed");
      const auto sig = crypto::from_hex<64>(text(v, "signature"));
      if (!sig || !crypto::verify(signature_payload(v), *sig, key->second.public_key))
        return fail("tanda tangan tidak cocok dengan isinya", "the signature does not match what it signs");
      const auto items = v.find("items");
      if (items == v.end() || !items->is_array()) return fail("daftar isi tanda tangan tidak ada", "the signed items are missing");
      for (const auto& item : *items) {
        if (!item.is_array() || item.size() != 4) continue;
        bool strings = true;
        for (const auto& x : item) strings = strings && x.is_string();
        if (!strings) continue;
        covered_[item_key(item[0].get_ref<const std::string&>(), item[1].get_ref<const std::string&>(),
                          item[2].get_ref<const std::string&>(), item[3].get_ref<const std::string&>())]
            .push_back(&key->second);
      }
    });
  }

  // Why `v` does not count, or nothing when it does.
  std::optional<TrustProblem> check(const std::string& collection, const json& v) const {
    const std::string id = text(v, "id");
    if (is_partial(v)) return std::nullopt;  // a projection never replaces a full record (docs/sync.md)
    const KoleksiKewenangan* k = rules_.find(collection);
    if (k == nullptr)
      return problem(collection, id, "koleksi ini tidak punya aturan kewenangan", "no authority rule covers this collection");
    const std::string author = text(v, "author");
    // The writer: a signature over exactly this version by its author, who
    // may write some part of the record.
    bool writer = false;
    if (const auto it = covered_.find(item_key(collection, id, "", version_digest(collection, v))); it != covered_.end())
      for (const KeyRegistration* key : it->second) {
        if (key->author() != author) continue;
        const auto roles = roles_.roles_of(*key, *k, v);
        for (const auto& b : k->bagian)
          for (Peran p : roles) writer = writer || b.allows(p);
      }
    if (!writer)
      return problem(collection, id,
                     "tidak ditandatangani penulisnya (" + author + ") atau penulisnya tidak berwenang atas data ini",
                     "not signed by its author (" + author + "), or its author may not write this record");
    if (k->bagian.size() < 2) return std::nullopt;
    for (const auto& d : part_digests(*k, collection, v)) {
      if (!d.has_value) continue;
      bool ok = false;
      if (const auto it = covered_.find(item_key(collection, id, d.part->nama, d.digest)); it != covered_.end())
        for (const KeyRegistration* key : it->second)
          for (Peran p : roles_.roles_of(*key, *k, v)) ok = ok || d.part->allows(p);
      if (!ok)
        return problem(collection, id,
                       "bagian \"" + d.part->nama + "\" tidak ditandatangani oleh yang berwenang (" + peran_list(*d.part) + ")",
                       "part \"" + d.part->nama + "\" is not signed by someone allowed to write it (" +
                           peran_list(*d.part) + ")");
    }
    return std::nullopt;
  }

  RoleContext& roles() { return roles_; }

  template <typename Fn>
  static void for_each(const Store& s, std::string_view collection, Fn&& fn) {
    const auto c = s.collections.find(collection);
    if (c == s.collections.end()) return;
    for (const auto& [id, entry] : c->second) {
      fn(id, entry.current);
      for (const auto& o : entry.others) fn(id, o);
    }
  }

  static TrustProblem problem(std::string_view c, std::string_view id, std::string mid, std::string men) {
    return {std::string(c), std::string(id), std::move(mid), std::move(men)};
  }

 private:
  const TrustAnchor& anchor_;
  const RulesKewenangan& rules_;
  std::unordered_map<std::string, KeyRegistration> keys_;
  std::unordered_map<std::string, std::vector<const KeyRegistration*>> covered_;
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
  c.learn_keys(base, nullptr);
  c.learn_keys(incoming, &out.refused);
  c.learn_signatures(base, nullptr);
  c.learn_signatures(incoming, &out.refused);
  for (const auto& p : out.refused) {
    // a refused key or signature record does not enter either
    const auto* e = find_entry(incoming, p.collection, p.id);
    if (e) drop(incoming, p.collection, p.id, json(e->current));
  }
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
      Checker::for_each(incoming, collection, [&](const std::string& id, const json& v) {
        ++out.checked;
        if (auto p = c.check(collection, v)) {
          out.refused.push_back(std::move(*p));
          refused.emplace_back(id, v);
        }
      });
      for (const auto& [id, v] : refused) drop(incoming, collection, id, v);
      Checker::for_each(incoming, collection, [&](const std::string&, const json& v) { c.roles().add(collection, v); });
    }
  return out;
}

TrustReport verify_store(const Store& s, const TrustAnchor& anchor, const RulesKewenangan& rules) {
  Store copy = s;
  return filter_incoming(Store{}, copy, anchor, rules);
}

}  // namespace kinerja::trust
