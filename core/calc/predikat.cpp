// The kuadran lookup and the rating-perilaku rule, both read from the RuleSet.
#include "core/calc/predikat.hpp"

namespace kinerja {

Predikat predikat_kinerja(const RulesMatriksPredikat& m, Rating hasil_kerja, Rating perilaku) {
  int h = rating_index(hasil_kerja), p = rating_index(perilaku);
  if (h < 0 || p < 0) return Predikat::invalid;
  return m.sel[static_cast<std::size_t>(h)][static_cast<std::size_t>(p)];
}

namespace {

bool within(int n, int lo, int hi) { return (lo < 0 || n >= lo) && (hi < 0 || n <= hi); }

std::string hitungan_id(int atas, int sesuai, int bawah) {
  return std::to_string(atas) + " di atas, " + std::to_string(sesuai) + " sesuai, " + std::to_string(bawah) +
         " di bawah ekspektasi";
}
std::string hitungan_en(int atas, int sesuai, int bawah) {
  return std::to_string(atas) + " above, " + std::to_string(sesuai) + " meeting, " + std::to_string(bawah) +
         " below expectation";
}

} // namespace

SaranRatingPerilaku saran_rating_perilaku(const RulesRatingPerilaku& rules, std::span<const Rating> nilai) {
  SaranRatingPerilaku out;
  for (Rating r : nilai) {
    switch (r) {
      case Rating::di_atas: ++out.di_atas; break;
      case Rating::sesuai: ++out.sesuai; break;
      case Rating::di_bawah: ++out.di_bawah; break;
      case Rating::invalid: ++out.belum; break;
    }
  }
  const int rated = out.di_atas + out.sesuai + out.di_bawah;
  if (rated + out.belum < rules.jumlah_nilai) out.belum = rules.jumlah_nilai - rated;
  if (out.belum > 0 || rated != rules.jumlah_nilai) return out;
  for (std::size_t i = 0; i < rules.aturan.size(); ++i) {
    const auto& a = rules.aturan[i];
    if (within(out.di_atas, a.di_atas_min, a.di_atas_maks) && within(out.sesuai, a.sesuai_min, a.sesuai_maks) &&
        within(out.di_bawah, a.di_bawah_min, a.di_bawah_maks)) {
      out.rating = a.rating;
      out.aturan = static_cast<int>(i);
      return out;
    }
  }
  out.rating = rules.lainnya;
  return out;
}

TeksDuaBahasa alasan_saran(const RulesRatingPerilaku& rules, const SaranRatingPerilaku& s) {
  const int rated = s.di_atas + s.sesuai + s.di_bawah;
  if (s.belum > 0 || rated != rules.jumlah_nilai) {
    const std::string dari = std::to_string(rated), semua = std::to_string(rules.jumlah_nilai);
    return {"belum semua nilai BerAKHLAK diberi rating (" + dari + " dari " + semua + ")",
            "not every BerAKHLAK value is rated yet (" + dari + " of " + semua + ")"};
  }
  const bool baris = s.aturan >= 0 && static_cast<std::size_t>(s.aturan) < rules.aturan.size();
  const std::string& id = baris ? rules.aturan[static_cast<std::size_t>(s.aturan)].keterangan_id : rules.lainnya_id;
  const std::string& en = baris ? rules.aturan[static_cast<std::size_t>(s.aturan)].keterangan_en : rules.lainnya_en;
  return {id + " (" + hitungan_id(s.di_atas, s.sesuai, s.di_bawah) + ")",
          en + " (" + hitungan_en(s.di_atas, s.sesuai, s.di_bawah) + ")"};
}

} // namespace kinerja
