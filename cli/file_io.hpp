// Writing a command's output file: whole or not at all.
#pragma once
#include <string>

namespace kinerja::cli {

// Writes `bytes` to `path` through a temporary file renamed into place, so the
// file is either the old one or the complete new one. A path that is not a
// regular file (/dev/stdout, a pipe) is written to directly, never replaced.
bool write_file(const std::string& path, const std::string& bytes);

}  // namespace kinerja::cli
