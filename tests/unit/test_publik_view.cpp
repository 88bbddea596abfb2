#include "core/view/publik_view.hpp"

#include "core/calc/aggregate.hpp"
#include "core/demo/demo.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace kinerja;

namespace {

PublikPeriode periode(std::string id, std::string start, std::string end, bool berisi) {
  PublikPeriode p;
  p.period_id = std::move(id);
  p.start = std::move(start);
  p.end = std::move(end);
  p.jenis = JenisPeriode::triwulanan;
  if (berisi) p.kota.pegawai = 12;
  return p;
}

BarisPredikat baris(std::optional<std::int64_t> pegawai, std::array<std::optional<std::int64_t>, 5> c) {
  BarisPredikat b;
  b.pegawai = pegawai;
  for (std::size_t i = 0; i < 5; ++i) b.predikat[i] = c[i];
  return b;
}

} // namespace

TEST_SUITE("publik_view") {

TEST_CASE("the period shown: the asked one, else the latest with figures, else the last") {
  Publik d;
  CHECK_FALSE(periode_tampil(d, "").has_value());
  d.periods.push_back(periode("p-tahunan", "2026-01-01", "2026-12-31", false));
  d.periods.push_back(periode("p-tw1", "2026-01-01", "2026-03-31", true));
  d.periods.push_back(periode("p-tw2", "2026-04-01", "2026-06-30", true));
  d.periods.push_back(periode("p-tw3", "2026-07-01", "2026-09-30", false));
  CHECK(periode_tampil(d, "") == 2u);
  CHECK(periode_tampil(d, "p-tw3") == 3u);       // asked for: shown even when empty
  CHECK(periode_tampil(d, "p-tidak-ada") == 2u);  // unknown id: the default
  // An annual period holding only complaint counts does not push the
  // assessed quarters aside; once its employees are assessed it ends last.
  d.periods[0].layanan.push_back({});
  d.periods[0].layanan.back().pengaduan = 40;
  CHECK(periode_tampil(d, "") == 2u);
  d.periods[0].kota.pegawai = 30;
  CHECK(periode_tampil(d, "") == 0u);
  // Only complaint counts anywhere: the latest period with them.
  Publik suara;
  suara.periods.push_back(periode("a", "2026-01-01", "2026-03-31", false));
  suara.periods.push_back(periode("b", "2026-04-01", "2026-06-30", false));
  suara.periods[0].responden_kota = 40;
  CHECK(periode_tampil(suara, "") == 0u);
  // Nothing published anywhere: the last period, so the page still has a frame.
  Publik kosong;
  kosong.periods.push_back(periode("a", "2026-01-01", "2026-03-31", false));
  kosong.periods.push_back(periode("b", "2026-04-01", "2026-06-30", false));
  CHECK(periode_tampil(kosong, "") == 1u);
  CHECK_FALSE(periode_berisi(kosong.periods[0]));
}

TEST_CASE("predikat bar shares: published counts over pegawai, the rest hidden") {
  // 20 pegawai, only 'baik' (column 3) = 15 published: 75 % baik, 25 % hidden.
  auto p = porsi_predikat(baris(20, {std::nullopt, std::nullopt, std::nullopt, 15, std::nullopt}));
  CHECK(p.porsi[static_cast<std::size_t>(Predikat::baik)] == doctest::Approx(0.75));
  CHECK(p.porsi[static_cast<std::size_t>(Predikat::sangat_baik)] == 0.0);
  CHECK(p.tersembunyi == doctest::Approx(0.25));
  CHECK(p.ada_tersembunyi);
  // Everything published: shares sum to 1, nothing hidden.
  p = porsi_predikat(baris(10, {0, 1, 2, 3, 4}));
  CHECK(p.porsi[static_cast<std::size_t>(Predikat::sangat_kurang)] == 0.0);
  CHECK(p.porsi[static_cast<std::size_t>(Predikat::kurang_misconduct)] == doctest::Approx(0.1));
  CHECK(p.porsi[static_cast<std::size_t>(Predikat::sangat_baik)] == doctest::Approx(0.4));
  CHECK(p.tersembunyi == 0.0);
  CHECK_FALSE(p.ada_tersembunyi);
  // pegawai suppressed: one hidden bar.
  p = porsi_predikat(baris(std::nullopt, {std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt}));
  CHECK(p.tersembunyi == 1.0);
  CHECK(p.porsi[static_cast<std::size_t>(Predikat::baik)] == 0.0);
  // Nobody assessed and nothing hidden: an empty bar, not a hidden one.
  p = porsi_predikat(baris(0, {0, 0, 0, 0, 0}));
  CHECK(p.tersembunyi == 0.0);
}

TEST_CASE("service units under a top-level unit, through parents") {
  Publik d;
  d.units = {{"u-dinkes", "Dinas Kesehatan", UnitKind::opd, ""},
             {"u-pkm-a", "Puskesmas A", UnitKind::uptd, "u-dinkes"},
             {"u-seksi", "Seksi", UnitKind::seksi, "u-pkm-a"},
             {"u-capil", "Disdukcapil", UnitKind::opd, ""},
             {"u-loop-a", "A", UnitKind::bidang, "u-loop-b"},
             {"u-loop-b", "B", UnitKind::bidang, "u-loop-a"}};
  CHECK(unit_puncak(d, "u-seksi") == "u-dinkes");
  CHECK(unit_puncak(d, "u-capil") == "u-capil");
  CHECK(unit_puncak(d, "u-asing") == "u-asing");
  const std::string loop = unit_puncak(d, "u-loop-a");  // ends, whichever it stops at
  CHECK((loop == "u-loop-a" || loop == "u-loop-b"));
  PublikPeriode p;
  p.layanan.push_back({});
  p.layanan.back().unit_id = "u-capil";
  p.layanan.push_back({});
  p.layanan.back().unit_id = "u-pkm-a";
  p.layanan.push_back({});
  p.layanan.back().unit_id = "u-seksi";
  const auto dinkes = layanan_di_bawah(d, p, "u-dinkes");
  REQUIRE(dinkes.size() == 2);
  CHECK(dinkes[0]->unit_id == "u-pkm-a");
  CHECK(dinkes[1]->unit_id == "u-seksi");
  CHECK(layanan_di_bawah(d, p, "u-capil").size() == 1);
  CHECK(find_publik_unit(d, "u-capil")->name == "Disdukcapil");
  CHECK(find_publik_unit(d, "x") == nullptr);
}

TEST_CASE("search finds a unit or kecamatan by every word typed, in any case") {
  Publik d;
  d.units = {{"u-kec-palaran", "Kecamatan Palaran", UnitKind::kecamatan, ""},
             {"u-pkm-palaran", "Puskesmas Palaran", UnitKind::uptd, "u-dinkes"},
             {"u-dinkes", "Dinas Kesehatan", UnitKind::opd, ""},
             {"u-pkm-sidomulyo", "Puskesmas Sidomulyo", UnitKind::uptd, "u-dinkes"}};
  auto names = [&](std::string_view q, std::size_t batas = 8) {
    std::vector<std::string> out;
    for (const PublikUnit* u : cari_unit_publik(d, q, batas)) out.push_back(u->name);
    return out;
  };
  CHECK(names("palaran") == std::vector<std::string>{"Kecamatan Palaran", "Puskesmas Palaran"});
  CHECK(names("  PUSKESMAS   pal ") == std::vector<std::string>{"Puskesmas Palaran"});
  CHECK(names("puskesmas", 1) == std::vector<std::string>{"Puskesmas Palaran"});
  CHECK(names("kesehatan") == std::vector<std::string>{"Dinas Kesehatan"});
  CHECK(names("bandung").empty());
  CHECK(names("   ").empty());
}

TEST_CASE("mutu of a published IKM follows the rules' bands") {
  const RulesIkm& r = default_rules().ikm;
  CHECK(mutu_ikm_terbit(r, std::nullopt, "A") == nullptr);  // not published: no band
  CHECK(mutu_ikm_terbit(r, 88.31, "")->mutu == "A");
  CHECK(mutu_ikm_terbit(r, 88.30, "")->mutu == "B");
  CHECK(mutu_ikm_terbit(r, 76.61, "")->mutu == "B");
  CHECK(mutu_ikm_terbit(r, 76.60, "")->mutu == "C");
  CHECK(mutu_ikm_terbit(r, 65.00, "")->mutu == "C");
  CHECK(mutu_ikm_terbit(r, 64.99, "")->mutu == "D");
  CHECK(mutu_ikm_terbit(r, 25.00, "")->mutu == "D");
  CHECK(mutu_ikm_terbit(r, 88.31, "")->kinerja_id == "Sangat Baik");
  // The published letter wins (it was read from exact sums by the core).
  CHECK(mutu_ikm_terbit(r, 88.31, "B")->mutu == "B");
  // An unknown letter is ignored and the value decides.
  CHECK(mutu_ikm_terbit(r, 70.0, "Z")->mutu == "C");
}

TEST_CASE("complaint medians against the SP4N-LAPOR! limits from the rules") {
  const RulesLapor& r = default_rules().lapor;
  const BatasTampil b = batas_tampil(r);
  CHECK(b.tanggapan_hari == r.tanggapan_pertama_hari);
  CHECK(b.tanggapan_hari == 3);
  REQUIRE(b.selesai_hari.has_value());
  CHECK(*b.selesai_hari == 5);
  CHECK(b.selesai_min == 5);
  CHECK(b.selesai_maks == 60);
  CHECK_FALSE(b.hari_kerja);
  CHECK(posisi_terhadap_batas(std::nullopt, 3) == PosisiBatas::tidak_ada);
  CHECK(posisi_terhadap_batas(1.24, 3) == PosisiBatas::dalam_batas);
  CHECK(posisi_terhadap_batas(3.0, 3) == PosisiBatas::dalam_batas);  // within = at most the limit
  CHECK(posisi_terhadap_batas(3.01, 3) == PosisiBatas::lewat_batas);
  RulesLapor kerja = r;
  kerja.satuan = SatuanHari::kerja;
  kerja.kategori_bawaan.clear();
  CHECK(batas_tampil(kerja).hari_kerja);
  CHECK_FALSE(batas_tampil(kerja).selesai_hari.has_value());
}

TEST_CASE("the demo city's figures: a period with figures is shown and trends exist") {
  const Publik d = aggregate_bundle(make_demo_city());
  const auto i = periode_tampil(d, "");
  REQUIRE(i.has_value());
  const PublikPeriode& p = d.periods[*i];
  CHECK(periode_berisi(p));
  CHECK(p.kota.pegawai.has_value());
  REQUIRE_FALSE(p.units.empty());
  CHECK(tren_unit(d, "", p.jenis) != nullptr);
  CHECK(tren_unit(d, p.units.front().unit_id, p.jenis) != nullptr);
  CHECK(tren_unit(d, "u-tidak-ada", p.jenis) == nullptr);
  // Each service row belongs to exactly one top-level unit of the period.
  std::size_t n = 0;
  for (const auto& u : p.units) n += layanan_di_bawah(d, p, u.unit_id).size();
  CHECK(n == p.layanan.size());
}

}
