// Public aggregates per unit and period, with small-group suppression:
// counts per predikat, share assessed on time and median capaian for every
// top-level unit (OPD, kecamatan: each with everything under it) and the city;
// IKM (core/calc/ikm) and complaint statistics (core/calc/keluhan) for every service
// unit; trends across periods of the same kind. The result (core/model/publik.hpp)
// holds no personal field.
//
// Suppression (k = min_group, default 5), then the attacker's audit
// (core/calc/audit_publik), which hides more until no group of fewer than k
// people can be computed from any combination of published figures:
//   - the predikat counts form a table units × predikat with row totals
//     (pegawai) and the city row as column totals; core/calc/suppression hides
//     every count below k and the complementary cells;
//   - a row's share on time and median capaian are published only when its
//     pegawai count is published and the group they are computed over is ≥ k;
//   - respondent and complaint counts are one-column tables with the city
//     total, suppressed the same way; the IKM and complaint times of a unit
//     are published only when their own group is ≥ k.
#pragma once
#include "core/model/model.hpp"
#include "core/model/publik.hpp"
#include "core/rules/rules.hpp"
#include "core/calc/score.hpp"
#include "core/calc/audit_publik.hpp"
#include "core/calc/suppression.hpp"

#include <cstdint>

namespace kinerja {

struct OpsiAgregat {
  std::int64_t min_group = kDefaultMinGroup;  // k; values below 1 are read as 1
};

// From a bundle and its score report (made by score_bundle from that bundle).
// The document carries the audit's summary; `laporan`, when given, receives
// the whole report (what was hidden and why), which is for BKPSDM only.
Publik aggregate_publik(const Bundle&, const ScoreReport&, const RuleSet& rules = default_rules(),
                        const OpsiAgregat& = {}, LaporanAudit* laporan = nullptr);

// score_bundle then aggregate_publik.
Publik aggregate_bundle(const Bundle&, const RuleSet& rules = default_rules(), const OpsiAgregat& = {},
                        LaporanAudit* laporan = nullptr);

// Median of the values (the mean of the two middle ones for an even count);
// nullopt for none. Reorders `values`.
std::optional<double> median(std::vector<double>& values);

// Half-up rounding to `decimals` places for display figures.
double round_to(double x, int decimals);

} // namespace kinerja
