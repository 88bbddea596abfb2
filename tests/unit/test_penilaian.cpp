// The pejabat penilai's checks and team figures (core/workflow/penilaian).
#include "core/workflow/penilaian.hpp"

#include "core/sync/bundle_io.hpp"
#include "core/demo/demo.hpp"
#include "core/model/serialize.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace kinerja;

namespace {

const CityView& demo_view() {
  static const CityView v = [] {
    DemoOptions o;
    o.employees = 80;
    auto read = read_bundle(to_json(make_demo_city(o)));
    REQUIRE(read.ok());
    return build_city_view(read.bundle->store, "2026-11-28T00:00:00Z");
  }();
  return v;
}

SkorPegawai skor_dengan_saran(Rating hk) {
  SkorPegawai s;
  s.saran_hasil_kerja.rating = hk;
  return s;
}

// The rater with the largest team in a period.
std::size_t rater_terbesar(const CityView& v, std::size_t period) {
  std::size_t best = kTidakAda, size = 0;
  for (const std::size_t r : raters(v)) {
    const auto n = team_of(v, r, period).size();
    if (n > size) {
      size = n;
      best = r;
    }
  }
  return best;
}

} // namespace

TEST_SUITE("penilaian") {
  TEST_CASE("a rating other than the suggestion needs a written reason") {
    const auto& rules = default_rules();
    const SkorPegawai s = skor_dengan_saran(Rating::di_atas);
    auto p = periksa_penilaian(rules, s, Rating::invalid, Rating::sesuai, Rating::sesuai, "");
    CHECK(p.hasil_kerja_beda);
    CHECK(p.perlu_alasan);
    CHECK_FALSE(p.siap);
    CHECK(p.predikat == Predikat::baik);  // the kuadran still shows what it would give
    p = periksa_penilaian(rules, s, Rating::invalid, Rating::sesuai, Rating::sesuai, "  \n ");
    CHECK(p.perlu_alasan);  // spaces are no reason
    p = periksa_penilaian(rules, s, Rating::invalid, Rating::sesuai, Rating::sesuai, "Target utama tertunda");
    CHECK(p.siap);
    p = periksa_penilaian(rules, s, Rating::invalid, Rating::di_atas, Rating::di_atas, "");
    CHECK(p.siap);
    CHECK(p.predikat == Predikat::sangat_baik);
  }

  TEST_CASE("perilaku different from the value ratings' suggestion also needs a reason") {
    const auto& rules = default_rules();
    const SkorPegawai s = skor_dengan_saran(Rating::sesuai);
    auto p = periksa_penilaian(rules, s, Rating::sesuai, Rating::sesuai, Rating::di_bawah, "");
    CHECK(p.perilaku_beda);
    CHECK_FALSE(p.hasil_kerja_beda);
    CHECK(p.perlu_alasan);
    CHECK(p.predikat == Predikat::kurang_misconduct);
    p = periksa_penilaian(rules, s, Rating::invalid, Rating::sesuai, Rating::di_bawah, "");
    CHECK(p.siap);  // no suggestion to differ from
  }

  TEST_CASE("an incomplete draft is never ready") {
    const auto& rules = default_rules();
    const SkorPegawai s = skor_dengan_saran(Rating::invalid);
    auto p = periksa_penilaian(rules, s, Rating::invalid, Rating::di_atas, Rating::invalid, "");
    CHECK_FALSE(p.lengkap);
    CHECK_FALSE(p.siap);
    CHECK(p.predikat == Predikat::invalid);
    p = periksa_penilaian(rules, s, Rating::invalid, Rating::di_bawah, Rating::di_bawah, "");
    CHECK(p.siap);
    CHECK(p.predikat == Predikat::sangat_kurang);
  }

  TEST_CASE("a unit head's hasil kerja comes from the CKO and needs no reason") {
    const auto& rules = default_rules();
    SkorPegawai s = skor_dengan_saran(Rating::di_bawah);
    s.kepala_unit = true;
    s.cko_unit = Cko::istimewa;
    const Rating dari_cko = rating_hasil_kerja_kepala_unit(rules.rating_hasil_kerja, Cko::istimewa);
    REQUIRE(dari_cko != Rating::invalid);
    auto p = periksa_penilaian(rules, s, Rating::invalid, Rating::invalid, Rating::sesuai, "");
    CHECK(p.hasil_kerja_dari_cko);
    CHECK(p.hasil_kerja_dipakai == dari_cko);
    CHECK_FALSE(p.hasil_kerja_beda);
    CHECK(p.siap);
    CHECK(p.predikat == predikat_kinerja(rules.matriks, dari_cko, Rating::sesuai));
  }

  TEST_CASE("team summary counts every member once by status") {
    const auto& v = demo_view();
    const std::size_t period = find_period(v, "p-2026-tw2");
    REQUIRE(period != kTidakAda);
    const std::size_t rater = rater_terbesar(v, period);
    REQUIRE(rater != kTidakAda);
    const auto team = team_of(v, rater, period);
    REQUIRE(team.size() >= 2);
    const auto r = ringkas_tim(v, team, period);
    CHECK(r.total == static_cast<int>(team.size()));
    int sum = 0;
    for (int n : r.per_status) sum += n;
    CHECK(sum == r.total);
    int dinilai = 0;
    for (const auto e : team) dinilai += find_skor(v, e, period)->status == StatusPenilaian::dinilai ? 1 : 0;
    CHECK(r[StatusPenilaian::dinilai] == dinilai);
  }

  TEST_CASE("bulk Sesuai includes only unrated members whose suggestion allows it") {
    const auto& rules = default_rules();
    const auto& v = demo_view();
    const std::size_t period = find_period(v, "p-2026-tw2");
    std::vector<std::size_t> everyone;
    for (std::size_t e = 0; e < v.bundle.employees.size(); ++e) everyone.push_back(e);
    const auto plan = rencana_sesuai_massal(rules, v, everyone, period);
    REQUIRE(plan.size() == everyone.size());
    int included = 0, rated = 0, differs = 0;
    for (const auto& r : plan) {
      const SkorPegawai* s = find_skor(v, r.employee, period);
      if (r.dinilai) {
        ++included;
        REQUIRE(s != nullptr);
        CHECK_FALSE(s->sudah_dinilai);
        CHECK(r.lewati == AlasanLewati::tidak_ada);
        if (!s->cko_unit) CHECK(r.predikat == Predikat::baik);
        const bool hk_ok = s->cko_unit || s->saran_hasil_kerja.rating == Rating::invalid ||
                           s->saran_hasil_kerja.rating == Rating::sesuai;
        CHECK(hk_ok);
      } else if (r.lewati == AlasanLewati::sudah_dinilai) {
        ++rated;
        CHECK(s->sudah_dinilai);
      } else if (r.lewati == AlasanLewati::saran_berbeda) {
        ++differs;
        const bool hk_differs = !s->cko_unit && s->saran_hasil_kerja.rating != Rating::invalid &&
                                s->saran_hasil_kerja.rating != Rating::sesuai;
        const bool pk_differs = s->saran_perilaku.rating != Rating::invalid && s->saran_perilaku.rating != Rating::sesuai;
        CHECK((hk_differs || pk_differs));
      } else {
        CHECK(r.lewati == AlasanLewati::tanpa_skor);
        CHECK(s == nullptr);
      }
    }
    CHECK(included + rated + differs > 0);
    // Nobody is included twice or made up.
    const auto none = rencana_sesuai_massal(rules, v, std::vector<std::size_t>{}, period);
    CHECK(none.empty());
  }

  TEST_CASE("the team's curve counts rated members and checks the CKO above the rater") {
    const auto& rules = default_rules();
    const auto& v = demo_view();
    int with_cko = 0;
    for (const std::size_t period : periods_in_order(v)) {
      for (const std::size_t rater : raters(v)) {
        const auto team = team_of(v, rater, period);
        if (team.empty()) continue;
        const auto k = kurva_tim(rules, v, rater, period);
        CHECK(k.jumlah.total() + k.belum_dinilai == static_cast<int>(team.size()));
        if (k.unit == kTidakAda) {
          CHECK(k.peringatan.empty());
          continue;
        }
        ++with_cko;
        // The unit used is the rater's own or one above it.
        std::size_t u = find_unit(v, v.bundle.employees[rater].unit_id);
        bool above = false;
        for (int steps = 0; u != kTidakAda && steps < 50; ++steps) {
          if (u == k.unit) above = true;
          const auto& parent = v.bundle.units[u].parent_id;
          u = parent.empty() ? kTidakAda : find_unit(v, parent);
        }
        CHECK(above);
        CHECK(k.peringatan.size() == periksa_kurva(rules.kurva, k.cko, k.jumlah).size());
      }
    }
    CHECK(with_cko > 0);
    CHECK(kurva_tim(rules, v, kTidakAda, 0).unit == kTidakAda);
  }

  TEST_CASE("training suggestions name trainings on this device") {
    const auto& rules = default_rules();
    const auto& v = demo_view();
    const auto katalog = katalog_dari_trainings(v.bundle.trainings);
    REQUIRE(katalog.pelatihan.size() == v.bundle.trainings.size());
    const std::size_t period = find_period(v, "p-2026-tw2");
    const SkorPegawai* s = nullptr;
    for (const auto& x : v.report.pegawai)
      if (x.period == period && x.skp != kTidakAda) s = &x;
    REQUIRE(s != nullptr);
    std::vector<Rating> nilai(kJumlahNilaiBerakhlak, Rating::sesuai);
    nilai[0] = Rating::di_bawah;  // berorientasi pelayanan
    const auto k = kebutuhan_pelatihan(rules, v, *s, nilai);
    REQUIRE(k.nilai_lemah.size() == 1);
    CHECK(k.nilai_lemah[0] == NilaiBerakhlak::berorientasi_pelayanan);
    const auto rek = rekomendasi_pelatihan(katalog, k);
    REQUIRE(!rek.empty());
    for (const auto& r : rek) {
      const bool on_device = std::any_of(v.bundle.trainings.begin(), v.bundle.trainings.end(),
                                         [&](const Training& t) { return t.meta.id == r.id; });
      CHECK(on_device);
    }
    // Nothing weak: nothing suggested.
    std::vector<Rating> baik(kJumlahNilaiBerakhlak, Rating::sesuai);
    SkorPegawai tanpa_skp;
    CHECK(rekomendasi_pelatihan(katalog, kebutuhan_pelatihan(rules, v, tanpa_skp, baik)).empty());
  }
}
