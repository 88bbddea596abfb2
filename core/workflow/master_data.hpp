// Master data upkeep for the admin (units, employees, raters per period,
// indicator library, SKP templates, periods, CKO): the checks an edit must pass
// before it is stored, and the bulk steps an admin takes in one click —
// copying last period's rater mapping, applying one SKP as a template, finding
// employees by name/NIP/unit. Screens only lay these out.
//
// Nothing here changes a store: functions return the records to create (own
// fields and "id"; the caller sends them as edits, and merge fills the envelope).
#pragma once
#include "core/base/error.hpp"
#include "core/model/model.hpp"
#include "core/sync/store.hpp"
#include "core/workflow/operation.hpp"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace kinerja {

// The problems of one record an admin is about to create or change in
// `collection` (units, employees, periods, assignments, indicators,
// org_ratings, skps), checked by the same reader every file and the typed view
// go through, against the records it refers to in `store`; plus the checks
// that span records (NIP unique among live employees, no unit cycle, a rater
// is not their own employee). Empty when the record may be stored. Pointers
// name the field inside the record ("/nip").
std::vector<ValidationError> check_master_record(const Store& store, std::string_view collection,
                                                 const nlohmann::json& record);

// A record id built from `base` (characters outside [A-Za-z0-9._:-] become
// '-', at most 64 long) that `taken` does not know; "-2", "-3"… are appended
// until it is free.
std::string fresh_id(std::string_view base, const std::function<bool(std::string_view)>& taken);
// The same, free in one collection of `store` (tombstones count as taken).
std::string fresh_record_id(const Store& store, std::string_view collection, std::string_view base);

// The period before `period_id` of the same jenis (the latest that starts
// earlier), or "" when there is none.
std::string previous_period(const Bundle&, std::string_view period_id);

// "Salin dari periode sebelumnya": the assignments of `from_period` as new
// assignments in `to_period` for every employee that has none there yet.
// Existing mappings are never overwritten; mappings whose employee or rater no
// longer exists are left out. Refused (errors) when a period is unknown, the two
// are the same, or `to_period` is locked.
struct CopyAssignments : OperationResult {  // changes: the new assignments
  std::size_t already_mapped = 0;       // employees that keep their mapping in to_period
  std::size_t left_out = 0;             // employee or rater no longer in the data
};
CopyAssignments copy_assignments(const Bundle&, std::string_view from_period, std::string_view to_period);

// "Terapkan sebagai templat": copies of one SKP (its RHK, indicators, targets,
// ekspektasi and lampiran) for each employee in `employee_ids` who has no SKP
// for `year`, with fresh ids (SKP, RHK — unique across all SKPs — and
// indicators). Employees that already have an SKP for the year, or are
// unknown, are listed in `skipped` and nothing of theirs changes. `store`
// supplies the template's JSON (so fields this build does not know survive).
struct TemplateCopies : OperationResult {  // changes: the new SKPs
  std::vector<std::string> skipped;     // employee ids left alone
};
TemplateCopies apply_skp_template(const Store&, const Bundle&, std::string_view template_skp_id,
                                  const std::vector<std::string>& employee_ids, int year);

// Employees who could take `source`'s SKP as a template: the same jabatan
// (by_jabatan) or the same unit, without an SKP for `year`; by name.
std::vector<std::size_t> template_candidates(const Bundle&, std::size_t source, int year, bool by_jabatan);


} // namespace kinerja
