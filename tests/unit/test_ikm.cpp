#include "core/calc/ikm.hpp"

#include <doctest/doctest.h>

#include <array>
#include <utility>
#include <vector>

using namespace kinerja;

namespace {

const RulesIkm& rules() { return default_rules().ikm; }

// Every unsur answered by n respondents with the given sum (the same for all nine).
HasilIkm dari_jumlah_seragam(std::uint64_t sum, std::uint64_t n) {
  std::vector<std::uint64_t> s(9, sum), d(9, n);
  return hitung_ikm_dari_jumlah(rules(), s, d, n);
}

// Respondents such that unsur i is answered by n[i] of them with answers summing to s[i].
std::vector<JawabanSkm> responden_dari(const std::array<int, 9>& s, const std::array<int, 9>& n) {
  int rows = 0;
  for (int x : n) rows = std::max(rows, x);
  std::vector<JawabanSkm> out(static_cast<std::size_t>(rows), JawabanSkm{});
  for (std::size_t i = 0; i < 9; ++i) {
    const int base = s[i] / n[i], extra = s[i] % n[i];
    for (int j = 0; j < n[i]; ++j)
      out.at(static_cast<std::size_t>(j)).at(i) = static_cast<std::uint8_t>(base + (j < extra ? 1 : 0));
  }
  return out;
}

} // namespace

TEST_SUITE("ikm") {
  TEST_CASE("NRR per unsur over the respondents who answered it") {
    std::vector<JawabanSkm> r{{4, 3, 3, 4, 3, 3, 4, 0, 3}, {3, 3, 2, 4, 3, 3, 4, 0, 3}, {4, 4, 3, 4, 0, 3, 4, 2, 3}};
    auto h = hitung_ikm(rules(), r);
    REQUIRE(h.ok);
    CHECK(h.responden == 3);
    CHECK(h.unsur[0].nrr == doctest::Approx(11.0 / 3));
    CHECK(h.unsur[4].responden == 2);
    CHECK(h.unsur[4].nrr == doctest::Approx(3.0));
    CHECK(h.unsur[7].responden == 1);
    CHECK(h.unsur[7].nrr == doctest::Approx(2.0));
    CHECK(h.unsur[0].kode == "U1");
    CHECK(h.unsur[8].nama_id == "Sarana dan Prasarana");
    const double mean = (11.0 / 3 + 10.0 / 3 + 8.0 / 3 + 4 + 3 + 3 + 4 + 2 + 3) / 9;
    CHECK(h.ikm == doctest::Approx(mean));
    CHECK(h.nilai_konversi == doctest::Approx(mean * 25));
    CHECK(h.nilai_konversi_seratus == 7963);  // 79.6296… → 79.63
    CHECK(h.mutu == "B");
    CHECK(h.kinerja_id == "Baik");
  }

  TEST_CASE("band edges on the 25–100 scale, exactly") {
    // n = 2500 answers per unsur: nilai konversi = sum / 100 exactly.
    struct Edge { std::uint64_t sum; const char* mutu; };
    for (auto e : {Edge{6499, "D"}, Edge{6500, "C"}, Edge{7660, "C"}, Edge{7661, "B"}, Edge{8830, "B"}, Edge{8831, "A"},
                   Edge{2500, "D"}, Edge{10000, "A"}}) {
      auto h = dari_jumlah_seragam(e.sum, 2500);
      INFO("nilai konversi " << static_cast<double>(e.sum) / 100.0);
      REQUIRE(h.ok);
      CHECK(h.nilai_konversi_seratus == static_cast<std::int64_t>(e.sum));
      CHECK(h.mutu == e.mutu);
    }
    CHECK(dari_jumlah_seragam(6500, 2500).kinerja_id == "Kurang Baik");
    CHECK(dari_jumlah_seragam(6499, 2500).kinerja_id == "Tidak Baik");
    CHECK(dari_jumlah_seragam(8831, 2500).kinerja_id == "Sangat Baik");
  }

  TEST_CASE("a set whose exact nilai is 65.00 but whose floating-point computation is 64.999…") {
    const std::array<int, 9> s{9, 14, 30, 23, 14, 8, 29, 15, 19};
    const std::array<int, 9> n{3, 5, 10, 10, 6, 3, 10, 6, 10};
    // Σ s/n = 23.4 exactly, so IKM = 2.6 and nilai konversi = 65.00 exactly.
    double naive = 0;
    // One operation per statement: clang (wasm) would otherwise fuse the
    // multiply-add and round differently from g++, hiding the trap.
    for (std::size_t i = 0; i < 9; ++i) {
      double term = static_cast<double>(s[i]) / n[i];
      term = term * (1.0 / 9);
      naive = naive + term;
    }
    naive *= 25;
    CHECK(naive < 65.0);  // the trap: a float implementation would say D
    auto r = responden_dari(s, n);
    auto h = hitung_ikm(rules(), r);
    REQUIRE(h.ok);
    for (std::size_t i = 0; i < 9; ++i) {
      CHECK(h.unsur[i].jumlah == static_cast<std::uint64_t>(s[i]));
      CHECK(h.unsur[i].responden == static_cast<std::uint64_t>(n[i]));
    }
    CHECK(h.nilai_konversi_seratus == 6500);
    CHECK(h.mutu == "C");
    CHECK(format_seratus(h.nilai_konversi_seratus) == "65,00");
  }

  TEST_CASE("the band is read from the value as displayed (rounded half up to 2 decimals)") {
    // 25 × 12999 / 5000 = 64.995 exactly: shown as 65.00, so C.
    auto h = dari_jumlah_seragam(12999, 5000);
    CHECK(h.nilai_konversi_seratus == 6500);
    CHECK(h.mutu == "C");
    // 64.994 → 64.99 → D
    auto g = dari_jumlah_seragam(129988, 50000);
    CHECK(g.nilai_konversi_seratus == 6499);
    CHECK(g.mutu == "D");
    // with rounding switched off in the rules, 64.995 is D
    RulesIkm unrounded = rules();
    unrounded.desimal_banding = -1;
    std::vector<std::uint64_t> sum(9, 12999), d(9, 5000);
    CHECK(hitung_ikm_dari_jumlah(unrounded, sum, d, 5000).mutu == "D");
    std::vector<std::uint64_t> sum65(9, 13000);
    CHECK(hitung_ikm_dari_jumlah(unrounded, sum65, d, 5000).mutu == "C");
  }

  TEST_CASE("large surveys stay exact") {
    // nine different respondent counts near a million each: the common denominator is ~10^54.
    std::vector<std::uint64_t> d{999983, 999979, 999961, 999959, 999953, 999931, 999917, 999907, 999883};
    std::vector<std::uint64_t> s;
    for (auto n : d) s.push_back(n * 3);  // every NRR exactly 3 → 75.00 → C
    auto h = hitung_ikm_dari_jumlah(rules(), s, d, 999983);
    REQUIRE(h.ok);
    CHECK(h.nilai_konversi_seratus == 7500);
    CHECK(h.mutu == "C");
    s[0] += 1;  // a hair above 75.00 still rounds to 75.00
    CHECK(hitung_ikm_dari_jumlah(rules(), s, d, 999983).nilai_konversi_seratus == 7500);
  }

  TEST_CASE("bad input") {
    std::vector<JawabanSkm> r{{4, 3, 5, 4, 3, 3, 4, 0, 3}};
    auto h = hitung_ikm(rules(), r);
    CHECK_FALSE(h.ok);
    CHECK(h.error_en.find("U3") != std::string::npos);
    std::vector<JawabanSkm> empty{JawabanSkm{}};
    CHECK_FALSE(hitung_ikm(rules(), empty).ok);
    CHECK_FALSE(hitung_ikm(rules(), {}).ok);
    std::vector<std::uint64_t> s(9, 50), d(9, 10);  // 50 > 4 × 10
    CHECK_FALSE(hitung_ikm_dari_jumlah(rules(), s, d, 10).ok);
    std::vector<std::uint64_t> short_s(8, 30), short_d(8, 10);
    CHECK_FALSE(hitung_ikm_dari_jumlah(rules(), short_s, short_d, 10).ok);
  }

  TEST_CASE("an unsur nobody answered is left out and the weights renormalised") {
    std::vector<JawabanSkm> r{{4, 4, 4, 4, 4, 4, 4, 4, 0}, {4, 4, 4, 4, 4, 4, 4, 4, 0}};
    auto h = hitung_ikm(rules(), r);
    REQUIRE(h.ok);
    CHECK(h.unsur[8].responden == 0);
    CHECK(h.nilai_konversi_seratus == 10000);
    CHECK(h.mutu == "A");
  }

  TEST_CASE("CSV: header, separators, empty answers, bad rows with line numbers") {
    auto c = baca_csv_ikm("\xEF\xBB\xBFU1,U2,U3,U4,U5,U6,U7,U8,U9\r\n4,3,3,4,3,3,4,,3\r\n\r\n3,3,2,4,3,3,4,2,3,\r\n");
    CHECK(c.errors.empty());
    REQUIRE(c.responden.size() == 2);
    CHECK(c.responden[0][7] == 0);
    CHECK(c.responden[1][7] == 2);
    auto semi = baca_csv_ikm("4;3;3;4;3;3;4;;3\n3;3;2;4;3;3;4;2;3\n");
    CHECK(semi.errors.empty());
    CHECK(semi.responden.size() == 2);
    auto bad = baca_csv_ikm("no,U2,U3,U4,U5,U6,U7,U8,U9\n4,3,3,4,3,3,4,2,3\n4,3,5,4,3,3,4,2,3\n4,3,3\n,,,,,,,,\n4,3,3,4,x,3,4,2,3\n");
    REQUIRE(bad.errors.size() == 4);
    CHECK(bad.errors[0].baris == 3);
    CHECK(bad.errors[0].message_en.find("U3") != std::string::npos);
    CHECK(bad.errors[1].baris == 4);
    CHECK(bad.errors[2].baris == 5);
    CHECK(bad.errors[3].baris == 6);
    CHECK(bad.errors[3].message_id.find("U5") != std::string::npos);
    CHECK(bad.responden.size() == 1);
  }

  TEST_CASE("Krejcie–Morgan: every row of the published table (docs/domain.md §15)") {
    const std::vector<std::pair<std::int64_t, std::int64_t>> table{
        {10, 10},     {15, 14},     {20, 19},     {25, 24},     {30, 28},     {35, 32},     {40, 36},
        {45, 40},     {50, 44},     {55, 48},     {60, 52},     {65, 56},     {70, 59},     {75, 63},
        {80, 66},     {85, 70},     {90, 73},     {95, 76},     {100, 80},    {110, 86},    {120, 92},
        {130, 97},    {140, 103},   {150, 108},   {160, 113},   {170, 118},   {180, 123},   {190, 127},
        {220, 140},   {230, 144},   {240, 148},   {250, 152},   {260, 155},   {270, 159},   {280, 162},
        {290, 165},   {300, 169},   {320, 175},   {340, 181},   {360, 186},   {380, 191},   {400, 196},
        {420, 201},   {440, 205},   {460, 210},   {480, 214},   {500, 217},   {550, 226},   {600, 234},
        {650, 242},   {700, 248},   {750, 254},   {800, 260},   {850, 265},   {900, 269},   {1200, 291},
        {1300, 297},  {1400, 302},  {1500, 306},  {1600, 310},  {1700, 313},  {1800, 317},  {1900, 320},
        {2000, 322},  {2200, 327},  {2400, 331},  {2600, 335},  {2800, 338},  {3000, 341},  {3500, 346},
        {4000, 351},  {4500, 354},  {5000, 357},  {6000, 361},  {7000, 364},  {8000, 367},  {9000, 368},
        {10000, 370}, {15000, 375}, {20000, 377}, {30000, 379}, {40000, 380},
        // rows computed with the formula (standard K&M values)
        {200, 132},   {210, 136},   {950, 274},   {1000, 278},  {1100, 285},  {50000, 381}, {75000, 382},
        {1000000, 384}};
    const auto& s = default_rules().sampel;
    for (const auto& row : table) {
      const std::int64_t n = row.first;  // a copy: clang-14 cannot capture structured bindings in INFO
      INFO("N = " << n);
      CHECK(sampel_minimum(s, n) == row.second);
    }
    CHECK(table.size() == 90);
  }

  TEST_CASE("Krejcie–Morgan edges: rounding up would miss the table") {
    RulesSampel up = default_rules().sampel;
    up.bulat_terdekat = false;
    CHECK(sampel_minimum(up, 50) == 45);  // the table says 44
    CHECK(sampel_minimum(default_rules().sampel, 0) == 0);
    CHECK(sampel_minimum(default_rules().sampel, 1) == 1);
    CHECK(sampel_minimum(default_rules().sampel, 5) == 5);
    CHECK(sampel_cukup(default_rules().sampel, 1000, 278));
    CHECK_FALSE(sampel_cukup(default_rules().sampel, 1000, 277));
  }
}
