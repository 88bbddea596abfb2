// kinerja demo [--employees N] [--seed S] [--year Y] [--quarters Q] [-o FILE]:
// writes the fictional demo city as a bundle (stdout by default). The same
// options always give the same bytes.
#include "cli/commands.hpp"
#include "cli/file_io.hpp"
#include "core/demo/demo.hpp"
#include "core/demo/demo_store.hpp"
#include "core/sync/bundle_io.hpp"
#include "core/model/serialize.hpp"

#include <charconv>
#include <cstdio>
#include <fstream>
#include <string>

namespace kinerja::cli {
namespace {

template <typename T>
bool parse_number(std::string_view s, T& out) {
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && ptr == s.data() + s.size();
}

int usage(const char* problem) {
  std::fprintf(stderr, "kinerja demo: %s\nusage: kinerja demo [--employees N] [--seed S] [--year Y] [--quarters Q] [-o FILE]\n",
               problem);
  return 1;
}

} // namespace

int cmd_demo(Args args) {
  DemoOptions options;
  std::string out_path;
  for (std::size_t i = 0; i < args.size(); ++i) {
    std::string_view a = args[i];
    bool has_value = i + 1 < args.size();
    if (a == "--employees" || a == "--seed" || a == "--year" || a == "--quarters" || a == "-o") {
      if (!has_value) return usage("nilai opsi tidak ada / option needs a value");
      std::string_view v = args[++i];
      bool ok = true;
      if (a == "--employees") ok = parse_number(v, options.employees);
      else if (a == "--seed") ok = parse_number(v, options.seed);
      else if (a == "--year") ok = parse_number(v, options.year);
      else if (a == "--quarters") ok = parse_number(v, options.quarters);
      else out_path = std::string(v);
      if (!ok) return usage("bukan bilangan bulat yang valid / not a valid whole number");
    } else {
      std::string msg = "opsi tidak dikenal / unknown option: " + std::string(a);
      return usage(msg.c_str());
    }
  }
  if (auto problem = check_demo_options(options)) {
    std::fprintf(stderr, "kinerja demo: %s\n", format_error(*problem).c_str());
    return 1;
  }
  // the demo records, signed with the demo keys (core/demo/demo_store)
  const DemoStore demo = make_demo_store(options);
  std::string json =
      write_bundle(demo.store, BundleHeader{demo.created, "demo-samarinda", Scope{ScopeKind::bkpsdm, {}}, demo.note});
  if (out_path.empty()) {
    std::fwrite(json.data(), 1, json.size(), stdout);
    return std::fflush(stdout) == 0 ? 0 : 1;
  }
  if (!write_output(out_path, json)) {
    std::fprintf(stderr, "kinerja demo: tidak dapat menulis / cannot write %s\n", out_path.c_str());
    return 1;
  }
  return 0;
}

} // namespace kinerja::cli
