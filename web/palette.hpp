// The colours that carry meaning on the public page and in the workspaces:
// one per predikat, chosen so that every pair stays apart for readers with
// red-green or blue-yellow colour blindness (tests/unit/test_palette.cpp
// simulates protanopia, deuteranopia and tritanopia), and the text colour
// that reads on each (WCAG contrast ≥ 4.5:1).
#pragma once
#include "core/model/types.hpp"

#include <cstdint>

namespace kinerja::web {

struct Rgb {
  std::uint8_t r = 0, g = 0, b = 0;
  bool operator==(const Rgb&) const = default;
};

// Predikat::invalid is the grey of a hidden or unknown share.
Rgb warna_predikat(Predikat);
// WCAG 2.x contrast ratio of two colours (1 … 21).
double kontras(Rgb, Rgb);
// White or near-black, whichever reads better on `latar`.
Rgb teks_di_atas(Rgb latar);

} // namespace kinerja::web
