// ValidationError: the one error value every core module returns for bad input.
// It names the place (a JSON pointer such as /data/employees/3/nip, or a row
// like "row 12") and says what is wrong in Indonesian and in English, so any
// front end can show it in the reader's language.
#pragma once
#include <ostream>
#include <string>
#include <string_view>

namespace kinerja {

struct ValidationError {
  std::string pointer;     // JSON pointer (RFC 6901) into the input, "/" for the whole document
  std::string message_id;  // Bahasa Indonesia
  std::string message_en;  // English
  bool operator==(const ValidationError&) const = default;
};

enum class ErrorLanguage { both, id, en };

// "pointer: pesan / message" (both), or one language only.
inline std::string format_error(const ValidationError& e, ErrorLanguage lang = ErrorLanguage::both) {
  std::string out = e.pointer.empty() ? std::string("/") : e.pointer;
  out += ": ";
  if (lang == ErrorLanguage::en) {
    out += e.message_en;
  } else {
    out += e.message_id;
    if (lang == ErrorLanguage::both && !e.message_en.empty()) {
      out += " / ";
      out += e.message_en;
    }
  }
  return out;
}

// One JSON pointer reference token: "~" → "~0", "/" → "~1" (RFC 6901).
inline std::string json_pointer_token(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out += c;
  }
  return out;
}

inline std::ostream& operator<<(std::ostream& os, const ValidationError& e) {
  return os << format_error(e);
}

} // namespace kinerja
