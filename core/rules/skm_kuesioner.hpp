// The SKM questionnaire a citizen answers (PermenPANRB 14/2017, docs/domain.md
// "SKM and IKM"): one question per unsur U1..U9 with the regulation's answer
// words for 1..4, and the optional respondent profile's choices. A section of
// the RuleSet (assets/rules/skm_unsur.json, id "skm-kuesioner"); rules_agree
// checks that question i measures the IKM rules' unsur U(i+1).
// Also the checks on one citizen's answers before they are stored.
#pragma once
#include "core/base/error.hpp"
#include "core/model/model.hpp"
#include "core/rules/rule_meta.hpp"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kinerja {

struct PertanyaanSkm {
  std::string kode;                          // "U1", the same as RulesIkm::unsur[i].kode
  std::string pertanyaan_id, pertanyaan_en;
  std::array<std::string, 4> jawaban_id, jawaban_en;  // answer 1 (worst) .. 4 (best)
};

struct PilihanProfil {
  std::string nilai;               // what the record stores ("SMA")
  std::string label_id, label_en;  // what the citizen reads
};

struct KuesionerSkm {
  RuleMeta meta;
  std::vector<PertanyaanSkm> unsur;  // exactly kJumlahUnsurSkm, in U1..U9 order
  int umur_min = 10, umur_maks = 120;
  std::vector<PilihanProfil> pendidikan, pekerjaan;
};


// --- one citizen's answers -------------------------------------------------

// Indexes (0-based) of the unsur not answered with a value in 1..4, in order.
std::vector<int> unsur_belum_dijawab(const std::array<std::uint8_t, kJumlahUnsurSkm>& answers);

// The optional profile as typed at the kiosk. Everything may be empty.
struct ProfilIsian {
  std::string jenis_kelamin;  // "", "l" or "p"
  std::string umur;           // digits as typed, "" = not given
  std::string pendidikan;     // a PilihanProfil::nilai or ""
  std::string pekerjaan;      // a PilihanProfil::nilai or ""
};

struct ProfilPeriksa {
  std::optional<Respondent> respondent;  // nullopt when nothing was given
  std::vector<ValidationError> errors;   // pointer "/respondent/<field>"
  bool ok() const { return errors.empty(); }
};

// Checks the profile (sex l/p, age a whole number within the questionnaire's
// range, pendidikan/pekerjaan one of its choices) and builds the Respondent.
ProfilPeriksa periksa_profil(const KuesionerSkm&, const ProfilIsian&);

}  // namespace kinerja
