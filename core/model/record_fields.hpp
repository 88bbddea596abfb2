// The one description of each record type, nested parts included: its own
// fields in file order, each with its JSON name, its kind (which says how it is
// read, checked and written), whether it is required and, for references, the
// collection it points into. A nested object or list of objects (an SKP's rhk
// and their indicators, a realisation's evidence, an evaluation's keberatan, an
// SKM respondent) has a table of its own that its List/Object field names.
// The reader (parse.cpp), the reference check (parse_check.cpp) and the writer
// (serialize.cpp) all walk these tables, so adding a field to any record, at
// any depth, is one line here.
//
// What a field cannot say (one field judged against another, such as a
// rentang indicator's target_min <= target_max) is a Check entry in the table:
// a small named function the reader calls once the object is read. Checks
// across records (unique RHK ids, cascades) stay in parse_check.cpp.
#pragma once
#include "core/model/model.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace kinerja::fields {

// The allowed values of each enum, as error messages list them.
inline constexpr std::string_view kEnumUnitKind = "opd, bidang, seksi, uptd, kecamatan, kelurahan";
inline constexpr std::string_view kEnumJenisJabatan = "jpt, administrator, pengawas, pelaksana, fungsional";
inline constexpr std::string_view kEnumStatus = "pns, pppk";
inline constexpr std::string_view kEnumJenis = "bulanan, triwulanan, tahunan";
inline constexpr std::string_view kEnumMetode = "permenpanrb-6-2022, permenpanrb-8-2021, pp-30-2019, pp-46-2011";
inline constexpr std::string_view kEnumAssignment = "definitif, plt, plh";
inline constexpr std::string_view kEnumPolaritas = "naik, turun, rentang, tepat";
inline constexpr std::string_view kEnumAspek = "kuantitas, kualitas, waktu, biaya";
inline constexpr std::string_view kEnumCko = "sangat-kurang, kurang, butuh-perbaikan, baik, istimewa";
inline constexpr std::string_view kEnumSumber =
    "ikm, tanggapan-median, selesai-median, selesai-tepat-waktu, volume, volume-harian";
inline constexpr std::string_view kEnumKanal = "kiosk, web, lapor, telepon, langsung, surat, media-sosial, lainnya";
inline constexpr std::string_view kEnumPendekatan = "kuantitatif, kualitatif";
inline constexpr std::string_view kEnumKategori = "utama, tambahan";
inline constexpr std::string_view kEnumPerspektif = "penerima-layanan, proses-bisnis, penguatan-internal, anggaran";
inline constexpr std::string_view kEnumNilai =
    "berorientasi-pelayanan, akuntabel, kompeten, harmonis, loyal, adaptif, kolaboratif";
inline constexpr std::string_view kEnumRating = "di-bawah, sesuai, di-atas";
inline constexpr std::string_view kEnumPredikat = "sangat-kurang, kurang, butuh-perbaikan, baik, sangat-baik";
inline constexpr std::string_view kEnumKeputusan = "diterima, ditolak";

// A check on a text value beyond its type: `problem` gives "" when the value
// is fine, else an English detail; the error reads message_id / message_en +
// detail.
struct TextRule {
  std::string_view (*problem)(std::string_view);
  std::string_view message_id;
  std::string_view message_en;
};

// --- field kinds -------------------------------------------------------------
// A required field must be present and is always written; an optional one may
// be absent or null and is written only when it has a value.
//
// Text: required → a non-empty string; optional → a string, "" when absent.
template <typename Rec>
struct Text {
  std::string_view name;
  std::string Rec::*member;
  bool required = true;
  std::optional<TextRule> rule{};
};
// Ref: a record id that must exist in the collection `target`.
template <typename Rec>
struct Ref {
  std::string_view name;
  std::string Rec::*member;
  std::string_view target;
  bool required = true;
};
// Bool: written always, present or not in the file.
template <typename Rec>
struct Bool {
  std::string_view name;
  bool Rec::*member;
  bool required = true;
};
// Flag: true or false, absent = false; written only when true, so records
// written before the flag existed keep their bytes (and their signatures).
template <typename Rec>
struct Flag {
  std::string_view name;
  bool Rec::*member;
  static constexpr bool required = false;
};
template <typename Rec>
struct IntIn {
  std::string_view name;
  int Rec::*member;
  std::int64_t lo, hi;
  static constexpr bool required = true;
};
// Date: "yyyy-mm-dd", required. Time: an ISO 8601 UTC timestamp.
template <typename Rec>
struct Date {
  std::string_view name;
  std::string Rec::*member;
  static constexpr bool required = true;
};
template <typename Rec>
struct Time {
  std::string_view name;
  std::string Rec::*member;
  bool required = true;
};
template <typename Rec, typename E>
struct Enum {
  std::string_view name;
  E Rec::*member;
  std::optional<E> (*parse)(std::string_view);
  std::string_view allowed;
  static constexpr bool required = true;
};
template <typename Rec, typename E>
struct OptEnum {
  std::string_view name;
  std::optional<E> Rec::*member;
  std::optional<E> (*parse)(std::string_view);
  std::string_view allowed;
  static constexpr bool required = false;
};

// Id: an id-shaped value that names something other than one collection's
// record (an RHK, an indicator inside an SKP): read like a Ref, resolved by a
// check in parse_check.cpp rather than by the table walk.
template <typename Rec>
struct Id {
  std::string_view name;
  std::string Rec::*member;
  bool required = true;
};
// PresentText: the key must be there, but its text may be empty or null; always
// written (the text beside an ekspektasi or an umpan balik).
template <typename Rec>
struct PresentText {
  std::string_view name;
  std::string Rec::*member;
  static constexpr bool required = true;
};
// OptNumber: a finite number, or absent/null.
template <typename Rec>
struct OptNumber {
  std::string_view name;
  std::optional<double> Rec::*member;
  static constexpr bool required = false;
};
// A message in both languages, for a bound with a plainer name than a range.
struct Message {
  std::string_view id, en;
};
// OptInt: an integer in lo..hi, or absent/null. Out of range reads "out of
// range lo–hi" unless `out_of_range` gives its own words.
template <typename Rec, typename T>
struct OptInt {
  std::string_view name;
  std::optional<T> Rec::*member;
  std::int64_t lo, hi;
  Message out_of_range{};
  static constexpr bool required = false;
};
// EnumList: an array of enum values; written always, even empty.
template <typename Rec, typename E>
struct EnumList {
  std::string_view name;
  std::vector<E> Rec::*member;
  std::optional<E> (*parse)(std::string_view);
  std::string_view allowed;
  static constexpr bool required = false;
};
// TextList: an array of non-empty strings; written when not empty.
template <typename Rec>
struct TextList {
  std::string_view name;
  std::vector<std::string> Rec::*member;
  static constexpr bool required = false;
};
// RefList: an array of record ids, each of which must exist in `target`;
// written when not empty.
template <typename Rec>
struct RefList {
  std::string_view name;
  std::vector<std::string> Rec::*member;
  std::string_view target;
  static constexpr bool required = false;
};
// Slots: an object of small integers lo..hi under fixed keys, kept in an array
// (0 = not answered; such a slot is not written, a null one is skipped).
template <typename Rec, std::size_t N>
struct Slots {
  std::string_view name;
  std::array<std::uint8_t, N> Rec::*member;
  const std::array<std::string_view, N>* keys;
  std::int64_t lo, hi;
  static constexpr bool required = true;
};
// List: an array of nested objects, each described by `table`. Required → it
// must be present and is always written; optional → written when not empty.
template <typename Rec, typename Sub, typename Table>
struct List {
  std::string_view name;
  std::vector<Sub> Rec::*member;
  const Table* table;
  bool required = false;
};
template <typename Rec, typename Sub, typename Table>
List(std::string_view, std::vector<Sub> Rec::*, const Table*, bool) -> List<Rec, Sub, Table>;
template <typename Rec, typename Sub, typename Table>
List(std::string_view, std::vector<Sub> Rec::*, const Table*) -> List<Rec, Sub, Table>;
// Object: a nested object that is always there in memory; null is refused,
// and it is written only when it differs from an empty one.
template <typename Rec, typename Sub, typename Table>
struct Object {
  std::string_view name;
  Sub Rec::*member;
  const Table* table;
  static constexpr bool required = false;
};
template <typename Rec, typename Sub, typename Table>
Object(std::string_view, Sub Rec::*, const Table*) -> Object<Rec, Sub, Table>;
// OptObject: a nested object that may be absent or null; written when present.
template <typename Rec, typename Sub, typename Table>
struct OptObject {
  std::string_view name;
  std::optional<Sub> Rec::*member;
  const Table* table;
  static constexpr bool required = false;
};
template <typename Rec, typename Sub, typename Table>
OptObject(std::string_view, std::optional<Sub> Rec::*, const Table*) -> OptObject<Rec, Sub, Table>;

// Where a Check reports: at the object itself (field "") or at one of its fields.
class Report {
 public:
  virtual void error(std::string_view field, std::string id, std::string en) = 0;

 protected:
  ~Report() = default;
};
// Check: not a field but a rule between fields of one object, run by the
// reader after the object's fields (not for a tombstone, not after a syntax
// error). `fn` is fn(report, object) or, for a nested object whose rule
// depends on the record around it, fn(report, object, record) with the record
// as read so far.
template <typename Fn>
struct Check {
  Fn fn;
};
template <typename Fn>
Check(Fn) -> Check<Fn>;

// A table entry that is a field (has a name), as opposed to a Check.
template <typename D>
concept IsField = requires(const D& d) { d.name; };

// Calls fn(index, field) for every field of a table, in order.
template <typename Table, typename Fn>
constexpr void for_each(const Table& table, Fn&& fn) {
  [&]<std::size_t... I>(std::index_sequence<I...>) {
    (fn(I, std::get<I>(table)), ...);
  }(std::make_index_sequence<std::tuple_size_v<Table>>{});
}

// --- checks on text fields ---------------------------------------------------
std::string_view jenjang_problem(std::string_view);
std::string_view golongan_problem(std::string_view);

inline constexpr TextRule kNipRule{nip_problem,
                                   "NIP tidak valid (18 digit: tanggal lahir yyyymmdd, TMT yyyymm, jenis kelamin 1/2, "
                                   "nomor urut 3 digit)",
                                   "invalid NIP: "};
inline constexpr TextRule kJenjangRule{jenjang_problem,
                                       "jenjang tidak dikenal; yang berlaku: pemula, terampil, mahir, penyelia, "
                                       "ahli-pertama, ahli-muda, ahli-madya, ahli-utama",
                                       ""};
inline constexpr TextRule kGolonganRule{golongan_problem, "golongan harus seperti III/a (PNS) atau IX (PPPK)", ""};

std::string_view link_problem(std::string_view);
std::string_view sha256_problem(std::string_view);
std::string_view jenis_kelamin_problem(std::string_view);

inline constexpr TextRule kLinkRule{link_problem, "tautan harus diawali https:// atau http://", ""};
inline constexpr TextRule kSha256Rule{sha256_problem, "sha256 harus 64 digit heksadesimal huruf kecil", ""};
inline constexpr TextRule kJenisKelaminRule{jenis_kelamin_problem, "jenis_kelamin harus \"l\" atau \"p\"", ""};

// --- checks between fields (the Check entries below) ---------------------------
// A period ends on or after its start.
void period_dates(Report&, const Period&);
// A complaint is answered and resolved after it was received.
void complaint_times(Report&, const Complaint&);
// An indicator's targets by polaritas: rentang needs target_min <= target_max,
// the others a target — but only in a kuantitatif SKP (a kualitatif one may
// state the expectation in words). The SKP is as read so far: when pendekatan
// comes after rhk in the file the rule is lenient here, and check_bundle, which
// sees the whole record, applies it strictly.
void skp_indicator_targets(Report&, const SkpIndicator&, const Skp&);
// A volume source names the service it counts.
void sumber_layanan(Report&, const SumberRealisasi&);
// A service volume is either one day's (tanggal, a real date) or one period's
// (period_id), never both or neither.
void service_volume_when(Report&, const ServiceVolume&);

// --- the tables --------------------------------------------------------------
inline constexpr auto kPenerimaLayanan = std::tuple{
    Ref<PenerimaLayanan>{"period_id", &PenerimaLayanan::period_id, "periods"},
    OptInt<PenerimaLayanan, std::int64_t>{"jumlah", &PenerimaLayanan::jumlah, 0, 100'000'000,
                                          {"harus bilangan bulat 0–100.000.000", "must be a whole number 0–100,000,000"}},
};

inline constexpr auto kUnit = std::tuple{
    Text<Unit>{"name", &Unit::name},
    Enum<Unit, UnitKind>{"kind", &Unit::kind, parse_unit_kind, kEnumUnitKind},
    Ref<Unit>{"parent_id", &Unit::parent_id, "units", false},
    Bool<Unit>{"is_service_unit", &Unit::is_service_unit, false},
    List{"penerima_layanan", &Unit::penerima_layanan, &kPenerimaLayanan},
};

inline constexpr auto kEmployee = std::tuple{
    Text<Employee>{"nip", &Employee::nip, true, kNipRule},
    Text<Employee>{"name", &Employee::name},
    Text<Employee>{"jabatan", &Employee::jabatan, false},
    OptEnum<Employee, JenisJabatan>{"jenis_jabatan", &Employee::jenis_jabatan, parse_jenis_jabatan, kEnumJenisJabatan},
    Text<Employee>{"jenjang", &Employee::jenjang, false, kJenjangRule},
    Text<Employee>{"golongan", &Employee::golongan, false, kGolonganRule},
    OptEnum<Employee, StatusPegawai>{"status", &Employee::status, parse_status_pegawai, kEnumStatus},
    Ref<Employee>{"unit_id", &Employee::unit_id, "units"},
    Bool<Employee>{"is_unit_head", &Employee::is_unit_head, false},
};

inline constexpr auto kPeriod = std::tuple{
    Text<Period>{"name", &Period::name},
    Enum<Period, JenisPeriode>{"jenis", &Period::jenis, parse_jenis_periode, kEnumJenis},
    IntIn<Period>{"year", &Period::year, 1990, 2200},
    Date<Period>{"start", &Period::start},
    Date<Period>{"end", &Period::end},
    Date<Period>{"deadline", &Period::deadline},
    Bool<Period>{"locked", &Period::locked, false},
    Enum<Period, MetodePenilaian>{"metode", &Period::metode, parse_metode, kEnumMetode},
    Check{period_dates},
};

inline constexpr auto kAssignment = std::tuple{
    Ref<Assignment>{"period_id", &Assignment::period_id, "periods"},
    Ref<Assignment>{"employee_id", &Assignment::employee_id, "employees"},
    Ref<Assignment>{"penilai_id", &Assignment::penilai_id, "employees"},
    Ref<Assignment>{"atasan_penilai_id", &Assignment::atasan_penilai_id, "employees", false},
    Enum<Assignment, AssignmentKind>{"kind", &Assignment::kind, parse_assignment_kind, kEnumAssignment},
};

// The unit is named by id but not resolved: a pegawai's file need not carry it.
inline constexpr auto kSumberRealisasi = std::tuple{
    Enum<SumberRealisasi, JenisSumber>{"jenis", &SumberRealisasi::jenis, parse_jenis_sumber, kEnumSumber},
    Id<SumberRealisasi>{"unit_id", &SumberRealisasi::unit_id, false},
    Text<SumberRealisasi>{"layanan", &SumberRealisasi::layanan, false},
    Check{sumber_layanan},
};

inline constexpr auto kIndicator = std::tuple{
    Text<Indicator>{"text", &Indicator::text},
    Text<Indicator>{"satuan", &Indicator::satuan, false},
    Enum<Indicator, Polaritas>{"polaritas", &Indicator::polaritas, parse_polaritas, kEnumPolaritas},
    Enum<Indicator, Aspek>{"aspek", &Indicator::aspek, parse_aspek, kEnumAspek},
    OptObject{"sumber", &Indicator::sumber, &kSumberRealisasi},
};

inline constexpr auto kOrgRating = std::tuple{
    Ref<OrgRating>{"unit_id", &OrgRating::unit_id, "units"},
    Ref<OrgRating>{"period_id", &OrgRating::period_id, "periods"},
    Enum<OrgRating, Cko>{"cko", &OrgRating::cko, parse_cko, kEnumCko},
    Text<OrgRating>{"note", &OrgRating::note, false},
};

inline constexpr auto kComplaint = std::tuple{
    Ref<Complaint>{"unit_id", &Complaint::unit_id, "units"},
    Enum<Complaint, KanalPengaduan>{"channel", &Complaint::channel, parse_kanal, kEnumKanal},
    Text<Complaint>{"category", &Complaint::category},
    Time<Complaint>{"received", &Complaint::received},
    Time<Complaint>{"first_response", &Complaint::first_response, false},
    Time<Complaint>{"resolved", &Complaint::resolved, false},
    Check{complaint_times},
};

// -- skps: skp → rhk → indicators; ekspektasi; lampiran
inline constexpr auto kSkpIndicator = std::tuple{
    Id<SkpIndicator>{"id", &SkpIndicator::id},
    Ref<SkpIndicator>{"library_id", &SkpIndicator::library_id, "indicators", false},
    Text<SkpIndicator>{"text", &SkpIndicator::text},
    Enum<SkpIndicator, Aspek>{"aspek", &SkpIndicator::aspek, parse_aspek, kEnumAspek},
    Enum<SkpIndicator, Polaritas>{"polaritas", &SkpIndicator::polaritas, parse_polaritas, kEnumPolaritas},
    OptNumber<SkpIndicator>{"target", &SkpIndicator::target},
    OptNumber<SkpIndicator>{"target_min", &SkpIndicator::target_min},
    OptNumber<SkpIndicator>{"target_max", &SkpIndicator::target_max},
    Text<SkpIndicator>{"satuan", &SkpIndicator::satuan, false},
    Flag<SkpIndicator>{"target_maksimal", &SkpIndicator::target_maksimal},
    OptObject{"sumber", &SkpIndicator::sumber, &kSumberRealisasi},
    Check{skp_indicator_targets},
};

inline constexpr auto kRhk = std::tuple{
    Id<Rhk>{"id", &Rhk::id},  // unique across the bundle: parse_check.cpp
    Enum<Rhk, KategoriRhk>{"kategori", &Rhk::kategori, parse_kategori_rhk, kEnumKategori},
    Text<Rhk>{"text", &Rhk::text},
    Id<Rhk>{"rhk_atasan_id", &Rhk::rhk_atasan_id, false},  // resolved in bkpsdm files only: parse_check.cpp
    Text<Rhk>{"rhk_atasan_text", &Rhk::rhk_atasan_text, false},
    OptEnum<Rhk, Perspektif>{"perspektif", &Rhk::perspektif, parse_perspektif, kEnumPerspektif},
    List{"indicators", &Rhk::indicators, &kSkpIndicator, true},
};

inline constexpr auto kEkspektasi = std::tuple{
    Enum<EkspektasiKhusus, NilaiBerakhlak>{"nilai", &EkspektasiKhusus::nilai, parse_nilai_berakhlak, kEnumNilai},
    PresentText<EkspektasiKhusus>{"text", &EkspektasiKhusus::text},
};

inline constexpr auto kLampiran = std::tuple{
    TextList<LampiranSkp>{"dukungan_sumber_daya", &LampiranSkp::dukungan_sumber_daya},
    TextList<LampiranSkp>{"skema_pertanggungjawaban", &LampiranSkp::skema_pertanggungjawaban},
    TextList<LampiranSkp>{"konsekuensi", &LampiranSkp::konsekuensi},
};

inline constexpr auto kSkp = std::tuple{
    Ref<Skp>{"employee_id", &Skp::employee_id, "employees"},
    IntIn<Skp>{"year", &Skp::year, 1990, 2200},
    Enum<Skp, Pendekatan>{"pendekatan", &Skp::pendekatan, parse_pendekatan, kEnumPendekatan},
    List{"rhk", &Skp::rhk, &kRhk, true},
    List{"ekspektasi", &Skp::ekspektasi, &kEkspektasi},
    Object{"lampiran", &Skp::lampiran, &kLampiran},
};

// -- realisations
inline constexpr auto kEvidence = std::tuple{
    Text<Evidence>{"link", &Evidence::link, false, kLinkRule},
    Text<Evidence>{"note", &Evidence::note, false},
    Text<Evidence>{"sha256", &Evidence::sha256, false, kSha256Rule},
    OptInt<Evidence, std::int64_t>{"size", &Evidence::size, 0, INT64_MAX,
                                   {"ukuran tidak boleh negatif", "size must not be negative"}},
};

inline constexpr auto kRealisation = std::tuple{
    Id<Realisation>{"skp_id", &Realisation::skp_id},              // with indicator_id: parse_check.cpp
    Id<Realisation>{"indicator_id", &Realisation::indicator_id},  // an indicator inside that SKP
    Ref<Realisation>{"period_id", &Realisation::period_id, "periods"},
    OptNumber<Realisation>{"value", &Realisation::value},
    Text<Realisation>{"text", &Realisation::text, false},
    List{"evidence", &Realisation::evidence, &kEvidence},
    Time<Realisation>{"submitted", &Realisation::submitted, false},
};

// -- evaluations
inline constexpr auto kPerilaku = std::tuple{
    Enum<PerilakuNilai, NilaiBerakhlak>{"nilai", &PerilakuNilai::nilai, parse_nilai_berakhlak, kEnumNilai},
    OptEnum<PerilakuNilai, Rating>{"self_rating", &PerilakuNilai::self_rating, parse_rating, kEnumRating},
    Text<PerilakuNilai>{"self_note", &PerilakuNilai::self_note, false},
    OptEnum<PerilakuNilai, Rating>{"rating", &PerilakuNilai::rating, parse_rating, kEnumRating},
    Text<PerilakuNilai>{"umpan_balik", &PerilakuNilai::umpan_balik, false},
};

inline constexpr auto kUmpanBalikRhk = std::tuple{
    Id<UmpanBalikRhk>{"rhk_id", &UmpanBalikRhk::rhk_id},  // resolved in bkpsdm files only: parse_check.cpp
    PresentText<UmpanBalikRhk>{"text", &UmpanBalikRhk::text},
};

inline constexpr auto kKeberatan = std::tuple{
    Text<Keberatan>{"text", &Keberatan::text},
    Time<Keberatan>{"submitted", &Keberatan::submitted, false},
    Text<Keberatan>{"penjelasan_penilai", &Keberatan::penjelasan_penilai, false},
    OptEnum<Keberatan, KeputusanKeberatan>{"decision", &Keberatan::decision, parse_keputusan, kEnumKeputusan},
    Text<Keberatan>{"decision_note", &Keberatan::decision_note, false},
    Ref<Keberatan>{"decided_by", &Keberatan::decided_by, "employees", false},
    OptEnum<Keberatan, Predikat>{"predikat_akhir", &Keberatan::predikat_akhir, parse_predikat, kEnumPredikat},
};

inline constexpr auto kKalibrasi = std::tuple{
    Enum<Kalibrasi, Predikat>{"predikat", &Kalibrasi::predikat, parse_predikat, kEnumPredikat},
    Text<Kalibrasi>{"oleh", &Kalibrasi::oleh},
    Time<Kalibrasi>{"waktu", &Kalibrasi::waktu},
    Text<Kalibrasi>{"alasan", &Kalibrasi::alasan},
};

inline constexpr auto kEvaluation = std::tuple{
    Ref<Evaluation>{"employee_id", &Evaluation::employee_id, "employees"},
    Ref<Evaluation>{"period_id", &Evaluation::period_id, "periods"},
    List{"perilaku", &Evaluation::perilaku, &kPerilaku},
    OptEnum<Evaluation, Rating>{"rating_hasil_kerja", &Evaluation::rating_hasil_kerja, parse_rating, kEnumRating},
    OptEnum<Evaluation, Rating>{"rating_perilaku", &Evaluation::rating_perilaku, parse_rating, kEnumRating},
    Text<Evaluation>{"reason", &Evaluation::reason, false},
    List{"umpan_balik_rhk", &Evaluation::umpan_balik_rhk, &kUmpanBalikRhk},
    OptEnum<Evaluation, Predikat>{"predikat", &Evaluation::predikat, parse_predikat, kEnumPredikat},
    OptObject{"kalibrasi", &Evaluation::kalibrasi, &kKalibrasi},
    RefList<Evaluation>{"recommendations", &Evaluation::recommendations, "trainings"},
    OptObject{"keberatan", &Evaluation::keberatan, &kKeberatan},
    Time<Evaluation>{"self_submitted", &Evaluation::self_submitted, false},
    Time<Evaluation>{"rated", &Evaluation::rated, false},
    OptNumber<Evaluation>{"nilai_perilaku", &Evaluation::nilai_perilaku},
    Flag<Evaluation>{"perilaku_360", &Evaluation::perilaku_360},
    Flag<Evaluation>{"inovasi", &Evaluation::inovasi},
};

// -- skm_responses
inline constexpr std::array<std::string_view, kJumlahUnsurSkm> kUnsurSkm{"u1", "u2", "u3", "u4", "u5",
                                                                         "u6", "u7", "u8", "u9"};

inline constexpr auto kRespondent = std::tuple{
    Text<Respondent>{"jenis_kelamin", &Respondent::jenis_kelamin, false, kJenisKelaminRule},
    OptInt<Respondent, int>{"umur", &Respondent::umur, 10, 120},
    Text<Respondent>{"pendidikan", &Respondent::pendidikan, false},
    Text<Respondent>{"pekerjaan", &Respondent::pekerjaan, false},
};

inline constexpr auto kSkmResponse = std::tuple{
    Ref<SkmResponse>{"unit_id", &SkmResponse::unit_id, "units"},
    Ref<SkmResponse>{"period_id", &SkmResponse::period_id, "periods"},
    Time<SkmResponse>{"timestamp", &SkmResponse::timestamp},
    Slots<SkmResponse, kJumlahUnsurSkm>{"answers", &SkmResponse::answers, &kUnsurSkm, 1, 4},
    OptObject{"respondent", &SkmResponse::respondent, &kRespondent},
};

// -- trainings
inline constexpr auto kTraining = std::tuple{
    Text<Training>{"title", &Training::title},
    Text<Training>{"description", &Training::description, false},
    EnumList<Training, NilaiBerakhlak>{"nilai", &Training::nilai, parse_nilai_berakhlak, kEnumNilai},
    EnumList<Training, Aspek>{"aspek", &Training::aspek, parse_aspek, kEnumAspek},
    OptInt<Training, int>{"hours", &Training::hours, 0, 10000},
};

// -- service_volumes
inline constexpr auto kServiceVolume = std::tuple{
    Ref<ServiceVolume>{"unit_id", &ServiceVolume::unit_id, "units"},
    Text<ServiceVolume>{"layanan", &ServiceVolume::layanan},
    Text<ServiceVolume>{"tanggal", &ServiceVolume::tanggal, false},
    Ref<ServiceVolume>{"period_id", &ServiceVolume::period_id, "periods", false},
    IntIn<ServiceVolume>{"jumlah", &ServiceVolume::jumlah, 0, 10'000'000},
    Check{service_volume_when},
};

}  // namespace kinerja::fields
