// Whole-bundle scoring: joins the records of a bundle (by id, through index
// tables built once) and calls the rule modules for each employee and period.
// The joins are per-employee lists scanned linearly rather than hash maps on
// composite keys: an employee has a handful of SKPs, indicators and
// evaluations, and this is the hot path of the city-year benchmark.
#include "core/calc/score.hpp"

#include "core/base/calendar.hpp"
#include "core/calc/suppression.hpp"

#include <algorithm>
#include <map>
#include <numeric>
#include <string_view>
#include <tuple>
#include <unordered_map>

namespace kinerja {

std::string_view to_string(StatusPenilaian s) {
  switch (s) {
    case StatusPenilaian::belum_mulai: return "belum-mulai";
    case StatusPenilaian::diajukan: return "diajukan";
    case StatusPenilaian::dinilai: return "dinilai";
    case StatusPenilaian::terlambat: return "terlambat";
    case StatusPenilaian::invalid: break;
  }
  return "";
}

std::ostream& operator<<(std::ostream& os, StatusPenilaian s) { return os << to_string(s); }

namespace {

using IdIndex = std::unordered_map<std::string_view, std::size_t>;

template <typename Record>
IdIndex index_by_id(const std::vector<Record>& records) {
  IdIndex ix;
  ix.reserve(records.size());
  for (std::size_t i = 0; i < records.size(); ++i)
    if (!records[i].meta.deleted) ix.emplace(records[i].meta.id, i);
  return ix;
}

std::size_t find_index(const IdIndex& ix, std::string_view id) {
  auto it = ix.find(id);
  return it == ix.end() ? kTidakAda : it->second;
}

std::vector<std::size_t> parent_indices(const Bundle& b, const IdIndex& units) {
  std::vector<std::size_t> parent(b.units.size(), kTidakAda);
  for (std::size_t i = 0; i < b.units.size(); ++i)
    if (!b.units[i].parent_id.empty()) parent[i] = find_index(units, b.units[i].parent_id);
  return parent;
}


// PP 46/2011: one kegiatan per RHK from its kuantitas / kualitas / waktu
// (/ biaya) indicators; an RHK without the three main aspects is left out.
std::optional<KegiatanPp46> kegiatan_pp46(const Rhk& rhk, const std::vector<CapaianIndikator>& caps,
                                          std::size_t rhk_index) {
  KegiatanPp46 k;
  bool kuantitas = false, kualitas = false, waktu = false;
  for (const auto& c : caps) {
    if (c.rhk != rhk_index || !c.realisasi) continue;
    const SkpIndicator& ind = rhk.indicators[c.indikator];
    if (!ind.target) continue;
    switch (ind.aspek) {
      case Aspek::kuantitas: k.target_output = *ind.target; k.realisasi_output = *c.realisasi; kuantitas = true; break;
      case Aspek::kualitas: k.target_kualitas = *ind.target; k.realisasi_kualitas = *c.realisasi; kualitas = true; break;
      case Aspek::waktu: k.target_waktu = *ind.target; k.realisasi_waktu = *c.realisasi; waktu = true; break;
      case Aspek::biaya: k.target_biaya = *ind.target; k.realisasi_biaya = *c.realisasi; break;
      case Aspek::invalid: break;
    }
  }
  if (!kuantitas || !kualitas || !waktu) return std::nullopt;
  return k;
}

NilaiLegacy legacy_score(const RuleSet& rules, MetodePenilaian metode, const Skp* skp,
                         const std::vector<CapaianIndikator>& caps) {
  NilaiLegacy none;
  none.error_id = "tidak ada SKP untuk periode ini";
  none.error_en = "no SKP for this period";
  if (skp == nullptr) return none;
  if (metode == MetodePenilaian::pp_46_2011) {
    std::vector<KegiatanPp46> kegiatan;
    for (std::size_t r = 0; r < skp->rhk.size(); ++r)
      if (auto k = kegiatan_pp46(skp->rhk[r], caps, r)) kegiatan.push_back(*k);
    return nilai_skp_pp46(rules.pp46_2011, kegiatan);
  }
  // PermenPANRB 8/2021 is how PP 30/2019's nilai SKP was computed in practice.
  std::vector<double> utama, tambahan;
  for (const auto& c : caps) {
    if (!c.capaian) continue;
    const bool maksimal = skp->rhk[c.rhk].indicators[c.indikator].target_maksimal;
    const NilaiLegacy n = nilai_capaian_8_2021(rules.permen8_2021, *c.capaian, maksimal);
    if (!n.ok) continue;
    (c.kategori == KategoriRhk::tambahan ? tambahan : utama).push_back(n.nilai);
  }
  return nilai_skp_8_2021(rules.permen8_2021, utama, tambahan);
}

} // namespace

// Capaian of one SKP indicator from its realisation value; nullopt capaian
// (and no error) when there is no numeric target or realisasi.
CapaianIndikator capaian_indikator(const SkpIndicator& ind, std::optional<double> value) {
  CapaianIndikator c;
  c.realisasi = value;
  if (!value) return c;
  InputCapaian in;
  in.polaritas = ind.polaritas;
  in.realisasi = *value;
  if (ind.target_min && ind.target_max) {
    in.target = *ind.target_min;
    in.target_maks = *ind.target_max;
  } else if (ind.target) {
    in.target = *ind.target;
  } else {
    return c;
  }
  const HasilCapaian h = hitung_capaian(in);
  if (h.ok()) c.capaian = h.persen;
  else c.error = h.error;
  return c;
}

std::vector<std::size_t> top_units(const Bundle& b) {
  const IdIndex units = index_by_id(b.units);
  const auto parent = parent_indices(b, units);
  std::vector<std::size_t> top(b.units.size());
  for (std::size_t i = 0; i < b.units.size(); ++i) {
    std::size_t at = i, steps = 0;
    while (parent[at] != kTidakAda && steps <= b.units.size()) { at = parent[at]; ++steps; }
    top[i] = steps > b.units.size() ? i : at;
  }
  return top;
}

ScoreReport score_bundle(const Bundle& b, const RuleSet& rules) {
  ScoreReport report;
  const IdIndex units = index_by_id(b.units);
  const IdIndex employees = index_by_id(b.employees);
  const IdIndex periods = index_by_id(b.periods);
  const IdIndex skps = index_by_id(b.skps);
  const IdIndex library = index_by_id(b.indicators);
  const auto parent = parent_indices(b, units);

  // The joins, resolved to indices once: per employee their SKPs and
  // evaluations (with the evaluation's period), per SKP its realisations
  // (with the period and the indicator's position in the SKP).
  struct EvalRef { std::size_t index, period; };
  struct RealRef { std::size_t index, period, slot; };
  std::vector<std::vector<std::size_t>> skp_of(b.employees.size());
  std::vector<std::vector<EvalRef>> eval_of(b.employees.size());
  std::vector<std::vector<RealRef>> real_of(b.skps.size());
  std::vector<std::size_t> unit_of(b.employees.size(), kTidakAda);
  std::vector<std::vector<std::size_t>> assigned(b.periods.size());
  for (std::size_t i = 0; i < b.employees.size(); ++i) unit_of[i] = find_index(units, b.employees[i].unit_id);
  for (std::size_t i = 0; i < b.skps.size(); ++i)
    if (!b.skps[i].meta.deleted)
      if (auto e = find_index(employees, b.skps[i].employee_id); e != kTidakAda) skp_of[e].push_back(i);
  for (std::size_t i = 0; i < b.evaluations.size(); ++i) {
    const Evaluation& ev = b.evaluations[i];
    if (ev.meta.deleted) continue;
    const auto e = find_index(employees, ev.employee_id), p = find_index(periods, ev.period_id);
    if (e != kTidakAda && p != kTidakAda) eval_of[e].push_back({i, p});
  }
  for (std::size_t i = 0; i < b.realisations.size(); ++i) {
    const Realisation& re = b.realisations[i];
    if (re.meta.deleted) continue;
    const auto k = find_index(skps, re.skp_id), p = find_index(periods, re.period_id);
    if (k == kTidakAda || p == kTidakAda) continue;
    std::size_t slot = 0;
    bool found = false;
    for (const Rhk& rhk : b.skps[k].rhk) {
      for (const SkpIndicator& ind : rhk.indicators) {
        if (ind.id == re.indicator_id) { found = true; break; }
        ++slot;
      }
      if (found) break;
    }
    if (found) real_of[k].push_back({i, p, slot});
  }
  for (const auto& a : b.assignments) {
    if (a.meta.deleted) continue;
    const auto p = find_index(periods, a.period_id);
    const auto e = find_index(employees, a.employee_id);
    if (p != kTidakAda && e != kTidakAda) assigned[p].push_back(e);
  }
  // CKO per (unit, period).
  std::vector<std::vector<std::pair<std::size_t, Cko>>> cko_of(b.units.size());
  for (const auto& o : b.org_ratings) {
    if (o.meta.deleted) continue;
    const auto u = find_index(units, o.unit_id);
    const auto p = find_index(periods, o.period_id);
    if (u != kTidakAda && p != kTidakAda) cko_of[u].emplace_back(p, o.cko);
  }
  auto cko_for = [&](std::size_t u, std::size_t p) -> std::optional<Cko> {
    if (u == kTidakAda) return std::nullopt;
    for (const auto& [pp, c] : cko_of[u])
      if (pp == p) return c;
    return std::nullopt;
  };

  // Employees in id order, sorted once: each period's list is then ordered
  // by this rank, an integer compare instead of a string one.
  std::vector<std::size_t> by_id(b.employees.size());
  std::iota(by_id.begin(), by_id.end(), std::size_t{0});
  std::sort(by_id.begin(), by_id.end(), [&](std::size_t x, std::size_t y) {
    return std::tie(b.employees[x].meta.id, x) < std::tie(b.employees[y].meta.id, y);
  });
  std::vector<std::size_t> rank(b.employees.size());
  std::vector<std::size_t> all_employees;
  all_employees.reserve(b.employees.size());
  for (std::size_t r = 0; r < by_id.size(); ++r) {
    rank[by_id[r]] = r;
    if (!b.employees[by_id[r]].meta.deleted) all_employees.push_back(by_id[r]);
  }
  auto by_employee_id = [&](std::size_t x, std::size_t y) { return rank[x] < rank[y]; };

  std::vector<std::size_t> period_order;
  for (std::size_t i = 0; i < b.periods.size(); ++i)
    if (!b.periods[i].meta.deleted) period_order.push_back(i);
  std::sort(period_order.begin(), period_order.end(), [&](std::size_t x, std::size_t y) {
    return std::tie(b.periods[x].start, b.periods[x].meta.id) < std::tie(b.periods[y].start, b.periods[y].meta.id);
  });

  std::size_t expected = 0;
  for (const std::size_t p : period_order) expected += assigned[p].empty() ? all_employees.size() : assigned[p].size();
  report.pegawai.reserve(expected);

  const std::optional<std::int64_t> as_of = parse_timestamp_ms(b.created);
  std::vector<ItemHasilKerja> items;
  std::vector<Rating> nilai;
  std::vector<std::optional<double>> values;

  for (const std::size_t p : period_order) {
    const Period& period = b.periods[p];
    const std::optional<std::int64_t> deadline = deadline_end_ms(period);
    std::vector<std::size_t> people = assigned[p];
    if (people.empty()) {
      people = all_employees;
    } else {
      std::sort(people.begin(), people.end(), by_employee_id);
      people.erase(std::unique(people.begin(), people.end()), people.end());
    }
    std::vector<JumlahPredikat> per_unit(b.units.size());
    // Measured realisations of this period, computed once per (unit, source)
    // and only when an indicator asks for one.
    std::vector<DataLayanan> data_layanan;
    // (unit, jenis, layanan) → its entry in report.terukur; the layanan is a
    // view into the bundle, so looking one up allocates nothing.
    std::map<std::tuple<std::size_t, JenisSumber, std::string_view>, std::size_t> terukur_of;
    const auto period_end = parse_date(period.end);
    const std::int64_t sekarang =
        as_of.value_or(period_end ? (*period_end + 1) * kMsPerDay - kWitaOffsetMs : std::int64_t{0});
    auto ukur = [&](const SumberRealisasi& sumber, std::size_t pegawai_unit) -> std::size_t {
      std::size_t u = sumber.unit_id.empty() ? pegawai_unit : find_index(units, sumber.unit_id);
      if (u == kTidakAda || !sumber_unit_boleh(parent, pegawai_unit, u)) {
        RealisasiTerukur t;
        t.unit = u == kTidakAda ? 0 : u;
        t.period = p;
        t.jenis = sumber.jenis;
        t.alasan_id = "Unit sumber data \"" + sumber.unit_id +
                      "\" bukan unit pegawai ini atau unit di bawahnya: realisasi tidak dihitung";
        t.alasan_en = "The data source unit \"" + sumber.unit_id +
                      "\" is not this employee's unit or one under it: no realisation";
        report.terukur.push_back(std::move(t));
        return report.terukur.size() - 1;
      }
      const auto key = std::make_tuple(u, sumber.jenis, std::string_view(sumber.layanan));
      if (auto it = terukur_of.find(key); it != terukur_of.end()) return it->second;
      if (data_layanan.empty())
        data_layanan = kumpulkan_data_layanan(b, p, /*jawaban_menurut_tanggal=*/period.jenis == JenisPeriode::tahunan);
      RealisasiTerukur t = ukur_realisasi(rules, sumber.jenis, data_layanan[u], kDefaultMinGroup, sekarang,
                                          b.units[u].name, period.name, sumber.layanan);
      t.unit = u;
      t.period = p;
      report.terukur.push_back(std::move(t));
      terukur_of.emplace(key, report.terukur.size() - 1);
      return report.terukur.size() - 1;
    };

    for (const std::size_t e : people) {
      const Employee& emp = b.employees[e];
      SkorPegawai s;
      s.employee = e;
      s.period = p;

      // The SKP of the period's year; the most recently updated if several.
      for (std::size_t i : skp_of[e]) {
        if (b.skps[i].year != period.year) continue;
        if (s.skp == kTidakAda || b.skps[s.skp].meta.updated < b.skps[i].meta.updated) s.skp = i;
      }
      for (const EvalRef& x : eval_of[e])
        if (x.period == p) s.evaluation = x.index;

      bool any_submitted = false;
      if (s.skp != kTidakAda) {
        const Skp& skp = b.skps[s.skp];
        // The period's realisation of each indicator slot (the last one wins, as in the file).
        values.clear();
        for (const RealRef& x : real_of[s.skp]) {
          if (x.period != p) continue;
          const Realisation& re = b.realisations[x.index];
          if (values.size() <= x.slot) values.resize(x.slot + 1, std::nullopt);
          values[x.slot] = re.value;
          any_submitted = any_submitted || !re.submitted.empty();
        }
        std::size_t slots = 0;
        for (const Rhk& rhk : skp.rhk) slots += rhk.indicators.size();
        s.capaian.reserve(slots);
        std::size_t slot = 0;
        for (std::size_t r = 0; r < skp.rhk.size(); ++r) {
          const Rhk& rhk = skp.rhk[r];
          for (std::size_t k = 0; k < rhk.indicators.size(); ++k, ++slot) {
            const SkpIndicator& ind = rhk.indicators[k];
            std::optional<double> value = slot < values.size() ? values[slot] : std::nullopt;
            std::size_t terukur = kTidakAda;
            // Its own source, else that of the library entry it was made from.
            const SumberRealisasi* sumber = ind.sumber ? &*ind.sumber : nullptr;
            if (!sumber && !ind.library_id.empty())
              if (const auto lib = find_index(library, ind.library_id); lib != kTidakAda && b.indicators[lib].sumber)
                sumber = &*b.indicators[lib].sumber;
            if (sumber) {  // measured: what was typed does not count
              terukur = ukur(*sumber, unit_of[e]);
              value = report.terukur[terukur].nilai;
            }
            CapaianIndikator c = capaian_indikator(ind, value);
            c.terukur = terukur;
            c.rhk = r;
            c.indikator = k;
            c.kategori = rhk.kategori;
            s.capaian.push_back(c);
          }
        }
      }
      items.clear();
      double sum = 0;
      int n = 0;
      for (const auto& c : s.capaian) {
        items.push_back({c.kategori, c.capaian});
        if (c.capaian) { sum += *c.capaian; ++n; }
      }
      if (n > 0) s.capaian_rata = sum / n;
      s.saran_hasil_kerja = saran_rating_hasil_kerja(rules.rating_hasil_kerja, items);

      const Evaluation* ev = s.evaluation == kTidakAda ? nullptr : &b.evaluations[s.evaluation];
      if (ev != nullptr) {
        nilai.clear();
        for (const auto& pn : ev->perilaku) nilai.push_back(pn.rating.value_or(Rating::invalid));
        s.saran_perilaku = saran_rating_perilaku(rules.rating_perilaku, nilai);
        any_submitted = any_submitted || !ev->self_submitted.empty();
      }

      s.kepala_unit = emp.is_unit_head;
      if (emp.is_unit_head) s.cko_unit = cko_for(unit_of[e], p);
      const Rating rater_hk = ev && ev->rating_hasil_kerja ? *ev->rating_hasil_kerja : Rating::invalid;
      s.rating_hasil_kerja = rater_hk;
      if (s.cko_unit) {
        const Rating r = rating_hasil_kerja_kepala_unit(rules.rating_hasil_kerja, *s.cko_unit);
        if (r != Rating::invalid) s.rating_hasil_kerja = r;
      } else if (s.kepala_unit) {
        // A unit head's hasil kerja is the unit's CKO and nothing else: until
        // it is set, a rating typed by the rater does not count.
        s.rating_hasil_kerja = Rating::invalid;
        s.menunggu_cko = true;
      }
      s.rating_perilaku = ev && ev->rating_perilaku ? *ev->rating_perilaku : Rating::invalid;
      if (rater_hk != Rating::invalid && s.saran_hasil_kerja.rating != Rating::invalid && !s.cko_unit) {
        s.beda_dari_saran = rater_hk != s.saran_hasil_kerja.rating;
        s.alasan_kurang = s.beda_dari_saran && ev->reason.empty();
      }
      s.predikat_matriks = predikat_kinerja(rules.matriks, s.rating_hasil_kerja, s.rating_perilaku);
      // The predikat an assessment ends with, always derived here: a granted
      // keberatan's final predikat, else BKPSDM's calibration, else the
      // kuadran of the ratings as they are now — so a unit head's predikat
      // follows the unit's current CKO. The predikat the rater saw when saving
      // is only compared: when it differs (a CKO set or changed since), the
      // report flags it and the derived one is used.
      s.predikat = s.predikat_matriks;
      if (ev && ev->kalibrasi && ev->kalibrasi->predikat != Predikat::invalid && s.predikat != Predikat::invalid) {
        s.dikalibrasi = true;
        s.predikat = ev->kalibrasi->predikat;
      }
      if (ev && ev->predikat && *ev->predikat != Predikat::invalid && s.predikat_matriks != Predikat::invalid)
        s.predikat_tersimpan_beda = *ev->predikat != s.predikat_matriks;
      if (ev && ev->keberatan && ev->keberatan->decision == KeputusanKeberatan::diterima &&
          ev->keberatan->predikat_akhir && s.predikat != Predikat::invalid)
        s.predikat = *ev->keberatan->predikat_akhir;

      // A legacy period ends in a number, not in a kuadran: its nilai SKP,
      // and with the rater's nilai perilaku the method's final nilai and band.
      // No 6/2022 predikat, CKO rule or suggestion check applies to it.
      const bool lama = metode_lama(period.metode);
      if (lama) {
        s.legacy = legacy_score(rules, period.metode, s.skp == kTidakAda ? nullptr : &b.skps[s.skp], s.capaian);
        PenilaianLegacy pl;
        if (ev) {
          pl.nilai_perilaku = ev->nilai_perilaku;
          pl.perilaku_360 = ev->perilaku_360;
          pl.inovasi = ev->inovasi;
        }
        s.legacy_akhir = nilai_akhir_legacy(rules, period.metode, *s.legacy, pl);
        s.predikat = s.predikat_matriks = Predikat::invalid;
        s.rating_hasil_kerja = s.rating_perilaku = Rating::invalid;
        s.dikalibrasi = s.predikat_tersimpan_beda = s.menunggu_cko = false;
        s.beda_dari_saran = s.alasan_kurang = false;
      }

      // Status against the deadline.
      const std::optional<std::int64_t> rated = ev ? parse_timestamp_ms(ev->rated) : std::nullopt;
      const bool is_rated = rated.has_value() && (lama ? s.legacy_akhir->ok : s.predikat != Predikat::invalid);
      const bool past = deadline && as_of && *as_of >= *deadline;
      s.sudah_dinilai = is_rated;
      if (is_rated) {
        s.tepat_waktu = !deadline || *rated < *deadline;
        s.status = s.tepat_waktu ? StatusPenilaian::dinilai : StatusPenilaian::terlambat;
      } else if (past) {
        s.status = StatusPenilaian::terlambat;
      } else {
        s.status = any_submitted ? StatusPenilaian::diajukan : StatusPenilaian::belum_mulai;
      }

      if (is_rated && s.predikat != Predikat::invalid) {
        // Count the employee in their unit and every unit above it.
        std::size_t u = unit_of[e], steps = 0;
        while (u != kTidakAda && steps++ <= b.units.size()) {
          ++per_unit[u][s.predikat];
          u = parent[u];
        }
      }
      report.pegawai.push_back(std::move(s));
    }

    // Distribution check (SE 3/2023, a 6/2022 rule) for every unit with a CKO in this period.
    std::vector<std::size_t> rated_units;
    for (std::size_t u = 0; u < b.units.size() && !metode_lama(period.metode); ++u)
      if (!b.units[u].meta.deleted && cko_for(u, p)) rated_units.push_back(u);
    std::sort(rated_units.begin(), rated_units.end(),
              [&](std::size_t x, std::size_t y) { return b.units[x].meta.id < b.units[y].meta.id; });
    for (std::size_t u : rated_units) {
      KurvaUnit k;
      k.unit = u;
      k.period = p;
      k.cko = *cko_for(u, p);
      k.jumlah = per_unit[u];
      k.peringatan = periksa_kurva(rules.kurva, k.cko, k.jumlah);
      report.kurva.push_back(std::move(k));
    }
  }
  return report;
}

} // namespace kinerja
