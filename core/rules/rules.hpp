// RuleSet: every threshold, table and label the scoring core uses, read from
// the versioned JSON files in assets/rules/ (and the training catalogue in
// assets/catalog/): the regulation's tables, the BerAKHLAK wording, the SKM
// questionnaire and the keberatan window alike. Each file is one rule set: {"format":"kinerja-samarinda/rules",
// "schema":1,"id":…,"version":"2026.1","source":…, …data}. The files are
// embedded in the build; a file with a higher "version" for the same "id"
// replaces the older one, whether it is embedded or given at run time, so a
// change of regulation is a data change, not a code change.
//
// Loading never throws and never half-applies: a bad file yields errors with
// JSON pointers into that file, and the RuleSet you already had stays as it was.
#pragma once
#include "core/base/error.hpp"
#include "core/rules/batas_keberatan.hpp"
#include "core/rules/berakhlak.hpp"
#include "core/rules/kewenangan.hpp"
#include "core/rules/rule_meta.hpp"
#include "core/rules/skm_kuesioner.hpp"
#include "core/model/model.hpp"  // kJumlahUnsurSkm
#include "core/model/types.hpp"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kinerja {

inline constexpr std::string_view kRulesFormat = "kinerja-samarinda/rules";
inline constexpr std::string_view kCatalogFormat = "kinerja-samarinda/catalog";
inline constexpr int kRulesSchema = 1;

// --- PermenPANRB 6/2022 ------------------------------------------------------

// The 3×3 kuadran: sel[hasil kerja][perilaku], both indexed by rating_index().
struct RulesMatriksPredikat {
  RuleMeta meta;
  std::array<std::array<Predikat, 3>, 3> sel{};
};
// di-bawah → 0, sesuai → 1, di-atas → 2; -1 for invalid.
int rating_index(Rating);

// One row of the rating-perilaku rule: matches when every given bound holds
// (a bound of -1 is "no bound"). Rows are tried in order; the first match wins.
struct AturanRatingPerilaku {
  int di_atas_min = -1, di_atas_maks = -1;
  int sesuai_min = -1, sesuai_maks = -1;
  int di_bawah_min = -1, di_bawah_maks = -1;
  Rating rating = Rating::invalid;
  std::string keterangan_id, keterangan_en;
};
struct RulesRatingPerilaku {
  RuleMeta meta;
  int jumlah_nilai = kJumlahNilaiBerakhlak;
  std::vector<AturanRatingPerilaku> aturan;
  Rating lainnya = Rating::invalid;  // when no row matches
  std::string lainnya_id, lainnya_en;
};

// Suggested rating hasil kerja (DOMAIN §1.5 guidance) and the unit-head rule.
struct RulesRatingHasilKerja {
  RuleMeta meta;
  // Per indicator: capaian (rounded to `desimal`) > di_atas_lebih_dari → above;
  // ≥ sesuai_minimal → at expectation; else below.
  double di_atas_lebih_dari = 100;
  double sesuai_minimal = 100;
  int desimal = 2;
  // Over the results: share above > porsi_di_atas_lebih_dari % and at most
  // utama_di_bawah_maks utama below → di-atas; share below > porsi_di_bawah_lebih_dari %
  // or share of utama below > porsi_utama_di_bawah_lebih_dari % → di-bawah; else sesuai.
  int porsi_di_atas_lebih_dari = 50;
  int utama_di_bawah_maks = 0;
  int porsi_di_bawah_lebih_dari = 50;
  int porsi_utama_di_bawah_lebih_dari = 50;
  // Unit head: the CKO of the unit they lead → their rating hasil kerja, indexed by Cko.
  std::array<Rating, 6> kepala_unit{};
};

// SE MenPANRB 3/2023 distribution limits, as warnings.
enum class JenisBatasKurva { invalid, maks_persen, min_persen, lebih_dari_persen, min_jumlah };
std::string_view to_string(JenisBatasKurva);
struct BatasKurva {
  std::vector<Predikat> predikat;  // the share/count is over these predikat together
  JenisBatasKurva jenis = JenisBatasKurva::invalid;
  int nilai = 0;                   // percent (0–100) or a head count for min_jumlah
  std::string source;
};
struct RulesKurva {
  RuleMeta meta;
  std::array<std::vector<BatasKurva>, 6> per_cko{};  // indexed by Cko
};

// --- SKM / IKM (PermenPANRB 14/2017) -----------------------------------------

struct UnsurIkm {
  std::string kode;        // "U1"
  std::string nama_id, nama_en;
  std::uint32_t bobot = 1; // relative weight; each unsur weighs bobot / Σbobot
};
struct MutuIkm {
  std::string mutu;               // "A".."D"
  std::string kinerja_id, kinerja_en;
  std::int64_t min_seratus = 0;   // inclusive lower edge on the 25–100 scale, in hundredths (8831)
};
struct RulesIkm {
  RuleMeta meta;
  std::vector<UnsurIkm> unsur;    // exactly kJumlahUnsurSkm
  int skala_min = 1, skala_maks = 4;
  int konversi = 25;              // nilai konversi = IKM × konversi
  int desimal_banding = 2;        // the band is read from the value rounded half-up to this many decimals; -1: unrounded
  std::vector<MutuIkm> mutu;      // highest first; the last has the lowest edge
};

struct RulesSampel {
  RuleMeta meta;
  double chi_kuadrat = 3.841, proporsi = 0.5, margin_of_error = 0.05;  // file key "galat"
  bool bulat_terdekat = true;     // round to nearest (reproduces the table) vs round up
};

// --- SP4N-LAPOR! --------------------------------------------------------------

enum class SatuanHari { invalid, kalender, kerja };
struct BatasKeluhan {
  std::string kategori;           // "informasi", "pengaduan", "sengketa", "pemeriksaan-lapangan"
  std::string label_id, label_en;
  int hari = 0;
};
struct RulesLapor {
  RuleMeta meta;
  SatuanHari satuan = SatuanHari::kalender;  // hari kerja = Monday–Friday, holidays not known
  int tanggapan_pertama_hari = 3;
  std::vector<BatasKeluhan> penyelesaian;
  int zona_menit = 480;  // local time offset for weekends (Samarinda: WITA, UTC+8)
  std::string kategori_bawaan;  // limit used for a category that is not an SP4N type ("" = none)
};

// --- Legacy numeric methods --------------------------------------------------

// A labelled band on a numeric score: matches x ≥ min (or x > min when
// !min_inklusif); bands highest first, first match wins; the last has no min.
struct PitaNilai {
  std::string kode, label_id, label_en;
  double min = 0;
  bool ada_min = true;
  bool min_inklusif = true;
  bool perlu_inovasi = false;  // PP 30/2019 Sangat Baik also needs a new idea that benefits the organisation
};

// PermenPANRB 8/2021 capaian → nilai capaian: on [dari, sampai] (inclusivity per
// end) nilai goes linearly through (c0, n0)–(c1, n1), clamped to [nilai_min, nilai_maks].
struct PitaNilaiCapaian {
  std::string kategori, label_id, label_en;
  double dari = 0, sampai = 0;
  bool dari_inklusif = true, sampai_inklusif = true;
  double c0 = 0, n0 = 0, c1 = 0, n1 = 0;
  double nilai_min = 0, nilai_maks = 0;
};
struct RulesPermen8_2021 {
  RuleMeta meta;
  std::vector<PitaNilaiCapaian> pita;   // ascending
  double di_atas_persen = 110;          // capaian above this → nilai_di_atas
  double nilai_di_atas = 120;
  std::string kategori_di_atas = "sangat-baik";
  double nilai_target_maksimal = 120;   // capaian 100% of a maximum-attainable target
  std::string kategori_target_maksimal = "sangat-baik";
  double bobot_tambahan = 0;            // nilai SKP = mean(utama) + bobot_tambahan × mean(tambahan) [M]
};

struct BobotNilaiKinerja {
  std::string kode;   // "tanpa-360", "dengan-360"
  int skp = 70, perilaku = 30;  // percent, sum 100
};
struct RulesPp30_2019 {
  RuleMeta meta;
  std::vector<BobotNilaiKinerja> bobot;
  std::vector<PitaNilai> predikat;
  double nilai_maks = 120;
};

struct LangkahTugasTambahan { int min_tugas = 0; int nilai = 0; };  // ≥ min_tugas tasks → +nilai
struct RulesPp46_2011 {
  RuleMeta meta;
  int bobot_skp = 60, bobot_perilaku = 40;
  double nilai_perilaku_maks = 100;  // the rater's numeric perilaku, 0..this
  double faktor_waktu = 1.76, batas_efisiensi = 24, dasar_efisien = 76;
  std::vector<LangkahTugasTambahan> tugas_tambahan;    // ascending min_tugas
  std::vector<std::pair<std::string, int>> kreativitas; // tingkat → nilai
  std::vector<PitaNilai> predikat;
};

// --- Angka kredit (PermenPANRB 1/2023) ---------------------------------------

struct KoefisienJenjang { std::string jenjang, label; double koefisien = 0; };
struct RulesAngkaKredit {
  RuleMeta meta;
  std::vector<KoefisienJenjang> koefisien;
  std::array<double, 6> persen_predikat{};  // indexed by Predikat
};

// --- Training catalogue -------------------------------------------------------

struct Pelatihan {
  std::string id, nama_id, nama_en, penyelenggara, moda;
  int jp = 0;                               // jam pelajaran
  std::vector<NilaiBerakhlak> nilai;        // behaviours it develops
  std::vector<Aspek> aspek;                 // indicator aspects it helps with
  std::string deskripsi_id, deskripsi_en;
};
struct KatalogPelatihan {
  RuleMeta meta;
  std::vector<Pelatihan> pelatihan;
};

// --- The whole set -----------------------------------------------------------

struct RuleSet {
  RulesMatriksPredikat matriks;
  RulesRatingPerilaku rating_perilaku;
  RulesRatingHasilKerja rating_hasil_kerja;
  RulesKurva kurva;
  RulesIkm ikm;
  RulesSampel sampel;
  RulesLapor lapor;
  RulesPermen8_2021 permen8_2021;
  RulesPp30_2019 pp30_2019;
  RulesPp46_2011 pp46_2011;
  RulesAngkaKredit angka_kredit;
  KatalogPelatihan pelatihan;
  KatalogBerakhlak berakhlak;
  KuesionerSkm kuesioner_skm;
  AturanKeberatan keberatan;
  RulesKewenangan kewenangan;
  std::vector<const RuleMeta*> metas() const;  // one per section, for "which rules were used"
};

// The ids of the sections, as they appear in the files' "id".
inline constexpr std::array<std::string_view, 16> kRuleIds = {
    "predikat-matrix", "rating-perilaku", "rating-hasil-kerja", "kurva-distribusi", "ikm",
    "sampel-skm",      "sp4n-lapor",      "permenpanrb-8-2021", "pp-30-2019",       "pp-46-2011",
    "angka-kredit",    "katalog-pelatihan", "berakhlak",        "skm-kuesioner",    "keberatan",
    "kewenangan"};

struct RulesLoad {
  RuleSet rules;
  std::vector<ValidationError> errors;  // pointers are into the file; message names the file
  bool ok() const { return errors.empty(); }
};

// All embedded rules and catalogue files; for each id the highest version wins.
// Every id in kRuleIds must be present, and the sections must agree with each
// other (rules_agree).
RulesLoad load_default_rules();

// The embedded defaults, loaded once. Tests guarantee they load without errors.
const RuleSet& default_rules();

// One rules file given at run time (JSON text), applied over `base`: its
// section replaces base's when its version is the same or newer. On any error
// (bad JSON, bad field, unknown id, older version) `rules` is a copy of base
// and `errors` says why.
RulesLoad apply_rules_file(const RuleSet& base, std::string_view json_text,
                           std::string_view path = "runtime");

// Problems between sections that are each fine alone: the SKM questionnaire's
// unsur must be the IKM rules' unsur in the same order (answers[i] is always
// what the IKM computes for U(i+1)). Pointers are into the questionnaire file.
std::vector<ValidationError> rules_agree(const RuleSet&);

// Dotted numeric versions: "2026.10" > "2026.9" > "2026". <0, 0, >0. A part
// that is not a number compares as 0.
int compare_versions(std::string_view a, std::string_view b);

} // namespace kinerja
