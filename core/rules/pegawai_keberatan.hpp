// Keberatan (objection) window: PP 30/2019 gives the employee the right to
// object to the predikat; the number of days after the predikat is set is a
// configurable rule in assets/rules/keberatan.json (format
// "kinerja-samarinda/keberatan", with its source: DOMAIN.md names no number,
// so the file marks it [M]).
#pragma once
#include "core/base/error.hpp"
#include "core/model/model.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kinerja {

inline constexpr std::string_view kKeberatanFormat = "kinerja-samarinda/keberatan";
inline constexpr std::string_view kKeberatanPath = "rules/keberatan.json";

struct AturanKeberatan {
  std::string version;
  std::string source;
  int batas_hari = 0;  // calendar days after the predikat is set (Evaluation::rated)
};

struct AturanKeberatanLoad {
  AturanKeberatan aturan;
  std::vector<ValidationError> errors;
  bool ok() const { return errors.empty(); }
};

// Reads and checks the file (format, schema 1, version, source, batas_hari 1..365).
AturanKeberatanLoad baca_aturan_keberatan(std::string_view json_text);
// The embedded file, read once (a unit test guarantees it reads cleanly).
const AturanKeberatan& aturan_keberatan_bawaan();

enum class PeluangKeberatan {
  belum_dinilai,   // no predikat yet: nothing to object to
  terbuka,         // rated, within the window, none sent yet
  lewat_batas,     // rated, the window has closed, none sent
  sudah_diajukan   // an objection was sent (decided or not)
};
std::string_view to_string(PeluangKeberatan);

struct StatusKeberatan {
  PeluangKeberatan peluang = PeluangKeberatan::belum_dinilai;
  std::optional<std::int64_t> batas_ms;  // first instant after the window (rated + batas_hari days)
};

// Where an evaluation stands for an objection at `now_ms`. An evaluation is
// rated when it carries a valid "rated" time and a predikat or both ratings
// (the predikat then follows from the kuadran).
StatusKeberatan status_keberatan(const AturanKeberatan&, const Evaluation&, std::int64_t now_ms);

} // namespace kinerja
