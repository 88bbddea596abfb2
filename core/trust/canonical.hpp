// The bytes every digest in core/trust is over: nlohmann's compact form
// (object keys in byte order, no whitespace), except that a number with an
// integral value is always written as an integer. A file that went through
// another JSON tool (JavaScript writes 100.0 as 100) still hashes the same,
// so a signature depends on the values, never on how a tool spelled them.
// Written straight into one buffer: an import hashes every record version it
// reads, so this is the signature check's inner loop (tests/bench/import.sh).
#pragma once
#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace kinerja::trust {

void append_canonical(const nlohmann::json&, std::string& out);
// A string as a JSON string literal, escaped as nlohmann escapes it (and, like
// nlohmann, throwing on invalid UTF-8).
void append_canonical(std::string_view, std::string& out);

}  // namespace kinerja::trust
