// CSV import of employee lists (what a spreadsheet or another HR system
// exports): one header row, then one employee per row. Columns (any order,
// names case-insensitive): nip, name (or nama), jabatan, jenis_jabatan,
// jenjang, golongan, status, unit_id (or unit / nama_unit: an id or a unit's
// name), is_unit_head (or kepala_unit). Separator `;` or `,` (whichever the
// header uses), fields may be quoted ("a ""b"""), a UTF-8 BOM is skipped.
//
// All or nothing, like every import: every bad row is reported ("baris 7: NIP
// … (why)") and no record comes out when any row is bad. A row whose NIP is
// already a live employee updates that employee (cells left empty keep the
// stored value); other rows become new employees.
#pragma once
#include "core/base/error.hpp"
#include "core/sync/store.hpp"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kinerja {

// One CSV record: its fields and the line it starts on (1 = the header).
struct CsvRow {
  std::size_t line = 0;
  std::vector<std::string> fields;
};

// Splits CSV text into rows (BOM skipped; CRLF or LF; quoted fields may hold
// the separator, quotes doubled, and line breaks). `separator` 0 = detect from
// the first line (`;` when it has more of them than `,`). An unterminated
// quote is an error naming the line it opened on.
struct CsvTable {
  char separator = ',';
  std::vector<CsvRow> rows;
  std::vector<ValidationError> errors;
};
CsvTable parse_csv(std::string_view bytes, char separator = 0);

// A unit named in a CSV cell by id or by name (case-insensitive, live units
// only); a name two units share is ambiguous.
struct UnitLookup {
  std::unordered_map<std::string, std::string> by_id, by_name;  // a shared name maps to ""
  explicit UnitLookup(const Store&);
  // The unit's id, or "" when unknown or ambiguous.
  std::string find(std::string_view text) const;
};

struct EmployeeCsv {
  std::vector<nlohmann::json> records;  // employees (own fields + id), in file order
  std::size_t added = 0, updated = 0;
  std::vector<ValidationError> errors;  // pointer "baris N"; non-empty → records is empty
  bool ok() const { return errors.empty(); }
};

// Reads the CSV against the store's units (by id or name) and employees (by NIP).
EmployeeCsv read_employee_csv(std::string_view bytes, const Store& store);

// The records as one bundle file (scope bkpsdm) that the ordinary import
// preview and apply read: each employee as a new version over the stored one
// (made by `device` at `now_ms`, ticking past the store's clock, so the
// preview shows it as new or updated, not as a conflict), with the units they
// refer to.
std::string employee_csv_bundle(const Store& store, const std::vector<nlohmann::json>& records,
                                std::string_view device, std::int64_t now_ms);

// A small example file (header + two rows) a user can copy and fill in.
std::string_view employee_csv_example();

} // namespace kinerja
