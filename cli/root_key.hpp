// The city's root key as commands take it (--root-key): 64 hex digits, or
// the path of the kunci-kota.json the city ships beside its site.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "core/trust/keys.hpp"

namespace kinerja::cli {

// The anchor, or nullopt with `why` set (the file's problem, or the format).
std::optional<trust::TrustAnchor> root_key_arg(std::string_view arg, std::string& why);

}  // namespace kinerja::cli
