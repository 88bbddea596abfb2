// Suggested rating hasil kerja and the unit-head rule. Shares are compared in
// integers (count × 100 against percent × total) so "more than half" is exact.
#include "core/calc/rating_hasil_kerja.hpp"

#include <cmath>

namespace kinerja {

std::string_view to_string(TingkatCapaian t) {
  switch (t) {
    case TingkatCapaian::belum_ada: return "belum-ada";
    case TingkatCapaian::di_bawah: return "di-bawah";
    case TingkatCapaian::sesuai: return "sesuai";
    case TingkatCapaian::di_atas: return "di-atas";
  }
  return "";
}

std::string_view to_string(AturanSaranHasilKerja a) {
  switch (a) {
    case AturanSaranHasilKerja::tanpa_data: return "tanpa-data";
    case AturanSaranHasilKerja::di_atas: return "di-atas";
    case AturanSaranHasilKerja::di_bawah_mayoritas: return "di-bawah-mayoritas";
    case AturanSaranHasilKerja::di_bawah_utama: return "di-bawah-utama";
    case AturanSaranHasilKerja::sesuai: return "sesuai";
  }
  return "";
}

TingkatCapaian tingkat_capaian(const RulesRatingHasilKerja& rules, std::optional<double> capaian) {
  if (!capaian || !std::isfinite(*capaian)) return TingkatCapaian::belum_ada;
  // Compare the value as displayed, so 100.004% reads as 100.00% = at expectation.
  const double f = std::pow(10.0, rules.desimal);
  const double c = std::round(*capaian * f) / f;
  if (c > rules.di_atas_lebih_dari) return TingkatCapaian::di_atas;
  if (c >= rules.sesuai_minimal) return TingkatCapaian::sesuai;
  return TingkatCapaian::di_bawah;
}

namespace {

std::string s(int n) { return std::to_string(n); }

} // namespace

TeksDuaBahasa alasan_saran(const SaranRatingHasilKerja& saran) {
  TeksDuaBahasa out;
  const auto& a = saran.alasan;
  switch (a.aturan) {
    case AturanSaranHasilKerja::tanpa_data:
      out.id = "belum ada hasil kerja dengan realisasi";
      out.en = "no result has a realisasi yet";
      break;
    case AturanSaranHasilKerja::di_atas:
      out.id = s(a.di_atas) + " dari " + s(a.jumlah) + " hasil kerja di atas ekspektasi dan " +
               (a.utama_di_bawah == 0 ? std::string("tidak ada") : s(a.utama_di_bawah)) +
               " hasil kerja utama di bawah ekspektasi";
      out.en = s(a.di_atas) + " of " + s(a.jumlah) + " results above expectation and " +
               (a.utama_di_bawah == 0 ? std::string("no") : s(a.utama_di_bawah)) +
               " main result(s) below expectation";
      break;
    case AturanSaranHasilKerja::di_bawah_mayoritas:
      out.id = "sebagian besar hasil kerja di bawah ekspektasi (" + s(a.di_bawah) + " dari " + s(a.jumlah) + ")";
      out.en = "most results are below expectation (" + s(a.di_bawah) + " of " + s(a.jumlah) + ")";
      break;
    case AturanSaranHasilKerja::di_bawah_utama:
      out.id = "sebagian besar hasil kerja utama di bawah ekspektasi (" + s(a.utama_di_bawah) + " dari " +
               s(a.utama) + ")";
      out.en = "most main results are below expectation (" + s(a.utama_di_bawah) + " of " + s(a.utama) + ")";
      break;
    case AturanSaranHasilKerja::sesuai:
      out.id = "dari " + s(a.jumlah) + " hasil kerja: " + s(a.di_atas) + " di atas, " + s(a.sesuai) +
               " sesuai, " + s(a.di_bawah) + " di bawah ekspektasi; hasil kerja utama di bawah ekspektasi: " +
               s(a.utama_di_bawah) + " dari " + s(a.utama);
      out.en = "of " + s(a.jumlah) + " results: " + s(a.di_atas) + " above, " + s(a.sesuai) + " meeting, " +
               s(a.di_bawah) + " below expectation; main results below expectation: " + s(a.utama_di_bawah) +
               " of " + s(a.utama);
      break;
  }
  if (a.belum_ada > 0 && a.aturan != AturanSaranHasilKerja::tanpa_data) {
    out.id += "; " + s(a.belum_ada) + " belum ada realisasi (tidak dihitung)";
    out.en += "; " + s(a.belum_ada) + " without realisasi (not counted)";
  }
  return out;
}

SaranRatingHasilKerja saran_rating_hasil_kerja(const RulesRatingHasilKerja& rules,
                                               std::span<const ItemHasilKerja> items) {
  SaranRatingHasilKerja out;
  auto& a = out.alasan;
  for (const auto& it : items) {
    TingkatCapaian t = tingkat_capaian(rules, it.capaian_persen);
    if (t == TingkatCapaian::belum_ada) {
      ++a.belum_ada;
      continue;
    }
    ++a.jumlah;
    const bool utama = it.kategori != KategoriRhk::tambahan;  // an unknown category counts as utama (the stricter reading)
    if (utama) ++a.utama;
    if (t == TingkatCapaian::di_atas) ++a.di_atas;
    else if (t == TingkatCapaian::sesuai) ++a.sesuai;
    else {
      ++a.di_bawah;
      if (utama) ++a.utama_di_bawah;
    }
  }
  if (a.jumlah == 0) {
    a.aturan = AturanSaranHasilKerja::tanpa_data;
  } else if (a.di_atas * 100 > rules.porsi_di_atas_lebih_dari * a.jumlah && a.utama_di_bawah <= rules.utama_di_bawah_maks) {
    a.aturan = AturanSaranHasilKerja::di_atas;
    out.rating = Rating::di_atas;
  } else if (a.di_bawah * 100 > rules.porsi_di_bawah_lebih_dari * a.jumlah) {
    a.aturan = AturanSaranHasilKerja::di_bawah_mayoritas;
    out.rating = Rating::di_bawah;
  } else if (a.utama > 0 && a.utama_di_bawah * 100 > rules.porsi_utama_di_bawah_lebih_dari * a.utama) {
    a.aturan = AturanSaranHasilKerja::di_bawah_utama;
    out.rating = Rating::di_bawah;
  } else {
    a.aturan = AturanSaranHasilKerja::sesuai;
    out.rating = Rating::sesuai;
  }
  return out;
}

Rating rating_hasil_kerja_kepala_unit(const RulesRatingHasilKerja& rules, Cko cko) {
  if (cko == Cko::invalid) return Rating::invalid;
  return rules.kepala_unit[static_cast<std::size_t>(cko)];
}

} // namespace kinerja
