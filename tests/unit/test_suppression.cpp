// Tests for core/calc/suppression: fixed cases and a property test over random
// tables. The property test checks disclosure with its own exact solver
// (Gaussian elimination modulo a large prime), independent of the graph
// argument the core uses.
#include "core/calc/suppression.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <ostream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace kinerja {
inline std::ostream& operator<<(std::ostream& os, CellStatus s) {
  switch (s) {
    case CellStatus::published: return os << "published";
    case CellStatus::primary: return os << "primary";
    case CellStatus::complementary: return os << "complementary";
  }
  return os << "?";
}
} // namespace kinerja

namespace {
using kinerja::CellStatus;
using kinerja::CountTable;

CountTable make(std::size_t rows, std::size_t cols, std::vector<std::int64_t> interior,
                bool row_totals = true, bool col_totals = true) {
  CountTable t;
  t.rows = rows;
  t.cols = cols;
  t.row_totals = row_totals;
  t.col_totals = col_totals;
  t.values.assign(t.height() * t.width(), 0);
  for (std::size_t r = 0; r < rows; ++r)
    for (std::size_t c = 0; c < cols; ++c) t.values[r * t.width() + c] = interior[r * cols + c];
  kinerja::fill_totals(t);
  return t;
}

std::string show(const CountTable& t, const std::vector<CellStatus>& st) {
  std::ostringstream os;
  os << "k-table " << t.rows << "x" << t.cols << " rt=" << t.row_totals << " ct=" << t.col_totals << "\n";
  for (std::size_t r = 0; r < t.height(); ++r) {
    for (std::size_t c = 0; c < t.width(); ++c) {
      const auto i = r * t.width() + c;
      os << t.values[i] << (st[i] == CellStatus::published ? " " : st[i] == CellStatus::primary ? "* " : "+ ");
    }
    os << "\n";
  }
  return os.str();
}

// Every linear equation the published table satisfies, as coefficient rows
// over all cells (margins included).
std::vector<std::vector<std::int64_t>> table_equations(const CountTable& t) {
  std::vector<std::vector<std::int64_t>> eqs;
  const std::size_t w = t.width(), n = t.values.size();
  if (t.row_totals)
    for (std::size_t r = 0; r < t.height(); ++r) {
      std::vector<std::int64_t> e(n, 0);
      for (std::size_t c = 0; c < t.cols; ++c) e[r * w + c] = 1;
      e[r * w + t.cols] = -1;
      eqs.push_back(e);
    }
  if (t.col_totals)
    for (std::size_t c = 0; c < w; ++c) {
      std::vector<std::int64_t> e(n, 0);
      for (std::size_t r = 0; r < t.rows; ++r) e[r * w + c] = 1;
      e[t.rows * w + c] = -1;
      eqs.push_back(e);
    }
  return eqs;
}

constexpr std::int64_t kP = 1'000'000'007;
std::int64_t pmod(std::int64_t a) { a %= kP; return a < 0 ? a + kP : a; }
std::int64_t inv(std::int64_t a) {
  std::int64_t r = 1, e = kP - 2;
  a = pmod(a);
  while (e) { if (e & 1) r = r * a % kP; a = a * a % kP; e >>= 1; }
  return r;
}

// Suppressed cells whose value the published cells fix exactly: e_cell lies in
// the row space of the equations restricted to the suppressed cells.
std::vector<std::size_t> solve_disclosed(const CountTable& t, const std::vector<CellStatus>& st) {
  std::vector<std::size_t> unknown;
  for (std::size_t i = 0; i < st.size(); ++i)
    if (st[i] != CellStatus::published) unknown.push_back(i);
  auto eqs = table_equations(t);
  std::vector<std::vector<std::int64_t>> a;
  for (const auto& e : eqs) {
    std::vector<std::int64_t> row;
    bool any = false;
    for (std::size_t u : unknown) { row.push_back(pmod(e[u])); any = any || e[u] != 0; }
    if (any) a.push_back(row);
  }
  const std::size_t m = unknown.size();
  std::vector<std::size_t> pivot_col;
  std::size_t rank = 0;
  for (std::size_t col = 0; col < m && rank < a.size(); ++col) {
    std::size_t p = rank;
    while (p < a.size() && a[p][col] == 0) ++p;
    if (p == a.size()) continue;
    std::swap(a[p], a[rank]);
    const std::int64_t iv = inv(a[rank][col]);
    for (auto& x : a[rank]) x = x * iv % kP;
    for (std::size_t r = 0; r < a.size(); ++r) {
      if (r == rank || a[r][col] == 0) continue;
      const std::int64_t f = a[r][col];
      for (std::size_t c = 0; c < m; ++c) a[r][c] = pmod(a[r][c] - f * a[rank][c] % kP);
    }
    pivot_col.push_back(col);
    ++rank;
  }
  std::vector<std::size_t> out;
  for (std::size_t r = 0; r < rank; ++r) {
    std::size_t nonzero = 0;
    for (std::size_t c = 0; c < m; ++c) nonzero += a[r][c] != 0 ? 1 : 0;
    if (nonzero == 1) out.push_back(unknown[pivot_col[r]]);
  }
  return out;
}

// Lines whose published total reveals the sum of their suppressed parts as a
// group smaller than k, or that hold exactly one suppressed term.
int line_violations(const CountTable& t, const std::vector<CellStatus>& st, std::int64_t k) {
  int bad = 0;
  for (const auto& e : table_equations(t)) {
    std::size_t total = 0, n_supp = 0;
    std::int64_t published_parts = 0;
    for (std::size_t i = 0; i < e.size(); ++i) {
      if (e[i] == -1) total = i;
    }
    for (std::size_t i = 0; i < e.size(); ++i) {
      if (e[i] == 0) continue;
      if (st[i] != CellStatus::published) ++n_supp;
      else if (e[i] == 1) published_parts += t.values[i];
    }
    if (n_supp == 1) ++bad;
    if (n_supp > 0 && st[total] == CellStatus::published && t.values[total] - published_parts < k) ++bad;
  }
  return bad;
}

} // namespace

TEST_SUITE("suppression") {
  TEST_CASE("a table with every group large publishes everything") {
    auto t = make(2, 3, {10, 20, 30, 40, 50, 60});
    auto st = kinerja::suppress(t, 5);
    for (auto s : st) CHECK(s == CellStatus::published);
  }

  TEST_CASE("one small cell in a row takes a second cell of that row with it") {
    auto t = make(3, 3, {20, 3, 30, 25, 40, 35, 50, 45, 55});
    auto st = kinerja::suppress(t, 5);
    INFO(show(t, st));
    CHECK(st[1] == CellStatus::primary);
    std::size_t in_row = 0;
    for (std::size_t c = 0; c < 3; ++c) in_row += st[c] != CellStatus::published ? 1 : 0;
    CHECK(in_row >= 2);
    std::size_t in_col = 0;
    for (std::size_t r = 0; r < 3; ++r) in_col += st[r * 4 + 1] != CellStatus::published ? 1 : 0;
    CHECK(in_col >= 2);
    CHECK(solve_disclosed(t, st).empty());
    CHECK(kinerja::determined_cells(t, st).empty());
  }

  TEST_CASE("a unit smaller than k is hidden and cannot be recovered from the city total") {
    // unit 0 has 3 people; units 1 and 2 are large.
    auto t = make(3, 2, {1, 2, 30, 40, 25, 35});
    auto st = kinerja::suppress(t, 5);
    INFO(show(t, st));
    CHECK(st[0 * 3 + 2] == CellStatus::primary);  // the unit's total
    CHECK(st[0] == CellStatus::primary);
    CHECK(st[1] == CellStatus::primary);
    // Something else in the total column must go, or total − others = the unit.
    std::size_t hidden_totals = 0;
    for (std::size_t r = 0; r < 3; ++r) hidden_totals += st[r * 3 + 2] != CellStatus::published ? 1 : 0;
    CHECK((hidden_totals >= 2 || st[3 * 3 + 2] != CellStatus::published));
    CHECK(solve_disclosed(t, st).empty());
    CHECK(line_violations(t, st, 5) == 0);
  }

  TEST_CASE("zeros count as small groups: everyone-in-one-predikat is not revealed") {
    // A unit of 8, all rated Baik: publishing 0,0,8,0 beside the total 8
    // would tell each member's predikat.
    auto t = make(2, 4, {0, 0, 8, 0, 6, 9, 20, 7});
    auto st = kinerja::suppress(t, 5);
    INFO(show(t, st));
    CHECK(st[2] != CellStatus::published);
    CHECK(line_violations(t, st, 5) == 0);
  }

  TEST_CASE("k is configurable, and k below 1 means 1") {
    auto t = make(2, 3, {2, 3, 4, 10, 10, 10});
    auto st1 = kinerja::suppress(t, 1);
    for (auto s : st1) CHECK(s == CellStatus::published);
    auto st0 = kinerja::suppress(t, 0);
    CHECK(st0 == st1);
    auto st3 = kinerja::suppress(t, 3);
    INFO(show(t, st3));
    CHECK(st3[0] == CellStatus::primary);
    CHECK(st3[2] == CellStatus::published);  // 4 ≥ 3 survives with k = 3 ...
    CHECK(solve_disclosed(t, st3).empty());
    auto st5 = kinerja::suppress(t, 5);
    CHECK(st5[2] == CellStatus::primary);    // ... but not with the default 5
  }

  TEST_CASE("a one-column table with only a column total") {
    auto t = make(4, 1, {2, 10, 20, 30}, /*row_totals=*/false, /*col_totals=*/true);
    auto st = kinerja::suppress(t, 5);
    INFO(show(t, st));
    CHECK(st[0] == CellStatus::primary);
    CHECK(st[1] == CellStatus::complementary);  // the smallest other cell
    CHECK(st[2] == CellStatus::published);
    CHECK(st[4] == CellStatus::published);
    CHECK(solve_disclosed(t, st).empty());
  }

  TEST_CASE("the graph check agrees with exact elimination on a chain pattern") {
    // Row 0 hides (0,0),(0,1); row 1 hides (1,1),(1,2): column 0 and column 2
    // each have one hidden cell, so (0,0) and (1,2) are pinned.
    auto t = make(2, 3, {10, 10, 10, 10, 10, 10});
    std::vector<CellStatus> st(t.values.size(), CellStatus::published);
    st[0] = st[1] = st[4 + 1] = st[4 + 2] = CellStatus::primary;
    auto pinned = kinerja::determined_cells(t, st);
    auto solved = solve_disclosed(t, st);
    std::sort(solved.begin(), solved.end());
    CHECK(pinned == solved);
    CHECK(!pinned.empty());
  }

  TEST_CASE("property: random tables never leak a suppressed cell") {
    std::mt19937_64 rng(20261128);
    int cases = 0, with_suppression = 0;
    for (int n = 0; n < 3000; ++n) {
      std::uniform_int_distribution<std::size_t> dr(1, 9), dc(1, 6);
      const std::size_t rows = dr(rng);
      const bool one_col = (n % 7) == 0;
      const std::size_t cols = one_col ? 1 : dc(rng);
      std::vector<std::int64_t> v(rows * cols);
      const int style = n % 3;
      for (auto& x : v) {
        if (style == 0) x = std::uniform_int_distribution<std::int64_t>(0, 8)(rng);
        else if (style == 1) x = std::uniform_int_distribution<std::int64_t>(0, 60)(rng);
        else x = (rng() % 4 == 0) ? std::uniform_int_distribution<std::int64_t>(0, 4)(rng)
                                  : std::uniform_int_distribution<std::int64_t>(5, 40)(rng);
      }
      auto t = one_col ? make(rows, cols, v, false, true) : make(rows, cols, v);
      const std::int64_t k = std::uniform_int_distribution<std::int64_t>(1, 7)(rng);
      auto st = kinerja::suppress(t, k);
      INFO(show(t, st) << "k=" << k);
      bool any = false;
      for (std::size_t i = 0; i < st.size(); ++i) {
        if (st[i] == CellStatus::published) REQUIRE(t.values[i] >= k);
        if (st[i] == CellStatus::primary) REQUIRE(t.values[i] < k);
        any = any || st[i] != CellStatus::published;
      }
      REQUIRE(solve_disclosed(t, st).empty());
      REQUIRE(line_violations(t, st, k) == 0);
      REQUIRE(kinerja::determined_cells(t, st).empty());
      ++cases;
      with_suppression += any ? 1 : 0;
    }
    CHECK(cases == 3000);
    CHECK(with_suppression > 1000);  // the generator does exercise suppression
  }

  TEST_CASE("property: the graph check equals exact elimination on random patterns") {
    std::mt19937_64 rng(7);
    for (int n = 0; n < 1500; ++n) {
      const std::size_t rows = 1 + rng() % 6, cols = 1 + rng() % 5;
      auto t = make(rows, cols, std::vector<std::int64_t>(rows * cols, 9));
      std::vector<CellStatus> st(t.values.size(), CellStatus::published);
      for (auto& s : st)
        if (rng() % 3 == 0) s = CellStatus::primary;
      auto pinned = kinerja::determined_cells(t, st);
      auto solved = solve_disclosed(t, st);
      std::sort(solved.begin(), solved.end());
      INFO(show(t, st));
      REQUIRE(pinned == solved);
    }
  }
}
