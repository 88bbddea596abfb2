// Builds the attacker's model of each published period (audit_publik.hpp) and
// hides figures until it passes.
#include "core/calc/audit_publik.hpp"

#include "core/model/types.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <variant>

namespace kinerja {
namespace {

// Unknowns per unit row: the five predikat counts, then the people rated on
// time, rated late and not rated yet.
constexpr std::size_t kStride = kJumlahPredikat + 3;
constexpr std::size_t kOnTime = kJumlahPredikat, kLate = kJumlahPredikat + 1, kNotYet = kJumlahPredikat + 2;

std::size_t var(std::size_t row, std::size_t part) { return row * kStride + part; }

// A published figure the suppression may hide: a count or a percentage.
struct Figure {
  std::variant<std::optional<std::int64_t>*, std::optional<double>*> slot;
  std::size_t row = 0;       // unit row, or units.size() for the city
  std::size_t column = 0;    // predikat column; kJumlahPredikat for the total; kOnTime for the share
  std::string unit_id, angka;
  bool published() const {
    return std::visit([](auto* p) { return p->has_value(); }, slot);
  }
  void hide() const {
    std::visit([](auto* p) { p->reset(); }, slot);
  }
  double size() const {
    return std::visit([](auto* p) { return p->has_value() ? static_cast<double>(**p) : 0.0; }, slot);
  }
};

std::vector<Figure> predikat_figures(PublikPeriode& per) {
  std::vector<Figure> out;
  const std::size_t n = per.units.size();
  for (std::size_t r = 0; r <= n; ++r) {
    BarisPredikat& row = r < n ? per.units[r] : per.kota;
    for (std::size_t c = 0; c < kJumlahPredikat; ++c)
      out.push_back({&row.predikat[c], r, c, row.unit_id, std::string(to_string(predikat_kolom(c)))});
    out.push_back({&row.pegawai, r, kJumlahPredikat, row.unit_id, "pegawai"});
    out.push_back({&row.persen_tepat_waktu, r, kOnTime, row.unit_id, "persen_tepat_waktu"});
  }
  return out;
}

void add_sum(KendalaLinear& k, std::size_t first_row, std::size_t end_row, std::size_t part, std::int64_t coef) {
  for (std::size_t r = first_row; r < end_row; ++r) k.suku.push_back({var(r, part), coef});
}

// The predikat model of one period: what the document says, plus the real
// denominators when known. `groups` selects which groups to ask about (all
// when empty).
struct ModelPredikat {
  ModelAudit model;
  std::vector<std::size_t> group_row;  // per group: its row (n = city)
};

ModelPredikat model_predikat(const PublikPeriode& per, const RincianPeriode* rin, std::int64_t k,
                             std::optional<std::size_t> only_group = std::nullopt) {
  ModelPredikat mp;
  ModelAudit& m = mp.model;
  const std::size_t n = per.units.size();
  m.k = k;
  m.variables = n * kStride;
  auto rows_of = [&](std::size_t r) { return r < n ? std::pair(r, r + 1) : std::pair<std::size_t, std::size_t>(0, n); };
  for (std::size_t r = 0; r < n; ++r) {
    KendalaLinear split;  // rated = on time + late
    for (std::size_t c = 0; c < kJumlahPredikat; ++c) split.suku.push_back({var(r, c), 1});
    split.suku.push_back({var(r, kOnTime), -1});
    split.suku.push_back({var(r, kLate), -1});
    m.kendala.push_back(std::move(split));
    if (rin && r < rin->units.size()) {
      KendalaLinear due;  // the denominator, assumed known to the attacker
      for (std::size_t c = 0; c < kJumlahPredikat; ++c) due.suku.push_back({var(r, c), 1});
      due.suku.push_back({var(r, kNotYet), 1});
      due.lo = due.hi = rin->units[r].wajib;
      m.kendala.push_back(std::move(due));
    }
  }
  for (std::size_t r = 0; r <= n; ++r) {
    const BarisPredikat& row = r < n ? per.units[r] : per.kota;
    const auto [from, to] = rows_of(r);
    for (std::size_t c = 0; c < kJumlahPredikat; ++c) {
      if (!row.predikat[c]) continue;
      KendalaLinear e;
      add_sum(e, from, to, c, 1);
      e.lo = e.hi = *row.predikat[c];
      m.kendala.push_back(std::move(e));
    }
    if (row.pegawai) {
      KendalaLinear e;
      for (std::size_t c = 0; c < kJumlahPredikat; ++c) add_sum(e, from, to, c, 1);
      e.lo = e.hi = *row.pegawai;
      m.kendala.push_back(std::move(e));
    }
    if (row.persen_tepat_waktu) {
      // p (one decimal, half-up) = round(1000·on time / due) / 10, so
      // (2·p10 − 1)·due ≤ 2000·on time ≤ (2·p10 + 1)·due.
      const std::int64_t p10 = std::llround(*row.persen_tepat_waktu * 10);
      for (const std::int64_t side : {-1, 1}) {
        KendalaLinear e;
        add_sum(e, from, to, kOnTime, 2000);
        for (std::size_t c = 0; c < kJumlahPredikat; ++c) add_sum(e, from, to, c, -(2 * p10 + side));
        add_sum(e, from, to, kNotYet, -(2 * p10 + side));
        if (side < 0) { e.lo = 0; e.hi = kTanpaBatasAtas; }
        else { e.lo = kTanpaBatasBawah; e.hi = 0; }
        m.kendala.push_back(std::move(e));
      }
    }
  }
  // Groups: every set of predikat categories, per unit and for the city.
  // Being rated late or not yet is about the unit's raters — the reason the
  // share on time is published — not about a person's performance, so those
  // are not groups to protect; the share still constrains the predikat counts
  // (only rated people are on time), which is why it is in the model.
  std::size_t gi = 0;
  auto add_group = [&](std::size_t r, std::vector<std::size_t> parts, std::string label) {
    const std::size_t this_group = gi++;
    if (only_group && *only_group != this_group) return;
    const auto [from, to] = rows_of(r);
    KelompokDiaudit g;
    for (std::size_t x = from; x < to; ++x)
      for (std::size_t part : parts) g.vars.push_back(var(x, part));
    g.label = std::move(label);
    m.kelompok.push_back(std::move(g));
    mp.group_row.push_back(r);
  };
  for (std::size_t r = 0; r <= n; ++r) {
    for (unsigned set = 1; set < (1u << kJumlahPredikat); ++set) {
      std::vector<std::size_t> parts;
      std::string label;
      for (std::size_t c = 0; c < kJumlahPredikat; ++c)
        if (set & (1u << c)) {
          parts.push_back(c);
          if (!label.empty()) label += " + ";
          label += label_id(predikat_kolom(c));
        }
      add_group(r, std::move(parts), std::move(label));
    }
  }
  return mp;
}

std::vector<std::int64_t> truth_predikat(const RincianPeriode& rin) {
  std::vector<std::int64_t> x(rin.units.size() * kStride, 0);
  for (std::size_t r = 0; r < rin.units.size(); ++r) {
    const RincianBaris& b = rin.units[r];
    std::int64_t rated = 0;
    for (std::size_t c = 0; c < kJumlahPredikat; ++c) {
      x[var(r, c)] = b.predikat[c];
      rated += b.predikat[c];
    }
    x[var(r, kOnTime)] = b.tepat_waktu;
    x[var(r, kLate)] = rated - b.tepat_waktu;
    x[var(r, kNotYet)] = b.wajib - rated;
  }
  return x;
}

// Respondent and complaint counts: one unknown each per service unit.
ModelAudit model_layanan(const PublikPeriode& per, std::int64_t k) {
  ModelAudit m;
  m.k = k;
  const std::size_t n = per.layanan.size();
  m.variables = 2 * n;
  KendalaLinear resp_city, comp_city;
  for (std::size_t u = 0; u < n; ++u) {
    const BarisLayanan& l = per.layanan[u];
    if (l.responden) m.kendala.push_back({{{2 * u, 1}}, *l.responden, *l.responden});
    if (l.pengaduan) m.kendala.push_back({{{2 * u + 1, 1}}, *l.pengaduan, *l.pengaduan});
    resp_city.suku.push_back({2 * u, 1});
    comp_city.suku.push_back({2 * u + 1, 1});
    m.kelompok.push_back({{2 * u}, l.unit_id + " · responden"});
    m.kelompok.push_back({{2 * u + 1}, l.unit_id + " · pengaduan"});
  }
  if (per.responden_kota) {
    resp_city.lo = resp_city.hi = *per.responden_kota;
    m.kendala.push_back(resp_city);
  }
  if (per.pengaduan_kota) {
    comp_city.lo = comp_city.hi = *per.pengaduan_kota;
    m.kendala.push_back(comp_city);
  }
  return m;
}

std::vector<std::int64_t> truth_layanan(const RincianPeriode& rin) {
  std::vector<std::int64_t> x;
  for (const auto& l : rin.layanan) {
    x.push_back(l.responden);
    x.push_back(l.pengaduan);
  }
  return x;
}

std::size_t count_published(const PublikPeriode& per) {
  std::size_t n = 0;
  auto row = [&](const BarisPredikat& b) {
    n += b.pegawai.has_value() + b.persen_tepat_waktu.has_value() + b.median_capaian.has_value();
    for (const auto& c : b.predikat) n += c.has_value();
  };
  for (const auto& b : per.units) row(b);
  row(per.kota);
  for (const auto& l : per.layanan)
    n += l.responden.has_value() + l.ikm.has_value() + l.pengaduan.has_value() + l.median_hari_tanggapan.has_value() +
         l.persen_tanggapan_tepat_waktu.has_value() + l.median_hari_selesai.has_value() +
         l.persen_selesai_tepat_waktu.has_value() + l.persen_belum_ditanggapi.has_value() +
         l.persen_belum_selesai.has_value() + l.populasi.has_value() + l.sampel_minimum.has_value() +
         l.sampel_memadai.has_value();
  n += per.responden_kota.has_value() + per.pengaduan_kota.has_value();
  return n;
}

std::string unit_name(const Publik& d, const std::string& id) {
  if (id.empty()) return "Kota";
  for (const auto& u : d.units)
    if (u.id == id) return u.name;
  return id;
}

std::string range_text(const Pengungkapan& p) {
  return p.min == p.max ? std::to_string(p.min) : std::to_string(p.min) + "–" + std::to_string(p.max);
}

// Rules that are not linear: a median or an IKM rests on at least k people.
void check_bases(PublikPeriode& per, const RincianPeriode* rin, std::int64_t k, bool hide,
                 std::vector<AngkaDisembunyikan>* hidden, bool& ok) {
  // A sample verdict against a minimum below k would say "at least m of
  // fewer than k respondents": it needs no real counts to check.
  for (BarisLayanan& l : per.layanan)
    if (l.sampel_memadai && (!l.sampel_minimum || *l.sampel_minimum < k)) {
      ok = false;
      if (!hide) continue;
      l.sampel_memadai.reset();
      if (hidden)
        hidden->push_back({per.period_id, l.unit_id, "responden",
                           "sampel minimum di bawah " + std::to_string(k) + " orang",
                           "minimum sample below " + std::to_string(k) + " people"});
    }
  if (!rin) return;
  const std::size_t n = per.units.size();
  for (std::size_t r = 0; r <= n && r <= rin->units.size(); ++r) {
    BarisPredikat& row = r < n ? per.units[r] : per.kota;
    const RincianBaris& b = r < n ? rin->units[r] : rin->kota;
    if (row.median_capaian && b.capaian_n < k) {
      ok = false;
      if (hide) {
        row.median_capaian.reset();
        if (hidden)
          hidden->push_back({per.period_id, row.unit_id, "median_capaian",
                             "median diambil dari kurang dari " + std::to_string(k) + " pegawai",
                             "median taken over fewer than " + std::to_string(k) + " employees"});
      }
    }
  }
  for (std::size_t u = 0; u < per.layanan.size() && u < rin->layanan.size(); ++u) {
    BarisLayanan& l = per.layanan[u];
    const RincianLayanan& x = rin->layanan[u];
    const std::pair<std::optional<double>*, std::int64_t> complaint_figures[] = {
        {&l.median_hari_tanggapan, x.ditanggapi},
        {&l.median_hari_selesai, x.diselesaikan},
        {&l.persen_tanggapan_tepat_waktu, x.hasil_tanggapan},
        {&l.persen_selesai_tepat_waktu, x.hasil_selesai},
        {&l.persen_belum_ditanggapi, x.pengaduan},
        {&l.persen_belum_selesai, x.pengaduan}};
    for (const auto& [figure, base] : complaint_figures) {
      if (!figure->has_value() || base >= k) continue;
      ok = false;
      if (!hide) continue;
      figure->reset();
      if (hidden)
        hidden->push_back({per.period_id, l.unit_id, "pengaduan",
                           "angka pengaduan dari kurang dari " + std::to_string(k) + " pengaduan",
                           "complaint figure from fewer than " + std::to_string(k) + " complaints"});
    }
    if (l.ikm && x.responden < k) {
      ok = false;
      if (hide) {
        l.ikm.reset();
        l.mutu.clear();
        if (hidden)
          hidden->push_back({per.period_id, l.unit_id, "ikm",
                             "IKM dari kurang dari " + std::to_string(k) + " responden",
                             "IKM from fewer than " + std::to_string(k) + " respondents"});
      }
    }
  }
}

// Candidates to hide for a disclosed group in row `row`: the row's own
// figures first, then the city row, then the rest; within each, counts before
// the share on time, then smallest first.
std::vector<std::size_t> candidates(const std::vector<Figure>& figs, std::size_t row, std::size_t n) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < figs.size(); ++i)
    if (figs[i].published()) out.push_back(i);
  auto rank = [&](std::size_t i) {
    const Figure& f = figs[i];
    const int where = f.row == row ? 0 : (f.row == n ? 1 : 2);
    return std::tuple(where, f.column == kOnTime ? 1 : 0, f.size(), i);
  };
  std::sort(out.begin(), out.end(), [&](std::size_t a, std::size_t b) { return rank(a) < rank(b); });
  return out;
}

struct PeriodResult {
  std::size_t kelompok = 0, program = 0;
  bool ok = true;
};

PeriodResult audit_period(PublikPeriode& per, const RincianPeriode* rin, const Publik& d, bool hide,
                          std::vector<AngkaDisembunyikan>* hidden) {
  PeriodResult res;
  const std::int64_t k = std::max<std::int64_t>(d.min_group, 1);
  const std::size_t n = per.units.size();
  std::vector<std::int64_t> truth;
  if (rin && rin->units.size() == n) truth = truth_predikat(*rin);
  check_bases(per, rin, k, hide, hidden, res.ok);

  // Predikat table, on-time share: audit, hide, audit again until it passes.
  while (true) {
    ModelPredikat mp = model_predikat(per, truth.empty() ? nullptr : rin, k);
    const HasilAudit h = audit(mp.model, truth);
    res.kelompok += h.kelompok_diperiksa;
    res.program += h.program_diselesaikan;
    if (h.lulus()) break;
    res.ok = false;
    if (!hide) break;
    std::vector<Figure> figs = predikat_figures(per);
    if (!h.konsisten || h.terungkap.empty()) {  // figures contradict each other: publish none
      for (const Figure& f : figs)
        if (f.published()) f.hide();
      if (hidden) hidden->push_back({per.period_id, "", "semua", "angka periode ini saling bertentangan",
                                     "this period's figures contradict each other"});
      break;
    }
    const Pengungkapan& p = h.terungkap.front();
    const std::size_t row = mp.group_row[p.kelompok];
    const std::string& label = mp.model.kelompok[p.kelompok].label;
    const std::vector<std::size_t> cand = candidates(figs, row, n);
    if (cand.empty()) break;  // nothing left to hide (cannot happen: an empty table discloses nothing)
    std::size_t chosen = cand.front();
    for (std::size_t c : cand) {  // the first figure whose absence alone makes this group safe
      const Figure& f = figs[c];
      PublikPeriode trial = per;
      std::vector<Figure> trial_figs = predikat_figures(trial);
      trial_figs[c].hide();
      const ModelPredikat one = model_predikat(trial, truth.empty() ? nullptr : rin, k, p.kelompok);
      const HasilAudit th = audit(one.model, truth);
      res.program += th.program_diselesaikan;
      (void)f;
      if (th.lulus()) {
        chosen = c;
        break;
      }
    }
    const Figure& f = figs[chosen];
    f.hide();
    if (hidden) {
      const std::string who = unit_name(d, row < n ? per.units[row].unit_id : std::string());
      hidden->push_back({per.period_id, f.unit_id, f.angka,
                         "tanpa disembunyikan, kelompok \"" + who + " · " + label + "\" dapat dihitung: " +
                             range_text(p) + " orang",
                         "otherwise the group \"" + who + " · " + label + "\" could be computed: " + range_text(p) +
                             " people"});
    }
    // A share or median shown without its row's total would stand alone.
    for (std::size_t r = 0; r <= n; ++r) {
      BarisPredikat& b = r < n ? per.units[r] : per.kota;
      if (!b.pegawai) {
        b.persen_tepat_waktu.reset();
        b.median_capaian.reset();
      }
    }
  }

  // Respondent and complaint counts.
  while (true) {
    const ModelAudit m = model_layanan(per, k);
    const std::vector<std::int64_t> lt = rin && rin->layanan.size() == per.layanan.size() ? truth_layanan(*rin)
                                                                                          : std::vector<std::int64_t>{};
    const HasilAudit h = audit(m, lt);
    res.kelompok += h.kelompok_diperiksa;
    res.program += h.program_diselesaikan;
    if (h.lulus()) break;
    res.ok = false;
    if (!hide) break;
    // Hide the city totals first (one figure that links every unit), then
    // the disclosed unit's own count.
    std::optional<std::int64_t>* slot = nullptr;
    std::string angka, unit;
    const std::size_t g = h.terungkap.empty() ? 0 : h.terungkap.front().kelompok;
    const bool responden = g % 2 == 0;
    if (responden && per.responden_kota) { slot = &per.responden_kota; angka = "responden"; }
    else if (!responden && per.pengaduan_kota) { slot = &per.pengaduan_kota; angka = "pengaduan"; }
    else {
      BarisLayanan& l = per.layanan[g / 2];
      slot = responden ? &l.responden : &l.pengaduan;
      angka = responden ? "responden" : "pengaduan";
      unit = l.unit_id;
    }
    if (!slot->has_value()) break;
    slot->reset();
    if (hidden && !h.terungkap.empty()) {
      const Pengungkapan& p = h.terungkap.front();
      hidden->push_back({per.period_id, unit, angka,
                         "tanpa disembunyikan, " + m.kelompok[g].label + " dapat dihitung: " + range_text(p),
                         "otherwise " + m.kelompok[g].label + " could be computed: " + range_text(p)});
    }
  }
  return res;
}

bool trend_is_copy(const Publik& d) {
  std::map<std::pair<std::string, std::string>, TitikTren> published;
  for (const auto& per : d.periods) {
    auto add = [&](const BarisPredikat& b) {
      TitikTren& t = published[{b.unit_id, per.period_id}];
      t.period_id = per.period_id;
      t.pegawai = b.pegawai;
      t.persen_tepat_waktu = b.persen_tepat_waktu;
      t.median_capaian = b.median_capaian;
    };
    for (const auto& b : per.units) add(b);
    add(per.kota);
    for (const auto& l : per.layanan) {
      TitikTren& t = published[{l.unit_id, per.period_id}];
      t.period_id = per.period_id;
      t.ikm = l.ikm;
    }
  }
  for (const auto& tu : d.tren)
    for (const auto& pt : tu.titik) {
      auto it = published.find({tu.unit_id, pt.period_id});
      if (it == published.end() || !(it->second == pt)) return false;
    }
  return true;
}

LaporanAudit run(Publik& d, const std::vector<RincianPeriode>& rincian, bool hide) {
  LaporanAudit lap;
  lap.lulus = true;
  for (std::size_t i = 0; i < d.periods.size(); ++i) {
    PublikPeriode& per = d.periods[i];
    const RincianPeriode* rin = i < rincian.size() ? &rincian[i] : nullptr;
    const PeriodResult r = audit_period(per, rin, d, hide, hide ? &lap.disembunyikan : nullptr);
    lap.kelompok_diperiksa += r.kelompok;
    lap.program_diselesaikan += r.program;
    if (!r.ok && !hide) lap.lulus = false;
  }
  if (hide) bangun_tren(d);
  if (!trend_is_copy(d)) lap.lulus = false;
  for (const auto& per : d.periods) lap.angka_diperiksa += count_published(per);
  for (const auto& tu : d.tren)
    for (const auto& pt : tu.titik)
      lap.angka_diperiksa += pt.pegawai.has_value() + pt.persen_tepat_waktu.has_value() +
                             pt.median_capaian.has_value() + pt.ikm.has_value();
  if (hide) {
    // What was published is audited once more, read-only, as an outsider would.
    const LaporanAudit again = run(d, rincian, false);
    lap.lulus = again.lulus;
    lap.kelompok_diperiksa = again.kelompok_diperiksa;
  }
  return lap;
}

} // namespace

void bangun_tren(Publik& d) {
  std::map<std::pair<std::string, int>, TrenUnit> tren;
  auto point = [&](const std::string& unit, JenisPeriode jenis, const std::string& period_id) -> TitikTren& {
    TrenUnit& t = tren[{unit, static_cast<int>(jenis)}];
    t.unit_id = unit;
    t.jenis = jenis;
    if (t.titik.empty() || t.titik.back().period_id != period_id) t.titik.push_back({period_id, {}, {}, {}, {}});
    return t.titik.back();
  };
  for (const auto& per : d.periods) {
    auto add = [&](const BarisPredikat& row) {
      TitikTren& pt = point(row.unit_id, per.jenis, per.period_id);
      pt.pegawai = row.pegawai;
      pt.persen_tepat_waktu = row.persen_tepat_waktu;
      pt.median_capaian = row.median_capaian;
    };
    for (const auto& r : per.units) add(r);
    add(per.kota);
    for (const auto& l : per.layanan) point(l.unit_id, per.jenis, per.period_id).ikm = l.ikm;
  }
  d.tren.clear();
  for (auto& [key, t] : tren) d.tren.push_back(std::move(t));
}

LaporanAudit audit_dan_sembunyikan(Publik& d, const std::vector<RincianPeriode>& rincian) {
  return run(d, rincian, true);
}

LaporanAudit audit_publik(const Publik& d, const std::vector<RincianPeriode>& rincian) {
  Publik copy = d;
  return run(copy, rincian, false);
}

} // namespace kinerja
