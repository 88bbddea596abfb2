// The rater's operations (core/workflow/penilai_ops): what they write, what
// they keep, and what they refuse.
#include "core/workflow/penilai_ops.hpp"

#include "core/sync/merge.hpp"
#include "core/workflow/penilaian.hpp"
#include "core/calc/predikat.hpp"
#include "demo_store_fixture.hpp"

#include <doctest/doctest.h>

#include <optional>
#include <utility>
#include <vector>

using namespace kinerja;
using nlohmann::json;

namespace {

constexpr std::int64_t kNow = 1'795'852'800'000;  // 2026-11-28T08:00:00Z
constexpr const char* kNowIso = "2026-11-28T00:00:00Z";

struct Pick {
  std::size_t employee = kTidakAda, period = kTidakAda;
};

// An open period's member with an SKP, a suggestion, not yet rated, not a unit head.
Pick unrated_member(const CityView& v, bool want_kepala = false) {
  for (const auto& s : v.report.pegawai) {
    if (v.bundle.periods[s.period].locked || s.sudah_dinilai || s.skp == kTidakAda) continue;
    if (s.kepala_unit != want_kepala || (want_kepala && !s.cko_unit)) continue;
    if (!want_kepala && s.saran_hasil_kerja.rating == Rating::invalid) continue;
    return {s.employee, s.period};
  }
  return {};
}

// The demo store with one unit head's rating in an open period taken back (as
// before the rater finalised it), so the unit-head tests do not depend on
// which heads the demo happens to leave unrated.
Store store_with_unrated_head(int employees) {
  Store store = test::demo_store(employees);
  const CityView v = build_city_view(store, kNowIso);
  for (const auto& s : v.report.pegawai) {
    if (v.bundle.periods[s.period].locked || !s.kepala_unit || !s.cko_unit || !s.sudah_dinilai) continue;
    const std::size_t e = find_evaluation(v, s.employee, s.period);
    REQUIRE(e != kTidakAda);
    const json* rec = find_record(store, "evaluations", v.bundle.evaluations[e].meta.id);
    REQUIRE(rec != nullptr);
    json taken_back = *rec;
    for (const char* field : {"rated", "rating_hasil_kerja", "rating_perilaku", "predikat", "keberatan"})
      taken_back.erase(field);
    REQUIRE(apply_change(store, "evaluations", taken_back, "dev-test", 1'790'000'000'000).ok());
    return store;
  }
  FAIL("the demo city has no rated unit head with a CKO in an open period");
  return store;
}

KeputusanPenilai sesuai_saran(const CityView& v, const Pick& p) {
  const SkorPegawai* s = find_skor(v, p.employee, p.period);
  REQUIRE(s != nullptr);
  KeputusanPenilai d;
  d.hasil_kerja = s->saran_hasil_kerja.rating;
  d.nilai.fill(Rating::sesuai);
  d.perilaku = Rating::sesuai;
  return d;
}

json only_change(const OperationResult& r) {
  REQUIRE(r.ok());
  REQUIRE(r.changes.size() == 1);
  CHECK(r.changes[0].collection == "evaluations");
  return r.changes[0].record;
}

}  // namespace

TEST_SUITE("penilai_ops") {
  TEST_CASE("saving the ratings writes them with the kuadran's predikat and keeps the employee's fields") {
    Store store = test::demo_store(80);
    CityView v = build_city_view(store, kNowIso);
    const Pick p = unrated_member(v);
    REQUIRE(p.employee != kTidakAda);
    // The employee's self-assessment and an unknown future field are in the record already.
    json before = evaluation_record(store, v, p.employee, p.period);
    before["perilaku"] = json::array({{{"nilai", "berorientasi-pelayanan"}, {"self_rating", "di-atas"}, {"self_note", "catatan saya"}}});
    before["field_dari_masa_depan"] = 42;
    REQUIRE(apply_change(store, "evaluations", before, "hp-pegawai", kNow, v.bundle.employees[p.employee].nip).ok());
    v = build_city_view(store, kNowIso);

    KeputusanPenilai d = sesuai_saran(v, p);
    d.umpan_balik[0] = "Pelayanan sudah baik";
    REQUIRE(!v.bundle.trainings.empty());
    d.recommendations = {v.bundle.trainings.front().meta.id};
    const json rec = only_change(simpan_penilaian(store, v, default_rules(), p.employee, p.period, d, kNow));
    CHECK(rec.at("rating_hasil_kerja") == std::string(to_string(d.hasil_kerja)));
    CHECK(rec.at("rating_perilaku") == "sesuai");
    CHECK(rec.at("predikat") == std::string(to_string(predikat_kinerja(default_rules().matriks, d.hasil_kerja, Rating::sesuai))));
    CHECK(rec.at("rated") == format_timestamp_ms(kNow));
    CHECK(rec.at("field_dari_masa_depan") == 42);
    CHECK_FALSE(rec.contains("reason"));
    const json& first = rec.at("perilaku").at(0);
    CHECK(first.at("nilai") == "berorientasi-pelayanan");
    CHECK(first.at("self_rating") == "di-atas");  // the employee's own rating stays
    CHECK(first.at("self_note") == "catatan saya");
    CHECK(first.at("rating") == "sesuai");
    CHECK(first.at("umpan_balik") == "Pelayanan sudah baik");
    CHECK(rec.at("recommendations") == json::array({v.bundle.trainings.front().meta.id}));
    // And the store takes it.
    CHECK(apply_change(store, "evaluations", rec, "hp-penilai", kNow + 1000, "199001012015031001").ok());
    const CityView after = build_city_view(store, kNowIso);
    const SkorPegawai* s = find_skor(after, p.employee, p.period);
    REQUIRE(s != nullptr);
    CHECK(s->sudah_dinilai);
  }

  TEST_CASE("refusals name the field: missing ratings, a departure without a reason, a locked period") {
    const Store store = test::demo_store(80);
    const CityView v = build_city_view(store, kNowIso);
    const Pick p = unrated_member(v);
    REQUIRE(p.employee != kTidakAda);

    KeputusanPenilai none;
    auto r = simpan_penilaian(store, v, default_rules(), p.employee, p.period, none, kNow);
    REQUIRE(r.errors.size() == 2);
    CHECK(r.errors[0].pointer == "/rating_perilaku");
    CHECK(r.errors[1].pointer == "/rating_hasil_kerja");
    CHECK(r.changes.empty());

    KeputusanPenilai d = sesuai_saran(v, p);
    d.hasil_kerja = d.hasil_kerja == Rating::di_atas ? Rating::di_bawah : Rating::di_atas;  // not the suggestion
    r = simpan_penilaian(store, v, default_rules(), p.employee, p.period, d, kNow);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].pointer == "/reason");
    CHECK(r.errors[0].message_id.find("alasan") != std::string::npos);
    d.reason = "Target utama tertunda karena anggaran";
    const json rec = only_change(simpan_penilaian(store, v, default_rules(), p.employee, p.period, d, kNow));
    CHECK(rec.at("reason") == "Target utama tertunda karena anggaran");

    // A locked period refuses every operation, naming the period.
    CityView locked = v;
    locked.bundle.periods[p.period].locked = true;
    for (const auto& refusal : {simpan_penilaian(store, locked, default_rules(), p.employee, p.period, d, kNow),
                                simpan_umpan_balik(store, locked, p.employee, p.period, d)}) {
      REQUIRE(refusal.errors.size() == 1);
      CHECK(refusal.errors[0].pointer == "/periods/" + v.bundle.periods[p.period].meta.id);
      CHECK(refusal.changes.empty());
    }
  }

  TEST_CASE("a unit head's rating hasil kerja is the CKO's, whatever the draft says") {
    const Store store = store_with_unrated_head(300);
    const CityView v = build_city_view(store, kNowIso);
    const Pick p = unrated_member(v, /*want_kepala=*/true);
    REQUIRE(p.employee != kTidakAda);  // the demo city has unit heads with a CKO in open periods
    const SkorPegawai* s = find_skor(v, p.employee, p.period);
    const auto check = periksa_penilaian(default_rules(), *s, Rating::invalid, Rating::invalid, Rating::sesuai, "");
    REQUIRE(check.hasil_kerja_dari_cko);
    KeputusanPenilai d;
    d.perilaku = Rating::sesuai;
    d.reason = "ditetapkan dari CKO unit";
    d.hasil_kerja = Rating::di_atas;  // a rater's own choice for a unit head is not stored
    const json rec = only_change(simpan_penilaian(store, v, default_rules(), p.employee, p.period, d, kNow));
    CHECK_FALSE(rec.contains("rating_hasil_kerja"));  // read from the CKO when scored, never frozen here
    CHECK(rec.at("predikat") == std::string(to_string(check.predikat)));  // what the rater saw
    // Saved and scored again, the predikat is the CKO rule's.
    Store after = store;
    REQUIRE(apply_change(after, "evaluations", rec, "dev-test", 1'800'000'000'000).ok());
    const CityView v2 = build_city_view(after, kNowIso);
    const SkorPegawai* s2 = find_skor(v2, p.employee, p.period);
    REQUIRE(s2);
    CHECK(s2->rating_hasil_kerja == check.hasil_kerja_dipakai);
    CHECK(s2->predikat == check.predikat);
  }

  TEST_CASE("a unit head whose unit has no CKO yet: behaviour is saved, no hasil kerja is asked, the predikat waits") {
    const Store store = store_with_unrated_head(300);
    CityView v = build_city_view(store, kNowIso);
    const Pick p = unrated_member(v, /*want_kepala=*/true);
    REQUIRE(p.employee != kTidakAda);
    SkorPegawai* s = nullptr;
    for (auto& x : v.report.pegawai)
      if (x.employee == p.employee && x.period == p.period) s = &x;
    REQUIRE(s);
    s->cko_unit.reset();  // as if the unit's CKO were not set yet
    const auto check = periksa_penilaian(default_rules(), *s, Rating::invalid, Rating::invalid, Rating::sesuai, "");
    CHECK(check.menunggu_cko);
    CHECK(check.predikat == Predikat::invalid);
    KeputusanPenilai d;
    d.perilaku = Rating::sesuai;
    const OperationResult r = simpan_penilaian(store, v, default_rules(), p.employee, p.period, d, kNow);
    REQUIRE(r.ok());
    const json rec = only_change(r);
    CHECK_FALSE(rec.contains("rating_hasil_kerja"));
    CHECK_FALSE(rec.contains("predikat"));
    CHECK(rec.at("rating_perilaku") == "sesuai");
  }

  TEST_CASE("a legacy period is rated with a nilai perilaku: refusals name the field, and the store takes it") {
    Store store = test::demo_store(80);
    CityView v = build_city_view(store, kNowIso);
    const Pick open = unrated_member(v);
    REQUIRE(open.employee != kTidakAda);
    // The same period as a PP 30/2019 one (an admin's change).
    const std::string period_id = v.bundle.periods[open.period].meta.id;
    json per = *find_record(store, "periods", period_id);
    per["metode"] = "pp-30-2019";
    REQUIRE(apply_change(store, "periods", per, "dev-admin", kNow, "admin").ok());
    v = build_city_view(store, kNowIso);
    std::optional<Pick> p;
    for (const auto& s : v.report.pegawai)
      if (s.period == open.period && !s.sudah_dinilai && s.legacy && s.legacy->ok) p = Pick{s.employee, s.period};
    REQUIRE(p);
    const SkorPegawai* s = find_skor(v, p->employee, p->period);

    // The 6/2022 ratings are refused in it, and bulk Sesuai leaves its members out.
    KeputusanPenilai d = sesuai_saran(v, *p);
    auto r = simpan_penilaian(store, v, default_rules(), p->employee, p->period, d, kNow);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].pointer == "/period");
    const std::size_t one[] = {p->employee};
    CHECK(rencana_sesuai_massal(default_rules(), v, one, p->period).at(0).lewati == AlasanLewati::metode_lama);

    for (const auto& [typed, words] : std::vector<std::pair<std::string, std::string>>{
             {"", "nilai perilaku belum diberikan"},
             {"sembilan puluh", "nilai perilaku harus berupa angka, mis. 85,5"},
             {"121", "nilai perilaku harus 0 sampai 120"},
             {"-1", "nilai perilaku harus 0 sampai 120"}}) {
      d.nilai_perilaku = typed;
      r = simpan_penilaian_legacy(store, v, default_rules(), p->employee, p->period, d, kNow);
      REQUIRE(r.errors.size() == 1);
      CHECK(r.errors[0].pointer == "/nilai_perilaku");
      CHECK(r.errors[0].message_id == words);
      CHECK(r.changes.empty());
    }

    d.nilai_perilaku = "95,5";
    d.inovasi = true;
    const NilaiLegacy seen = pratinjau_legacy(default_rules(), *s, MetodePenilaian::pp_30_2019, d.nilai_perilaku, false, true);
    REQUIRE(seen.ok);
    const json rec = only_change(simpan_penilaian_legacy(store, v, default_rules(), p->employee, p->period, d, kNow));
    CHECK(rec.at("nilai_perilaku") == 95.5);
    CHECK(rec.at("inovasi") == true);
    CHECK_FALSE(rec.contains("perilaku_360"));
    for (const char* k : {"rating_hasil_kerja", "rating_perilaku", "predikat"}) CHECK_FALSE(rec.contains(k));
    CHECK(rec.at("rated") == format_timestamp_ms(kNow));
    REQUIRE(apply_change(store, "evaluations", rec, "hp-penilai", kNow + 1000, "199001012015031001").ok());
    const CityView after = build_city_view(store, kNowIso);
    const SkorPegawai* s2 = find_skor(after, p->employee, p->period);
    REQUIRE(s2);
    CHECK(s2->sudah_dinilai);
    REQUIRE(s2->legacy_akhir);
    CHECK(s2->legacy_akhir->nilai == doctest::Approx(seen.nilai));
    CHECK(s2->legacy_akhir->kategori == seen.kategori);

    // In a 6/2022 period there is no nilai perilaku to give.
    std::optional<Pick> now;
    for (const auto& x : after.report.pegawai)
      if (x.period != p->period && !after.bundle.periods[x.period].locked && x.skp != kTidakAda) now = Pick{x.employee, x.period};
    REQUIRE(now);
    REQUIRE(after.bundle.periods[now->period].metode == MetodePenilaian::permenpanrb_6_2022);
    r = simpan_penilaian_legacy(store, after, default_rules(), now->employee, now->period, d, kNow);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].pointer == "/period");
  }

  TEST_CASE("feedback only: ratings and predikat stay as they are") {
    Store store = test::demo_store(80);
    const CityView v = build_city_view(store, kNowIso);
    std::optional<Pick> rated;
    for (const auto& s : v.report.pegawai)
      if (s.sudah_dinilai && !v.bundle.periods[s.period].locked) rated = Pick{s.employee, s.period};
    REQUIRE(rated);
    const json before = evaluation_record(store, v, rated->employee, rated->period);
    KeputusanPenilai d;
    d.rhk_ids = {"rhk-1", "rhk-2"};
    d.rhk_texts = {"Pertahankan", ""};  // an empty text is no feedback
    const json rec = only_change(simpan_umpan_balik(store, v, rated->employee, rated->period, d));
    for (const char* k : {"rating_hasil_kerja", "rating_perilaku", "predikat", "rated"}) {
      CHECK(rec.contains(k) == before.contains(k));
      if (before.contains(k)) CHECK(rec.at(k) == before.at(k));
    }
    CHECK(rec.contains("rating_hasil_kerja"));
    CHECK(rec.at("umpan_balik_rhk") == json::array({{{"rhk_id", "rhk-1"}, {"text", "Pertahankan"}}}));
  }

  TEST_CASE("bulk Sesuai Ekspektasi: the plan's members only; nobody to rate is a refusal") {
    const Store store = test::demo_store(80);
    const CityView v = build_city_view(store, kNowIso);
    std::size_t period = kTidakAda;
    std::vector<std::size_t> members;
    for (const auto& s : v.report.pegawai) {
      if (v.bundle.periods[s.period].locked) continue;
      if (period == kTidakAda) period = s.period;
      if (s.period == period) members.push_back(s.employee);
    }
    REQUIRE(!members.empty());
    const auto plan = rencana_sesuai_massal(default_rules(), v, members, period);
    const auto included = std::count_if(plan.begin(), plan.end(), [](const RencanaSesuai& r) { return r.dinilai; });
    const auto r = nilai_sesuai_massal(store, v, default_rules(), members, period, kNow);
    if (included == 0) {
      CHECK(r.errors.size() == 1);
    } else {
      REQUIRE(r.ok());
      CHECK(static_cast<long>(r.changes.size()) == included);
      for (const auto& c : r.changes) {
        CHECK(c.record.at("rating_hasil_kerja") == "sesuai");
        CHECK(c.record.at("rating_perilaku") == "sesuai");
        CHECK(c.record.at("predikat") == std::string(to_string(predikat_kinerja(default_rules().matriks, Rating::sesuai, Rating::sesuai))));
      }
    }
    // Already rated members only: refused, nothing to store.
    std::vector<std::size_t> rated;
    for (const auto& s : v.report.pegawai)
      if (s.period == period && s.sudah_dinilai) rated.push_back(s.employee);
    if (!rated.empty()) {
      const auto none = nilai_sesuai_massal(store, v, default_rules(), rated, period, kNow);
      REQUIRE(none.errors.size() == 1);
      CHECK(none.errors[0].pointer == "/employees");
      CHECK(none.changes.empty());
    }
  }
}
