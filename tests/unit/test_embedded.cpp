#include "core/embedded.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>
#include <string>

TEST_SUITE("embedded") {
  TEST_CASE("every translation key has Indonesian and English text") {
    auto texts = kinerja::embedded::texts();
    REQUIRE(!texts.empty());
    auto raw = kinerja::embedded::find(texts, "i18n/strings.json");
    REQUIRE(!raw.empty());
    auto j = nlohmann::json::parse(raw);
    REQUIRE(j.at("strings").is_object());
    CHECK(j.at("strings").size() > 10);
    for (const auto& item : j.at("strings").items()) {
      // (no structured binding: clang-14 cannot capture one in INFO's lambda)
      const std::string key = item.key();
      const auto& value = item.value();
      INFO("key: " << key);
      CHECK(value.contains("id"));
      CHECK(value.contains("en"));
      CHECK(!value.value("id", std::string{}).empty());
      CHECK(!value.value("en", std::string{}).empty());
    }
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
    auto j = nlohmann::json::parse(kinerja::embedded::find(kinerja::embedded::texts(), "i18n/strings.json"));
    const auto& strings = j.at("strings");
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
