// The kiosk's core: questionnaire config, period choice, the records one
// citizen leaves, the unit's figures and the export of only this device's records.
#include "core/sync/bundle_io.hpp"
#include "core/view/city_view.hpp"
#include "core/base/embedded.hpp"
#include "core/sync/hlc.hpp"
#include "core/workflow/kiosk.hpp"
#include "core/workflow/kiosk_export.hpp"
#include "core/sync/merge.hpp"
#include "core/model/serialize.hpp"
#include "core/rules/skm_kuesioner.hpp"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <string>

using namespace kinerja;
using nlohmann::json;

namespace {

// 2026-11-28 10:00 WITA = 02:00 UTC.
const std::int64_t kNow = *parse_timestamp_ms("2026-11-28T02:00:00Z");
using Jawaban = std::array<std::uint8_t, kJumlahUnsurSkm>;

// A small city built through apply_change, as the app builds it: a Dinas, a
// Puskesmas (service unit), the year 2026 and its fourth quarter.
Store kota(std::string_view device = "dev-admin") {
  Store s;
  auto put = [&](std::string_view c, json r) {
    auto e = apply_change(s, c, std::move(r), device, kNow - 86'400'000);
    REQUIRE(e.ok());
  };
  put("units", {{"id", "u-dinkes"}, {"name", "Dinas Kesehatan"}, {"kind", "opd"}});
  put("units", {{"id", "u-pkm"}, {"name", "UPTD Puskesmas Sempaja"}, {"kind", "uptd"}, {"parent_id", "u-dinkes"},
                {"is_service_unit", true}});
  put("periods", {{"id", "p-2026"}, {"name", "Tahunan 2026"}, {"jenis", "tahunan"}, {"year", 2026},
                  {"start", "2026-01-01"}, {"end", "2026-12-31"}, {"deadline", "2027-01-31"}, {"locked", false},
                  {"metode", "permenpanrb-6-2022"}});
  put("periods", {{"id", "p-2026-tw4"}, {"name", "Triwulan IV 2026"}, {"jenis", "triwulanan"}, {"year", 2026},
                  {"start", "2026-10-01"}, {"end", "2026-12-31"}, {"deadline", "2027-01-10"}, {"locked", false},
                  {"metode", "permenpanrb-6-2022"}});
  return s;
}

Bundle view_of(const Store& s) {
  auto v = build_city_view(s, format_timestamp_ms(kNow));
  return v.bundle;
}

}  // namespace

TEST_SUITE("kiosk") {
  TEST_CASE("the embedded questionnaire loads: nine unsur in the IKM rules' order, four answers each") {
    const auto& k = default_rules().kuesioner_skm;
    CHECK(k.meta.id == "skm-kuesioner");
    CHECK(k.meta.path == "rules/skm_unsur.json");
    REQUIRE(k.unsur.size() == 9);
    for (std::size_t i = 0; i < 9; ++i) {
      CHECK(k.unsur[i].kode == default_rules().ikm.unsur[i].kode);
      for (const auto& w : k.unsur[i].jawaban_id) CHECK_FALSE(w.empty());
    }
    CHECK(k.unsur[0].jawaban_id[0] == "Tidak sesuai");
    CHECK(k.unsur[0].jawaban_id[3] == "Sangat sesuai");
    CHECK(k.unsur[3].jawaban_id[3] == "Gratis");  // U4 Biaya/Tarif: the best answer is "free"
    CHECK(k.meta.source.find("[S]") != std::string::npos);
    CHECK(k.pendidikan.size() >= 6);
    CHECK(k.pekerjaan.size() >= 6);
  }

  TEST_CASE("the questionnaire is one section of the rules, which load cleanly") {
    auto l = load_default_rules();
    for (const auto& e : l.errors) INFO(e);
    CHECK(l.ok());
  }

  TEST_CASE("a questionnaire out of the IKM order, or with three answers, is refused with its place") {
    std::string text(embedded::find(embedded::rules(), "rules/skm_unsur.json"));
    json j = json::parse(text);
    std::swap(j["unsur"][7], j["unsur"][8]);
    auto l = apply_rules_file(default_rules(), j.dump());
    REQUIRE_FALSE(l.ok());
    CHECK(l.errors[0].pointer == "/unsur/7/kode");
    CHECK(l.rules.kuesioner_skm.unsur[7].kode == "U8");  // the rules in use are unchanged
    json k = json::parse(text);
    k["unsur"][2]["jawaban_id"].erase(3);
    auto m = apply_rules_file(default_rules(), k.dump());
    REQUIRE_FALSE(m.ok());
    CHECK(m.errors[0].pointer == "/unsur/2/jawaban_id");
    CHECK_FALSE(apply_rules_file(default_rules(), "{").ok());
  }

  TEST_CASE("unanswered unsur are listed in order") {
    CHECK(unsur_belum_dijawab(Jawaban{4, 3, 3, 4, 3, 3, 4, 2, 3}).empty());
    CHECK(unsur_belum_dijawab(Jawaban{4, 3, 0, 4, 3, 3, 4, 5, 3}) == std::vector<int>{2, 7});
  }

  TEST_CASE("the profile is optional and checked") {
    const auto& k = default_rules().kuesioner_skm;
    CHECK_FALSE(periksa_profil(k, {}).respondent.has_value());
    auto ok = periksa_profil(k, {"p", "34", "SMA", "Wiraswasta"});
    REQUIRE(ok.ok());
    REQUIRE(ok.respondent);
    CHECK(ok.respondent->umur == 34);
    CHECK(ok.respondent->pendidikan == "SMA");
    auto bad = periksa_profil(k, {"x", "7", "TK", "Astronot"});
    CHECK(bad.errors.size() == 4);
    CHECK(periksa_profil(k, {"", "3a", "", ""}).errors.at(0).pointer == "/respondent/umur");
    CHECK_FALSE(periksa_profil(k, {"", "121", "", ""}).ok());
    CHECK(periksa_profil(k, {"", "120", "", ""}).ok());
  }

  TEST_CASE("the period of a response: the shortest live period containing today's local date") {
    Bundle b = view_of(kota());
    auto p = periode_kios(b, kNow);
    REQUIRE(p);
    CHECK(b.periods[*p].meta.id == "p-2026-tw4");
    // 31 Dec 2026 20:00 UTC is already 1 Jan 2027 in Samarinda: no period
    CHECK(today_wita(*parse_timestamp_ms("2026-12-31T20:00:00Z")) == "2027-01-01");
    CHECK_FALSE(periode_kios(b, *parse_timestamp_ms("2026-12-31T20:00:00Z")));
    CHECK(periode_kios(b, *parse_timestamp_ms("2026-12-31T15:59:59Z")));
    auto why = kios_tidak_siap(b, "u-pkm", *parse_timestamp_ms("2027-02-01T02:00:00Z"));
    REQUIRE(why);
    CHECK(why->message_id.find("2027-02-01") != std::string::npos);
    CHECK(kios_tidak_siap(b, "u-dinkes", kNow));  // not a service unit
    CHECK_FALSE(kios_tidak_siap(b, "u-pkm", kNow));
    CHECK(unit_layanan(b).size() == 1);
  }

  TEST_CASE("a locked period refuses the kiosk before the citizen answers") {
    Store s = kota();
    REQUIRE(apply_change(s, "periods", {{"id", "p-2026-tw4"}, {"name", "Triwulan IV 2026"}, {"jenis", "triwulanan"},
                                        {"year", 2026}, {"start", "2026-10-01"}, {"end", "2026-12-31"},
                                        {"deadline", "2027-01-10"}, {"locked", true}, {"metode", "permenpanrb-6-2022"}},
                         "dev-admin", kNow).ok());
    auto why = kios_tidak_siap(view_of(s), "u-pkm", kNow);
    REQUIRE(why);
    CHECK(why->message_en.find("locked") != std::string::npos);
  }

  TEST_CASE("an SKM response: refused naming each unanswered unsur, else a record apply_change accepts") {
    Store s = kota();
    Bundle b = view_of(s);
    auto refused = rekaman_skm(b, s, default_rules().kuesioner_skm, default_rules().ikm, "u-pkm", Jawaban{4, 4, 4, 0, 4, 4, 4, 4, 4},
                               {}, "dev-kios", kNow);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.unsur_kosong == std::vector<int>{3});
    CHECK(refused.errors[0].message_id == "unsur 4 (Biaya/Tarif) belum dijawab");
    CHECK(refused.changes.empty());

    auto r = rekaman_skm(b, s, default_rules().kuesioner_skm, default_rules().ikm, "u-pkm", Jawaban{4, 3, 4, 4, 3, 4, 4, 2, 3},
                         {"l", "40", "S1", "PNS"}, "dev-kios", kNow);
    for (const auto& e : r.errors) INFO(e);
    REQUIRE(r.ok());
    CHECK(r.changes.at(0).collection == "skm_responses");
    CHECK(r.changes.at(0).record["unit_id"] == "u-pkm");
    CHECK(r.changes.at(0).record["period_id"] == "p-2026-tw4");
    CHECK(r.changes.at(0).record["timestamp"] == "2026-11-28T02:00:00Z");
    CHECK(r.changes.at(0).record["answers"]["u8"] == 2);
    CHECK(r.changes.at(0).record["respondent"]["umur"] == 40);
    auto e = apply_change(s, r.changes.at(0).collection, r.changes.at(0).record, "dev-kios", kNow, "kiosk");
    for (const auto& x : e.errors) INFO(x);
    REQUIRE(e.ok());
    Bundle after = view_of(s);
    REQUIRE(after.skm_responses.size() == 1);
    CHECK(after.skm_responses[0].answers == Jawaban{4, 3, 4, 4, 3, 4, 4, 2, 3});
    CHECK(after.skm_responses[0].meta.author == "kiosk");

    // the same millisecond again gets a fresh id, never overwriting the first
    auto again = rekaman_skm(after, s, default_rules().kuesioner_skm, default_rules().ikm, "u-pkm", Jawaban{1, 1, 1, 1, 1, 1, 1, 1, 1},
                             {}, "dev-kios", kNow);
    REQUIRE(again.ok());
    CHECK(again.changes.at(0).record["id"] != r.changes.at(0).record["id"]);
    CHECK_FALSE(again.changes.at(0).record.contains("respondent"));

    auto bad_profile = rekaman_skm(b, s, default_rules().kuesioner_skm, default_rules().ikm, "u-pkm", Jawaban{4, 4, 4, 4, 4, 4, 4, 4, 4},
                                   {"", "5", "", ""}, "dev-kios", kNow);
    REQUIRE_FALSE(bad_profile.ok());
    CHECK(bad_profile.errors[0].pointer == "/respondent/umur");
  }

  TEST_CASE("record ids stay within 64 characters and unique") {
    Store s;
    const std::string dev(80, 'd');
    std::string id = fresh_record_id(s, "complaints", "adu-kios", dev, kNow);
    CHECK(id.size() <= 64);
    CHECK(is_valid_id(id));
  }

  TEST_CASE("a complaint: an SP4N-LAPOR! category, the kiosk channel, received now") {
    Store s = kota();
    Bundle b = view_of(s);
    const auto& lapor = default_rules().lapor;
    CHECK_FALSE(rekaman_pengaduan(b, s, lapor, "u-pkm", "", KanalPengaduan::kiosk, "dev-kios", kNow).ok());
    CHECK_FALSE(rekaman_pengaduan(b, s, lapor, "u-pkm", "antrean", KanalPengaduan::kiosk, "dev-kios", kNow).ok());
    CHECK_FALSE(rekaman_pengaduan(b, s, lapor, "u-pkm", "informasi", KanalPengaduan::invalid, "dev-kios", kNow).ok());
    CHECK_FALSE(rekaman_pengaduan(b, s, lapor, "u-dinkes", "informasi", KanalPengaduan::kiosk, "dev-kios", kNow).ok());
    auto r = rekaman_pengaduan(b, s, lapor, "u-pkm", "pengaduan", KanalPengaduan::kiosk, "dev-kios", kNow);
    REQUIRE(r.ok());
    CHECK(r.changes.at(0).record["channel"] == "kiosk");
    CHECK(r.changes.at(0).record["category"] == "pengaduan");
    CHECK(r.changes.at(0).record["received"] == "2026-11-28T02:00:00Z");
    CHECK_FALSE(r.changes.at(0).record.contains("first_response"));
    REQUIRE(apply_change(s, r.changes.at(0).collection, r.changes.at(0).record, "dev-kios", kNow).ok());
    CHECK(view_of(s).complaints.size() == 1);
  }

  TEST_CASE("the unit's figures: responses of the period, IKM and mutu from core/calc/ikm, complaints received") {
    Store s = kota();
    auto add = [&](const Jawaban& a) {
      auto r = rekaman_skm(view_of(s), s, default_rules().kuesioner_skm, default_rules().ikm, "u-pkm", a, {}, "dev-kios", kNow);
      REQUIRE(r.ok());
      REQUIRE(apply_change(s, r.changes.at(0).collection, r.changes.at(0).record, "dev-kios", kNow).ok());
    };
    Bundle b0 = view_of(s);
    auto none = angka_kios(b0, default_rules(), "u-pkm", b0.periods[*periode_kios(b0, kNow)], kNow);
    CHECK(none.responden == 0);
    CHECK_FALSE(none.ikm.ok);
    add(Jawaban{4, 4, 4, 4, 4, 4, 4, 4, 4});
    add(Jawaban{3, 3, 3, 3, 3, 3, 3, 3, 3});
    auto c = rekaman_pengaduan(view_of(s), s, default_rules().lapor, "u-pkm", "informasi", KanalPengaduan::kiosk,
                               "dev-kios", kNow);
    REQUIRE(apply_change(s, c.changes.at(0).collection, c.changes.at(0).record, "dev-kios", kNow).ok());
    Bundle b = view_of(s);
    const Period& tw4 = b.periods[*periode_kios(b, kNow)];
    auto a = angka_kios(b, default_rules(), "u-pkm", tw4, kNow);
    CHECK(a.responden == 2);
    REQUIRE(a.ikm.ok);
    CHECK(a.ikm.nilai_konversi_seratus == 8750);  // IKM 3.5 × 25
    CHECK(a.ikm.mutu == "B");
    CHECK(a.pengaduan == 1);
    CHECK(a.keluhan.belum_ditanggapi == 1);
    // the year holds no response (they belong to the quarter) and no other unit's
    const Period& year = b.periods[b.periods[0].meta.id == "p-2026" ? 0 : 1];
    CHECK(angka_kios(b, default_rules(), "u-pkm", year, kNow).responden == 0);
    CHECK(angka_kios(b, default_rules(), "u-dinkes", tw4, kNow).responden == 0);
  }

  TEST_CASE("the export holds only what this device recorded (and of the unit chosen), read back cleanly") {
    Store s = kota("dev-admin");
    // a response from elsewhere (imported earlier) and two recorded here
    auto other = rekaman_skm(view_of(s), s, default_rules().kuesioner_skm, default_rules().ikm, "u-pkm",
                             Jawaban{2, 2, 2, 2, 2, 2, 2, 2, 2}, {}, "dev-lain", kNow);
    REQUIRE(apply_change(s, other.changes.at(0).collection, other.changes.at(0).record, "dev-lain", kNow).ok());
    OpsiEksporKios o{"dev-kios", "", "", kNow};
    auto empty = ekspor_kios(s, o);
    CHECK_FALSE(empty.ok());
    CHECK(empty.bytes.empty());
    for (int i = 0; i < 2; ++i) {
      auto r = rekaman_skm(view_of(s), s, default_rules().kuesioner_skm, default_rules().ikm, "u-pkm",
                           Jawaban{4, 4, 3, 3, 4, 4, 4, 3, 4}, {}, "dev-kios", kNow + i);
      REQUIRE(apply_change(s, r.changes.at(0).collection, r.changes.at(0).record, "dev-kios", kNow + i).ok());
    }
    auto c = rekaman_pengaduan(view_of(s), s, default_rules().lapor, "u-pkm", "pengaduan", KanalPengaduan::kiosk,
                               "dev-kios", kNow);
    REQUIRE(apply_change(s, c.changes.at(0).collection, c.changes.at(0).record, "dev-kios", kNow).ok());

    auto e = ekspor_kios(s, o);
    REQUIRE(e.ok());
    CHECK(e.responses == 2);
    CHECK(e.complaints == 1);
    auto back = read_bundle(e.bytes);
    for (const auto& x : back.errors) INFO(x);
    REQUIRE(back.ok());
    const Store& got = back.bundle->store;
    CHECK(back.bundle->header.scope.kind == ScopeKind::bkpsdm);
    CHECK(back.bundle->header.origin == "dev-kios");
    CHECK(got.collections.size() == 2);
    CHECK(got.collections.at("skm_responses").size() == 2);
    CHECK(got.collections.at("complaints").size() == 1);
    CHECK(find_record(got, "skm_responses", other.changes.at(0).record["id"].get<std::string>()) == nullptr);
    CHECK(got.collections.count("units") == 0);
    CHECK(got.collections.count("employees") == 0);

    // another unit chosen: nothing of this one
    CHECK_FALSE(ekspor_kios(s, {"dev-kios", "", "u-lain", kNow}).ok());
    CHECK(ekspor_kios(s, {"dev-kios", "", "u-pkm", kNow}).responses == 2);
    CHECK(nama_berkas_kios("u-pkm", kNow) == "kinerja-kios-u-pkm-2026-11-28.json");
    CHECK(nama_berkas_kios("", kNow) == "kinerja-kios-2026-11-28.json");
  }
}

TEST_SUITE("kiosk") {
  TEST_CASE("jumlah_kios counts what the export would hold") {
    Store s = kota("dev-admin");
    CHECK(jumlah_kios(s, {"dev-kios", "", "", kNow}).responses == 0);
    auto r = rekaman_skm(view_of(s), s, default_rules().kuesioner_skm, default_rules().ikm, "u-pkm",
                         Jawaban{4, 4, 3, 3, 4, 4, 4, 3, 4}, {}, "dev-kios", kNow);
    REQUIRE(apply_change(s, r.changes.at(0).collection, r.changes.at(0).record, "dev-kios", kNow).ok());
    auto n = jumlah_kios(s, {"dev-kios", "", "", kNow});
    CHECK(n.responses == 1);
    CHECK(n.complaints == 0);
    CHECK(jumlah_kios(s, {"dev-admin", "", "", kNow}).responses == 0);
    CHECK(jumlah_kios(s, {"", "", "", kNow}).responses == 0);
  }
}
