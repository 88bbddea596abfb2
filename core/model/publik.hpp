// The public aggregates document {"format":"kinerja-samarinda/publik","schema":1}:
// what the public dashboard, the static publik.json and `kinerja aggregate`
// show. It is built by core/calc/aggregate from a bundle, after small-group
// suppression (core/calc/suppression).
//
// No type here has a field for a person: no NIP, no name, no employee or
// evaluation id. Units are institutions and may be named. A suppressed figure
// is absent (JSON null); the reader cannot tell a primary from a complementary
// suppression, which is on purpose.
#pragma once
#include "core/base/error.hpp"
#include "core/model/model.hpp"
#include "core/model/types.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kinerja {

inline constexpr std::string_view kPublikFormat = "kinerja-samarinda/publik";
inline constexpr int kPublikSchema = 1;
inline constexpr std::size_t kJumlahPredikat = 5;

// Predikat in column order (lowest first, as in the lampiran); index i is
// Predikat value i + 1.
Predikat predikat_kolom(std::size_t i);

struct PublikUnit {
  std::string id;
  std::string name;
  UnitKind kind = UnitKind::invalid;
  std::string parent_id;
  bool operator==(const PublikUnit&) const = default;
};

// One unit (with everything under it) or the whole city in one period.
struct BarisPredikat {
  std::string unit_id;                                          // "" in the city row
  std::optional<std::int64_t> pegawai;                          // employees with a final predikat
  std::array<std::optional<std::int64_t>, kJumlahPredikat> predikat{};  // counts, predikat_kolom order
  std::optional<double> persen_tepat_waktu;  // assessed before the deadline, % of those due (1 decimal)
  std::optional<double> median_capaian;      // median over employees of their mean capaian, % (1 decimal)
  bool operator==(const BarisPredikat&) const = default;
};

// A service unit in one period: the citizens' voice.
struct BarisLayanan {
  std::string unit_id;
  std::optional<std::int64_t> responden;       // SKM respondents
  std::optional<double> ikm;                   // nilai konversi 25–100 (2 decimals)
  std::string mutu;                            // "A".."D", "" when not published
  std::optional<std::int64_t> pengaduan;       // complaints received in the period
  std::optional<double> median_hari_tanggapan; // days to first response (2 decimals)
  std::optional<double> persen_tanggapan_tepat_waktu;
  std::optional<double> median_hari_selesai;
  std::optional<double> persen_selesai_tepat_waktu;
  // Shares of the period's complaints still without a response / not yet
  // resolved (1 decimal): shown beside a median, which covers only the
  // complaints that have that time. Published once the unit has k complaints.
  std::optional<double> persen_belum_ditanggapi;
  std::optional<double> persen_belum_selesai;
  // The survey sample against Krejcie–Morgan for the unit's population in the
  // period (penerima layanan), when BKPSDM has recorded it: the population,
  // the minimum sample, and whether the respondents reach it. The verdict is
  // published only when the minimum is at least k (else it could pin a few respondents).
  std::optional<std::int64_t> populasi;
  std::optional<std::int64_t> sampel_minimum;
  std::optional<bool> sampel_memadai;
  bool operator==(const BarisLayanan&) const = default;
};

struct PublikPeriode {
  std::string period_id;
  std::string name;
  JenisPeriode jenis = JenisPeriode::invalid;
  int year = 0;
  std::string start, end;  // yyyy-mm-dd
  std::vector<BarisPredikat> units;  // top-level units (OPD, kecamatan), by id
  BarisPredikat kota;
  std::vector<BarisLayanan> layanan;  // service units, by id
  std::optional<std::int64_t> responden_kota;
  std::optional<std::int64_t> pengaduan_kota;
  bool operator==(const PublikPeriode&) const = default;
};

// A unit's published figures across the periods of one kind, oldest first.
// Only copies of figures published in `periods` (a trend adds no new figure).
struct TitikTren {
  std::string period_id;
  std::optional<std::int64_t> pegawai;
  std::optional<double> persen_tepat_waktu;
  std::optional<double> median_capaian;
  std::optional<double> ikm;
  bool operator==(const TitikTren&) const = default;
};
struct TrenUnit {
  std::string unit_id;  // "" for the city
  JenisPeriode jenis = JenisPeriode::invalid;
  std::vector<TitikTren> titik;
  bool operator==(const TrenUnit&) const = default;
};

struct AturanDipakai {
  std::string id, version;
  bool operator==(const AturanDipakai&) const = default;
};

// The result of the audit run before publication (core/calc/audit_publik):
// how many published figures it read, how many groups of people it tried to
// pin, and whether none below min_group could be.
struct RingkasanAudit {
  std::int64_t angka_diperiksa = 0;
  std::int64_t kelompok_diperiksa = 0;
  bool lulus = false;
  bool operator==(const RingkasanAudit&) const = default;
};

struct Publik {
  std::string created;      // the snapshot's time: the bundle's "created"
  std::int64_t min_group = 5;
  std::optional<RingkasanAudit> audit;  // absent in documents made before the audit existed
  std::string note;         // e.g. the demo's "data fiktif"
  std::vector<AturanDipakai> rules;
  std::vector<PublikUnit> units;
  std::vector<PublikPeriode> periods;  // by start date, then id
  std::vector<TrenUnit> tren;
  bool operator==(const Publik&) const = default;
};

// Compact JSON text (numbers rounded as stored; null for a suppressed figure).
std::string publik_to_json(const Publik&, int indent = -1);

struct PublikParse {
  std::optional<Publik> publik;
  std::vector<ValidationError> errors;  // JSON pointer + Indonesian + English
  bool ok() const { return publik.has_value(); }
};

// Validating read: wrong format, a schema above 1, wrong types, unknown enums,
// negative counts, percentages outside 0–100 are each reported at their
// pointer; nothing is returned unless everything is valid. Unknown fields are ignored.
PublikParse parse_publik(std::string_view json_text);

} // namespace kinerja
