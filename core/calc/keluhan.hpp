// Complaint response times against the SP4N-LAPOR! limits (docs/domain.md §16):
// median and p90 of the time to first response and to resolution, the share
// handled within the limit, and the complaints still open. Limits and the day
// unit (calendar days or Monday–Friday working days) come from the RuleSet.
#pragma once
#include "core/model/model.hpp"
#include "core/rules/rules.hpp"

#include <cstdint>
#include <optional>
#include <span>
#include <string>

namespace kinerja {

// Times are milliseconds since the Unix epoch, UTC (core/sync/hlc.hpp parse_iso).
struct Keluhan {
  std::string kategori;                      // a "kategori" of RulesLapor::penyelesaian
  std::int64_t diterima = 0;
  std::optional<std::int64_t> ditanggapi;    // first response / status
  std::optional<std::int64_t> diselesaikan;  // resolved
  KanalPengaduan kanal = KanalPengaduan::invalid;  // where it came in (statistics only)
};

struct StatistikWaktu {
  int jumlah = 0;                 // complaints with a known outcome (done, or open past the limit)
  int tepat_waktu = 0;            // done within the limit
  int dasar_median = 0;           // answered/resolved complaints the median and p90 are taken over
  std::optional<double> median_hari, p90_hari;  // over the answered/resolved ones (nearest-rank p90)
  std::optional<double> porsi_tepat_waktu;      // tepat_waktu / jumlah, 0..1
};

struct StatistikKeluhan {
  int jumlah = 0;
  int terbuka = 0;                // not resolved at `sekarang`
  int terbuka_lewat_batas = 0;    // open and already past their resolution limit
  int belum_ditanggapi = 0;
  int kategori_tidak_dikenal = 0; // not an SP4N type: held to the kategori_bawaan limit, or not checked
  int waktu_tidak_valid = 0;      // response/resolution before receipt: ignored
  StatistikWaktu tanggapan;       // against tanggapan_pertama_hari
  StatistikWaktu penyelesaian;    // against the category's limit
};

// Elapsed days between two instants in the rules' unit (fractional).
double selisih_hari(const RulesLapor&, std::int64_t dari_ms, std::int64_t sampai_ms);
// The resolution limit of a category; a category that is not an SP4N type gets
// the limit of rules.kategori_bawaan, or nullopt when there is none.
std::optional<int> batas_penyelesaian(const RulesLapor&, std::string_view kategori);
bool kategori_dikenal(const RulesLapor&, std::string_view kategori);

StatistikKeluhan statistik_keluhan(const RulesLapor&, std::span<const Keluhan>, std::int64_t sekarang_ms);

} // namespace kinerja
