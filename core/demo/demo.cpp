// The demo-city generator (see demo.hpp). Sections:
//   [SECTION] Rng & helpers   splitmix64, integer-only draws, time formatting
//   [SECTION] Units           OPDs first, then Puskesmas, kecamatan, kelurahan, bidang, seksi
//   [SECTION] People          heads, staff, NIPs, names
//   [SECTION] Plans           periods, assignments (Plt/Plh), indicator library, SKPs
//   [SECTION] Work            realisations, evaluations, CKO
//   [SECTION] Citizens        SKM responses, complaints
// Data fiktif untuk demonstrasi: every person, NIP and figure here is invented;
// only institution and area names are real.
#include "core/demo/demo.hpp"

#include "core/demo/demo_data.hpp"
#include "core/demo/demo_kurva.hpp"
#include "core/rules/rules.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <unordered_set>

namespace kinerja {
namespace {

namespace dd = demo_data;
using dd::Family;

// ===========================================================================
// [SECTION] Rng & helpers

// splitmix64: tiny, fast, and identical on every platform.
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  // 0..n-1 (n > 0); the modulo bias is irrelevant for demo data.
  int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
  int between(int lo, int hi) { return lo + below(hi - lo + 1); }
  // true with probability permille/1000
  bool chance(int permille) { return below(1000) < permille; }
  template <typename T>
  const T& pick(std::span<const T> s) {
    return s[static_cast<std::size_t>(below(static_cast<int>(s.size())))];
  }

 private:
  std::uint64_t state_;
};

std::uint64_t stream_seed(std::uint64_t seed, std::uint64_t stream) {
  Rng r(seed ^ (stream * 0xD1B54A32D192ED03ULL));
  return r.next();
}

constexpr std::string_view kDevice = "demo-samarinda";

std::string iso(std::int64_t ms) { return format_timestamp_ms(ms); }
std::string iso_date(std::int64_t day) { return format_date(day); }

std::string hlc_of(std::int64_t ms) {
  std::string t = format_timestamp_ms(ms);
  if (t.find('.') == std::string::npos) t.insert(t.size() - 1, ".000");
  return t + "/0000/" + std::string(kDevice);
}

RecordMeta meta(std::string id, std::string author, std::int64_t created_ms, std::int64_t updated_ms) {
  RecordMeta m;
  m.id = std::move(id);
  m.ver[std::string(kDevice)] = 1;
  m.hlc = hlc_of(updated_ms);
  m.author = std::move(author);
  m.created = iso(created_ms);
  m.updated = iso(updated_ms);
  return m;
}

std::string slug(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a');
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
    else if (!out.empty() && out.back() != '-') out += '-';
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

std::string pad(int v, int width) {
  std::string s = std::to_string(v);
  while (static_cast<int>(s.size()) < width) s.insert(s.begin(), '0');
  return s;
}

// value/10 from an integer number of tenths: exact and identical everywhere.
double tenths(std::int64_t t) { return static_cast<double>(t) / 10.0; }

std::string hex64(Rng& r) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string s;
  for (int i = 0; i < 4; ++i) {
    std::uint64_t v = r.next();
    for (int k = 0; k < 16; ++k) s += kHex[(v >> (4 * k)) & 0xF];
  }
  return s;
}

// ===========================================================================
// [SECTION] Units

struct UnitInfo {
  Unit unit;
  Family family = Family::sekretariat;
  std::string head_title;
  JenisJabatan head_jenis = JenisJabatan::pengawas;
  std::string head_gol_low, head_gol_high, head_degree;
  int weight = 1;        // share of staff
  int parent = -1;       // index into the unit list
  bool plt = false;      // head post vacant; the parent's head acts (Plt)
  int head = -1;         // employee index of the definitive head
};

struct City {
  std::vector<UnitInfo> units;
};

int clampi(int v, int lo, int hi) { return std::max(lo, std::min(hi, v)); }

City build_units(int employees, Rng& rng, std::int64_t t0) {
  City city;
  auto add = [&](std::string id, std::string name, UnitKind kind, int parent, Family fam, bool service,
                 std::string head_title, JenisJabatan jenis, std::string gl, std::string gh, std::string degree,
                 int weight) {
    UnitInfo u;
    u.unit.meta = meta(std::move(id), "admin", t0, t0);
    u.unit.name = std::move(name);
    u.unit.kind = kind;
    u.unit.parent_id = parent >= 0 ? city.units[static_cast<std::size_t>(parent)].unit.meta.id : "";
    u.unit.is_service_unit = service;
    u.family = fam;
    u.head_title = std::move(head_title);
    u.head_jenis = jenis;
    u.head_gol_low = std::move(gl);
    u.head_gol_high = std::move(gh);
    u.head_degree = std::move(degree);
    u.weight = weight;
    u.parent = parent;
    city.units.push_back(std::move(u));
    return static_cast<int>(city.units.size()) - 1;
  };

  auto opds = dd::opds();
  std::vector<int> opd_index;
  for (const auto& o : opds) {
    bool setda = o.family == Family::sekretariat;
    int w = o.family == Family::dukcapil ? 5 : o.service ? 3 : setda ? 1 : 2;
    opd_index.push_back(add(std::string(o.id), std::string(o.name), UnitKind::opd, -1, o.family, o.service,
                            std::string(o.head_title), JenisJabatan::jpt, setda ? "IV/d" : "IV/c",
                            setda ? "IV/e" : "IV/d", ", S.H., M.Si.", w));
  }
  const int dinkes = opd_index[2];

  // Everything beyond the OPDs scales with the number of employees (~20 per unit).
  int rest = std::max(0, employees / 20 - static_cast<int>(opds.size()));
  int n_pusk = clampi((rest * 3 + 9) / 10, 0, static_cast<int>(dd::puskesmas_areas().size()));
  int n_kec = clampi((rest + 3) / 4, 0, static_cast<int>(dd::kecamatan().size()));
  int budget = rest - n_pusk - n_kec;
  for (int i = 0; i < n_pusk; ++i) {
    auto area = dd::puskesmas_areas()[static_cast<std::size_t>(i)];
    add("u-pkm-" + slug(area), "UPTD Puskesmas " + std::string(area), UnitKind::uptd, dinkes, Family::puskesmas, true,
        "Kepala UPTD Puskesmas " + std::string(area), JenisJabatan::pengawas, "III/d", "IV/a", "", 5);
  }
  std::vector<int> kec_index;
  for (int i = 0; i < n_kec; ++i) {
    auto k = dd::kecamatan()[static_cast<std::size_t>(i)];
    kec_index.push_back(add("u-kec-" + slug(k.name), "Kecamatan " + std::string(k.name), UnitKind::kecamatan, -1,
                            Family::wilayah, true, "Camat " + std::string(k.name), JenisJabatan::administrator,
                            "IV/a", "IV/b", ", S.STP., M.Si.", 3));
  }
  // kelurahan: round robin over the chosen kecamatan
  int n_kel = std::max(0, budget / 3), made = 0;
  for (std::size_t round = 0; made < n_kel && !kec_index.empty(); ++round) {
    bool any = false;
    for (std::size_t k = 0; k < kec_index.size() && made < n_kel; ++k) {
      auto list = dd::kecamatan()[k].kelurahan;
      if (round >= list.size()) continue;
      auto name = list[round];
      add("u-kel-" + slug(name), "Kelurahan " + std::string(name), UnitKind::kelurahan, kec_index[k],
          Family::wilayah, true, "Lurah " + std::string(name), JenisJabatan::pengawas, "III/c", "III/d", ", S.STP.",
          1);
      ++made;
      any = true;
    }
    if (!any) break;
  }
  budget = std::max(0, budget - made);
  // seksi in kecamatan offices
  int n_seksi_kec = std::min(budget / 4, static_cast<int>(kec_index.size() * dd::seksi_kecamatan().size()));
  for (int i = 0; i < n_seksi_kec; ++i) {
    auto k = static_cast<std::size_t>(i) % kec_index.size();
    auto s = static_cast<std::size_t>(i) / kec_index.size();
    int parent = kec_index[k];
    auto name = dd::seksi_kecamatan()[s];
    add(city.units[static_cast<std::size_t>(parent)].unit.meta.id + "-s" + std::to_string(s + 1),
        std::string(name) + " " + city.units[static_cast<std::size_t>(parent)].unit.name, UnitKind::seksi, parent,
        Family::wilayah, false, "Kepala " + std::string(name), JenisJabatan::pengawas, "III/b", "III/d", ", S.Sos.",
        1);
  }
  budget -= n_seksi_kec;
  // bidang: round robin over the OPDs, then seksi under them
  std::vector<int> bidang_index;
  for (std::size_t round = 0; budget > 0; ++round) {
    bool any = false;
    for (std::size_t o = 0; o < opds.size() && budget > 0; ++o) {
      if (round >= opds[o].bidang.size()) continue;
      auto name = opds[o].bidang[round];
      int parent = opd_index[o];
      bool sekretariat = name.rfind("Sekretariat", 0) == 0;
      bool bagian = name.rfind("Bagian", 0) == 0;
      std::string title = sekretariat ? "Sekretaris " + std::string(name.substr(12))
                                      : "Kepala " + std::string(name);
      Family fam = opds[o].family;
      bidang_index.push_back(add(city.units[static_cast<std::size_t>(parent)].unit.meta.id + "-b" +
                                     std::to_string(round + 1),
                                 std::string(name), UnitKind::bidang, parent, fam, false, title,
                                 JenisJabatan::administrator, bagian ? "IV/a" : "III/d", "IV/b", ", S.E., M.M.", 2));
      --budget;
      any = true;
    }
    if (!any) break;
  }
  for (std::size_t i = 0; budget > 0 && !bidang_index.empty(); ++i) {
    std::size_t b = i % bidang_index.size(), s = i / bidang_index.size();
    if (s >= dd::seksi_bidang().size()) break;
    int parent = bidang_index[b];
    const auto& p = city.units[static_cast<std::size_t>(parent)];
    auto name = dd::seksi_bidang()[s];
    add(p.unit.meta.id + "-s" + std::to_string(s + 1), std::string(name) + " " + p.unit.name, UnitKind::seksi,
        parent, p.family, false, "Kepala " + std::string(name), JenisJabatan::pengawas, "III/b", "III/d", ", S.E.",
        1);
    --budget;
  }

  // Plt: a few vacant head posts below the OPD level, acted by the parent's head.
  bool any_plt = false;
  for (auto& u : city.units)
    if (u.parent >= 0 && !city.units[static_cast<std::size_t>(u.parent)].plt && rng.chance(70)) {
      u.plt = true;
      any_plt = true;
    }
  if (!any_plt)
    for (auto it = city.units.rbegin(); it != city.units.rend(); ++it)
      if (it->parent >= 0) {
        it->plt = true;
        break;
      }
  return city;
}

// ===========================================================================
// [SECTION] People

struct Person {
  Employee employee;
  int unit = 0;
  int ability = 0;       // -9..12: how far above/below target this person usually is (percent)
  bool head = false;
};

std::string golongan_between(Rng& rng, std::string_view low, std::string_view high) {
  // "III/a".."IV/b": walk the ordered list of PNS golongan
  static constexpr std::array<std::string_view, 17> kAll{"I/a",   "I/b",   "I/c",   "I/d",  "II/a", "II/b",
                                                         "II/c",  "II/d",  "III/a", "III/b", "III/c", "III/d",
                                                         "IV/a",  "IV/b",  "IV/c",  "IV/d", "IV/e"};
  auto lo = std::find(kAll.begin(), kAll.end(), low), hi = std::find(kAll.begin(), kAll.end(), high);
  if (lo == kAll.end() || hi == kAll.end() || hi < lo) return std::string(low);
  return std::string(*(lo + rng.below(static_cast<int>(hi - lo) + 1)));
}

class NipMaker {
 public:
  // birth year range and appointment; pppk appointments are recent.
  std::string make(Rng& rng, int birth_lo, int birth_hi, bool female, bool pppk, int year) {
    int by = rng.between(birth_lo, birth_hi), bm = rng.between(1, 12), bd = rng.between(1, 28);
    int ay, am;
    if (pppk) {
      ay = std::max(by + 20, year - rng.between(1, 2));
      am = rng.chance(500) ? 10 : 3;
    } else {
      ay = std::min(year - 1, by + rng.between(22, 30));
      static constexpr std::array<int, 5> kTmt{1, 2, 3, 4, 12};
      am = kTmt[static_cast<std::size_t>(rng.below(5))];
    }
    std::string base = pad(by, 4) + pad(bm, 2) + pad(bd, 2) + pad(ay, 4) + pad(am, 2) + (female ? "2" : "1");
    for (int seq = rng.between(1, 40);; ++seq) {
      std::string nip = base + pad((seq - 1) % 999 + 1, 3);
      if (used_.insert(nip).second) return nip;
    }
  }

 private:
  std::unordered_set<std::string> used_;
};

std::string make_name(Rng& rng, bool female, std::string_view prefix, std::string_view degree) {
  auto given = female ? dd::given_names_female() : dd::given_names_male();
  auto second = female ? dd::second_names_female() : dd::second_names_male();
  std::string name(prefix);
  name += rng.pick(given);
  name += ' ';
  name += rng.pick(second);
  name += degree;
  return name;
}

std::string employee_id(int i) { return "pg-" + pad(i + 1, 5); }

std::vector<Person> build_people(City& city, int total, int year, Rng& rng, std::int64_t t0) {
  std::vector<Person> people;
  NipMaker nips;
  auto add_person = [&](int unit, bool head, std::string title, JenisJabatan jenis, std::string jenjang,
                        std::string golongan, std::string_view degree, bool pppk, int birth_lo, int birth_hi) {
    Person p;
    int idx = static_cast<int>(people.size());
    bool female = rng.chance(520);
    bool doctor = title.rfind("Dokter", 0) == 0 || (head && city.units[static_cast<std::size_t>(unit)].family ==
                                                                 Family::puskesmas);
    p.employee.meta = meta(employee_id(idx), "admin", t0, t0);
    p.employee.nip = nips.make(rng, birth_lo, birth_hi, female, pppk, year);
    std::string_view suffix = doctor ? (head ? std::string_view(", M.Kes.") : std::string_view()) : degree;
    p.employee.name = make_name(rng, female, doctor ? "dr. " : "", suffix);
    p.employee.jabatan = std::move(title);
    p.employee.jenis_jabatan = jenis;
    p.employee.jenjang = std::move(jenjang);
    p.employee.golongan = std::move(golongan);
    p.employee.status = pppk ? StatusPegawai::pppk : StatusPegawai::pns;
    p.employee.unit_id = city.units[static_cast<std::size_t>(unit)].unit.meta.id;
    p.employee.is_unit_head = head;
    p.unit = unit;
    p.head = head;
    p.ability = rng.between(-9, 12);
    people.push_back(std::move(p));
    return idx;
  };

  // heads first, in unit order, so a rater always precedes the people they rate
  for (std::size_t u = 0; u < city.units.size(); ++u) {
    auto& info = city.units[u];
    if (info.plt) continue;
    info.head = add_person(static_cast<int>(u), true, info.head_title, info.head_jenis, "",
                           golongan_between(rng, info.head_gol_low, info.head_gol_high), info.head_degree, false,
                           1967, 1984);
  }
  int weight_sum = 0;
  for (const auto& u : city.units) weight_sum += u.weight;
  while (static_cast<int>(people.size()) < total) {
    int w = rng.below(weight_sum);
    std::size_t u = 0;
    while (w >= city.units[u].weight) w -= city.units[u++].weight;
    const auto& info = city.units[u];
    auto positions = dd::staff_positions(info.family);
    const auto& pos = rng.pick(positions);
    bool pppk = rng.chance(120);
    std::string gol;
    if (pppk) gol = pos.jenis == JenisJabatan::pelaksana ? "V" : pos.jenjang.rfind("ahli", 0) == 0 ? "IX" : "VII";
    else gol = golongan_between(rng, pos.gol_low, pos.gol_high);
    add_person(static_cast<int>(u), false, std::string(pos.title), pos.jenis, std::string(pos.jenjang), gol,
               pos.degree, pppk, pppk ? 1985 : 1970, 2000);
  }
  return people;
}

// The person who rates the head post of unit u (definitive or acting), and
// whether they act as Plt. -1 at the top (the Sekda is rated by the mayor).
struct Rater {
  int person = -1;
  AssignmentKind kind = AssignmentKind::definitif;
};

Rater head_of(const City& city, int u) {
  // walks up while the post is vacant: the nearest filled head acts
  Rater r;
  int cur = u;
  while (cur >= 0 && city.units[static_cast<std::size_t>(cur)].plt) {
    cur = city.units[static_cast<std::size_t>(cur)].parent;
    r.kind = AssignmentKind::plt;
  }
  if (cur >= 0) r.person = city.units[static_cast<std::size_t>(cur)].head;
  return r;
}

Rater rater_of(const City& city, const std::vector<Person>& people, int person) {
  const auto& p = people[static_cast<std::size_t>(person)];
  if (!p.head) return head_of(city, p.unit);
  int parent = city.units[static_cast<std::size_t>(p.unit)].parent;
  if (parent < 0) {
    // OPD heads and camat are rated by the Sekretaris Daerah (unit 0)
    if (p.unit == 0) return {};
    return head_of(city, 0);
  }
  return head_of(city, parent);
}

// ===========================================================================
// [SECTION] Plans

struct PeriodInfo {
  Period period;
  std::int64_t start_day = 0, end_day = 0;
  std::int64_t deadline_end_ms = 0;  // end of the deadline day, WITA
  int quarter = 0;                    // 1..4, 0 for the year
};

std::vector<PeriodInfo> build_periods(int year, int quarters, std::int64_t t0) {
  static constexpr std::array<std::string_view, 4> kRoman{"I", "II", "III", "IV"};
  std::vector<PeriodInfo> out;
  for (int q = 1; q <= 4; ++q) {
    PeriodInfo p;
    p.quarter = q;
    p.start_day = *days_from_civil(year, 3 * q - 2, 1);
    p.end_day = (q == 4 ? *days_from_civil(year + 1, 1, 1) : *days_from_civil(year, 3 * q + 1, 1)) - 1;
    auto& r = p.period;
    r.meta = meta("p-" + std::to_string(year) + "-tw" + std::to_string(q), "admin", t0, t0);
    r.name = "Triwulan " + std::string(kRoman[static_cast<std::size_t>(q - 1)]) + (q == 4 ? "-Akhir " : " ") +
             std::to_string(year);
    r.jenis = JenisPeriode::triwulanan;
    r.year = year;
    r.start = iso_date(p.start_day);
    r.end = iso_date(p.end_day);
    r.deadline = iso_date(p.end_day + 10);
    r.locked = q < quarters;
    r.metode = MetodePenilaian::permenpanrb_6_2022;
    p.deadline_end_ms = *deadline_end_ms(r);
    out.push_back(std::move(p));
  }
  PeriodInfo y;
  y.start_day = *days_from_civil(year, 1, 1);
  y.end_day = *days_from_civil(year + 1, 1, 1) - 1;
  y.period.meta = meta("p-" + std::to_string(year) + "-tahunan", "admin", t0, t0);
  y.period.name = "Tahunan " + std::to_string(year);
  y.period.jenis = JenisPeriode::tahunan;
  y.period.year = year;
  y.period.start = iso_date(y.start_day);
  y.period.end = iso_date(y.end_day);
  y.period.deadline = iso_date(y.end_day + 31);
  y.period.locked = false;
  y.period.metode = MetodePenilaian::permenpanrb_6_2022;
  y.deadline_end_ms = *deadline_end_ms(y.period);
  out.push_back(std::move(y));
  return out;
}

std::vector<Indicator> build_library(std::int64_t t0) {
  std::vector<Indicator> out;
  for (const auto& t : dd::all_indicators()) {
    Indicator d;
    d.meta = meta(std::string(t.id), "admin", t0, t0);
    d.text = std::string(t.text);
    d.satuan = std::string(t.satuan);
    d.polaritas = t.polaritas;
    d.aspek = t.aspek;
    if (t.sumber != JenisSumber::invalid) d.sumber = SumberRealisasi{t.sumber, "", std::string(t.layanan)};
    out.push_back(std::move(d));
  }
  return out;
}

constexpr std::array<std::string_view, 7> kEkspektasi{
    "Melayani warga dengan ramah dan menuntaskan permintaan di hari yang sama",
    "Melaporkan penggunaan anggaran dan barang milik daerah tepat waktu",
    "Mengikuti minimal satu pengembangan kompetensi dan membagikan hasilnya",
    "Menjaga suasana kerja yang saling menghargai di unit",
    "Menjaga kerahasiaan data pribadi warga",
    "Mengusulkan satu perbaikan proses layanan per semester",
    "Aktif berkoordinasi dengan unit lain dalam layanan terpadu"};

constexpr std::array<Perspektif, 4> kPerspektif{Perspektif::penerima_layanan, Perspektif::proses_bisnis,
                                                Perspektif::penguatan_internal, Perspektif::anggaran};

// ===========================================================================
// [SECTION] Work

// A realised value for indicator d given a performance of `perf` percent of
// target (100 = on target): integer tenths, so identical everywhere.
double realise(const SkpIndicator& d, int perf, Rng& rng) {
  bool whole = d.satuan != "%" && d.satuan != "jam" && d.satuan != "nilai";
  auto finish = [&](std::int64_t t) {
    if (whole) t = (t + 5) / 10 * 10;
    if (d.satuan == "%" && t > 1000) t = 1000;
    if (t < 0) t = 0;
    return tenths(t);
  };
  switch (d.polaritas) {
    case Polaritas::naik: {
      auto target_t = static_cast<std::int64_t>(*d.target * 10.0);
      return finish(target_t * perf / 100);
    }
    case Polaritas::turun: {
      auto target_t = static_cast<std::int64_t>(*d.target * 10.0);
      return finish(target_t * 100 / std::max(50, perf));
    }
    case Polaritas::rentang: {
      auto lo = static_cast<std::int64_t>(*d.target_min * 10.0), hi = static_cast<std::int64_t>(*d.target_max * 10.0);
      // mostly inside the range; the weaker performers drift out of it
      std::int64_t span = hi - lo;
      std::int64_t v = lo + span * rng.between(0, 100) / 100 + (perf < 92 ? -span * (92 - perf) / 10 : 0);
      return finish(v);
    }
    case Polaritas::tepat:
      return perf < 88 && rng.chance(500) ? std::max(0.0, *d.target - 1.0) : *d.target;
    case Polaritas::invalid: break;
  }
  return 0.0;
}

Rating rating_from(int perf) {
  if (perf >= 108) return Rating::di_atas;
  if (perf < 90) return Rating::di_bawah;
  return Rating::sesuai;
}

std::string_view training_for(NilaiBerakhlak n) {
  for (const auto& t : dd::trainings())
    for (auto v : t.nilai)
      if (v == n) return t.id;
  return dd::trainings()[0].id;
}

// ===========================================================================
// [SECTION] Citizens

constexpr std::array<std::string_view, 6> kPendidikan{"SD", "SMP", "SMA", "D3", "S1", "S2"};
constexpr std::array<std::string_view, 7> kPekerjaan{"PNS",        "TNI/Polri", "Pegawai swasta", "Wiraswasta",
                                                     "Pelajar/Mahasiswa", "Ibu rumah tangga", "Lainnya"};

// A random office-hours instant (08:00–15:59 WITA) on a day in [first, last].
std::int64_t office_time(Rng& rng, std::int64_t first_day, std::int64_t last_day) {
  std::int64_t day = first_day + rng.below(static_cast<int>(last_day - first_day + 1));
  std::int64_t local_minutes = 8 * 60 + rng.below(8 * 60);
  return day * kMsPerDay + local_minutes * 60000 - kWitaOffsetMs;
}

} // namespace

std::optional<ValidationError> check_demo_options(const DemoOptions& o) {
  if (o.employees < 10 || o.employees > 50000)
    return ValidationError{"--employees", "jumlah pegawai harus 10–50000", "employees must be 10–50000"};
  if (o.year < 2000 || o.year > 2100)
    return ValidationError{"--year", "tahun harus 2000–2100", "year must be 2000–2100"};
  if (o.quarters < 0 || o.quarters > 4)
    return ValidationError{"--quarters", "triwulan terealisasi harus 0–4", "realised quarters must be 0–4"};
  return std::nullopt;
}

Bundle make_demo_city(const DemoOptions& options) {
  DemoOptions o = options;
  o.employees = clampi(o.employees, 10, 50000);
  o.year = clampi(o.year, 2000, 2100);
  o.quarters = clampi(o.quarters, 0, 4);

  // master data is dated the first working day of the year, 08:00 WITA
  const std::int64_t t0 = *days_from_civil(o.year, 1, 2) * kMsPerDay;
  Rng rng_units(stream_seed(o.seed, 1)), rng_people(stream_seed(o.seed, 2)), rng_plan(stream_seed(o.seed, 3)),
      rng_work(stream_seed(o.seed, 4)), rng_eval(stream_seed(o.seed, 5)), rng_citizen(stream_seed(o.seed, 6));

  Bundle b;
  City city = build_units(o.employees, rng_units, t0);
  std::vector<Person> people = build_people(city, o.employees, o.year, rng_people, t0);
  std::vector<PeriodInfo> periods = build_periods(o.year, o.quarters, t0);
  const std::int64_t created_ms =
      o.quarters > 0 ? periods[static_cast<std::size_t>(o.quarters - 1)].deadline_end_ms + 5 * kMsPerDay : t0 + kMsPerDay;
  b.created = iso(created_ms);
  b.origin = std::string(kDevice);
  b.scope.kind = ScopeKind::bkpsdm;
  b.note = "Data fiktif untuk demonstrasi: semua nama, NIP dan angka dibuat-buat; hanya nama instansi dan "
           "wilayah yang nyata. / Fictional demo data: every name, NIP and figure is invented.";

  for (const auto& u : city.units) b.units.push_back(u.unit);
  for (const auto& p : people) b.employees.push_back(p.employee);
  for (const auto& p : periods) b.periods.push_back(p.period);
  b.indicators = build_library(t0);
  for (const auto& t : dd::trainings()) {
    Training tr;
    tr.meta = meta(std::string(t.id), "admin", t0, t0);
    tr.title = std::string(t.title);
    tr.description = std::string(t.description);
    tr.nilai.assign(t.nilai.begin(), t.nilai.end());
    tr.aspek.assign(t.aspek.begin(), t.aspek.end());
    tr.hours = t.hours;
    b.trainings.push_back(std::move(tr));
  }

  // -- assignments: definitive or Plt rater all year; a Plh stands in for a
  //    few heads during one quarter (leave), rating that unit's staff.
  std::vector<Rater> raters(people.size());
  for (std::size_t i = 0; i < people.size(); ++i) raters[i] = rater_of(city, people, static_cast<int>(i));
  std::vector<int> plh_for_unit(city.units.size(), -1);  // a senior staff member of the unit
  std::vector<bool> unit_has_plh(city.units.size());
  for (std::size_t u = 0; u < city.units.size(); ++u)
    unit_has_plh[u] = !city.units[u].plt && city.units[u].head >= 0 && rng_plan.chance(100);
  for (std::size_t i = 0; i < people.size(); ++i) {
    auto u = static_cast<std::size_t>(people[i].unit);
    if (!people[i].head && unit_has_plh[u] && plh_for_unit[u] < 0) plh_for_unit[u] = static_cast<int>(i);
  }
  if (std::all_of(plh_for_unit.begin(), plh_for_unit.end(), [](int x) { return x < 0; }))
    for (std::size_t i = 0; i < people.size(); ++i) {  // at least one Plh in every demo
      auto u = static_cast<std::size_t>(people[i].unit);
      if (!people[i].head && !city.units[u].plt && city.units[u].head >= 0) {
        plh_for_unit[u] = static_cast<int>(i);
        break;
      }
    }
  const int plh_quarter = std::max(1, std::min(2, o.quarters));
  for (std::size_t i = 0; i < people.size(); ++i) {
    const auto& p = people[i];
    for (const auto& per : periods) {
      Rater r = raters[i];
      auto u = static_cast<std::size_t>(p.unit);
      int plh = plh_for_unit[u];
      if (!p.head && per.quarter == plh_quarter && plh >= 0 && plh != static_cast<int>(i))
        r = Rater{plh, AssignmentKind::plh};
      if (r.person < 0) continue;
      Assignment a;
      a.meta = meta("as-" + per.period.meta.id.substr(2) + "-" + p.employee.meta.id, "admin", t0, t0);
      a.period_id = per.period.meta.id;
      a.employee_id = p.employee.meta.id;
      a.penilai_id = people[static_cast<std::size_t>(r.person)].employee.meta.id;
      const Rater& above = raters[static_cast<std::size_t>(r.person)];
      if (above.person >= 0 && above.person != static_cast<int>(i))
        a.atasan_penilai_id = people[static_cast<std::size_t>(above.person)].employee.meta.id;
      a.kind = r.kind;
      b.assignments.push_back(std::move(a));
    }
  }

  // -- SKPs: cascade each RHK from the rater's RHK with the same text when
  //    there is one, else from the rater's first RHK.
  std::vector<int> skp_of(people.size(), -1);
  for (std::size_t i = 0; i < people.size(); ++i) {
    const auto& p = people[i];
    const auto& info = city.units[static_cast<std::size_t>(p.unit)];
    Skp s;
    s.meta = meta("skp-" + std::to_string(o.year) + "-" + p.employee.meta.id, p.employee.nip, t0 + 7 * kMsPerDay,
                  t0 + 14 * kMsPerDay);
    s.employee_id = p.employee.meta.id;
    s.year = o.year;
    bool jpt = p.employee.jenis_jabatan == JenisJabatan::jpt;
    s.pendekatan = jpt ? Pendekatan::kualitatif : Pendekatan::kuantitatif;
    const Skp* rater_skp = nullptr;
    if (raters[i].person >= 0 && skp_of[static_cast<std::size_t>(raters[i].person)] >= 0)
      rater_skp = &b.skps[static_cast<std::size_t>(skp_of[static_cast<std::size_t>(raters[i].person)])];
    auto templates = dd::indicators(info.family);
    int ind_no = 0;
    for (const auto& t : templates) {
      // staff carry their family's own indicators and one shared one; the
      // unit-wide ones (SKM, budget) sit with the head — except that a
      // Puskesmas, Disdukcapil or DPMPTSP answers for its IKM as a team
      const bool team_ikm = info.family == Family::puskesmas || info.family == Family::dukcapil ||
                            info.family == Family::perizinan;
      if (!p.head && ((t.id == "ind-skm" && !team_ikm) || t.id == "ind-serapan-anggaran")) continue;
      Rhk* rhk = nullptr;
      for (auto& h : s.rhk)
        if (h.text == t.rhk) rhk = &h;
      if (!rhk) {
        Rhk h;
        h.id = s.meta.id + ".r" + std::to_string(s.rhk.size() + 1);
        h.kategori = KategoriRhk::utama;
        h.text = std::string(t.rhk);
        if (jpt) h.perspektif = kPerspektif[s.rhk.size() % kPerspektif.size()];
        if (rater_skp && !rater_skp->rhk.empty()) {
          const Rhk* up = &rater_skp->rhk.front();
          for (const auto& r : rater_skp->rhk)
            if (r.text == h.text && r.kategori == KategoriRhk::utama) up = &r;
          h.rhk_atasan_id = up->id;
          h.rhk_atasan_text = up->text;
        }
        s.rhk.push_back(std::move(h));
        rhk = &s.rhk.back();
      }
      SkpIndicator d;
      d.id = "i" + std::to_string(++ind_no);
      d.library_id = std::string(t.id);
      d.text = std::string(t.text);
      d.aspek = t.aspek;
      d.polaritas = t.polaritas;
      if (t.polaritas == Polaritas::rentang) {
        d.target_min = t.target_min;
        d.target_max = t.target_max;
      } else {
        d.target = t.target;
      }
      d.satuan = std::string(t.satuan);
      if (t.sumber != JenisSumber::invalid) d.sumber = SumberRealisasi{t.sumber, "", std::string(t.layanan)};
      rhk->indicators.push_back(std::move(d));
    }
    if (rng_plan.chance(250)) {
      Rhk h;
      h.id = s.meta.id + ".r" + std::to_string(s.rhk.size() + 1);
      h.kategori = KategoriRhk::tambahan;
      h.text = "Tugas tambahan sebagai anggota tim inovasi pelayanan";
      SkpIndicator d;
      d.id = "i" + std::to_string(++ind_no);
      d.text = "Jumlah usulan perbaikan layanan yang disampaikan";
      d.aspek = Aspek::kuantitas;
      d.polaritas = Polaritas::naik;
      d.target = 1;
      d.satuan = "usulan";
      h.indicators.push_back(std::move(d));
      s.rhk.push_back(std::move(h));
    }
    for (int k = 0; k < 3; ++k) {
      auto v = static_cast<std::size_t>((static_cast<int>(i) + k * 2) % 7);
      s.ekspektasi.push_back({static_cast<NilaiBerakhlak>(v + 1), std::string(kEkspektasi[v])});
    }
    if (p.head) {
      s.lampiran.dukungan_sumber_daya = {"Anggaran kegiatan unit (DPA " + std::to_string(o.year) + ")",
                                         "Aplikasi layanan dan jaringan internet kantor"};
      s.lampiran.skema_pertanggungjawaban = {"Laporan triwulan kepada pejabat penilai kinerja"};
      s.lampiran.konsekuensi = {"Predikat kinerja menjadi dasar pengembangan karier dan tambahan penghasilan"};
    }
    skp_of[i] = static_cast<int>(b.skps.size());
    b.skps.push_back(std::move(s));
  }

  // -- CKO per unit and realised quarter (and the year once all four are in).
  //    Most units are Baik, a few small ones Istimewa, now and then one
  //    Butuh Perbaikan; a sub-unit mostly shares its parent's. Whether the unit's leader
  //    considers the curve before the quarter closes is drawn here too.
  std::vector<int> unit_quality(city.units.size());
  for (auto& q : unit_quality) q = rng_citizen.between(-10, 10);
  std::vector<std::vector<Cko>> cko_of(city.units.size(), std::vector<Cko>(periods.size(), Cko::invalid));
  std::vector<std::vector<bool>> ikut_kurva(city.units.size(), std::vector<bool>(periods.size(), false));
  std::vector<bool> has_children(city.units.size(), false);  // Istimewa only where one team's work shows
  for (const auto& u : city.units)
    if (u.parent >= 0) has_children[static_cast<std::size_t>(u.parent)] = true;
  for (std::size_t u = 0; u < city.units.size(); ++u) {
    for (std::size_t pi = 0; pi < periods.size(); ++pi) {
      const auto& per = periods[pi];
      if (per.quarter == 0 ? o.quarters < 4 : per.quarter > o.quarters) continue;
      const int parent = city.units[u].parent;
      int draw = rng_citizen.below(100) + unit_quality[u] * 2;
      Cko cko = draw >= 95 && !has_children[u] ? Cko::istimewa : draw >= 4 ? Cko::baik : Cko::butuh_perbaikan;
      const bool inherit = parent >= 0 && rng_citizen.chance(850) &&
                           cko_of[static_cast<std::size_t>(parent)][pi] != Cko::istimewa;
      if (inherit) cko = cko_of[static_cast<std::size_t>(parent)][pi];
      cko_of[u][pi] = cko;
      ikut_kurva[u][pi] = rng_citizen.chance(850);
      // set by the head one level up; an OPD's by BKPSDM on the city's behalf
      const Rater setter = parent >= 0 ? head_of(city, parent) : Rater{};
      std::string author = setter.person >= 0 ? people[static_cast<std::size_t>(setter.person)].employee.nip : "admin";
      std::int64_t when = per.deadline_end_ms + 2 * kMsPerDay;
      OrgRating r;
      r.meta = meta("cko-" + city.units[u].unit.meta.id.substr(2) + "-" + per.period.meta.id.substr(2), author, when, when);
      r.unit_id = city.units[u].unit.meta.id;
      r.period_id = per.period.meta.id;
      r.cko = cko;
      b.org_ratings.push_back(std::move(r));
    }
  }

  // -- realisations and evaluations per realised quarter
  for (int q = 1; q <= o.quarters; ++q) {
    const auto& per = periods[static_cast<std::size_t>(q - 1)];
    const std::string& pid = per.period.meta.id;
    std::vector<demo_kurva::Anggota> rated_now;  // this quarter's rated evaluations
    struct Dinilai {
      int rater = -1;
      std::int64_t rated_ms = 0;
    };
    std::vector<Dinilai> rated_by;               // beside rated_now
    for (std::size_t i = 0; i < people.size(); ++i) {
      const auto& p = people[i];
      const auto& s = b.skps[static_cast<std::size_t>(skp_of[i])];
      // about 3% never fill in a quarter; about 6% send late
      bool absent = rng_work.chance(30);
      bool late = rng_work.chance(60);
      std::int64_t sent = late ? per.deadline_end_ms + rng_work.between(1, 10) * kMsPerDay - rng_work.between(1, 8) * kMsPerHour
                               : per.deadline_end_ms - rng_work.between(1, 12) * kMsPerDay - rng_work.between(1, 8) * kMsPerHour;
      bool draft = rng_work.chance(25);
      int perf_sum = 0, perf_n = 0;
      bool any_low_main = false;
      if (!absent) {
        for (const auto& h : s.rhk)
          for (const auto& d : h.indicators) {
            int perf = 100 + p.ability + rng_work.between(-6, 6);
            perf_sum += perf;
            ++perf_n;
            if (h.kategori == KategoriRhk::utama && perf < 90) any_low_main = true;
            if (d.sumber) continue;  // measured from the unit's data: nothing typed
            Realisation z;
            z.meta = meta("rz-" + p.employee.meta.id + "-" + pid.substr(2) + "-" + d.id, p.employee.nip,
                          sent - kMsPerDay, sent);
            z.skp_id = s.meta.id;
            z.indicator_id = d.id;
            z.period_id = pid;
            z.value = realise(d, perf, rng_work);
            if (rng_work.chance(450)) {
              Evidence ev;
              ev.link = "https://dokumen.example/samarinda/" + p.employee.meta.id + "/" + pid.substr(2) + "-" + d.id +
                        ".pdf";
              ev.sha256 = hex64(rng_work);
              ev.size = rng_work.between(40, 4000) * 1024;
              z.evidence.push_back(std::move(ev));
            } else if (rng_work.chance(300)) {
              Evidence ev;
              ev.note = "Rekap register layanan harian, diperiksa atasan langsung";
              z.evidence.push_back(std::move(ev));
            }
            if (!draft) z.submitted = iso(sent);
            b.realisations.push_back(std::move(z));
          }
      }

      // evaluation: about 4% none at all; a self-assessment for most; the rater's ratings for most
      if (rng_eval.chance(40)) continue;
      const Rater& r = raters[i];
      Evaluation ev;
      bool self = !absent && rng_eval.chance(880);
      bool rated = r.person >= 0 && rng_eval.chance(absent ? 400 : 900);
      if (!self && !rated) continue;
      const auto& rater_nip = r.person >= 0 ? people[static_cast<std::size_t>(r.person)].employee.nip : std::string();
      bool rated_late = rng_eval.chance(80);
      std::int64_t rated_ms = rated_late ? per.deadline_end_ms + rng_eval.between(1, 12) * kMsPerDay
                                         : per.deadline_end_ms - rng_eval.between(0, 5) * kMsPerDay - 3 * kMsPerHour;
      std::int64_t self_ms = std::min(sent, rated_ms - kMsPerHour);
      ev.meta = meta("ev-" + p.employee.meta.id + "-" + pid.substr(2), rated ? rater_nip : p.employee.nip,
                     self ? self_ms : rated_ms, rated ? rated_ms : self_ms);
      ev.employee_id = p.employee.meta.id;
      ev.period_id = pid;
      int perf = perf_n > 0 ? perf_sum / perf_n : 88;
      // Behaviour as a city's raters record it: rarely below expectation (a
      // misconduct finding is rare), above it for about one in eight, and
      // more often for those whose results are above expectation too — so
      // that Sangat Baik is about one in six and Kurang/Misconduct a few in
      // a thousand, as real distributions are (docs/domain.md §8).
      int behaviour = rng_eval.below(1000);
      const bool strong = perf >= 108;
      Rating perilaku = behaviour < 8                    ? Rating::di_bawah
                        : behaviour < (strong ? 708 : 140) ? Rating::di_atas
                                                          : Rating::sesuai;
      for (int v = 1; v <= kJumlahNilaiBerakhlak; ++v) {
        PerilakuNilai pn;
        pn.nilai = static_cast<NilaiBerakhlak>(v);
        if (self) {
          pn.self_rating = rng_eval.chance(300) ? Rating::di_atas : Rating::sesuai;
          if (rng_eval.chance(150)) pn.self_note = "Contoh: " + std::string(kEkspektasi[static_cast<std::size_t>(v - 1)]);
        }
        if (rated) {
          Rating value_rating = Rating::sesuai;
          if (perilaku == Rating::di_atas && rng_eval.chance(700)) value_rating = Rating::di_atas;
          if (perilaku == Rating::di_bawah && (v == 1 + static_cast<int>(i % 7) || rng_eval.chance(250)))
            value_rating = Rating::di_bawah;
          pn.rating = value_rating;
          if (value_rating != Rating::sesuai || rng_eval.chance(100))
            pn.umpan_balik = std::string(value_rating == Rating::di_bawah ? rng_eval.pick(dd::feedback_improve())
                                                                          : rng_eval.pick(dd::feedback_good()));
          if (value_rating == Rating::di_bawah) {
            auto tr = std::string(training_for(pn.nilai));
            if (std::find(ev.recommendations.begin(), ev.recommendations.end(), tr) == ev.recommendations.end())
              ev.recommendations.push_back(std::move(tr));
          }
        }
        if (pn.self_rating || pn.rating) ev.perilaku.push_back(std::move(pn));
      }
      if (self) ev.self_submitted = iso(self_ms);
      if (rated) {
        Rating suggested = any_low_main && perf >= 108 ? Rating::sesuai : rating_from(perf);
        Rating hasil = suggested;
        if (rng_eval.chance(70)) {
          hasil = suggested == Rating::sesuai ? (perf >= 100 ? Rating::di_atas : Rating::di_bawah) : Rating::sesuai;
          ev.reason = std::string(demo_kurva::alasan_beda_saran(hasil));
        }
        ev.rating_hasil_kerja = hasil;
        ev.rating_perilaku = perilaku;
        if (hasil == Rating::di_bawah) {
          std::string tr(dd::trainings()[7].id);  // complaint handling / service timeliness
          if (std::find(ev.recommendations.begin(), ev.recommendations.end(), tr) == ev.recommendations.end())
            ev.recommendations.push_back(std::move(tr));
        }
        if (!s.rhk.empty() && rng_eval.chance(500))
          ev.umpan_balik_rhk.push_back(
              {s.rhk.front().id, std::string(perf >= 100 ? rng_eval.pick(dd::feedback_good())
                                                         : rng_eval.pick(dd::feedback_improve()))});
        ev.rated = iso(rated_ms);
        rated_now.push_back({b.evaluations.size(), p.unit, perf, static_cast<int>(i), p.head});
        rated_by.push_back({r.person, rated_ms});
      }
      b.evaluations.push_back(std::move(ev));
    }

    // The leaders who consider the curve move ratings before the quarter
    // closes; then the rated see their ratings and some object to a low one.
    std::vector<demo_kurva::UnitKurva> kurva_units(city.units.size());
    for (std::size_t u = 0; u < city.units.size(); ++u) {
      const auto pi = static_cast<std::size_t>(q - 1);
      kurva_units[u].parent = city.units[u].parent;
      if (cko_of[u][pi] != Cko::invalid) kurva_units[u].cko = cko_of[u][pi];
      kurva_units[u].ikut_kurva = ikut_kurva[u][pi];
    }
    demo_kurva::pertimbangkan_kurva(default_rules(), kurva_units, rated_now, b.evaluations);
    for (std::size_t j = 0; j < rated_now.size(); ++j) {
      Evaluation& ev = b.evaluations[rated_now[j].evaluation];
      const bool low = ev.rating_hasil_kerja == Rating::di_bawah || ev.rating_perilaku == Rating::di_bawah;
      if (!low || !rng_eval.chance(350)) continue;  // about a third of low ratings are objected to
      const std::int64_t rated_ms = rated_by[j].rated_ms;
      Keberatan k;
      k.text = "Saya keberatan: bukti dukung triwulan ini sudah saya unggah lengkap dan tepat waktu.";
      k.submitted = iso(rated_ms + 3 * kMsPerDay);
      k.penjelasan_penilai = "Sebagian bukti dukung tidak dapat dibuka saat penilaian.";
      if (rng_eval.chance(500)) {
        k.decision = KeputusanKeberatan::ditolak;
        k.decision_note = "Penilaian pejabat penilai kinerja sudah sesuai bukti.";
        const Rater& above = raters[static_cast<std::size_t>(rated_by[j].rater)];
        if (above.person >= 0) k.decided_by = people[static_cast<std::size_t>(above.person)].employee.meta.id;
      }
      ev.keberatan = std::move(k);
    }
  }

  // -- citizens: SKM responses and complaints per service unit and realised quarter
  std::size_t weakest_service = city.units.size(), best_service = city.units.size();
  for (std::size_t u = 0; u < city.units.size(); ++u) {
    if (!city.units[u].unit.is_service_unit) continue;
    if (weakest_service == city.units.size() || unit_quality[u] < unit_quality[weakest_service]) weakest_service = u;
    if (best_service == city.units.size() || unit_quality[u] > unit_quality[best_service]) best_service = u;
  }
  for (std::size_t u = 0; u < city.units.size(); ++u) {
    const auto& info = city.units[u];
    if (!info.unit.is_service_unit) continue;
    const std::string uid = info.unit.meta.id.substr(2);
    for (int q = 1; q <= o.quarters; ++q) {
      const auto& per = periods[static_cast<std::size_t>(q - 1)];
      const std::string tw = "tw" + std::to_string(q);
      int n = 12 + rng_citizen.below(30) + info.weight * 4;
      // The people served in the quarter, as BKPSDM records them for the
      // Krejcie–Morgan check: a kelurahan or kecamatan office surveys every
      // visitor of a quiet quarter (its sample is met); a Puskesmas or an
      // agency serves thousands, more than its kiosk sample covers.
      const bool small_office = info.unit.kind == UnitKind::kelurahan || info.unit.kind == UnitKind::kecamatan;
      b.units[u].penerima_layanan.push_back(
          {per.period.meta.id, small_office ? n : 1200 + 700 * info.weight + 37 * static_cast<int>(u % 11)});
      // The unit's service quality as the chance (per mille) of each answer
      // 4/3/2: most units score IKM B (80–88), the best few A, and the weakest
      // service unit of the city C — the spread Indonesian units report.
      int p4 = 440 + unit_quality[u] * 5, p3 = 470, p2 = 80;
      if (unit_quality[u] >= 8 || u == best_service) {
        p4 = 650;
        p3 = 330;
        p2 = 20;
      }
      if (u == weakest_service) {
        p4 = 250;
        p3 = 430;
        p2 = 220;
      }
      for (int k = 0; k < n; ++k) {
        SkmResponse r;
        std::int64_t when = office_time(rng_citizen, per.start_day, per.end_day);
        r.meta = meta("skm-" + uid + "-" + tw + "-" + pad(k + 1, 4), "kiosk", when, when);
        r.unit_id = info.unit.meta.id;
        r.period_id = per.period.meta.id;
        r.timestamp = iso(when);
        for (auto& a : r.answers) {
          if (rng_citizen.chance(20)) continue;  // not answered
          int d = rng_citizen.below(1000);
          a = static_cast<std::uint8_t>(d < p4 ? 4 : d < p4 + p3 ? 3 : d < p4 + p3 + p2 ? 2 : 1);
        }
        if (rng_citizen.chance(700)) {
          Respondent who;
          who.jenis_kelamin = rng_citizen.chance(500) ? "p" : "l";
          who.umur = rng_citizen.between(17, 75);
          who.pendidikan = std::string(rng_citizen.pick(std::span<const std::string_view>(kPendidikan)));
          who.pekerjaan = std::string(rng_citizen.pick(std::span<const std::string_view>(kPekerjaan)));
          r.respondent = std::move(who);
        }
        b.skm_responses.push_back(std::move(r));
      }
      // a Puskesmas hears from a dozen or so citizens a quarter, a kelurahan from a few
      int m = 2 + rng_citizen.below(3 + 2 * info.weight);
      for (int k = 0; k < m; ++k) {
        Complaint c;
        std::int64_t received = office_time(rng_citizen, per.start_day, per.end_day);
        int ch = rng_citizen.below(100);
        c.channel = ch < 30 ? KanalPengaduan::lapor : ch < 50 ? KanalPengaduan::kiosk : ch < 65 ? KanalPengaduan::web
                  : ch < 80 ? KanalPengaduan::langsung : ch < 90 ? KanalPengaduan::telepon
                  : ch < 97 ? KanalPengaduan::media_sosial : KanalPengaduan::surat;
        c.category = std::string(rng_citizen.pick(dd::complaint_categories()));
        c.unit_id = info.unit.meta.id;
        c.received = iso(received);
        std::int64_t last = received;
        if (!rng_citizen.chance(50)) {
          int hours = rng_citizen.chance(120) ? rng_citizen.between(72, 200) : rng_citizen.between(1, 48);
          std::int64_t first = received + hours * kMsPerHour + rng_citizen.below(60) * 60000;
          if (first < created_ms) {
            c.first_response = iso(first);
            last = first;
            // most are settled within the 5-day SP4N-LAPOR! limit, some take a fortnight
            std::int64_t done = first + (rng_citizen.chance(780) ? rng_citizen.between(4, 90) * kMsPerHour
                                                                 : rng_citizen.between(5, 14) * kMsPerDay);
            if (!rng_citizen.chance(120) && done < created_ms) {
              c.resolved = iso(done);
              last = done;
            }
          }
        }
        c.meta = meta("adu-" + uid + "-" + tw + "-" + pad(k + 1, 3), "admin", received, last);
        b.complaints.push_back(std::move(c));
      }
    }
  }

  // -- service volumes: the daily register totals of the services counted by
  //    a measured indicator (patients in rawat jalan, KTP-el printed), Monday
  //    to Friday of every realised quarter, around the target for the unit
  Rng rng_volume(stream_seed(o.seed, 7));
  for (std::size_t u = 0; u < city.units.size(); ++u) {
    for (const auto& t : dd::indicators(city.units[u].family)) {
      if (t.sumber != JenisSumber::volume_harian || t.layanan.empty()) continue;
      const std::int64_t base = static_cast<std::int64_t>(t.target * 10.0) *
                                (100 + unit_quality[u] * 2 + rng_volume.between(-8, 8)) / 1000;
      for (int q = 1; q <= o.quarters; ++q) {
        const auto& per = periods[static_cast<std::size_t>(q - 1)];
        for (std::int64_t day = per.start_day; day <= per.end_day; ++day) {
          const std::int64_t weekday = (day % 7 + 11) % 7;  // 0 = Sunday (1970-01-01 was a Thursday)
          if (weekday == 0 || weekday == 6) continue;
          ServiceVolume v;
          const std::int64_t closed = day * kMsPerDay + 16 * kMsPerHour - kWitaOffsetMs;
          v.meta = meta("sv-" + city.units[u].unit.meta.id.substr(2) + "-" + slug(t.layanan) + "-" + iso_date(day),
                        "admin", closed, closed);
          v.unit_id = city.units[u].unit.meta.id;
          v.layanan = std::string(t.layanan);
          v.tanggal = iso_date(day);
          v.jumlah = static_cast<int>(std::max<std::int64_t>(0, base * rng_volume.between(80, 120) / 100));
          b.service_volumes.push_back(std::move(v));
        }
      }
    }
  }

  sort_by_id(b);
  return b;
}

} // namespace kinerja
