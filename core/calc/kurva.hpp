// Distribution check (SE MenPANRB 3/2023, docs/domain.md §8): given a unit's CKO and
// how many of its employees got each predikat in a period, the limits of the
// curve that are violated, each as a warning naming the limit. Warnings only:
// the leader "considers" the curve; nothing here changes a predikat.
#pragma once
#include "core/rules/rules.hpp"
#include "core/model/types.hpp"

#include <array>
#include <ostream>
#include <string>
#include <vector>

namespace kinerja {

struct JumlahPredikat {
  std::array<int, 6> n{};  // indexed by Predikat; n[0] (invalid) is ignored
  int& operator[](Predikat p) { return n[static_cast<std::size_t>(p)]; }
  int operator[](Predikat p) const { return n[static_cast<std::size_t>(p)]; }
  int total() const;       // over the five real predikat
};

struct PeringatanKurva {
  Cko cko = Cko::invalid;
  BatasKurva batas;        // the violated limit (predikat set, kind, value, source)
  int jumlah = 0;          // employees with one of batas.predikat
  int total = 0;           // employees in the unit and period
  std::string message_id;    // "Sangat Baik 3 dari 20 (15%) melebihi batas maksimal 10% untuk CKO Butuh Perbaikan"
  std::string message_en;
};

// Every violated limit, in the order of the rules file. No warning when the
// unit has no employees or the CKO is invalid.
std::vector<PeringatanKurva> periksa_kurva(const RulesKurva&, Cko, const JumlahPredikat&);

std::ostream& operator<<(std::ostream&, const PeringatanKurva&);

} // namespace kinerja
