#include "cli/root_key.hpp"

#include "core/model/parse.hpp"
#include "core/trust/kunci_kota.hpp"

namespace kinerja::cli {

std::optional<trust::TrustAnchor> root_key_arg(std::string_view arg, std::string& why) {
  if (const auto key = crypto::from_hex<32>(arg))
    return trust::TrustAnchor{*key, "root key given on the command line", false};
  std::string bytes;
  if (!read_file_bytes(std::string(arg), bytes)) {
    why = "--root-key: 64 digit heksadesimal atau berkas kunci-kota.json / 64 hex digits or a kunci-kota.json file";
    return std::nullopt;
  }
  auto read = trust::read_kunci_kota(bytes);
  if (!read.anchor) {
    why = std::string(arg) + ": " + format_error(*read.error);
    return std::nullopt;
  }
  return read.anchor;
}

}  // namespace kinerja::cli
