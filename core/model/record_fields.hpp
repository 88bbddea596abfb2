// The one description of each flat record type: its own fields in file order,
// each with its JSON name, its kind (which says how it is read, checked and
// written), whether it is required and, for references, the collection it
// points into. The reader (parse.cpp), the reference check (parse_check.cpp)
// and the writer (serialize.cpp) all walk these tables, so adding a field to
// one of these records is one line here.
//
// Records with nested parts (skps, realisations, evaluations, skm_responses,
// trainings) keep their own readers and writers beside these.
#pragma once
#include "core/model/model.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>

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
inline constexpr std::string_view kEnumKanal = "kiosk, web, lapor, telepon, langsung, surat, media-sosial, lainnya";

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

inline const TextRule kNipRule{nip_problem,
                               "NIP tidak valid (18 digit: tanggal lahir yyyymmdd, TMT yyyymm, jenis kelamin 1/2, "
                               "nomor urut 3 digit)",
                               "invalid NIP: "};
inline const TextRule kJenjangRule{jenjang_problem,
                                   "jenjang tidak dikenal; yang berlaku: pemula, terampil, mahir, penyelia, "
                                   "ahli-pertama, ahli-muda, ahli-madya, ahli-utama",
                                   ""};
inline const TextRule kGolonganRule{golongan_problem, "golongan harus seperti III/a (PNS) atau IX (PPPK)", ""};

// --- the tables --------------------------------------------------------------
inline const auto kUnit = std::tuple{
    Text<Unit>{"name", &Unit::name},
    Enum<Unit, UnitKind>{"kind", &Unit::kind, parse_unit_kind, kEnumUnitKind},
    Ref<Unit>{"parent_id", &Unit::parent_id, "units", false},
    Bool<Unit>{"is_service_unit", &Unit::is_service_unit, false},
};

inline const auto kEmployee = std::tuple{
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

inline const auto kPeriod = std::tuple{
    Text<Period>{"name", &Period::name},
    Enum<Period, JenisPeriode>{"jenis", &Period::jenis, parse_jenis_periode, kEnumJenis},
    IntIn<Period>{"year", &Period::year, 1990, 2200},
    Date<Period>{"start", &Period::start},
    Date<Period>{"end", &Period::end},
    Date<Period>{"deadline", &Period::deadline},
    Bool<Period>{"locked", &Period::locked, false},
    Enum<Period, MetodePenilaian>{"metode", &Period::metode, parse_metode, kEnumMetode},
};

inline const auto kAssignment = std::tuple{
    Ref<Assignment>{"period_id", &Assignment::period_id, "periods"},
    Ref<Assignment>{"employee_id", &Assignment::employee_id, "employees"},
    Ref<Assignment>{"penilai_id", &Assignment::penilai_id, "employees"},
    Ref<Assignment>{"atasan_penilai_id", &Assignment::atasan_penilai_id, "employees", false},
    Enum<Assignment, AssignmentKind>{"kind", &Assignment::kind, parse_assignment_kind, kEnumAssignment},
};

inline const auto kIndicator = std::tuple{
    Text<Indicator>{"text", &Indicator::text},
    Text<Indicator>{"satuan", &Indicator::satuan, false},
    Enum<Indicator, Polaritas>{"polaritas", &Indicator::polaritas, parse_polaritas, kEnumPolaritas},
    Enum<Indicator, Aspek>{"aspek", &Indicator::aspek, parse_aspek, kEnumAspek},
};

inline const auto kOrgRating = std::tuple{
    Ref<OrgRating>{"unit_id", &OrgRating::unit_id, "units"},
    Ref<OrgRating>{"period_id", &OrgRating::period_id, "periods"},
    Enum<OrgRating, Cko>{"cko", &OrgRating::cko, parse_cko, kEnumCko},
    Text<OrgRating>{"note", &OrgRating::note, false},
};

inline const auto kComplaint = std::tuple{
    Ref<Complaint>{"unit_id", &Complaint::unit_id, "units"},
    Enum<Complaint, KanalPengaduan>{"channel", &Complaint::channel, parse_kanal, kEnumKanal},
    Text<Complaint>{"category", &Complaint::category},
    Time<Complaint>{"received", &Complaint::received},
    Time<Complaint>{"first_response", &Complaint::first_response, false},
    Time<Complaint>{"resolved", &Complaint::resolved, false},
};

}  // namespace kinerja::fields
