// The translation table (assets/i18n/strings.json, embedded): every word the
// user reads goes through tr(). Bahasa Indonesia first, English second.
#pragma once
#include "core/base/error.hpp"
#include "web/app_state.hpp"

#include <string>

namespace kinerja::web {

// The text for `key` in `lang`; the key itself when missing (a unit test
// checks every key used under web/ exists in both languages).
const char* tr(Lang lang, const char* key);

// A core refusal's message in `lang` (the Indonesian one when no English is given).
const std::string& message(Lang lang, const ValidationError& e);

} // namespace kinerja::web
