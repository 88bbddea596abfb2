// The employee's workspace core: stable ids, numbers as typed, live capaian,
// realisation / self-assessment / submit / keberatan edits that keep the
// supervisor's fields, profile search, default period and the rater.
#include "tests/unit/demo_store_fixture.hpp"
#include "core/workflow/pegawai_edit.hpp"
#include "core/view/pegawai_profil.hpp"

#include "core/sync/bundle_io.hpp"
#include "core/demo/demo.hpp"
#include "core/sync/merge.hpp"
#include "core/sync/scope.hpp"
#include "core/model/serialize.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace kinerja;

namespace {

constexpr std::int64_t kNow = 1'795'824'000'000;  // 2026-11-28T00:00:00Z
const char* const kNowIso = "2026-11-28T00:00:00Z";


void apply_all(Store& s, const OperationResult& h, std::int64_t now = kNow) {
  REQUIRE(h.ok());
  for (const auto& r : h.changes) {
    auto e = apply_change(s, r.collection, r.record, "dev-uji", now);
    REQUIRE_MESSAGE(e.ok(), (e.errors.empty() ? std::string() : format_error(e.errors.front())));
  }
}

// An employee with an SKP in `year` who is assessed in `period` (an
// assignment names them), or kTidakAda.
std::size_t someone_with_skp(const CityView& v, int year, std::string_view period = "p-2026-tw4") {
  const std::size_t p = find_period(v, period);
  for (std::size_t i = 0; i < v.bundle.employees.size(); ++i)
    if (skp_for(v, i, year) != kTidakAda && find_skor(v, i, p) != nullptr) return i;
  return kTidakAda;
}

bool is_rated(const Evaluation& e) { return !e.rated.empty() && e.rating_hasil_kerja && e.rating_perilaku; }

const SkpIndicator& first_indicator(const CityView& v, std::size_t skp) {
  return v.bundle.skps[skp].rhk.front().indicators.front();
}

} // namespace

TEST_SUITE("pegawai") {
  TEST_CASE("stable ids follow the demo's pattern and stay valid when long") {
    CHECK(realisation_id("pg-00001", "p-2026-tw2", "i3") == "rz-pg-00001-2026-tw2-i3");
    CHECK(evaluation_id("pg-00001", "p-2026-tw2") == "ev-pg-00001-2026-tw2");
    CHECK(evaluation_id("e-1", "q1") == "ev-e-1-q1");
    const std::string long_emp(60, 'a');
    const std::string a = realisation_id(long_emp, "p-2026-tw2", "i3");
    CHECK(is_valid_id(a));
    CHECK(a.size() == 3 + 16);
    CHECK(a.rfind("rz-", 0) == 0);
    CHECK(a == realisation_id(long_emp, "p-2026-tw2", "i3"));
    CHECK(a != realisation_id(long_emp, "p-2026-tw2", "i4"));
    CHECK(is_valid_id(evaluation_id(long_emp, long_emp)));
  }

  TEST_CASE("numbers are read as people in Samarinda type them") {
    CHECK(baca_angka("104") == doctest::Approx(104));
    CHECK(*baca_angka("104,5") == doctest::Approx(104.5));
    CHECK(*baca_angka(" 104.5 ") == doctest::Approx(104.5));
    CHECK(*baca_angka("1.250,5") == doctest::Approx(1250.5));
    CHECK(*baca_angka("-3") == doctest::Approx(-3));
    CHECK(*baca_angka("0,75") == doctest::Approx(0.75));
    CHECK(!baca_angka(""));
    CHECK(!baca_angka("abc"));
    CHECK(!baca_angka("1,2,3"));
    CHECK(!baca_angka("12,"));
    CHECK(!baca_angka(",5"));
    CHECK(!baca_angka("-"));
    CHECK(!baca_angka("1e400"));
    CHECK(!baca_angka("nan"));
    CHECK(!baca_angka("5 jam"));
  }

  TEST_CASE("the live capaian equals the score report's for every demo realisation") {
    const Store store = test::demo_store(40);
    const CityView v = build_city_view(store, kNowIso);
    const auto& rules = default_rules().rating_hasil_kerja;
    int compared = 0;
    for (const auto& s : v.report.pegawai) {
      if (s.skp == kTidakAda) continue;
      for (const auto& c : s.capaian) {
        const SkpIndicator& ind = v.bundle.skps[s.skp].rhk[c.rhk].indicators[c.indikator];
        const auto p = pratinjau_capaian(rules, ind, c.realisasi);
        CHECK(p.capaian.has_value() == c.capaian.has_value());
        if (p.capaian && c.capaian) {
          CHECK(*p.capaian == doctest::Approx(*c.capaian));
          CHECK(p.tingkat == tingkat_capaian(rules, c.capaian));
          ++compared;
        }
      }
    }
    CHECK(compared > 100);
    // lower is better: 4 hours against a target of 6 is above expectation
    SkpIndicator turun;
    turun.polaritas = Polaritas::turun;
    turun.target = 6;
    const auto p = pratinjau_capaian(rules, turun, 4.0);
    REQUIRE(p.capaian);
    CHECK(*p.capaian == doctest::Approx(100.0 * (1 + (1 - 4.0 / 6.0))));
    CHECK(p.tingkat == TingkatCapaian::di_atas);
    turun.target = 0;
    CHECK(pratinjau_capaian(rules, turun, 4.0).error == CapaianError::target_tidak_positif);
    CHECK(!pratinjau_capaian(rules, turun, std::nullopt).capaian);
  }

  TEST_CASE("a realisation is created with a stable id, scored, and a bad link changes nothing") {
    Store store = test::demo_store(30);
    CityView v = build_city_view(store, kNowIso);
    const std::size_t tw4 = find_period(v, "p-2026-tw4");
    REQUIRE(tw4 != kTidakAda);
    const std::size_t emp = someone_with_skp(v, 2026);
    REQUIRE(emp != kTidakAda);
    const std::size_t skp = skp_for(v, emp, 2026);
    const SkpIndicator& ind = first_indicator(v, skp);
    const std::string ind_id = ind.id;

    InputRealisasi bad;
    bad.value = 10;
    bad.link = "javascript:alert(1)";
    const auto refused = rekam_realisasi(store, v, emp, tw4, ind_id, bad);
    CHECK(!refused.ok());
    CHECK(refused.changes.empty());
    REQUIRE(!refused.errors.empty());
    CHECK(refused.errors.front().pointer == "/evidence/0/link");
    CHECK(refused.errors.front().message_id == "tautan harus diawali https:// atau http://");

    InputRealisasi none;
    CHECK(!rekam_realisasi(store, v, emp, tw4, ind_id, none).ok());
    CHECK(!rekam_realisasi(store, v, emp, tw4, "tidak-ada", bad).ok());

    InputRealisasi in;
    in.value = ind.target ? *ind.target : 10.0;
    in.link = "https://dokumen.example/bukti.pdf";
    in.note = "Rekap register";
    const auto made = rekam_realisasi(store, v, emp, tw4, ind_id, in);
    REQUIRE(made.ok());
    REQUIRE(made.changes.size() == 1);
    const std::string id = made.changes.front().record.at("id");
    CHECK(id == realisation_id(v.bundle.employees[emp].meta.id, "p-2026-tw4", ind_id));
    apply_all(store, made);
    v = build_city_view(store, kNowIso);
    CHECK(v.left_out.empty());
    const std::size_t r = find_realisation(v, v.bundle.skps[skp].meta.id, ind_id, "p-2026-tw4");
    REQUIRE(r != kTidakAda);
    CHECK(v.bundle.realisations[r].meta.id == id);
    CHECK(v.bundle.realisations[r].submitted.empty());
    REQUIRE(v.bundle.realisations[r].evidence.size() == 1);
    CHECK(v.bundle.realisations[r].evidence[0].link == in.link);
    const SkorPegawai* s = find_skor(v, emp, tw4);
    REQUIRE(s != nullptr);
    bool scored = false;
    for (const auto& c : s->capaian)
      if (c.realisasi && *c.realisasi == *in.value) scored = scored || c.capaian.has_value();
    CHECK(scored);
    CHECK(s->saran_hasil_kerja.rating != Rating::invalid);
    CHECK(alasan_saran(s->saran_hasil_kerja).id.find("hasil kerja") != std::string::npos);

    // Editing the same indicator changes that record, never makes a second one.
    in.value = *in.value + 1;
    const auto again = rekam_realisasi(store, v, emp, tw4, ind_id, in);
    REQUIRE(again.ok());
    CHECK(again.changes.front().record.at("id") == id);
  }

  TEST_CASE("a locked period refuses every edit") {
    Store store = test::demo_store(30);
    const CityView v = build_city_view(store, kNowIso);
    const std::size_t tw1 = find_period(v, "p-2026-tw1");
    REQUIRE(tw1 != kTidakAda);
    REQUIRE(v.bundle.periods[tw1].locked);
    const std::size_t emp = someone_with_skp(v, 2026, "p-2026-tw1");
    REQUIRE(emp != kTidakAda);
    InputRealisasi in;
    in.value = 1;
    const auto r = rekam_realisasi(store, v, emp, tw1, first_indicator(v, skp_for(v, emp, 2026)).id, in);
    CHECK(!r.ok());
    CHECK(r.errors.front().message_id.find("terkunci") != std::string::npos);
    const PenilaianDiri d{NilaiBerakhlak::akuntabel, Rating::sesuai, ""};
    CHECK(!rekam_penilaian_diri(store, v, emp, tw1, std::span(&d, 1)).ok());
    CHECK(!kirim_ke_penilai(store, v, emp, tw1, kNow).ok());
  }

  TEST_CASE("the self-assessment keeps the supervisor's ratings, feedback and predikat") {
    Store store = test::demo_store(40);
    CityView v = build_city_view(store, kNowIso);
    const std::size_t tw2 = find_period(v, "p-2026-tw2");
    REQUIRE(!v.bundle.periods[tw2].locked);
    // a rated evaluation in the open quarter
    std::size_t ev = kTidakAda;
    for (std::size_t i = 0; i < v.bundle.evaluations.size(); ++i)
      if (v.bundle.evaluations[i].period_id == "p-2026-tw2" && is_rated(v.bundle.evaluations[i]) &&
          !v.bundle.evaluations[i].perilaku.empty() && v.bundle.evaluations[i].perilaku.front().rating) {
        ev = i;
        break;
      }
    REQUIRE(ev != kTidakAda);
    const Evaluation before = v.bundle.evaluations[ev];
    const std::size_t emp = find_employee(v, before.employee_id);
    const NilaiBerakhlak first = before.perilaku.front().nilai;
    const PenilaianDiri changes[] = {{first, Rating::di_bawah, "  Perlu belajar lagi  "},
                                     {NilaiBerakhlak::kolaboratif, Rating::di_atas, ""}};
    const auto h = rekam_penilaian_diri(store, v, emp, tw2, changes);
    REQUIRE(h.ok());
    CHECK(h.changes.front().record.at("id") == before.meta.id);
    apply_all(store, h);
    v = build_city_view(store, kNowIso);
    const Evaluation& after = v.bundle.evaluations[find_evaluation(v, emp, tw2)];
    CHECK(after.rating_hasil_kerja == before.rating_hasil_kerja);
    CHECK(after.rating_perilaku == before.rating_perilaku);
    CHECK(after.predikat == before.predikat);
    CHECK(after.rated == before.rated);
    CHECK(after.recommendations == before.recommendations);
    CHECK(after.reason == before.reason);
    CHECK(after.keberatan == before.keberatan);
    for (const auto& p : after.perilaku) {
      for (const auto& q : before.perilaku)
        if (q.nilai == p.nilai) {
          CHECK(p.rating == q.rating);
          CHECK(p.umpan_balik == q.umpan_balik);
        }
      if (p.nilai == first) {
        CHECK(p.self_rating == Rating::di_bawah);
        CHECK(p.self_note == "Perlu belajar lagi");
      }
      if (p.nilai == NilaiBerakhlak::kolaboratif) CHECK(p.self_rating == Rating::di_atas);
    }
  }

  TEST_CASE("kirim ke penilai marks the realisations and the self-assessment as sent") {
    Store store = test::demo_store(30);
    CityView v = build_city_view(store, kNowIso);
    const std::size_t tw4 = find_period(v, "p-2026-tw4");
    const std::size_t emp = someone_with_skp(v, 2026);
    REQUIRE(emp != kTidakAda);
    REQUIRE(find_skor(v, emp, tw4) != nullptr);
    CHECK(!kirim_ke_penilai(store, v, emp, tw4, kNow).ok());  // nothing yet
    InputRealisasi in;
    in.value = 5;
    apply_all(store, rekam_realisasi(store, v, emp, tw4, first_indicator(v, skp_for(v, emp, 2026)).id, in));
    v = build_city_view(store, kNowIso);
    const PenilaianDiri d{NilaiBerakhlak::harmonis, Rating::sesuai, "Membantu rekan baru"};
    apply_all(store, rekam_penilaian_diri(store, v, emp, tw4, std::span(&d, 1)));
    v = build_city_view(store, kNowIso);
    CHECK(find_skor(v, emp, tw4)->status == StatusPenilaian::belum_mulai);
    const auto sent = kirim_ke_penilai(store, v, emp, tw4, kNow + 60'000);
    REQUIRE(sent.ok());
    CHECK(sent.changes.size() == 2);
    apply_all(store, sent, kNow + 60'000);
    v = build_city_view(store, kNowIso);
    CHECK(find_skor(v, emp, tw4)->status == StatusPenilaian::diajukan);
    const Evaluation& ev = v.bundle.evaluations[find_evaluation(v, emp, tw4)];
    CHECK(ev.self_submitted == "2026-11-28T00:01:00Z");
    CHECK(ev.meta.id == evaluation_id(v.bundle.employees[emp].meta.id, "p-2026-tw4"));
    for (const auto& r : v.bundle.realisations)
      if (r.period_id == "p-2026-tw4" && r.skp_id == v.bundle.skps[skp_for(v, emp, 2026)].meta.id)
        CHECK(r.submitted == "2026-11-28T00:01:00Z");
    // Sending again with nothing new changes nothing.
    CHECK(kirim_ke_penilai(store, v, emp, tw4, kNow + 120'000).changes.empty());
  }

  TEST_CASE("a keberatan is accepted only inside the window after the predikat") {
    Store store = test::demo_store(40);
    CityView v = build_city_view(store, kNowIso);
    const std::size_t tw2 = find_period(v, "p-2026-tw2");
    std::size_t ev = kTidakAda;
    for (std::size_t i = 0; i < v.bundle.evaluations.size(); ++i)
      if (v.bundle.evaluations[i].period_id == "p-2026-tw2" && is_rated(v.bundle.evaluations[i]) &&
          !v.bundle.evaluations[i].keberatan) {
        ev = i;
        break;
      }
    REQUIRE(ev != kTidakAda);
    const Evaluation before = v.bundle.evaluations[ev];
    const std::size_t emp = find_employee(v, before.employee_id);
    const auto& rules = default_rules().keberatan;
    const std::int64_t rated = *parse_timestamp_ms(before.rated);
    CHECK(!rekam_keberatan(store, v, emp, tw2, "Tidak setuju", rated + 30LL * 86'400'000, rules).ok());
    CHECK(!rekam_keberatan(store, v, emp, tw2, "   ", rated + 86'400'000, rules).ok());
    const auto ok = rekam_keberatan(store, v, emp, tw2, "Bukti dukung sudah lengkap", rated + 86'400'000, rules);
    REQUIRE(ok.ok());
    apply_all(store, ok, rated + 86'400'000);
    v = build_city_view(store, kNowIso);
    const Evaluation& after = v.bundle.evaluations[find_evaluation(v, emp, tw2)];
    REQUIRE(after.keberatan);
    CHECK(after.keberatan->text == "Bukti dukung sudah lengkap");
    CHECK(after.predikat == before.predikat);
    CHECK(after.perilaku == before.perilaku);
    CHECK(!rekam_keberatan(store, v, emp, tw2, "lagi", rated + 86'400'000, rules).ok());  // once
  }

  TEST_CASE("the rater of an employee") {
    const Store store = test::demo_store(60);
    const CityView v = build_city_view(store, kNowIso);
    // The rater: from the assignment; Plt/Plh kept.
    const auto& a = v.bundle.assignments.front();
    const std::size_t emp = find_employee(v, a.employee_id), per = find_period(v, a.period_id);
    const auto p = penilai_dari(store, v, emp, per);
    REQUIRE(p.ada);
    CHECK(p.penilai_id == a.penilai_id);
    CHECK(p.kind == a.kind);
    CHECK(!p.nama.empty());
    CHECK(p.nip.size() == 18);

    // On the employee's own device (their scoped file), the rater is still named.
    const Employee& me = v.bundle.employees[emp];
    auto file = export_bundle(store, Scope{ScopeKind::pegawai, me.nip}, "dev", kNow, nullptr);
    REQUIRE(file.ok());
    auto read = read_bundle(file.bytes);
    REQUIRE(read.ok());
    const CityView mine = build_city_view(read.bundle->store, kNowIso);
    const std::size_t me_there = find_employee(mine, me.meta.id);
    REQUIRE(me_there != kTidakAda);
    const auto q = penilai_dari(read.bundle->store, mine, me_there, find_period(mine, a.period_id));
    CHECK(q.ada);
    CHECK(q.nama == p.nama);
    CHECK(q.nip == p.nip);
  }
}
