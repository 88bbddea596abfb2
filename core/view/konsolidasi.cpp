#include "core/view/konsolidasi.hpp"

#include <algorithm>
#include <map>
#include <string>

namespace kinerja {

void JumlahStatus::tambah(StatusPenilaian s) {
  switch (s) {
    case StatusPenilaian::belum_mulai: ++belum_mulai; break;
    case StatusPenilaian::diajukan: ++diajukan; break;
    case StatusPenilaian::dinilai: ++dinilai; break;
    case StatusPenilaian::terlambat: ++terlambat; break;
    case StatusPenilaian::invalid: break;
  }
}

std::ostream& operator<<(std::ostream& os, const JumlahStatus& j) {
  return os << "{belum_mulai " << j.belum_mulai << ", diajukan " << j.diajukan << ", dinilai " << j.dinilai
            << ", terlambat " << j.terlambat << "}";
}

Konsolidasi konsolidasi(const CityView& v, std::size_t period) {
  Konsolidasi k;
  k.period = period;
  if (period == kTidakAda || period >= v.bundle.periods.size()) return k;
  const Bundle& b = v.bundle;
  const auto top = top_units(b);
  auto top_of = [&](std::size_t employee) {
    const std::size_t u = find_unit(v, b.employees[employee].unit_id);
    return u == kTidakAda ? kTidakAda : top[u];
  };
  auto unit_name = [&](std::size_t u) -> const std::string& {
    static const std::string none;
    return u == kTidakAda ? none : b.units[u].name;
  };

  std::map<std::size_t, JumlahStatus> per_unit;
  for (std::size_t i = 0; i < v.report.pegawai.size(); ++i) {
    const SkorPegawai& s = v.report.pegawai[i];
    if (s.period != period) continue;
    k.kota.tambah(s.status);
    per_unit[top_of(s.employee)].tambah(s.status);
    if (s.status == StatusPenilaian::belum_mulai) k.belum_mulai.push_back(i);
    if (s.status == StatusPenilaian::terlambat) k.terlambat.push_back(i);
  }
  for (const auto& [u, j] : per_unit) k.units.push_back({u, j});
  std::sort(k.units.begin(), k.units.end(), [&](const KonsolidasiUnit& x, const KonsolidasiUnit& y) {
    const std::string& a = unit_name(x.unit);
    const std::string& c = unit_name(y.unit);
    if (a != c) return a < c;
    return x.unit < y.unit;
  });
  auto by_unit_then_name = [&](std::size_t x, std::size_t y) {
    const std::size_t ex = v.report.pegawai[x].employee, ey = v.report.pegawai[y].employee;
    const std::string& ux = unit_name(top_of(ex));
    const std::string& uy = unit_name(top_of(ey));
    if (ux != uy) return ux < uy;
    if (b.employees[ex].name != b.employees[ey].name) return b.employees[ex].name < b.employees[ey].name;
    return ex < ey;
  };
  std::sort(k.belum_mulai.begin(), k.belum_mulai.end(), by_unit_then_name);
  std::sort(k.terlambat.begin(), k.terlambat.end(), by_unit_then_name);
  return k;
}

} // namespace kinerja
