// Indicators measured from service data (core/calc/sumber, and score_bundle
// using it): IKM and complaint figures per unit and period, the privacy
// threshold, the WITA period boundary, and what a measured realisation does
// to capaian.
#include "tests/unit/bundle_fixture.hpp"
#include "core/calc/score.hpp"
#include "core/calc/sumber.hpp"
#include "core/model/parse.hpp"
#include "core/model/serialize.hpp"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <string>

using namespace kinerja;

namespace {

SkmResponse answer(const std::string& id, std::uint8_t all) {
  SkmResponse r;
  r.meta = test::fixture_meta(id, "kiosk");
  r.unit_id = "u-2";
  r.period_id = "p-1";
  r.timestamp = "2026-02-01T01:00:00Z";
  r.answers.fill(all);
  return r;
}

Complaint complaint(const std::string& id, const std::string& received, const std::string& first,
                    const std::string& resolved) {
  return Complaint{test::fixture_meta(id), "u-2", KanalPengaduan::lapor, "pengaduan", received, first, resolved};
}

// The fixture with `n` SKM answers (all 4 = the best) and no complaints.
Bundle with_answers(int n) {
  Bundle b = test::full_bundle();
  b.skm_responses.clear();
  b.complaints.clear();
  for (int i = 0; i < n; ++i) b.skm_responses.push_back(answer("k-" + std::to_string(i), 4));
  return b;
}

std::size_t period_index(const Bundle& b, const std::string& id) {
  for (std::size_t i = 0; i < b.periods.size(); ++i)
    if (b.periods[i].meta.id == id) return i;
  return kTidakAda;
}

// The staff SKP's first indicator measured from `sumber`, target `target`.
void measure_first(Bundle& b, SumberRealisasi sumber, Polaritas pol, double target) {
  SkpIndicator& ind = b.skps[1].rhk[0].indicators[0];
  ind.sumber = std::move(sumber);
  ind.polaritas = pol;
  ind.target = target;
}

const SkorPegawai& staff_score(const ScoreReport& r) {
  for (const auto& s : r.pegawai)
    if (s.employee == 1) return s;
  FAIL("the staff member is not scored");
  return r.pegawai.front();
}

} // namespace

TEST_SUITE("sumber") {
  TEST_CASE("IKM from the unit's SKM answers, none below the public page's threshold, with the reason") {
    const RuleSet& rules = default_rules();
    Bundle four = with_answers(4);
    auto data = kumpulkan_data_layanan(four, 0);
    RealisasiTerukur t = ukur_realisasi(rules, JenisSumber::ikm, data[1], 5, 0, "UPTD Puskesmas Palaran", "Triwulan I 2026");
    CHECK_FALSE(t.nilai.has_value());
    CHECK(t.dasar == 4);
    CHECK(t.alasan_id.find("Baru 4 responden SKM (minimal 5") != std::string::npos);
    CHECK(t.alasan_id.find("Triwulan I 2026 — UPTD Puskesmas Palaran") != std::string::npos);

    Bundle five = with_answers(5);
    data = kumpulkan_data_layanan(five, 0);
    t = ukur_realisasi(rules, JenisSumber::ikm, data[1], 5, 0, "UPTD Puskesmas Palaran", "Triwulan I 2026");
    REQUIRE(t.nilai.has_value());
    CHECK(*t.nilai == doctest::Approx(100.0));
    CHECK(t.dasar == 5);
    CHECK(t.asal_id == "IKM 100,00 (mutu A) dari 5 responden SKM, Triwulan I 2026 — UPTD Puskesmas Palaran");
    CHECK(t.alasan_id.empty());
    // The other unit has no answers.
    CHECK(data[0].jawaban.empty());
  }

  TEST_CASE("a complaint belongs to the quarter of its WITA day: 23:59 on 31 March is Q1, 00:00 on 1 April is Q2") {
    Bundle b = with_answers(0);
    Period q2 = b.periods[0];
    q2.meta = test::fixture_meta("p-2");
    q2.name = "Triwulan II 2026";
    q2.start = "2026-04-01";
    q2.end = "2026-06-30";
    b.periods.push_back(q2);
    b.complaints = {complaint("c-q1", "2026-03-31T15:59:59Z", "", ""),   // 23:59:59 WITA
                    complaint("c-q2", "2026-03-31T16:00:00Z", "", ""),   // 00:00:00 WITA, 1 April
                    complaint("c-q1b", "2025-12-31T16:00:00Z", "", ""),  // 00:00 WITA, 1 January
                    complaint("c-old", "2025-12-31T15:59:59Z", "", "")}; // still 2025 in Samarinda
    const auto q1 = kumpulkan_data_layanan(b, period_index(b, "p-1"));
    const auto q2d = kumpulkan_data_layanan(b, period_index(b, "p-2"));
    REQUIRE(q1[1].keluhan.size() == 2);
    REQUIRE(q2d[1].keluhan.size() == 1);
    CHECK(q2d[1].keluhan[0].diterima == *parse_timestamp_ms("2026-03-31T16:00:00Z"));
  }

  TEST_CASE("a year's IKM counts the answers of its quarters; a quarter only its own") {
    const RuleSet& rules = default_rules();
    Bundle b = with_answers(3);  // Triwulan I: three answers
    Period q2 = b.periods[0];
    q2.meta = test::fixture_meta("p-2");
    q2.name = "Triwulan II 2026";
    q2.start = "2026-04-01";
    q2.end = "2026-06-30";
    Period year = b.periods[0];
    year.meta = test::fixture_meta("p-y");
    year.name = "Tahunan 2026";
    year.jenis = JenisPeriode::tahunan;
    year.start = "2026-01-01";
    year.end = "2026-12-31";
    b.periods.push_back(q2);
    b.periods.push_back(year);
    for (int i = 0; i < 3; ++i) {
      SkmResponse r = answer("k-q2-" + std::to_string(i), 3);
      r.period_id = "p-2";
      r.timestamp = "2026-05-04T02:00:00Z";
      b.skm_responses.push_back(r);
    }
    const std::size_t y = period_index(b, "p-y");
    CHECK(kumpulkan_data_layanan(b, y)[1].jawaban.empty());  // the public page: by the period named
    const auto data = kumpulkan_data_layanan(b, y, true);
    REQUIRE(data[1].jawaban.size() == 6);
    const RealisasiTerukur t = ukur_realisasi(rules, JenisSumber::ikm, data[1], 5, 0, "U", "Tahunan 2026");
    REQUIRE(t.nilai.has_value());
    CHECK(*t.nilai == doctest::Approx(87.5));  // three answers of 4 and three of 3
    // Each quarter alone stays below the threshold.
    CHECK_FALSE(ukur_realisasi(rules, JenisSumber::ikm, kumpulkan_data_layanan(b, 0, true)[1], 5, 0, "U", "P").nilai);
  }

  TEST_CASE("a service volume: the period total when given, else the days; the daily mean from the days only") {
    const RuleSet& rules = default_rules();
    Bundle b = with_answers(0);
    b.service_volumes = {ServiceVolume{test::fixture_meta("sv-1"), "u-2", "Rawat jalan", "2026-02-02", "", 60},
                         ServiceVolume{test::fixture_meta("sv-2"), "u-2", " rawat JALAN ", "2026-02-03", "", 70},
                         ServiceVolume{test::fixture_meta("sv-3"), "u-2", "Rawat jalan", "2026-04-01", "", 900},  // Q2
                         ServiceVolume{test::fixture_meta("sv-4"), "u-2", "Imunisasi", "2026-02-02", "", 5}};
    auto data = kumpulkan_data_layanan(b, 0);
    RealisasiTerukur sum = ukur_realisasi(rules, JenisSumber::volume, data[1], 5, 0, "U", "P", "Rawat jalan");
    REQUIRE(sum.nilai.has_value());
    CHECK(*sum.nilai == doctest::Approx(130.0));
    CHECK(sum.asal_id == "130 layanan Rawat jalan dari rekap 2 hari, P — U");
    RealisasiTerukur mean = ukur_realisasi(rules, JenisSumber::volume_harian, data[1], 5, 0, "U", "P", "Rawat jalan");
    REQUIRE(mean.nilai.has_value());
    CHECK(*mean.nilai == doctest::Approx(65.0));
    CHECK(mean.dasar == 2);

    b.service_volumes.push_back(ServiceVolume{test::fixture_meta("sv-5"), "u-2", "Rawat jalan", "", "p-1", 4200});
    data = kumpulkan_data_layanan(b, 0);
    sum = ukur_realisasi(rules, JenisSumber::volume, data[1], 5, 0, "U", "P", "Rawat jalan");
    CHECK(*sum.nilai == doctest::Approx(4200.0));
    CHECK(sum.asal_id == "4.200 layanan Rawat jalan dari rekap periode, P — U");

    const RealisasiTerukur none = ukur_realisasi(rules, JenisSumber::volume, data[1], 5, 0, "U", "P", "Persalinan");
    CHECK_FALSE(none.nilai.has_value());
    CHECK(none.alasan_id.find("Belum ada rekap layanan \"Persalinan\"") != std::string::npos);
  }

  TEST_CASE("a service volume names either its day or its period, and a source of volume names its service") {
    Bundle b = test::full_bundle();
    nlohmann::json j = nlohmann::json::parse(to_json(b));
    j["data"]["service_volumes"][0]["period_id"] = "p-1";  // both a day and a period
    auto r = parse_bundle(j.dump());
    REQUIRE_FALSE(r.ok());
    CHECK(r.errors.front().pointer == "/data/service_volumes/0");
    j = nlohmann::json::parse(to_json(b));
    j["data"]["service_volumes"][0]["tanggal"] = "2026-02-30";
    r = parse_bundle(j.dump());
    REQUIRE_FALSE(r.ok());
    CHECK(r.errors.front().pointer == "/data/service_volumes/0/tanggal");
    j = nlohmann::json::parse(to_json(b));
    j["data"]["service_volumes"][0]["jumlah"] = -3;
    r = parse_bundle(j.dump());
    REQUIRE_FALSE(r.ok());
    CHECK(r.errors.front().pointer == "/data/service_volumes/0/jumlah");
    j = nlohmann::json::parse(to_json(b));
    j["data"]["indicators"][0]["sumber"] = {{"jenis", "volume-harian"}};
    r = parse_bundle(j.dump());
    REQUIRE_FALSE(r.ok());
    CHECK(r.errors.front().pointer == "/data/indicators/0/sumber/layanan");
  }

  TEST_CASE("complaint figures: median days to first response and to resolution, percent resolved in time") {
    const RuleSet& rules = default_rules();
    Bundle b = with_answers(0);
    // Received 1 Feb 09:00 WITA; answered after 1..5 days; resolved after 2, 3, 4, 5 and 7 days
    // (the SP4N-LAPOR! limit for a pengaduan is 5 days).
    const char* first[] = {"2026-02-02T01:00:00Z", "2026-02-03T01:00:00Z", "2026-02-04T01:00:00Z",
                           "2026-02-05T01:00:00Z", "2026-02-06T01:00:00Z"};
    const char* done[] = {"2026-02-03T01:00:00Z", "2026-02-04T01:00:00Z", "2026-02-05T01:00:00Z",
                          "2026-02-06T01:00:00Z", "2026-02-08T01:00:00Z"};
    for (int i = 0; i < 5; ++i)
      b.complaints.push_back(complaint("c-" + std::to_string(i), "2026-02-01T01:00:00Z", first[i], done[i]));
    const auto data = kumpulkan_data_layanan(b, 0);
    const std::int64_t now = *parse_timestamp_ms("2026-04-20T00:00:00Z");

    const RealisasiTerukur tanggapan = ukur_realisasi(rules, JenisSumber::tanggapan_median, data[1], 5, now, "U", "P");
    REQUIRE(tanggapan.nilai.has_value());
    CHECK(*tanggapan.nilai == doctest::Approx(3.0));
    CHECK(tanggapan.asal_id == "Median 3 hari sampai tanggapan pertama, dari 5 pengaduan yang ditanggapi, P — U");

    const RealisasiTerukur selesai = ukur_realisasi(rules, JenisSumber::selesai_median, data[1], 5, now, "U", "P");
    REQUIRE(selesai.nilai.has_value());
    CHECK(*selesai.nilai == doctest::Approx(4.0));

    const RealisasiTerukur tepat = ukur_realisasi(rules, JenisSumber::selesai_tepat_waktu, data[1], 5, now, "U", "P");
    REQUIRE(tepat.nilai.has_value());
    CHECK(*tepat.nilai == doctest::Approx(80.0));
    CHECK(tepat.asal_id == "80% selesai dalam batas SP4N-LAPOR! (4 dari 5 pengaduan), P — U");

    // Six are needed: five complaints are too few, and nothing is guessed.
    const RealisasiTerukur strict = ukur_realisasi(rules, JenisSumber::tanggapan_median, data[1], 6, now, "U", "P");
    CHECK_FALSE(strict.nilai.has_value());
    CHECK(strict.alasan_id.find("Baru 5 pengaduan yang sudah ditanggapi (minimal 6") != std::string::npos);
  }

  TEST_CASE("a measured indicator's realisation enters capaian and the suggestion; what was typed does not count") {
    Bundle b = with_answers(5);  // IKM 100
    measure_first(b, SumberRealisasi{JenisSumber::ikm, ""}, Polaritas::naik, 80.0);
    ScoreReport r = score_bundle(b);
    const SkorPegawai& s = staff_score(r);
    REQUIRE(!s.capaian.empty());
    const CapaianIndikator& c = s.capaian[0];
    REQUIRE(c.terukur != kTidakAda);
    const RealisasiTerukur& t = r.terukur[c.terukur];
    CHECK(b.units[t.unit].meta.id == "u-2");  // the employee's own unit
    REQUIRE(c.realisasi.has_value());
    CHECK(*c.realisasi == doctest::Approx(100.0));  // not the typed 18.5
    REQUIRE(c.capaian.has_value());
    CHECK(*c.capaian == doctest::Approx(125.0));
    CHECK(s.capaian[1].terukur == kTidakAda);  // a typed indicator stays typed

    // With four answers there is no value: no capaian, and the reason is there to show.
    Bundle few = with_answers(4);
    measure_first(few, SumberRealisasi{JenisSumber::ikm, ""}, Polaritas::naik, 80.0);
    r = score_bundle(few);
    const SkorPegawai& s4 = staff_score(r);
    CHECK_FALSE(s4.capaian[0].realisasi.has_value());
    CHECK_FALSE(s4.capaian[0].capaian.has_value());
    CHECK(r.terukur[s4.capaian[0].terukur].alasan_id.find("Baru 4 responden") != std::string::npos);
  }

  TEST_CASE("an indicator made from a measured library entry is measured too, unless it names its own source") {
    // The staff member's first indicator comes from the library's "ind-1", measured from u-2's
    // complaints: of the two, one is answered, too few for a median.
    const Bundle b = test::full_bundle();
    REQUIRE(b.skps[1].rhk[0].indicators[0].library_id == "ind-1");
    REQUIRE_FALSE(b.skps[1].rhk[0].indicators[0].sumber.has_value());
    ScoreReport r = score_bundle(b);
    const CapaianIndikator& c = staff_score(r).capaian[0];
    REQUIRE(c.terukur != kTidakAda);
    CHECK(r.terukur[c.terukur].jenis == JenisSumber::tanggapan_median);
    CHECK_FALSE(c.realisasi.has_value());  // the typed 18.5 does not count
    CHECK(r.terukur[c.terukur].alasan_id.find("Baru 1 pengaduan yang sudah ditanggapi") != std::string::npos);
    // Its own source wins over the library's.
    Bundle own = b;
    own.skm_responses.clear();
    for (int i = 0; i < 5; ++i) own.skm_responses.push_back(answer("k-" + std::to_string(i), 4));
    measure_first(own, SumberRealisasi{JenisSumber::ikm, ""}, Polaritas::naik, 80.0);
    r = score_bundle(own);
    CHECK(r.terukur[staff_score(r).capaian[0].terukur].jenis == JenisSumber::ikm);
  }

  TEST_CASE("an employee cannot borrow another unit's figures; a head may use a unit under theirs") {
    Bundle b = with_answers(5);
    Unit other{test::fixture_meta("u-9"), "UPTD Puskesmas Tetangga", UnitKind::uptd, "u-1", true, {}};
    b.units.push_back(other);
    for (auto& a : b.skm_responses) a.unit_id = "u-9";  // the neighbour has the good answers
    measure_first(b, SumberRealisasi{JenisSumber::ikm, "u-9"}, Polaritas::naik, 80.0);
    ScoreReport r = score_bundle(b);
    const SkorPegawai& s = staff_score(r);
    CHECK_FALSE(s.capaian[0].realisasi.has_value());
    CHECK(r.terukur[s.capaian[0].terukur].alasan_id.find("bukan unit pegawai ini") != std::string::npos);

    CHECK(sumber_unit_boleh(b, 0, 3));   // the health office over a Puskesmas under it
    CHECK(sumber_unit_boleh(b, 1, 1));   // one's own unit
    CHECK_FALSE(sumber_unit_boleh(b, 1, 3));  // a neighbour
    CHECK_FALSE(sumber_unit_boleh(b, 1, 0));  // the office above
  }

  TEST_CASE("the source is read and written with the indicator, and a bad one is named at its pointer") {
    Bundle b = test::full_bundle();
    measure_first(b, SumberRealisasi{JenisSumber::selesai_tepat_waktu, "u-2"}, Polaritas::naik, 90.0);
    const std::string text = to_json(b);
    CHECK(text.find(R"("sumber":{"jenis":"selesai-tepat-waktu","unit_id":"u-2"})") != std::string::npos);
    auto back = parse_bundle(text);
    REQUIRE(back.ok());
    CHECK(back.bundle->skps[1].rhk[0].indicators[0].sumber == b.skps[1].rhk[0].indicators[0].sumber);
    CHECK(back.bundle->indicators[0].sumber == b.indicators[0].sumber);

    std::string bad = text;
    bad.replace(bad.find("selesai-tepat-waktu"), std::string("selesai-tepat-waktu").size(), "kira-kira");
    auto refused = parse_bundle(bad);
    REQUIRE_FALSE(refused.ok());
    bool named = false;
    for (const auto& e : refused.errors)
      if (e.pointer.find("/indicators/0/sumber/jenis") != std::string::npos) named = true;
    CHECK(named);
  }
}
