// Reading published figures (core/model/publik.hpp) for display: which period to
// show first, the shares of a predikat bar including the hidden part, the
// service units under an OPD, the IKM band of a published value, and a
// complaint median against the SP4N-LAPOR! limit. No new figure is made here:
// only what the published ones mean, decided once for the dashboard, the
// HTML fallback's tests and the CLI alike.
#pragma once
#include "core/model/publik.hpp"
#include "core/rules/rules.hpp"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kinerja {

// Whether a period carries any published figure (city, unit or service row).
bool periode_berisi(const PublikPeriode&);

// The index of the period to show: `period_id` when it exists; otherwise the
// latest (by end date, then order) whose city row has employees assessed;
// otherwise the latest with any figure; otherwise the last.
// nullopt only when there are no periods.
std::optional<std::size_t> periode_tampil(const Publik&, std::string_view period_id);

// The parts of a stacked predikat bar, as shares 0..1 of the row's pegawai:
// index = Predikat value (1..5; 0 unused), plus `tersembunyi` for the share
// whose predikat is suppressed. When pegawai itself is suppressed (or 0) the
// shares are all 0 and `tersembunyi` is 1 when anything is hidden.
struct PorsiPredikat {
  std::array<double, 6> porsi{};
  double tersembunyi = 0;
  bool ada_tersembunyi = false;  // at least one count is suppressed
};
PorsiPredikat porsi_predikat(const BarisPredikat&);

// The top-level unit (no parent, or a parent not in the document) a unit
// belongs to; the id itself when unknown. Cycles end at the first repeat.
std::string unit_puncak(const Publik&, std::string_view unit_id);
const PublikUnit* find_publik_unit(const Publik&, std::string_view unit_id);
// Units whose name holds every word typed (any case), e.g. "palaran" finds
// Kecamatan Palaran and Puskesmas Palaran: the public page's search. At most
// `batas`, by name; none for a query without a word.
std::vector<const PublikUnit*> cari_unit_publik(const Publik&, std::string_view teks, std::size_t batas = 8);
// Service rows of a period that belong to the top-level unit `puncak`
// (the unit itself or anything under it), in the period's order.
std::vector<const BarisLayanan*> layanan_di_bawah(const Publik&, const PublikPeriode&, std::string_view puncak);

// The trend of a unit ("" = city) over periods of the same kind as `periode`,
// or nullptr.
const TrenUnit* tren_unit(const Publik&, std::string_view unit_id, JenisPeriode);

// The band (mutu A–D, kinerja label) of a published IKM: the row's own mutu
// when it names a band of the rules, else read from the value (rounded
// half-up to the rules' decimals, inclusive lower edges). nullptr when the
// IKM is not published.
const MutuIkm* mutu_ikm_terbit(const RulesIkm&, std::optional<double> nilai_konversi, std::string_view mutu);

// A published median (days) against a limit (days, in the rules' unit).
enum class PosisiBatas { tidak_ada, dalam_batas, lewat_batas };
PosisiBatas posisi_terhadap_batas(std::optional<double> median_hari, int batas_hari);

// The limits a complaint median is read against: first response, and the
// resolution limit of the general category (rules.kategori_bawaan), with the
// range over all SP4N categories (a service's complaints mix categories).
struct BatasTampil {
  int tanggapan_hari = 0;
  std::optional<int> selesai_hari;     // the general category's limit
  int selesai_min = 0, selesai_maks = 0;
  bool hari_kerja = false;             // the rules count working days
};
BatasTampil batas_tampil(const RulesLapor&);

} // namespace kinerja
