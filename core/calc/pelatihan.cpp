// Training recommendations: match weak values and aspects against the catalogue.
#include "core/calc/pelatihan.hpp"

#include <algorithm>

namespace kinerja {

std::vector<NilaiBerakhlak> nilai_lemah_dari_rating(std::span<const Rating> rating) {
  std::vector<NilaiBerakhlak> out;
  for (std::size_t i = 0; i < rating.size() && i < static_cast<std::size_t>(kJumlahNilaiBerakhlak); ++i)
    if (rating[i] == Rating::di_bawah) out.push_back(static_cast<NilaiBerakhlak>(i + 1));
  return out;
}

std::vector<RekomendasiPelatihan> rekomendasi_pelatihan(const KatalogPelatihan& katalog, const KebutuhanPelatihan& k,
                                                        std::size_t maks) {
  std::vector<RekomendasiPelatihan> out;
  for (std::size_t i = 0; i < katalog.pelatihan.size(); ++i) {
    const auto& t = katalog.pelatihan[i];
    RekomendasiPelatihan r;
    for (auto n : t.nilai)
      if (std::find(k.nilai_lemah.begin(), k.nilai_lemah.end(), n) != k.nilai_lemah.end() &&
          std::find(r.cocok_nilai.begin(), r.cocok_nilai.end(), n) == r.cocok_nilai.end())
        r.cocok_nilai.push_back(n);
    for (auto a : t.aspek)
      if (std::find(k.aspek_lemah.begin(), k.aspek_lemah.end(), a) != k.aspek_lemah.end() &&
          std::find(r.cocok_aspek.begin(), r.cocok_aspek.end(), a) == r.cocok_aspek.end())
        r.cocok_aspek.push_back(a);
    r.skor = 2 * static_cast<int>(r.cocok_nilai.size()) + static_cast<int>(r.cocok_aspek.size());
    if (r.skor == 0) continue;
    r.indeks = i;
    r.id = t.id;
    r.nama_id = t.nama_id;
    r.nama_en = t.nama_en;
    std::string nid, nen;
    for (auto n : r.cocok_nilai) {
      if (!nid.empty()) {
        nid += ", ";
        nen += ", ";
      }
      nid += label_id(n);
      nen += label_id(n);
    }
    std::string aid;
    for (auto a : r.cocok_aspek) {
      if (!aid.empty()) aid += ", ";
      aid += to_string(a);
    }
    if (!nid.empty()) {
      r.alasan_id = "untuk nilai " + nid;
      r.alasan_en = "for the value(s) " + nen;
    }
    if (!aid.empty()) {
      r.alasan_id += (r.alasan_id.empty() ? "" : "; ") + std::string("untuk aspek ") + aid;
      r.alasan_en += (r.alasan_en.empty() ? "" : "; ") + std::string("for the aspect(s) ") + aid;
    }
    out.push_back(std::move(r));
  }
  // Best match first; among equals the more specific course (fewer tags), then catalogue order.
  std::stable_sort(out.begin(), out.end(), [&](const RekomendasiPelatihan& a, const RekomendasiPelatihan& b) {
    if (a.skor != b.skor) return a.skor > b.skor;
    const auto& ta = katalog.pelatihan[a.indeks];
    const auto& tb = katalog.pelatihan[b.indeks];
    return ta.nilai.size() + ta.aspek.size() < tb.nilai.size() + tb.aspek.size();
  });
  if (out.size() > maks) out.resize(maks);
  return out;
}

} // namespace kinerja
