#include "core/calc/pelatihan.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <array>

using namespace kinerja;

TEST_SUITE("pelatihan") {
  TEST_CASE("weak values from the seven ratings") {
    std::array<Rating, 7> r{Rating::di_bawah, Rating::sesuai, Rating::di_atas, Rating::di_bawah,
                            Rating::sesuai,   Rating::sesuai, Rating::invalid};
    auto w = nilai_lemah_dari_rating(r);
    REQUIRE(w.size() == 2);
    CHECK(w[0] == NilaiBerakhlak::berorientasi_pelayanan);
    CHECK(w[1] == NilaiBerakhlak::harmonis);
  }

  TEST_CASE("weak in service → service-communication training first") {
    const auto& k = default_rules().pelatihan;
    auto rec = rekomendasi_pelatihan(k, {{NilaiBerakhlak::berorientasi_pelayanan}, {Aspek::kualitas}});
    REQUIRE(rec.size() == 5);
    CHECK(rec[0].id == "kom-pelayanan-publik");
    CHECK(rec[0].skor == 3);
    CHECK(rec[0].alasan_id.find("Berorientasi Pelayanan") != std::string::npos);
    CHECK(rec[0].alasan_id.find("kualitas") != std::string::npos);
    CHECK(k.pelatihan[rec[0].indeks].id == rec[0].id);
    for (std::size_t i = 1; i < rec.size(); ++i) CHECK(rec[i - 1].skor >= rec[i].skor);
    // the catch-all coaching ranks after every specific course with the same score
    const auto all = rekomendasi_pelatihan(k, {{NilaiBerakhlak::berorientasi_pelayanan}, {Aspek::kualitas}}, 50);
    const auto coaching = std::find_if(all.begin(), all.end(), [](const auto& x) { return x.id == "coaching-mentoring"; });
    REQUIRE(coaching != all.end());
    std::size_t same_score = 0;
    for (auto it = all.begin(); it != all.end(); ++it)
      if (it != coaching && it->skor == coaching->skor) {
        ++same_score;
        CHECK(it < coaching);
      }
    CHECK(same_score > 0);  // there is something to rank it after
  }

  TEST_CASE("each value and aspect has at least one course") {
    const auto& k = default_rules().pelatihan;
    for (int v = 1; v <= kJumlahNilaiBerakhlak; ++v) {
      auto rec = rekomendasi_pelatihan(k, {{static_cast<NilaiBerakhlak>(v)}, {}}, 50);
      INFO("value " << v);
      CHECK(rec.size() >= 2);
    }
    for (Aspek a : {Aspek::kuantitas, Aspek::kualitas, Aspek::waktu, Aspek::biaya})
      CHECK(!rekomendasi_pelatihan(k, {{}, {a}}).empty());
  }

  TEST_CASE("no weakness, no recommendation; the limit holds") {
    const auto& k = default_rules().pelatihan;
    CHECK(rekomendasi_pelatihan(k, {}).empty());
    CHECK(rekomendasi_pelatihan(k, {{NilaiBerakhlak::akuntabel}, {Aspek::waktu}}, 2).size() == 2);
    auto loyal = rekomendasi_pelatihan(k, {{NilaiBerakhlak::loyal}, {}});
    CHECK(std::any_of(loyal.begin(), loyal.end(), [](const auto& x) { return x.id == "wawasan-kebangsaan"; }));
  }
}
