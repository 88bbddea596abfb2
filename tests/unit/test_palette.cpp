// The predikat colours stay apart for colour-blind readers, and chip text
// reads on each. Colour blindness is simulated with the Viénot–Brettel–Mollon
// (1999) dichromat matrices for protanopia and deuteranopia and Brettel's
// tritanopia approximation, in linear RGB; distance is CIE 1976 ΔE in Lab.
#include "web/palette.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <utility>

using namespace kinerja;
using namespace kinerja::web;

namespace {

using Mat = std::array<std::array<double, 3>, 3>;

double to_linear(double c) {
  c /= 255.0;
  return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

std::array<double, 3> lab_of_linear(const std::array<double, 3>& l) {
  const double x = (0.4124 * l[0] + 0.3576 * l[1] + 0.1805 * l[2]) / 0.95047;
  const double y = 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
  const double z = (0.0193 * l[0] + 0.1192 * l[1] + 0.9505 * l[2]) / 1.08883;
  auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116.0; };
  return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

std::array<double, 3> seen(Rgb c, const Mat& m) {
  const std::array<double, 3> l{to_linear(c.r), to_linear(c.g), to_linear(c.b)};
  std::array<double, 3> out{};
  for (int i = 0; i < 3; ++i) {
    for (int j = 0; j < 3; ++j) out[i] += m[i][j] * l[j];
    out[i] = std::clamp(out[i], 0.0, 1.0);
  }
  return lab_of_linear(out);
}

double delta_e(const std::array<double, 3>& a, const std::array<double, 3>& b) {
  return std::sqrt((a[0] - b[0]) * (a[0] - b[0]) + (a[1] - b[1]) * (a[1] - b[1]) + (a[2] - b[2]) * (a[2] - b[2]));
}

constexpr Mat kNormal{{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}};
constexpr Mat kProtan{{{0.11238, 0.88762, 0}, {0.11238, 0.88762, 0}, {0.00401, -0.00401, 1}}};
constexpr Mat kDeutan{{{0.29275, 0.70725, 0}, {0.29275, 0.70725, 0}, {-0.02234, 0.02234, 1}}};
constexpr Mat kTritan{{{1, 0.14461, -0.14461}, {0, 0.85924, 0.14076}, {0, 0.85924, 0.14076}}};

constexpr std::array<Predikat, 6> kAll{Predikat::sangat_baik, Predikat::baik, Predikat::butuh_perbaikan,
                                       Predikat::kurang_misconduct, Predikat::sangat_kurang, Predikat::invalid};

} // namespace

TEST_SUITE("palette") {
  TEST_CASE("every pair of predikat colours stays apart with normal vision and each kind of colour blindness") {
    const std::pair<const char*, Mat> visions[] = {
        {"normal", kNormal}, {"protanopia", kProtan}, {"deuteranopia", kDeutan}, {"tritanopia", kTritan}};
    for (const auto& vision : visions) {
      const std::string name = vision.first;  // clang 14: no bindings in INFO's lambda
      const Mat& m = vision.second;
      for (std::size_t i = 0; i < kAll.size(); ++i)
        for (std::size_t j = i + 1; j < kAll.size(); ++j) {
          const double d = delta_e(seen(warna_predikat(kAll[i]), m), seen(warna_predikat(kAll[j]), m));
          INFO(name << ": " << to_string(kAll[i]) << " vs " << to_string(kAll[j]) << " ΔE " << d);
          CHECK(d >= 15.0);  // clearly different at a glance, well above a just-noticeable 2.3
        }
    }
  }

  TEST_CASE("the simulation itself: red and green, far apart for most, merge for a deuteranope") {
    const Rgb red{200, 60, 40}, green{90, 150, 40};
    CHECK(delta_e(seen(red, kNormal), seen(green, kNormal)) > 60);
    CHECK(delta_e(seen(red, kDeutan), seen(green, kDeutan)) < 25);
  }

  TEST_CASE("chip text reads on every predikat colour (WCAG AA, 4.5:1)") {
    for (const Predikat p : kAll) {
      const Rgb bg = warna_predikat(p);
      INFO(to_string(p));
      CHECK(kontras(teks_di_atas(bg), bg) >= 4.5);
    }
    CHECK(kontras({255, 255, 255}, {0, 0, 0}) == doctest::Approx(21.0));
    CHECK(kontras({118, 118, 118}, {255, 255, 255}) == doctest::Approx(4.54).epsilon(0.01));
  }
}
