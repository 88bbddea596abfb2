#include "cli/gzip_io.hpp"

#include <zlib.h>

#include <algorithm>

namespace kinerja::cli {
namespace {

constexpr int kGzipWindow = 16 + MAX_WBITS;  // zlib's way of saying "gzip header and trailer"
constexpr std::size_t kPadding = 64;         // simdjson's padding, kept free after the text
constexpr std::size_t kChunk = 1 << 20;

} // namespace

bool looks_gzip(std::string_view bytes) {
  return bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0x1f && static_cast<unsigned char>(bytes[1]) == 0x8b;
}

bool gunzip(std::string_view in, std::string& out, std::size_t limit, std::string& error) {
  z_stream zs{};
  if (inflateInit2(&zs, kGzipWindow) != Z_OK) {
    error = "zlib tidak dapat dimulai / zlib could not start";
    return false;
  }
  out.clear();
  out.reserve(std::min(limit, in.size() * 8) + kPadding);
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());
  int rc = Z_OK;
  while (rc == Z_OK) {
    const std::size_t used = out.size();
    if (used >= limit) {
      inflateEnd(&zs);
      error = "isi berkas gzip lebih dari " + std::to_string(limit / 1000000) + " MB / the gzip file's content exceeds " +
              std::to_string(limit / 1000000) + " MB";
      return false;
    }
    const std::size_t room = std::min(kChunk, limit - used);
    out.resize(used + room);
    zs.next_out = reinterpret_cast<Bytef*>(out.data() + used);
    zs.avail_out = static_cast<uInt>(room);
    rc = inflate(&zs, Z_NO_FLUSH);
    out.resize(used + room - zs.avail_out);
    if (rc == Z_BUF_ERROR && zs.avail_in == 0) break;  // the input ended before the gzip trailer
  }
  inflateEnd(&zs);
  if (rc != Z_STREAM_END) {
    error = "berkas gzip rusak atau terpotong (byte " + std::to_string(zs.total_in) + ") / damaged or truncated gzip file (byte " +
            std::to_string(zs.total_in) + ")";
    return false;
  }
  if (out.capacity() < out.size() + kPadding) out.reserve(out.size() + kPadding);
  return true;
}

std::string gzip(std::string_view in) {
  z_stream zs{};
  deflateInit2(&zs, Z_BEST_COMPRESSION, Z_DEFLATED, kGzipWindow, 9, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&zs, static_cast<uLong>(in.size())) + 32, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

} // namespace kinerja::cli
