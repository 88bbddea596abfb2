// Scoped export: which records a bundle for a given recipient may hold.
//   bkpsdm  — everything, conflicts included.
//   pegawai — their own employee record, assignments, SKPs, realisations of
//             those SKPs, evaluations (feedback inside), org ratings of their
//             unit; their unit chain, all periods, the indicator and training
//             libraries; for their pejabat penilai and atasan penilai a
//             "partial" employee record (the form's header fields: nip, name,
//             jabatan, golongan, unit_id). Nothing about colleagues.
//   penilai — their own pegawai scope plus, per assignment naming them as
//             pejabat penilai, that team member's employee record and the
//             member's assignments, realisations and evaluations of that
//             period and SKPs of that period's year.
//   publik  — no records at all; only the aggregates the caller passes.
// Partial records carry "partial": true; merge ranks a full version above a
// partial one with the same version vector and local edits refuse them, so a
// projection can never overwrite the real record. Rules: docs/sync.md.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/base/error.hpp"
#include "core/model/model.hpp"
#include "core/sync/store.hpp"

namespace kinerja {

// Employee fields kept in a partial record (plus the envelope and id).
inline constexpr std::string_view kPartialEmployeeFields[] = {"nip", "name", "jabatan", "golongan", "unit_id"};

bool is_partial(const nlohmann::json& record);

struct ScopedStore {
  Store store;
  std::vector<ValidationError> errors;  // e.g. the NIP names no employee
  bool ok() const { return errors.empty(); }
};

ScopedStore scope_store(const Store&, const Scope&);

// Adds to `out` the signature records of `full` that cover any record `out`
// holds, and the key registrations they were made with (core/trust), so the
// receiver can check what it gets; nothing about records it does not get but
// the ids a shared signature also covers.
void attach_signatures(const Store& full, Store& out);

struct ExportResult {
  std::string bytes;  // the canonical bundle; empty when errors
  std::vector<ValidationError> errors;
  bool ok() const { return errors.empty(); }
};

// scope_store + write_bundle. `aggregates` is written only for publik (and
// then is the whole content besides the header).
ExportResult export_bundle(const Store&, const Scope&, std::string_view device, std::int64_t now_ms,
                           const nlohmann::json& aggregates = nullptr);

}  // namespace kinerja
