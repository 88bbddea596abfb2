// The regulation's own vocabulary as enums, with their string forms for JSON
// and the CLI. Enums are strings in every file we write; each enum's first
// value is the invalid one, so a value that failed to parse can never pass
// for a real rating.
#pragma once
#include <optional>
#include <string_view>

namespace kinerja {

// PermenPANRB 6/2022: a 3-level judgement, for hasil kerja and for perilaku.
enum class Rating { invalid, di_bawah, sesuai, di_atas };

// Predikat kinerja pegawai (6/2022), ordered lowest first as in the lampiran.
enum class Predikat { invalid, sangat_kurang, kurang_misconduct, butuh_perbaikan, baik, sangat_baik };

// Capaian Kinerja Organisasi (SE MenPANRB 3/2023), ordered lowest first.
enum class Cko { invalid, sangat_kurang, kurang, butuh_perbaikan, baik, istimewa };

enum class Aspek { invalid, kuantitas, kualitas, waktu, biaya };

// How an indicator's realisasi is compared with its target.
//   naik: higher is better; turun: lower is better;
//   rentang: a target range T1–T2 (the 8/2021 range rule); tepat: exactly the target.
enum class Polaritas { invalid, naik, turun, rentang, tepat };

enum class KategoriRhk { invalid, utama, tambahan };

enum class JenisPeriode { invalid, bulanan, triwulanan, tahunan };

// Which method scores a period: the current qualitative one or a legacy numeric one.
enum class MetodePenilaian { invalid, permenpanrb_6_2022, permenpanrb_8_2021, pp_30_2019, pp_46_2011 };

// The seven BerAKHLAK core values (SE MenPANRB 20/2021, UU 20/2023 Pasal 4(2)).
enum class NilaiBerakhlak {
  invalid, berorientasi_pelayanan, akuntabel, kompeten, harmonis, loyal, adaptif, kolaboratif
};
inline constexpr int kJumlahNilaiBerakhlak = 7;

// String forms: lower-case, hyphenated where the regulation uses several words
// ("di-atas", "sangat-baik", "berorientasi-pelayanan"). to_string of `invalid` is "".
std::string_view to_string(Rating);
std::string_view to_string(Predikat);
std::string_view to_string(Cko);
std::string_view to_string(Aspek);
std::string_view to_string(Polaritas);
std::string_view to_string(KategoriRhk);
std::string_view to_string(JenisPeriode);
std::string_view to_string(MetodePenilaian);
std::string_view to_string(NilaiBerakhlak);

// Parse the string form; nullopt for anything else (never `invalid`).
std::optional<Rating> parse_rating(std::string_view);
std::optional<Predikat> parse_predikat(std::string_view);
std::optional<Cko> parse_cko(std::string_view);
std::optional<Aspek> parse_aspek(std::string_view);
std::optional<Polaritas> parse_polaritas(std::string_view);
std::optional<KategoriRhk> parse_kategori_rhk(std::string_view);
std::optional<JenisPeriode> parse_jenis_periode(std::string_view);
std::optional<MetodePenilaian> parse_metode(std::string_view);
std::optional<NilaiBerakhlak> parse_nilai_berakhlak(std::string_view);

// Labels as people read them (Bahasa Indonesia, the regulation's wording).
std::string_view label_id(Predikat);   // "Sangat Baik", "Kurang/Misconduct", ...
std::string_view label_id(Rating);     // "Di Atas Ekspektasi", ...
std::string_view label_id(Cko);        // "Istimewa", ...
std::string_view label_id(NilaiBerakhlak);  // "Berorientasi Pelayanan", ...

} // namespace kinerja
