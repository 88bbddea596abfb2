#include "core/view/layanan_view.hpp"

#include "core/base/text.hpp"
#include "core/calc/sumber.hpp"

#include <algorithm>

namespace kinerja {

RingkasanLayananUnit ringkasan_layanan(const CityView& v, std::size_t unit, std::size_t period) {
  RingkasanLayananUnit out;
  if (unit >= v.bundle.units.size() || period >= v.bundle.periods.size()) return out;
  const std::vector<DataLayanan> data = kumpulkan_data_layanan(v.bundle, period);
  const DataLayanan& d = data[unit];
  out.responden = static_cast<int>(d.jawaban.size());
  out.pengaduan = static_cast<int>(d.keluhan.size());
  for (const auto& k : d.keluhan) ++out.per_kanal[static_cast<std::size_t>(k.kanal)];
  for (const auto& t : d.volume) {
    auto it = std::find_if(out.volume.begin(), out.volume.end(),
                           [&](const RingkasanVolume& r) { return lower(r.layanan) == t.layanan; });
    if (it == out.volume.end()) {
      out.volume.push_back({t.nama, 0, 0, std::nullopt});
      it = out.volume.end() - 1;
    }
    if (t.harian) {
      ++it->hari;
      it->jumlah_hari += t.jumlah;
    } else {
      it->total_periode = t.jumlah;
    }
  }
  std::sort(out.volume.begin(), out.volume.end(),
            [](const RingkasanVolume& a, const RingkasanVolume& b) { return a.layanan < b.layanan; });
  for (std::size_t i = 0; i < v.report.terukur.size(); ++i)
    if (v.report.terukur[i].unit == unit && v.report.terukur[i].period == period) out.terukur.push_back(i);
  return out;
}

} // namespace kinerja
