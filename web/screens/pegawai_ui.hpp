// What the Pegawai screen remembers between frames (selection, drafts).
#pragma once
#include <string>

namespace kinerja::web {

struct PegawaiUi {
  std::string employee_id;  // the profile picked on this device; "" = none yet
  std::string period_id;    // "" = the current period
  bool operator==(const PegawaiUi&) const = default;
};

} // namespace kinerja::web
