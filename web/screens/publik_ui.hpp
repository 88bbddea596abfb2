// What the Publik screen remembers between frames (selection, not data).
#pragma once
#include <string>

namespace kinerja::web {

struct PublikUi {
  std::string period_id;  // the period shown; "" = the latest
  std::string unit_id;    // a unit's own page (#/publik/<unit>); "" = the whole city
  std::string search;     // what the citizen typed to find a unit
  bool operator==(const PublikUi&) const = default;
};

} // namespace kinerja::web
