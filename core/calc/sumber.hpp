// Indicators measured from service data (docs/domain.md §16a): the realisation
// of an SKP indicator with a `sumber` is computed each period from the unit's
// SKM answers (IKM), complaints (median days to first response or to
// resolution, percent resolved within the SP4N-LAPOR! limits) or service
// volumes (a service's count, or its mean per recorded day). Figures about
// citizens' answers keep the public page's privacy threshold: too few answers
// or complaints give no value, with the reason. Each figure carries its
// provenance in words.
#pragma once
#include "core/calc/ikm.hpp"
#include "core/calc/keluhan.hpp"
#include "core/model/model.hpp"
#include "core/rules/rules.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kinerja {

// One unit's service data in one period: SKM answers of the period, and the
// complaints received between its first and last day (WITA days).
struct VolumeTercatat {
  std::string layanan;     // lower-cased, trimmed: the service compared by name
  std::string nama;        // as the unit wrote it (trimmed), for display
  bool harian = false;     // one day's total (else the whole period's)
  std::int64_t jumlah = 0;
};
struct DataLayanan {
  std::vector<JawabanSkm> jawaban;
  std::vector<Keluhan> keluhan;
  std::vector<VolumeTercatat> volume;  // day totals dated in the period, and period totals
};

// Per unit (index into b.units) for the period b.periods[period]. Deleted
// records and records of unknown units are left out. SKM answers belong to the
// period they name; with `jawaban_menurut_tanggal` (a year's realisation) to
// every period whose WITA days hold their timestamp, so a year counts the
// answers of its quarters. The public page keeps them by the period they name,
// so that no published year can be differenced against its quarters.
std::vector<DataLayanan> kumpulkan_data_layanan(const Bundle& b, std::size_t period,
                                                bool jawaban_menurut_tanggal = false);

struct RealisasiTerukur {
  std::size_t unit = 0;      // index into Bundle::units whose data it is
  std::size_t period = 0;    // index into Bundle::periods
  JenisSumber jenis = JenisSumber::invalid;
  std::optional<double> nilai;  // IKM 0–100, days, or percent
  int dasar = 0;                // answers or complaints it rests on
  std::string asal_id, asal_en;      // "IKM 82,40 dari 214 responden, Triwulan II 2026 — Puskesmas Palaran"
  std::string alasan_id, alasan_en;  // why there is no value
};

// The figure of `jenis` for one unit's data; `k` is the least number of
// answers or complaints a figure may rest on (the public page's min_group),
// `sekarang_ms` the instant open complaints are judged at.
// `layanan` names the service of a volume source.
RealisasiTerukur ukur_realisasi(const RuleSet&, JenisSumber jenis, const DataLayanan&, std::int64_t k,
                                std::int64_t sekarang_ms, std::string_view nama_unit, std::string_view nama_periode,
                                std::string_view layanan = {});

// Whether an employee of unit `pegawai_unit` may use unit `sumber_unit`'s
// data: their own unit or one under it (a Puskesmas for the health office),
// never a neighbour's better figures.
bool sumber_unit_boleh(const Bundle&, std::size_t pegawai_unit, std::size_t sumber_unit);
// The same over each unit's parent index (any index past the end for a top
// unit), as score_bundle already holds it: no lookups by id on its hot path.
bool sumber_unit_boleh(const std::vector<std::size_t>& parent, std::size_t pegawai_unit, std::size_t sumber_unit);

} // namespace kinerja
