#include "web/i18n.hpp"

#include "web/texts.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <unordered_map>
#include <utility>

namespace kinerja::web {
namespace {

struct Table {
  std::unordered_map<std::string, std::pair<std::string, std::string>> strings;  // key → (id, en)
};

// Every assets/i18n/*.json file: strings.json for the frame, one file per
// workspace (publik.json, pegawai.json, ...), so each screen's words live
// beside each other. A unit test checks that no key is defined twice.
Table load() {
  Table t;
  for (const auto& file : embedded::texts()) {
    if (file.bytes.empty()) continue;
    auto j = nlohmann::json::parse(file.bytes, nullptr, /*allow_exceptions=*/false);
    if (!j.is_object() || !j.contains("strings")) continue;  // a unit test guards the files themselves
    for (const auto& [key, v] : j["strings"].items())
      t.strings.emplace(key, std::make_pair(v.value("id", key), v.value("en", key)));
  }
  return t;
}

const Table& table() {
  static const Table t = load();  // immutable after first use
  return t;
}

} // namespace

const char* tr(Lang lang, const char* key) {
  const auto& s = table().strings;
  auto it = s.find(key);
  if (it == s.end()) return key;
  return lang == Lang::id ? it->second.first.c_str() : it->second.second.c_str();
}

const std::string& message(Lang lang, const ValidationError& e) {
  return lang == Lang::id || e.message_en.empty() ? e.message_id : e.message_en;
}

} // namespace kinerja::web
