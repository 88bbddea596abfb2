#include "core/base/embedded.hpp"

namespace kinerja::embedded {

std::string_view find(std::span<const EmbeddedFile> files, std::string_view path) {
  for (const auto& f : files)
    if (f.path == path) return f.bytes;
  return {};
}

} // namespace kinerja::embedded
