// The distribution check: each limit of the unit's CKO compared exactly in
// integers (count × 100 against percent × total), one warning per violation.
#include "core/calc/kurva.hpp"

#include <cstdio>

namespace kinerja {

int JumlahPredikat::total() const {
  int t = 0;
  for (std::size_t i = 1; i < n.size(); ++i) t += n[i];
  return t;
}

namespace {

std::string persen_teks(int jumlah, int total, char desimal) {
  const long long x10 = (static_cast<long long>(jumlah) * 1000 * 2 + total) / (2LL * total);  // tenths, rounded half up
  std::string s = std::to_string(x10 / 10);
  if (x10 % 10 != 0) {
    s += desimal;
    s += static_cast<char>('0' + x10 % 10);
  }
  return s + "%";
}

std::string nama_predikat(const std::vector<Predikat>& ps, std::string_view sambung) {
  std::string s;
  for (std::size_t i = 0; i < ps.size(); ++i) {
    if (i) s += sambung;
    s += label_id(ps[i]);
  }
  return s;
}

} // namespace

std::vector<PeringatanKurva> periksa_kurva(const RulesKurva& rules, Cko cko, const JumlahPredikat& jumlah) {
  std::vector<PeringatanKurva> out;
  const int total = jumlah.total();
  if (cko == Cko::invalid || total <= 0) return out;
  const std::string cko_id = std::string(label_id(cko));
  for (const auto& b : rules.per_cko[static_cast<std::size_t>(cko)]) {
    int n = 0;
    for (Predikat p : b.predikat) n += jumlah[p];
    const long long share = static_cast<long long>(n) * 100;
    const long long limit = static_cast<long long>(b.nilai) * total;
    bool violated = false;
    switch (b.jenis) {
      case JenisBatasKurva::maks_persen: violated = share > limit; break;
      case JenisBatasKurva::min_persen: violated = share < limit; break;
      case JenisBatasKurva::lebih_dari_persen: violated = share <= limit; break;
      case JenisBatasKurva::min_jumlah: violated = n < b.nilai; break;
      case JenisBatasKurva::invalid: break;
    }
    if (!violated) continue;
    PeringatanKurva w{cko, b, n, total, {}, {}};
    const std::string apa_id = nama_predikat(b.predikat, " dan/atau ");
    const std::string apa_en = nama_predikat(b.predikat, " and/or ");
    const std::string dari_id = apa_id + " " + std::to_string(n) + " dari " + std::to_string(total) + " (" +
                                persen_teks(n, total, ',') + ")";
    const std::string dari_en = apa_en + " " + std::to_string(n) + " of " + std::to_string(total) + " (" +
                                persen_teks(n, total, '.') + ")";
    const std::string v = std::to_string(b.nilai);
    switch (b.jenis) {
      case JenisBatasKurva::maks_persen:
        w.message_id = dari_id + " melebihi batas maksimal " + v + "% untuk CKO " + cko_id;
        w.message_en = dari_en + " exceeds the maximum of " + v + "% for CKO " + cko_id;
        break;
      case JenisBatasKurva::min_persen:
        w.message_id = dari_id + " di bawah batas minimal " + v + "% untuk CKO " + cko_id;
        w.message_en = dari_en + " is below the minimum of " + v + "% for CKO " + cko_id;
        break;
      case JenisBatasKurva::lebih_dari_persen:
        w.message_id = dari_id + " tidak lebih dari " + v + "% (bukan sebagian besar) untuk CKO " + cko_id;
        w.message_en = dari_en + " is not more than " + v + "% (not a majority) for CKO " + cko_id;
        break;
      case JenisBatasKurva::min_jumlah:
        w.message_id = apa_id + " " + std::to_string(n) + " dari " + std::to_string(total) + ": minimal harus ada " + v +
                     " pegawai untuk CKO " + cko_id;
        w.message_en = apa_en + " " + std::to_string(n) + " of " + std::to_string(total) + ": at least " + v +
                     " employee(s) required for CKO " + cko_id;
        break;
      case JenisBatasKurva::invalid: break;
    }
    out.push_back(std::move(w));
  }
  return out;
}

std::ostream& operator<<(std::ostream& os, const PeringatanKurva& w) { return os << w.message_en; }

} // namespace kinerja
