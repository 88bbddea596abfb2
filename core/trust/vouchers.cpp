#include "core/trust/vouchers.hpp"

#include "core/base/calendar.hpp"
#include "core/trust/signatures.hpp"

#include <cstring>

namespace kinerja::trust {

using nlohmann::json;

namespace {

std::string text(const json& j, const char* k) {
  const auto it = j.find(k);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// A signed item's digest as this build writes it (64 lower-case hex digits);
// nothing else can ever equal a digest computed here.
std::optional<crypto::Digest> item_digest(const std::string& hex) {
  for (const char c : hex)
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return std::nullopt;
  return crypto::from_hex<32>(hex);
}

TrustProblem problem(std::string_view collection, const std::string& id, std::string mid, std::string men) {
  return {std::string(collection), id, std::move(mid), std::move(men)};
}

}  // namespace

std::size_t Vouchers::DigestHash::operator()(const crypto::Digest& d) const {
  std::size_t h = 0;  // SHA-256 output: any 8 of its bytes are as good a hash as any
  std::memcpy(&h, d.data(), sizeof h);
  return h;
}

void Vouchers::add_held(const Store& held) {
  for_each_version(held, kKeys, [&](const std::string& id, const json& v) { keys_[id].held.push_back(&v); });
  for_each_version(held, kSignatures, [&](const std::string&, const json& v) {
    cover(signatures_.emplace_back(Signature{&v, State::unchecked, nullptr}));
  });
}

void Vouchers::add_incoming(const Store& incoming, std::vector<TrustProblem>& refused) {
  for_each_version(incoming, kKeys, [&](const std::string& id, const json& v) {
    RegistrationRead r = read_registration(v, anchor_);
    if (!r.key) return refused.push_back(problem(kKeys, id, r.error->message_id, r.error->message_en));
    KeySlot& slot = keys_[id];  // a valid registration in the file replaces the store's
    slot.key = std::move(r.key);
    slot.read = true;
  });
  for_each_version(incoming, kSignatures, [&](const std::string& id, const json& v) {
    Signature s{&v, State::unchecked, nullptr};
    if (auto why = check(s)) return refused.push_back(problem(kSignatures, id, why->message_id, why->message_en));
    cover(signatures_.emplace_back(s));
  });
}

const KeyRegistration* Vouchers::key(const std::string& id) {
  const auto it = keys_.find(id);
  if (it == keys_.end()) return nullptr;
  KeySlot& slot = it->second;
  if (!slot.read) {
    // the store's last valid version, as if each had been read in turn
    slot.read = true;
    for (auto v = slot.held.rbegin(); v != slot.held.rend() && !slot.key; ++v) slot.key = read_registration(**v, anchor_).key;
  }
  return slot.key ? &*slot.key : nullptr;
}

std::optional<Vouchers::Refusal> Vouchers::check(Signature& s) {
  s.state = State::bad;
  const json& v = *s.record;
  const KeyRegistration* k = key(text(v, "key_id"));
  if (k == nullptr) return Refusal{"tanda tangan dengan kunci yang tidak terdaftar", "signed with a key that is not registered"};
  const auto when = parse_timestamp_ms(text(v, "signed"));
  if (!when) return Refusal{"waktu tanda tangan tidak sah", "the signing time is not a timestamp"};
  if (!k->valid_at(*when))
    return Refusal{"kunci belum berlaku atau sudah dicabut pada waktu tanda tangan",
                   "the key was not yet valid or already revoked when this was signed"};
  const auto sig = crypto::from_hex<64>(text(v, "signature"));
  if (!sig || !crypto::verify(signature_payload(v), *sig, k->public_key))
    return Refusal{"tanda tangan tidak cocok dengan isinya", "the signature does not match what it signs"};
  const auto items = v.find("items");
  if (items == v.end() || !items->is_array()) return Refusal{"daftar isi tanda tangan tidak ada", "the signed items are missing"};
  s.state = State::good;
  s.key = k;
  return std::nullopt;
}

void Vouchers::cover(Signature& s) {
  const json& v = *s.record;
  const auto items = v.find("items");
  if (items == v.end() || !items->is_array()) return;
  for (const auto& item : *items) {
    if (!item.is_array() || item.size() != 4) continue;
    bool strings = true;
    for (const auto& x : item) strings = strings && x.is_string();
    if (!strings) continue;
    const auto digest = item_digest(item[3].get_ref<const std::string&>());
    if (!digest) continue;
    covered_[*digest].push_back({item[0].get_ref<const std::string&>(), item[1].get_ref<const std::string&>(),
                                 item[2].get_ref<const std::string&>(), &s});
  }
}

bool Vouchers::signed_by(const crypto::Digest& digest, std::string_view collection, std::string_view id,
                         std::string_view part, const std::function<bool(const KeyRegistration&)>& accept) {
  const auto it = covered_.find(digest);
  if (it == covered_.end()) return false;
  // Signatures already checked first; the store's are checked only when
  // none of those will do.
  for (const State pass : {State::good, State::unchecked})
    for (const Cover& c : it->second) {
      if (c.by->state != pass || !c.names(collection, id, part)) continue;
      if (pass == State::unchecked && check(*c.by)) continue;
      if (accept(*c.by->key)) return true;
    }
  return false;
}

}  // namespace kinerja::trust
