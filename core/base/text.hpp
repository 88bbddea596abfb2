// Small text and number helpers every layer needs.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace kinerja {

// ASCII lower case; other bytes (UTF-8 included) unchanged.
std::string lower(std::string_view);
// Without leading and trailing ASCII white space (space, tab, CR, LF, FF, VT).
std::string_view trim(std::string_view);
// Division rounding towards negative infinity (b > 0): the day of an instant
// before 1970 is the day before, not day 0.
std::int64_t floor_div(std::int64_t a, std::int64_t b);

}  // namespace kinerja
