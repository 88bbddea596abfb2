// Small-group suppression for published count tables (the public dashboard).
//
// A table is a grid of counts with optional margins: row totals in an extra
// last column, column totals in an extra last row, the grand total in the
// corner. Every count smaller than k is suppressed (primary; zero included,
// because a published zero next to a published total can reveal everyone's
// predikat in a unit). Then cells are added (complementary) until
//   - no suppressed cell is determined by the published cells through the
//     table's sum equations (checked exactly: see suppression.cpp), and
//   - in every line whose total is published, the suppressed cells of that
//     line add up to at least k, so even their sum is a group of ≥ k people.
// Not covered here: bounds an attacker can get from non-negativity across
// several lines (a group proved to hold 1 … k−1 people). That is the job of
// the audit that runs after this (core/calc/audit_publik), which hides more
// until no such group can be proved; this pass is its cheap starting point.
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

namespace kinerja {

inline constexpr std::int64_t kDefaultMinGroup = 5;

struct CountTable {
  std::size_t rows = 0;      // interior rows
  std::size_t cols = 0;      // interior columns
  bool row_totals = true;    // an extra last column holds each row's sum
  bool col_totals = true;    // an extra last row holds each column's sum
  std::vector<std::int64_t> values;  // height() × width(), row-major, margins included

  std::size_t width() const { return cols + (row_totals ? 1 : 0); }
  std::size_t height() const { return rows + (col_totals ? 1 : 0); }
  std::int64_t at(std::size_t r, std::size_t c) const { return values[r * width() + c]; }
};

enum class CellStatus : std::uint8_t { published, primary, complementary };

// Fill the margins of `t` from its interior (the interior must be filled).
void fill_totals(CountTable& t);

// The status of every cell of `t` (same layout as t.values). k < 1 is read as 1.
std::vector<CellStatus> suppress(const CountTable& t, std::int64_t k = kDefaultMinGroup);

// Suppressed cells whose value follows exactly from the published cells and the
// table's equations (empty for the output of `suppress`). Exposed so callers
// can re-check a pattern they edited and so tests can cross-check it.
std::vector<std::size_t> determined_cells(const CountTable& t, const std::vector<CellStatus>& status);

inline bool is_suppressed(CellStatus s) { return s != CellStatus::published; }

} // namespace kinerja
