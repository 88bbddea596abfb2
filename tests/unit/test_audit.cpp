// Tests for core/calc/audit (the attacker's integer programs) and
// core/calc/audit_publik (the audit of a public document and the suppression
// that follows from it).
//
// The generic audit is checked against brute force: every whole-number table
// in a box is enumerated, and a group is disclosed exactly when all tables
// that agree with the published figures give it 1 … k−1 people. The document
// audit is checked over hundreds of random tables and over the demo city.
#include "core/calc/aggregate.hpp"
#include "core/calc/audit.hpp"
#include "core/calc/audit_publik.hpp"
#include "core/calc/suppression.hpp"
#include "core/demo/demo.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

namespace {
using namespace kinerja;

// All x in [0, box]^n satisfying the model; calls f(x) for each.
template <class F>
void each_solution(const ModelAudit& m, std::int64_t box, F f) {
  std::vector<std::int64_t> x(m.variables, 0);
  while (true) {
    if (memenuhi(m, x)) f(x);
    std::size_t i = 0;
    while (i < x.size() && x[i] == box) x[i++] = 0;
    if (i == x.size()) return;
    ++x[i];
  }
}

TEST_CASE("audit: a cell pinned by a total and its neighbour is a disclosed group of one") {
  ModelAudit m;
  m.variables = 2;
  m.k = 5;
  m.kendala.push_back({{{0, 1}, {1, 1}}, 9, 9});  // total 9 published
  m.kendala.push_back({{{1, 1}}, 8, 8});          // one cell 8 published
  m.kelompok.push_back({{0}, "the other cell"});
  m.kelompok.push_back({{1}, "the published cell"});
  const HasilAudit h = audit(m);
  REQUIRE(h.terungkap.size() == 1);
  CHECK(h.terungkap[0].kelompok == 0);
  CHECK(h.terungkap[0].min == 1);
  CHECK(h.terungkap[0].max == 1);
  CHECK_FALSE(h.lulus());
}

TEST_CASE("audit: a range proved to lie in 1..k-1 is disclosed even when not pinned") {
  // x0 + x1 = 4, x0 ≥ 1 (from x0 − x2 = 1): x0 is 1..4 in every table.
  ModelAudit m;
  m.variables = 3;
  m.k = 5;
  m.kendala.push_back({{{0, 1}, {1, 1}}, 4, 4});
  m.kendala.push_back({{{0, 1}, {2, -1}}, 1, 1});
  m.kelompok.push_back({{0}, "x0"});
  const HasilAudit h = audit(m);
  REQUIRE(h.terungkap.size() == 1);
  CHECK(h.terungkap[0].min == 1);
  CHECK(h.terungkap[0].max == 4);
}

TEST_CASE("audit: figures that contradict each other are reported as inconsistent") {
  ModelAudit m;
  m.variables = 2;
  m.kendala.push_back({{{0, 1}, {1, 1}}, 3, 3});
  m.kendala.push_back({{{0, 1}}, 7, 7});
  m.kelompok.push_back({{1}, "x1"});
  const HasilAudit h = audit(m);
  CHECK_FALSE(h.konsisten);
  CHECK_FALSE(h.lulus());
}

TEST_CASE("audit: a false witness is not trusted") {
  ModelAudit m;
  m.variables = 2;
  m.kendala.push_back({{{0, 1}, {1, 1}}, 6, 6});
  m.kendala.push_back({{{1, 1}}, 4, 4});
  m.kelompok.push_back({{0}, "x0"});
  const std::vector<std::int64_t> wrong{0, 0};  // does not satisfy the figures
  const HasilAudit h = audit(m, wrong);
  REQUIRE(h.terungkap.size() == 1);
  CHECK(h.terungkap[0].min == 2);
}

TEST_CASE("audit agrees with brute force on random small models (property)") {
  std::mt19937 rng(20261203);
  int disclosed_seen = 0, safe_seen = 0;
  for (int trial = 0; trial < 300; ++trial) {
    ModelAudit m;
    m.variables = 2 + rng() % 3;  // 2..4 unknowns
    m.k = 2 + static_cast<std::int64_t>(rng() % 4);
    std::vector<std::int64_t> truth(m.variables);
    for (auto& v : truth) v = static_cast<std::int64_t>(rng() % 7);
    const int n_figures = 1 + static_cast<int>(rng() % 3);
    for (int f = 0; f < n_figures; ++f) {  // published sums of random subsets, some as ranges
      KendalaLinear c;
      std::int64_t s = 0;
      for (std::size_t v = 0; v < m.variables; ++v)
        if (rng() % 2) {
          const std::int64_t coef = rng() % 4 == 0 ? -1 : 1;
          c.suku.push_back({v, coef});
          s += coef * truth[v];
        }
      if (c.suku.empty()) continue;
      c.lo = s - (rng() % 3 == 0 ? 1 : 0);
      c.hi = s;
      m.kendala.push_back(c);
    }
    for (std::size_t v = 0; v < m.variables; ++v) m.upper.push_back(8);
    for (unsigned set = 1; set < (1u << m.variables); ++set) {
      KelompokDiaudit g;
      for (std::size_t v = 0; v < m.variables; ++v)
        if (set & (1u << v)) g.vars.push_back(v);
      m.kelompok.push_back(g);
    }
    // Brute force: each group's range over every table that fits.
    std::vector<std::int64_t> lo(m.kelompok.size(), 1 << 30), hi(m.kelompok.size(), -1);
    each_solution(m, 8, [&](const std::vector<std::int64_t>& x) {
      for (std::size_t g = 0; g < m.kelompok.size(); ++g) {
        std::int64_t s = 0;
        for (auto v : m.kelompok[g].vars) s += x[v];
        lo[g] = std::min(lo[g], s);
        hi[g] = std::max(hi[g], s);
      }
    });
    for (const bool with_truth : {false, true}) {
      const HasilAudit h = with_truth ? audit(m, truth) : audit(m);
      REQUIRE(h.konsisten);
      for (std::size_t g = 0; g < m.kelompok.size(); ++g) {
        const bool brute = lo[g] >= 1 && hi[g] <= m.k - 1;
        const auto it = std::find_if(h.terungkap.begin(), h.terungkap.end(),
                                     [&](const Pengungkapan& p) { return p.kelompok == g; });
        INFO("trial " << trial << " group " << g << " brute [" << lo[g] << "," << hi[g] << "] k " << m.k);
        CHECK(brute == (it != h.terungkap.end()));
        if (it != h.terungkap.end()) {
          CHECK(it->min == lo[g]);
          CHECK(it->max == hi[g]);
        }
        (brute ? disclosed_seen : safe_seen) += with_truth ? 0 : 1;
      }
    }
  }
  // The generator makes both kinds, so the comparison means something.
  CHECK(disclosed_seen > 20);
  CHECK(safe_seen > 200);
}

// A public period with `rows` top units from a random table, suppressed the
// way the aggregator does first (primary and complementary cells only).
struct RandomPeriod {
  Publik d;
  std::vector<RincianPeriode> rincian;
};

// The public period of a table, suppressed the way the aggregator does first.
RandomPeriod period_of(CountTable t) {
  RandomPeriod out;
  const std::size_t rows = t.rows;
  fill_totals(t);
  const auto st = suppress(t, 5);
  PublikPeriode per;
  per.period_id = "p";
  RincianPeriode rin;
  for (std::size_t r = 0; r <= rows; ++r) {
    BarisPredikat b;
    RincianBaris x;
    if (r < rows) b.unit_id = std::string(1, 'u').append(std::to_string(r));
    for (std::size_t c = 0; c <= kJumlahPredikat; ++c) {
      const std::size_t i = r * t.width() + c;
      const std::optional<std::int64_t> v = is_suppressed(st[i]) ? std::nullopt : std::optional(t.values[i]);
      if (c < kJumlahPredikat) {
        b.predikat[c] = v;
        x.predikat[c] = t.values[i];
      } else {
        b.pegawai = v;
        x.wajib = t.values[i];
        x.tepat_waktu = t.values[i];
      }
    }
    if (r < rows) {
      per.units.push_back(b);
      rin.units.push_back(x);
    } else {
      per.kota = b;
      rin.kota = x;
    }
  }
  out.d.min_group = 5;
  out.d.periods.push_back(per);
  out.rincian.push_back(rin);
  return out;
}

CountTable table(std::size_t rows, const std::vector<std::int64_t>& interior) {
  CountTable t;
  t.rows = rows;
  t.cols = kJumlahPredikat;
  t.values.assign(t.height() * t.width(), 0);
  for (std::size_t r = 0; r < rows; ++r)
    for (std::size_t c = 0; c < kJumlahPredikat; ++c) t.values[r * t.width() + c] = interior[r * kJumlahPredikat + c];
  return t;
}

RandomPeriod random_period(std::mt19937& rng, std::size_t rows) {
  std::vector<std::int64_t> interior;
  for (std::size_t i = 0; i < rows * kJumlahPredikat; ++i) {
    const auto roll = rng() % 10;
    interior.push_back(static_cast<std::int64_t>(roll < 3 ? 0 : roll < 6 ? 1 + rng() % 4 : 5 + rng() % 25));
  }
  return period_of(table(rows, interior));
}

TEST_CASE("audit_publik: four OPDs where the line rules leave one person in Sangat Kurang or Kurang provable") {
  // Columns: Sangat Kurang, Kurang/Misconduct, Butuh Perbaikan, Baik, Sangat Baik.
  // The first suppression hides every count below 5 and enough others that no
  // single hidden cell follows from one line; but adding and subtracting the
  // column totals, the published cells and the 38-person OPD's total proves
  // that exactly one of its people is Sangat Kurang or Kurang/Misconduct.
  RandomPeriod p = period_of(table(4, {0, 23, 3, 7, 0,  //
                                       0, 1, 16, 16, 5,  //
                                       29, 28, 15, 13, 0,  //
                                       19, 15, 16, 20, 27}));
  REQUIRE(p.d.periods[0].units[1].pegawai == 38);  // published by the first pass
  const LaporanAudit before = audit_publik(p.d, p.rincian);
  CHECK_FALSE(before.lulus);
  Publik audited = p.d;
  const LaporanAudit lap = audit_dan_sembunyikan(audited, p.rincian);
  CHECK(lap.lulus);
  REQUIRE_FALSE(lap.disembunyikan.empty());
  CHECK(lap.disembunyikan[0].alasan_id.find("u1 · Sangat Kurang + Kurang/Misconduct\" dapat dihitung: 1 orang") !=
        std::string::npos);
  CHECK(audit_publik(audited, {}).lulus);
}

TEST_CASE("audit_publik: random tables — the first suppression sometimes leaks, the audited one never (property)") {
  std::mt19937 rng(7);
  int leaked_before = 0;
  for (int trial = 0; trial < 300; ++trial) {
    RandomPeriod p = random_period(rng, 2 + trial % 4);
    const LaporanAudit before = audit_publik(p.d, p.rincian);
    if (!before.lulus) ++leaked_before;
    Publik audited = p.d;
    const LaporanAudit lap = audit_dan_sembunyikan(audited, p.rincian);
    INFO("trial " << trial);
    CHECK(lap.lulus);
    // An outsider without the real counts cannot do better than the audit did.
    CHECK(audit_publik(audited, {}).lulus);
    CHECK(audit_publik(audited, p.rincian).lulus);
    // The audit only hides; it never changes a published value.
    for (std::size_t r = 0; r < audited.periods[0].units.size(); ++r)
      for (std::size_t c = 0; c < kJumlahPredikat; ++c)
        if (audited.periods[0].units[r].predikat[c]) CHECK(audited.periods[0].units[r].predikat[c] == p.d.periods[0].units[r].predikat[c]);
    if (!before.lulus) CHECK_FALSE(lap.disembunyikan.empty());
  }
  // The line rules alone let some combinations through: the audit is needed.
  CHECK(leaked_before > 0);
}

TEST_CASE("audit_publik: a share on time with its denominator can pin a predikat group") {
  // 24 employees due, all rated on time (100 %); Baik 20 published, the other
  // predikat and the total hidden. Without the share the other four cells add
  // up to 0..4 (nobody need be outside Baik); with it all 24 are rated, so
  // exactly 4 people are Sangat Kurang, Kurang, Butuh Perbaikan or Sangat Baik.
  Publik d;
  d.min_group = 5;
  PublikPeriode per;
  per.period_id = "p";
  BarisPredikat u;
  u.unit_id = "u";
  u.predikat[3] = 20;  // baik
  u.persen_tepat_waktu = 100.0;
  per.units.push_back(u);
  per.kota = u;
  per.kota.unit_id = "";
  d.periods.push_back(per);
  RincianPeriode rin;
  RincianBaris x;
  x.predikat = {0, 4, 0, 20, 0};
  x.wajib = 24;
  x.tepat_waktu = 24;
  rin.units.push_back(x);
  rin.kota = x;

  Publik without_share = d;
  without_share.periods[0].units[0].persen_tepat_waktu.reset();
  without_share.periods[0].kota.persen_tepat_waktu.reset();
  CHECK(audit_publik(without_share, {rin}).lulus);

  CHECK_FALSE(audit_publik(d, {rin}).lulus);
  const LaporanAudit lap = audit_dan_sembunyikan(d, {rin});
  CHECK(lap.lulus);
  REQUIRE_FALSE(lap.disembunyikan.empty());
  CHECK(lap.disembunyikan[0].alasan_id.find("Sangat Kurang + Kurang/Misconduct + Butuh Perbaikan + Sangat Baik") !=
        std::string::npos);
  CHECK(lap.disembunyikan[0].alasan_id.find(": 4 orang") != std::string::npos);
}

TEST_CASE("audit_publik: a median over fewer than k employees is not published") {
  Publik d;
  d.min_group = 5;
  PublikPeriode per;
  per.period_id = "p";
  per.kota.pegawai = 30;
  per.kota.median_capaian = 98.5;
  d.periods.push_back(per);
  RincianPeriode rin;
  rin.kota.capaian_n = 3;
  CHECK_FALSE(audit_publik(d, {rin}).lulus);
  const LaporanAudit lap = audit_dan_sembunyikan(d, {rin});
  CHECK_FALSE(d.periods[0].kota.median_capaian.has_value());
  CHECK(lap.lulus);
}

TEST_CASE("audit_publik: a trend point that is not a copy of its period's figure fails the audit") {
  Publik d = aggregate_bundle(make_demo_city());
  REQUIRE(d.audit);
  CHECK(d.audit->lulus);
  CHECK(audit_publik(d, {}).lulus);
  REQUIRE_FALSE(d.tren.empty());
  REQUIRE_FALSE(d.tren[0].titik.empty());
  d.tren[0].titik[0].pegawai = 3;
  CHECK_FALSE(audit_publik(d, {}).lulus);
}

TEST_CASE("aggregate: the demo city's real hierarchy passes the audit, and its report says what was hidden") {
  LaporanAudit lap;
  const Publik d = aggregate_bundle(make_demo_city(), default_rules(), {}, &lap);
  CHECK(lap.lulus);
  CHECK(lap.angka_diperiksa > 100);
  CHECK(lap.kelompok_diperiksa > 1000);
  CHECK(lap.primer > 0);
  REQUIRE(d.audit);
  CHECK(d.audit->angka_diperiksa == static_cast<std::int64_t>(lap.angka_diperiksa));
  for (const auto& h : lap.disembunyikan) {
    CHECK_FALSE(h.period_id.empty());
    CHECK_FALSE(h.alasan_id.empty());
    CHECK_FALSE(h.alasan_en.empty());
  }
  // Every k gives an audited document.
  for (const std::int64_t k : {3, 10}) {
    LaporanAudit l2;
    const Publik dk = aggregate_bundle(make_demo_city(), default_rules(), OpsiAgregat{k}, &l2);
    CHECK(l2.lulus);
    CHECK(dk.min_group == k);
  }
}

} // namespace
