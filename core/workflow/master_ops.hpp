// What an admin does to master data (units, employees, raters per period,
// indicator library, periods, CKO) as operations: the record version to
// store, built on top of the current record (fields the form does not show
// stay), or the reasons it is refused, each naming the field ("/nip").
// The checks themselves are master_data.hpp's check_master_record: the same
// reader every file goes through, plus the checks that span records.
#pragma once
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/sync/store.hpp"
#include "core/workflow/operation.hpp"

namespace kinerja {

// An admin's form for one record, as typed.
struct FormulirDataInduk {
  std::map<std::string, std::string> isian;  // field → text as typed (flags "1" / "0")
  // Text fields: trimmed; empty removes the field. "obj.field" is a field of a
  // nested object; the first one listed for an object decides whether it is
  // there at all (empty removes the whole object, e.g. an indicator's source).
  std::vector<std::string> teks;
  std::vector<std::string> angka;            // whole numbers (kept as typed when not one: the check names it)
  std::vector<std::string> tanda;            // true/false flags
};

// The record `id` of `collection` from the form, checked; one change or the refusals.
OperationResult simpan_data_induk(const Store&, std::string_view collection, const std::string& id,
                                  const FormulirDataInduk&);

// A service unit's population (penerima layanan) for one period, as typed: a
// whole number 0–100,000,000; empty removes it. Refused with the field named
// (/penerima_layanan/jumlah) for anything else, for a unit that does not serve
// the public, or a period that does not exist.
OperationResult simpan_penerima_layanan(const Store&, std::string_view unit_id, std::string_view period_id,
                                        std::string_view jumlah);

// Locks or opens a period: a locked period refuses every change to the
// realisations and assessments in it (merge enforces it on every device).
OperationResult ubah_kunci_periode(const Store&, std::string_view period_id, bool locked);

}  // namespace kinerja
