// Tests for core/calc/aggregate and core/model/publik: public figures per unit and
// period, suppression as applied to them, no personal field in the output,
// the JSON document's round trip and its validating reader.
#include "core/calc/aggregate.hpp"
#include "core/model/publik.hpp"

#include "tests/unit/meta_fixture.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <functional>
#include <stdexcept>
#include <set>
#include <string>

namespace {
using namespace kinerja;

using test::meta;

Unit unit(std::string id, UnitKind kind, std::string parent = "", bool service = false) {
  Unit u;
  u.meta = meta(id);
  u.name = "Unit " + id;
  u.kind = kind;
  u.parent_id = std::move(parent);
  u.is_service_unit = service;
  return u;
}

Period quarter(std::string id, std::string start, std::string end, std::string deadline) {
  Period p;
  p.meta = meta(std::move(id));
  p.name = "Triwulan";
  p.jenis = JenisPeriode::triwulanan;
  p.year = 2026;
  p.start = std::move(start);
  p.end = std::move(end);
  p.deadline = std::move(deadline);
  p.metode = MetodePenilaian::permenpanrb_6_2022;
  return p;
}

// Rated employees: (hasil kerja, perilaku) pairs give the predikat.
struct City {
  Bundle b;
  int next = 0;
  City() {
    b.created = "2026-07-01T00:00:00Z";
    b.origin = "dev-test";
    b.scope.kind = ScopeKind::bkpsdm;
    b.units = {unit("u-dinkes", UnitKind::opd), unit("u-pkm", UnitKind::uptd, "u-dinkes", true),
               unit("u-kecil", UnitKind::opd), unit("u-dishub", UnitKind::opd)};
    b.periods = {quarter("p-q1", "2026-01-01", "2026-03-31", "2026-04-10"),
                 quarter("p-q2", "2026-04-01", "2026-06-30", "2026-07-10")};
  }
  std::string nip() {
    // 18 digits, fictional: 1985-01-01 birth, 2010-01 appointment, sex 1, sequence.
    char buf[32];
    std::snprintf(buf, sizeof buf, "198501012010011%03d", ++next);
    return buf;
  }
  // n SKM responses for unit u in Q1, every answer `answer`.
  void respond(const std::string& u, int n, std::uint8_t answer) {
    for (int i = 0; i < n; ++i) {
      SkmResponse s;
      s.meta = meta("skm-" + u + "-" + std::to_string(i));
      s.unit_id = u;
      s.period_id = "p-q1";
      s.timestamp = "2026-02-01T00:00:00Z";
      s.answers.fill(answer);
      b.skm_responses.push_back(s);
    }
  }
  void rated(const std::string& unit_id, Rating hk, Rating pk, const std::string& period = "p-q1",
             std::string rated_at = "2026-04-02T00:00:00Z") {
    Employee e;
    e.meta = meta("e-" + std::to_string(next + 1));
    e.nip = nip();
    e.name = "Namaorang" + std::to_string(next);
    e.unit_id = unit_id;
    b.employees.push_back(e);
    Evaluation ev;
    ev.meta = meta("ev-" + e.meta.id + "-" + period);
    ev.employee_id = e.meta.id;
    ev.period_id = period;
    ev.rating_hasil_kerja = hk;
    ev.rating_perilaku = pk;
    ev.rated = std::move(rated_at);
    b.evaluations.push_back(ev);
  }
};

const BarisPredikat* row(const PublikPeriode& p, const std::string& unit) {
  for (const auto& r : p.units)
    if (r.unit_id == unit) return &r;
  return nullptr;
}

std::string uid(int u) {
  std::string s = "u";
  s += std::to_string(u);
  return s;
}

// A line of a published table (parts and their total): when anything in it is
// hidden, at least two terms are, and the hidden parts add up to k or more.
void check_published_line(const std::vector<std::optional<std::int64_t>>& parts,
                          const std::optional<std::int64_t>& total, std::int64_t k) {
  int hidden = total.has_value() ? 0 : 1;
  std::int64_t shown = 0;
  for (const auto& p : parts) {
    if (p.has_value()) shown += p.value();
    else ++hidden;
  }
  if (hidden == 0) return;
  CHECK(hidden >= 2);
  if (total.has_value()) CHECK(total.value() - shown >= k);
}

std::size_t col(Predikat p) { return static_cast<std::size_t>(p) - 1; }

// Every JSON object key anywhere in the document.
void collect_keys(const nlohmann::json& j, std::set<std::string>& keys) {
  if (j.is_object())
    for (const auto& [k, v] : j.items()) {
      keys.insert(k);
      collect_keys(v, keys);
    }
  else if (j.is_array())
    for (const auto& v : j) collect_keys(v, keys);
}

} // namespace

TEST_SUITE("aggregate") {
  TEST_CASE("median and display rounding") {
    std::vector<double> v{3, 1, 2};
    CHECK(*median(v) == 2);
    v = {4, 1, 3, 2};
    CHECK(*median(v) == doctest::Approx(2.5));
    v.clear();
    CHECK(!median(v));
    CHECK(round_to(12.345, 2) == doctest::Approx(12.35));
    CHECK(round_to(66.66666, 1) == doctest::Approx(66.7));
  }

  TEST_CASE("counts per predikat per top-level unit, with the subtree, and the city row") {
    City c;
    for (int i = 0; i < 12; ++i) c.rated("u-pkm", Rating::sesuai, Rating::sesuai);       // baik
    for (int i = 0; i < 6; ++i) c.rated("u-dinkes", Rating::di_atas, Rating::di_atas);   // sangat baik
    for (int i = 0; i < 9; ++i) c.rated("u-dishub", Rating::sesuai, Rating::sesuai);
    for (int i = 0; i < 7; ++i) c.rated("u-dishub", Rating::di_atas, Rating::di_atas);
    const Publik d = aggregate_bundle(c.b);
    REQUIRE(d.periods.size() == 2);
    const PublikPeriode& q1 = d.periods[0];
    CHECK(q1.period_id == "p-q1");
    const BarisPredikat* dinkes = row(q1, "u-dinkes");
    REQUIRE(dinkes);
    CHECK(row(q1, "u-pkm") == nullptr);  // rolled up into its OPD
    CHECK(dinkes->pegawai == 18);
    CHECK(dinkes->predikat[col(Predikat::baik)] == 12);
    // The three zero cells are hidden; together they would reveal "0", so the
    // smallest other cell goes with them (complementary).
    CHECK(!dinkes->predikat[col(Predikat::sangat_baik)]);
    CHECK(dinkes->persen_tepat_waktu == doctest::Approx(100.0));
    CHECK(q1.kota.pegawai == 34);
    CHECK(q1.kota.predikat[col(Predikat::baik)] == 21);
    // Zero cells are small groups: hidden, never shown as 0.
    CHECK(!dinkes->predikat[col(Predikat::sangat_kurang)]);
  }

  TEST_CASE("a unit below k is hidden and cannot be recovered from the city total") {
    City c;
    for (int i = 0; i < 20; ++i) c.rated("u-dinkes", Rating::sesuai, Rating::sesuai);
    for (int i = 0; i < 15; ++i) c.rated("u-dishub", Rating::sesuai, Rating::sesuai);
    for (int i = 0; i < 3; ++i) c.rated("u-kecil", Rating::sesuai, Rating::sesuai);
    const Publik d = aggregate_bundle(c.b);
    const PublikPeriode& q1 = d.periods[0];
    const BarisPredikat* kecil = row(q1, "u-kecil");
    REQUIRE(kecil);
    CHECK(!kecil->pegawai);
    CHECK(!kecil->persen_tepat_waktu);
    for (const auto& x : kecil->predikat) CHECK(!x);
    // In the total column and in the Baik column, u-kecil is not alone.
    int hidden_totals = 0, hidden_baik = 0;
    for (const auto& r : q1.units) {
      hidden_totals += r.pegawai ? 0 : 1;
      hidden_baik += r.predikat[col(Predikat::baik)] ? 0 : 1;
    }
    CHECK((hidden_totals >= 2 || !q1.kota.pegawai));
    CHECK((hidden_baik >= 2 || !q1.kota.predikat[col(Predikat::baik)]));

    SUBCASE("k is configurable") {
      const Publik d1 = aggregate_bundle(c.b, default_rules(), OpsiAgregat{3});
      CHECK(d1.min_group == 3);
      const BarisPredikat* k1 = row(d1.periods[0], "u-kecil");
      REQUIRE(k1);
      CHECK(k1->pegawai == 3);
    }
  }

  TEST_CASE("share on time counts those due in the period; late ratings are late") {
    City c;
    for (int i = 0; i < 8; ++i) c.rated("u-dishub", Rating::sesuai, Rating::sesuai);
    for (int i = 0; i < 2; ++i) c.rated("u-dishub", Rating::sesuai, Rating::sesuai, "p-q1", "2026-04-20T00:00:00Z");
    const Publik d = aggregate_bundle(c.b);
    const BarisPredikat* r = row(d.periods[0], "u-dishub");
    REQUIRE(r);
    REQUIRE(r->persen_tepat_waktu);
    CHECK(*r->persen_tepat_waktu == doctest::Approx(80.0));
  }

  TEST_CASE("IKM and complaint statistics per service unit, suppressed below k") {
    City c;
    c.b.units.push_back(unit("u-pkm2", UnitKind::uptd, "u-dinkes", true));
    auto respond = [&](const std::string& u, int n, std::uint8_t answer) { c.respond(u, n, answer); };
    respond("u-pkm", 6, 4);
    respond("u-pkm2", 3, 1);
    for (int i = 0; i < 10; ++i) {
      Complaint k;
      k.meta = meta("c-" + std::to_string(i));
      k.unit_id = i < 5 ? "u-pkm" : "u-pkm2";
      k.channel = KanalPengaduan::kiosk;
      k.category = "pengaduan";
      k.received = "2026-02-01T00:00:00Z";
      k.first_response = i < 5 ? "2026-02-02T00:00:00Z" : "2026-02-05T00:00:00Z";  // 1 day, or 4 > 3
      k.resolved = "2026-02-06T00:00:00Z";
      c.b.complaints.push_back(k);
    }
    Complaint late;  // received in Q2: not in Q1's figures
    late.meta = meta("c-q2");
    late.unit_id = "u-pkm";
    late.channel = KanalPengaduan::web;
    late.category = "pengaduan";
    late.received = "2026-04-05T00:00:00Z";
    c.b.complaints.push_back(late);

    const Publik d = aggregate_bundle(c.b);
    const PublikPeriode& q1 = d.periods[0];
    REQUIRE(q1.layanan.size() == 2);
    const BarisLayanan& pkm = q1.layanan[0];
    const BarisLayanan& pkm2 = q1.layanan[1];
    CHECK(pkm.unit_id == "u-pkm");
    REQUIRE(pkm.ikm);
    CHECK(*pkm.ikm == doctest::Approx(100.0));
    CHECK(pkm.mutu == "A");
    CHECK(!pkm2.ikm);   // 3 respondents < 5
    CHECK(pkm2.mutu.empty());
    CHECK(!pkm2.responden);
    CHECK(!pkm.responden);  // complementary: else total − 6 = 3
    CHECK(pkm.pengaduan == 5);
    REQUIRE(pkm.median_hari_tanggapan);
    CHECK(*pkm.median_hari_tanggapan == doctest::Approx(1.0));
    CHECK(pkm.persen_tanggapan_tepat_waktu == doctest::Approx(100.0));
    CHECK(pkm.persen_selesai_tepat_waktu == doctest::Approx(100.0));
    CHECK(pkm2.pengaduan == 5);
    CHECK(pkm2.persen_tanggapan_tepat_waktu == doctest::Approx(0.0));
    CHECK(q1.pengaduan_kota == 10);
    // Q2 has one complaint: a group of one.
    const BarisLayanan& pkm_q2 = d.periods[1].layanan[0];
    CHECK(!pkm_q2.pengaduan);
    CHECK(!pkm_q2.median_hari_tanggapan);
  }

  TEST_CASE("complaint medians rest on k complaints that have that time; the share still waiting goes beside") {
    // Five complaints, one answered and resolved: no median (it would be that
    // one complaint's times), and 80 % still unanswered is published.
    City c;
    auto complaint = [&](const std::string& id, const std::string& unit, bool answered) {
      Complaint k;
      k.meta = meta(id);
      k.unit_id = unit;
      k.channel = KanalPengaduan::kiosk;
      k.category = "pengaduan";
      k.received = "2026-02-01T00:00:00Z";
      if (answered) {
        k.first_response = "2026-02-02T00:00:00Z";
        k.resolved = "2026-02-03T00:00:00Z";
      }
      c.b.complaints.push_back(k);
    };
    for (int i = 0; i < 5; ++i) complaint("a-" + std::to_string(i), "u-pkm", i == 0);
    LaporanAudit lap;
    Publik d = aggregate_bundle(c.b, default_rules(), {}, &lap);
    const BarisLayanan& few = d.periods[0].layanan[0];
    CHECK(few.pengaduan == 5);
    CHECK(!few.median_hari_tanggapan);
    CHECK(!few.median_hari_selesai);
    REQUIRE(few.persen_belum_ditanggapi);
    CHECK(*few.persen_belum_ditanggapi == doctest::Approx(80.0));
    CHECK(few.persen_belum_selesai == doctest::Approx(80.0));
    // The four waiting are past the 3-day limit on the snapshot's date, so the
    // response's on-time share has five known outcomes: 1 of 5 on time.
    CHECK(few.persen_tanggapan_tepat_waktu == doctest::Approx(20.0));
    CHECK(lap.lulus);

    // Five more, all answered: six answered now, so the medians are published.
    for (int i = 0; i < 5; ++i) complaint("b-" + std::to_string(i), "u-pkm", true);
    d = aggregate_bundle(c.b);
    const BarisLayanan& enough = d.periods[0].layanan[0];
    REQUIRE(enough.median_hari_tanggapan);
    CHECK(*enough.median_hari_tanggapan == doctest::Approx(1.0));
    CHECK(enough.median_hari_selesai == doctest::Approx(2.0));
    CHECK(enough.persen_belum_ditanggapi == doctest::Approx(40.0));

    // An older document without the two shares still reads.
    auto j = nlohmann::json::parse(publik_to_json(d));
    j["periods"][0]["layanan"][0].erase("persen_belum_ditanggapi");
    j["periods"][0]["layanan"][0].erase("persen_belum_selesai");
    const PublikParse old = parse_publik(j.dump());
    REQUIRE(old.ok());
    CHECK(!old.publik->periods[0].layanan[0].persen_belum_ditanggapi);
    // A share out of range is refused at its place.
    j["periods"][0]["layanan"][0]["persen_belum_selesai"] = 140;
    const PublikParse bad = parse_publik(j.dump());
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.errors[0].pointer == "/periods/0/layanan/0/persen_belum_selesai");
  }

  TEST_CASE("the survey sample against Krejcie-Morgan for the unit's recorded population") {
    City c;
    c.b.units.push_back(unit("u-pkm2", UnitKind::uptd, "u-dinkes", true));
    c.b.units.push_back(unit("u-pkm3", UnitKind::uptd, "u-dinkes", true));
    c.respond("u-pkm", 60, 3);
    c.respond("u-pkm2", 40, 3);
    c.respond("u-pkm3", 3, 3);
    auto find_unit_rec = [&](const std::string& id) -> Unit& {
      for (auto& u : c.b.units)
        if (u.meta.id == id) return u;
      throw std::runtime_error("no unit");
    };
    find_unit_rec("u-pkm").penerima_layanan = {{"p-q1", 70}};    // minimum 59 (the table's 70 → 59): met by 60
    find_unit_rec("u-pkm2").penerima_layanan = {{"p-q1", 500}};  // minimum 217: 40 is short by 177
    find_unit_rec("u-pkm3").penerima_layanan = {{"p-q1", 4}};    // minimum 4 < k: no verdict published
    const Publik d = aggregate_bundle(c.b);
    const auto& l = d.periods[0].layanan;
    REQUIRE(l.size() == 3);
    CHECK(l[0].populasi == 70);
    CHECK(l[0].sampel_minimum == 59);
    CHECK(l[0].sampel_memadai == true);
    CHECK(l[1].sampel_minimum == 217);
    CHECK(l[1].sampel_memadai == false);
    CHECK(l[2].sampel_minimum == 4);
    CHECK(!l[2].sampel_memadai);
    CHECK(!d.periods[1].layanan[0].populasi);  // nothing recorded for Q2
  }

  TEST_CASE("trend: the same unit across periods of one kind, oldest first") {
    City c;
    for (int i = 0; i < 10; ++i) c.rated("u-dishub", Rating::sesuai, Rating::sesuai, "p-q1");
    for (int i = 0; i < 10; ++i) c.rated("u-dishub", Rating::sesuai, Rating::sesuai, "p-q2", "2026-07-01T00:00:00Z");
    const Publik d = aggregate_bundle(c.b);
    const TrenUnit* t = nullptr;
    for (const auto& x : d.tren)
      if (x.unit_id == "u-dishub" && x.jenis == JenisPeriode::triwulanan) t = &x;
    REQUIRE(t);
    REQUIRE(t->titik.size() == 2);
    CHECK(t->titik[0].period_id == "p-q1");
    CHECK(t->titik[1].period_id == "p-q2");
    CHECK(t->titik[0].pegawai == row(d.periods[0], "u-dishub")->pegawai);
  }

  TEST_CASE("no personal field: nothing about a person reaches the public document") {
    City c;
    for (int i = 0; i < 30; ++i)
      c.rated(i % 2 ? "u-dishub" : "u-pkm", i % 3 ? Rating::sesuai : Rating::di_atas, Rating::sesuai);
    const Publik d = aggregate_bundle(c.b);
    const std::string text = publik_to_json(d);
    for (const auto& e : c.b.employees) {
      INFO(e.nip << " " << e.name);
      CHECK(text.find(e.nip) == std::string::npos);
      CHECK(text.find(e.name) == std::string::npos);
      CHECK(text.find("\"" + e.meta.id + "\"") == std::string::npos);
    }
    for (const auto& ev : c.b.evaluations) CHECK(text.find(ev.meta.id) == std::string::npos);
    // Structural: only these keys can ever appear.
    const std::set<std::string> allowed{
        std::string(to_string(Predikat::sangat_kurang)), std::string(to_string(Predikat::kurang_misconduct)),
        std::string(to_string(Predikat::butuh_perbaikan)), std::string(to_string(Predikat::baik)),
        std::string(to_string(Predikat::sangat_baik)), "format", "schema", "created", "min_group", "note", "audit", "angka_diperiksa",
        "kelompok_diperiksa", "lulus", "rules", "id", "version", "units", "name", "kind",
        "parent_id", "periods", "period_id", "jenis", "year", "start", "end", "unit_id", "pegawai", "predikat",
        "persen_tepat_waktu",
        "median_capaian", "kota", "layanan", "responden", "ikm", "mutu", "pengaduan", "median_hari_tanggapan",
        "persen_tanggapan_tepat_waktu", "median_hari_selesai", "persen_selesai_tepat_waktu", "persen_belum_ditanggapi",
        "persen_belum_selesai", "populasi", "sampel_minimum", "sampel_memadai", "responden_kota",
        "pengaduan_kota", "tren", "titik"};
    std::set<std::string> keys;
    collect_keys(nlohmann::json::parse(text), keys);
    for (const auto& k : keys) {
      INFO("key " << k);
      CHECK(allowed.count(k) == 1);
    }
    CHECK(keys.count("nip") == 0);
  }

  TEST_CASE("published predikat tables never leak a suppressed cell") {
    // Many small units around a few large ones, several seeds.
    for (int seed = 1; seed <= 20; ++seed) {
      City c;
      c.b.units.clear();
      const int n_units = 3 + seed % 5;
      for (int u = 0; u < n_units; ++u) c.b.units.push_back(unit(uid(u), UnitKind::opd));
      unsigned x = static_cast<unsigned>(seed) * 2654435761u;
      auto rnd = [&](unsigned m) { x = x * 1103515245u + 12345u; return (x >> 8) % m; };
      const Rating rs[3] = {Rating::di_bawah, Rating::sesuai, Rating::di_atas};
      for (int u = 0; u < n_units; ++u) {
        const unsigned n = rnd(2) ? rnd(5) + 1 : rnd(40) + 5;
        for (unsigned i = 0; i < n; ++i) c.rated(uid(u), rs[rnd(3)], rs[rnd(3) > 0 ? 1 + rnd(2) : 0]);
      }
      const Publik d = aggregate_bundle(c.b);
      const PublikPeriode& q1 = d.periods[0];
      // Rebuild what is known: in every line with a published total, the
      // hidden cells must be two or more and sum to at least k.
      auto check_line = [&](const std::vector<std::optional<std::int64_t>>& parts,
                            const std::optional<std::int64_t>& total) {
        check_published_line(parts, total, d.min_group);
      };
      for (const auto& r : q1.units) {
        check_line({r.predikat.begin(), r.predikat.end()}, r.pegawai);
        for (const auto& p : r.predikat)
          if (p) CHECK(*p >= d.min_group);
      }
      check_line({q1.kota.predikat.begin(), q1.kota.predikat.end()}, q1.kota.pegawai);
      for (std::size_t cidx = 0; cidx < kJumlahPredikat; ++cidx) {
        std::vector<std::optional<std::int64_t>> column;
        for (const auto& r : q1.units) column.push_back(r.predikat[cidx]);
        check_line(column, q1.kota.predikat[cidx]);
      }
      std::vector<std::optional<std::int64_t>> totals;
      for (const auto& r : q1.units) totals.push_back(r.pegawai);
      check_line(totals, q1.kota.pegawai);
    }
  }
}

TEST_SUITE("publik") {
  TEST_CASE("JSON round trip of a whole document") {
    City c;
    for (int i = 0; i < 12; ++i) c.rated("u-pkm", Rating::sesuai, Rating::sesuai);
    for (int i = 0; i < 3; ++i) c.rated("u-kecil", Rating::di_atas, Rating::sesuai);
    c.b.note = "Data fiktif";
    const Publik d = aggregate_bundle(c.b);
    const std::string text = publik_to_json(d);
    const auto j = nlohmann::json::parse(text);
    CHECK(j.at("format") == "kinerja-samarinda/publik");
    CHECK(j.at("schema") == 1);
    const PublikParse back = parse_publik(text);
    INFO((back.errors.empty() ? std::string() : format_error(back.errors.front())));
    REQUIRE(back.ok());
    CHECK(*back.publik == d);
    CHECK(publik_to_json(*back.publik) == text);
  }

  TEST_CASE("bad documents are refused at the right pointer") {
    City c;
    for (int i = 0; i < 12; ++i) c.rated("u-pkm", Rating::sesuai, Rating::sesuai);
    const auto good = nlohmann::json::parse(publik_to_json(aggregate_bundle(c.b)));
    auto expect = [](const nlohmann::json& doc, const std::string& pointer) {
      const PublikParse r = parse_publik(doc.dump());
      CHECK(!r.ok());
      bool found = false;
      for (const auto& e : r.errors) {
        found = found || e.pointer == pointer;
        CHECK(!e.message_id.empty());
        CHECK(!e.message_en.empty());
      }
      INFO("expected an error at " << pointer << "; got " << (r.errors.empty() ? "none" : r.errors.front().pointer));
      CHECK(found);
    };
    auto d = good;
    d["format"] = "kinerja-samarinda/bundle";
    expect(d, "/format");
    d = good;
    d["schema"] = 2;
    expect(d, "/schema");
    d = good;
    d["periods"][0]["units"][0]["pegawai"] = -1;
    expect(d, "/periods/0/units/0/pegawai");
    d = good;
    d["periods"][0]["kota"]["predikat"]["baik"] = "dua belas";
    expect(d, "/periods/0/kota/predikat/baik");
    d = good;
    d["periods"][0]["jenis"] = "mingguan";
    expect(d, "/periods/0/jenis");
    d = good;
    d["periods"][0]["units"][0].erase("predikat");
    expect(d, "/periods/0/units/0/predikat");
    d = good;
    d["periods"][0]["units"][0]["persen_tepat_waktu"] = 140;
    expect(d, "/periods/0/units/0/persen_tepat_waktu");
    d = good;
    d["units"] = "semua";
    expect(d, "/units");
    CHECK(!parse_publik("{not json").ok());
    CHECK(parse_publik("{not json").errors.at(0).pointer == "/");
    CHECK(!parse_publik("[]").ok());
  }

  TEST_CASE("unknown fields are ignored") {
    City c;
    auto doc = nlohmann::json::parse(publik_to_json(aggregate_bundle(c.b)));
    doc["future_field"] = {1, 2, 3};
    CHECK(parse_publik(doc.dump()).ok());
  }
}
