// Checks on one record from outside: hostile strings and the envelope. The
// bundle reader and local edits (merge.hpp) both use them.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/base/error.hpp"

namespace kinerja {

inline constexpr std::size_t kMaxStringChars = 10'000;  // code points per string
inline constexpr std::size_t kMaxErrors = 100;          // then one "and more" line

// Appends an error for every hostile string (and object key) under `value`,
// with its pointer: longer than kMaxStringChars, invalid UTF-8, control
// characters other than tab/newline/CR, bidi embedding/override/isolate marks
// (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), or "<script".
void check_strings(const nlohmann::json& value, const std::string& pointer,
                   std::vector<ValidationError>& errors);

// Appends an error for each envelope problem of one record (id, ver, hlc,
// author, created, updated, deleted).
void check_envelope(const nlohmann::json& record, const std::string& pointer,
                    std::vector<ValidationError>& errors);

}  // namespace kinerja
