// Indeks Kepuasan Masyarakat (SKM, PermenPANRB 14/2017; docs/domain.md §14): NRR per
// unsur over the respondents who answered it, IKM, nilai konversi (×25), mutu
// A–D and kinerja unit; and the Krejcie–Morgan minimum sample.
//
// The band is decided with exact integer arithmetic: sums of answers are
// integers, the weighted mean is compared with the band edges as fractions (big
// integers), so a set whose exact nilai konversi is 65.00 is C even though a
// floating-point computation gives 64.999…. The rules say whether the value is
// first rounded half-up to 2 decimals (as displayed) before reading the band.
#pragma once
#include "core/rules/rules.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kinerja {

// One respondent: answers 1..4 per unsur U1..U9, 0 = not answered.
using JawabanSkm = std::array<std::uint8_t, kJumlahUnsurSkm>;

struct NrrUnsur {
  std::string kode, nama_id, nama_en;
  std::uint64_t jumlah = 0;     // sum of the answers
  std::uint64_t responden = 0;  // respondents who answered this unsur
  double nrr = 0;               // jumlah / responden (display); 0 when nobody answered
};

struct HasilIkm {
  bool ok = false;
  std::vector<NrrUnsur> unsur;
  std::uint64_t responden = 0;        // respondents (rows) counted
  double ikm = 0;                     // weighted mean of NRR, 1..4 (display)
  double nilai_konversi = 0;          // ikm × 25 (display, unrounded)
  std::int64_t nilai_konversi_seratus = 0;  // exactly rounded half-up, in hundredths (6500 = 65.00)
  std::string mutu, kinerja_id, kinerja_en;
  std::string error_id, error_en;     // why not ok
};

// From respondents. An answer outside skala_min..skala_maks (other than 0) is an
// error naming the respondent (0-based) and unsur. An unsur nobody answered is
// left out and the weights of the others renormalised.
HasilIkm hitung_ikm(const RulesIkm&, std::span<const JawabanSkm> responden);

// From sums already made (e.g. by an aggregate): per unsur the sum of answers
// and the number of respondents who answered it; `responden` is the row count.
HasilIkm hitung_ikm_dari_jumlah(const RulesIkm&, std::span<const std::uint64_t> jumlah,
                                std::span<const std::uint64_t> dijawab, std::uint64_t responden);

// "65,00" style display (Indonesian decimal comma) of hundredths.
std::string format_seratus(std::int64_t seratus, char desimal = ',');

// --- CSV input (one respondent per row) ---
struct RowError {
  std::size_t baris = 0;  // 1-based line number in the file
  std::string message_id, message_en;
};
struct CsvIkm {
  std::vector<JawabanSkm> responden;
  std::vector<RowError> errors;
};
// Nine answers per row separated by ',' or ';' (or tab); empty = not answered;
// a first row that is not numeric is a header; blank lines are skipped.
CsvIkm baca_csv_ikm(std::string_view teks, int skala_min = 1, int skala_maks = 4);

// --- Krejcie & Morgan ---
// Minimum sample for a population N (N ≤ 0 → 0; the result never exceeds N).
std::int64_t sampel_minimum(const RulesSampel&, std::int64_t populasi);
// Whether `responden` reaches that minimum (the SKM sample check).
bool sampel_cukup(const RulesSampel&, std::int64_t populasi, std::int64_t responden);

} // namespace kinerja
