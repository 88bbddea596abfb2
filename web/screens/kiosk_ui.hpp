// What the Kiosk screen remembers while one citizen answers (reset after).
#pragma once
#include <string>

namespace kinerja::web {

struct KioskUi {
  std::string unit_id;  // the service unit this kiosk stands in; "" = not chosen
  bool operator==(const KioskUi&) const = default;
};

} // namespace kinerja::web
