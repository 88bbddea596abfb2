// The Riwayat panel's state: which record, and its history as the core gave
// it when the panel was opened (web/screens/riwayat_panel.cpp).
#pragma once
#include "core/trust/riwayat.hpp"

#include <string>
#include <vector>

namespace kinerja::web {

struct RiwayatUi {
  bool open = false;
  std::string title;  // what the record is, in the reader's words
  std::string collection, id;
  std::vector<trust::RiwayatEntry> entries;
  bool operator==(const RiwayatUi&) const = default;
};

}  // namespace kinerja::web
