// Which file a rule section came from and what it encodes: every section of
// the RuleSet carries one, so a figure can always say which rules made it.
#pragma once
#include <string>

namespace kinerja {

struct RuleMeta {
  std::string id;       // e.g. "predikat-matrix"
  std::string version;  // dotted numbers, e.g. "2026.1"; compared numerically
  std::string source;   // regulation, article and [S]/[M] marks (docs/domain.md)
  std::string path;     // "rules/predikat_matrix.json", or "runtime" for a file given at run time
};

}  // namespace kinerja
