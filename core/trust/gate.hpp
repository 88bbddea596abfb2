// The trust check as the import pipeline and local saves use it: the gate
// every incoming version passes (browser import and `kinerja merge` alike),
// and the signing of what a person's saved action wrote.
#pragma once
#include "core/rules/kewenangan.hpp"
#include "core/sync/merge.hpp"
#include "core/sync/preview.hpp"
#include "core/trust/keys.hpp"
#include "core/trust/signatures.hpp"

#include <functional>
#include <optional>
#include <string_view>
#include <vector>

namespace kinerja::trust {

// The preview's gate: versions without valid signatures by those allowed to
// write them leave the incoming store, each as a rejected outcome with why.
IncomingGate import_gate(const TrustAnchor&, const RulesKewenangan&);

// The key that signs for an author ("admin", "kiosk" with its unit, a NIP);
// nullopt when this device holds none.
using SignerFor = std::function<std::optional<Signer>(std::string_view author, std::string_view unit_id)>;

// Signs the versions a saved action wrote: one signature record per author,
// applied to the store; returns them to journal with the rest. A version whose
// author has no key here stays unsigned (other devices will refuse it).
std::vector<Change> sign_saved(Store&, const std::vector<Change>& written, const RulesKewenangan&,
                               const SignerFor&, std::string_view device, std::int64_t now_ms);

// The same in two steps, for keys held outside this process (Signer::external):
// what to sign for each key, then each signature as it arrives. sign_saved
// makes the signatures of keys it holds; it leaves external ones out.
struct PendingSignature {
  Signer signer;
  nlohmann::json record;  // the signature record without its "signature"
  std::string payload;    // the bytes to sign
};
std::vector<PendingSignature> signatures_to_make(const Store&, const std::vector<Change>& written,
                                                 const RulesKewenangan&, const SignerFor&, std::int64_t now_ms);
// Applies a made signature as its record, once it verifies under the signer's
// public key; nullopt (nothing changes) when it does not.
std::optional<Change> add_signature(Store&, PendingSignature, const crypto::Signature&, std::string_view device,
                                    std::int64_t now_ms);

}  // namespace kinerja::trust
