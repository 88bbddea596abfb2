#include "core/trust/riwayat.hpp"

#include "core/base/calendar.hpp"
#include "core/trust/parts.hpp"
#include "core/trust/roles.hpp"
#include "core/trust/signatures.hpp"

#include <algorithm>
#include <map>

namespace kinerja::trust {

using nlohmann::json;

namespace {

// Whether a signature record verifies: its key registered under the root,
// valid at its time, over its own payload.
void check(const Store& store, const TrustAnchor& anchor, const json& sig, RiwayatEntry& e) {
  const auto fail = [&](std::string id, std::string en) {
    e.valid = false;
    e.problem_id = std::move(id);
    e.problem_en = std::move(en);
  };
  const json* reg_record = find_record(store, kKeys, e.key_id);
  if (reg_record == nullptr) return fail("kunci penanda tangan tidak terdaftar", "the signing key is not registered");
  const auto reg = read_registration(*reg_record, anchor);
  if (!reg.key) return fail(reg.error->message_id, reg.error->message_en);
  e.signer = reg.key->nip;
  e.signer_peran = reg.key->peran;
  const auto at = parse_timestamp_ms(e.signed_at);
  if (!at || !reg.key->valid_at(*at))
    return fail("kunci tidak berlaku pada waktu itu (dicabut atau belum berlaku)", "the key was not valid then (revoked or not yet valid)");
  const auto s = crypto::from_hex<64>(sig.value("signature", ""));
  if (!s || !crypto::verify(signature_payload(sig), *s, reg.key->public_key))
    return fail("tanda tangan tidak cocok: isinya diubah setelah ditandatangani", "the signature does not match: it was changed after signing");
  e.valid = true;
}

}  // namespace

std::vector<RiwayatEntry> riwayat(const Store& store, const TrustAnchor& anchor, const RulesKewenangan& rules,
                                  std::string_view collection, std::string_view id) {
  std::vector<RiwayatEntry> out;
  const auto sigs = store.collections.find(kSignatures);
  if (sigs == store.collections.end()) return out;
  // what the store holds now: the version's digest and each part's
  const json* now = find_record(store, collection, id);
  std::string now_digest;
  std::map<std::string, std::string> now_parts;
  if (now != nullptr) {
    now_digest = version_digest(collection, *now);
    if (const KoleksiKewenangan* k = rules.find(collection))
      for (const auto& d : part_digests(*k, collection, *now)) now_parts[d.part->nama] = d.digest();
  }
  // each item is [collection, id, part, digest]; digests per entry, to tell what changed
  std::vector<std::pair<RiwayatEntry, std::map<std::string, std::string>>> found;
  for (const auto& [sig_id, entry] : sigs->second) {
    const json& sig = entry.current;
    const auto items = sig.find("items");
    if (items == sig.end() || !items->is_array()) continue;
    RiwayatEntry e;
    std::map<std::string, std::string> digests;
    for (const auto& item : *items) {
      if (!item.is_array() || item.size() != 4 || item[0] != collection || item[1] != id) continue;
      const std::string part = item[2].is_string() ? item[2].get<std::string>() : std::string();
      const std::string digest = item[3].is_string() ? item[3].get<std::string>() : std::string();
      if (part.empty()) {
        e.whole = true;
        e.current = e.current || digest == now_digest;
      } else {
        e.parts.push_back(part);
        digests[part] = digest;
        const auto held = now_parts.find(part);
        e.current = e.current || (held != now_parts.end() && held->second == digest);
      }
    }
    if (!e.whole && e.parts.empty()) continue;
    e.signature_id = sig_id;
    e.key_id = sig.value("key_id", "");
    e.signed_at = sig.value("signed", "");
    check(store, anchor, sig, e);
    found.emplace_back(std::move(e), std::move(digests));
  }
  std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
    return a.first.signed_at != b.first.signed_at ? a.first.signed_at < b.first.signed_at
                                                   : a.first.signature_id < b.first.signature_id;
  });
  std::map<std::string, std::string> last;  // part → digest, as the entries so far left it
  for (auto& [e, digests] : found) {
    if (last.empty() && out.empty()) e.changed.push_back("*");
    for (const auto& [part, digest] : digests) {
      const auto before = last.find(part);
      if (!out.empty() && (before == last.end() || before->second != digest)) e.changed.push_back(part);
      last[part] = digest;
    }
    out.push_back(std::move(e));
  }
  return out;
}

bool boleh_lihat_riwayat(const Store& store, const RulesKewenangan& rules, Peran viewer, std::string_view viewer_nip,
                         std::string_view collection, std::string_view id) {
  if (viewer == Peran::admin) return true;
  const KoleksiKewenangan* k = rules.find(collection);
  const json* record = find_record(store, collection, id);
  if (k == nullptr || record == nullptr || viewer_nip.empty()) return false;
  RoleContext roles;
  roles.add_store(store);
  KeyRegistration as_viewer;
  as_viewer.nip = std::string(viewer_nip);
  as_viewer.peran = Peran::pegawai;
  const auto mine = roles.roles_of(as_viewer, *k, *record);
  return std::any_of(mine.begin(), mine.end(), [](Peran p) {
    return p == Peran::pegawai || p == Peran::penilai || p == Peran::atasan_penilai;
  });
}

}  // namespace kinerja::trust
