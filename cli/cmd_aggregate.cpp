// `kinerja aggregate FILE [--min-group K] [--indent N]`: the public aggregates
// document (core/model/publik.hpp) of a bundle on stdout, after small-group
// suppression with k = K (default 5). This is what publik.json holds.
#include "cli/commands.hpp"
#include "core/calc/aggregate.hpp"
#include "core/model/parse.hpp"

#include <charconv>
#include <cstdio>
#include <string>

namespace kinerja::cli {
namespace {

bool parse_int(std::string_view s, std::int64_t& out) {
  const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && ptr == s.data() + s.size();
}

constexpr const char* kUsage = "usage: kinerja aggregate FILE [--min-group K] [--indent N]\n";

} // namespace

int cmd_aggregate(Args args) {
  std::string file;
  OpsiAgregat opsi;
  std::int64_t indent = -1;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string_view a = args[i];
    if (a == "-h" || a == "--help") {
      std::fputs(kUsage, stdout);
      return 0;
    }
    if (a == "--min-group" || a == "--indent") {
      std::int64_t v = 0;
      if (i + 1 >= args.size() || !parse_int(args[i + 1], v) || v < (a == "--indent" ? 0 : 1)) {
        std::fprintf(stderr, "kinerja aggregate: %.*s butuh bilangan bulat %s / needs an integer %s\n",
                     static_cast<int>(a.size()), a.data(), a == "--indent" ? "≥ 0" : "≥ 1", a == "--indent" ? "≥ 0" : "≥ 1");
        return 1;
      }
      (a == "--indent" ? indent : opsi.min_group) = v;
      ++i;
    } else if (!a.empty() && a[0] == '-') {
      std::fprintf(stderr, "kinerja aggregate: opsi tidak dikenal '%.*s' / unknown option\n%s",
                   static_cast<int>(a.size()), a.data(), kUsage);
      return 1;
    } else if (file.empty()) {
      file = std::string(a);
    } else {
      std::fputs("kinerja aggregate: hanya satu FILE / only one FILE\n", stderr);
      return 1;
    }
  }
  if (file.empty()) {
    std::fputs(kUsage, stderr);
    return 1;
  }
  ParseResult parsed = parse_bundle_file(file);
  if (!parsed.ok()) {
    for (const auto& e : parsed.errors) std::fprintf(stderr, "%s: %s\n", file.c_str(), format_error(e).c_str());
    return 1;
  }
  const Publik d = aggregate_bundle(*parsed.bundle, default_rules(), opsi);
  const std::string out = publik_to_json(d, static_cast<int>(indent));
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::fputc('\n', stdout);
  return 0;
}

} // namespace kinerja::cli
