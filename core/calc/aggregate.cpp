// Public aggregates: groups the score report by top-level unit and period,
// adds the citizens' voice per service unit, and runs small-group suppression
// before anything is written into the public document.
#include "core/calc/aggregate.hpp"
#include "core/calc/sumber.hpp"

#include "core/calc/ikm.hpp"
#include "core/calc/keluhan.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>

namespace kinerja {

std::optional<double> median(std::vector<double>& v) {
  if (v.empty()) return std::nullopt;
  const std::size_t mid = v.size() / 2;
  std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(mid), v.end());
  const double hi = v[mid];
  if (v.size() % 2 == 1) return hi;
  const double lo = *std::max_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(mid));
  return (lo + hi) / 2;
}

double round_to(double x, int decimals) {
  const double f = std::pow(10.0, decimals);
  // A small nudge so 12.345 stored as 12.34499… still rounds up, as displayed.
  return std::floor(x * f + 0.5 + 1e-9) / f;
}

namespace {

struct Kelompok {  // one top-level unit (or the city) in one period
  std::int64_t due = 0, tepat_waktu = 0;
  std::array<std::int64_t, kJumlahPredikat> predikat{};
  std::vector<double> capaian;
};

std::optional<std::int64_t> shown(const CountTable& t, const std::vector<CellStatus>& st, std::size_t r,
                                  std::size_t c) {
  const std::size_t i = r * t.width() + c;
  return is_suppressed(st[i]) ? std::nullopt : std::optional<std::int64_t>(t.values[i]);
}

// Share and median follow the row's head count: hidden with it, and hidden
// when their own group is below k.
void fill_figures(BarisPredikat& row, Kelompok& g, std::int64_t k) {
  if (!row.pegawai) return;
  if (g.due >= k && g.due > 0)
    row.persen_tepat_waktu = round_to(100.0 * static_cast<double>(g.tepat_waktu) / static_cast<double>(g.due), 1);
  if (static_cast<std::int64_t>(g.capaian.size()) >= k)
    if (auto m = median(g.capaian)) row.median_capaian = round_to(*m, 1);
}

// One-column table (rows + city total) for respondent or complaint counts.
std::vector<std::optional<std::int64_t>> suppress_column(const std::vector<std::int64_t>& counts, std::int64_t k,
                                                         std::optional<std::int64_t>& total_out) {
  CountTable t;
  t.rows = counts.size();
  t.cols = 1;
  t.row_totals = false;
  t.col_totals = true;
  t.values = counts;
  fill_totals(t);
  const auto st = suppress(t, k);
  std::vector<std::optional<std::int64_t>> out;
  for (std::size_t r = 0; r < counts.size(); ++r) out.push_back(shown(t, st, r, 0));
  total_out = shown(t, st, counts.size(), 0);
  return out;
}

} // namespace

Publik aggregate_publik(const Bundle& b, const ScoreReport& report, const RuleSet& rules, const OpsiAgregat& opsi,
                        LaporanAudit* laporan) {
  const std::int64_t k = std::max<std::int64_t>(opsi.min_group, 1);
  Publik d;
  d.created = b.created;
  d.min_group = k;
  d.note = b.note;
  for (const RuleMeta* m : rules.metas())
    if (m != nullptr) d.rules.push_back({m->id, m->version});

  std::unordered_map<std::string_view, std::size_t> unit_ix;
  for (std::size_t i = 0; i < b.units.size(); ++i)
    if (!b.units[i].meta.deleted) unit_ix.emplace(b.units[i].meta.id, i);
  std::vector<std::size_t> unit_order;
  for (std::size_t i = 0; i < b.units.size(); ++i)
    if (!b.units[i].meta.deleted) unit_order.push_back(i);
  auto by_unit_id = [&](std::size_t x, std::size_t y) { return b.units[x].meta.id < b.units[y].meta.id; };
  std::sort(unit_order.begin(), unit_order.end(), by_unit_id);
  for (std::size_t i : unit_order) {
    const Unit& u = b.units[i];
    d.units.push_back({u.meta.id, u.name, u.kind, u.parent_id});
  }
  const std::vector<std::size_t> top = top_units(b);

  // A legacy period (numeric methods, before 2022) has no 6/2022 predikat to
  // count, so the public document does not carry it (docs/domain.md §12).
  std::vector<std::size_t> period_order;
  for (std::size_t i = 0; i < b.periods.size(); ++i)
    if (!b.periods[i].meta.deleted && !metode_lama(b.periods[i].metode)) period_order.push_back(i);
  std::sort(period_order.begin(), period_order.end(), [&](std::size_t x, std::size_t y) {
    return std::tie(b.periods[x].start, b.periods[x].meta.id) < std::tie(b.periods[y].start, b.periods[y].meta.id);
  });

  // Score entries per period.
  std::vector<std::vector<const SkorPegawai*>> by_period(b.periods.size());
  for (const auto& s : report.pegawai)
    if (s.period < b.periods.size()) by_period[s.period].push_back(&s);

  const std::optional<std::int64_t> as_of = parse_timestamp_ms(b.created);
  std::vector<RincianPeriode> rincian;  // the real counts, for the audit
  std::size_t primer = 0, pelengkap = 0;

  for (const std::size_t p : period_order) {
    const Period& period = b.periods[p];
    PublikPeriode out;
    out.period_id = period.meta.id;
    out.name = period.name;
    out.jenis = period.jenis;
    out.year = period.year;
    out.start = period.start;
    out.end = period.end;

    // --- predikat table -----------------------------------------------------
    std::map<std::size_t, Kelompok> groups;  // top unit index → group
    Kelompok city;
    for (const SkorPegawai* s : by_period[p]) {
      const Employee& e = b.employees[s->employee];
      auto it = unit_ix.find(e.unit_id);
      if (it == unit_ix.end()) continue;
      Kelompok& g = groups[top[it->second]];
      for (Kelompok* x : {&g, &city}) {
        ++x->due;
        if (s->tepat_waktu) ++x->tepat_waktu;
        if (s->sudah_dinilai && s->predikat != Predikat::invalid) ++x->predikat[static_cast<std::size_t>(s->predikat) - 1];
        if (s->capaian_rata) x->capaian.push_back(*s->capaian_rata);
      }
    }
    std::vector<std::size_t> rows;
    for (const auto& [u, g] : groups) rows.push_back(u);
    std::sort(rows.begin(), rows.end(), by_unit_id);

    CountTable t;
    t.rows = rows.size();
    t.cols = kJumlahPredikat;
    t.values.assign(t.height() * t.width(), 0);
    for (std::size_t r = 0; r < rows.size(); ++r)
      for (std::size_t c = 0; c < kJumlahPredikat; ++c) t.values[r * t.width() + c] = groups[rows[r]].predikat[c];
    fill_totals(t);
    const auto st = suppress(t, k);
    for (const CellStatus c : st) {
      primer += c == CellStatus::primary;
      pelengkap += c == CellStatus::complementary;
    }
    RincianPeriode rin;
    auto rincian_of = [&](const Kelompok& g) {
      RincianBaris x;
      for (std::size_t c = 0; c < kJumlahPredikat; ++c) x.predikat[c] = g.predikat[c];
      x.wajib = g.due;
      x.tepat_waktu = g.tepat_waktu;
      x.capaian_n = static_cast<std::int64_t>(g.capaian.size());
      return x;
    };
    for (std::size_t r : rows) rin.units.push_back(rincian_of(groups[r]));
    rin.kota = rincian_of(city);
    for (std::size_t r = 0; r <= rows.size(); ++r) {
      BarisPredikat row;
      if (r < rows.size()) row.unit_id = b.units[rows[r]].meta.id;
      row.pegawai = shown(t, st, r, kJumlahPredikat);
      for (std::size_t c = 0; c < kJumlahPredikat; ++c) row.predikat[c] = shown(t, st, r, c);
      fill_figures(row, r < rows.size() ? groups[rows[r]] : city, k);
      if (r < rows.size()) out.units.push_back(std::move(row));
      else out.kota = std::move(row);
    }

    // --- citizens' voice per service unit --------------------------------------
    std::vector<DataLayanan> data = kumpulkan_data_layanan(b, p);
    std::map<std::size_t, DataLayanan> layanan;
    for (std::size_t i : unit_order)
      if (b.units[i].is_service_unit) layanan[i] = std::move(data[i]);
    const auto start_day = parse_date(period.start), end_day = parse_date(period.end);
    std::vector<std::size_t> lrows;
    for (const auto& [u, l] : layanan) lrows.push_back(u);
    std::sort(lrows.begin(), lrows.end(), by_unit_id);
    std::vector<std::int64_t> n_resp, n_comp;
    for (std::size_t u : lrows) {
      n_resp.push_back(static_cast<std::int64_t>(layanan[u].jawaban.size()));
      n_comp.push_back(static_cast<std::int64_t>(layanan[u].keluhan.size()));
    }
    const auto resp_shown = suppress_column(n_resp, k, out.responden_kota);
    const auto comp_shown = suppress_column(n_comp, k, out.pengaduan_kota);
    const std::int64_t now = as_of.value_or(start_day && end_day ? (*end_day + 1) * 86400000 - kWitaOffsetMs : 0);
    // The bases of each complaint figure, for the audit: answered, resolved,
    // and with a known outcome for the response and the resolution.
    std::vector<std::array<int, 4>> rin_layanan(lrows.size(), std::array<int, 4>{});
    for (std::size_t r = 0; r < lrows.size(); ++r) {
      const DataLayanan& l = layanan[lrows[r]];
      BarisLayanan row;
      row.unit_id = b.units[lrows[r]].meta.id;
      row.responden = resp_shown[r];
      row.pengaduan = comp_shown[r];
      const Unit& unit = b.units[lrows[r]];
      for (const PenerimaLayanan& pl : unit.penerima_layanan)
        if (pl.period_id == period.meta.id && pl.jumlah) {  // the first entry for the period counts
          const std::int64_t minimum = sampel_minimum(rules.sampel, *pl.jumlah);
          row.populasi = *pl.jumlah;
          row.sampel_minimum = minimum;
          if (minimum >= k) row.sampel_memadai = sampel_cukup(rules.sampel, *pl.jumlah, n_resp[r]);
          break;
        }
      if (static_cast<std::int64_t>(l.jawaban.size()) >= k) {
        const HasilIkm h = hitung_ikm(rules.ikm, l.jawaban);
        if (h.ok) {
          row.ikm = static_cast<double>(h.nilai_konversi_seratus) / 100.0;
          row.mutu = h.mutu;
        }
      }
      // A median rests on k complaints that have that time, a share on time on
      // k complaints whose outcome is known; the shares still unanswered and
      // unresolved go beside them, so a quick median over the few answered
      // complaints cannot hide that most are waiting.
      if (static_cast<std::int64_t>(l.keluhan.size()) >= k) {
        const StatistikKeluhan s = statistik_keluhan(rules.lapor, l.keluhan, now);
        const double n = static_cast<double>(s.jumlah);
        row.persen_belum_ditanggapi = round_to(100.0 * s.belum_ditanggapi / n, 1);
        row.persen_belum_selesai = round_to(100.0 * s.terbuka / n, 1);
        if (s.tanggapan.dasar_median >= k && s.tanggapan.median_hari)
          row.median_hari_tanggapan = round_to(*s.tanggapan.median_hari, 2);
        if (s.tanggapan.jumlah >= k && s.tanggapan.porsi_tepat_waktu)
          row.persen_tanggapan_tepat_waktu = round_to(*s.tanggapan.porsi_tepat_waktu * 100, 1);
        if (s.penyelesaian.dasar_median >= k && s.penyelesaian.median_hari)
          row.median_hari_selesai = round_to(*s.penyelesaian.median_hari, 2);
        if (s.penyelesaian.jumlah >= k && s.penyelesaian.porsi_tepat_waktu)
          row.persen_selesai_tepat_waktu = round_to(*s.penyelesaian.porsi_tepat_waktu * 100, 1);
        rin_layanan[r] = {s.tanggapan.dasar_median, s.penyelesaian.dasar_median, s.tanggapan.jumlah,
                          s.penyelesaian.jumlah};
      }
      out.layanan.push_back(std::move(row));
    }
    for (std::size_t r = 0; r < lrows.size(); ++r) {
      const auto& [tanggapan_n, selesai_n, tanggapan_jumlah, selesai_jumlah] = rin_layanan[r];
      rin.layanan.push_back({n_resp[r], n_comp[r], tanggapan_n, selesai_n, tanggapan_jumlah, selesai_jumlah});
    }
    rincian.push_back(std::move(rin));
    d.periods.push_back(std::move(out));
  }

  // --- the attacker's audit, then trends as copies of what stays published ---
  LaporanAudit lap = audit_dan_sembunyikan(d, rincian);
  lap.primer = primer;
  lap.pelengkap = pelengkap;
  d.audit = RingkasanAudit{static_cast<std::int64_t>(lap.angka_diperiksa),
                           static_cast<std::int64_t>(lap.kelompok_diperiksa), lap.lulus};
  if (laporan) *laporan = std::move(lap);
  return d;
}

Publik aggregate_bundle(const Bundle& b, const RuleSet& rules, const OpsiAgregat& opsi, LaporanAudit* laporan) {
  return aggregate_publik(b, score_bundle(b, rules), rules, opsi, laporan);
}

} // namespace kinerja
