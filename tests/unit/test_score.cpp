// Tests for core/calc/score: the whole-bundle pipeline on small hand-built bundles
// (no parser involved), one behaviour per case.
#include "core/calc/score.hpp"

#include "tests/unit/meta_fixture.hpp"

#include <doctest/doctest.h>

#include <string>

namespace {
using namespace kinerja;

using test::meta;

Period quarter(std::string id, MetodePenilaian metode = MetodePenilaian::permenpanrb_6_2022) {
  Period p;
  p.meta = meta(std::move(id));
  p.name = "Triwulan I 2026";
  p.jenis = JenisPeriode::triwulanan;
  p.year = 2026;
  p.start = "2026-01-01";
  p.end = "2026-03-31";
  p.deadline = "2026-04-10";
  p.metode = metode;
  return p;
}

SkpIndicator indicator(std::string id, Polaritas pol, double target, Aspek aspek = Aspek::kuantitas) {
  SkpIndicator i;
  i.id = std::move(id);
  i.text = "indikator";
  i.aspek = aspek;
  i.polaritas = pol;
  i.target = target;
  return i;
}

struct City {
  Bundle b;
  City() {
    b.created = "2026-04-01T00:00:00Z";
    b.origin = "dev-test";
    b.scope.kind = ScopeKind::bkpsdm;
    Unit opd;
    opd.meta = meta("u-opd");
    opd.name = "Dinas Contoh";
    opd.kind = UnitKind::opd;
    Unit bid = opd;
    bid.meta = meta("u-bid");
    bid.name = "Bidang Contoh";
    bid.kind = UnitKind::bidang;
    bid.parent_id = "u-opd";
    b.units = {opd, bid};
    b.periods = {quarter("p-q1")};
  }
  Employee& employee(std::string id, std::string unit = "u-bid") {
    Employee e;
    e.meta = meta(id);
    e.nip = "198001012005011001";
    e.name = "Pegawai " + id;
    e.unit_id = std::move(unit);
    b.employees.push_back(e);
    return b.employees.back();
  }
  // An SKP with one RHK utama of the given indicators, and their realisations.
  void skp(const std::string& emp, std::vector<std::pair<SkpIndicator, double>> inds, int year = 2026,
           const std::string& period = "p-q1") {
    Skp s;
    s.meta = meta("skp-" + emp + "-" + std::to_string(year));
    s.employee_id = emp;
    s.year = year;
    s.pendekatan = Pendekatan::kuantitatif;
    Rhk r;
    r.id = "rhk-" + emp;
    r.kategori = KategoriRhk::utama;
    r.text = "hasil kerja";
    for (auto& [ind, value] : inds) {
      r.indicators.push_back(ind);
      Realisation re;
      re.meta = meta("re-" + emp + "-" + ind.id + "-" + period);
      re.skp_id = s.meta.id;
      re.indicator_id = ind.id;
      re.period_id = period;
      re.value = value;
      re.submitted = "2026-03-30T00:00:00Z";
      b.realisations.push_back(re);
    }
    s.rhk.push_back(r);
    b.skps.push_back(s);
  }
  Evaluation& evaluate(const std::string& emp, Rating hk, Rating pk, std::string rated,
                       const std::string& period = "p-q1") {
    Evaluation e;
    e.meta = meta("ev-" + emp + "-" + period);
    e.employee_id = emp;
    e.period_id = period;
    e.rating_hasil_kerja = hk;
    e.rating_perilaku = pk;
    e.rated = std::move(rated);
    b.evaluations.push_back(e);
    return b.evaluations.back();
  }
  const SkorPegawai& find(const ScoreReport& r, const std::string& emp, const std::string& period = "p-q1") const {
    for (const auto& s : r.pegawai)
      if (b.employees[s.employee].meta.id == emp && b.periods[s.period].meta.id == period) return s;
    FAIL("no score for " << emp << " in " << period);
    return r.pegawai.front();
  }
};

} // namespace

TEST_SUITE("score") {
  TEST_CASE("capaian per indicator, suggestion and predikat through the kuadran") {
    City c;
    c.employee("e-a");
    c.skp("e-a", {{indicator("i1", Polaritas::naik, 100), 120}, {indicator("i2", Polaritas::turun, 10), 8}});
    c.evaluate("e-a", Rating::di_atas, Rating::di_atas, "2026-04-05T02:00:00Z");
    const auto r = score_bundle(c.b);
    const auto& s = c.find(r, "e-a");
    REQUIRE(s.capaian.size() == 2);
    REQUIRE(s.capaian[0].capaian);
    CHECK(*s.capaian[0].capaian == doctest::Approx(120.0));
    REQUIRE(s.capaian[1].capaian);
    CHECK(*s.capaian[1].capaian == doctest::Approx(120.0));  // (1 + (1 − 8/10)) × 100
    REQUIRE(s.capaian_rata);
    CHECK(*s.capaian_rata == doctest::Approx(120.0));
    CHECK(s.saran_hasil_kerja.rating == Rating::di_atas);
    CHECK(alasan_saran(s.saran_hasil_kerja).id.find(" dari ") != std::string::npos);
    CHECK(s.predikat == Predikat::sangat_baik);
    CHECK(s.status == StatusPenilaian::dinilai);
    CHECK(s.tepat_waktu);
    CHECK(s.sudah_dinilai);
    CHECK(!s.beda_dari_saran);
  }

  TEST_CASE("a range target uses the regulation's own example: 92 against 80–90 is 102.22%") {
    City c;
    c.employee("e-a");
    SkpIndicator ind = indicator("i1", Polaritas::rentang, 0);
    ind.target.reset();
    ind.target_min = 80;
    ind.target_max = 90;
    c.skp("e-a", {{ind, 92}});
    const auto r = score_bundle(c.b);
    const auto& s = c.find(r, "e-a");
    REQUIRE(s.capaian.size() == 1);
    REQUIRE(s.capaian[0].capaian);
    CHECK(*s.capaian[0].capaian == doctest::Approx(102.2222).epsilon(1e-4));
  }

  TEST_CASE("only the period's own realisations count") {
    City c;
    Period q2 = quarter("p-q2");
    q2.start = "2026-04-01";
    q2.end = "2026-06-30";
    q2.deadline = "2026-07-10";
    c.b.periods.push_back(q2);
    c.employee("e-a");
    c.skp("e-a", {{indicator("i1", Polaritas::naik, 100), 80}});  // Q1: 80%
    Realisation later = c.b.realisations.back();
    later.meta = meta("re-e-a-i1-p-q2");
    later.period_id = "p-q2";
    later.value = 110;  // Q2: 110%
    c.b.realisations.push_back(later);
    const auto r = score_bundle(c.b);
    REQUIRE(c.find(r, "e-a", "p-q1").capaian_rata);
    CHECK(*c.find(r, "e-a", "p-q1").capaian_rata == doctest::Approx(80.0));
    CHECK(*c.find(r, "e-a", "p-q2").capaian_rata == doctest::Approx(110.0));
    CHECK(c.find(r, "e-a", "p-q1").saran_hasil_kerja.rating == Rating::di_bawah);
    CHECK(c.find(r, "e-a", "p-q2").saran_hasil_kerja.rating == Rating::di_atas);
    // Periods come out by start date.
    CHECK(c.b.periods[r.pegawai.front().period].meta.id == "p-q1");
  }

  TEST_CASE("status: not started, submitted, late by the deadline") {
    City c;
    c.employee("e-rated-late");
    c.evaluate("e-rated-late", Rating::sesuai, Rating::sesuai, "2026-04-10T16:00:00Z");  // 00:00 WITA on the 11th
    c.employee("e-rated-edge");
    c.evaluate("e-rated-edge", Rating::sesuai, Rating::sesuai, "2026-04-10T15:59:59Z");  // 23:59:59 WITA on the 10th
    c.employee("e-sent");
    c.skp("e-sent", {{indicator("i1", Polaritas::naik, 10), 9}});
    c.employee("e-none");
    {
      const auto r = score_bundle(c.b);
      CHECK(c.find(r, "e-rated-late").status == StatusPenilaian::terlambat);
      CHECK(!c.find(r, "e-rated-late").tepat_waktu);
      CHECK(c.find(r, "e-rated-late").sudah_dinilai);
      CHECK(c.find(r, "e-rated-edge").status == StatusPenilaian::dinilai);
      CHECK(c.find(r, "e-rated-edge").tepat_waktu);
      CHECK(c.find(r, "e-sent").status == StatusPenilaian::diajukan);
      CHECK(c.find(r, "e-none").status == StatusPenilaian::belum_mulai);
    }
    SUBCASE("after the deadline, whoever is not rated is late") {
      c.b.created = "2026-04-12T00:00:00Z";
      const auto r = score_bundle(c.b);
      CHECK(c.find(r, "e-sent").status == StatusPenilaian::terlambat);
      CHECK(c.find(r, "e-none").status == StatusPenilaian::terlambat);
      CHECK(!c.find(r, "e-none").sudah_dinilai);
      CHECK(c.find(r, "e-rated-edge").status == StatusPenilaian::dinilai);
    }
  }

  TEST_CASE("unit head: the CKO of the unit led is the rating hasil kerja") {
    City c;
    Employee& h = c.employee("e-head", "u-opd");
    h.is_unit_head = true;
    c.skp("e-head", {{indicator("i1", Polaritas::naik, 100), 50}});  // suggestion alone would be di-bawah
    c.evaluate("e-head", Rating::di_bawah, Rating::sesuai, "2026-04-02T00:00:00Z");
    OrgRating o;
    o.meta = meta("org-opd-q1");
    o.unit_id = "u-opd";
    o.period_id = "p-q1";
    o.cko = Cko::istimewa;
    c.b.org_ratings.push_back(o);
    const auto r = score_bundle(c.b);
    const auto& s = c.find(r, "e-head");
    CHECK(s.kepala_unit);
    REQUIRE(s.cko_unit);
    CHECK(*s.cko_unit == Cko::istimewa);
    const Rating expected = rating_hasil_kerja_kepala_unit(default_rules().rating_hasil_kerja, Cko::istimewa);
    CHECK(expected == Rating::di_atas);
    CHECK(s.rating_hasil_kerja == expected);
    CHECK(s.predikat == Predikat::baik);  // di-atas × sesuai
    CHECK(!s.alasan_kurang);              // the rule decided, not the rater

    SUBCASE("without a CKO the unit head waits for it: a rating typed by the rater does not count") {
      c.b.org_ratings.clear();
      const auto r2 = score_bundle(c.b);
      const auto& s2 = c.find(r2, "e-head");
      CHECK(!s2.cko_unit);
      CHECK(s2.menunggu_cko);
      CHECK(s2.rating_hasil_kerja == Rating::invalid);
      CHECK(s2.predikat == Predikat::invalid);
      CHECK(!s2.sudah_dinilai);
    }
  }

  TEST_CASE("a unit head rated Baik before the CKO was set gets Butuh Perbaikan once CKO Kurang is set") {
    // The stored predikat (what the rater saw) is from before the CKO; the
    // unit-head rule with the CKO now set gives di-bawah × sesuai.
    City c;
    Employee& h = c.employee("e-head", "u-opd");
    h.is_unit_head = true;
    c.employee("e-staff", "u-opd");
    Evaluation& ev = c.evaluate("e-head", Rating::sesuai, Rating::sesuai, "2026-04-02T00:00:00Z");
    ev.predikat = Predikat::baik;
    OrgRating o;
    o.meta = meta("org-opd-q1");
    o.unit_id = "u-opd";
    o.period_id = "p-q1";
    o.cko = Cko::kurang;
    c.b.org_ratings.push_back(o);
    const auto r = score_bundle(c.b);
    const auto& s = c.find(r, "e-head");
    CHECK(s.rating_hasil_kerja == Rating::di_bawah);
    CHECK(s.predikat == Predikat::butuh_perbaikan);
    CHECK(s.predikat_tersimpan_beda);
    // The curve and the public table count the derived value.
    bool counted = false;
    for (const auto& k : r.kurva)
      if (c.b.units[k.unit].meta.id == "u-opd") {
        CHECK(k.jumlah[Predikat::butuh_perbaikan] >= 1);
        CHECK(k.jumlah[Predikat::baik] == 0);
        counted = true;
      }
    CHECK(counted);
  }

  TEST_CASE("a rating that differs from the suggestion needs a reason") {
    City c;
    c.employee("e-a");
    c.skp("e-a", {{indicator("i1", Polaritas::naik, 100), 100}});  // sesuai
    Evaluation& ev = c.evaluate("e-a", Rating::di_atas, Rating::sesuai, "2026-04-02T00:00:00Z");
    {
      const auto r = score_bundle(c.b);
      CHECK(c.find(r, "e-a").saran_hasil_kerja.rating == Rating::sesuai);
      CHECK(c.find(r, "e-a").beda_dari_saran);
      CHECK(c.find(r, "e-a").alasan_kurang);
    }
    ev.reason = "memimpin tim penanganan banjir di luar target";
    const auto r = score_bundle(c.b);
    CHECK(c.find(r, "e-a").beda_dari_saran);
    CHECK(!c.find(r, "e-a").alasan_kurang);
  }

  TEST_CASE("the final predikat is derived: keberatan, then calibration, then the kuadran; a stored one never wins") {
    City c;
    c.employee("e-a");
    Evaluation& ev = c.evaluate("e-a", Rating::sesuai, Rating::di_bawah, "2026-04-02T00:00:00Z");
    ev.predikat = Predikat::butuh_perbaikan;  // what the rater saw: sesuai × di-bawah is kurang/misconduct now
    {
      const auto r = score_bundle(c.b);
      CHECK(c.find(r, "e-a").predikat_matriks == Predikat::kurang_misconduct);
      CHECK(c.find(r, "e-a").predikat == Predikat::kurang_misconduct);  // the stored value does not win
      CHECK(c.find(r, "e-a").predikat_tersimpan_beda);                  // ... and is flagged
      CHECK(!c.find(r, "e-a").dikalibrasi);
    }
    ev.predikat = Predikat::kurang_misconduct;  // as the kuadran says: nothing to flag
    CHECK(!c.find(score_bundle(c.b), "e-a").predikat_tersimpan_beda);
    // BKPSDM's calibration, with who, when and why, decides.
    ev.kalibrasi = Kalibrasi{Predikat::butuh_perbaikan, "admin", "2026-04-20T02:00:00Z", "di luar kurva unit"};
    {
      const auto r = score_bundle(c.b);
      CHECK(c.find(r, "e-a").predikat == Predikat::butuh_perbaikan);
      CHECK(c.find(r, "e-a").dikalibrasi);
    }
    // A granted keberatan wins over the calibration.
    Keberatan k;
    k.text = "perilaku dinilai tanpa umpan balik";
    k.decision = KeputusanKeberatan::diterima;
    k.predikat_akhir = Predikat::baik;
    ev.keberatan = k;
    const auto r = score_bundle(c.b);
    CHECK(c.find(r, "e-a").predikat_matriks == Predikat::kurang_misconduct);
    CHECK(c.find(r, "e-a").predikat == Predikat::baik);
  }


  TEST_CASE("legacy period: PermenPANRB 8/2021 nilai SKP") {
    City c;
    c.b.periods = {quarter("p-2021", MetodePenilaian::permenpanrb_8_2021)};
    c.b.periods[0].year = 2021;
    c.employee("e-a");
    c.skp("e-a", {{indicator("i1", Polaritas::naik, 100), 100}, {indicator("i2", Polaritas::naik, 100), 98}}, 2021,
          "p-2021");
    const auto r = score_bundle(c.b);
    const auto& s = c.find(r, "e-a", "p-2021");
    REQUIRE(s.legacy);
    CHECK(s.legacy->ok);
    CHECK(s.legacy->nilai == doctest::Approx((109.0 + 88.0) / 2));  // 100% → 109, 98% → 88 (DOMAIN §3.2)

    SUBCASE("a 6/2022 period has no legacy score") {
      c.b.periods[0].metode = MetodePenilaian::permenpanrb_6_2022;
      CHECK(!c.find(score_bundle(c.b), "e-a", "p-2021").legacy);
    }
  }

  TEST_CASE("legacy period: a maximum-attainable target met scores Sangat Baik, 120 (PermenPANRB 8/2021)") {
    City c;
    c.b.periods = {quarter("p-2021", MetodePenilaian::permenpanrb_8_2021)};
    c.b.periods[0].year = 2021;
    c.employee("e-a");
    SkpIndicator bebas_temuan = indicator("i1", Polaritas::naik, 100);
    bebas_temuan.target_maksimal = true;
    c.skp("e-a", {{bebas_temuan, 100}, {indicator("i2", Polaritas::naik, 100), 98}}, 2021, "p-2021");
    auto s = c.find(score_bundle(c.b), "e-a", "p-2021");
    REQUIRE(s.legacy);
    CHECK(s.legacy->nilai == doctest::Approx((120.0 + 88.0) / 2));
    // The same 100 % of an ordinary target is Baik, 109.
    c.b.skps[0].rhk[0].indicators[0].target_maksimal = false;
    s = c.find(score_bundle(c.b), "e-a", "p-2021");
    CHECK(s.legacy->nilai == doctest::Approx((109.0 + 88.0) / 2));
  }

  TEST_CASE("legacy period: PP 30/2019 nilai kinerja from the rater's nilai perilaku, no 6/2022 predikat") {
    City c;
    c.b.periods = {quarter("p-2020", MetodePenilaian::pp_30_2019)};
    c.b.periods[0].year = 2020;
    c.employee("e-a");
    c.skp("e-a", {{indicator("i1", Polaritas::naik, 100), 100}}, 2020, "p-2020");  // nilai SKP 109
    OrgRating o;
    o.meta = meta("org-opd-2020");
    o.unit_id = "u-opd";
    o.period_id = "p-2020";
    o.cko = Cko::baik;
    c.b.org_ratings.push_back(o);
    // Ratings from a 6/2022 form do not make it rated: only the number does.
    Evaluation& ev = c.evaluate("e-a", Rating::di_atas, Rating::di_atas, "2026-04-02T00:00:00Z", "p-2020");
    auto s = c.find(score_bundle(c.b), "e-a", "p-2020");
    REQUIRE(s.legacy_akhir);
    CHECK_FALSE(s.legacy_akhir->ok);
    CHECK(s.legacy_akhir->error_id == "nilai perilaku belum diberikan");
    CHECK_FALSE(s.sudah_dinilai);
    CHECK(s.predikat == Predikat::invalid);

    ev.nilai_perilaku = 100;  // 109 × 70 % + 100 × 30 % = 106.3
    auto r = score_bundle(c.b);
    s = c.find(r, "e-a", "p-2020");
    REQUIRE(s.legacy_akhir->ok);
    CHECK(s.legacy_akhir->nilai == doctest::Approx(106.3));
    CHECK(s.legacy_akhir->kategori == "baik");
    CHECK(s.sudah_dinilai);
    CHECK(s.status == StatusPenilaian::dinilai);
    CHECK(s.predikat == Predikat::invalid);  // not counted in a 6/2022 table
    CHECK(r.kurva.empty());                   // the SE 3/2023 curve is not a legacy rule

    c.b.evaluations[0].nilai_perilaku = 120;  // 76.3 + 36 = 112.3: Baik without, Sangat Baik with the innovation
    CHECK(c.find(score_bundle(c.b), "e-a", "p-2020").legacy_akhir->kategori == "baik");
    c.b.evaluations[0].inovasi = true;
    CHECK(c.find(score_bundle(c.b), "e-a", "p-2020").legacy_akhir->kategori == "sangat-baik");
    c.b.evaluations[0].perilaku_360 = true;  // 60/40: 65.4 + 48 = 113.4
    CHECK(c.find(score_bundle(c.b), "e-a", "p-2020").legacy_akhir->nilai == doctest::Approx(113.4));

    c.b.evaluations[0].nilai_perilaku = 121;
    s = c.find(score_bundle(c.b), "e-a", "p-2020");
    CHECK_FALSE(s.legacy_akhir->ok);
    CHECK(s.legacy_akhir->error_id == "nilai perilaku harus 0 sampai 120");
    CHECK_FALSE(s.sudah_dinilai);
  }

  TEST_CASE("legacy period: PP 46/2011 nilai prestasi kerja, perilaku on its 0-100 scale") {
    City c;
    c.b.periods = {quarter("p-2018", MetodePenilaian::pp_46_2011)};
    c.b.periods[0].year = 2018;
    c.employee("e-a");
    // One kegiatan: 10 of 10 documents, kualitas 90 of 100, 12 of 12 months:
    // kuantitas 100, kualitas 90, waktu (1.76·12 − 12)/12 × 100 = 76 → 266 / 3.
    c.skp("e-a", {{indicator("k1", Polaritas::naik, 10, Aspek::kuantitas), 10},
                  {indicator("k2", Polaritas::naik, 100, Aspek::kualitas), 90},
                  {indicator("k3", Polaritas::turun, 12, Aspek::waktu), 12}},
          2018, "p-2018");
    Evaluation& ev = c.evaluate("e-a", Rating::sesuai, Rating::sesuai, "2019-01-05T00:00:00Z", "p-2018");
    ev.nilai_perilaku = 80;
    auto s = c.find(score_bundle(c.b), "e-a", "p-2018");
    REQUIRE(s.legacy);
    REQUIRE(s.legacy->ok);
    CHECK(s.legacy->nilai == doctest::Approx(266.0 / 3));
    REQUIRE(s.legacy_akhir->ok);
    // nilai SKP read to hundredths: 88.67 × 60 % + 80 × 40 % = 53.202 + 32 = 85.202
    CHECK(s.legacy_akhir->nilai == doctest::Approx(85.202));
    CHECK(s.legacy_akhir->kategori == "baik");
    c.b.evaluations[0].nilai_perilaku = 101;
    s = c.find(score_bundle(c.b), "e-a", "p-2018");
    CHECK(s.legacy_akhir->error_id == "nilai perilaku harus 0 sampai 100");
  }

  TEST_CASE("distribution check per unit counts the whole subtree and warns") {
    City c;
    for (int i = 0; i < 4; ++i) {
      const std::string id = "e-" + std::to_string(i);
      c.employee(id);
      c.evaluate(id, Rating::di_atas, Rating::di_atas, "2026-04-02T00:00:00Z");  // all sangat baik
    }
    OrgRating o;
    o.meta = meta("org-opd-q1");
    o.unit_id = "u-opd";
    o.period_id = "p-q1";
    o.cko = Cko::sangat_kurang;  // allows no Sangat Baik at all
    c.b.org_ratings.push_back(o);
    const auto r = score_bundle(c.b);
    REQUIRE(r.kurva.size() == 1);
    CHECK(c.b.units[r.kurva[0].unit].meta.id == "u-opd");
    CHECK(r.kurva[0].jumlah.total() == 4);
    CHECK(r.kurva[0].jumlah[Predikat::sangat_baik] == 4);
    CHECK(!r.kurva[0].peringatan.empty());

    SUBCASE("another CKO reads other limits") {
      c.b.org_ratings[0].cko = Cko::istimewa;  // Sangat Baik: a majority, at most 70%
      for (int i = 0; i < 2; ++i) c.b.evaluations[static_cast<std::size_t>(i)].rating_perilaku = Rating::sesuai;
      const auto r2 = score_bundle(c.b);
      REQUIRE(r2.kurva.size() == 1);
      CHECK(r2.kurva[0].jumlah[Predikat::sangat_baik] == 2);
      CHECK(r2.kurva[0].jumlah[Predikat::baik] == 2);
      // 50% is not "more than half": the [M] majority limit warns; nothing else does.
      CHECK(r2.kurva[0].peringatan.size() == 1);
    }
  }

  TEST_CASE("assignments choose who is scored in a period; deleted records are ignored") {
    City c;
    c.employee("e-a");
    c.employee("e-b");
    c.employee("e-gone").meta.deleted = true;
    CHECK(score_bundle(c.b).pegawai.size() == 2);
    Assignment a;
    a.meta = meta("as-1");
    a.period_id = "p-q1";
    a.employee_id = "e-b";
    a.penilai_id = "e-a";
    a.kind = AssignmentKind::definitif;
    c.b.assignments.push_back(a);
    const auto r = score_bundle(c.b);
    REQUIRE(r.pegawai.size() == 1);
    CHECK(c.b.employees[r.pegawai[0].employee].meta.id == "e-b");
  }

  TEST_CASE("top units follow the parent chain and survive a cycle") {
    City c;
    auto top = top_units(c.b);
    CHECK(top[1] == 0);
    CHECK(top[0] == 0);
    c.b.units[0].parent_id = "u-bid";  // a cycle
    top = top_units(c.b);
    CHECK(top.size() == 2);  // no hang
  }
}
