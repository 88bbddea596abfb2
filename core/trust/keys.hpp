// Who holds which key. The city's root key (its public half ships with the
// site) signs every key registration; a registration binds a public key to a
// NIP with a role (a person, a BKPSDM admin, or a unit's kiosk) from a time
// on, until it is revoked. Registrations are records of the "keys"
// collection and travel in files like any other record; what makes them
// count is the root signature, never who claims to have written them.
#pragma once
#include "core/base/crypto.hpp"
#include "core/base/error.hpp"
#include "core/rules/kewenangan.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kinerja::trust {

inline constexpr std::string_view kKeys = "keys";
inline constexpr std::string_view kSignatures = "signatures";

// The public half of the city's root key and how it is shown.
struct TrustAnchor {
  crypto::PublicKey root{};
  std::string label;  // "Pemerintah Kota Samarinda", or a demo's name
  bool demo = false;
};
// The root key's fingerprint as people compare it: 8 groups of 4 hex digits
// of SHA-256 over the public key.
std::string fingerprint(const crypto::PublicKey&);

// A registration as read from its record.
struct KeyRegistration {
  std::string id;
  std::string nip;       // a person's NIP; for a kiosk, the unit id
  Peran peran = Peran::invalid;  // pegawai (any person), admin, or kiosk
  std::string unit_id;   // kiosk only
  crypto::PublicKey public_key{};
  std::int64_t valid_from_ms = 0;
  std::optional<std::int64_t> revoked_ms;
  // The name a record's `author` gives this key's holder: the NIP, "admin", "kiosk".
  std::string author() const;
  bool valid_at(std::int64_t ms) const;
};

// The bytes the root key signs: the registration's own fields except the
// signature, with its collection and id, in canonical JSON.
std::string registration_payload(const nlohmann::json& record);

// A registration record (own fields and "id") signed by `root`.
nlohmann::json make_registration(std::string_view id, std::string_view nip, Peran, std::string_view unit_id,
                                 const crypto::PublicKey&, std::string_view valid_from_iso,
                                 const crypto::SecretKey& root);
// The same registration revoked from `revoked_iso`, signed again.
nlohmann::json revoke_registration(const nlohmann::json& record, std::string_view revoked_iso,
                                   const crypto::SecretKey& root);

// The registration of a record, or why it does not count (pointer into the
// record: /root_signature, /public_key, …).
struct RegistrationRead {
  std::optional<KeyRegistration> key;
  std::optional<ValidationError> error;
};
RegistrationRead read_registration(const nlohmann::json& record, const TrustAnchor&);

}  // namespace kinerja::trust
