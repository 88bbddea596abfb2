// What a service unit's data says in one period, for Admin › Layanan: the
// service volumes per service, the complaints per channel, the SKM answers,
// and the measured realisations the unit's employees carry from them.
#pragma once
#include "core/view/city_view.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kinerja {

struct RingkasanVolume {
  std::string layanan;                   // as first written
  int hari = 0;                          // days with a register total
  std::int64_t jumlah_hari = 0;          // their sum
  std::optional<std::int64_t> total_periode;  // a period total, when given
};

struct RingkasanLayananUnit {
  std::vector<RingkasanVolume> volume;   // by service name
  std::array<int, 9> per_kanal{};        // complaints received in the period, by KanalPengaduan
  int pengaduan = 0;
  int responden = 0;                     // SKM answers of the period
  std::vector<std::size_t> terukur;      // indexes into report.terukur for this unit and period
};

RingkasanLayananUnit ringkasan_layanan(const CityView&, std::size_t unit, std::size_t period);

} // namespace kinerja
