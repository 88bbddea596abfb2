#include "core/base/embedded.hpp"
#include "web/texts.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <set>
#include <sstream>
#include <string>

TEST_SUITE("embedded") {
  TEST_CASE("every translation key has Indonesian and English text, and is defined once") {
    auto texts = kinerja::embedded::texts();
    REQUIRE(!texts.empty());
    REQUIRE(!kinerja::embedded::find(texts, "i18n/strings.json").empty());
    std::set<std::string> seen;
    for (const auto& file : texts) {
      if (file.bytes.empty()) continue;
      INFO("file: " << std::string(file.path));
      auto j = nlohmann::json::parse(file.bytes);
      REQUIRE(j.at("strings").is_object());
      for (const auto& item : j.at("strings").items()) {
        // (no structured binding: clang-14 cannot capture one in INFO's lambda)
        const std::string key = item.key();
        const auto& value = item.value();
        INFO("key: " << key);
        CHECK(seen.insert(key).second);
        CHECK(value.contains("id"));
        CHECK(value.contains("en"));
        CHECK(!value.value("id", std::string{}).empty());
        CHECK(!value.value("en", std::string{}).empty());
      }
    }
    CHECK(seen.size() > 10);
  }

  TEST_CASE("embedded bytes equal the files in assets/") {
    for (const auto& f : kinerja::embedded::texts()) {
      std::ifstream in(std::string(KINERJA_SOURCE_DIR) + "/assets/" + std::string(f.path), std::ios::binary);
      REQUIRE(in.good());
      std::stringstream ss;
      ss << in.rdbuf();
      CHECK(ss.str() == f.bytes);
    }
  }

  TEST_CASE("find returns empty for an unknown path") {
    CHECK(kinerja::embedded::find(kinerja::embedded::texts(), "nope.json").empty());
  }
}

#ifndef __EMSCRIPTEN__
#include <filesystem>
#include <regex>
#include <set>

TEST_SUITE("embedded") {
  // Every key the web app looks up (tr(lang, "key"), action_button(lang, "key"))
  // exists in the translation table, so no screen ever shows a raw key.
  TEST_CASE("every translation key used under web/ exists") {
    nlohmann::json strings = nlohmann::json::object();
    for (const auto& file : kinerja::embedded::texts())
      if (!file.bytes.empty()) strings.update(nlohmann::json::parse(file.bytes).at("strings"));
    const std::regex use(R"((?:tr|action_button|screen_intro|screen_guide)\([^,()]*,\s*"([a-z_]+\.[a-z_.]+)\")");
    std::set<std::string> used;
    for (const auto& f : std::filesystem::recursive_directory_iterator(std::string(KINERJA_SOURCE_DIR) + "/web")) {
      if (f.path().extension() != ".cpp") continue;
      std::ifstream in(f.path());
      std::stringstream ss;
      ss << in.rdbuf();
      const std::string text = ss.str();
      for (std::sregex_iterator it(text.begin(), text.end(), use), end; it != end; ++it) used.insert((*it)[1]);
    }
    CHECK(used.size() > 40);
    for (const auto& key : used) {
      INFO("key used in web/: " << key);
      CHECK(strings.contains(key));
    }
  }
}
#endif
