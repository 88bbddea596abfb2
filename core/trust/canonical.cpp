#include "core/trust/canonical.hpp"

#include <charconv>
#include <cmath>
#include <cstdint>

namespace kinerja::trust {

using nlohmann::json;

namespace {
template <typename Int>
void append_integer(Int x, std::string& out) {
  char buf[24];
  const auto end = std::to_chars(buf, buf + sizeof buf, x).ptr;
  out.append(buf, end);
}
}  // namespace

void append_canonical(std::string_view s, std::string& out) {
  // Plain ASCII needs no escape: the common case, copied as is. Anything else
  // goes through nlohmann, so escapes and UTF-8 errors stay exactly its own.
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') {
      out += json(std::string(s)).dump();
      return;
    }
  }
  out += '"';
  out += s;
  out += '"';
}

void append_canonical(const json& j, std::string& out) {
  switch (j.type()) {
    case json::value_t::object: {
      out += '{';
      bool first = true;
      for (const auto& [k, v] : j.get_ref<const json::object_t&>()) {
        if (!first) out += ',';
        first = false;
        append_canonical(std::string_view(k), out);
        out += ':';
        append_canonical(v, out);
      }
      out += '}';
      return;
    }
    case json::value_t::array: {
      out += '[';
      bool first = true;
      for (const auto& v : j.get_ref<const json::array_t&>()) {
        if (!first) out += ',';
        first = false;
        append_canonical(v, out);
      }
      out += ']';
      return;
    }
    case json::value_t::string:
      append_canonical(std::string_view(j.get_ref<const std::string&>()), out);
      return;
    case json::value_t::number_integer:
      append_integer(j.get<std::int64_t>(), out);
      return;
    case json::value_t::number_unsigned:
      append_integer(j.get<std::uint64_t>(), out);
      return;
    case json::value_t::number_float: {
      const double x = j.get<double>();
      if (std::isfinite(x) && std::floor(x) == x && std::fabs(x) < 9007199254740992.0) {
        append_integer(static_cast<std::int64_t>(x), out);
        return;
      }
      out += j.dump();
      return;
    }
    case json::value_t::boolean:
      out += j.get<bool>() ? "true" : "false";
      return;
    case json::value_t::null:
      out += "null";
      return;
    default:
      out += j.dump();
  }
}

}  // namespace kinerja::trust
