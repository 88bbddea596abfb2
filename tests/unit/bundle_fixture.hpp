// A small bundle with one record of every type and every optional field
// filled, plus a tombstone and a conflict: the fixture for the model, parse
// and serialize tests (round trips must cover every field).
#pragma once
#include "core/model/model.hpp"

#include <string>

namespace kinerja::test {

inline RecordMeta fixture_meta(const std::string& id, const std::string& author = "admin") {
  RecordMeta m;
  m.id = id;
  m.ver = {{"dev-a", 2}, {"dev-b", 1}};
  m.hlc = "2026-04-01T02:00:00.000Z/0003/dev-a";
  m.author = author;
  m.created = "2026-01-02T00:00:00Z";
  m.updated = "2026-04-01T02:00:00.000Z";
  return m;
}

inline Bundle full_bundle() {
  Bundle b;
  b.created = "2026-04-20T00:00:00Z";
  b.origin = "dev-a";
  b.scope = {ScopeKind::bkpsdm, ""};
  b.note = "uji / test";

  Unit opd{fixture_meta("u-1"), "Dinas Kesehatan", UnitKind::opd, "", false, {}};
  Unit pkm{fixture_meta("u-2"), "UPTD Puskesmas Palaran", UnitKind::uptd, "u-1", true, {{"p-1", 5400}}};
  Unit gone{fixture_meta("u-3"), {}, UnitKind::invalid, {}, false, {}};
  gone.meta.deleted = true;
  b.units = {opd, pkm, gone};

  Employee head{fixture_meta("e-1"), "197501012000031001", "dr. Contoh Kepala", "Kepala Dinas Kesehatan",
                JenisJabatan::jpt, "", "IV/c", StatusPegawai::pns, "u-1", true};
  Employee staff{fixture_meta("e-2"), "199002022015032002", "Contoh Perawat, S.Kep.", "Perawat Ahli Pertama",
                 JenisJabatan::fungsional, "ahli-pertama", "III/a", StatusPegawai::pns, "u-2", false};
  Employee pppk{fixture_meta("e-3"), "199503032024031003", "Contoh PPPK", "Operator Layanan Operasional",
                std::nullopt, "", "V", StatusPegawai::pppk, "u-2", false};
  b.employees = {head, staff, pppk};

  b.periods = {Period{fixture_meta("p-1"), "Triwulan I 2026", JenisPeriode::triwulanan, 2026, "2026-01-01",
                      "2026-03-31", "2026-04-10", true, MetodePenilaian::permenpanrb_6_2022}};

  b.assignments = {Assignment{fixture_meta("a-1"), "p-1", "e-2", "e-1", "", AssignmentKind::plt},
                   Assignment{fixture_meta("a-2"), "p-1", "e-3", "e-2", "e-1", AssignmentKind::plh}};

  b.indicators = {Indicator{fixture_meta("ind-1"), "Waktu tanggapan pengaduan", "jam", Polaritas::turun, Aspek::waktu,
                            SumberRealisasi{JenisSumber::tanggapan_median, "u-2"}}};

  Skp head_skp;
  head_skp.meta = fixture_meta("s-1");
  head_skp.employee_id = "e-1";
  head_skp.year = 2026;
  head_skp.pendekatan = Pendekatan::kualitatif;
  Rhk top;
  top.id = "s-1.r1";
  top.kategori = KategoriRhk::utama;
  top.text = "Pelayanan kesehatan bermutu";
  top.perspektif = Perspektif::penerima_layanan;
  top.indicators = {SkpIndicator{"i1", "", "Kepuasan pasien", Aspek::kualitas, Polaritas::naik, std::nullopt,
                                 std::nullopt, std::nullopt, ""}};
  top.indicators[0].sumber = SumberRealisasi{JenisSumber::ikm, "u-2"};  // measured, from a unit under the head's
  head_skp.rhk = {top};
  head_skp.lampiran = {{"Anggaran DPA"}, {"Laporan triwulan"}, {"Sesuai ketentuan"}};

  Skp staff_skp;
  staff_skp.meta = fixture_meta("s-2", "199002022015032002");
  staff_skp.employee_id = "e-2";
  staff_skp.year = 2026;
  staff_skp.pendekatan = Pendekatan::kuantitatif;
  Rhk main;
  main.id = "s-2.r1";
  main.kategori = KategoriRhk::utama;
  main.text = "Pengaduan ditanggapi cepat";
  main.rhk_atasan_id = "s-1.r1";
  main.rhk_atasan_text = "Pelayanan kesehatan bermutu";
  main.indicators = {
      SkpIndicator{"i1", "ind-1", "Waktu tanggapan pengaduan", Aspek::waktu, Polaritas::turun, 24.0, std::nullopt,
                   std::nullopt, "jam"},
      SkpIndicator{"i2", "", "Penyerapan anggaran", Aspek::biaya, Polaritas::rentang, std::nullopt, 90.0, 100.0, "%"}};
  Rhk extra;
  extra.id = "s-2.r2";
  extra.kategori = KategoriRhk::tambahan;
  extra.text = "Tim inovasi";
  extra.indicators = {SkpIndicator{"i3", "", "Usulan perbaikan", Aspek::kuantitas, Polaritas::tepat, 1.0,
                                   std::nullopt, std::nullopt, "usulan"}};
  extra.indicators[0].target_maksimal = true;  // written only when set
  staff_skp.rhk = {main, extra};
  staff_skp.ekspektasi = {{NilaiBerakhlak::berorientasi_pelayanan, "Ramah"}, {NilaiBerakhlak::kolaboratif, "Kerja sama"}};
  b.skps = {head_skp, staff_skp};

  Realisation z;
  z.meta = fixture_meta("r-1", "199002022015032002");
  z.skp_id = "s-2";
  z.indicator_id = "i1";
  z.period_id = "p-1";
  z.value = 18.5;
  z.text = "Rata-rata dari register";
  z.evidence = {Evidence{"https://dokumen.example/a.pdf", "register", std::string(64, 'a'), 2048},
                Evidence{"", "catatan saja", "", std::nullopt}};
  z.submitted = "2026-04-05T03:00:00Z";
  Realisation words;
  words.meta = fixture_meta("r-2");
  words.skp_id = "s-1";
  words.indicator_id = "i1";
  words.period_id = "p-1";
  words.text = "Survei menunjukkan kepuasan meningkat";
  b.realisations = {z, words};

  Evaluation ev;
  ev.meta = fixture_meta("ev-1", "197501012000031001");
  ev.employee_id = "e-2";
  ev.period_id = "p-1";
  ev.perilaku = {PerilakuNilai{NilaiBerakhlak::berorientasi_pelayanan, Rating::di_atas, "melayani", Rating::sesuai,
                               "pertahankan"},
                 PerilakuNilai{NilaiBerakhlak::akuntabel, std::nullopt, "", Rating::di_bawah, ""}};
  ev.rating_hasil_kerja = Rating::di_atas;
  ev.rating_perilaku = Rating::sesuai;
  ev.reason = "bukti lengkap";
  ev.umpan_balik_rhk = {{"s-2.r1", "bagus"}};
  ev.predikat = Predikat::baik;
  ev.kalibrasi = Kalibrasi{Predikat::sangat_baik, "admin (Laptop BKPSDM)", "2026-04-15T02:00:00Z", "melampaui target kota"};
  ev.recommendations = {"t-1"};
  ev.keberatan = Keberatan{"keberatan", "2026-04-12T00:00:00Z", "penjelasan", KeputusanKeberatan::ditolak,
                           "sudah sesuai", "e-1", Predikat::baik};
  ev.self_submitted = "2026-04-04T00:00:00Z";
  ev.rated = "2026-04-08T00:00:00Z";
  ev.nilai_perilaku = 88.5;  // read only in legacy periods; written whenever present
  ev.perilaku_360 = true;
  ev.inovasi = true;
  Evaluation bare;
  bare.meta = fixture_meta("ev-2");
  bare.employee_id = "e-3";
  bare.period_id = "p-1";
  b.evaluations = {ev, bare};

  b.org_ratings = {OrgRating{fixture_meta("o-1"), "u-2", "p-1", Cko::istimewa, "catatan"}};

  SkmResponse skm;
  skm.meta = fixture_meta("k-1", "kiosk");
  skm.unit_id = "u-2";
  skm.period_id = "p-1";
  skm.timestamp = "2026-02-01T01:00:00Z";
  skm.answers = {4, 3, 0, 2, 1, 4, 4, 3, 0};
  skm.respondent = Respondent{"p", 34, "S1", "Wiraswasta"};
  SkmResponse anon = skm;
  anon.meta = fixture_meta("k-2", "kiosk");
  anon.respondent.reset();
  b.skm_responses = {skm, anon};

  b.complaints = {Complaint{fixture_meta("c-1"), "u-2", KanalPengaduan::lapor, "Antrean", "2026-02-01T01:00:00Z",
                            "2026-02-01T05:00:00Z", "2026-02-03T00:00:00Z"},
                  Complaint{fixture_meta("c-2"), "u-2", KanalPengaduan::media_sosial, "Sikap petugas",
                            "2026-02-02T01:00:00Z", "", ""}};

  b.trainings = {Training{fixture_meta("t-1"), "Pelayanan Prima", "deskripsi",
                          {NilaiBerakhlak::berorientasi_pelayanan}, {Aspek::kualitas, Aspek::waktu}, 24},
                 Training{fixture_meta("t-2"), "Integritas", "", {NilaiBerakhlak::akuntabel}, {}, std::nullopt}};

  b.service_volumes = {ServiceVolume{fixture_meta("sv-1"), "u-2", "Rawat jalan", "2026-02-02", "", 64},
                       ServiceVolume{fixture_meta("sv-2"), "u-2", "Rawat jalan", "", "p-1", 3900}};

  b.conflicts = {Conflict{"evaluations", "ev-1", {R"({"a":1,"id":"ev-1"})", R"({"a":2,"id":"ev-1"})"}}};
  return b;
}

} // namespace kinerja::test
