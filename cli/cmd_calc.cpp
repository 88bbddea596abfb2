// `kinerja calc …`: a calculator for HR staff who want to check one rule by
// hand. Each subcommand calls the same core function the app uses, prints the
// answer on the first line (plain text) or a JSON object (--json), and exits 1
// with a message in Indonesian and English on bad input; `calc kurva` exits 3
// when a limit of the distribution curve is violated.
#include "cli/commands.hpp"

#include "core/calc/angka_kredit.hpp"
#include "core/calc/capaian.hpp"
#include "core/calc/ikm.hpp"
#include "core/calc/kurva.hpp"
#include "core/calc/legacy.hpp"
#include "core/calc/predikat.hpp"
#include "core/rules/rules.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace kinerja::cli {
namespace {

using nlohmann::json;

constexpr const char* kUsage =
    "usage: kinerja calc <rumus> [args] [--json] [--rules FILE.json]\n"
    "  predikat HASIL PERILAKU                 each di-atas|sesuai|di-bawah → predikat (PermenPANRB 6/2022)\n"
    "  capaian --target T|T1-T2 --realisasi R [--polaritas naik|turun|tepat]   → capaian % (8/2021)\n"
    "  nilai-capaian PERSEN [--target-maksimal] → nilai capaian 0–120 (8/2021)\n"
    "  nilai-skp \"UTAMA;UTAMA…\" [--tambahan \"T;T…\"] → nilai SKP from nilai capaian (8/2021)\n"
    "  pp30 SKP PERILAKU [--bobot tanpa-360|dengan-360] [--inovasi] → nilai kinerja and predikat (PP 30/2019)\n"
    "  pp46 SKP PERILAKU                       → nilai prestasi kerja and predikat (PP 46/2011)\n"
    "  ikm FILE.csv                            nine answers 1–4 per row, empty = not answered → IKM\n"
    "  sampel N                                → Krejcie–Morgan minimum sample for population N\n"
    "  kurva CKO sb=N,b=N,bp=N,k=N,sk=N        → violated distribution limits (exit 3 when any)\n"
    "  angka-kredit JENJANG PREDIKAT [--bulan N] → angka kredit (PermenPANRB 1/2023)\n"
    "Numbers may use a decimal comma (88,5). --rules applies a newer rules file first.\n";

// Exit 1 with "kinerja calc SUB: pesan / message".
int failed(std::string_view sub, std::string_view id, std::string_view en) {
  std::cerr << "kinerja calc" << (sub.empty() ? "" : " ") << sub << ": " << id << " / " << en << "\n";
  return 1;
}

// "88,5", "88.5", "88.5%" → 88.5. nullopt for anything else (incl. "1e3", "", "--").
std::optional<double> angka(std::string_view s) {
  if (!s.empty() && s.back() == '%') s.remove_suffix(1);
  if (s.empty() || s.size() > 40) return std::nullopt;
  std::string t;
  bool digit = false, sep = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c >= '0' && c <= '9') {
      digit = true;
      t += c;
    } else if ((c == ',' || c == '.') && !sep) {
      sep = true;
      t += '.';
    } else if (c == '-' && i == 0) {
      t += c;
    } else {
      return std::nullopt;
    }
  }
  if (!digit) return std::nullopt;
  char* end = nullptr;
  double v = std::strtod(t.c_str(), &end);
  if (end != t.c_str() + t.size() || !std::isfinite(v)) return std::nullopt;
  return v;
}

// A population count: digits, optionally grouped by '.' in threes ("1.000").
std::optional<long long> bulat(std::string_view s) {
  if (s.empty() || s.size() > 18) return std::nullopt;
  long long v = 0;
  std::size_t group = 0;
  bool grouped = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '.') {
      if (i == 0 || (grouped && group != 3) || (!grouped && group > 3)) return std::nullopt;
      grouped = true;
      group = 0;
      continue;
    }
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
    ++group;
  }
  if (grouped && group != 3) return std::nullopt;
  return v;
}

// Up to `d` decimals, trailing zeros dropped: 102.2222 → "102.22", 88 → "88".
std::string fmt(double x, int d = 2) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", d, x);
  std::string s(buf);
  if (s.find('.') != std::string::npos) {
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  if (s == "-0") s = "0";
  return s;
}

// Rounded to `d` decimals as a JSON number.
double bulatkan(double x, int d = 2) {
  const double f = std::pow(10.0, d);
  return std::round(x * f) / f;
}

// "Diatas", "DI_ATAS", "di atas" → "di-atas": the spellings seen in practice.
std::optional<Rating> rating(std::string_view s) {
  std::string t;
  for (char c : s) {
    if (c >= 'A' && c <= 'Z') t += static_cast<char>(c - 'A' + 'a');
    else if (c == '_' || c == ' ') t += '-';
    else t += c;
  }
  if (t == "diatas") t = "di-atas";
  if (t == "dibawah") t = "di-bawah";
  return parse_rating(t);
}

json meta_json(const RuleMeta& m) { return json{{"id", m.id}, {"version", m.version}}; }

struct Opsi {
  bool json_out = false;
  std::vector<std::string_view> pos;           // positional arguments
  std::vector<std::pair<std::string_view, std::string_view>> flags;  // --name value
  std::vector<std::string_view> switches;      // --name
  std::string rules_path;
};

bool has(const Opsi& o, std::string_view name) {
  for (auto s : o.switches)
    if (s == name) return true;
  return false;
}
std::optional<std::string_view> flag(const Opsi& o, std::string_view name) {
  for (const auto& [k, v] : o.flags)
    if (k == name) return v;
  return std::nullopt;
}

void cetak(const Opsi& o, const std::string& text, const json& j) {
  if (o.json_out) std::cout << j.dump(2) << "\n";
  else std::cout << text;
}

// --- predikat ---
int calc_predikat(const RuleSet& rules, const Opsi& o) {
  if (o.pos.size() != 2)
    return failed("predikat", "perlu dua argumen: HASIL PERILAKU (di-atas|sesuai|di-bawah)",
                 "needs two arguments: HASIL PERILAKU (di-atas|sesuai|di-bawah)");
  auto hk = rating(o.pos[0]);
  auto pk = rating(o.pos[1]);
  if (!hk) return failed("predikat", "rating hasil kerja tidak dikenal: " + std::string(o.pos[0]), "unknown rating: " + std::string(o.pos[0]));
  if (!pk) return failed("predikat", "rating perilaku tidak dikenal: " + std::string(o.pos[1]), "unknown rating: " + std::string(o.pos[1]));
  Predikat p = predikat_kinerja(rules.matriks, *hk, *pk);
  std::string text = std::string(label_id(p)) + "\n" + "hasil kerja " + std::string(label_id(*hk)) + " × perilaku " +
                     std::string(label_id(*pk)) + " (" + rules.matriks.meta.id + " " + rules.matriks.meta.version + ")\n";
  cetak(o, text,
        json{{"predikat", to_string(p)}, {"label", label_id(p)}, {"hasil_kerja", to_string(*hk)},
             {"perilaku", to_string(*pk)}, {"rules", meta_json(rules.matriks.meta)}});
  return 0;
}

// --- capaian ---
int calc_capaian(const Opsi& o) {
  auto t = flag(o, "--target");
  auto r = flag(o, "--realisasi");
  if (!t || !r) return failed("capaian", "--target dan --realisasi wajib diisi", "--target and --realisasi are required");
  if (!o.pos.empty()) return failed("capaian", "argumen tidak dikenal: " + std::string(o.pos[0]), "unknown argument: " + std::string(o.pos[0]));
  InputCapaian in;
  std::string_view ts = *t;
  std::size_t dash = ts.find('-', 1);
  std::size_t dash_len = 1;
  if (dash == std::string_view::npos) {
    dash = ts.find("\xE2\x80\x93", 1);  // en dash, as in "80–90"
    dash_len = 3;
  }
  if (dash != std::string_view::npos) {
    auto lo = angka(ts.substr(0, dash));
    auto hi = angka(ts.substr(dash + dash_len));
    if (!lo || !hi) return failed("capaian", "target rentang harus berbentuk T1-T2, mis. 80-90", "a target range must look like T1-T2, e.g. 80-90");
    in.target = *lo;
    in.target_maks = *hi;
  } else {
    auto v = angka(ts);
    if (!v) return failed("capaian", "target bukan angka: " + std::string(ts), "target is not a number: " + std::string(ts));
    in.target = *v;
  }
  auto rv = angka(*r);
  if (!rv) return failed("capaian", "realisasi bukan angka: " + std::string(*r), "realisasi is not a number: " + std::string(*r));
  in.realisasi = *rv;
  in.polaritas = Polaritas::naik;
  if (auto p = flag(o, "--polaritas")) {
    auto pp = parse_polaritas(*p);
    if (!pp) return failed("capaian", "polaritas tidak dikenal: " + std::string(*p), "unknown polarity: " + std::string(*p));
    in.polaritas = *pp;
  }
  if (in.target < 0 || (in.target_maks && *in.target_maks < 0) || in.realisasi < 0)
    return failed("capaian", "angka tidak boleh negatif", "numbers must not be negative");
  HasilCapaian h = hitung_capaian(in);
  if (!h.ok()) return failed("capaian", message_id(h.error), message_en(h.error));
  std::string text = fmt(h.persen) + "%\n";
  json j{{"capaian_persen", bulatkan(h.persen)}, {"capaian_persen_tepat", h.persen},
         {"polaritas", to_string(in.polaritas)}, {"target", in.target}, {"realisasi", in.realisasi}};
  if (in.target_maks) j["target_maks"] = *in.target_maks;
  cetak(o, text, j);
  return 0;
}

// --- nilai-capaian ---
int calc_nilai_capaian(const RuleSet& rules, const Opsi& o) {
  if (o.pos.size() != 1) return failed("nilai-capaian", "perlu satu argumen: PERSEN", "needs one argument: PERSEN");
  auto c = angka(o.pos[0]);
  if (!c) return failed("nilai-capaian", "persen bukan angka: " + std::string(o.pos[0]), "not a number: " + std::string(o.pos[0]));
  if (*c < 0) return failed("nilai-capaian", "persen tidak boleh negatif", "the percentage must not be negative");
  const bool tm = has(o, "--target-maksimal");
  NilaiLegacy n = nilai_capaian_8_2021(rules.permen8_2021, *c, tm);
  if (!n.ok) return failed("nilai-capaian", n.error_id, n.error_en);
  std::string text = fmt(n.nilai) + "\nkategori: " + n.label_id + " (" + rules.permen8_2021.meta.id + " " +
                     rules.permen8_2021.meta.version + ")\n";
  cetak(o, text,
        json{{"nilai", bulatkan(n.nilai)}, {"nilai_tepat", n.nilai}, {"kategori", n.kategori}, {"label", n.label_id},
             {"capaian_persen", *c}, {"target_maksimal", tm}, {"rules", meta_json(rules.permen8_2021.meta)}});
  return 0;
}

// "88,5;90" style lists: numbers separated by ';' or spaces (a comma is a decimal comma).
std::optional<std::vector<double>> daftar_angka(std::string_view s) {
  std::vector<double> out;
  std::size_t i = 0;
  while (i <= s.size()) {
    std::size_t j = s.find_first_of("; ", i);
    if (j == std::string_view::npos) j = s.size();
    if (j > i) {
      auto x = angka(s.substr(i, j - i));
      if (!x) return std::nullopt;
      out.push_back(*x);
    }
    i = j + 1;
  }
  return out;
}

// One legacy result: the value (two decimals, and exact) and its band.
int legacy_out(const Opsi& o, const char* sub, const NilaiLegacy& n, const RuleMeta& meta, json extra) {
  if (!n.ok) return failed(sub, n.error_id, n.error_en);
  std::string text = fmt(n.nilai) + "\n";
  if (!n.kategori.empty()) text += "predikat: " + n.label_id + " ";
  text += "(" + meta.id + " " + meta.version + ")\n";
  extra["nilai"] = bulatkan(n.nilai);
  extra["nilai_tepat"] = n.nilai;
  if (!n.kategori.empty()) {
    extra["predikat"] = n.kategori;
    extra["label"] = n.label_id;
  }
  extra["rules"] = meta_json(meta);
  cetak(o, text, extra);
  return 0;
}

// --- nilai-skp (8/2021) ---
int calc_nilai_skp(const RuleSet& rules, const Opsi& o) {
  if (o.pos.size() != 1)
    return failed("nilai-skp", "perlu satu argumen: nilai capaian utama dipisah ';'", "needs one argument: the main nilai capaian separated by ';'");
  const auto utama = daftar_angka(o.pos[0]);
  if (!utama || utama->empty()) return failed("nilai-skp", "nilai utama bukan angka: " + std::string(o.pos[0]), "not numbers: " + std::string(o.pos[0]));
  std::vector<double> tambahan;
  if (auto t = flag(o, "--tambahan")) {
    const auto list = daftar_angka(*t);
    if (!list) return failed("nilai-skp", "--tambahan bukan angka: " + std::string(*t), "--tambahan is not numbers: " + std::string(*t));
    tambahan = *list;
  }
  return legacy_out(o, "nilai-skp", nilai_skp_8_2021(rules.permen8_2021, *utama, tambahan), rules.permen8_2021.meta,
                    json{{"utama", *utama}, {"tambahan", tambahan}});
}

// Two scores, SKP then perilaku.
std::optional<std::pair<double, double>> dua_nilai(const Opsi& o, const char* sub, int& rc) {
  rc = 0;
  if (o.pos.size() != 2) {
    rc = failed(sub, "perlu dua argumen: SKP PERILAKU", "needs two arguments: SKP PERILAKU");
    return std::nullopt;
  }
  const auto skp = angka(o.pos[0]), perilaku = angka(o.pos[1]);
  if (!skp || !perilaku) {
    rc = failed(sub, "nilai bukan angka: " + std::string(skp ? o.pos[1] : o.pos[0]),
                "not a number: " + std::string(skp ? o.pos[1] : o.pos[0]));
    return std::nullopt;
  }
  return std::pair(*skp, *perilaku);
}

// --- pp30 ---
int calc_pp30(const RuleSet& rules, const Opsi& o) {
  int rc = 0;
  const auto v = dua_nilai(o, "pp30", rc);
  if (!v) return rc;
  const std::string bobot(flag(o, "--bobot").value_or("tanpa-360"));
  const bool inovasi = has(o, "--inovasi");
  return legacy_out(o, "pp30", nilai_kinerja_pp30(rules.pp30_2019, v->first, v->second, bobot, inovasi),
                    rules.pp30_2019.meta,
                    json{{"nilai_skp", v->first}, {"nilai_perilaku", v->second}, {"bobot", bobot}, {"inovasi", inovasi}});
}

// --- pp46 ---
int calc_pp46(const RuleSet& rules, const Opsi& o) {
  int rc = 0;
  const auto v = dua_nilai(o, "pp46", rc);
  if (!v) return rc;
  return legacy_out(o, "pp46", nilai_prestasi_kerja_pp46(rules.pp46_2011, v->first, v->second), rules.pp46_2011.meta,
                    json{{"nilai_skp", v->first}, {"nilai_perilaku", v->second}});
}

// --- ikm ---
int calc_ikm(const RuleSet& rules, const Opsi& o) {
  if (o.pos.size() != 1) return failed("ikm", "perlu satu argumen: FILE.csv", "needs one argument: FILE.csv");
  const std::string path(o.pos[0]);
  std::ifstream in(path, std::ios::binary);
  if (!in) return failed("ikm", "tidak dapat membuka " + path, "cannot open " + path);
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string text = ss.str();
  CsvIkm csv = baca_csv_ikm(text, rules.ikm.skala_min, rules.ikm.skala_maks);
  if (!csv.errors.empty()) {
    for (const auto& g : csv.errors) std::cerr << path << ":" << g.baris << ": " << g.message_id << " / " << g.message_en << "\n";
    return 1;
  }
  if (csv.responden.empty()) return failed("ikm", path + ": tidak ada responden", path + ": no respondents");
  HasilIkm h = hitung_ikm(rules.ikm, csv.responden);
  if (!h.ok) return failed("ikm", h.error_id, h.error_en);
  const std::string nk = format_seratus(h.nilai_konversi_seratus, '.');
  std::string out = nk + " " + h.mutu + " (" + h.kinerja_id + ")\n";
  json unsur = json::array();
  for (const auto& u : h.unsur) {
    char line[256];
    std::snprintf(line, sizeof line, "NRR %s %s: %s (%llu responden)\n", u.kode.c_str(), u.nama_id.c_str(),
                  u.responden ? fmt(u.nrr, 3).c_str() : "-", static_cast<unsigned long long>(u.responden));
    out += line;
    unsur.push_back(json{{"kode", u.kode}, {"nama", u.nama_id}, {"jumlah", u.jumlah}, {"responden", u.responden},
                         {"nrr", u.responden ? json(bulatkan(u.nrr, 3)) : json(nullptr)}});
  }
  out += "IKM (skala 1-4): " + fmt(h.ikm, 4) + "\n";
  out += "nilai konversi (x" + std::to_string(rules.ikm.konversi) + "): " + nk + "\n";
  out += "mutu pelayanan: " + h.mutu + "\n";
  out += "kinerja unit pelayanan: " + h.kinerja_id + "\n";
  out += "responden: " + std::to_string(h.responden) + "\n";
  cetak(o, out,
        json{{"nilai_konversi", static_cast<double>(h.nilai_konversi_seratus) / 100.0}, {"mutu", h.mutu},
             {"kinerja", h.kinerja_id}, {"kinerja_en", h.kinerja_en}, {"ikm", bulatkan(h.ikm, 4)},
             {"responden", h.responden}, {"unsur", unsur}, {"rules", meta_json(rules.ikm.meta)}});
  return 0;
}

// --- sampel ---
int calc_sampel(const RuleSet& rules, const Opsi& o) {
  if (o.pos.size() != 1) return failed("sampel", "perlu satu argumen: N (jumlah populasi)", "needs one argument: N (population)");
  auto n = bulat(o.pos[0]);
  if (!n || *n < 1)
    return failed("sampel", "N harus bilangan bulat positif: " + std::string(o.pos[0]),
                 "N must be a positive integer: " + std::string(o.pos[0]));
  const auto s = sampel_minimum(rules.sampel, *n);
  cetak(o, std::to_string(s) + "\n",
        json{{"populasi", *n}, {"sampel_minimum", s}, {"rules", meta_json(rules.sampel.meta)}});
  return 0;
}

// --- kurva ---
int calc_kurva(const RuleSet& rules, const Opsi& o) {
  if (o.pos.size() < 2) return failed("kurva", "perlu CKO dan jumlah, mis. kurva baik sb=2,b=10,bp=1", "needs CKO and counts, e.g. kurva baik sb=2,b=10,bp=1");
  auto cko = parse_cko(o.pos[0]);
  if (!cko) return failed("kurva", "CKO tidak dikenal: " + std::string(o.pos[0]), "unknown CKO: " + std::string(o.pos[0]));
  JumlahPredikat j;
  std::string all;
  for (std::size_t i = 1; i < o.pos.size(); ++i) {
    if (!all.empty()) all += ',';
    all += o.pos[i];
  }
  std::string_view rest = all;
  std::vector<bool> seen(6, false);
  while (!rest.empty()) {
    std::size_t comma = rest.find(',');
    std::string_view item = rest.substr(0, comma);
    rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
    if (item.empty()) continue;
    std::size_t eq = item.find('=');
    if (eq == std::string_view::npos) return failed("kurva", "harus KUNCI=N: " + std::string(item), "must be KEY=N: " + std::string(item));
    std::string_view key = item.substr(0, eq);
    Predikat p = Predikat::invalid;
    if (key == "sb") p = Predikat::sangat_baik;
    else if (key == "b") p = Predikat::baik;
    else if (key == "bp") p = Predikat::butuh_perbaikan;
    else if (key == "k") p = Predikat::kurang_misconduct;
    else if (key == "sk") p = Predikat::sangat_kurang;
    else if (auto pp = parse_predikat(key)) p = *pp;
    if (p == Predikat::invalid)
      return failed("kurva", "kunci tidak dikenal: " + std::string(key) + " (sb, b, bp, k, sk)",
                   "unknown key: " + std::string(key) + " (sb, b, bp, k, sk)");
    auto n = bulat(item.substr(eq + 1));
    if (!n || *n > 1000000)
      return failed("kurva", "jumlah harus bilangan bulat tidak negatif: " + std::string(item),
                   "count must be a non-negative integer: " + std::string(item));
    if (seen[static_cast<std::size_t>(p)]) return failed("kurva", "kunci ganda: " + std::string(key), "duplicate key: " + std::string(key));
    seen[static_cast<std::size_t>(p)] = true;
    j[p] = static_cast<int>(*n);
  }
  if (j.total() == 0) return failed("kurva", "jumlah pegawai nol", "no employees counted");
  auto w = periksa_kurva(rules.kurva, *cko, j);
  std::string text;
  json list = json::array();
  for (const auto& x : w) {
    text += x.message_id + "\n";
    json preds = json::array();
    for (auto p : x.batas.predikat) preds.push_back(to_string(p));
    list.push_back(json{{"predikat", preds}, {"jenis", to_string(x.batas.jenis)}, {"nilai", x.batas.nilai},
                        {"jumlah", x.jumlah}, {"total", x.total}, {"pesan", x.message_id}, {"message_en", x.message_en},
                        {"source", x.batas.source}});
  }
  if (w.empty())
    text = "sesuai pola distribusi untuk CKO " + std::string(label_id(*cko)) + " (" + std::to_string(j.total()) +
           " pegawai)\n";
  cetak(o, text,
        json{{"cko", to_string(*cko)}, {"total", j.total()}, {"sesuai", w.empty()}, {"pelanggaran", list},
             {"rules", meta_json(rules.kurva.meta)}});
  return w.empty() ? 0 : 3;
}

// --- angka-kredit ---
int calc_angka_kredit(const RuleSet& rules, const Opsi& o) {
  if (o.pos.size() != 2) return failed("angka-kredit", "perlu dua argumen: JENJANG PREDIKAT", "needs two arguments: JENJANG PREDIKAT");
  const KoefisienJenjang* jj = cari_jenjang(rules.angka_kredit, o.pos[0]);
  if (!jj) {
    std::string list;
    for (const auto& k : rules.angka_kredit.koefisien) list += (list.empty() ? "" : ", ") + k.jenjang;
    return failed("angka-kredit", "jenjang tidak dikenal: " + std::string(o.pos[0]) + " (" + list + ")",
                 "unknown jenjang: " + std::string(o.pos[0]) + " (" + list + ")");
  }
  std::optional<Predikat> p = parse_predikat(o.pos[1]);
  if (!p && (o.pos[1] == "kurang-misconduct" || o.pos[1] == "misconduct")) p = Predikat::kurang_misconduct;
  if (!p) return failed("angka-kredit", "predikat tidak dikenal: " + std::string(o.pos[1]), "unknown predikat: " + std::string(o.pos[1]));
  int bulan = 12;
  if (auto b = flag(o, "--bulan")) {
    auto n = bulat(*b);
    if (!n || *n < 1 || *n > 12) return failed("angka-kredit", "--bulan harus 1 sampai 12", "--bulan must be 1 to 12");
    bulan = static_cast<int>(*n);
  }
  auto ak = angka_kredit(rules.angka_kredit, jj->jenjang, *p, bulan);
  if (!ak) return failed("angka-kredit", "tidak dapat dihitung", "cannot be computed");
  const double persen = rules.angka_kredit.persen_predikat[static_cast<std::size_t>(*p)];
  std::string text = fmt(*ak, 3) + "\n" + jj->label + " koefisien " + fmt(jj->koefisien, 3) + " × " + fmt(persen) +
                     "% (" + std::string(label_id(*p)) + ")" + (bulan != 12 ? " × " + std::to_string(bulan) + "/12" : "") + "\n";
  cetak(o, text,
        json{{"angka_kredit", *ak}, {"jenjang", jj->jenjang}, {"koefisien", jj->koefisien}, {"predikat", to_string(*p)},
             {"persen", persen}, {"bulan", bulan}, {"rules", meta_json(rules.angka_kredit.meta)}});
  return 0;
}

} // namespace

int cmd_calc(Args args) {
  if (args.empty()) {
    std::cerr << kUsage;
    return 1;
  }
  if (args[0] == "--help" || args[0] == "-h") {
    std::cout << kUsage;
    return 0;
  }
  const std::string_view sub = args[0];
  Opsi o;
  const std::vector<std::string_view> with_value = {"--target", "--realisasi", "--polaritas", "--bulan", "--rules",
                                                    "--tambahan", "--bobot"};
  const std::vector<std::string_view> switches = {"--json", "--target-maksimal", "--inovasi"};
  for (std::size_t i = 1; i < args.size(); ++i) {
    std::string_view a = args[i];
    if (a.size() > 2 && a.substr(0, 2) == "--") {
      std::string_view name = a, value;
      bool inline_value = false;
      if (auto eq = a.find('='); eq != std::string_view::npos) {
        name = a.substr(0, eq);
        value = a.substr(eq + 1);
        inline_value = true;
      }
      if (std::find(with_value.begin(), with_value.end(), name) != with_value.end()) {
        if (!inline_value) {
          if (i + 1 >= args.size()) return failed(sub, std::string(name) + " perlu nilai", std::string(name) + " needs a value");
          value = args[++i];
        }
        if (name == "--rules") o.rules_path = std::string(value);
        else o.flags.emplace_back(name, value);
      } else if (!inline_value && std::find(switches.begin(), switches.end(), name) != switches.end()) {
        if (name == "--json") o.json_out = true;
        else o.switches.push_back(name);
      } else {
        return failed(sub, "opsi tidak dikenal: " + std::string(a), "unknown option: " + std::string(a));
      }
    } else if (a.size() > 1 && a[0] == '-' && !(a[1] >= '0' && a[1] <= '9')) {
      return failed(sub, "opsi tidak dikenal: " + std::string(a), "unknown option: " + std::string(a));
    } else {
      o.pos.push_back(a);
    }
  }
  for (auto p : o.pos)
    if (!p.empty() && p[0] == '-' && sub != "capaian")
      return failed(sub, "angka tidak boleh negatif: " + std::string(p), "numbers must not be negative: " + std::string(p));

  RuleSet rules = default_rules();
  if (!o.rules_path.empty()) {
    std::ifstream in(o.rules_path, std::ios::binary);
    if (!in) return failed(sub, "tidak dapat membuka " + o.rules_path, "cannot open " + o.rules_path);
    std::stringstream ss;
    ss << in.rdbuf();
    RulesLoad l = apply_rules_file(rules, ss.str(), o.rules_path);
    if (!l.ok()) {
      for (const auto& e : l.errors) std::cerr << o.rules_path << ": " << format_error(e) << "\n";
      return 1;
    }
    rules = std::move(l.rules);
  }

  if (sub == "predikat") return calc_predikat(rules, o);
  if (sub == "capaian") return calc_capaian(o);
  if (sub == "nilai-capaian") return calc_nilai_capaian(rules, o);
  if (sub == "nilai-skp") return calc_nilai_skp(rules, o);
  if (sub == "pp30") return calc_pp30(rules, o);
  if (sub == "pp46") return calc_pp46(rules, o);
  if (sub == "ikm") return calc_ikm(rules, o);
  if (sub == "sampel") return calc_sampel(rules, o);
  if (sub == "kurva") return calc_kurva(rules, o);
  if (sub == "angka-kredit") return calc_angka_kredit(rules, o);
  std::cerr << "kinerja calc: rumus tidak dikenal '" << sub << "' / unknown calculation\n" << kUsage;
  return 1;
}

} // namespace kinerja::cli
