#include "core/view/sampel_layanan.hpp"

#include "core/calc/ikm.hpp"

#include <algorithm>

namespace kinerja {

SampelLayanan sampel_layanan(const CityView& v, std::size_t unit, std::size_t period, const RuleSet& rules) {
  SampelLayanan out;
  if (unit >= v.bundle.units.size() || period >= v.bundle.periods.size()) return out;
  const Unit& u = v.bundle.units[unit];
  const std::string& pid = v.bundle.periods[period].meta.id;
  for (const PenerimaLayanan& pl : u.penerima_layanan)
    if (pl.period_id == pid && pl.jumlah) {  // the first entry for the period counts, as in the public figures
      out.populasi = *pl.jumlah;
      break;
    }
  for (const SkmResponse& r : v.bundle.skm_responses)
    if (!r.meta.deleted && r.unit_id == u.meta.id && r.period_id == pid) ++out.responden;
  if (out.populasi) {
    out.minimum = sampel_minimum(rules.sampel, *out.populasi);
    out.kekurangan = std::max<std::int64_t>(0, out.minimum - out.responden);
  }
  return out;
}

} // namespace kinerja
