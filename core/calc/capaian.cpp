// Capaian per indicator: the PermenPANRB 8/2021 formulas, the range rule, and
// our "tepat" (exact target) rule. See capaian.hpp for the definitions.
#include "core/calc/capaian.hpp"

#include <cmath>
#include <iomanip>
#include <sstream>

namespace kinerja {
namespace {

HasilCapaian failed(CapaianError g) { return HasilCapaian{0, g}; }
HasilCapaian persen(double p) { return HasilCapaian{p < 0 ? 0 : p, CapaianError::none}; }

// Normal condition: R / T × 100.
HasilCapaian naik(double target, double realisasi) {
  if (!(target > 0)) return failed(CapaianError::target_tidak_positif);
  return persen(realisasi / target * 100.0);
}

// Special condition (lower is better): (1 + (1 − R / T)) × 100.
HasilCapaian turun(double target, double realisasi) {
  if (!(target > 0)) return failed(CapaianError::target_tidak_positif);
  return persen((2.0 - realisasi / target) * 100.0);
}

HasilCapaian tepat(double target, double realisasi) {
  if (!(target > 0)) return failed(CapaianError::target_tidak_positif);
  return persen((1.0 - std::fabs(realisasi - target) / target) * 100.0);
}

} // namespace

std::string_view message_id(CapaianError g) {
  switch (g) {
    case CapaianError::none: return "";
    case CapaianError::bukan_angka: return "target dan realisasi harus berupa angka";
    case CapaianError::target_tidak_positif: return "target harus lebih besar dari nol";
    case CapaianError::realisasi_negatif: return "realisasi tidak boleh negatif";
    case CapaianError::rentang_terbalik: return "batas bawah target lebih besar dari batas atas";
    case CapaianError::rentang_wajib: return "polaritas rentang memerlukan target berupa rentang T1-T2";
    case CapaianError::polaritas_tidak_dikenal: return "polaritas tidak dikenal";
  }
  return "";
}

std::string_view message_en(CapaianError g) {
  switch (g) {
    case CapaianError::none: return "";
    case CapaianError::bukan_angka: return "target and realisasi must be numbers";
    case CapaianError::target_tidak_positif: return "the target must be greater than zero";
    case CapaianError::realisasi_negatif: return "realisasi must not be negative";
    case CapaianError::rentang_terbalik: return "the lower bound of the target exceeds the upper bound";
    case CapaianError::rentang_wajib: return "polarity rentang needs a target range T1-T2";
    case CapaianError::polaritas_tidak_dikenal: return "unknown polarity";
  }
  return "";
}

HasilCapaian hitung_capaian(const InputCapaian& in) {
  if (!std::isfinite(in.target) || !std::isfinite(in.realisasi) || (in.target_maks && !std::isfinite(*in.target_maks)))
    return failed(CapaianError::bukan_angka);
  if (in.target < 0 || (in.target_maks && *in.target_maks < 0)) return failed(CapaianError::target_tidak_positif);
  if (in.realisasi < 0) return failed(CapaianError::realisasi_negatif);
  if (in.polaritas == Polaritas::invalid) return failed(CapaianError::polaritas_tidak_dikenal);
  if (in.polaritas == Polaritas::rentang && !in.target_maks) return failed(CapaianError::rentang_wajib);

  const double lo = in.target;
  const double hi = in.target_maks.value_or(in.target);
  if (lo > hi) return failed(CapaianError::rentang_terbalik);
  const double r = in.realisasi;
  const bool range = in.target_maks.has_value();

  switch (in.polaritas) {
    case Polaritas::naik:
    case Polaritas::rentang:
      // Range rule: above the range use the upper bound, below it the lower one.
      if (range && r >= lo && r <= hi) return persen(100.0);
      return naik(r > hi ? hi : lo, r);
    case Polaritas::turun:
      if (range && r >= lo && r <= hi) return persen(100.0);
      return turun(r > hi ? hi : lo, r);
    case Polaritas::tepat:
      if (r >= lo && r <= hi && (range || r == lo)) {
        if (!range && !(lo > 0)) return failed(CapaianError::target_tidak_positif);
        return persen(100.0);
      }
      return tepat(r > hi ? hi : lo, r);
    case Polaritas::invalid: break;
  }
  return failed(CapaianError::polaritas_tidak_dikenal);
}

std::ostream& operator<<(std::ostream& os, const HasilCapaian& h) {
  if (!h.ok()) return os << "failed(" << message_en(h.error) << ")";
  std::ostringstream s;
  s << std::fixed << std::setprecision(4) << h.persen << "%";
  return os << s.str();
}

} // namespace kinerja
