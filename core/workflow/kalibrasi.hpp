// Kalibrasi (docs/domain.md §9): the predikat of each employee is set from
// the two ratings "taking the distribution into account". The admin sees a
// unit's distribution against the curve of its CKO and may change one
// employee's predikat, with a written note saying why. The override is the
// evaluation's `kalibrasi` (predikat, who, when, why); the rater's fields stay
// as they signed them.
//
// The predikat penetapan of an evaluation: a granted keberatan's predikat_akhir
// first, then the calibration, then the kuadran of the two ratings as they are
// now (the unit-head rule with the unit's current CKO). A predikat the rater
// saw when saving never wins. Only rated assessments count.
#pragma once
#include "core/view/city_view.hpp"
#include "core/workflow/operation.hpp"
#include "core/base/error.hpp"
#include "core/calc/kurva.hpp"
#include "core/rules/rules.hpp"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kinerja {

// The predikat an assessment ends with (see above); invalid when not rated.
Predikat predikat_penetapan(const CityView&, const SkorPegawai&);

struct KalibrasiUnit {
  std::size_t unit = kTidakAda;     // index into bundle.units (the unit and everything under it)
  std::size_t period = kTidakAda;
  std::optional<Cko> cko;           // the unit's CKO in the period, when set
  JumlahPredikat jumlah;            // predikat penetapan of the rated employees
  std::vector<PeringatanKurva> peringatan;  // the curve's limits violated (none without a CKO)
  // Indexes into report.pegawai: every employee of the unit's subtree assessed in
  // the period, rated or not, by name.
  std::vector<std::size_t> pegawai;
};

KalibrasiUnit kalibrasi_unit(const CityView&, std::size_t unit, std::size_t period,
                             const RuleSet& rules = default_rules());

// Every unit with a CKO in the period, with its distribution of predikat
// penetapan and the curve's warnings — those with warnings first, then by name.
// One pass over the period's assessments (a city's year stays fast).
struct RingkasanKurva {
  std::size_t unit = kTidakAda;
  Cko cko = Cko::invalid;
  JumlahPredikat jumlah;
  std::vector<PeringatanKurva> peringatan;
};
std::vector<RingkasanKurva> unit_berkurva(const CityView&, std::size_t period, const RuleSet& rules = default_rules());

// Shortest calibration note accepted (characters after trimming): a reason a
// reader can follow, not "ok".
inline constexpr std::size_t kCatatanKalibrasiMin = 10;

struct EditKalibrasi {
  nlohmann::json record;                 // the whole evaluation to store (valid only without errors)
  std::vector<ValidationError> errors;   // pointer names the field: /predikat, /catatan, /rated
  bool ok() const { return errors.empty(); }
};

// The evaluation `current` (its whole record JSON, as stored) with
// `kalibrasi` set to {predikat: baru, oleh, waktu, alasan: catatan}.
// Refused: an unrated evaluation, an invalid predikat, the same predikat as now
// (`sekarang`), a note shorter than kCatatanKalibrasiMin.
EditKalibrasi kalibrasi_record(const nlohmann::json& current, Predikat sekarang, Predikat baru,
                               std::string_view catatan, std::string_view oleh, std::string_view waktu);

// The admin's calibration as a workflow operation: the stored evaluation
// `evaluation_id` through kalibrasi_record, by `oleh` at `now_ms`.
// Refused also when the period is locked.
OperationResult simpan_kalibrasi(const Store&, const CityView&, std::string_view evaluation_id, Predikat sekarang,
                                 Predikat baru, std::string_view catatan, std::string_view oleh, std::int64_t now_ms);


} // namespace kinerja
