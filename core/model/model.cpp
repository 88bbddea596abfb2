// The data model's small pieces of behaviour: enum string forms, id and NIP
// checks, date and timestamp arithmetic (no <chrono> calendar, which Emscripten
// 3.1.6's libc++ lacks; the civil-date algorithm is Howard Hinnant's).
#include "core/model/model.hpp"
#include "core/model/enum_names.hpp"

#include <algorithm>
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

std::optional<UnitKind> parse_unit_kind(std::string_view s) { return value_of(kUnitKind, s); }
std::optional<JenisJabatan> parse_jenis_jabatan(std::string_view s) { return value_of(kJenisJabatan, s); }
std::optional<StatusPegawai> parse_status_pegawai(std::string_view s) { return value_of(kStatus, s); }
std::optional<AssignmentKind> parse_assignment_kind(std::string_view s) { return value_of(kAssignmentKind, s); }
std::optional<Pendekatan> parse_pendekatan(std::string_view s) { return value_of(kPendekatan, s); }
std::optional<Perspektif> parse_perspektif(std::string_view s) { return value_of(kPerspektif, s); }
std::optional<KeputusanKeberatan> parse_keputusan(std::string_view s) { return value_of(kKeputusan, s); }
std::optional<KanalPengaduan> parse_kanal(std::string_view s) { return value_of(kKanal, s); }
std::optional<ScopeKind> parse_scope_kind(std::string_view s) { return value_of(kScope, s); }

bool is_valid_jenjang(std::string_view s) {
  return std::find(kJenjang.begin(), kJenjang.end(), s) != kJenjang.end();
}

std::size_t record_count(const Bundle& b) {
  return b.units.size() + b.employees.size() + b.periods.size() + b.assignments.size() +
         b.indicators.size() + b.skps.size() + b.realisations.size() + b.evaluations.size() +
         b.org_ratings.size() + b.skm_responses.size() + b.complaints.size() + b.trainings.size();
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
}

bool is_valid_id(std::string_view s) {
  if (s.empty() || s.size() > 64) return false;
  for (char c : s) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) || c == '.' || c == '_' ||
              c == ':' || c == '-';
    if (!ok) return false;
  }
  return true;
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

std::optional<std::int64_t> days_from_civil(int year, int month, int day) {
  if (month < 1 || month > 12 || day < 1) return std::nullopt;
  static constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  int max_day = kDays[static_cast<std::size_t>(month - 1)] + (month == 2 && leap ? 1 : 0);
  if (day > max_day) return std::nullopt;
  std::int64_t y = year - (month <= 2 ? 1 : 0);
  std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  std::int64_t yoe = y - era * 400;
  std::int64_t mp = (month + 9) % 12;
  std::int64_t doy = (153 * mp + 2) / 5 + day - 1;
  std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

std::optional<std::int64_t> parse_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  int y = digits(s, 0, 4), m = digits(s, 5, 2), d = digits(s, 8, 2);
  if (y < 0 || m < 0 || d < 0) return std::nullopt;
  return days_from_civil(y, m, d);
}

std::optional<std::int64_t> parse_timestamp_ms(std::string_view s) {
  // yyyy-mm-ddThh:mm:ss then optional .f{1,9} then Z
  if (s.size() < 20 || s[10] != 'T' || s[13] != ':' || s[16] != ':' || s.back() != 'Z') return std::nullopt;
  auto day = parse_date(s.substr(0, 10));
  int hh = digits(s, 11, 2), mi = digits(s, 14, 2), ss = digits(s, 17, 2);
  if (!day || hh < 0 || hh > 23 || mi < 0 || mi > 59 || ss < 0 || ss > 60) return std::nullopt;
  std::int64_t ms = 0;
  std::size_t pos = 19;
  if (s[pos] == '.') {
    ++pos;
    std::size_t start = pos;
    int scale = 100;
    while (pos < s.size() && is_digit(s[pos])) {
      if (scale > 0) ms += (s[pos] - '0') * scale;
      scale /= 10;
      ++pos;
    }
    if (pos == start || pos - start > 9) return std::nullopt;
  }
  if (pos != s.size() - 1) return std::nullopt;
  return ((*day * 24 + hh) * 60 + mi) * 60000 + static_cast<std::int64_t>(ss) * 1000 + ms;
}

std::string format_timestamp_ms(std::int64_t ms) {
  std::int64_t days = ms >= 0 ? ms / 86400000 : (ms - 86399999) / 86400000;
  std::int64_t rem = ms - days * 86400000;
  // civil_from_days (Hinnant)
  std::int64_t z = days + 719468;
  std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  std::int64_t doe = z - era * 146097;
  std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  std::int64_t y = yoe + era * 400;
  std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  std::int64_t mp = (5 * doy + 2) / 153;
  std::int64_t d = doy - (153 * mp + 2) / 5 + 1;
  std::int64_t m = mp < 10 ? mp + 3 : mp - 9;
  if (m <= 2) ++y;
  std::int64_t hh = rem / 3600000, mi = rem / 60000 % 60, ss = rem / 1000 % 60, frac = rem % 1000;
  auto two = [](std::int64_t v) {
    std::string s(2, '0');
    s[0] = static_cast<char>('0' + v / 10);
    s[1] = static_cast<char>('0' + v % 10);
    return s;
  };
  std::string out = std::to_string(y) + "-" + two(m) + "-" + two(d) + "T" + two(hh) + ":" + two(mi) + ":" + two(ss);
  if (frac != 0) {
    out += '.';
    out += static_cast<char>('0' + frac / 100);
    out += static_cast<char>('0' + frac / 10 % 10);
    out += static_cast<char>('0' + frac % 10);
  }
  out += 'Z';
  return out;
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
  return (*day + 1) * 86400000 - kWitaOffsetMs;
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
