// make_demo_city: a deterministic, plausible, entirely fictional Samarinda as
// a complete bundle: units (OPD, Puskesmas, kecamatan, kelurahan, bidang,
// seksi), employees with valid NIPs, rater assignments (some Plt/Plh), SKPs
// with service indicators, realisations, evaluations, CKO, SKM responses,
// complaints and the training catalogue. Same options → same bytes, natively
// and in wasm (own PRNG, integer-driven arithmetic, no <random> distributions).
#pragma once
#include "core/base/error.hpp"
#include "core/model/model.hpp"

#include <cstdint>
#include <optional>

namespace kinerja {

struct DemoOptions {
  int employees = 300;            // 10..50000
  std::uint64_t seed = 20260101;
  int year = 2026;                // 2000..2100
  int quarters = 2;               // realised quarters (triwulan) 0..4; all four also rates the year
};

// Out-of-range options as an error value (the pointer names the option).
std::optional<ValidationError> check_demo_options(const DemoOptions&);

// The demo bundle (scope bkpsdm, note "Data fiktif untuk demonstrasi …"),
// collections sorted by id. Options out of range are clamped.
Bundle make_demo_city(const DemoOptions& = {});

} // namespace kinerja
