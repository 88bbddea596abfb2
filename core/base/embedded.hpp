// Data files compiled into the binary (assets/rules and assets/catalog here;
// assets/i18n in the web layer, web/texts.hpp), generated at build time by
// cmake/EmbedScript.cmake.
#pragma once
#include <span>
#include <string_view>

namespace kinerja::embedded {

struct EmbeddedFile {
  std::string_view path;   // relative to assets/, e.g. "rules/predikat_matrix.json"
  std::string_view bytes;
};

std::span<const EmbeddedFile> rules();  // assets/rules/*.json and assets/catalog/*.json

// The file at `path`, or an empty view when it is not embedded.
std::string_view find(std::span<const EmbeddedFile> files, std::string_view path);

} // namespace kinerja::embedded
