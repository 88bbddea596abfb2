// The audit of a public document (publik.json) before it is published, and the
// suppression that follows from it (core/calc/audit explains the question).
//
// Per period, the audit reads the document's published figures — predikat
// counts per unit and for the city, employee totals, the share assessed on
// time, respondent and complaint counts — as linear constraints on the real
// counts, and asks, for every unit and the city and every set of predikat
// categories, and for every service unit's respondents and complaints,
// whether a group of 1 … k−1 can be proved to exist. Medians and the IKM are checked
// to rest on at least k people; trend points must be copies of figures
// published in their period. Periods are separate populations: no published
// figure links two periods except the trend copies.
//
// A percentage's denominator (the employees due for assessment in a unit) is
// not in the document; the audit assumes the attacker knows it anyway (a head
// count is easy to learn), which is the stricter assumption.
#pragma once
#include "core/calc/audit.hpp"
#include "core/model/publik.hpp"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace kinerja {

// What the aggregator knows of one row (a top-level unit or the city) beyond
// the document: the real counts.
struct RincianBaris {
  std::array<std::int64_t, kJumlahPredikat> predikat{};  // predikat_kolom order
  std::int64_t wajib = 0;        // employees due for assessment
  std::int64_t tepat_waktu = 0;  // rated before the deadline
  std::int64_t capaian_n = 0;    // employees the median capaian is taken over
};
struct RincianLayanan {
  std::int64_t responden = 0, pengaduan = 0;
  // complaints each complaint figure rests on: answered and resolved (the
  // medians), with a known outcome (the shares on time)
  std::int64_t ditanggapi = 0, diselesaikan = 0, hasil_tanggapan = 0, hasil_selesai = 0;
};
// One period's real counts, in the document's row order (units, then layanan).
struct RincianPeriode {
  std::vector<RincianBaris> units;
  RincianBaris kota;
  std::vector<RincianLayanan> layanan;
};

// A figure the audit hid beyond the first suppression, and why.
struct AngkaDisembunyikan {
  std::string period_id;
  std::string unit_id;  // "" for the city row
  std::string angka;    // "pegawai", "persen_tepat_waktu", a predikat code, "responden", "pengaduan"
  std::string alasan_id, alasan_en;
};

struct LaporanAudit {
  std::size_t angka_diperiksa = 0;     // published figures read by the audit
  std::size_t kelompok_diperiksa = 0;  // groups of people it tried to pin
  std::size_t program_diselesaikan = 0;
  bool lulus = false;
  std::size_t primer = 0, pelengkap = 0;  // hidden by the first suppression: below k, and to protect those
  std::vector<AngkaDisembunyikan> disembunyikan;  // hidden by the audit on top
};

// Audits every period of `d` against `rincian` (same order as d.periods) and
// hides figures until no group below d.min_group can be proved to exist; trend
// points are rebuilt from what stays published. Returns what it did.
LaporanAudit audit_dan_sembunyikan(Publik& d, const std::vector<RincianPeriode>& rincian);

// The audit alone, reading only the document (what an outsider has) plus the
// real counts when given. Nothing is changed.
LaporanAudit audit_publik(const Publik& d, const std::vector<RincianPeriode>& rincian);

// Trend points rebuilt as copies of the figures published in d.periods.
void bangun_tren(Publik& d);

} // namespace kinerja
