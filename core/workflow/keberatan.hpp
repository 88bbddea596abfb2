// Keberatan (docs/domain.md §10, PP 30/2019): an employee objects to the predikat;
// the rater explains; the atasan pejabat penilai decides — diterima (granted,
// usually with a changed predikat) or ditolak (refused) — with a note.
// Here: the list of objections of a period and the validated decision as an
// edit of the whole evaluation record. The sources name no deadline for the
// decision, so none is enforced.
#pragma once
#include "core/view/city_view.hpp"
#include "core/workflow/operation.hpp"
#include "core/base/error.hpp"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kinerja {

// Indexes into report.pegawai of the period's assessments with a keberatan:
// undecided first, then by submission time, then by employee name.
std::vector<std::size_t> daftar_keberatan(const CityView&, std::size_t period);

// The atasan pejabat penilai of an employee in a period (index into
// bundle.employees) from the assignment, or kTidakAda when none is named.
std::size_t atasan_penilai(const CityView&, std::size_t employee, std::size_t period);
// The pejabat penilai likewise.
std::size_t pejabat_penilai(const CityView&, std::size_t employee, std::size_t period);

struct KeputusanKeberatanInput {
  std::optional<KeputusanKeberatan> decision;
  std::string note;
  std::optional<Predikat> predikat_akhir;  // with diterima: the predikat after the decision
  std::string decided_by;                  // Employee id of the atasan pejabat penilai
};

struct EditKeberatan {
  nlohmann::json record;                // the whole evaluation to store (only without errors)
  std::vector<ValidationError> errors;  // pointers: /keberatan/decision, /keberatan/decision_note, ...
  bool ok() const { return errors.empty(); }
};

// The evaluation `current` (whole record JSON as stored) with its keberatan's
// decision, decision_note, decided_by and predikat_akhir set, nothing else
// changed. Refused: no keberatan in the record; no decision; a note shorter
// than 10 characters; no decided_by (the assignment names no atasan);
// diterima without a predikat_akhir, or with the same predikat as `sekarang`
// (a granted objection changes the predikat); ditolak with a predikat_akhir.
EditKeberatan putuskan_keberatan(const nlohmann::json& current, Predikat sekarang, const KeputusanKeberatanInput&);

// The atasan's decision as a workflow operation: the stored evaluation
// `evaluation_id` through putuskan_keberatan. Refused also when the period is
// locked.
OperationResult simpan_keputusan_keberatan(const Store&, const CityView&, std::string_view evaluation_id,
                                           Predikat sekarang, const KeputusanKeberatanInput&);

} // namespace kinerja
