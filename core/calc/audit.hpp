// The attacker's audit: can anyone who adds and subtracts published figures,
// knowing that counts are whole numbers and never negative, prove that a group
// of 1 … k−1 people exists?
//
// The published figures become linear constraints over unknown counts (each a
// non-negative integer). A *group* is a sum of unknowns: the people of one unit
// with one set of predikat, the people of a unit assessed late, the respondents
// of a service unit. A group is disclosed when every whole-number table that
// agrees with the published figures gives it between 1 and k−1 people: then
// the attacker knows such a small group exists (or its exact size).
//
// Each question is an integer program solved by GLPK. The audit only calls a
// group safe on a *witness*: a whole-number table, checked here in exact
// integer arithmetic against every constraint, in which the group has 0 people
// or at least k. Floating-point trouble in the solver can therefore only make
// the audit stricter (a group without a witness is reported), never let a
// disclosure through.
#pragma once
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace kinerja {

struct SukuLinear {
  std::size_t var = 0;
  std::int64_t coef = 1;
};

inline constexpr std::int64_t kTanpaBatasBawah = std::numeric_limits<std::int64_t>::min();
inline constexpr std::int64_t kTanpaBatasAtas = std::numeric_limits<std::int64_t>::max();

// lo ≤ Σ coef·x ≤ hi (lo == hi for an equality; kTanpaBatas… for an open side).
struct KendalaLinear {
  std::vector<SukuLinear> suku;
  std::int64_t lo = 0, hi = 0;
};

struct KelompokDiaudit {
  std::vector<std::size_t> vars;  // the group's size is the sum of these unknowns
  std::string label;              // for the report, e.g. "kota-x / Kurang+Sangat Kurang"
};

struct ModelAudit {
  std::size_t variables = 0;
  std::vector<std::optional<std::int64_t>> upper;  // optional upper bound per unknown (size = variables or empty)
  std::vector<KendalaLinear> kendala;
  std::vector<KelompokDiaudit> kelompok;
  std::int64_t k = 5;
};

struct Pengungkapan {
  std::size_t kelompok = 0;  // index into ModelAudit::kelompok
  std::int64_t min = 0, max = 0;  // the whole-number range the figures leave for it
};

struct HasilAudit {
  std::size_t kelompok_diperiksa = 0;
  std::size_t program_diselesaikan = 0;  // integer programs GLPK solved
  bool konsisten = true;                 // false: no whole-number table agrees with the figures
  std::vector<Pengungkapan> terungkap;
  bool lulus() const { return konsisten && terungkap.empty(); }
};

// `kebenaran`, when given, is the real table (one value per unknown): it is a
// ready witness for every group that is really 0 or ≥ k, which saves most of
// the solving. It is checked like any other witness and ignored if it does not
// satisfy the constraints.
HasilAudit audit(const ModelAudit&, std::span<const std::int64_t> kebenaran = {});

// Whether `x` satisfies every constraint and bound of the model exactly.
bool memenuhi(const ModelAudit&, std::span<const std::int64_t> x);

} // namespace kinerja
