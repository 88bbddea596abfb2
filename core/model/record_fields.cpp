#include "core/model/record_fields.hpp"

#include <array>

namespace kinerja::fields {

std::string_view jenjang_problem(std::string_view j) {
  return j.empty() || is_valid_jenjang(j)
             ? std::string_view{}
             : "unknown jenjang; allowed: pemula, terampil, mahir, penyelia, ahli-pertama, ahli-muda, ahli-madya, "
               "ahli-utama";
}

std::string_view golongan_problem(std::string_view g) {
  constexpr std::string_view kProblem = "golongan must look like III/a (PNS) or IX (PPPK)";
  if (g.empty()) return {};
  // PNS "I/a".."IV/e" (IV has a–e, the others a–d); PPPK "I".."XVII".
  static constexpr std::array<std::string_view, 4> kRuang{"I", "II", "III", "IV"};
  if (const auto slash = g.find('/'); slash != std::string_view::npos) {
    const auto gol = g.substr(0, slash), ruang = g.substr(slash + 1);
    for (std::size_t i = 0; i < kRuang.size(); ++i)
      if (gol == kRuang[i])
        return ruang.size() == 1 && ruang[0] >= 'a' && ruang[0] <= (i == 3 ? 'e' : 'd') ? std::string_view{} : kProblem;
    return kProblem;
  }
  static constexpr std::array<std::string_view, 17> kPppk{"I",    "II",  "III", "IV", "V",   "VI",
                                                          "VII",  "VIII", "IX", "X",  "XI",  "XII",
                                                          "XIII", "XIV", "XV",  "XVI", "XVII"};
  for (auto p : kPppk)
    if (g == p) return {};
  return kProblem;
}

}  // namespace kinerja::fields
