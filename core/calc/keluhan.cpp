// Complaint statistics against the SP4N-LAPOR! limits. A complaint's outcome
// is known when it was answered (or resolved), or when it is still open past
// its limit (then it is late); complaints still open within their limit are
// not yet counted in the on-time share.
#include "core/calc/keluhan.hpp"
#include "core/base/text.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

namespace kinerja {
namespace {

constexpr std::int64_t kHariMs = 86'400'000;

// Working milliseconds (Monday–Friday, local time) from the epoch to t.
std::int64_t ms_kerja(std::int64_t t) {
  const std::int64_t d = floor_div(t, kHariMs);
  const std::int64_t rem = t - d * kHariMs;
  const std::int64_t minggu = floor_div(d, 7);
  const std::int64_t sisa = d - minggu * 7;  // 0..6 days after a Thursday-aligned week start
  std::int64_t hari = minggu * 5;
  for (std::int64_t k = 0; k < sisa; ++k) {
    const std::int64_t wd = (4 + k) % 7;  // 1970-01-01 was a Thursday; 0 = Sunday
    if (wd != 0 && wd != 6) ++hari;
  }
  const std::int64_t wd = (4 + sisa) % 7;
  return hari * kHariMs + ((wd != 0 && wd != 6) ? rem : 0);
}

std::optional<double> median(std::vector<double> v) {
  if (v.empty()) return std::nullopt;
  std::sort(v.begin(), v.end());
  const std::size_t m = v.size() / 2;
  return v.size() % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

// Nearest-rank percentile: the smallest value with at least p of the data at or below it.
std::optional<double> persentil(std::vector<double> v, double p) {
  if (v.empty()) return std::nullopt;
  std::sort(v.begin(), v.end());
  auto rank = static_cast<std::size_t>(std::ceil(p * static_cast<double>(v.size())));
  if (rank == 0) rank = 1;
  return v[std::min(rank, v.size()) - 1];
}

void tutup(StatistikWaktu& s, std::vector<double>& hari) {
  s.dasar_median = static_cast<int>(hari.size());
  s.median_hari = median(hari);
  s.p90_hari = persentil(hari, 0.9);
  if (s.jumlah > 0) s.porsi_tepat_waktu = static_cast<double>(s.tepat_waktu) / static_cast<double>(s.jumlah);
}

} // namespace

double selisih_hari(const RulesLapor& rules, std::int64_t dari_ms, std::int64_t sampai_ms) {
  if (rules.satuan != SatuanHari::kerja) return static_cast<double>(sampai_ms - dari_ms) / static_cast<double>(kHariMs);
  const std::int64_t zona = static_cast<std::int64_t>(rules.zona_menit) * 60'000;
  return static_cast<double>(ms_kerja(sampai_ms + zona) - ms_kerja(dari_ms + zona)) / static_cast<double>(kHariMs);
}

bool kategori_dikenal(const RulesLapor& rules, std::string_view kategori) {
  for (const auto& b : rules.penyelesaian)
    if (b.kategori == kategori) return true;
  return false;
}

std::optional<int> batas_penyelesaian(const RulesLapor& rules, std::string_view kategori) {
  for (const auto& b : rules.penyelesaian)
    if (b.kategori == kategori) return b.hari;
  if (!rules.kategori_bawaan.empty() && rules.kategori_bawaan != kategori)
    return batas_penyelesaian(rules, rules.kategori_bawaan);
  return std::nullopt;
}

StatistikKeluhan statistik_keluhan(const RulesLapor& rules, std::span<const Keluhan> keluhan, std::int64_t sekarang_ms) {
  StatistikKeluhan out;
  std::vector<double> t_tanggapan, t_selesai;
  const auto batas_tanggapan = static_cast<double>(rules.tanggapan_pertama_hari);
  for (const auto& k : keluhan) {
    ++out.jumlah;
    std::optional<std::int64_t> selesai = k.diselesaikan;
    if (selesai && *selesai < k.diterima) {
      ++out.waktu_tidak_valid;
      selesai.reset();
    }
    std::optional<std::int64_t> tanggap = k.ditanggapi;
    if (tanggap && *tanggap < k.diterima) {
      ++out.waktu_tidak_valid;
      tanggap.reset();
    }
    if (!tanggap) tanggap = selesai;  // a resolution is also a response
    const double umur = selisih_hari(rules, k.diterima, sekarang_ms);

    if (tanggap) {
      const double h = selisih_hari(rules, k.diterima, *tanggap);
      t_tanggapan.push_back(h);
      ++out.tanggapan.jumlah;
      if (h <= batas_tanggapan) ++out.tanggapan.tepat_waktu;
    } else {
      ++out.belum_ditanggapi;
      if (umur > batas_tanggapan) ++out.tanggapan.jumlah;  // late, still unanswered
    }

    const auto batas = batas_penyelesaian(rules, k.kategori);
    if (!kategori_dikenal(rules, k.kategori)) ++out.kategori_tidak_dikenal;
    if (selesai) {
      const double h = selisih_hari(rules, k.diterima, *selesai);
      t_selesai.push_back(h);  // the median covers every resolved complaint; the share only known limits
      if (batas) {
        ++out.penyelesaian.jumlah;
        if (h <= static_cast<double>(*batas)) ++out.penyelesaian.tepat_waktu;
      }
    } else {
      ++out.terbuka;
      if (batas && umur > static_cast<double>(*batas)) {
        ++out.terbuka_lewat_batas;
        ++out.penyelesaian.jumlah;
      }
    }
  }
  tutup(out.tanggapan, t_tanggapan);
  tutup(out.penyelesaian, t_selesai);
  return out;
}

} // namespace kinerja
