#include "web/palette.hpp"

#include <algorithm>
#include <cmath>

namespace kinerja::web {
namespace {

double linear(std::uint8_t c) {
  const double v = c / 255.0;
  return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
}

double luminance(Rgb c) { return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b); }

} // namespace

Rgb warna_predikat(Predikat p) {
  // Dark green, light green, yellow, orange, plum: apart in lightness as well
  // as hue, so the order survives without colour vision.
  switch (p) {
    case Predikat::sangat_baik: return {16, 110, 70};
    case Predikat::baik: return {126, 196, 112};
    case Predikat::butuh_perbaikan: return {244, 200, 60};
    case Predikat::kurang_misconduct: return {214, 104, 24};
    case Predikat::sangat_kurang: return {118, 32, 104};
    case Predikat::invalid: break;
  }
  return {204, 208, 216};
}

double kontras(Rgb a, Rgb b) {
  const double la = luminance(a), lb = luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

Rgb teks_di_atas(Rgb latar) {
  constexpr Rgb putih{255, 255, 255}, gelap{24, 28, 34};
  return kontras(putih, latar) >= kontras(gelap, latar) ? putih : gelap;
}

} // namespace kinerja::web
