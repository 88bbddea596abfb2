// Capaian per indicator (PermenPANRB 8/2021 Bab VI, docs/domain.md §3): how far a
// realisasi reaches its target, in percent, for every polarity and for target
// ranges. Errors (zero or negative targets, reversed ranges, NaN) come back as
// values, never as a division by zero.
#pragma once
#include "core/model/types.hpp"

#include <optional>
#include <ostream>
#include <string_view>

namespace kinerja {

// The formulas:
//   naik  (higher is better): R / T × 100
//   turun (lower is better):  (1 + (1 − R / T)) × 100, floored at 0
//   range T1–T2 (naik or turun with target_maks, or Polaritas::rentang): inside
//     the range → 100; above it → the formula with T2; below it → with T1.
//     Polaritas::rentang is a range scored like naik (the regulation's
//     "80–90%, realisasi 92%" example); a lower-is-better range is turun + target_maks.
//   tepat (exactly the target, or within the range): 100 when R hits it, and
//     100 × (1 − |R − T| / T) for a miss on either side, floored at 0. This is
//     our definition [M]: the regulation has no "exact" polarity; a miss of k%
//     of the target on either side costs k points, and it never exceeds 100.
struct InputCapaian {
  Polaritas polaritas = Polaritas::naik;
  double target = 0;                 // the target, or the lower bound of a range
  std::optional<double> target_maks; // the upper bound of a range
  double realisasi = 0;
};

enum class CapaianError {
  none,
  bukan_angka,            // NaN or infinite input
  target_tidak_positif,   // the target used as divisor is 0 or negative
  realisasi_negatif,
  rentang_terbalik,       // target > target_maks
  rentang_wajib,          // Polaritas::rentang without target_maks
  polaritas_tidak_dikenal
};
std::string_view message_id(CapaianError);
std::string_view message_en(CapaianError);

struct HasilCapaian {
  double persen = 0;                      // meaningful only when ok()
  CapaianError error = CapaianError::none;
  bool ok() const { return error == CapaianError::none; }
};

// Capaian in percent (unrounded; round only for display).
HasilCapaian hitung_capaian(const InputCapaian&);

std::ostream& operator<<(std::ostream&, const HasilCapaian&);

} // namespace kinerja
