// The attacker's audit with GLPK's branch-and-bound (see audit.hpp).
//
// One problem is built per model; each question adds one row — the group's
// sum ≤ 0, or ≥ k — and asks GLPK for any whole-number solution. A solution
// found is rounded and re-checked exactly before it counts as a witness.
#include "core/calc/audit.hpp"

#include <glpk.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace kinerja {
namespace {

std::int64_t upper_of(const ModelAudit& m, std::size_t v) {
  if (v < m.upper.size() && m.upper[v]) return *m.upper[v];
  return std::numeric_limits<std::int64_t>::max();
}

std::int64_t group_sum(const KelompokDiaudit& g, std::span<const std::int64_t> x) {
  std::int64_t s = 0;
  for (std::size_t v : g.vars) s += x[v];
  return s;
}

// One GLPK problem for the model, with a spare last row for the question.
class Solver {
 public:
  explicit Solver(const ModelAudit& m) : m_(m) {
    glp_term_out(GLP_OFF);
    p_ = glp_create_prob();
    glp_set_obj_dir(p_, GLP_MIN);
    const int n = static_cast<int>(m.variables);
    if (n > 0) glp_add_cols(p_, n);
    for (int j = 1; j <= n; ++j) {
      glp_set_col_kind(p_, j, GLP_IV);
      const std::int64_t ub = upper_of(m, static_cast<std::size_t>(j - 1));
      if (ub == std::numeric_limits<std::int64_t>::max()) glp_set_col_bnds(p_, j, GLP_LO, 0, 0);
      else if (ub == 0) glp_set_col_bnds(p_, j, GLP_FX, 0, 0);
      else glp_set_col_bnds(p_, j, GLP_DB, 0, static_cast<double>(ub));
    }
    const int rows = static_cast<int>(m.kendala.size()) + 1;
    glp_add_rows(p_, rows);
    std::vector<int> ind(1);
    std::vector<double> val(1);
    for (int i = 1; i < rows; ++i) {
      const KendalaLinear& c = m.kendala[static_cast<std::size_t>(i - 1)];
      ind.resize(1);
      val.resize(1);
      for (const SukuLinear& s : c.suku) {
        ind.push_back(static_cast<int>(s.var) + 1);
        val.push_back(static_cast<double>(s.coef));
      }
      glp_set_mat_row(p_, i, static_cast<int>(ind.size()) - 1, ind.data(), val.data());
      const bool no_lo = c.lo == kTanpaBatasBawah, no_hi = c.hi == kTanpaBatasAtas;
      const double lo = static_cast<double>(c.lo), hi = static_cast<double>(c.hi);
      if (no_lo && no_hi) glp_set_row_bnds(p_, i, GLP_FR, 0, 0);
      else if (no_lo) glp_set_row_bnds(p_, i, GLP_UP, 0, hi);
      else if (no_hi) glp_set_row_bnds(p_, i, GLP_LO, lo, 0);
      else if (c.lo == c.hi) glp_set_row_bnds(p_, i, GLP_FX, lo, 0);
      else glp_set_row_bnds(p_, i, GLP_DB, lo, hi);
    }
    question_row_ = rows;
  }
  ~Solver() { glp_delete_prob(p_); }
  Solver(const Solver&) = delete;
  Solver& operator=(const Solver&) = delete;

  // Any whole-number solution with the group's sum ≤ at_most (when set) or
  // ≥ at_least; checked exactly. nullopt when GLPK finds none (or only one
  // that fails the exact check).
  std::optional<std::vector<std::int64_t>> witness(const KelompokDiaudit& g, std::optional<std::int64_t> at_most,
                                                   std::optional<std::int64_t> at_least) {
    ++solved_;
    std::vector<int> ind(1);
    std::vector<double> val(1);
    for (std::size_t v : g.vars) {
      ind.push_back(static_cast<int>(v) + 1);
      val.push_back(1.0);
    }
    glp_set_mat_row(p_, question_row_, static_cast<int>(ind.size()) - 1, ind.data(), val.data());
    if (at_most) glp_set_row_bnds(p_, question_row_, GLP_UP, 0, static_cast<double>(*at_most));
    else glp_set_row_bnds(p_, question_row_, GLP_LO, static_cast<double>(*at_least), 0);
    glp_iocp parm;
    glp_init_iocp(&parm);
    parm.presolve = GLP_ON;
    parm.msg_lev = GLP_MSG_OFF;
    const int ret = glp_intopt(p_, &parm);
    if (ret != 0) return std::nullopt;
    const int st = glp_mip_status(p_);
    if (st != GLP_OPT && st != GLP_FEAS) return std::nullopt;
    std::vector<std::int64_t> x(m_.variables);
    for (std::size_t j = 0; j < m_.variables; ++j)
      x[j] = static_cast<std::int64_t>(std::llround(glp_mip_col_val(p_, static_cast<int>(j) + 1)));
    if (!memenuhi(m_, x)) return std::nullopt;
    const std::int64_t s = group_sum(g, x);
    if (at_most && s > *at_most) return std::nullopt;
    if (at_least && s < *at_least) return std::nullopt;
    return x;
  }

  // The group's whole-number minimum or maximum (for the report); nullopt when
  // GLPK has no answer.
  std::optional<std::int64_t> bound(const KelompokDiaudit& g, bool maximise) {
    ++solved_;
    glp_set_row_bnds(p_, question_row_, GLP_FR, 0, 0);
    for (int j = 1; j <= static_cast<int>(m_.variables); ++j) glp_set_obj_coef(p_, j, 0);
    for (std::size_t v : g.vars) glp_set_obj_coef(p_, static_cast<int>(v) + 1, 1);
    glp_set_obj_dir(p_, maximise ? GLP_MAX : GLP_MIN);
    glp_iocp parm;
    glp_init_iocp(&parm);
    parm.presolve = GLP_ON;
    parm.msg_lev = GLP_MSG_OFF;
    const int ret = glp_intopt(p_, &parm);
    std::optional<std::int64_t> out;
    if (ret == 0 && glp_mip_status(p_) == GLP_OPT) out = std::llround(glp_mip_obj_val(p_));
    for (std::size_t v : g.vars) glp_set_obj_coef(p_, static_cast<int>(v) + 1, 0);
    glp_set_obj_dir(p_, GLP_MIN);
    return out;
  }

  std::size_t solved() const { return solved_; }

 private:
  const ModelAudit& m_;
  glp_prob* p_ = nullptr;
  int question_row_ = 0;
  std::size_t solved_ = 0;
};

} // namespace

bool memenuhi(const ModelAudit& m, std::span<const std::int64_t> x) {
  if (x.size() != m.variables) return false;
  for (std::size_t v = 0; v < x.size(); ++v)
    if (x[v] < 0 || x[v] > upper_of(m, v)) return false;
  for (const KendalaLinear& c : m.kendala) {
    std::int64_t s = 0;
    for (const SukuLinear& t : c.suku) {
      if (t.var >= x.size()) return false;
      s += t.coef * x[t.var];
    }
    if (s < c.lo || s > c.hi) return false;
  }
  return true;
}

HasilAudit audit(const ModelAudit& m, std::span<const std::int64_t> kebenaran) {
  HasilAudit out;
  const std::int64_t k = std::max<std::int64_t>(m.k, 1);
  const bool truth_ok = !kebenaran.empty() && memenuhi(m, kebenaran);
  Solver solver(m);
  // Witnesses found so far also answer later groups: most tables have a few
  // solutions that cover nearly every group.
  std::vector<std::vector<std::int64_t>> known;
  if (truth_ok) known.emplace_back(kebenaran.begin(), kebenaran.end());
  bool checked_feasible = truth_ok;
  for (std::size_t gi = 0; gi < m.kelompok.size(); ++gi) {
    const KelompokDiaudit& g = m.kelompok[gi];
    ++out.kelompok_diperiksa;
    bool low = false, high = false;  // a witness with 0 people / with ≥ k people
    for (const auto& x : known) {
      const std::int64_t s = group_sum(g, x);
      low = low || s == 0;
      high = high || s >= k;
    }
    if (low || high) continue;
    if (auto w = solver.witness(g, 0, std::nullopt)) {
      known.push_back(std::move(*w));
      continue;
    }
    if (auto w = solver.witness(g, std::nullopt, k)) {
      known.push_back(std::move(*w));
      continue;
    }
    if (!checked_feasible) {
      // Neither question had an answer: is there any table at all?
      KelompokDiaudit none;
      if (!solver.witness(none, 0, std::nullopt)) {
        out.konsisten = false;
        break;
      }
      checked_feasible = true;
    }
    Pengungkapan p;
    p.kelompok = gi;
    p.min = solver.bound(g, false).value_or(1);
    p.max = solver.bound(g, true).value_or(k - 1);
    out.terungkap.push_back(p);
  }
  out.program_diselesaikan = solver.solved();
  return out;
}

} // namespace kinerja
