#include "cli/file_io.hpp"

#include <filesystem>
#include <fstream>

namespace kinerja::cli {
namespace {

bool write_directly(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return false;
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.flush();
  return static_cast<bool>(out);
}

}  // namespace

bool write_file(const std::string& path, const std::string& bytes) {
  // Only a regular file (or a new one) is replaced by rename: renaming over
  // /dev/null, /dev/stdout or a pipe would replace the device itself.
  std::error_code st_ec;
  const auto status = std::filesystem::status(path, st_ec);
  if (!st_ec && std::filesystem::exists(status) && !std::filesystem::is_regular_file(status))
    return write_directly(path, bytes);
  const std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return false;
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.flush();
    if (!out) return false;
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) std::filesystem::remove(tmp, ec);
  return !ec;
}


}  // namespace kinerja::cli
