#include "cli/file_io.hpp"

#include "cli/gzip_io.hpp"
#include "core/model/parse.hpp"

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

bool write_output(const std::string& path, const std::string& bytes) {
  return write_file(path, path.ends_with(".gz") ? gzip(bytes) : bytes);
}

bool read_input(const std::string& path, std::string& out, std::string& error) {
  if (!read_file_bytes(path, out)) {
    error = "berkas tidak dapat dibaca / cannot read the file";
    return false;
  }
  if (!looks_gzip(out)) return true;
  std::string inflated;
  if (!gunzip(out, inflated, kMaxInflatedBytes, error)) return false;
  out = std::move(inflated);
  return true;
}

ParseResult read_bundle_input(const std::string& path) {
  std::string bytes, why;
  if (!read_input(path, bytes, why)) {
    ParseResult r;
    r.errors.push_back({"/", why.substr(0, why.find(" / ")) + ": " + path, why.substr(why.find(" / ") + 3) + ": " + path});
    return r;
  }
  return parse_bundle_in_place(bytes);
}

}  // namespace kinerja::cli
