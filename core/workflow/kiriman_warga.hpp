// The citizens' online channel without a server (docs/domain.md §16b): on the
// public page a citizen answers the SKM or files a complaint for a unit on
// their own phone; the app turns it into a short code they send the way
// Samarinda residents send things (WhatsApp, e-mail); the unit's admin pastes
// the message and the code becomes the same record the kiosk would write, on
// channel "web". A checksum catches a code cut short or mistyped; the record id
// comes from the code, so the same message pasted twice is one record.
//
//   KS1-<Crockford base32 of the fields>-<checksum>
//
// The fields: the kind (SKM or complaint), the unit, the nine answers or the
// complaint's category, the minute it was made, and a random part so two
// people answering alike in the same minute stay two.
#pragma once
#include "core/base/error.hpp"
#include "core/model/model.hpp"
#include "core/rules/rules.hpp"
#include "core/rules/skm_kuesioner.hpp"
#include "core/sync/store.hpp"
#include "core/workflow/operation.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kinerja {

struct KirimanWarga {
  bool pengaduan = false;                             // else an SKM response
  std::string unit_id;
  std::array<std::uint8_t, kJumlahUnsurSkm> answers{};  // SKM: 1..4 each
  std::string kategori;                               // complaint: an SP4N-LAPOR! category
  std::int64_t menit = 0;                             // minutes since 1970 UTC when made
  std::string acak;                                   // a few random [0-9a-z] characters
  bool operator==(const KirimanWarga&) const = default;
};

// The code for a submission (fields as given; the public page checks them first).
std::string kode_kiriman(const KirimanWarga&);

// The submission in a pasted message (the code may sit among other words),
// or why not: no code, a broken checksum, a field that does not read. The
// pointer is "/kode".
struct BacaKiriman {
  std::optional<KirimanWarga> kiriman;
  std::string kode;  // the code as found, upper-cased
  std::vector<ValidationError> errors;
  bool ok() const { return kiriman.has_value(); }
};
BacaKiriman baca_kiriman(std::string_view pesan);

// The record the kiosk would write for it (core/workflow/kiosk), dated when
// the citizen made it, on channel "web" for a complaint, with an id from the
// code. Refused at "/kode" when that code was already received, and for what
// the kiosk refuses (an unanswered unsur, an unknown unit or category, no open
// period on that day).
OperationResult simpan_kiriman(const Bundle&, const Store&, const RuleSet&, const BacaKiriman&,
                               std::string_view device);

} // namespace kinerja
