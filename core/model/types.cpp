#include "core/model/types.hpp"
#include "core/model/enum_names.hpp"

#include <array>
#include <utility>

namespace kinerja {
namespace {

using enum_names::Names;
using enum_names::name_of;
using enum_names::value_of;

constexpr Names<Rating, 3> kRating{{{Rating::di_bawah, "di-bawah"}, {Rating::sesuai, "sesuai"},
                                     {Rating::di_atas, "di-atas"}}};
constexpr Names<Predikat, 5> kPredikat{{{Predikat::sangat_kurang, "sangat-kurang"},
                                         {Predikat::kurang_misconduct, "kurang"},
                                         {Predikat::butuh_perbaikan, "butuh-perbaikan"},
                                         {Predikat::baik, "baik"},
                                         {Predikat::sangat_baik, "sangat-baik"}}};
constexpr Names<Cko, 5> kCko{{{Cko::sangat_kurang, "sangat-kurang"}, {Cko::kurang, "kurang"},
                               {Cko::butuh_perbaikan, "butuh-perbaikan"}, {Cko::baik, "baik"},
                               {Cko::istimewa, "istimewa"}}};
constexpr Names<Aspek, 4> kAspek{{{Aspek::kuantitas, "kuantitas"}, {Aspek::kualitas, "kualitas"},
                                   {Aspek::waktu, "waktu"}, {Aspek::biaya, "biaya"}}};
constexpr Names<Polaritas, 4> kPolaritas{{{Polaritas::naik, "naik"}, {Polaritas::turun, "turun"},
                                           {Polaritas::rentang, "rentang"}, {Polaritas::tepat, "tepat"}}};
constexpr Names<KategoriRhk, 2> kKategori{{{KategoriRhk::utama, "utama"}, {KategoriRhk::tambahan, "tambahan"}}};
constexpr Names<JenisPeriode, 3> kJenis{{{JenisPeriode::bulanan, "bulanan"},
                                          {JenisPeriode::triwulanan, "triwulanan"},
                                          {JenisPeriode::tahunan, "tahunan"}}};
constexpr Names<MetodePenilaian, 4> kMetode{{{MetodePenilaian::permenpanrb_6_2022, "permenpanrb-6-2022"},
                                              {MetodePenilaian::permenpanrb_8_2021, "permenpanrb-8-2021"},
                                              {MetodePenilaian::pp_30_2019, "pp-30-2019"},
                                              {MetodePenilaian::pp_46_2011, "pp-46-2011"}}};
constexpr Names<NilaiBerakhlak, 7> kNilai{{{NilaiBerakhlak::berorientasi_pelayanan, "berorientasi-pelayanan"},
                                            {NilaiBerakhlak::akuntabel, "akuntabel"},
                                            {NilaiBerakhlak::kompeten, "kompeten"},
                                            {NilaiBerakhlak::harmonis, "harmonis"},
                                            {NilaiBerakhlak::loyal, "loyal"},
                                            {NilaiBerakhlak::adaptif, "adaptif"},
                                            {NilaiBerakhlak::kolaboratif, "kolaboratif"}}};

constexpr Names<Predikat, 5> kPredikatLabel{{{Predikat::sangat_kurang, "Sangat Kurang"},
                                              {Predikat::kurang_misconduct, "Kurang/Misconduct"},
                                              {Predikat::butuh_perbaikan, "Butuh Perbaikan"},
                                              {Predikat::baik, "Baik"},
                                              {Predikat::sangat_baik, "Sangat Baik"}}};
constexpr Names<Rating, 3> kRatingLabel{{{Rating::di_bawah, "Di Bawah Ekspektasi"},
                                          {Rating::sesuai, "Sesuai Ekspektasi"},
                                          {Rating::di_atas, "Di Atas Ekspektasi"}}};
constexpr Names<Cko, 5> kCkoLabel{{{Cko::sangat_kurang, "Sangat Kurang"}, {Cko::kurang, "Kurang"},
                                    {Cko::butuh_perbaikan, "Butuh Perbaikan"}, {Cko::baik, "Baik"},
                                    {Cko::istimewa, "Istimewa"}}};
constexpr Names<NilaiBerakhlak, 7> kNilaiLabel{{{NilaiBerakhlak::berorientasi_pelayanan, "Berorientasi Pelayanan"},
                                                 {NilaiBerakhlak::akuntabel, "Akuntabel"},
                                                 {NilaiBerakhlak::kompeten, "Kompeten"},
                                                 {NilaiBerakhlak::harmonis, "Harmonis"},
                                                 {NilaiBerakhlak::loyal, "Loyal"},
                                                 {NilaiBerakhlak::adaptif, "Adaptif"},
                                                 {NilaiBerakhlak::kolaboratif, "Kolaboratif"}}};
} // namespace

std::string_view to_string(Rating e) { return name_of(kRating, e); }
std::string_view to_string(Predikat e) { return name_of(kPredikat, e); }
std::string_view to_string(Cko e) { return name_of(kCko, e); }
std::string_view to_string(Aspek e) { return name_of(kAspek, e); }
std::string_view to_string(Polaritas e) { return name_of(kPolaritas, e); }
std::string_view to_string(KategoriRhk e) { return name_of(kKategori, e); }
std::string_view to_string(JenisPeriode e) { return name_of(kJenis, e); }
std::string_view to_string(MetodePenilaian e) { return name_of(kMetode, e); }
std::string_view to_string(NilaiBerakhlak e) { return name_of(kNilai, e); }

std::optional<Rating> parse_rating(std::string_view s) { return value_of(kRating, s); }
std::optional<Predikat> parse_predikat(std::string_view s) { return value_of(kPredikat, s); }
std::optional<Cko> parse_cko(std::string_view s) { return value_of(kCko, s); }
std::optional<Aspek> parse_aspek(std::string_view s) { return value_of(kAspek, s); }
std::optional<Polaritas> parse_polaritas(std::string_view s) { return value_of(kPolaritas, s); }
std::optional<KategoriRhk> parse_kategori_rhk(std::string_view s) { return value_of(kKategori, s); }
std::optional<JenisPeriode> parse_jenis_periode(std::string_view s) { return value_of(kJenis, s); }
std::optional<MetodePenilaian> parse_metode(std::string_view s) { return value_of(kMetode, s); }
std::optional<NilaiBerakhlak> parse_nilai_berakhlak(std::string_view s) { return value_of(kNilai, s); }

std::string_view label_id(Predikat e) { return name_of(kPredikatLabel, e); }
std::string_view label_id(Rating e) { return name_of(kRatingLabel, e); }
std::string_view label_id(Cko e) { return name_of(kCkoLabel, e); }
std::string_view label_id(NilaiBerakhlak e) { return name_of(kNilaiLabel, e); }

} // namespace kinerja
