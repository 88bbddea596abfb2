// The words the user reads (assets/i18n/*.json), embedded into the web layer
// only: the core speaks through error values, never through this table.
#pragma once
#include <span>

#include "core/base/embedded.hpp"

namespace kinerja::embedded {

std::span<const EmbeddedFile> texts();  // assets/i18n/*.json

}  // namespace kinerja::embedded
