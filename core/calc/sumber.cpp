#include "core/calc/sumber.hpp"

#include "core/base/calendar.hpp"
#include "core/base/text.hpp"
#include "core/calc/aggregate.hpp"

#include <cmath>
#include <unordered_map>

namespace kinerja {
namespace {

// "82,4" / "82.4": a figure with up to `decimals` places, no trailing zeros.
std::string angka(double v, int decimals, char desimal) {
  const auto scaled = static_cast<std::int64_t>(std::llround(round_to(v, decimals) * std::pow(10.0, decimals)));
  std::string s = std::to_string(scaled / static_cast<std::int64_t>(std::pow(10.0, decimals)));
  std::string frac = std::to_string(std::llabs(scaled) % static_cast<std::int64_t>(std::pow(10.0, decimals)));
  while (static_cast<int>(frac.size()) < decimals) frac.insert(frac.begin(), '0');
  while (!frac.empty() && frac.back() == '0') frac.pop_back();
  return frac.empty() ? s : s + desimal + frac;
}

// "12.480" / "12,480": a count with thousands grouped.
std::string ribuan(std::int64_t v, char sep) {
  std::string digits = std::to_string(v < 0 ? -v : v), out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += sep;
    out += digits[i];
  }
  return v < 0 ? "-" + out : out;
}

std::string nama_layanan(std::string_view s) { return lower(trim(s)); }

std::string tempat(std::string_view nama_periode, std::string_view nama_unit) {
  return std::string(nama_periode) + " — " + std::string(nama_unit);
}

} // namespace

std::vector<DataLayanan> kumpulkan_data_layanan(const Bundle& b, std::size_t period, bool jawaban_menurut_tanggal) {
  std::vector<DataLayanan> out(b.units.size());
  if (period >= b.periods.size()) return out;
  const Period& p = b.periods[period];
  std::unordered_map<std::string_view, std::size_t> unit_ix;
  for (std::size_t i = 0; i < b.units.size(); ++i)
    if (!b.units[i].meta.deleted) unit_ix.emplace(b.units[i].meta.id, i);
  // A complaint (and, for a year, an answer) belongs to the period in which it
  // was received, by the WITA calendar: 00:00 WITA on the first day to 00:00
  // WITA after the last.
  const auto start_day = parse_date(p.start), end_day = parse_date(p.end);
  const std::int64_t from = start_day ? *start_day * kMsPerDay - kWitaOffsetMs : 0;
  const std::int64_t to = end_day ? (*end_day + 1) * kMsPerDay - kWitaOffsetMs : 0;
  for (const auto& r : b.skm_responses) {
    if (r.meta.deleted) continue;
    bool in = r.period_id == p.meta.id;
    if (!in && jawaban_menurut_tanggal && start_day && end_day) {
      const auto at = parse_timestamp_ms(r.timestamp);
      in = at && *at >= from && *at < to;
    }
    if (!in) continue;
    auto it = unit_ix.find(r.unit_id);
    if (it == unit_ix.end()) continue;
    JawabanSkm a{};
    for (std::size_t i = 0; i < a.size(); ++i) a[i] = r.answers[i];
    out[it->second].jawaban.push_back(a);
  }
  if (!start_day || !end_day) return out;
  for (const auto& c : b.complaints) {
    if (c.meta.deleted) continue;
    const auto received = parse_timestamp_ms(c.received);
    if (!received || *received < from || *received >= to) continue;
    auto it = unit_ix.find(c.unit_id);
    if (it == unit_ix.end()) continue;
    out[it->second].keluhan.push_back(
        {c.category, *received, parse_timestamp_ms(c.first_response), parse_timestamp_ms(c.resolved), c.channel});
  }
  for (const auto& v : b.service_volumes) {
    if (v.meta.deleted) continue;
    auto it = unit_ix.find(v.unit_id);
    if (it == unit_ix.end()) continue;
    if (!v.tanggal.empty()) {
      const auto day = parse_date(v.tanggal);
      if (!day || *day < *start_day || *day > *end_day) continue;
      out[it->second].volume.push_back({nama_layanan(v.layanan), std::string(trim(v.layanan)), true, v.jumlah});
    } else if (v.period_id == p.meta.id) {
      out[it->second].volume.push_back({nama_layanan(v.layanan), std::string(trim(v.layanan)), false, v.jumlah});
    }
  }
  return out;
}

RealisasiTerukur ukur_realisasi(const RuleSet& rules, JenisSumber jenis, const DataLayanan& data, std::int64_t k,
                                std::int64_t sekarang_ms, std::string_view nama_unit, std::string_view nama_periode,
                                std::string_view layanan) {
  RealisasiTerukur r;
  r.jenis = jenis;
  k = std::max<std::int64_t>(k, 1);
  const std::string ks = std::to_string(k);
  const std::string di = tempat(nama_periode, nama_unit);
  auto too_few = [&](int n, std::string_view what_id, std::string_view what_en) {
    r.dasar = n;
    r.alasan_id = "Baru " + std::to_string(n) + " " + std::string(what_id) + " (minimal " + ks +
                  " agar tidak mengungkap orang tertentu), " + di;
    r.alasan_en = "Only " + std::to_string(n) + " " + std::string(what_en) + " (at least " + ks +
                  " so nobody can be singled out), " + di;
  };
  switch (jenis) {
    case JenisSumber::ikm: {
      const int n = static_cast<int>(data.jawaban.size());
      if (n < k) {
        too_few(n, "responden SKM", "SKM respondents");
        break;
      }
      const HasilIkm h = hitung_ikm(rules.ikm, data.jawaban);
      r.dasar = n;
      if (!h.ok) {
        r.alasan_id = h.error_id + ", " + di;
        r.alasan_en = h.error_en + ", " + di;
        break;
      }
      r.nilai = static_cast<double>(h.nilai_konversi_seratus) / 100.0;
      r.asal_id = "IKM " + format_seratus(h.nilai_konversi_seratus) + " (mutu " + h.mutu + ") dari " +
                  std::to_string(n) + " responden SKM, " + di;
      r.asal_en = "IKM " + format_seratus(h.nilai_konversi_seratus, '.') + " (grade " + h.mutu + ") from " +
                  std::to_string(n) + " SKM respondents, " + di;
      break;
    }
    case JenisSumber::tanggapan_median:
    case JenisSumber::selesai_median: {
      const StatistikKeluhan s = statistik_keluhan(rules.lapor, data.keluhan, sekarang_ms);
      const bool first = jenis == JenisSumber::tanggapan_median;
      const StatistikWaktu& w = first ? s.tanggapan : s.penyelesaian;
      if (w.dasar_median < k || !w.median_hari) {
        too_few(w.dasar_median, first ? "pengaduan yang sudah ditanggapi" : "pengaduan yang sudah selesai",
                first ? "complaints answered" : "complaints resolved");
        break;
      }
      r.dasar = w.dasar_median;
      r.nilai = round_to(*w.median_hari, 2);
      const std::string n = std::to_string(w.dasar_median);
      r.asal_id = "Median " + angka(*r.nilai, 2, ',') + " hari " +
                  (first ? "sampai tanggapan pertama, dari " + n + " pengaduan yang ditanggapi, "
                         : "sampai selesai, dari " + n + " pengaduan yang selesai, ") +
                  di;
      r.asal_en = "Median " + angka(*r.nilai, 2, '.') + " days " +
                  (first ? "to the first response, over " + n + " complaints answered, "
                         : "to resolution, over " + n + " complaints resolved, ") +
                  di;
      break;
    }
    case JenisSumber::selesai_tepat_waktu: {
      const StatistikKeluhan s = statistik_keluhan(rules.lapor, data.keluhan, sekarang_ms);
      const StatistikWaktu& w = s.penyelesaian;
      if (w.jumlah < k || !w.porsi_tepat_waktu) {
        too_few(w.jumlah, "pengaduan dengan hasil yang sudah diketahui", "complaints with a known outcome");
        break;
      }
      r.dasar = w.jumlah;
      r.nilai = round_to(*w.porsi_tepat_waktu * 100.0, 1);
      r.asal_id = angka(*r.nilai, 1, ',') + "% selesai dalam batas SP4N-LAPOR! (" + std::to_string(w.tepat_waktu) +
                  " dari " + std::to_string(w.jumlah) + " pengaduan), " + di;
      r.asal_en = angka(*r.nilai, 1, '.') + "% resolved within the SP4N-LAPOR! limits (" +
                  std::to_string(w.tepat_waktu) + " of " + std::to_string(w.jumlah) + " complaints), " + di;
      break;
    }
    case JenisSumber::volume:
    case JenisSumber::volume_harian: {
      // Counts of services, not of people's answers: no threshold. A period
      // total, when the unit gave one, stands for the period; else the days add up.
      const std::string name = nama_layanan(layanan);
      std::int64_t days = 0, day_sum = 0, period_total = 0;
      bool has_total = false;
      for (const auto& v : data.volume) {
        if (v.layanan != name) continue;
        if (v.harian) {
          ++days;
          day_sum += v.jumlah;
        } else {
          has_total = true;
          period_total = v.jumlah;
        }
      }
      const std::string ln(trim(layanan));
      if (jenis == JenisSumber::volume) {
        if (!has_total && days == 0) {
          r.alasan_id = "Belum ada rekap layanan \"" + ln + "\", " + di;
          r.alasan_en = "No count of the service \"" + ln + "\" yet, " + di;
          break;
        }
        const std::int64_t total = has_total ? period_total : day_sum;
        r.nilai = static_cast<double>(total);
        r.dasar = static_cast<int>(has_total ? 1 : days);
        const std::string from_id = has_total ? "rekap periode" : "rekap " + std::to_string(days) + " hari";
        const std::string from_en = has_total ? "the period's total" : std::to_string(days) + " daily totals";
        r.asal_id = ribuan(total, '.') + " layanan " + ln + " dari " + from_id + ", " + di;
        r.asal_en = ribuan(total, ',') + " \"" + ln + "\" services from " + from_en + ", " + di;
      } else {
        if (days == 0) {
          r.alasan_id = "Belum ada rekap harian layanan \"" + ln + "\" (rata-rata per hari butuh rekap harian), " + di;
          r.alasan_en = "No daily count of the service \"" + ln + "\" yet (a daily mean needs daily totals), " + di;
          break;
        }
        r.nilai = round_to(static_cast<double>(day_sum) / static_cast<double>(days), 1);
        r.dasar = static_cast<int>(days);
        r.asal_id = "Rata-rata " + angka(*r.nilai, 1, ',') + " per hari (" + ln + ", " + ribuan(day_sum, '.') +
                    " dalam " + std::to_string(days) + " hari tercatat), " + di;
        r.asal_en = "Mean " + angka(*r.nilai, 1, '.') + " a day (" + ln + ", " + ribuan(day_sum, ',') + " over " +
                    std::to_string(days) + " recorded days), " + di;
      }
      break;
    }
    case JenisSumber::invalid:
      r.alasan_id = "Sumber data tidak dikenal";
      r.alasan_en = "Unknown data source";
      break;
  }
  return r;
}

bool sumber_unit_boleh(const std::vector<std::size_t>& parent, std::size_t pegawai_unit, std::size_t sumber_unit) {
  if (pegawai_unit >= parent.size()) return false;
  // parent_id links could loop in hand-edited data: at most one step per unit
  for (std::size_t at = sumber_unit, steps = 0; at < parent.size() && steps <= parent.size(); at = parent[at], ++steps)
    if (at == pegawai_unit) return true;
  return false;
}

bool sumber_unit_boleh(const Bundle& b, std::size_t pegawai_unit, std::size_t sumber_unit) {
  std::unordered_map<std::string_view, std::size_t> ix;
  for (std::size_t i = 0; i < b.units.size(); ++i) ix.emplace(b.units[i].meta.id, i);
  std::vector<std::size_t> parent(b.units.size(), b.units.size());
  for (std::size_t i = 0; i < b.units.size(); ++i)
    if (const auto it = ix.find(b.units[i].parent_id); it != ix.end()) parent[i] = it->second;
  return sumber_unit_boleh(parent, pegawai_unit, sumber_unit);
}

} // namespace kinerja
