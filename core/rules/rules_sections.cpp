// The body of each rules file, one parser per section id. Every problem is
// recorded with a JSON pointer into the file; core/rules/rules.cpp decides whether
// the section is used (only when the whole file parsed cleanly).
#include "core/rules/rules_sections.hpp"

#include <algorithm>
#include <cmath>
#include <set>

namespace kinerja::rules_detail {
namespace {

using rules_json::json;
using rules_json::Reader;

// The envelope's id alphabet: 1..64 of [A-Za-z0-9._:-].
bool id_ok(std::string_view s) {
  if (s.empty() || s.size() > 64) return false;
  for (char c : s) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
              c == ':' || c == '-';
    if (!ok) return false;
  }
  return true;
}

std::optional<SatuanHari> parse_satuan(std::string_view s) {
  if (s == "hari-kalender") return SatuanHari::kalender;
  if (s == "hari-kerja") return SatuanHari::kerja;
  return std::nullopt;
}

std::optional<JenisBatasKurva> parse_jenis_batas(std::string_view s) {
  for (auto j : {JenisBatasKurva::maks_persen, JenisBatasKurva::min_persen, JenisBatasKurva::lebih_dari_persen,
                 JenisBatasKurva::min_jumlah})
    if (to_string(j) == s) return j;
  return std::nullopt;
}

// Optional textual member; "" when absent.
std::string text(Reader& r, const json& obj, const std::string& ptr, std::string_view key, bool required = true) {
  return r.string(obj, ptr, key, required).value_or(std::string{});
}

bool is_object_at(Reader& r, const json& v, const std::string& ptr) {
  if (v.is_object()) return true;
  r.fail(ptr, "harus berupa objek", "must be an object");
  return false;
}

void parse_matriks(Reader& r, const json& d, RulesMatriksPredikat& out) {
  const json* cells = r.array(d, "", "cells");
  if (!cells) return;
  std::array<std::array<bool, 3>, 3> seen{};
  for (std::size_t i = 0; i < cells->size(); ++i) {
    const json& c = (*cells)[i];
    std::string p = Reader::at("/cells", i);
    if (!is_object_at(r, c, p)) continue;
    auto hk = r.enumeration(c, p, "hasil_kerja", parse_rating, "rating");
    auto pk = r.enumeration(c, p, "perilaku", parse_rating, "rating");
    auto pr = r.enumeration(c, p, "predikat", parse_predikat, "predikat");
    if (!hk || !pk || !pr) continue;
    auto h = static_cast<std::size_t>(rating_index(*hk));
    auto k = static_cast<std::size_t>(rating_index(*pk));
    if (seen[h][k]) {
      r.fail(p, "sel ganda untuk hasil kerja " + std::string(to_string(*hk)) + " × perilaku " +
                    std::string(to_string(*pk)),
             "duplicate cell for hasil kerja " + std::string(to_string(*hk)) + " × perilaku " +
                 std::string(to_string(*pk)));
      continue;
    }
    seen[h][k] = true;
    out.sel[h][k] = *pr;
  }
  const Rating all[] = {Rating::di_bawah, Rating::sesuai, Rating::di_atas};
  for (Rating hk : all)
    for (Rating pk : all)
      if (!seen[static_cast<std::size_t>(rating_index(hk))][static_cast<std::size_t>(rating_index(pk))])
        r.fail("/cells", "sel hasil kerja " + std::string(to_string(hk)) + " × perilaku " + std::string(to_string(pk)) +
                             " tidak ada",
               "cell hasil kerja " + std::string(to_string(hk)) + " × perilaku " + std::string(to_string(pk)) +
                   " is missing");
}

void parse_rating_perilaku(Reader& r, const json& d, RulesRatingPerilaku& out) {
  out.jumlah_nilai = r.integer(d, "", "jumlah_nilai", 1, 20).value_or(kJumlahNilaiBerakhlak);
  if (const json* a = r.array(d, "", "aturan")) {
    for (std::size_t i = 0; i < a->size(); ++i) {
      const json& row = (*a)[i];
      std::string p = Reader::at("/aturan", i);
      if (!is_object_at(r, row, p)) continue;
      AturanRatingPerilaku ar;
      if (const json* k = r.object(row, p, "kondisi")) {
        std::string kp = Reader::at(p, "kondisi");
        auto bound = [&](const char* key, int& dst) {
          if (auto v = r.integer(*k, kp, key, 0, out.jumlah_nilai, false)) dst = *v;
        };
        bound("di_atas_min", ar.di_atas_min);
        bound("di_atas_maks", ar.di_atas_maks);
        bound("sesuai_min", ar.sesuai_min);
        bound("sesuai_maks", ar.sesuai_maks);
        bound("di_bawah_min", ar.di_bawah_min);
        bound("di_bawah_maks", ar.di_bawah_maks);
      }
      ar.rating = r.enumeration(row, p, "rating", parse_rating, "rating").value_or(Rating::invalid);
      ar.keterangan_id = text(r, row, p, "keterangan_id");
      ar.keterangan_en = text(r, row, p, "keterangan_en");
      out.aturan.push_back(std::move(ar));
    }
  }
  if (const json* l = r.object(d, "", "lainnya")) {
    out.lainnya = r.enumeration(*l, "/lainnya", "rating", parse_rating, "rating").value_or(Rating::invalid);
    out.lainnya_id = text(r, *l, "/lainnya", "keterangan_id");
    out.lainnya_en = text(r, *l, "/lainnya", "keterangan_en");
  }
}

void parse_rating_hasil_kerja(Reader& r, const json& d, RulesRatingHasilKerja& out) {
  if (const json* k = r.object(d, "", "klasifikasi_capaian")) {
    const std::string p = "/klasifikasi_capaian";
    auto atas = r.number(*k, p, "di_atas_lebih_dari", 0, 1000);
    auto sesuai = r.number(*k, p, "sesuai_minimal", 0, 1000);
    if (atas) out.di_atas_lebih_dari = *atas;
    if (sesuai) out.sesuai_minimal = *sesuai;
    if (atas && sesuai && *sesuai > *atas)
      r.fail(p + "/sesuai_minimal", "tidak boleh melebihi di_atas_lebih_dari", "must not exceed di_atas_lebih_dari");
    out.desimal = r.integer(*k, p, "desimal", 0, 6).value_or(2);
  }
  if (const json* s = r.object(d, "", "saran")) {
    const std::string p = "/saran";
    out.porsi_di_atas_lebih_dari = r.integer(*s, p, "porsi_di_atas_lebih_dari", 0, 100).value_or(50);
    out.utama_di_bawah_maks = r.integer(*s, p, "utama_di_bawah_maks", 0, 1000).value_or(0);
    out.porsi_di_bawah_lebih_dari = r.integer(*s, p, "porsi_di_bawah_lebih_dari", 0, 100).value_or(50);
    out.porsi_utama_di_bawah_lebih_dari = r.integer(*s, p, "porsi_utama_di_bawah_lebih_dari", 0, 100).value_or(50);
  }
  if (const json* k = r.object(d, "", "kepala_unit")) {
    for (Cko c : {Cko::istimewa, Cko::baik, Cko::butuh_perbaikan, Cko::kurang, Cko::sangat_kurang})
      out.kepala_unit[static_cast<std::size_t>(c)] =
          r.enumeration(*k, "/kepala_unit", to_string(c), parse_rating, "rating").value_or(Rating::invalid);
  }
}

void parse_kurva(Reader& r, const json& d, RulesKurva& out) {
  const json* pola = r.array(d, "", "pola");
  if (!pola) return;
  std::array<bool, 6> seen{};
  for (std::size_t i = 0; i < pola->size(); ++i) {
    const json& row = (*pola)[i];
    std::string p = Reader::at("/pola", i);
    if (!is_object_at(r, row, p)) continue;
    auto cko = r.enumeration(row, p, "cko", parse_cko, "CKO");
    std::vector<BatasKurva> limits;
    if (const json* b = r.array(row, p, "batas")) {
      for (std::size_t j = 0; j < b->size(); ++j) {
        const json& lim = (*b)[j];
        std::string bp = Reader::at(Reader::at(p, "batas"), j);
        if (!is_object_at(r, lim, bp)) continue;
        BatasKurva bk;
        if (const json* ps = r.array(lim, bp, "predikat")) {
          if (ps->empty()) r.fail(Reader::at(bp, "predikat"), "tidak boleh kosong", "must not be empty");
          for (std::size_t k = 0; k < ps->size(); ++k)
            if (auto pr = r.enum_value((*ps)[k], Reader::at(Reader::at(bp, "predikat"), k), parse_predikat, "predikat"))
              bk.predikat.push_back(*pr);
        }
        bk.jenis = r.enumeration(lim, bp, "jenis", parse_jenis_batas, "jenis batas").value_or(JenisBatasKurva::invalid);
        int hi = bk.jenis == JenisBatasKurva::min_jumlah ? 1000000 : 100;
        bk.nilai = r.integer(lim, bp, "nilai", 0, hi).value_or(0);
        bk.source = text(r, lim, bp, "source", false);
        limits.push_back(std::move(bk));
      }
    }
    if (!cko) continue;
    auto c = static_cast<std::size_t>(*cko);
    if (seen[c]) {
      r.fail(Reader::at(p, "cko"), "CKO ganda: " + std::string(to_string(*cko)), "duplicate CKO: " + std::string(to_string(*cko)));
      continue;
    }
    seen[c] = true;
    out.per_cko[c] = std::move(limits);
  }
  for (Cko c : {Cko::istimewa, Cko::baik, Cko::butuh_perbaikan, Cko::kurang, Cko::sangat_kurang})
    if (!seen[static_cast<std::size_t>(c)])
      r.fail("/pola", "pola untuk CKO " + std::string(to_string(c)) + " tidak ada",
             "no pattern for CKO " + std::string(to_string(c)));
}

void parse_ikm(Reader& r, const json& d, RulesIkm& out) {
  if (const json* s = r.object(d, "", "skala")) {
    out.skala_min = r.integer(*s, "/skala", "min", 0, 10).value_or(1);
    out.skala_maks = r.integer(*s, "/skala", "maks", 1, 10).value_or(4);
    if (out.skala_min >= out.skala_maks)
      r.fail("/skala/maks", "harus lebih besar dari min", "must be greater than min");
  }
  out.konversi = r.integer(d, "", "konversi", 1, 1000).value_or(25);
  out.desimal_banding = r.integer(d, "", "desimal_banding", -1, 4).value_or(2);
  if (const json* u = r.array(d, "", "unsur")) {
    if (u->size() != static_cast<std::size_t>(kJumlahUnsurSkm))
      r.fail("/unsur", "harus berisi tepat " + std::to_string(kJumlahUnsurSkm) + " unsur",
             "must hold exactly " + std::to_string(kJumlahUnsurSkm) + " unsur");
    for (std::size_t i = 0; i < u->size(); ++i) {
      const json& row = (*u)[i];
      std::string p = Reader::at("/unsur", i);
      if (!is_object_at(r, row, p)) continue;
      UnsurIkm un;
      un.kode = text(r, row, p, "kode");
      un.nama_id = text(r, row, p, "nama_id");
      un.nama_en = text(r, row, p, "nama_en");
      un.bobot = static_cast<std::uint32_t>(r.integer(row, p, "bobot", 1, 1000000).value_or(1));
      out.unsur.push_back(std::move(un));
    }
  }
  if (const json* m = r.array(d, "", "mutu")) {
    if (m->empty()) r.fail("/mutu", "tidak boleh kosong", "must not be empty");
    for (std::size_t i = 0; i < m->size(); ++i) {
      const json& row = (*m)[i];
      std::string p = Reader::at("/mutu", i);
      if (!is_object_at(r, row, p)) continue;
      MutuIkm mu;
      mu.mutu = text(r, row, p, "mutu");
      mu.kinerja_id = text(r, row, p, "kinerja_id");
      mu.kinerja_en = text(r, row, p, "kinerja_en");
      if (auto v = r.number(row, p, "min", 0, 1000)) {
        double h = *v * 100.0;
        double rh = std::round(h);
        if (std::fabs(h - rh) > 1e-6)
          r.fail(Reader::at(p, "min"), "paling banyak dua desimal", "at most two decimals");
        mu.min_seratus = static_cast<std::int64_t>(rh);
        if (!out.mutu.empty() && mu.min_seratus >= out.mutu.back().min_seratus)
          r.fail(Reader::at(p, "min"), "harus menurun (mutu tertinggi lebih dulu)", "must decrease (highest band first)");
      }
      out.mutu.push_back(std::move(mu));
    }
  }
}

void parse_sampel(Reader& r, const json& d, RulesSampel& out) {
  out.chi_kuadrat = r.number(d, "", "chi_kuadrat", 0.001, 100).value_or(3.841);
  out.proporsi = r.number(d, "", "proporsi", 0.0001, 0.9999).value_or(0.5);
  out.margin_of_error = r.number(d, "", "galat", 0.0001, 0.5).value_or(0.05);
  if (auto s = r.string(d, "", "pembulatan")) {
    if (*s == "terdekat") out.bulat_terdekat = true;
    else if (*s == "ke-atas") out.bulat_terdekat = false;
    else r.fail("/pembulatan", "harus \"terdekat\" atau \"ke-atas\"", "must be \"terdekat\" or \"ke-atas\"");
  }
}

void parse_lapor(Reader& r, const json& d, RulesLapor& out) {
  out.satuan = r.enumeration(d, "", "satuan", parse_satuan, "satuan hari").value_or(SatuanHari::invalid);
  out.tanggapan_pertama_hari = r.integer(d, "", "tanggapan_pertama_hari", 1, 365).value_or(3);
  out.zona_menit = r.integer(d, "", "zona_waktu_menit", -720, 840, false).value_or(480);
  out.kategori_bawaan = text(r, d, "", "kategori_bawaan", false);
  if (const json* a = r.array(d, "", "penyelesaian")) {
    if (a->empty()) r.fail("/penyelesaian", "tidak boleh kosong", "must not be empty");
    std::set<std::string> seen;
    for (std::size_t i = 0; i < a->size(); ++i) {
      const json& row = (*a)[i];
      std::string p = Reader::at("/penyelesaian", i);
      if (!is_object_at(r, row, p)) continue;
      BatasKeluhan b;
      b.kategori = text(r, row, p, "kategori");
      b.hari = r.integer(row, p, "hari", 1, 3650).value_or(0);
      b.label_id = text(r, row, p, "label_id");
      b.label_en = text(r, row, p, "label_en");
      if (!b.kategori.empty() && !seen.insert(b.kategori).second)
        r.fail(Reader::at(p, "kategori"), "kategori ganda: " + b.kategori, "duplicate category: " + b.kategori);
      out.penyelesaian.push_back(std::move(b));
    }
    if (!out.kategori_bawaan.empty() && !seen.count(out.kategori_bawaan))
      r.fail("/kategori_bawaan", "bukan kategori di \"penyelesaian\": " + out.kategori_bawaan,
             "not a category in \"penyelesaian\": " + out.kategori_bawaan);
  }
}

std::vector<PitaNilai> parse_pita_nilai(Reader& r, const json& d, const std::string& ptr, std::string_view key) {
  std::vector<PitaNilai> out;
  const json* a = r.array(d, ptr, key);
  if (!a) return out;
  std::string ap = Reader::at(ptr, key);
  if (a->empty()) r.fail(ap, "tidak boleh kosong", "must not be empty");
  for (std::size_t i = 0; i < a->size(); ++i) {
    const json& row = (*a)[i];
    std::string p = Reader::at(ap, i);
    if (!is_object_at(r, row, p)) continue;
    PitaNilai pn;
    pn.kode = text(r, row, p, "kode");
    pn.label_id = text(r, row, p, "label_id");
    pn.label_en = text(r, row, p, "label_en");
    bool last = i + 1 == a->size();
    auto mn = r.number(row, p, "min", -1000, 1000, !last);
    pn.ada_min = mn.has_value();
    pn.min = mn.value_or(0);
    pn.min_inklusif = r.boolean(row, p, "min_inklusif", false).value_or(true);
    pn.perlu_inovasi = r.boolean(row, p, "perlu_inovasi", false).value_or(false);
    if (last && pn.ada_min)
      r.fail(Reader::at(p, "min"), "pita terakhir tidak bertepi bawah (menampung sisanya)",
             "the last band has no lower edge (it takes the rest)");
    if (!out.empty() && pn.ada_min && out.back().ada_min && pn.min > out.back().min)
      r.fail(Reader::at(p, "min"), "harus menurun (pita tertinggi lebih dulu)", "must decrease (highest band first)");
    out.push_back(std::move(pn));
  }
  return out;
}

void parse_permen8(Reader& r, const json& d, RulesPermen8_2021& out) {
  if (const json* a = r.array(d, "", "pita")) {
    if (a->empty()) r.fail("/pita", "tidak boleh kosong", "must not be empty");
    for (std::size_t i = 0; i < a->size(); ++i) {
      const json& row = (*a)[i];
      std::string p = Reader::at("/pita", i);
      if (!is_object_at(r, row, p)) continue;
      PitaNilaiCapaian pc;
      pc.kategori = text(r, row, p, "kategori");
      pc.label_id = text(r, row, p, "label_id");
      pc.label_en = text(r, row, p, "label_en");
      pc.dari = r.number(row, p, "dari", 0, 1000).value_or(0);
      pc.sampai = r.number(row, p, "sampai", 0, 1000).value_or(0);
      pc.dari_inklusif = r.boolean(row, p, "dari_inklusif").value_or(true);
      pc.sampai_inklusif = r.boolean(row, p, "sampai_inklusif").value_or(true);
      if (pc.sampai < pc.dari) r.fail(Reader::at(p, "sampai"), "lebih kecil dari \"dari\"", "less than \"dari\"");
      if (!out.pita.empty() && pc.dari < out.pita.back().sampai)
        r.fail(Reader::at(p, "dari"), "pita harus urut naik tanpa tumpang tindih", "bands must ascend without overlap");
      if (const json* t = r.array(row, p, "titik")) {
        bool good = t->size() == 2;
        for (std::size_t k = 0; good && k < 2; ++k)
          good = (*t)[k].is_array() && (*t)[k].size() == 2 && (*t)[k][0].is_number() && (*t)[k][1].is_number();
        if (!good) {
          r.fail(Reader::at(p, "titik"), "harus dua titik [[capaian, nilai], [capaian, nilai]]",
                 "must be two points [[capaian, nilai], [capaian, nilai]]");
        } else {
          pc.c0 = (*t)[0][0].get<double>();
          pc.n0 = (*t)[0][1].get<double>();
          pc.c1 = (*t)[1][0].get<double>();
          pc.n1 = (*t)[1][1].get<double>();
        }
      }
      pc.nilai_min = r.number(row, p, "nilai_min", 0, 1000).value_or(0);
      pc.nilai_maks = r.number(row, p, "nilai_maks", 0, 1000).value_or(0);
      if (pc.nilai_maks < pc.nilai_min)
        r.fail(Reader::at(p, "nilai_maks"), "lebih kecil dari nilai_min", "less than nilai_min");
      out.pita.push_back(std::move(pc));
    }
  }
  if (const json* a = r.object(d, "", "di_atas")) {
    out.di_atas_persen = r.number(*a, "/di_atas", "persen", 0, 1000).value_or(110);
    out.nilai_di_atas = r.number(*a, "/di_atas", "nilai", 0, 1000).value_or(120);
    out.kategori_di_atas = text(r, *a, "/di_atas", "kategori");
  }
  if (const json* a = r.object(d, "", "target_maksimal")) {
    out.nilai_target_maksimal = r.number(*a, "/target_maksimal", "nilai", 0, 1000).value_or(120);
    out.kategori_target_maksimal = text(r, *a, "/target_maksimal", "kategori");
  }
  if (const json* a = r.object(d, "", "nilai_skp", false))
    out.bobot_tambahan = r.number(*a, "/nilai_skp", "bobot_tambahan", 0, 1).value_or(0);
}

void parse_pp30(Reader& r, const json& d, RulesPp30_2019& out) {
  out.nilai_maks = r.number(d, "", "nilai_maks", 1, 1000).value_or(120);
  if (const json* a = r.array(d, "", "bobot")) {
    for (std::size_t i = 0; i < a->size(); ++i) {
      const json& row = (*a)[i];
      std::string p = Reader::at("/bobot", i);
      if (!is_object_at(r, row, p)) continue;
      BobotNilaiKinerja b;
      b.kode = text(r, row, p, "kode");
      auto s = r.integer(row, p, "skp", 0, 100);
      auto pk = r.integer(row, p, "perilaku", 0, 100);
      if (s && pk && *s + *pk != 100)
        r.fail(Reader::at(p, "perilaku"), "skp + perilaku harus 100", "skp + perilaku must be 100");
      b.skp = s.value_or(0);
      b.perilaku = pk.value_or(0);
      out.bobot.push_back(std::move(b));
    }
  }
  out.predikat = parse_pita_nilai(r, d, "", "predikat");
}

void parse_pp46(Reader& r, const json& d, RulesPp46_2011& out) {
  if (const json* b = r.object(d, "", "bobot")) {
    auto s = r.integer(*b, "/bobot", "skp", 0, 100);
    auto p = r.integer(*b, "/bobot", "perilaku", 0, 100);
    if (s && p && *s + *p != 100) r.fail("/bobot/perilaku", "skp + perilaku harus 100", "skp + perilaku must be 100");
    out.bobot_skp = s.value_or(60);
    out.bobot_perilaku = p.value_or(40);
  }
  out.nilai_perilaku_maks = r.number(d, "", "nilai_perilaku_maks", 1, 1000).value_or(100);
  if (const json* w = r.object(d, "", "waktu_biaya")) {
    out.faktor_waktu = r.number(*w, "/waktu_biaya", "faktor", 1, 3).value_or(1.76);
    out.batas_efisiensi = r.number(*w, "/waktu_biaya", "batas_efisiensi", 0, 100).value_or(24);
    out.dasar_efisien = r.number(*w, "/waktu_biaya", "dasar", 0, 200).value_or(76);
  }
  if (const json* a = r.array(d, "", "tugas_tambahan")) {
    for (std::size_t i = 0; i < a->size(); ++i) {
      const json& row = (*a)[i];
      std::string p = Reader::at("/tugas_tambahan", i);
      if (!is_object_at(r, row, p)) continue;
      LangkahTugasTambahan l;
      l.min_tugas = r.integer(row, p, "min_tugas", 1, 1000).value_or(1);
      l.nilai = r.integer(row, p, "nilai", 0, 100).value_or(0);
      if (!out.tugas_tambahan.empty() && l.min_tugas <= out.tugas_tambahan.back().min_tugas)
        r.fail(Reader::at(p, "min_tugas"), "harus urut naik", "must ascend");
      out.tugas_tambahan.push_back(l);
    }
  }
  if (const json* k = r.object(d, "", "kreativitas")) {
    for (const auto& [key, v] : k->items())
      if (auto n = r.integer_value(v, Reader::at("/kreativitas", key), 0, 100)) out.kreativitas.emplace_back(key, *n);
  }
  out.predikat = parse_pita_nilai(r, d, "", "predikat");
}

void parse_angka_kredit(Reader& r, const json& d, RulesAngkaKredit& out) {
  if (const json* a = r.array(d, "", "koefisien")) {
    std::set<std::string> seen;
    for (std::size_t i = 0; i < a->size(); ++i) {
      const json& row = (*a)[i];
      std::string p = Reader::at("/koefisien", i);
      if (!is_object_at(r, row, p)) continue;
      KoefisienJenjang k;
      k.jenjang = text(r, row, p, "jenjang");
      k.label = text(r, row, p, "label");
      k.koefisien = r.number(row, p, "koefisien", 0.001, 1000).value_or(0);
      if (!k.jenjang.empty() && !seen.insert(k.jenjang).second)
        r.fail(Reader::at(p, "jenjang"), "jenjang ganda: " + k.jenjang, "duplicate jenjang: " + k.jenjang);
      out.koefisien.push_back(std::move(k));
    }
  }
  if (const json* pp = r.object(d, "", "persen_predikat")) {
    for (Predikat p : {Predikat::sangat_baik, Predikat::baik, Predikat::butuh_perbaikan, Predikat::kurang_misconduct,
                       Predikat::sangat_kurang})
      out.persen_predikat[static_cast<std::size_t>(p)] =
          r.number(*pp, "/persen_predikat", to_string(p), 0, 1000).value_or(0);
  }
}

void parse_katalog(Reader& r, const json& d, KatalogPelatihan& out) {
  const json* a = r.array(d, "", "pelatihan");
  if (!a) return;
  std::set<std::string> seen;
  for (std::size_t i = 0; i < a->size(); ++i) {
    const json& row = (*a)[i];
    std::string p = Reader::at("/pelatihan", i);
    if (!is_object_at(r, row, p)) continue;
    Pelatihan t;
    t.id = text(r, row, p, "id");
    if (!t.id.empty() && !id_ok(t.id))
      r.fail(Reader::at(p, "id"), "id hanya boleh 1–64 karakter [A-Za-z0-9._:-]", "id must be 1–64 of [A-Za-z0-9._:-]");
    else if (!t.id.empty() && !seen.insert(t.id).second)
      r.fail(Reader::at(p, "id"), "id ganda: " + t.id, "duplicate id: " + t.id);
    t.nama_id = text(r, row, p, "nama_id");
    t.nama_en = text(r, row, p, "nama_en");
    t.penyelenggara = text(r, row, p, "penyelenggara");
    t.moda = text(r, row, p, "moda");
    t.jp = r.integer(row, p, "jp", 0, 10000).value_or(0);
    t.deskripsi_id = text(r, row, p, "deskripsi_id", false);
    t.deskripsi_en = text(r, row, p, "deskripsi_en", false);
    if (const json* n = r.array(row, p, "nilai"))
      for (std::size_t k = 0; k < n->size(); ++k)
        if (auto v = r.enum_value((*n)[k], Reader::at(Reader::at(p, "nilai"), k), parse_nilai_berakhlak, "nilai BerAKHLAK"))
          t.nilai.push_back(*v);
    if (const json* n = r.array(row, p, "aspek"))
      for (std::size_t k = 0; k < n->size(); ++k)
        if (auto v = r.enum_value((*n)[k], Reader::at(Reader::at(p, "aspek"), k), parse_aspek, "aspek"))
          t.aspek.push_back(*v);
    out.pelatihan.push_back(std::move(t));
  }
}

} // namespace

bool parse_section(Reader& r, const json& doc, std::string_view id, RuleSet& into) {
  if (id == "predikat-matrix") parse_matriks(r, doc, into.matriks);
  else if (id == "rating-perilaku") parse_rating_perilaku(r, doc, into.rating_perilaku);
  else if (id == "rating-hasil-kerja") parse_rating_hasil_kerja(r, doc, into.rating_hasil_kerja);
  else if (id == "kurva-distribusi") parse_kurva(r, doc, into.kurva);
  else if (id == "ikm") parse_ikm(r, doc, into.ikm);
  else if (id == "sampel-skm") parse_sampel(r, doc, into.sampel);
  else if (id == "sp4n-lapor") parse_lapor(r, doc, into.lapor);
  else if (id == "permenpanrb-8-2021") parse_permen8(r, doc, into.permen8_2021);
  else if (id == "pp-30-2019") parse_pp30(r, doc, into.pp30_2019);
  else if (id == "pp-46-2011") parse_pp46(r, doc, into.pp46_2011);
  else if (id == "angka-kredit") parse_angka_kredit(r, doc, into.angka_kredit);
  else if (id == "katalog-pelatihan") parse_katalog(r, doc, into.pelatihan);
  else if (id == "berakhlak") parse_berakhlak(r, doc, into.berakhlak);
  else if (id == "skm-kuesioner") parse_kuesioner_skm(r, doc, into.kuesioner_skm);
  else if (id == "keberatan") parse_keberatan(r, doc, into.keberatan);
  else if (id == "kewenangan") parse_kewenangan(r, doc, into.kewenangan);
  else return false;
  return true;
}

RuleMeta* meta_of(RuleSet& s, std::string_view id) {
  if (id == "predikat-matrix") return &s.matriks.meta;
  if (id == "rating-perilaku") return &s.rating_perilaku.meta;
  if (id == "rating-hasil-kerja") return &s.rating_hasil_kerja.meta;
  if (id == "kurva-distribusi") return &s.kurva.meta;
  if (id == "ikm") return &s.ikm.meta;
  if (id == "sampel-skm") return &s.sampel.meta;
  if (id == "sp4n-lapor") return &s.lapor.meta;
  if (id == "permenpanrb-8-2021") return &s.permen8_2021.meta;
  if (id == "pp-30-2019") return &s.pp30_2019.meta;
  if (id == "pp-46-2011") return &s.pp46_2011.meta;
  if (id == "angka-kredit") return &s.angka_kredit.meta;
  if (id == "katalog-pelatihan") return &s.pelatihan.meta;
  if (id == "berakhlak") return &s.berakhlak.meta;
  if (id == "skm-kuesioner") return &s.kuesioner_skm.meta;
  if (id == "keberatan") return &s.keberatan.meta;
  if (id == "kewenangan") return &s.kewenangan.meta;
  return nullptr;
}

void copy_section(RuleSet& to, const RuleSet& from, std::string_view id) {
  if (id == "predikat-matrix") to.matriks = from.matriks;
  else if (id == "rating-perilaku") to.rating_perilaku = from.rating_perilaku;
  else if (id == "rating-hasil-kerja") to.rating_hasil_kerja = from.rating_hasil_kerja;
  else if (id == "kurva-distribusi") to.kurva = from.kurva;
  else if (id == "ikm") to.ikm = from.ikm;
  else if (id == "sampel-skm") to.sampel = from.sampel;
  else if (id == "sp4n-lapor") to.lapor = from.lapor;
  else if (id == "permenpanrb-8-2021") to.permen8_2021 = from.permen8_2021;
  else if (id == "pp-30-2019") to.pp30_2019 = from.pp30_2019;
  else if (id == "pp-46-2011") to.pp46_2011 = from.pp46_2011;
  else if (id == "angka-kredit") to.angka_kredit = from.angka_kredit;
  else if (id == "katalog-pelatihan") to.pelatihan = from.pelatihan;
  else if (id == "berakhlak") to.berakhlak = from.berakhlak;
  else if (id == "skm-kuesioner") to.kuesioner_skm = from.kuesioner_skm;
  else if (id == "keberatan") to.keberatan = from.keberatan;
  else if (id == "kewenangan") to.kewenangan = from.kewenangan;
}

} // namespace kinerja::rules_detail

namespace kinerja {

std::string_view to_string(JenisBatasKurva j) {
  switch (j) {
    case JenisBatasKurva::maks_persen: return "maks-persen";
    case JenisBatasKurva::min_persen: return "min-persen";
    case JenisBatasKurva::lebih_dari_persen: return "lebih-dari-persen";
    case JenisBatasKurva::min_jumlah: return "min-jumlah";
    case JenisBatasKurva::invalid: break;
  }
  return "";
}

int rating_index(Rating r) {
  switch (r) {
    case Rating::di_bawah: return 0;
    case Rating::sesuai: return 1;
    case Rating::di_atas: return 2;
    case Rating::invalid: break;
  }
  return -1;
}

} // namespace kinerja
