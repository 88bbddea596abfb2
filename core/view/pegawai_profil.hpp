// What the employee's workspace needs to find before it can show anything:
// the employee among the device's records (search by name or NIP), the
// period to open by default, and who rates them in that period (with the
// way the rater holds the post: definitif / Plt / Plh). Read-only.
#pragma once
#include "core/view/city_view.hpp"
#include "core/view/pencarian_pegawai.hpp"  // finding the employee: one rule for every screen
#include "core/sync/store.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kinerja {


// The pejabat penilai of an employee in a period, from the assignment. The
// rater may be only a partial record on an employee's device (the header
// fields of the form), so the name, NIP and jabatan come from the store's
// JSON when the typed view left that record out.
struct PenilaiPegawai {
  bool ada = false;             // an assignment names a penilai
  std::string penilai_id;
  std::string nama, nip, jabatan;
  AssignmentKind kind = AssignmentKind::invalid;
};
PenilaiPegawai penilai_dari(const Store&, const CityView&, std::size_t employee, std::size_t period);

} // namespace kinerja
