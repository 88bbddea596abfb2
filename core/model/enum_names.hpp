// A fixed table between an enum and its string form, shared by every enum
// the files carry (core/model/types.cpp, core/model/model.cpp): one lookup, both ways.
#pragma once
#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>

namespace kinerja::enum_names {

template <typename E, std::size_t N>
using Names = std::array<std::pair<E, std::string_view>, N>;

// The string for `e`, or "" when the table does not name it (the invalid value).
template <typename E, std::size_t N>
constexpr std::string_view name_of(const Names<E, N>& names, E e) {
  for (const auto& [value, name] : names)
    if (value == e) return name;
  return {};
}

// The enum for `s`, or nullopt: never the invalid value.
template <typename E, std::size_t N>
constexpr std::optional<E> value_of(const Names<E, N>& names, std::string_view s) {
  for (const auto& [value, name] : names)
    if (name == s) return value;
  return std::nullopt;
}

} // namespace kinerja::enum_names
