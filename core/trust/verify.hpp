// Checking who wrote what: every record version must carry a valid signature
// by its author, whose key the city registered, and every part of it (see
// core/trust/parts) a valid signature by someone the kewenangan rules allow
// to write that part — the owner, the assigned pejabat penilai (Plt/Plh
// included), the atasan pejabat penilai, a BKPSDM admin or the unit's kiosk.
// What a file claims (its scope, a record's "author") proves nothing.
#pragma once
#include "core/rules/kewenangan.hpp"
#include "core/sync/store.hpp"
#include "core/trust/keys.hpp"

#include <string>
#include <vector>

namespace kinerja::trust {

struct TrustProblem {
  std::string collection, id;
  std::string message_id, message_en;  // Indonesian and English: why the version does not count
};

struct TrustReport {
  std::vector<TrustProblem> refused;
  std::size_t checked = 0;  // record versions looked at
};

// An import: the incoming versions checked against what `base` already holds
// (its keys, signatures, employees, SKPs and assignments) together with what
// the file brings. The refused versions are taken out of `incoming`.
TrustReport filter_incoming(const Store& base, Store& incoming, const TrustAnchor&, const RulesKewenangan&);

// Every version of a store on its own (`kinerja verify`): the problems, none
// when every record is signed by those allowed to write it.
TrustReport verify_store(const Store&, const TrustAnchor&, const RulesKewenangan&);

}  // namespace kinerja::trust
