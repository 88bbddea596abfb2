#include "core/calc/predikat.hpp"
#include "core/calc/rating_hasil_kerja.hpp"
#include "rules_test_print.hpp"

#include <doctest/doctest.h>

#include <array>
#include <vector>

using namespace kinerja;

TEST_SUITE("predikat") {
  TEST_CASE("all nine cells of the kuadran (docs/domain.md §6)") {
    const auto& m = default_rules().matriks;
    using R = Rating;
    using P = Predikat;
    CHECK(predikat_kinerja(m, R::di_atas, R::di_atas) == P::sangat_baik);
    CHECK(predikat_kinerja(m, R::di_atas, R::sesuai) == P::baik);
    CHECK(predikat_kinerja(m, R::di_atas, R::di_bawah) == P::kurang_misconduct);
    CHECK(predikat_kinerja(m, R::sesuai, R::di_atas) == P::baik);
    CHECK(predikat_kinerja(m, R::sesuai, R::sesuai) == P::baik);
    CHECK(predikat_kinerja(m, R::sesuai, R::di_bawah) == P::kurang_misconduct);
    CHECK(predikat_kinerja(m, R::di_bawah, R::di_atas) == P::butuh_perbaikan);
    CHECK(predikat_kinerja(m, R::di_bawah, R::sesuai) == P::butuh_perbaikan);
    CHECK(predikat_kinerja(m, R::di_bawah, R::di_bawah) == P::sangat_kurang);
    CHECK(predikat_kinerja(m, R::invalid, R::sesuai) == P::invalid);
    CHECK(predikat_kinerja(m, R::sesuai, R::invalid) == P::invalid);
  }

  TEST_CASE("the matrix agrees with the kuadran in docs/domain.md §6") {
    const auto& m = default_rules().matriks;
    for (Rating hk : {Rating::di_bawah, Rating::sesuai, Rating::di_atas})
      for (Rating pk : {Rating::di_bawah, Rating::sesuai, Rating::di_atas}) {
        Predikat want;
        if (pk == Rating::di_bawah) want = hk == Rating::di_bawah ? Predikat::sangat_kurang : Predikat::kurang_misconduct;
        else if (hk == Rating::di_bawah) want = Predikat::butuh_perbaikan;
        else if (hk == Rating::di_atas && pk == Rating::di_atas) want = Predikat::sangat_baik;
        else want = Predikat::baik;
        CHECK(predikat_kinerja(m, hk, pk) == want);
      }
  }

  TEST_CASE("rating perilaku from the seven values") {
    const auto& r = default_rules().rating_perilaku;
    using R = Rating;
    SUBCASE("one value below → di bawah") {
      std::array<R, 7> v{R::di_atas, R::di_atas, R::di_atas, R::di_atas, R::di_atas, R::di_atas, R::di_bawah};
      auto s = saran_rating_perilaku(r, v);
      CHECK(s.rating == R::di_bawah);
      CHECK(s.di_bawah == 1);
      CHECK(s.aturan == 0);
      const TeksDuaBahasa why = alasan_saran(r, s);
      CHECK(why.id.find("di bawah") != std::string::npos);
      CHECK(why.id.find("(6 di atas, 0 sesuai, 1 di bawah ekspektasi)") != std::string::npos);
      CHECK(why.en.find("(6 above, 0 meeting, 1 below expectation)") != std::string::npos);
    }
    SUBCASE("four above, none below → di atas") {
      std::array<R, 7> v{R::di_atas, R::di_atas, R::di_atas, R::di_atas, R::sesuai, R::sesuai, R::sesuai};
      CHECK(saran_rating_perilaku(r, v).rating == R::di_atas);
    }
    SUBCASE("three above → sesuai") {
      std::array<R, 7> v{R::di_atas, R::di_atas, R::di_atas, R::sesuai, R::sesuai, R::sesuai, R::sesuai};
      auto s = saran_rating_perilaku(r, v);
      CHECK(s.rating == R::sesuai);
      CHECK(s.aturan == -1);
      CHECK(alasan_saran(r, s).en.find("3 above") != std::string::npos);
      CHECK(alasan_saran(r, s).id.rfind(r.lainnya_id, 0) == 0);  // the "lainnya" row's words
    }
    SUBCASE("all sesuai → sesuai") {
      std::array<R, 7> v{};
      v.fill(R::sesuai);
      CHECK(saran_rating_perilaku(r, v).rating == R::sesuai);
    }
    SUBCASE("incomplete → no suggestion") {
      std::array<R, 7> v{R::di_atas, R::di_atas, R::di_atas, R::di_atas, R::sesuai, R::sesuai, R::invalid};
      auto s = saran_rating_perilaku(r, v);
      CHECK(s.rating == R::invalid);
      CHECK(s.belum == 1);
      CHECK(alasan_saran(r, s).id == "belum semua nilai BerAKHLAK diberi rating (6 dari 7)");
      std::vector<R> six(6, R::sesuai);
      CHECK(saran_rating_perilaku(r, six).rating == R::invalid);
      CHECK(alasan_saran(r, saran_rating_perilaku(r, six)).en == "not every BerAKHLAK value is rated yet (6 of 7)");
    }
  }

  TEST_CASE("unit-head rule: CKO → rating hasil kerja") {
    const auto& r = default_rules().rating_hasil_kerja;
    CHECK(rating_hasil_kerja_kepala_unit(r, Cko::istimewa) == Rating::di_atas);
    CHECK(rating_hasil_kerja_kepala_unit(r, Cko::baik) == Rating::sesuai);
    CHECK(rating_hasil_kerja_kepala_unit(r, Cko::butuh_perbaikan) == Rating::di_bawah);
    CHECK(rating_hasil_kerja_kepala_unit(r, Cko::kurang) == Rating::di_bawah);
    CHECK(rating_hasil_kerja_kepala_unit(r, Cko::sangat_kurang) == Rating::di_bawah);
    CHECK(rating_hasil_kerja_kepala_unit(r, Cko::invalid) == Rating::invalid);
  }

  TEST_CASE("suggested rating hasil kerja (docs/domain.md §4 guidance)") {
    const auto& r = default_rules().rating_hasil_kerja;
    using K = KategoriRhk;
    SUBCASE("classification of one capaian") {
      CHECK(tingkat_capaian(r, 100.0) == TingkatCapaian::sesuai);
      CHECK(tingkat_capaian(r, 100.004) == TingkatCapaian::sesuai);  // reads as 100.00
      CHECK(tingkat_capaian(r, 100.01) == TingkatCapaian::di_atas);
      CHECK(tingkat_capaian(r, 99.99) == TingkatCapaian::di_bawah);
      CHECK(tingkat_capaian(r, std::nullopt) == TingkatCapaian::belum_ada);
    }
    SUBCASE("most above and no utama below → di atas") {
      std::vector<ItemHasilKerja> v{{K::utama, 110}, {K::utama, 105}, {K::utama, 100}, {K::tambahan, 120}};
      auto s = saran_rating_hasil_kerja(r, v);
      CHECK(s.rating == Rating::di_atas);
      CHECK(s.alasan.aturan == AturanSaranHasilKerja::di_atas);
      CHECK(s.alasan.di_atas == 3);
      CHECK(alasan_saran(s).id == "3 dari 4 hasil kerja di atas ekspektasi dan tidak ada hasil kerja utama di bawah ekspektasi");
      CHECK(alasan_saran(s).en == "3 of 4 results above expectation and no main result(s) below expectation");
    }
    SUBCASE("most above but one utama below → sesuai") {
      std::vector<ItemHasilKerja> v{{K::utama, 110}, {K::utama, 105}, {K::utama, 95}, {K::tambahan, 120}};
      auto s = saran_rating_hasil_kerja(r, v);
      CHECK(s.rating == Rating::sesuai);
      CHECK(s.alasan.utama_di_bawah == 1);
    }
    SUBCASE("a tambahan below does not block di atas") {
      std::vector<ItemHasilKerja> v{{K::utama, 110}, {K::utama, 105}, {K::tambahan, 50}};
      CHECK(saran_rating_hasil_kerja(r, v).rating == Rating::di_atas);
    }
    SUBCASE("half above is not most") {
      std::vector<ItemHasilKerja> v{{K::utama, 110}, {K::utama, 100}};
      CHECK(saran_rating_hasil_kerja(r, v).rating == Rating::sesuai);
    }
    SUBCASE("most below → di bawah") {
      std::vector<ItemHasilKerja> v{{K::utama, 80}, {K::tambahan, 70}, {K::utama, 100}};
      auto s = saran_rating_hasil_kerja(r, v);
      CHECK(s.rating == Rating::di_bawah);
      CHECK(s.alasan.aturan == AturanSaranHasilKerja::di_bawah_mayoritas);
    }
    SUBCASE("most utama below → di bawah even if tambahan carry the count") {
      std::vector<ItemHasilKerja> v{{K::utama, 80}, {K::utama, 70}, {K::utama, 100}, {K::tambahan, 100}, {K::tambahan, 100}};
      auto s = saran_rating_hasil_kerja(r, v);
      CHECK(s.rating == Rating::di_bawah);
      CHECK(s.alasan.aturan == AturanSaranHasilKerja::di_bawah_utama);
    }
    SUBCASE("results without realisasi are not counted; none at all → no suggestion") {
      std::vector<ItemHasilKerja> v{{K::utama, std::nullopt}, {K::utama, 100}};
      auto s = saran_rating_hasil_kerja(r, v);
      CHECK(s.rating == Rating::sesuai);
      CHECK(s.alasan.belum_ada == 1);
      CHECK(alasan_saran(s).en.find("1 without realisasi") != std::string::npos);
      std::vector<ItemHasilKerja> none{{K::utama, std::nullopt}};
      CHECK(saran_rating_hasil_kerja(r, none).rating == Rating::invalid);
      CHECK(alasan_saran(saran_rating_hasil_kerja(r, none)).id == "belum ada hasil kerja dengan realisasi");
    }
  }
}
