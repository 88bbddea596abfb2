// What the Publik screen remembers between frames (selection, not data).
#pragma once
#include <array>
#include <cstdint>
#include <string>

namespace kinerja::web {

// A citizen's own SKM answers or complaint for the unit shown, made on their
// phone and sent as a code (core/workflow/kiriman_warga).
struct SuaraWargaUi {
  std::string form;                      // "", "skm" or "pengaduan"
  std::array<std::uint8_t, 9> answers{};  // 1..4, 0 = not yet
  std::string kategori;
  std::string kode;                      // the code made, once all is answered
  std::string error;
  bool operator==(const SuaraWargaUi&) const = default;
};

struct PublikUi {
  std::string period_id;  // the period shown; "" = the latest
  std::string unit_id;    // a unit's own page (#/publik/<unit>); "" = the whole city
  std::string search;     // what the citizen typed to find a unit
  SuaraWargaUi suara;
  bool operator==(const PublikUi&) const = default;
};

} // namespace kinerja::web
