// BKPSDM's side of "Kunci saya": approving a person's key request (the
// registration signed by the city's root key, and the revocation of that
// person's earlier keys — a new phone replaces the lost one) and revoking a
// key. What a revoked key signed before its revocation stays valid.
#pragma once
#include "core/trust/key_request.hpp"
#include "core/trust/keys.hpp"
#include "core/workflow/operation.hpp"

#include <cstdint>
#include <string_view>

namespace kinerja {

// `root` must be the city's root key (its public half is `anchor`'s).
OperationResult setujui_permintaan_kunci(const Store&, const trust::KeyRequest&, const crypto::KeyPair& root,
                                         const trust::TrustAnchor& anchor, std::int64_t now_ms);
OperationResult cabut_kunci(const Store&, std::string_view key_id, const crypto::KeyPair& root,
                            const trust::TrustAnchor& anchor, std::int64_t now_ms);

// The registration id a request gets: its NIP and the start of its key.
std::string key_id_for(const trust::KeyRequest&);

}  // namespace kinerja
