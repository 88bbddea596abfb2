// A unit's service data brought in as CSV (docs/domain.md §16a):
//
// - Service volumes, a Puskesmas's daily register totals: columns tanggal
//   (yyyy-mm-dd) or period_id, layanan, jumlah, and optionally unit (an id or
//   a unit's name; else the unit chosen in Admin › Layanan).
// - SP4N-LAPOR! reports, the national complaint channel's export: nomor
//   (the report's tracking number), diterima, tanggapan_pertama, selesai,
//   kategori, and optionally unit. Times are "yyyy-mm-dd hh:mm[:ss]" or
//   "dd/mm/yyyy hh:mm[:ss]" in WITA, or ISO 8601 with a zone; an empty
//   response or resolution time means "not yet". Each report becomes a
//   complaint with channel "lapor".
//
// Like every import, all or nothing: every bad row is named ("baris 7: …") and
// no record comes out when any row is bad. Ids come from the data (the day and
// service, the report number), so importing the same rows again updates them
// rather than adding duplicates.
#pragma once
#include "core/base/error.hpp"
#include "core/sync/store.hpp"
#include "core/workflow/operation.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kinerja {

enum class JenisCsv { pegawai, volume_layanan, lapor };

// Which CSV this is, from its header row: "layanan" and "jumlah" → service
// volumes; "nomor" (or nomor_laporan, no_tiket) and "diterima" → SP4N-LAPOR!;
// anything else is an employee list.
JenisCsv jenis_csv(std::string_view bytes);

struct LayananCsv {
  std::string collection;               // "service_volumes" or "complaints"
  std::vector<nlohmann::json> records;  // own fields + id, in file order
  std::vector<ValidationError> errors;  // pointer "baris N"; non-empty → records is empty
  bool ok() const { return errors.empty(); }
};

// `unit_default`: the unit for rows without a unit column ("" = the column is required).
LayananCsv read_volume_csv(std::string_view bytes, const Store&, std::string_view unit_default);
LayananCsv read_lapor_csv(std::string_view bytes, const Store&, std::string_view unit_default);

// The records as one bundle file (scope bkpsdm) for the ordinary import
// preview and apply, with the units and periods they refer to; each record a
// new version over the stored one, made by `device` at `now_ms`.
std::string layanan_csv_bundle(const Store&, const LayananCsv&, std::string_view device, std::int64_t now_ms);

// One day's register total typed in Admin › Layanan, checked like a CSV row
// but with each refusal at its field (/unit_id, /tanggal, /layanan, /jumlah);
// the same id as the CSV row of that day, so a later file updates it.
OperationResult simpan_volume_layanan(const Store&, std::string_view unit_id, std::string_view tanggal,
                                      std::string_view layanan, std::string_view jumlah);

// Small example files a user can copy and fill in (the tests read them too).
std::string_view volume_csv_example();
std::string_view lapor_csv_example();

} // namespace kinerja
