// gzip for bundle files: a city's file compresses about tenfold, small enough
// for the messaging apps and e-mail offices use. zlib (Debian's zlib1g)
// does the work; the bytes inside are the canonical JSON, unchanged.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace kinerja::cli {

// A gzip member starts with 1f 8b.
bool looks_gzip(std::string_view bytes);

// Inflates a gzip member into `out` (with room for the JSON parser's
// padding). At most `limit` bytes out: more is refused, not truncated.
// On failure `error` says why, in Indonesian / English.
bool gunzip(std::string_view in, std::string& out, std::size_t limit, std::string& error);

// Deflates `in` as one gzip member (best compression: files are written once, sent many times).
std::string gzip(std::string_view in);

} // namespace kinerja::cli
