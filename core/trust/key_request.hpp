// A key request ("Kunci saya"): a person's device made a key pair and asks
// BKPSDM to register its public half for their NIP. The request is a small
// file the person hands over; it proves that its sender holds the private key
// (it is signed by it), so nobody can ask to register someone else's key. It
// gives no authority by itself: only the registration the root key signs does.
#pragma once
#include "core/base/crypto.hpp"
#include "core/base/error.hpp"
#include "core/rules/kewenangan.hpp"
#include "core/sync/store.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace kinerja::trust {

inline constexpr std::string_view kKeyRequestFormat = "kinerja-samarinda/permintaan-kunci";

struct KeyRequest {
  std::string nip;      // a person's NIP; a BKPSDM officer's label; a kiosk's unit id
  std::string name;     // as the person typed it (a kiosk: its unit's name), for the admin to compare
  Peran peran = Peran::pegawai;  // pegawai, admin or kiosk
  std::string unit_id;  // kiosk only: the service unit it stands in
  crypto::PublicKey public_key{};
  std::string device;   // the device's label
  std::string created;  // ISO 8601 UTC
  bool operator==(const KeyRequest&) const = default;
};

// The request without its proof, and the bytes the proof signs.
nlohmann::json key_request_unsigned(const KeyRequest&);
std::string key_request_payload(const nlohmann::json& request);

struct KeyRequestRead {
  std::optional<KeyRequest> request;
  std::optional<ValidationError> error;  // pointer into the file: /nip, /proof, …
};
// Reads a request file: its fields, and the proof under the key it names.
KeyRequestRead read_key_request(std::string_view bytes);
// Whether a file's bytes look like a key request (its format), before reading it.
bool is_key_request(std::string_view bytes);

}  // namespace kinerja::trust
