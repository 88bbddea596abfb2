#include "web/device_keys.hpp"

#include "core/base/calendar.hpp"
#include "core/rules/rules.hpp"
#include "core/trust/demo_keys.hpp"
#include "core/trust/key_request.hpp"
#include "core/trust/publik_signature.hpp"
#include "web/data_actions.hpp"
#include "web/i18n.hpp"
#include "web/platform.hpp"

#include <cstring>
#include <fstream>
#include <sstream>

namespace kinerja::web {

using nlohmann::json;

namespace {

const DeviceKey* held_key(const AppState& s, std::string_view identity) {
  for (const auto& k : s.keys.held)
    if (k.identity == identity) return &k;
  return nullptr;
}

// The registration of a public key in the store, read under the city's key.
std::optional<trust::KeyRegistration> registration_of(const AppState& s, std::string_view public_key_hex) {
  if (!s.city_key.anchor) return std::nullopt;
  const auto keys = s.data.local.store.collections.find(trust::kKeys);
  if (keys == s.data.local.store.collections.end()) return std::nullopt;
  std::optional<trust::KeyRegistration> found;
  for (const auto& [id, entry] : keys->second) {
    if (record_deleted(entry.current) || entry.current.value("public_key", "") != public_key_hex) continue;
    if (auto r = trust::read_registration(entry.current, *s.city_key.anchor); r.key) found = std::move(r.key);
  }
  return found;
}

// The device's name for a registered key's holder: "admin", "kiosk:<unit>", a NIP.
std::string device_identity(const trust::KeyRegistration& k) {
  if (k.peran == Peran::admin) return "admin";
  if (k.peran == Peran::kiosk) return "kiosk:" + k.unit_id;
  return k.nip;
}

int ask_signature(AppState& s, std::string_view identity, std::string_view payload) {
  const int id = s.keys.next_id++;
  platform::sign_with_device_key(identity, payload, id);
  return id;
}

}  // namespace

void load_device_keys(AppState& s, const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return;
  std::ostringstream bytes;
  bytes << in.rdbuf();
  const json list = json::parse(bytes.str(), nullptr, false);
  if (!list.is_array()) return;
  for (const auto& k : list)
    if (k.is_object() && k.value("identity", "") != "")
      s.keys.held.push_back({k.value("identity", ""), k.value("public_key", ""), k.value("created", "")});
}

KeyStatus key_status(const AppState& s, std::string_view identity) {
  KeyStatus out;
  out.held = held_key(s, identity);
  if (out.held == nullptr) return out;
  if (const auto pk = crypto::from_hex<32>(out.held->public_key)) out.fingerprint = trust::fingerprint(*pk);
  if (const auto reg = registration_of(s, out.held->public_key)) {
    out.key_id = reg->id;
    out.valid_from = format_timestamp_ms(reg->valid_from_ms);
    if (reg->revoked_ms) out.revoked = format_timestamp_ms(*reg->revoked_ms);
  }
  return out;
}

trust::SignerFor signer_for(const AppState& s) {
  return [&s](std::string_view author, std::string_view unit_id) -> std::optional<trust::Signer> {
    if (author.empty() || author == "system") return std::nullopt;
    const std::string identity = author == "kiosk" ? "kiosk:" + std::string(unit_id) : std::string(author);
    if (const DeviceKey* k = held_key(s, identity))
      if (auto reg = registration_of(s, k->public_key); reg && reg->valid_at(s.data.now_ms)) {
        trust::Signer own;
        own.key = std::move(*reg);
        own.external = true;
        return own;
      }
    // the demo city's keys are public phrases: they sign only where the demo's root key is trusted
    if (s.city_key.anchor && s.city_key.anchor->demo) return trust::demo_signer(author, unit_id);
    return std::nullopt;
  };
}

void sign_changes(AppState& s, std::vector<Change>& changes) {
  if (changes.empty()) return;  // most frames: and the rules are then not read before the first frame
  auto pending = trust::signatures_to_make(s.data.local.store, changes, default_rules().kewenangan, signer_for(s),
                                           s.data.now_ms);
  for (auto& p : pending) {
    if (p.signer.external) {
      const std::string identity = device_identity(p.signer.key);
      const int id = ask_signature(s, identity, p.payload);
      s.keys.pending.emplace(id, std::move(p));
      continue;
    }
    const crypto::Signature sig = crypto::sign(p.payload, p.signer.secret);
    const std::string key_id = p.signer.key.id;
    if (auto c = trust::add_signature(s.data.local.store, std::move(p), sig, s.data.local.device, s.data.now_ms)) {
      changes.push_back(std::move(*c));
      s.keys.last_key_id = key_id;
    }
  }
}

bool sign_publik_figures(AppState& s, const json& figures) {
  const auto admin = signer_for(s)("admin", "");
  const json* registration = admin ? find_record(s.data.local.store, trust::kKeys, admin->key.id) : nullptr;
  if (registration == nullptr) return false;
  auto p = trust::publik_to_sign(figures, admin->key.id, *registration, s.data.now_ms);
  if (admin->external) {
    const int id = ask_signature(s, "admin", p.payload);
    s.keys.publik.emplace(id, std::move(p.document));
    return true;
  }
  platform::download("publik.json",
                     trust::with_publik_signature(std::move(p.document), crypto::sign(p.payload, admin->secret)).dump(1) + "\n",
                     "application/json");
  return true;
}

void create_key(AppState& s, std::string_view identity) {
  s.keys.creating = std::string(identity);
  s.keys.error.clear();
  platform::create_device_key(identity);
}

void request_key_file(AppState& s, std::string_view identity, std::string_view name) {
  const DeviceKey* k = held_key(s, identity);
  const auto pk = k ? crypto::from_hex<32>(k->public_key) : std::nullopt;
  if (!pk) return;
  const std::string device = s.device_name.empty() ? s.data.local.device : s.device_name;
  trust::KeyRequest r;
  r.name = std::string(name);
  if (identity == "admin") {
    r.peran = Peran::admin;
    r.nip = "admin";
  } else if (identity.starts_with("kiosk:")) {
    r.peran = Peran::kiosk;
    r.nip = r.unit_id = std::string(identity.substr(6));
  } else {
    r.nip = std::string(identity);
  }
  r.public_key = *pk;
  r.device = device;
  r.created = format_timestamp_ms(s.data.now_ms);
  json request = trust::key_request_unsigned(r);
  const int id = ask_signature(s, identity, trust::key_request_payload(request));
  s.keys.requests.emplace(id, std::move(request));
}

void on_device_key_created(AppState& s, std::string_view identity, std::string_view public_key_hex, std::string_view error) {
  s.keys.creating.clear();
  if (!error.empty() || !crypto::from_hex<32>(public_key_hex)) {
    s.keys.error = std::string(tr(s.lang, "kunci.create_failed")) + " (" + std::string(error) + ")";
    return;
  }
  std::erase_if(s.keys.held, [&](const DeviceKey& k) { return k.identity == identity; });
  s.keys.held.push_back({std::string(identity), std::string(public_key_hex), format_timestamp_ms(s.data.now_ms)});
}

void on_device_signature(AppState& s, int request_id, std::string_view signature) {
  const bool sig = signature.size() == 64;
  crypto::Signature bytes{};
  if (sig) std::memcpy(bytes.data(), signature.data(), bytes.size());
  if (auto it = s.keys.publik.find(request_id); it != s.keys.publik.end()) {
    json document = std::move(it->second);
    s.keys.publik.erase(it);
    if (!sig) {
      s.keys.error = tr(s.lang, "kunci.sign_failed");
      return;
    }
    platform::download("publik.json", trust::with_publik_signature(std::move(document), bytes).dump(1) + "\n",
                       "application/json");
    return;
  }
  if (auto it = s.keys.requests.find(request_id); it != s.keys.requests.end()) {
    json request = std::move(it->second);
    s.keys.requests.erase(it);
    if (!sig) {
      s.keys.error = tr(s.lang, "kunci.sign_failed");
      return;
    }
    request["proof"] = crypto::to_hex(bytes);
    const std::string name = "permintaan-kunci-" + request.value("nip", "") + ".json";
    platform::download(name, request.dump(2) + "\n", "application/json");
    s.keys.last_request = name;
    return;
  }
  const auto it = s.keys.pending.find(request_id);
  if (it == s.keys.pending.end()) return;
  trust::PendingSignature p = std::move(it->second);
  s.keys.pending.erase(it);
  const std::string key_id = p.signer.key.id;
  std::optional<Change> c;
  if (sig) c = trust::add_signature(s.data.local.store, std::move(p), bytes, s.data.local.device, s.data.now_ms);
  if (!c) {
    // the save stays, unsigned: other devices will refuse it until it is saved again
    s.keys.error = tr(s.lang, "kunci.sign_failed");
    return;
  }
  s.keys.last_key_id = key_id;
  commit_changes(s, {*c});
}

void open_key_request(AppState& s, std::string_view name, std::string_view bytes) {
  auto read = trust::read_key_request(bytes);
  auto& kunci = s.admin_ui.kunci;
  if (!read.request) {
    kunci.error = std::string(name) + ": " +
                  format_error(*read.error, s.lang == Lang::id ? ErrorLanguage::id : ErrorLanguage::en);
    kunci.done.clear();
    return;
  }
  std::erase_if(kunci.requests, [&](const trust::KeyRequest& r) { return r.public_key == read.request->public_key; });
  kunci.requests.push_back(std::move(*read.request));
  kunci.error.clear();
}

}  // namespace kinerja::web
