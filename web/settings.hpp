// The user's preferences (language), kept in /data/settings.json.
#pragma once
#include "web/app_state.hpp"

#include <cstdint>
#include <string>

namespace kinerja::web {

struct Settings {
  Lang lang = Lang::id;
  std::string device_name;  // at most kMaxDeviceName bytes of printable text
  std::int64_t last_export_ms = 0;  // for the "last exported N days ago" reminder
  std::uint64_t exported_seq = 0;   // journal sequence at that export
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
