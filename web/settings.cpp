#include "web/settings.hpp"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>
#include <sstream>

namespace kinerja::web {

int valid_text_size(int pct) {
  for (int size : kTextSizes)
    if (size == pct) return pct;
  return kTextSizeDefault;
}

std::string clean_device_name(std::string_view typed) {
  std::string out;
  for (char c : typed)
    if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7f) out.push_back(c);
  if (out.size() > kMaxDeviceName) {
    std::size_t cut = kMaxDeviceName;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;  // keep whole characters
    out.resize(cut);
  }
  return out;
}

SettingsLoad load_settings(const std::string& path) {
  SettingsLoad out;
  std::ifstream in(path, std::ios::binary);
  if (!in) return out;  // first visit
  std::stringstream ss;
  ss << in.rdbuf();
  auto j = nlohmann::json::parse(ss.str(), nullptr, /*allow_exceptions=*/false);
  if (!j.is_object() || j.value("format", "") != "kinerja-samarinda/settings") {
    out.was_corrupt = true;
    return out;
  }
  const std::string lang = j.value("lang", "id");
  if (lang == "en") out.settings.lang = Lang::en;
  else if (lang != "id") out.was_corrupt = true;
  const auto name = j.find("device_name");
  if (name != j.end() && name->is_string()) out.settings.device_name = clean_device_name(name->get<std::string>());
  if (auto t = j.find("last_export_ms"); t != j.end() && t->is_number_integer()) out.settings.last_export_ms = t->get<std::int64_t>();
  if (auto t = j.find("text_size_pct"); t != j.end()) {
    if (t->is_number_integer() && valid_text_size(t->get<int>()) == t->get<int>()) out.settings.text_size_pct = t->get<int>();
    else out.was_corrupt = true;
  }
  if (auto q = j.find("exported_seq"); q != j.end() && q->is_number_unsigned()) out.settings.exported_seq = q->get<std::uint64_t>();
  return out;
}

bool save_settings(const std::string& path, const Settings& s) {
  const nlohmann::json j = {{"format", "kinerja-samarinda/settings"}, {"schema", 1},
                            {"lang", lang_code(s.lang)}, {"device_name", s.device_name},
                            {"last_export_ms", s.last_export_ms}, {"exported_seq", s.exported_seq},
                            {"text_size_pct", s.text_size_pct}};
  const std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return false;
    out << j.dump(2) << '\n';
    if (!out.flush()) return false;
  }
  return std::rename(tmp.c_str(), path.c_str()) == 0;
}

} // namespace kinerja::web
