// The seven BerAKHLAK values with their definition and three panduan perilaku
// each (DOMAIN.md §2), read from the versioned file assets/rules/berakhlak.json
// (format "kinerja-samarinda/berakhlak"): the wording is master data with a
// source, so a new circular changes a file, not the code. The employee's
// self-assessment screen shows these texts beside each value.
#pragma once
#include "core/base/error.hpp"
#include "core/model/types.hpp"

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace kinerja {

inline constexpr std::string_view kBerakhlakFormat = "kinerja-samarinda/berakhlak";
inline constexpr std::string_view kBerakhlakPath = "rules/berakhlak.json";

struct TeksDuaBahasa {
  std::string id, en;
};

struct PanduanNilai {
  NilaiBerakhlak nilai = NilaiBerakhlak::invalid;
  TeksDuaBahasa definisi;                 // the tagline
  std::array<TeksDuaBahasa, 3> panduan;   // (a), (b), (c)
};

struct KatalogBerakhlak {
  std::string version;  // dotted numbers, e.g. "2026.1"
  std::string source;
  std::vector<PanduanNilai> nilai;  // exactly the seven values, in enum order
  // The entry for one value, or nullptr.
  const PanduanNilai* find(NilaiBerakhlak) const;
};

struct BerakhlakLoad {
  KatalogBerakhlak katalog;
  std::vector<ValidationError> errors;  // pointers into the file
  bool ok() const { return errors.empty(); }
};

// Reads and checks a berakhlak file: format, schema 1, a source, and each of
// the seven values exactly once with a definition and three non-empty panduan
// in both languages. On any error `katalog` is empty.
BerakhlakLoad baca_berakhlak(std::string_view json_text);

// The embedded file, read once (a unit test guarantees it reads cleanly).
const KatalogBerakhlak& berakhlak_bawaan();

} // namespace kinerja
