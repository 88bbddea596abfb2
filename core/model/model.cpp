// The data model's small pieces of behaviour: enum string forms, id and NIP
// checks, date and timestamp arithmetic (no <chrono> calendar, which Emscripten
// 3.1.6's libc++ lacks; the civil-date algorithm is Howard Hinnant's).
#include "core/model/model.hpp"
#include "core/model/enum_names.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace kinerja {
namespace {

using enum_names::Names;
using enum_names::name_of;
using enum_names::value_of;

constexpr Names<UnitKind, 6> kUnitKind{{{UnitKind::opd, "opd"}, {UnitKind::bidang, "bidang"},
                                         {UnitKind::seksi, "seksi"}, {UnitKind::uptd, "uptd"},
                                         {UnitKind::kecamatan, "kecamatan"},
                                         {UnitKind::kelurahan, "kelurahan"}}};
constexpr Names<JenisJabatan, 5> kJenisJabatan{{{JenisJabatan::jpt, "jpt"},
                                                 {JenisJabatan::administrator, "administrator"},
                                                 {JenisJabatan::pengawas, "pengawas"},
                                                 {JenisJabatan::pelaksana, "pelaksana"},
                                                 {JenisJabatan::fungsional, "fungsional"}}};
constexpr Names<StatusPegawai, 2> kStatus{{{StatusPegawai::pns, "pns"}, {StatusPegawai::pppk, "pppk"}}};
constexpr Names<AssignmentKind, 3> kAssignmentKind{{{AssignmentKind::definitif, "definitif"},
                                                     {AssignmentKind::plt, "plt"},
                                                     {AssignmentKind::plh, "plh"}}};
constexpr Names<Pendekatan, 2> kPendekatan{{{Pendekatan::kuantitatif, "kuantitatif"},
                                             {Pendekatan::kualitatif, "kualitatif"}}};
constexpr Names<Perspektif, 4> kPerspektif{{{Perspektif::penerima_layanan, "penerima-layanan"},
                                             {Perspektif::proses_bisnis, "proses-bisnis"},
                                             {Perspektif::penguatan_internal, "penguatan-internal"},
                                             {Perspektif::anggaran, "anggaran"}}};
constexpr Names<KeputusanKeberatan, 2> kKeputusan{{{KeputusanKeberatan::diterima, "diterima"},
                                                    {KeputusanKeberatan::ditolak, "ditolak"}}};
constexpr Names<KanalPengaduan, 8> kKanal{{{KanalPengaduan::kiosk, "kiosk"},
                                            {KanalPengaduan::web, "web"},
                                            {KanalPengaduan::lapor, "lapor"},
                                            {KanalPengaduan::telepon, "telepon"},
                                            {KanalPengaduan::langsung, "langsung"},
                                            {KanalPengaduan::surat, "surat"},
                                            {KanalPengaduan::media_sosial, "media-sosial"},
                                            {KanalPengaduan::lainnya, "lainnya"}}};
constexpr Names<JenisSumber, 6> kSumber{{{JenisSumber::ikm, "ikm"},
                                         {JenisSumber::tanggapan_median, "tanggapan-median"},
                                         {JenisSumber::selesai_median, "selesai-median"},
                                         {JenisSumber::selesai_tepat_waktu, "selesai-tepat-waktu"},
                                         {JenisSumber::volume, "volume"},
                                         {JenisSumber::volume_harian, "volume-harian"}}};
constexpr Names<ScopeKind, 4> kScope{{{ScopeKind::bkpsdm, "bkpsdm"}, {ScopeKind::penilai, "penilai"},
                                      {ScopeKind::pegawai, "pegawai"}, {ScopeKind::publik, "publik"}}};

constexpr std::array<std::string_view, 8> kJenjang{"pemula",       "terampil",  "mahir",      "penyelia",
                                                   "ahli-pertama", "ahli-muda", "ahli-madya", "ahli-utama"};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Digits s[pos, pos+n) as a number; -1 if any is not a digit.
int digits(std::string_view s, std::size_t pos, std::size_t n) {
  if (pos + n > s.size()) return -1;
  int v = 0;
  for (std::size_t i = pos; i < pos + n; ++i) {
    if (!is_digit(s[i])) return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

template <typename Vec>
void sort_records(Vec& v) {
  std::stable_sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.meta.id < b.meta.id; });
}

} // namespace

std::string_view to_string(UnitKind e) { return name_of(kUnitKind, e); }
std::string_view to_string(JenisJabatan e) { return name_of(kJenisJabatan, e); }
std::string_view to_string(StatusPegawai e) { return name_of(kStatus, e); }
std::string_view to_string(AssignmentKind e) { return name_of(kAssignmentKind, e); }
std::string_view to_string(Pendekatan e) { return name_of(kPendekatan, e); }
std::string_view to_string(Perspektif e) { return name_of(kPerspektif, e); }
std::string_view to_string(KeputusanKeberatan e) { return name_of(kKeputusan, e); }
std::string_view to_string(KanalPengaduan e) { return name_of(kKanal, e); }
std::string_view to_string(ScopeKind e) { return name_of(kScope, e); }
std::string_view to_string(JenisSumber e) { return name_of(kSumber, e); }

std::optional<UnitKind> parse_unit_kind(std::string_view s) { return value_of(kUnitKind, s); }
std::optional<JenisJabatan> parse_jenis_jabatan(std::string_view s) { return value_of(kJenisJabatan, s); }
std::optional<StatusPegawai> parse_status_pegawai(std::string_view s) { return value_of(kStatus, s); }
std::optional<AssignmentKind> parse_assignment_kind(std::string_view s) { return value_of(kAssignmentKind, s); }
std::optional<Pendekatan> parse_pendekatan(std::string_view s) { return value_of(kPendekatan, s); }
std::optional<Perspektif> parse_perspektif(std::string_view s) { return value_of(kPerspektif, s); }
std::optional<KeputusanKeberatan> parse_keputusan(std::string_view s) { return value_of(kKeputusan, s); }
std::optional<KanalPengaduan> parse_kanal(std::string_view s) { return value_of(kKanal, s); }
std::optional<ScopeKind> parse_scope_kind(std::string_view s) { return value_of(kScope, s); }
std::optional<JenisSumber> parse_jenis_sumber(std::string_view s) { return value_of(kSumber, s); }

bool is_valid_jenjang(std::string_view s) {
  return std::find(kJenjang.begin(), kJenjang.end(), s) != kJenjang.end();
}

std::size_t record_count(const Bundle& b) {
  return b.units.size() + b.employees.size() + b.periods.size() + b.assignments.size() +
         b.indicators.size() + b.skps.size() + b.realisations.size() + b.evaluations.size() +
         b.org_ratings.size() + b.skm_responses.size() + b.complaints.size() + b.trainings.size() +
         b.service_volumes.size();
}

void sort_by_id(Bundle& b) {
  sort_records(b.units);
  sort_records(b.employees);
  sort_records(b.periods);
  sort_records(b.assignments);
  sort_records(b.indicators);
  sort_records(b.skps);
  sort_records(b.realisations);
  sort_records(b.evaluations);
  sort_records(b.org_ratings);
  sort_records(b.skm_responses);
  sort_records(b.complaints);
  sort_records(b.trainings);
  sort_records(b.service_volumes);
}

namespace {
// [A-Za-z0-9._:-] as a table: every record's id and every reference is
// checked while a city's file is read, one lookup per character.
constexpr std::array<bool, 256> kIdChar = [] {
  std::array<bool, 256> t{};
  for (char c = 'a'; c <= 'z'; ++c) t[static_cast<unsigned char>(c)] = true;
  for (char c = 'A'; c <= 'Z'; ++c) t[static_cast<unsigned char>(c)] = true;
  for (char c = '0'; c <= '9'; ++c) t[static_cast<unsigned char>(c)] = true;
  for (char c : {'.', '_', ':', '-'}) t[static_cast<unsigned char>(c)] = true;
  return t;
}();
}  // namespace

bool is_valid_id(std::string_view s) {
  if (s.empty() || s.size() > 64) return false;
  bool ok = true;
  for (char c : s) ok &= kIdChar[static_cast<unsigned char>(c)];
  return ok;
}

std::string_view nip_problem(std::string_view nip) {
  if (nip.size() != 18) return "a NIP has exactly 18 digits";
  for (char c : nip)
    if (!is_digit(c)) return "a NIP has digits only";
  int by = digits(nip, 0, 4), bm = digits(nip, 4, 2), bd = digits(nip, 6, 2);
  if (by < 1900 || !days_from_civil(by, bm, bd)) return "digits 1-8 are not a birth date (yyyymmdd)";
  int ay = digits(nip, 8, 4), am = digits(nip, 12, 2);
  if (am < 1 || am > 12 || ay < 1900) return "digits 9-14 are not an appointment year and month (yyyymm)";
  if (ay * 12 + am <= by * 12 + bm) return "the appointment (digits 9-14) is not after the birth date";
  if (nip[14] != '1' && nip[14] != '2') return "digit 15 (sex) must be 1 or 2";
  if (digits(nip, 15, 3) == 0) return "digits 16-18 (sequence) must not be 000";
  return {};
}

bool is_valid_hlc(std::string_view s) {
  auto slash1 = s.find('/');
  if (slash1 == std::string_view::npos) return false;
  auto slash2 = s.find('/', slash1 + 1);
  if (slash2 == std::string_view::npos) return false;
  if (!parse_timestamp_ms(s.substr(0, slash1))) return false;
  auto counter = s.substr(slash1 + 1, slash2 - slash1 - 1);
  if (counter.size() != 4 || digits(counter, 0, 4) < 0) return false;
  auto device = s.substr(slash2 + 1);
  return is_valid_id(device);
}

std::optional<std::int64_t> deadline_end_ms(const Period& p) {
  auto day = parse_date(p.deadline);
  if (!day) return std::nullopt;
  return wita_day_start_ms(*day + 1);
}

int period_index(const Period& p) {
  if (!parse_date(p.start)) return 0;
  int month = digits(p.start, 5, 2);
  switch (p.jenis) {
    case JenisPeriode::bulanan: return month;
    case JenisPeriode::triwulanan: return (month - 1) / 3 + 1;
    case JenisPeriode::tahunan: return 1;
    case JenisPeriode::invalid: break;
  }
  return 0;
}

std::ostream& operator<<(std::ostream& os, const RecordMeta& m) {
  os << "{id=" << m.id << " hlc=" << m.hlc << " author=" << m.author << (m.deleted ? " deleted" : "") << "}";
  return os;
}
std::ostream& operator<<(std::ostream& os, UnitKind e) { return os << to_string(e); }
std::ostream& operator<<(std::ostream& os, AssignmentKind e) { return os << to_string(e); }
std::ostream& operator<<(std::ostream& os, ScopeKind e) { return os << to_string(e); }

} // namespace kinerja
