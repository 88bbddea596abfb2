// What the Kiosk screen remembers. The officer's set-up (unit, kiosk mode on)
// stays; everything one citizen typed or tapped lives in `Citizen` and is
// replaced by a fresh one on reset, so nothing of one citizen reaches the next.
#pragma once
#include "core/model/model.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>

namespace kinerja::web {

enum class KioskMode {
  setup,      // the officer chooses the unit (kiosk mode off)
  start,      // the citizen's start: survey or complaint
  skm,        // the questionnaire, one unsur per step, then "Tentang Anda" and "Kirim"
  complaint,  // the complaint form
  thanks,     // thank-you, then back to start
};

// One citizen's answers while they answer.
struct KioskCitizen {
  int step = 0;  // 0..8 = unsur U1..U9, 9 = about you + send
  std::array<std::uint8_t, kJumlahUnsurSkm> answers{};  // 0 = not answered
  std::string jenis_kelamin, umur, pendidikan, pekerjaan;  // optional profile
  std::string kategori;                                  // complaint: an SP4N-LAPOR! kategori
  KanalPengaduan kanal = KanalPengaduan::kiosk;
  std::string error;    // why "Kirim" was refused, in the user's language ("" = none)
  int refused_unsur = -1;  // the first unanswered unsur (0-based) for the "answer it" button
  bool operator==(const KioskCitizen&) const = default;
};

struct KioskUi {
  std::string unit_id;  // the service unit this kiosk stands in; "" = not chosen
  KioskMode mode = KioskMode::setup;
  KioskCitizen citizen;
  bool thanks_for_complaint = false;
  std::int64_t thanks_since_ms = 0;  // when the thank-you appeared (it resets after a few seconds)
  std::int64_t last_activity_ms = 0; // the citizen's last tap: idle too long → reset for the next one
  bool confirm_exit = false;         // the officer tapped "leave kiosk mode" once
  std::string last_stored;           // the id of the last record stored (for the officer's view/tests)
  bool operator==(const KioskUi&) const = default;
};

// While a citizen uses the kiosk (any mode but setup) the app should hide its
// top bar (navigation, settings), so the citizen sees only the questionnaire:
// web/ui.cpp can skip draw_top_bar when this is true.
// The kiosk's file for the admin (core/workflow/kiosk_export: only the SKM responses and
// complaints this device recorded), ready to download; `error` (in the user's
// language) when there is nothing to export. web/screens/kiosk.cpp.
struct AppState;
struct KioskDownload {
  std::string name;   // "kinerja-kios-2026-11-28.json"
  std::string bytes;  // the canonical bundle (scope bkpsdm)
  std::string mime = "application/json";
  std::string error;
  std::size_t responses = 0, complaints = 0;
};
KioskDownload kiosk_export_bytes(const AppState&);

inline bool kiosk_hides_chrome(const KioskUi& k) { return k.mode != KioskMode::setup; }

} // namespace kinerja::web
