#include "core/calc/kurva.hpp"
#include "rules_test_print.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace kinerja;

namespace {

JumlahPredikat n(int sb, int b, int bp, int k, int sk) {
  JumlahPredikat j;
  j[Predikat::sangat_baik] = sb;
  j[Predikat::baik] = b;
  j[Predikat::butuh_perbaikan] = bp;
  j[Predikat::kurang_misconduct] = k;
  j[Predikat::sangat_kurang] = sk;
  return j;
}

std::vector<PeringatanKurva> cek(Cko c, JumlahPredikat j) { return periksa_kurva(default_rules().kurva, c, j); }

// Is the limit (first predikat of its set, kind) among the warnings?
bool dilanggar(const std::vector<PeringatanKurva>& w, Predikat p, JenisBatasKurva jenis) {
  return std::any_of(w.begin(), w.end(), [&](const PeringatanKurva& x) {
    return x.batas.jenis == jenis && !x.batas.predikat.empty() && x.batas.predikat[0] == p;
  });
}

} // namespace

TEST_SUITE("kurva") {
  using J = JenisBatasKurva;
  using P = Predikat;

  TEST_CASE("Istimewa: Sangat Baik a majority, at most 70%") {
    CHECK(cek(Cko::istimewa, n(7, 3, 0, 0, 0)).empty());
    CHECK(cek(Cko::istimewa, n(6, 4, 0, 0, 0)).empty());
    auto over = cek(Cko::istimewa, n(8, 2, 0, 0, 0));
    REQUIRE(over.size() == 1);
    CHECK(dilanggar(over, P::sangat_baik, J::maks_persen));
    auto half = cek(Cko::istimewa, n(5, 5, 0, 0, 0));
    REQUIRE(half.size() == 1);
    CHECK(dilanggar(half, P::sangat_baik, J::lebih_dari_persen));
  }

  TEST_CASE("Baik: Baik a majority at most 70%, and at least one Butuh Perbaikan and/or Kurang") {
    CHECK(cek(Cko::baik, n(2, 7, 1, 0, 0)).empty());
    CHECK(cek(Cko::baik, n(2, 7, 0, 1, 0)).empty());
    CHECK(cek(Cko::baik, n(3, 6, 0, 0, 1)).size() == 1);  // Sangat Kurang does not satisfy "must include"
    auto over = cek(Cko::baik, n(1, 8, 1, 0, 0));
    REQUIRE(over.size() == 1);
    CHECK(dilanggar(over, P::baik, J::maks_persen));
    auto half = cek(Cko::baik, n(4, 5, 1, 0, 0));
    REQUIRE(half.size() == 1);
    CHECK(dilanggar(half, P::baik, J::lebih_dari_persen));
    auto none = cek(Cko::baik, n(3, 7, 0, 0, 0));
    REQUIRE(none.size() == 1);
    CHECK(dilanggar(none, P::butuh_perbaikan, J::min_jumlah));
    CHECK(none[0].message_id == "Butuh Perbaikan dan/atau Kurang/Misconduct 0 dari 10: minimal harus ada 1 pegawai untuk CKO Baik");
  }

  TEST_CASE("Butuh Perbaikan: at least 60% Butuh Perbaikan, Sangat Baik at most 10%") {
    CHECK(cek(Cko::butuh_perbaikan, n(1, 3, 6, 0, 0)).empty());
    auto few = cek(Cko::butuh_perbaikan, n(1, 4, 5, 0, 0));
    REQUIRE(few.size() == 1);
    CHECK(dilanggar(few, P::butuh_perbaikan, J::min_persen));
    auto sb = cek(Cko::butuh_perbaikan, n(3, 2, 15, 0, 0));
    REQUIRE(sb.size() == 1);
    CHECK(dilanggar(sb, P::sangat_baik, J::maks_persen));
    CHECK(sb[0].message_id == "Sangat Baik 3 dari 20 (15%) melebihi batas maksimal 10% untuk CKO Butuh Perbaikan");
    CHECK(sb[0].message_en == "Sangat Baik 3 of 20 (15%) exceeds the maximum of 10% for CKO Butuh Perbaikan");
    CHECK(sb[0].jumlah == 3);
    CHECK(sb[0].total == 20);
    CHECK(!sb[0].batas.source.empty());
  }

  TEST_CASE("Kurang: at least 60% Kurang, at least 10% Butuh Perbaikan, Sangat Baik at most 10%") {
    CHECK(cek(Cko::kurang, n(1, 2, 1, 6, 0)).empty());
    CHECK(dilanggar(cek(Cko::kurang, n(1, 3, 1, 5, 0)), P::kurang_misconduct, J::min_persen));
    CHECK(dilanggar(cek(Cko::kurang, n(1, 2, 0, 7, 0)), P::butuh_perbaikan, J::min_persen));
    CHECK(dilanggar(cek(Cko::kurang, n(2, 1, 1, 6, 0)), P::sangat_baik, J::maks_persen));
    CHECK(cek(Cko::kurang, n(2, 1, 1, 6, 0)).size() == 1);
  }

  TEST_CASE("Sangat Kurang: at least 60% Sangat Kurang, at least 10% Kurang and/or Butuh Perbaikan, no Sangat Baik") {
    CHECK(cek(Cko::sangat_kurang, n(0, 3, 0, 1, 6)).empty());
    CHECK(cek(Cko::sangat_kurang, n(0, 3, 1, 0, 6)).empty());
    CHECK(dilanggar(cek(Cko::sangat_kurang, n(0, 4, 0, 1, 5)), P::sangat_kurang, J::min_persen));
    CHECK(dilanggar(cek(Cko::sangat_kurang, n(0, 4, 0, 0, 6)), P::kurang_misconduct, J::min_persen));
    auto sb = cek(Cko::sangat_kurang, n(1, 2, 0, 1, 6));
    REQUIRE(sb.size() == 1);
    CHECK(dilanggar(sb, P::sangat_baik, J::maks_persen));
  }

  TEST_CASE("several violations at once, in the order of the rules") {
    auto w = cek(Cko::kurang, n(3, 7, 0, 0, 0));
    REQUIRE(w.size() == 3);
    CHECK(w[0].batas.predikat[0] == P::kurang_misconduct);
    CHECK(w[1].batas.predikat[0] == P::butuh_perbaikan);
    CHECK(w[2].batas.predikat[0] == P::sangat_baik);
  }

  TEST_CASE("shares are exact, and printed with one decimal when needed") {
    // 2 of 3 = 66.67% ≥ 60%; 1 of 3 = 33.3% Sangat Baik > 10%
    auto w = cek(Cko::butuh_perbaikan, n(1, 0, 2, 0, 0));
    REQUIRE(w.size() == 1);
    CHECK(w[0].message_id == "Sangat Baik 1 dari 3 (33,3%) melebihi batas maksimal 10% untuk CKO Butuh Perbaikan");
    CHECK(w[0].message_en.find("(33.3%)") != std::string::npos);
    // exactly 60% passes a minimum of 60%
    CHECK(cek(Cko::butuh_perbaikan, n(0, 2, 3, 0, 0)).empty());
  }

  TEST_CASE("no employees or no CKO: nothing to warn about") {
    CHECK(cek(Cko::baik, n(0, 0, 0, 0, 0)).empty());
    CHECK(cek(Cko::invalid, n(9, 0, 0, 0, 0)).empty());
  }
}
