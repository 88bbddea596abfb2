// The SKM questionnaire a citizen answers (PermenPANRB 14/2017, DOMAIN.md §4):
// one question per unsur U1..U9 with the regulation's answer words for 1..4,
// and the optional respondent profile's choices. Versioned data with a source
// (assets/rules/skm_unsur.json, format "kinerja-samarinda/skm-kuesioner"),
// checked against the IKM rules so question i always measures unsur U(i+1).
// Also the checks on one citizen's answers before they are stored.
#pragma once
#include "core/base/error.hpp"
#include "core/model/model.hpp"
#include "core/rules/rules.hpp"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kinerja {

inline constexpr std::string_view kKuesionerFormat = "kinerja-samarinda/skm-kuesioner";

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
  std::string id, version, source;
  std::vector<PertanyaanSkm> unsur;  // exactly kJumlahUnsurSkm, in U1..U9 order
  int umur_min = 10, umur_maks = 120;
  std::vector<PilihanProfil> pendidikan, pekerjaan;
};

struct KuesionerLoad {
  KuesionerSkm kuesioner;
  std::vector<ValidationError> errors;  // pointers into the file
  bool ok() const { return errors.empty(); }
};

// Reads a questionnaire file; its unsur codes must be the IKM rules' codes in
// the same order (so answers[i] means what the IKM computes for U(i+1)).
KuesionerLoad baca_kuesioner_skm(std::string_view json_text, const RulesIkm& = default_rules().ikm);

// The embedded questionnaire (assets/rules/skm_unsur.json), loaded once.
// A unit test guarantees it loads without errors.
const KuesionerSkm& kuesioner_skm();

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
