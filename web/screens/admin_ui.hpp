// What the Admin screen remembers between frames (tab, selection, drafts).
#pragma once
#include <string>

namespace kinerja::web {

struct AdminUi {
  std::string tab;        // "" = the overview
  std::string period_id;  // "" = the current period
  bool operator==(const AdminUi&) const = default;
};

} // namespace kinerja::web
