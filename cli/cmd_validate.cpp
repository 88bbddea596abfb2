// kinerja validate FILE…: parse and validate each bundle with the same core
// reader the web app uses; one line per problem, "FILE: /pointer: pesan / message".
#include "cli/commands.hpp"
#include "cli/file_io.hpp"
#include "core/model/parse.hpp"

#include <cstdio>
#include <string>

namespace kinerja::cli {

int cmd_validate(Args args) {
  if (args.empty()) {
    std::fputs("usage: kinerja validate FILE...\n", stderr);
    return 1;
  }
  bool any_error = false;
  for (auto arg : args) {
    std::string path(arg);
    std::string bytes, why;
    if (!read_input(path, bytes, why)) {
      std::fprintf(stderr, "%s: /: %s\n", path.c_str(), why.c_str());
      any_error = true;
      continue;
    }
    auto result = parse_bundle_in_place(bytes);
    if (result.ok()) {
      std::printf("%s: OK (%zu records)\n", path.c_str(), record_count(*result.bundle));
      continue;
    }
    any_error = true;
    for (const auto& e : result.errors) std::fprintf(stderr, "%s: %s\n", path.c_str(), format_error(e).c_str());
  }
  return any_error ? 1 : 0;
}

} // namespace kinerja::cli
