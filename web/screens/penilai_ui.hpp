// What the Penilai screen remembers between frames (selection, drafts).
#pragma once
#include <string>

namespace kinerja::web {

struct PenilaiUi {
  std::string rater_id;     // the penilai using this device; "" = none yet
  std::string period_id;    // "" = the current period
  std::string employee_id;  // the team member open; "" = the queue
  bool operator==(const PenilaiUi&) const = default;
};

} // namespace kinerja::web
