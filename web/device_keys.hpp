// "Kunci saya" on this device: the person's own keys, made and kept by the
// browser (shell/app.js, WebCrypto, private halves non-extractable), the key
// request file BKPSDM approves, and signing every save with the person's own
// key once BKPSDM has registered it. Until then — and in the demo city — a
// save is signed with the demo keys, which only the demo's root key trusts.
#pragma once
#include "web/app_state.hpp"

#include "core/sync/merge.hpp"
#include "core/trust/gate.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kinerja::web {

inline constexpr std::string_view kDeviceKeysPath = "/kunci-perangkat.json";

// The public halves the page listed before main.
void load_device_keys(AppState&, const std::string& path);

// Whose key: a NIP, "admin" for a BKPSDM officer, "kiosk:<unit id>" for a kiosk.
struct KeyStatus {
  const DeviceKey* held = nullptr;   // this device's key for the identity, if any
  std::string fingerprint;           // of the held key
  std::string key_id;                // its registration, "" while waiting for BKPSDM
  std::string valid_from, revoked;   // ISO times from the registration
};
KeyStatus key_status(const AppState&, std::string_view identity);

// Who signs for an author on this device: the person's own registered key,
// else (demo city only) the demo key.
trust::SignerFor signer_for(const AppState&);

// Signs what a saved action wrote: keys in this process at once (appended to
// `changes`), device keys by asking the browser (the signature is committed
// when it arrives, on_device_signature).
void sign_changes(AppState&, std::vector<Change>& changes);

// publik.json signed by this device's BKPSDM admin key and downloaded (at
// once, or when the browser has signed); false when the device holds none.
bool sign_publik_figures(AppState&, const nlohmann::json& figures);

// Asks the browser to make a key for `identity`.
void create_key(AppState&, std::string_view identity);
// The key request file for `identity` (signed by its key as proof), downloaded when signed.
void request_key_file(AppState&, std::string_view identity, std::string_view name);

// From the page: a key made (or why not), a signature made (empty: failed).
void on_device_key_created(AppState&, std::string_view identity, std::string_view public_key_hex, std::string_view error);
void on_device_signature(AppState&, int request_id, std::string_view signature);

// A key request file brought in by the admin: read and listed in Admin › Kunci,
// or refused with its place.
void open_key_request(AppState&, std::string_view name, std::string_view bytes);

}  // namespace kinerja::web
