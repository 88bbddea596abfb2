#include "core/view/publik_view.hpp"

#include "core/calc/keluhan.hpp"
#include "core/base/text.hpp"

#include <algorithm>
#include <cmath>
#include <set>

namespace kinerja {

namespace {

bool baris_berisi(const BarisPredikat& b) {
  if (b.pegawai || b.persen_tepat_waktu || b.median_capaian) return true;
  return std::any_of(b.predikat.begin(), b.predikat.end(), [](const auto& c) { return c.has_value(); });
}

bool layanan_berisi(const BarisLayanan& l) {
  return l.responden || l.ikm || l.pengaduan || l.median_hari_tanggapan || l.persen_tanggapan_tepat_waktu ||
         l.median_hari_selesai || l.persen_selesai_tepat_waktu;
}

} // namespace

bool periode_berisi(const PublikPeriode& p) {
  if (baris_berisi(p.kota) || p.responden_kota || p.pengaduan_kota) return true;
  return std::any_of(p.units.begin(), p.units.end(), baris_berisi) ||
         std::any_of(p.layanan.begin(), p.layanan.end(), layanan_berisi);
}

std::optional<std::size_t> periode_tampil(const Publik& d, std::string_view period_id) {
  if (d.periods.empty()) return std::nullopt;
  if (!period_id.empty())
    for (std::size_t i = 0; i < d.periods.size(); ++i)
      if (d.periods[i].period_id == period_id) return i;
  // The latest period with the city's own figures (employees assessed): a
  // quarter not yet assessed, or an annual period holding only complaint
  // counts, would greet a citizen with dashes. Failing that, the latest with
  // any figure; failing that, the last. "Latest" is by end date (an annual
  // period starts with the first quarter but ends last), ties by order.
  auto rank = [](const PublikPeriode& p) { return p.kota.pegawai ? 2 : periode_berisi(p) ? 1 : 0; };
  std::optional<std::size_t> best;
  for (std::size_t i = 0; i < d.periods.size(); ++i) {
    const int r = rank(d.periods[i]);
    if (r == 0) continue;
    const int rb = best ? rank(d.periods[*best]) : 0;
    if (!best || r > rb || (r == rb && d.periods[i].end >= d.periods[*best].end)) best = i;
  }
  return best ? *best : d.periods.size() - 1;
}

PorsiPredikat porsi_predikat(const BarisPredikat& b) {
  PorsiPredikat out;
  std::int64_t known = 0;
  for (std::size_t i = 0; i < kJumlahPredikat; ++i) {
    if (b.predikat[i]) known += *b.predikat[i];
    else out.ada_tersembunyi = true;
  }
  if (!b.pegawai) out.ada_tersembunyi = true;
  if (!b.pegawai || *b.pegawai <= 0) {
    out.tersembunyi = out.ada_tersembunyi ? 1.0 : 0.0;
    return out;
  }
  const double total = static_cast<double>(std::max(*b.pegawai, known));
  for (std::size_t i = 0; i < kJumlahPredikat; ++i)
    if (b.predikat[i])
      out.porsi[static_cast<std::size_t>(predikat_kolom(i))] = static_cast<double>(*b.predikat[i]) / total;
  out.tersembunyi = static_cast<double>(std::max<std::int64_t>(0, *b.pegawai - known)) / total;
  return out;
}

const PublikUnit* find_publik_unit(const Publik& d, std::string_view unit_id) {
  for (const auto& u : d.units)
    if (u.id == unit_id) return &u;
  return nullptr;
}

std::string unit_puncak(const Publik& d, std::string_view unit_id) {
  std::string at(unit_id);
  std::set<std::string> seen;
  for (;;) {
    const PublikUnit* u = find_publik_unit(d, at);
    if (!u || u->parent_id.empty() || !find_publik_unit(d, u->parent_id) || !seen.insert(at).second) return at;
    at = u->parent_id;
  }
}

std::vector<const BarisLayanan*> layanan_di_bawah(const Publik& d, const PublikPeriode& p, std::string_view puncak) {
  std::vector<const BarisLayanan*> out;
  for (const auto& l : p.layanan)
    if (unit_puncak(d, l.unit_id) == puncak) out.push_back(&l);
  return out;
}

const TrenUnit* tren_unit(const Publik& d, std::string_view unit_id, JenisPeriode jenis) {
  for (const auto& t : d.tren)
    if (t.unit_id == unit_id && t.jenis == jenis) return &t;
  return nullptr;
}

const MutuIkm* mutu_ikm_terbit(const RulesIkm& rules, std::optional<double> nilai, std::string_view mutu) {
  if (!nilai || rules.mutu.empty()) return nullptr;
  for (const auto& m : rules.mutu)
    if (!mutu.empty() && m.mutu == mutu) return &m;
  // Published values carry 2 decimals (the band is read from the displayed
  // value): read in hundredths so 88.31 is A exactly, never 88.3099….
  const auto seratus = std::llround(*nilai * 100.0);
  for (const auto& m : rules.mutu)
    if (seratus >= m.min_seratus) return &m;
  return &rules.mutu.back();
}

PosisiBatas posisi_terhadap_batas(std::optional<double> median_hari, int batas_hari) {
  if (!median_hari) return PosisiBatas::tidak_ada;
  return *median_hari <= static_cast<double>(batas_hari) ? PosisiBatas::dalam_batas : PosisiBatas::lewat_batas;
}

BatasTampil batas_tampil(const RulesLapor& rules) {
  BatasTampil out;
  out.tanggapan_hari = rules.tanggapan_pertama_hari;
  out.selesai_hari = rules.kategori_bawaan.empty() ? std::nullopt : batas_penyelesaian(rules, rules.kategori_bawaan);
  bool first = true;
  for (const auto& b : rules.penyelesaian) {
    out.selesai_min = first ? b.hari : std::min(out.selesai_min, b.hari);
    out.selesai_maks = first ? b.hari : std::max(out.selesai_maks, b.hari);
    first = false;
  }
  out.hari_kerja = rules.satuan == SatuanHari::kerja;
  return out;
}

std::vector<const PublikUnit*> cari_unit_publik(const Publik& d, std::string_view teks, std::size_t batas) {
  std::vector<std::string> kata;
  const std::string q = lower(teks);
  for (std::size_t i = 0; i < q.size();) {
    const std::size_t j = q.find(' ', i);
    const std::string w = q.substr(i, j == std::string::npos ? std::string::npos : j - i);
    if (!trim(w).empty()) kata.emplace_back(trim(w));
    if (j == std::string::npos) break;
    i = j + 1;
  }
  std::vector<const PublikUnit*> out;
  if (kata.empty()) return out;
  for (const auto& u : d.units) {
    const std::string nama = lower(u.name);
    if (std::all_of(kata.begin(), kata.end(), [&](const std::string& w) { return nama.find(w) != std::string::npos; }))
      out.push_back(&u);
  }
  std::sort(out.begin(), out.end(), [](const PublikUnit* a, const PublikUnit* b) {
    return a->name != b->name ? a->name < b->name : a->id < b->id;
  });
  if (out.size() > batas) out.resize(batas);
  return out;
}

} // namespace kinerja
