// IKM with exact band decisions. The weighted mean of NRR is a fraction
// N / (D·W) with D = Π n_i over the answered unsur, W = Σ w_i and
// N = Σ w_i·S_i·D/n_i; band edges are compared by cross-multiplying big
// unsigned integers, so no floating-point rounding can move a set across an edge.
#include "core/calc/ikm.hpp"

#include <algorithm>
#include <cmath>

namespace kinerja {
namespace {

// Just enough arbitrary precision for the cross-multiplication: little-endian
// 32-bit limbs, multiply by a 64-bit value, add, compare.
class BigUint {
 public:
  explicit BigUint(std::uint64_t v = 0) {
    while (v) {
      limbs_.push_back(static_cast<std::uint32_t>(v & 0xffffffffu));
      v >>= 32;
    }
  }
  BigUint& mul(std::uint64_t v) {
    const auto lo = static_cast<std::uint32_t>(v & 0xffffffffu);
    const auto hi = static_cast<std::uint32_t>(v >> 32);
    if (hi == 0) return mul32(lo);
    BigUint high = *this;
    high.mul32(hi);
    if (!high.limbs_.empty()) {  // shift left by one limb
      high.limbs_.push_back(0u);
      for (std::size_t i = high.limbs_.size() - 1; i > 0; --i) high.limbs_[i] = high.limbs_[i - 1];
      high.limbs_[0] = 0u;
    }
    mul32(lo);
    return add(high);
  }
  BigUint& add(const BigUint& o) {
    if (limbs_.size() < o.limbs_.size()) limbs_.resize(o.limbs_.size(), 0u);
    std::uint64_t carry = 0;
    for (std::size_t i = 0; i < limbs_.size(); ++i) {
      std::uint64_t s = carry + limbs_[i] + (i < o.limbs_.size() ? o.limbs_[i] : 0u);
      limbs_[i] = static_cast<std::uint32_t>(s & 0xffffffffu);
      carry = s >> 32;
    }
    if (carry) limbs_.push_back(static_cast<std::uint32_t>(carry));
    return *this;
  }
  friend int compare(const BigUint& a, const BigUint& b) {
    if (a.limbs_.size() != b.limbs_.size()) return a.limbs_.size() < b.limbs_.size() ? -1 : 1;
    for (std::size_t i = a.limbs_.size(); i-- > 0;)
      if (a.limbs_[i] != b.limbs_[i]) return a.limbs_[i] < b.limbs_[i] ? -1 : 1;
    return 0;
  }

 private:
  BigUint& mul32(std::uint32_t v) {
    std::uint64_t carry = 0;
    for (auto& l : limbs_) {
      std::uint64_t p = static_cast<std::uint64_t>(l) * v + carry;
      l = static_cast<std::uint32_t>(p & 0xffffffffu);
      carry = p >> 32;
    }
    if (carry) limbs_.push_back(static_cast<std::uint32_t>(carry));
    if (v == 0) limbs_.clear();
    return *this;
  }
  std::vector<std::uint32_t> limbs_;  // no leading zero limbs (zero is empty)
};

// nilai konversi = konversi · N / (D·W), kept as its parts.
struct Pecahan {
  BigUint n{0}, dw{1};
  std::uint64_t konversi = 25;
  // nilai ≥ a / b (a ≥ 0, b > 0)?
  bool paling_sedikit(std::uint64_t a, std::uint64_t b) const {
    BigUint lhs = n;
    lhs.mul(konversi).mul(b);
    BigUint rhs = dw;
    rhs.mul(a);
    return compare(lhs, rhs) >= 0;
  }
};

std::uint64_t pangkat10(int d) {
  std::uint64_t p = 1;
  for (int i = 0; i < d; ++i) p *= 10;
  return p;
}

// The exact nilai konversi rounded half up to hundredths: the largest h with nilai ≥ (2h − 1) / 200.
std::int64_t bulat_seratus(const Pecahan& x, std::int64_t maks) {
  std::int64_t lo = 0, hi = maks + 1;  // invariant: P(lo) true, P(hi) false
  while (hi - lo > 1) {
    std::int64_t mid = lo + (hi - lo) / 2;
    if (x.paling_sedikit(static_cast<std::uint64_t>(2 * mid - 1), 200)) lo = mid;
    else hi = mid;
  }
  return lo;
}

// Is the value, rounded half up to `desimal` decimals (or unrounded when < 0), ≥ edge (hundredths)?
bool di_atas_tepi(const Pecahan& x, std::int64_t tepi_seratus, int desimal) {
  if (tepi_seratus <= 0) return true;
  const auto e = static_cast<std::uint64_t>(tepi_seratus);
  if (desimal < 0) return x.paling_sedikit(e, 100);
  const std::uint64_t p = pangkat10(desimal);
  const std::uint64_t e_skala = (e * p + 99) / 100;  // the edge in units of 10^-desimal, rounded up
  if (e_skala == 0) return true;
  return x.paling_sedikit(2 * e_skala - 1, 2 * p);
}

HasilIkm failed(std::string id, std::string en) {
  HasilIkm h;
  h.error_id = std::move(id);
  h.error_en = std::move(en);
  return h;
}

} // namespace

HasilIkm hitung_ikm_dari_jumlah(const RulesIkm& rules, std::span<const std::uint64_t> jumlah,
                                std::span<const std::uint64_t> dijawab, std::uint64_t responden) {
  const std::size_t k = rules.unsur.size();
  if (k == 0 || rules.mutu.empty()) return failed("aturan IKM tidak lengkap", "the IKM rules are incomplete");
  if (jumlah.size() != k || dijawab.size() != k)
    return failed("jumlah unsur harus " + std::to_string(k), "the number of unsur must be " + std::to_string(k));
  HasilIkm out;
  out.responden = responden;
  Pecahan x;
  x.konversi = static_cast<std::uint64_t>(rules.konversi);
  BigUint d(1);
  std::uint64_t w = 0;
  double ikm = 0;
  for (std::size_t i = 0; i < k; ++i) {
    const auto& u = rules.unsur[i];
    NrrUnsur nrr{u.kode, u.nama_id, u.nama_en, jumlah[i], dijawab[i], 0};
    if (dijawab[i] > 0) {
      const auto lo = dijawab[i] * static_cast<std::uint64_t>(rules.skala_min);
      const auto hi = dijawab[i] * static_cast<std::uint64_t>(rules.skala_maks);
      if (jumlah[i] < lo || jumlah[i] > hi)
        return failed("unsur " + u.kode + ": jumlah jawaban di luar skala", "unsur " + u.kode + ": sum of answers outside the scale");
      nrr.nrr = static_cast<double>(jumlah[i]) / static_cast<double>(dijawab[i]);
      // N ← N·n_i + w_i·S_i·D  (D the product of the earlier n_j), then D ← D·n_i.
      BigUint term = d;
      term.mul(u.bobot).mul(jumlah[i]);
      x.n.mul(dijawab[i]).add(term);
      d.mul(dijawab[i]);
      w += u.bobot;
      ikm += static_cast<double>(u.bobot) * nrr.nrr;
    }
    out.unsur.push_back(std::move(nrr));
  }
  if (w == 0)
    return failed("belum ada jawaban survei untuk unsur mana pun", "no survey answer for any unsur yet");
  x.dw = d;
  x.dw.mul(w);
  out.ikm = ikm / static_cast<double>(w);
  out.nilai_konversi = out.ikm * rules.konversi;
  const auto maks = static_cast<std::int64_t>(rules.konversi) * rules.skala_maks * 100;
  out.nilai_konversi_seratus = bulat_seratus(x, maks);
  const MutuIkm* band = &rules.mutu.back();
  for (const auto& m : rules.mutu) {
    if (di_atas_tepi(x, m.min_seratus, rules.desimal_banding)) {
      band = &m;
      break;
    }
  }
  out.mutu = band->mutu;
  out.kinerja_id = band->kinerja_id;
  out.kinerja_en = band->kinerja_en;
  out.ok = true;
  return out;
}

HasilIkm hitung_ikm(const RulesIkm& rules, std::span<const JawabanSkm> responden) {
  const std::size_t k = std::min(rules.unsur.size(), static_cast<std::size_t>(kJumlahUnsurSkm));
  std::vector<std::uint64_t> jumlah(rules.unsur.size(), 0), dijawab(rules.unsur.size(), 0);
  for (std::size_t r = 0; r < responden.size(); ++r) {
    for (std::size_t i = 0; i < k; ++i) {
      const int v = responden[r][i];
      if (v == 0) continue;
      if (v < rules.skala_min || v > rules.skala_maks)
        return failed("responden ke-" + std::to_string(r + 1) + ", unsur " + rules.unsur[i].kode + ": jawaban " +
                         std::to_string(v) + " di luar skala " + std::to_string(rules.skala_min) + "–" +
                         std::to_string(rules.skala_maks),
                     "respondent " + std::to_string(r + 1) + ", unsur " + rules.unsur[i].kode + ": answer " +
                         std::to_string(v) + " outside the scale " + std::to_string(rules.skala_min) + "–" +
                         std::to_string(rules.skala_maks));
      jumlah[i] += static_cast<std::uint64_t>(v);
      ++dijawab[i];
    }
  }
  return hitung_ikm_dari_jumlah(rules, jumlah, dijawab, responden.size());
}

std::string format_seratus(std::int64_t seratus, char desimal) {
  const bool neg = seratus < 0;
  const std::int64_t a = neg ? -seratus : seratus;
  std::string out = neg ? "-" : "";
  out += std::to_string(a / 100);
  out += desimal;
  if (a % 100 < 10) out += '0';
  out += std::to_string(a % 100);
  return out;
}

// --- CSV ---

namespace {

std::string_view trim_cell(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '"')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '"' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> split(std::string_view line, char sep) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= line.size(); ++i) {
    if (i == line.size() || line[i] == sep) {
      out.push_back(trim_cell(line.substr(start, i - start)));
      start = i + 1;
    }
  }
  return out;
}

std::optional<int> small_int(std::string_view s) {
  if (s.empty() || s.size() > 3) return std::nullopt;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return v;
}

} // namespace

CsvIkm baca_csv_ikm(std::string_view teks, int skala_min, int skala_maks) {
  CsvIkm out;
  if (teks.size() >= 3 && teks.substr(0, 3) == "\xEF\xBB\xBF") teks.remove_prefix(3);
  char sep = 0;
  bool first = true;
  std::size_t baris = 0;
  while (!teks.empty() || baris == 0) {
    const std::size_t nl = teks.find('\n');
    std::string_view line = teks.substr(0, nl);
    teks = nl == std::string_view::npos ? std::string_view{} : teks.substr(nl + 1);
    ++baris;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (trim_cell(line).empty()) {
      if (teks.empty()) break;
      continue;
    }
    if (sep == 0) {
      const auto semis = std::count(line.begin(), line.end(), ';');
      const auto tabs = std::count(line.begin(), line.end(), '\t');
      const auto commas = std::count(line.begin(), line.end(), ',');
      sep = semis >= commas && semis >= tabs && semis > 0 ? ';' : (tabs > commas ? '\t' : ',');
    }
    auto f = split(line, sep);
    if (first) {
      first = false;
      bool header = false;
      for (auto x : f)
        if (!x.empty() && !small_int(x)) header = true;
      if (header) continue;
    }
    while (f.size() > static_cast<std::size_t>(kJumlahUnsurSkm) && f.back().empty()) f.pop_back();
    if (f.size() != static_cast<std::size_t>(kJumlahUnsurSkm)) {
      out.errors.push_back({baris, "harus " + std::to_string(kJumlahUnsurSkm) + " kolom jawaban, ada " + std::to_string(f.size()),
                           "must have " + std::to_string(kJumlahUnsurSkm) + " answer columns, found " + std::to_string(f.size())});
      continue;
    }
    JawabanSkm j{};
    bool ok = true, any = false;
    for (std::size_t i = 0; i < f.size(); ++i) {
      if (f[i].empty()) continue;
      auto v = small_int(f[i]);
      if (!v || *v < skala_min || *v > skala_maks) {
        std::string kol = "U";
        kol += std::to_string(i + 1);
        const std::string val(f[i]);
        out.errors.push_back({baris,
                             kol + ": \"" + val + "\" bukan jawaban " + std::to_string(skala_min) + "–" + std::to_string(skala_maks),
                             kol + ": \"" + val + "\" is not an answer " + std::to_string(skala_min) + "–" + std::to_string(skala_maks)});
        ok = false;
        break;
      }
      j[i] = static_cast<std::uint8_t>(*v);
      any = true;
    }
    if (!ok) continue;
    if (!any) {
      out.errors.push_back({baris, "baris tanpa jawaban", "row without any answer"});
      continue;
    }
    out.responden.push_back(j);
  }
  return out;
}

// --- Krejcie & Morgan ---

std::int64_t sampel_minimum(const RulesSampel& r, std::int64_t populasi) {
  if (populasi <= 0) return 0;
  const double n = static_cast<double>(populasi);
  const double pq = r.proporsi * (1.0 - r.proporsi);
  const double s = r.chi_kuadrat * n * pq / (r.margin_of_error * r.margin_of_error * (n - 1.0) + r.chi_kuadrat * pq);
  const double rounded = r.bulat_terdekat ? std::floor(s + 0.5) : std::ceil(s - 1e-9);
  return std::min(populasi, static_cast<std::int64_t>(rounded));
}

bool sampel_cukup(const RulesSampel& r, std::int64_t populasi, std::int64_t responden) {
  return responden >= sampel_minimum(r, populasi);
}

} // namespace kinerja
