// The typed data model of a bundle (schema 1): one plain struct per record
// type, each carrying the shared envelope (RecordMeta), plus the Bundle that
// holds every collection. The JSON form of each field is documented in
// docs/bundle-schema-v1.md; JSON names equal the member names below.
//
// Conventions that keep the structs simple and round trips exact:
//   - optional strings are "" when absent (they are never written when empty);
//   - optional numbers and enums are std::optional;
//   - timestamps are kept as the ISO 8601 text they arrived as (UTC, "Z"),
//     dates as "yyyy-mm-dd"; use the helpers at the end to compute with them;
//   - references are record ids (employee_id names an Employee's id, not its NIP);
//   - a record with meta.deleted == true may have every own field at its default.
#pragma once
#include "core/base/calendar.hpp"
#include "core/model/types.hpp"

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace kinerja {

inline constexpr std::string_view kBundleFormat = "kinerja-samarinda/bundle";
inline constexpr int kBundleSchema = 1;

// ---------------------------------------------------------------------------
// Enums that exist only in the data model (string forms in parentheses).

// unit kinds: opd (dinas/badan), bidang, seksi, uptd (e.g. a Puskesmas),
// kecamatan, kelurahan. Hierarchy is by parent_id, the kind is descriptive.
enum class UnitKind { invalid, opd, bidang, seksi, uptd, kecamatan, kelurahan };

// jenis jabatan (jpt, administrator, pengawas, pelaksana, fungsional)
enum class JenisJabatan { invalid, jpt, administrator, pengawas, pelaksana, fungsional };

// employment status (pns, pppk)
enum class StatusPegawai { invalid, pns, pppk };

// how the pejabat penilai holds the post for this period (definitif, plt, plh)
enum class AssignmentKind { invalid, definitif, plt, plh };

// SKP approach, PermenPANRB 6/2022 (kuantitatif, kualitatif)
enum class Pendekatan { invalid, kuantitatif, kualitatif };

// JPT perspectives for RHK (penerima-layanan, proses-bisnis, penguatan-internal, anggaran)
enum class Perspektif { invalid, penerima_layanan, proses_bisnis, penguatan_internal, anggaran };

// keberatan decision by the atasan pejabat penilai (diterima, ditolak)
enum class KeputusanKeberatan { invalid, diterima, ditolak };

// complaint channel (kiosk, web, lapor = SP4N-LAPOR!, telepon, langsung, surat, media-sosial, lainnya)
enum class KanalPengaduan { invalid, kiosk, web, lapor, telepon, langsung, surat, media_sosial, lainnya };

// where an indicator's realisation is measured instead of typed: the unit's
// IKM from SKM answers (ikm), the median days to a complaint's first response
// (tanggapan-median) or to its resolution (selesai-median), the percent of
// complaints resolved within the SP4N-LAPOR! limits (selesai-tepat-waktu), a
// service's count over the period (volume) or per day with a register total
// (volume-harian)
enum class JenisSumber { invalid, ikm, tanggapan_median, selesai_median, selesai_tepat_waktu, volume, volume_harian };

// who a bundle was written for (bkpsdm, penilai, pegawai, publik)
enum class ScopeKind { invalid, bkpsdm, penilai, pegawai, publik };

std::string_view to_string(UnitKind);
std::string_view to_string(JenisJabatan);
std::string_view to_string(StatusPegawai);
std::string_view to_string(AssignmentKind);
std::string_view to_string(Pendekatan);
std::string_view to_string(Perspektif);
std::string_view to_string(KeputusanKeberatan);
std::string_view to_string(KanalPengaduan);
std::string_view to_string(ScopeKind);
std::string_view to_string(JenisSumber);

std::optional<UnitKind> parse_unit_kind(std::string_view);
std::optional<JenisJabatan> parse_jenis_jabatan(std::string_view);
std::optional<StatusPegawai> parse_status_pegawai(std::string_view);
std::optional<AssignmentKind> parse_assignment_kind(std::string_view);
std::optional<Pendekatan> parse_pendekatan(std::string_view);
std::optional<Perspektif> parse_perspektif(std::string_view);
std::optional<KeputusanKeberatan> parse_keputusan(std::string_view);
std::optional<KanalPengaduan> parse_kanal(std::string_view);
std::optional<ScopeKind> parse_scope_kind(std::string_view);
std::optional<JenisSumber> parse_jenis_sumber(std::string_view);

// Jenjang jabatan fungsional as written in data: "pemula", "terampil", "mahir",
// "penyelia", "ahli-pertama", "ahli-muda", "ahli-madya", "ahli-utama".
bool is_valid_jenjang(std::string_view);

// ---------------------------------------------------------------------------
// The envelope every record carries (docs/bundle-schema-v1.md, "Envelope").

struct RecordMeta {
  std::string id;                           // 1..64 of [A-Za-z0-9._:-], unique per collection
  std::map<std::string, std::int64_t> ver;  // version vector: device id → counter (> 0)
  std::string hlc;                          // "<ISO ms UTC>/<4-digit counter>/<device id>"
  std::string author;                       // NIP, "admin", "kiosk" or "system"
  std::string created;                      // ISO 8601 UTC
  std::string updated;                      // ISO 8601 UTC
  bool deleted = false;                     // tombstone
  bool operator==(const RecordMeta&) const = default;
};

// ---------------------------------------------------------------------------
// Master data

// How many citizens a service unit served in one period (its SKM population,
// for the Krejcie–Morgan sample check). Kept by BKPSDM from the unit's register.
struct PenerimaLayanan {
  std::string period_id;
  std::optional<std::int64_t> jumlah;
  bool operator==(const PenerimaLayanan&) const = default;
};

struct Unit {
  RecordMeta meta;
  std::string name;
  UnitKind kind = UnitKind::invalid;
  std::string parent_id;         // "" for a top-level unit (an OPD or kecamatan)
  bool is_service_unit = false;  // serves the public directly: gets SKM and complaints
  std::vector<PenerimaLayanan> penerima_layanan;  // per period, service units only
  bool operator==(const Unit&) const = default;
};

struct Employee {
  RecordMeta meta;
  std::string nip;         // 18 digits, see is_valid_nip
  std::string name;
  std::string jabatan;     // position title as on the SK
  std::optional<JenisJabatan> jenis_jabatan;
  std::string jenjang;     // functional posts only, e.g. "ahli-muda" (is_valid_jenjang)
  std::string golongan;    // "III/a" (PNS) or "IX" (PPPK); may be ""
  std::optional<StatusPegawai> status;  // absent means pns
  std::string unit_id;
  bool is_unit_head = false;
  bool operator==(const Employee&) const = default;
};

struct Period {
  RecordMeta meta;
  std::string name;         // "Triwulan I 2026"
  JenisPeriode jenis = JenisPeriode::invalid;
  int year = 0;
  std::string start;        // yyyy-mm-dd, inclusive
  std::string end;          // yyyy-mm-dd, inclusive
  std::string deadline;     // yyyy-mm-dd batas pengisian, end of that day WITA (UTC+8)
  bool locked = false;
  MetodePenilaian metode = MetodePenilaian::invalid;
  bool operator==(const Period&) const = default;
};

// Who rates whom in a period (employee_id, penilai_id, atasan_penilai_id are Employee ids).
struct Assignment {
  RecordMeta meta;
  std::string period_id;
  std::string employee_id;        // the pegawai yang dinilai
  std::string penilai_id;         // pejabat penilai kinerja
  std::string atasan_penilai_id;  // atasan pejabat penilai; "" when none (e.g. the sekda level)
  AssignmentKind kind = AssignmentKind::invalid;  // how the penilai holds the post
  bool operator==(const Assignment&) const = default;
};

// Indicator library entry (templates for SKP indicators).
// An indicator measured from the service data the city already holds rather
// than typed by the employee (docs/domain.md §16a).
struct SumberRealisasi {
  JenisSumber jenis = JenisSumber::invalid;
  std::string unit_id;  // whose data; "" = the employee's own unit
  std::string layanan{};  // volume sources: the service as ServiceVolume names it
  bool operator==(const SumberRealisasi&) const = default;
};

struct Indicator {
  RecordMeta meta;
  std::string text;
  std::string satuan;
  Polaritas polaritas = Polaritas::invalid;
  Aspek aspek = Aspek::invalid;
  std::optional<SumberRealisasi> sumber{};  // indicators made from it are measured
  bool operator==(const Indicator&) const = default;
};

// ---------------------------------------------------------------------------
// Plans

// One Indikator Kinerja Individu inside an RHK. Targets by polaritas:
// naik/turun/tepat use `target`; rentang uses target_min..target_max. In a
// kualitatif SKP targets may be absent (the expectation is the text).
struct SkpIndicator {
  std::string id;          // unique within its SKP; realisations name it
  std::string library_id;  // optional: the Indicator it was made from
  std::string text;
  Aspek aspek = Aspek::invalid;
  Polaritas polaritas = Polaritas::invalid;
  std::optional<double> target;
  std::optional<double> target_min;
  std::optional<double> target_max;
  std::string satuan;
  // PermenPANRB 8/2021: the target is the most attainable (e.g. 100 % bebas
  // temuan), so meeting it scores Sangat Baik; only legacy periods read it.
  bool target_maksimal = false;
  // Measured from the unit's data each period; a typed realisation is then
  // kept but not scored.
  std::optional<SumberRealisasi> sumber{};
  bool operator==(const SkpIndicator&) const = default;
};

struct Rhk {
  std::string id;             // unique across all SKPs of the bundle (cascades name it)
  KategoriRhk kategori = KategoriRhk::invalid;
  std::string text;
  std::string rhk_atasan_id;  // the superior's RHK this one intervenes; "" for none (JPT)
  std::string rhk_atasan_text;  // copy of that RHK's text, for files without the superior's SKP
  std::optional<Perspektif> perspektif;
  std::vector<SkpIndicator> indicators;
  bool operator==(const Rhk&) const = default;
};

struct EkspektasiKhusus {
  NilaiBerakhlak nilai = NilaiBerakhlak::invalid;
  std::string text;
  bool operator==(const EkspektasiKhusus&) const = default;
};

struct LampiranSkp {
  std::vector<std::string> dukungan_sumber_daya;
  std::vector<std::string> skema_pertanggungjawaban;
  std::vector<std::string> konsekuensi;
  bool operator==(const LampiranSkp&) const = default;
};

struct Skp {
  RecordMeta meta;
  std::string employee_id;
  int year = 0;
  Pendekatan pendekatan = Pendekatan::invalid;
  std::vector<Rhk> rhk;
  std::vector<EkspektasiKhusus> ekspektasi;  // at most one per value
  LampiranSkp lampiran;
  bool operator==(const Skp&) const = default;
};

// ---------------------------------------------------------------------------
// Work in a period

struct Evidence {
  std::string link;    // http(s) URL, may be ""
  std::string note;
  std::string sha256;  // 64 lower-case hex digits, may be ""
  std::optional<std::int64_t> size;  // bytes
  bool operator==(const Evidence&) const = default;
};

struct Realisation {
  RecordMeta meta;
  std::string skp_id;
  std::string indicator_id;  // SkpIndicator::id inside that SKP
  std::string period_id;
  std::optional<double> value;  // numeric realisasi; at least one of value/text is present
  std::string text;             // narrative realisasi (kualitatif)
  std::vector<Evidence> evidence;
  std::string submitted;        // ISO 8601 UTC when sent to the penilai; "" = draft
  bool operator==(const Realisation&) const = default;
};

// Perilaku kerja for one BerAKHLAK value: the employee's self-assessment and
// the penilai's judgement and feedback.
struct PerilakuNilai {
  NilaiBerakhlak nilai = NilaiBerakhlak::invalid;
  std::optional<Rating> self_rating;
  std::string self_note;
  std::optional<Rating> rating;  // the penilai's judgement of this value
  std::string umpan_balik;
  bool operator==(const PerilakuNilai&) const = default;
};

struct UmpanBalikRhk {
  std::string rhk_id;
  std::string text;
  bool operator==(const UmpanBalikRhk&) const = default;
};

struct Keberatan {
  std::string text;                 // the employee's objection
  std::string submitted;            // ISO 8601 UTC
  std::string penjelasan_penilai;   // the rater's explanation
  std::optional<KeputusanKeberatan> decision;  // absent = not decided yet
  std::string decision_note;
  std::string decided_by;           // Employee id of the atasan pejabat penilai
  std::optional<Predikat> predikat_akhir;  // the predikat after the decision, when changed
  bool operator==(const Keberatan&) const = default;
};

// BKPSDM's calibration of one predikat against the curve (docs/domain.md §9):
// the override, with who made it, when and why. The only stored predikat the
// score uses besides a granted keberatan; everything else is derived.
struct Kalibrasi {
  Predikat predikat = Predikat::invalid;
  std::string oleh;    // who: the admin, as the device that saved it names them
  std::string waktu;   // ISO 8601 UTC
  std::string alasan;  // why, as the admin wrote it
  bool operator==(const Kalibrasi&) const = default;
};

struct Evaluation {
  RecordMeta meta;
  std::string employee_id;
  std::string period_id;
  std::vector<PerilakuNilai> perilaku;  // at most one per value
  std::optional<Rating> rating_hasil_kerja;
  std::optional<Rating> rating_perilaku;
  std::string reason;          // why a rating differs from the suggested one
  std::vector<UmpanBalikRhk> umpan_balik_rhk;
  std::optional<Predikat> predikat;  // what the rater saw when saving; never used as the final predikat
  std::optional<Kalibrasi> kalibrasi;
  std::vector<std::string> recommendations;  // Training ids
  std::optional<Keberatan> keberatan;
  std::string self_submitted;  // ISO 8601 UTC, when the self-assessment was sent
  std::string rated;           // ISO 8601 UTC, when the penilai finalised the ratings
  // Legacy periods (PP 30/2019, PermenPANRB 8/2021, PP 46/2011) are rated with
  // a number for behaviour instead of the two ratings: the rater's nilai
  // perilaku, whether peers and subordinates gave input (PP 30's 60/40), and
  // PP 30's condition for Sangat Baik (an innovation that benefits the organisation).
  std::optional<double> nilai_perilaku;
  bool perilaku_360 = false;
  bool inovasi = false;
  bool operator==(const Evaluation&) const = default;
};

// ---------------------------------------------------------------------------
// Organisation and citizens

struct OrgRating {
  RecordMeta meta;
  std::string unit_id;
  std::string period_id;
  Cko cko = Cko::invalid;
  std::string note;
  bool operator==(const OrgRating&) const = default;
};

inline constexpr int kJumlahUnsurSkm = 9;

struct Respondent {
  std::string jenis_kelamin;  // "l" or "p", may be ""
  std::optional<int> umur;    // years, 10..120
  std::string pendidikan;
  std::string pekerjaan;
  bool operator==(const Respondent&) const = default;
};

struct SkmResponse {
  RecordMeta meta;
  std::string unit_id;
  std::string period_id;
  std::string timestamp;  // ISO 8601 UTC
  // answers[i] is unsur U(i+1): 1 (worst) .. 4 (best); 0 = not answered.
  std::array<std::uint8_t, kJumlahUnsurSkm> answers{};
  std::optional<Respondent> respondent;
  bool operator==(const SkmResponse&) const = default;
};

struct Complaint {
  RecordMeta meta;
  std::string unit_id;
  KanalPengaduan channel = KanalPengaduan::invalid;
  std::string category;
  std::string received;        // ISO 8601 UTC
  std::string first_response;  // ISO 8601 UTC, "" = not yet
  std::string resolved;        // ISO 8601 UTC, "" = not yet
  bool operator==(const Complaint&) const = default;
};

// A service unit's count of one service (patients served in rawat jalan, KTP-el
// printed) for one day of its register or for a whole period, as the unit's
// admin brings it in (docs/domain.md §16a).
struct ServiceVolume {
  RecordMeta meta;
  std::string unit_id;
  std::string layanan;    // the service as the register names it: "Rawat jalan"
  std::string tanggal;    // yyyy-mm-dd of a day's total, or "" for a period's
  std::string period_id;  // the period of a period's total, or "" for a day's
  int jumlah = 0;
  bool operator==(const ServiceVolume&) const = default;
};

struct Training {
  RecordMeta meta;
  std::string title;
  std::string description;
  std::vector<NilaiBerakhlak> nilai;  // values it develops
  std::vector<Aspek> aspek;           // indicator aspects it helps with
  std::optional<int> hours;           // jam pelajaran
  bool operator==(const Training&) const = default;
};

// ---------------------------------------------------------------------------
// The bundle

struct Scope {
  ScopeKind kind = ScopeKind::invalid;
  std::string nip;  // penilai / pegawai scopes
  bool operator==(const Scope&) const = default;
};

// An unresolved true conflict kept by merge: each version is the compact JSON
// text of one whole record as it was received.
struct Conflict {
  std::string collection;
  std::string id;
  std::vector<std::string> versions;
  bool operator==(const Conflict&) const = default;
};

struct Bundle {
  std::string created;  // ISO 8601 UTC
  std::string origin;   // device id of the writer
  Scope scope;
  std::string note;     // free text, e.g. "Data fiktif untuk demonstrasi"

  std::vector<Unit> units;
  std::vector<Employee> employees;
  std::vector<Period> periods;
  std::vector<Assignment> assignments;
  std::vector<Indicator> indicators;
  std::vector<Skp> skps;
  std::vector<Realisation> realisations;
  std::vector<Evaluation> evaluations;
  std::vector<OrgRating> org_ratings;
  std::vector<SkmResponse> skm_responses;
  std::vector<Complaint> complaints;
  std::vector<Training> trainings;
  std::vector<ServiceVolume> service_volumes;

  std::vector<Conflict> conflicts;
  bool operator==(const Bundle&) const = default;
};

// Collection names in their canonical (file) order.
inline constexpr std::array<std::string_view, 13> kCollections{
    "units",       "employees",    "periods",     "assignments",   "indicators", "skps",
    "realisations", "evaluations", "org_ratings", "skm_responses", "complaints", "trainings",
    "service_volumes"};

// Number of records over all collections (tombstones included, conflicts not).
std::size_t record_count(const Bundle&);

// Sort every collection by id (the canonical order to_json writes).
void sort_by_id(Bundle&);

// ---------------------------------------------------------------------------
// Field helpers

// A record id: 1..64 chars of [A-Za-z0-9._:-].
bool is_valid_id(std::string_view);

// NIP (18 digits): yyyymmdd birth date, yyyymm appointment (after birth),
// sex digit 1 (male) or 2 (female), 3-digit sequence. Returns "" when valid,
// otherwise an English description of the first problem.
std::string_view nip_problem(std::string_view nip);
inline bool is_valid_nip(std::string_view nip) { return nip_problem(nip).empty(); }

// hlc "<ISO-ms UTC>/<4 digits>/<device id>" well formed.
bool is_valid_hlc(std::string_view);

// The first instant after the deadline day (end of that day, WITA), in ms
// since the epoch; nullopt if the period's deadline is not a date. A
// submission at time t is on time when t < deadline_end_ms(period).
std::optional<std::int64_t> deadline_end_ms(const Period&);

// Position of a period inside its year from its start date: month 1..12 for
// bulanan, quarter 1..4 for triwulanan, 1 for tahunan; 0 if start is bad.
int period_index(const Period&);

// Printing for test failures and logs.
std::ostream& operator<<(std::ostream&, const RecordMeta&);
std::ostream& operator<<(std::ostream&, UnitKind);
std::ostream& operator<<(std::ostream&, AssignmentKind);
std::ostream& operator<<(std::ostream&, ScopeKind);

} // namespace kinerja
