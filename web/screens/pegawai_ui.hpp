// What the Pegawai screen remembers between frames (selection, drafts).
// Drafts belong to the (employee_id, period_id) they were typed for and are
// dropped when either changes; a saved draft is dropped at once. Kept in
// memory only: a reload starts with no profile picked (the records typed and
// saved are in the store, of course).
#pragma once
#include <map>
#include <string>

namespace kinerja::web {

// One indicator's fields as typed (text, so "104," can be half-typed).
struct DraftRealisasi {
  std::string value;  // the number as typed
  std::string text;   // narrative realisasi (kualitatif)
  std::string link;   // evidence link
  std::string note;   // evidence note
  bool operator==(const DraftRealisasi&) const = default;
};

// One BerAKHLAK value's self-assessment as chosen: rating 0 = none, else the
// Rating enum value (1 di bawah, 2 sesuai, 3 di atas).
struct DraftPerilaku {
  int rating = 0;
  std::string note;
  bool operator==(const DraftPerilaku&) const = default;
};

struct PegawaiUi {
  std::string employee_id;  // the profile picked on this device; "" = none yet
  std::string period_id;    // "" = the default period (the latest containing today)
  std::string search;       // the name or NIP typed to find one's profile
  std::map<std::string, DraftRealisasi> realisasi;  // indicator id → draft
  std::map<std::string, std::string> errors;        // indicator id → the core's message for the last save
  std::map<int, DraftPerilaku> perilaku;            // NilaiBerakhlak value → draft
  std::string perilaku_error;
  std::string keberatan;                            // objection text being written
  std::string keberatan_error;
  std::string submit_error;                          // why "kirim ke penilai" was refused
  bool operator==(const PegawaiUi&) const = default;
};

} // namespace kinerja::web
