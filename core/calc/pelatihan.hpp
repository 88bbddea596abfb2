// Training recommendations: weak BerAKHLAK values and weak indicator aspects
// matched against the catalogue (assets/catalog/trainings.json). Development
// before sanction: every recommendation says which weakness it answers.
#pragma once
#include "core/rules/rules.hpp"
#include "core/model/types.hpp"

#include <span>
#include <string>
#include <vector>

namespace kinerja {

struct KebutuhanPelatihan {
  std::vector<NilaiBerakhlak> nilai_lemah;  // values rated below expectation
  std::vector<Aspek> aspek_lemah;           // aspects of indicators below expectation
};

// One value per BerAKHLAK value's rating (index = NilaiBerakhlak − 1, as in
// types.hpp order) → the values rated di-bawah; aspects of indicators whose
// tingkat is di_bawah → those aspects (each once).
std::vector<NilaiBerakhlak> nilai_lemah_dari_rating(std::span<const Rating> rating_per_nilai);

struct RekomendasiPelatihan {
  std::size_t indeks = 0;                   // into KatalogPelatihan::pelatihan
  std::string id, nama_id, nama_en;
  int skor = 0;                             // 2 per matching value + 1 per matching aspect
  std::vector<NilaiBerakhlak> cocok_nilai;
  std::vector<Aspek> cocok_aspek;
  std::string alasan_id, alasan_en;         // "untuk nilai Berorientasi Pelayanan; aspek kualitas"
};

// Best first (skor, then the more specific training, then catalogue order); at most `maks`.
std::vector<RekomendasiPelatihan> rekomendasi_pelatihan(const KatalogPelatihan&, const KebutuhanPelatihan&,
                                                        std::size_t maks = 5);

} // namespace kinerja
