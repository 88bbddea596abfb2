// Small-group suppression: primary cells below k, then complementary cells
// until the pattern is safe (see suppression.hpp for the promise).
//
// Why a graph: sign the margins (row totals, column totals negative, grand
// total positive) and every row and every column of the full table sums to
// zero. The unknowns are the suppressed cells; two solutions differ by a
// table whose lines all sum to zero, i.e. by a circulation on the bipartite
// graph (rows and columns as nodes, suppressed cells as edges). A suppressed
// cell is pinned exactly when no circulation touches it, i.e. when its edge is
// a bridge. A line with no equation (no margin in that direction) is a node
// without a constraint: all such nodes are merged into one free "ground" node.
#include "core/calc/suppression.hpp"

#include <algorithm>
#include <limits>
#include <tuple>

namespace kinerja {
namespace {

struct Line {
  std::vector<std::size_t> parts;  // cell indices
  std::size_t total = 0;           // cell index of the line's margin
};

std::vector<Line> equations(const CountTable& t) {
  std::vector<Line> lines;
  const std::size_t w = t.width();
  if (t.row_totals) {
    for (std::size_t r = 0; r < t.height(); ++r) {
      Line l;
      for (std::size_t c = 0; c < t.cols; ++c) l.parts.push_back(r * w + c);
      l.total = r * w + t.cols;
      lines.push_back(std::move(l));
    }
  }
  if (t.col_totals) {
    for (std::size_t c = 0; c < w; ++c) {
      Line l;
      for (std::size_t r = 0; r < t.rows; ++r) l.parts.push_back(r * w + c);
      l.total = t.rows * w + c;
      lines.push_back(std::move(l));
    }
  }
  return lines;
}

bool is_margin(const CountTable& t, std::size_t cell) {
  const std::size_t r = cell / t.width(), c = cell % t.width();
  return r >= t.rows || c >= t.cols;
}

// The cheapest published cell among `cells`: smallest count, interior before
// margins, lowest index; npos when all are suppressed.
std::size_t cheapest(const CountTable& t, const std::vector<CellStatus>& st,
                     const std::vector<std::size_t>& cells) {
  std::size_t best = std::numeric_limits<std::size_t>::max();
  for (std::size_t cell : cells) {
    if (is_suppressed(st[cell])) continue;
    if (best == std::numeric_limits<std::size_t>::max()) { best = cell; continue; }
    const auto key = [&](std::size_t x) {
      return std::tuple(t.values[x], is_margin(t, x), x);
    };
    if (key(cell) < key(best)) best = cell;
  }
  return best;
}

// Enforce the per-line rules once over every line; true when a cell was added.
bool enforce_lines(const CountTable& t, std::vector<CellStatus>& st, std::int64_t k) {
  bool changed = false;
  for (const Line& l : equations(t)) {
    std::size_t n_supp = is_suppressed(st[l.total]) ? 1 : 0;
    std::int64_t sum_parts = 0;
    for (std::size_t p : l.parts)
      if (is_suppressed(st[p])) { ++n_supp; sum_parts += t.values[p]; }
    if (n_supp == 0) continue;
    const bool total_published = !is_suppressed(st[l.total]);
    const bool unsafe = n_supp < 2 || (total_published && sum_parts < k);
    if (!unsafe) continue;
    std::size_t pick = cheapest(t, st, l.parts);
    if (pick == std::numeric_limits<std::size_t>::max() && total_published) pick = l.total;
    if (pick == std::numeric_limits<std::size_t>::max()) continue;
    st[pick] = CellStatus::complementary;
    changed = true;
  }
  return changed;
}

struct Graph {
  std::size_t nodes = 0;
  std::vector<std::pair<std::size_t, std::size_t>> edges;  // endpoints per suppressed cell
  std::vector<std::size_t> cell_of_edge;
};

Graph build_graph(const CountTable& t, const std::vector<CellStatus>& st) {
  const std::size_t h = t.height(), w = t.width();
  const std::size_t ground = h + w;
  Graph g;
  g.nodes = h + w + 1;
  for (std::size_t cell = 0; cell < st.size(); ++cell) {
    if (!is_suppressed(st[cell])) continue;
    const std::size_t r = cell / w, c = cell % w;
    const std::size_t a = t.row_totals ? r : ground;
    const std::size_t b = t.col_totals ? h + c : ground;
    g.edges.emplace_back(a, b);
    g.cell_of_edge.push_back(cell);
  }
  return g;
}

// Bridges of a multigraph (iterative Tarjan; parallel edges and self-loops
// are never bridges).
std::vector<std::size_t> bridges(const Graph& g) {
  std::vector<std::vector<std::pair<std::size_t, std::size_t>>> adj(g.nodes);  // (neighbour, edge)
  for (std::size_t e = 0; e < g.edges.size(); ++e) {
    const auto [a, b] = g.edges[e];
    if (a == b) continue;
    adj[a].emplace_back(b, e);
    adj[b].emplace_back(a, e);
  }
  constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();
  std::vector<std::size_t> disc(g.nodes, kNone), low(g.nodes, 0);
  std::vector<std::size_t> out;
  std::size_t timer = 0;
  struct Frame { std::size_t node, parent_edge, next; };
  for (std::size_t root = 0; root < g.nodes; ++root) {
    if (disc[root] != kNone) continue;
    std::vector<Frame> stack{{root, kNone, 0}};
    disc[root] = low[root] = timer++;
    while (!stack.empty()) {
      Frame& f = stack.back();
      if (f.next < adj[f.node].size()) {
        const auto [to, e] = adj[f.node][f.next++];
        if (e == f.parent_edge) continue;
        if (disc[to] == kNone) {
          disc[to] = low[to] = timer++;
          stack.push_back({to, e, 0});
        } else {
          low[f.node] = std::min(low[f.node], disc[to]);
        }
        continue;
      }
      const Frame done = f;
      stack.pop_back();
      if (!stack.empty()) {
        Frame& up = stack.back();
        low[up.node] = std::min(low[up.node], low[done.node]);
        if (low[done.node] > disc[up.node]) out.push_back(done.parent_edge);
      }
    }
  }
  return out;
}

} // namespace

void fill_totals(CountTable& t) {
  const std::size_t w = t.width();
  t.values.resize(t.height() * w, 0);
  if (t.row_totals) {
    for (std::size_t r = 0; r < t.rows; ++r) {
      std::int64_t s = 0;
      for (std::size_t c = 0; c < t.cols; ++c) s += t.values[r * w + c];
      t.values[r * w + t.cols] = s;
    }
  }
  if (t.col_totals) {
    for (std::size_t c = 0; c < w; ++c) {
      std::int64_t s = 0;
      for (std::size_t r = 0; r < t.rows; ++r) s += t.values[r * w + c];
      t.values[t.rows * w + c] = s;
    }
  }
}

std::vector<std::size_t> determined_cells(const CountTable& t, const std::vector<CellStatus>& status) {
  const Graph g = build_graph(t, status);
  std::vector<std::size_t> cells;
  for (std::size_t e : bridges(g)) cells.push_back(g.cell_of_edge[e]);
  std::sort(cells.begin(), cells.end());
  return cells;
}

std::vector<CellStatus> suppress(const CountTable& t, std::int64_t k) {
  k = std::max<std::int64_t>(k, 1);
  std::vector<CellStatus> st(t.values.size(), CellStatus::published);
  for (std::size_t i = 0; i < t.values.size(); ++i)
    if (t.values[i] < k) st[i] = CellStatus::primary;

  const std::size_t w = t.width();
  for (;;) {
    while (enforce_lines(t, st, k)) {}
    const auto pinned = determined_cells(t, st);
    if (pinned.empty()) break;
    // Open a second path around the first pinned cell through its own row or
    // column; the loop re-checks everything after each addition.
    const std::size_t cell = pinned.front();
    const std::size_t r = cell / w, c = cell % w;
    std::vector<std::size_t> around;
    for (std::size_t x = 0; x < w; ++x) around.push_back(r * w + x);
    for (std::size_t y = 0; y < t.height(); ++y) around.push_back(y * w + c);
    std::size_t pick = cheapest(t, st, around);
    if (pick == std::numeric_limits<std::size_t>::max()) {
      std::vector<std::size_t> all(t.values.size());
      for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
      pick = cheapest(t, st, all);
    }
    if (pick == std::numeric_limits<std::size_t>::max()) break;  // everything is already hidden
    st[pick] = CellStatus::complementary;
  }
  return st;
}

} // namespace kinerja
