// Angka kredit: koefisien jenjang × conversion percentage of the predikat.
#include "core/calc/angka_kredit.hpp"

#include <string>

namespace kinerja {
namespace {

// "Ahli Muda", "ahli_muda", "AHLI-MUDA" → "ahli-muda".
std::string kode(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == ' ' || c == '_' || c == '-') {
      if (!out.empty() && out.back() != '-') out += '-';
    } else if (c >= 'A' && c <= 'Z') {
      out += static_cast<char>(c - 'A' + 'a');
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

} // namespace

const KoefisienJenjang* cari_jenjang(const RulesAngkaKredit& rules, std::string_view jenjang) {
  const std::string k = kode(jenjang);
  for (const auto& j : rules.koefisien)
    if (kode(j.jenjang) == k || kode(j.label) == k) return &j;
  return nullptr;
}

std::optional<double> angka_kredit(const RulesAngkaKredit& rules, std::string_view jenjang, Predikat p, int bulan) {
  const KoefisienJenjang* j = cari_jenjang(rules, jenjang);
  if (!j || p == Predikat::invalid || bulan < 1 || bulan > 12) return std::nullopt;
  return j->koefisien * rules.persen_predikat[static_cast<std::size_t>(p)] / 100.0 * bulan / 12.0;
}

} // namespace kinerja
