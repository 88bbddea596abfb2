// The user's preferences (language), kept in /data/settings.json.
#pragma once
#include "web/app_state.hpp"

#include <cstdint>
#include <string>

namespace kinerja::web {

// The text sizes offered (per cent of the normal size): WCAG 2.2's 1.4.4
// asks for text that reads at 200 % without loss of content.
inline constexpr int kTextSizes[] = {100, 125, 150, 175, 200};
inline constexpr int kTextSizeDefault = 100;
// `pct` if it is one of kTextSizes, else the normal size.
int valid_text_size(int pct);

struct Settings {
  Lang lang = Lang::id;
  std::string device_name;  // at most kMaxDeviceName bytes of printable text
  std::int64_t last_export_ms = 0;  // for the "last exported N days ago" reminder
  std::uint64_t exported_seq = 0;   // journal sequence at that export
  int text_size_pct = kTextSizeDefault;  // kTextSizes: the reader's text size, for low vision
};
inline constexpr std::size_t kMaxDeviceName = 60;

// The device name as typed, cut to kMaxDeviceName bytes (on a UTF-8 boundary)
// and without control characters.
std::string clean_device_name(std::string_view typed);

struct SettingsLoad {
  Settings settings;
  bool was_corrupt = false;  // the file existed but could not be read: defaults were used
};

SettingsLoad load_settings(const std::string& path);
// Written to a temporary file and renamed, so a crash leaves the old or the new file.
bool save_settings(const std::string& path, const Settings& s);

} // namespace kinerja::web
