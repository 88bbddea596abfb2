// doctest printing for the regulation's enums, shared by the rules/scoring
// tests, so a failed CHECK shows "sangat-baik" instead of "{?}".
#pragma once
#include "core/rules/rules.hpp"
#include "core/model/types.hpp"

#include <doctest/doctest.h>

#include <string>

namespace doctest {
template <> struct StringMaker<kinerja::Predikat> {
  static String convert(kinerja::Predikat p) { return String(std::string(kinerja::to_string(p)).c_str()); }
};
template <> struct StringMaker<kinerja::Rating> {
  static String convert(kinerja::Rating r) { return String(std::string(kinerja::to_string(r)).c_str()); }
};
template <> struct StringMaker<kinerja::Cko> {
  static String convert(kinerja::Cko c) { return String(std::string(kinerja::to_string(c)).c_str()); }
};
} // namespace doctest

namespace kinerja_test {

// The embedded text of one rules file ("rules/ikm.json").
std::string embedded_rules_file(std::string_view path);

} // namespace kinerja_test
