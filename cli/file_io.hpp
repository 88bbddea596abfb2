// A command's files: read plain or gzip-compressed; written whole or not at all.
#pragma once
#include "core/model/parse.hpp"

#include <cstddef>
#include <string>

namespace kinerja::cli {

// Writes `bytes` to `path` through a temporary file renamed into place, so the
// file is either the old one or the complete new one. A path that is not a
// regular file (/dev/stdout, a pipe) is written to directly, never replaced.
bool write_file(const std::string& path, const std::string& bytes);

// write_file, gzip-compressed when `path` ends in ".gz" (a city's ".json.gz").
bool write_output(const std::string& path, const std::string& bytes);

// Reads the file at `path` into `out` (with the parser's padding), inflating
// it when it is gzip-compressed, whatever its name. On failure `error` says
// why, in Indonesian / English.
bool read_input(const std::string& path, std::string& out, std::string& error);

// read_input, then the core's bundle parser; a file that cannot be read is
// an error at "/" like any other.
ParseResult read_bundle_input(const std::string& path);

// The most a bundle may hold once inflated (the browser's limit is 100 MB of file).
inline constexpr std::size_t kMaxInflatedBytes = 1'000'000'000;

}  // namespace kinerja::cli
