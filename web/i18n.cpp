#include "web/i18n.hpp"

#include "core/embedded.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <unordered_map>
#include <utility>

namespace kinerja::web {
namespace {

struct Table {
  std::unordered_map<std::string, std::pair<std::string, std::string>> strings;  // key → (id, en)
};

Table load() {
  Table t;
  auto raw = embedded::find(embedded::texts(), "i18n/strings.json");
  auto j = nlohmann::json::parse(raw, nullptr, /*allow_exceptions=*/false);
  if (!j.is_object() || !j.contains("strings")) return t;  // a unit test guards the file itself
  for (const auto& [key, v] : j["strings"].items())
    t.strings.emplace(key, std::make_pair(v.value("id", key), v.value("en", key)));
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

} // namespace kinerja::web
