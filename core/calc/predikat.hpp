// Predikat kinerja pegawai from the 6/2022 kuadran, and the suggested rating
// perilaku from the ratings of the seven BerAKHLAK values. Both read their
// rule from the RuleSet (assets/rules/predikat_matrix.json, rating_perilaku.json).
#pragma once
#include "core/rules/rules.hpp"
#include "core/model/types.hpp"

#include <span>
#include <string>

namespace kinerja {

// Matrix lookup; Predikat::invalid when either rating is invalid.
Predikat predikat_kinerja(const RulesMatriksPredikat&, Rating hasil_kerja, Rating perilaku);

struct SaranRatingPerilaku {
  Rating rating = Rating::invalid;      // invalid when not every value is rated
  int di_atas = 0, sesuai = 0, di_bawah = 0, belum = 0;  // counts over the values
  int aturan = -1;                      // index of the matching rule row; -1 = "lainnya" or incomplete
};

// Why, in words: the matching rule row's keterangan with the counts, or what
// is still unrated. Made when a screen shows it, not for every scored period.
TeksDuaBahasa alasan_saran(const RulesRatingPerilaku&, const SaranRatingPerilaku&);

// `nilai` holds one rating per BerAKHLAK value (any order); Rating::invalid
// means "not rated yet". A suggestion needs all rules.jumlah_nilai values rated.
SaranRatingPerilaku saran_rating_perilaku(const RulesRatingPerilaku&, std::span<const Rating> nilai);

} // namespace kinerja
