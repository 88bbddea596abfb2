// The kiosk's file for the admin: only the SKM responses and complaints this
// device recorded (its id is in the record's version vector), optionally of one
// unit — never the rest of the city the device may also hold (the demo city,
// an earlier import). Written by the canonical writer (bundle_io write_bundle)
// with scope bkpsdm, since the file goes to BKPSDM/the OPD admin to be merged.
#pragma once
#include "core/base/error.hpp"
#include "core/sync/store.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kinerja {

struct OpsiEksporKios {
  std::string device;   // this device's id: selects what it recorded; written as the origin
  std::string origin;   // the header's origin ("" = device), e.g. "dev-… (Kios Puskesmas)"
  std::string unit_id;  // "" = every unit
  std::int64_t now_ms = 0;
};

struct EksporKios {
  std::string bytes;               // the bundle; empty when errors
  std::size_t responses = 0, complaints = 0;
  std::vector<ValidationError> errors;  // e.g. nothing to export
  bool ok() const { return errors.empty(); }
};

// The store holding only the selected records (current version and any
// concurrent versions of each, as they are; tombstones of them too, so a
// response deleted here is deleted at the admin's as well).
Store store_kios(const Store&, const OpsiEksporKios&);

// How many records store_kios would select, without copying them (cheap
// enough for every frame of the officer's view).
struct JumlahKios {
  std::size_t responses = 0, complaints = 0;
};
JumlahKios jumlah_kios(const Store&, const OpsiEksporKios&);

// store_kios + write_bundle. An error when nothing was selected.
EksporKios ekspor_kios(const Store&, const OpsiEksporKios&);

// "kinerja-kios-<unit>-<yyyy-mm-dd>.json" (local date), or without the unit.
std::string nama_berkas_kios(std::string_view unit_id, std::int64_t now_ms);

}  // namespace kinerja
