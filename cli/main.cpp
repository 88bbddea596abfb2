// kinerja: the command-line front end over the core, for admins, batch work
// and tests. It only dispatches; each subcommand lives in cli/cmd_<name>.cpp
// and calls the same core functions the web app uses.
#include "cli/commands.hpp"

#include <cstdio>
#include <string_view>
#include <vector>

namespace {

constexpr const char* kUsage =
    "kinerja — Kinerja Samarinda command line\n"
    "\n"
    "usage: kinerja <command> [args]\n"
    "  validate FILE...                      check bundles; FILE: /pointer: message per problem\n"
    "  score FILE                            predikat and capaian per employee and period\n"
    "  aggregate FILE [--min-group K]        public figures per unit and period, audited\n"
    "  audit PUBLIK.JSON                     can its figures prove a group below min_group? (exit 3)\n"
    "  demo [--employees N] [--seed S] [-o FILE]   a fictional Samarinda as a bundle\n"
    "  merge FILE... -o OUT                  merge bundles (idempotent, order-independent; refuses\n"
    "                                        records not signed by those allowed to write them)\n"
    "  verify [--root-key HEX] FILE...       check every record's signatures and authority\n"
    "  sign --demo FILE -o OUT               sign a bundle's records with the DEMO keys (tests, demos)\n"
    "  keys root|register|revoke ...         the city's root key and key registrations (keys --help)\n"
    "  calc predikat|capaian|nilai-capaian|nilai-skp|pp30|pp46|ikm|sampel|kurva|angka-kredit ...\n";

struct Command {
  std::string_view name;
  int (*run)(kinerja::cli::Args);
};

constexpr Command kCommands[] = {
    {"validate", kinerja::cli::cmd_validate}, {"score", kinerja::cli::cmd_score},
    {"aggregate", kinerja::cli::cmd_aggregate}, {"audit", kinerja::cli::cmd_audit}, {"demo", kinerja::cli::cmd_demo},
    {"calc", kinerja::cli::cmd_calc}, {"merge", kinerja::cli::cmd_merge},
    {"verify", kinerja::cli::cmd_verify}, {"sign", kinerja::cli::cmd_sign}, {"keys", kinerja::cli::cmd_keys},
};

} // namespace

int main(int argc, char** argv) {
  if (argc < 2 || std::string_view(argv[1]) == "--help" || std::string_view(argv[1]) == "-h") {
    std::fputs(kUsage, argc < 2 ? stderr : stdout);
    return argc < 2 ? 1 : 0;
  }
  std::vector<std::string_view> args(argv + 2, argv + argc);
  for (const auto& c : kCommands)
    if (c.name == argv[1]) return c.run(args);
  std::fprintf(stderr, "kinerja: perintah tidak dikenal '%s' / unknown command (see kinerja --help)\n", argv[1]);
  return 1;
}
