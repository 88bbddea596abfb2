// What the Publik screen remembers between frames (selection, not data).
#pragma once
#include <string>

namespace kinerja::web {

struct PublikUi {
  std::string period_id;  // the period shown; "" = the latest
  bool operator==(const PublikUi&) const = default;
};

} // namespace kinerja::web
