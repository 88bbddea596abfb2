// Riwayat: the history of one record as the signatures merge keeps tell it —
// each saved action that wrote the record or one of its parts: who (the
// registered key's holder), when, which parts changed since the entry before,
// whether the signature verifies (a key the city's root key registered, valid
// then, over exactly these bytes) and whether it vouches for the version held
// now. Who may see it: a BKPSDM admin every record, a pejabat penilai (Plt/Plh
// too) their team's, an employee their own — the same roles the kewenangan
// rules give (core/trust/roles), never a screen's own rule.
#pragma once
#include "core/rules/kewenangan.hpp"
#include "core/sync/store.hpp"
#include "core/trust/keys.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace kinerja::trust {

struct RiwayatEntry {
  std::string signature_id;
  std::string key_id;
  std::string signer;     // the key holder: a NIP, "admin", or a kiosk's unit id
  Peran signer_peran = Peran::invalid;
  std::string signed_at;  // ISO 8601 UTC
  bool whole = false;     // vouches for a whole version (its writer saved it)
  std::vector<std::string> parts;    // the parts it vouches for (kewenangan bagian names)
  std::vector<std::string> changed;  // of those, the parts whose content differs from the entry before ("*": the whole record is new)
  bool valid = false;
  std::string problem_id, problem_en;  // why not valid
  bool current = false;   // vouches for what the store holds now
  bool operator==(const RiwayatEntry&) const = default;
};

// Oldest first. Empty when nothing signed the record.
std::vector<RiwayatEntry> riwayat(const Store&, const TrustAnchor&, const RulesKewenangan&, std::string_view collection,
                                  std::string_view id);

// Whether `viewer` (a NIP with Peran::pegawai, or Peran::admin) may see the record's history.
bool boleh_lihat_riwayat(const Store&, const RulesKewenangan&, Peran viewer, std::string_view viewer_nip,
                         std::string_view collection, std::string_view id);

}  // namespace kinerja::trust
