// What vouches for which digest during one check (core/trust/verify): the
// registered keys and the signature records, from the store an import goes
// into and from the file it brings.
//
// The file's are checked at once, each bad one refused with its reason. The
// store's own are checked only when a version of the file needs them: the
// store verified them when they came in, and an import of a file into a store
// that already holds a city must not verify the whole city again. They are
// still verified before they vouch for anything, so a store changed behind
// the app's back vouches for nothing — the outcome is the same as checking
// them all first.
#pragma once
#include "core/base/crypto.hpp"
#include "core/sync/store.hpp"
#include "core/trust/keys.hpp"
#include "core/trust/verify.hpp"

#include <nlohmann/json.hpp>

#include <deque>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kinerja::trust {

// Every version of a collection: the current one, then the others.
template <typename Fn>
void for_each_version(const Store& s, std::string_view collection, Fn&& fn) {
  const auto c = s.collections.find(collection);
  if (c == s.collections.end()) return;
  for (const auto& [id, entry] : c->second) {
    fn(id, entry.current);
    for (const auto& o : entry.others) fn(id, o);
  }
}

class Vouchers {
 public:
  explicit Vouchers(const TrustAnchor& anchor) : anchor_(anchor) {}
  Vouchers(const Vouchers&) = delete;
  Vouchers& operator=(const Vouchers&) = delete;

  // The store's keys and signatures, read when first needed. `held` must
  // outlive this.
  void add_held(const Store& held);
  // The file's, after the store's: a registration or signature that does not
  // count is added to `refused`. What the good signatures sign is read in
  // place: `incoming` must keep them (and not change) while this is in use.
  void add_incoming(const Store& incoming, std::vector<TrustProblem>& refused);

  // Whether a valid signature by a key for which `accept` returns true covers
  // the item [collection, id, part, digest].
  bool signed_by(const crypto::Digest&, std::string_view collection, std::string_view id, std::string_view part,
                 const std::function<bool(const KeyRegistration&)>& accept);

 private:
  struct KeySlot {
    std::optional<KeyRegistration> key;  // once read
    std::vector<const nlohmann::json*> held;  // the store's versions, not yet read
    bool read = false;
  };
  enum class State { unchecked, good, bad };
  struct Signature {
    const nlohmann::json* record = nullptr;
    State state = State::unchecked;
    const KeyRegistration* key = nullptr;  // when good
  };
  struct Cover {  // one item of a signature, read in place
    std::string_view collection, id, part;
    Signature* by = nullptr;
    bool names(std::string_view c, std::string_view i, std::string_view p) const {
      return collection == c && id == i && part == p;
    }
  };
  struct DigestHash {
    std::size_t operator()(const crypto::Digest&) const;
  };
  struct Refusal {
    std::string message_id, message_en;
  };

  const KeyRegistration* key(const std::string& id);
  std::optional<Refusal> check(Signature&);
  void cover(Signature&);

  const TrustAnchor& anchor_;
  std::unordered_map<std::string, KeySlot> keys_;
  std::deque<Signature> signatures_;  // stable addresses: covers point here
  std::unordered_map<crypto::Digest, std::vector<Cover>, DigestHash> covered_;  // by the digest signed
};

}  // namespace kinerja::trust
