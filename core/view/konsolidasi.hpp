// Konsolidasi (docs/domain.md §11): for one period, where every
// assessment of the city stands — per top-level unit (an OPD or kecamatan,
// with everything under it) and for the whole city, how many are belum mulai,
// diajukan, dinilai and terlambat (core/calc/score's status), and who has not
// started or is late, so the admin knows whom to chase. Read-only: nothing
// here changes a record.
#pragma once
#include "core/view/city_view.hpp"

#include <cstddef>
#include <ostream>
#include <string_view>
#include <vector>

namespace kinerja {

struct JumlahStatus {
  int belum_mulai = 0;
  int diajukan = 0;
  int dinilai = 0;
  int terlambat = 0;
  int total() const { return belum_mulai + diajukan + dinilai + terlambat; }
  void tambah(StatusPenilaian);
  bool operator==(const JumlahStatus&) const = default;
};
std::ostream& operator<<(std::ostream&, const JumlahStatus&);

struct KonsolidasiUnit {
  std::size_t unit = kTidakAda;  // top-level unit (index into bundle.units); kTidakAda: employee without a unit
  JumlahStatus jumlah;
};

struct Konsolidasi {
  std::size_t period = kTidakAda;
  JumlahStatus kota;                   // the whole city
  std::vector<KonsolidasiUnit> units;  // by unit name; only units with employees assessed in the period
  // Indexes into report.pegawai, by top unit name, then employee name.
  std::vector<std::size_t> belum_mulai;
  std::vector<std::size_t> terlambat;
};

// The consolidation of one period (an index into bundle.periods); empty for kTidakAda.
Konsolidasi konsolidasi(const CityView&, std::size_t period);

} // namespace kinerja
