// Keys for the demo city, clearly a demo: every key here comes from a public
// phrase, so anyone can make them and they prove nothing outside the demo.
// They let the demo work from the first visit and every test sign: each demo
// person, the BKPSDM admin and each service unit's kiosk has a registered
// key, and every demo record is signed by whoever may write it.
#pragma once
#include "core/rules/kewenangan.hpp"
#include "core/sync/store.hpp"
#include "core/trust/keys.hpp"
#include "core/trust/signatures.hpp"

#include <cstdint>
#include <string_view>

namespace kinerja::trust {

inline constexpr std::string_view kDemoAdminNip = "bkpsdm-demo";
inline constexpr std::string_view kDemoDevice = "demo-samarinda";
inline constexpr std::string_view kDemoKeysFrom = "2020-01-01T00:00:00Z";

// The demo's root key pair and anchor ("DEMO" in its label).
crypto::KeyPair demo_root();
TrustAnchor demo_anchor();
// The key pair of a demo identity: a NIP, kDemoAdminNip, or "kiosk:<unit id>".
crypto::KeyPair demo_key(std::string_view identity);
// The registration id of a demo identity's key.
std::string demo_key_id(std::string_view identity);
// The signer that writes as `author` ("admin", "kiosk" of `unit_id`, or a NIP).
Signer demo_signer(std::string_view author, std::string_view unit_id = {});
// The demo root's registration record of a demo signer's key.
nlohmann::json demo_registration(const Signer&);

// Registers the demo keys (every employee, the admin, every service unit's
// kiosk) in `store` and signs every record in it as the rules require.
void sign_demo_store(Store&, const RulesKewenangan&, std::int64_t now_ms);

}  // namespace kinerja::trust
