// The seven BerAKHLAK values with their definition and three panduan perilaku
// each (docs/domain.md, "BerAKHLAK"): a section of the RuleSet read from
// assets/rules/berakhlak.json (id "berakhlak"), so a new circular changes a
// file, not the code. The employee's self-assessment screen shows these texts
// beside each value.
#pragma once
#include "core/rules/rule_meta.hpp"
#include "core/model/types.hpp"

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace kinerja {

struct TeksDuaBahasa {
  std::string id, en;
};

struct PanduanNilai {
  NilaiBerakhlak nilai = NilaiBerakhlak::invalid;
  TeksDuaBahasa definisi;                 // the tagline
  std::array<TeksDuaBahasa, 3> panduan;   // (a), (b), (c)
};

struct KatalogBerakhlak {
  RuleMeta meta;
  std::vector<PanduanNilai> nilai;  // exactly the seven values, in enum order
  // The entry for one value, or nullptr.
  const PanduanNilai* find(NilaiBerakhlak) const;
};


} // namespace kinerja
