// `kinerja audit FILE`: the attacker's audit (core/calc/audit_publik) of a
// publik.json as anyone holding the file can run it — from its published
// figures alone, with no access to the data behind them. Exit 0 when no group
// below the file's min_group can be proved to exist, 3 when one can, 1 for a
// file that does not read.
#include "cli/commands.hpp"
#include "cli/file_io.hpp"
#include "core/calc/audit_publik.hpp"
#include "core/model/parse.hpp"
#include "core/model/publik.hpp"

#include <cstdio>
#include <string>

namespace kinerja::cli {

int cmd_audit(Args args) {
  if (args.size() != 1 || args[0].empty() || args[0][0] == '-') {
    std::fputs("usage: kinerja audit PUBLIK.JSON\n", stderr);
    return 1;
  }
  const std::string file(args[0]);
  std::string bytes, why;
  if (!read_input(file, bytes, why)) {
    std::fprintf(stderr, "%s: /: %s\n", file.c_str(), why.c_str());
    return 1;
  }
  const PublikParse p = parse_publik(bytes);
  if (!p.ok()) {
    for (const auto& e : p.errors) std::fprintf(stderr, "%s: %s\n", file.c_str(), format_error(e).c_str());
    return 1;
  }
  const LaporanAudit lap = audit_publik(*p.publik, {});
  std::printf("%s: %zu angka diperiksa, %zu kelompok diuji / %zu figures read, %zu groups tried\n", file.c_str(),
              lap.angka_diperiksa, lap.kelompok_diperiksa, lap.angka_diperiksa, lap.kelompok_diperiksa);
  const long long k = static_cast<long long>(p.publik->min_group);
  if (lap.lulus) {
    std::printf("lulus: tidak ada kelompok di bawah %lld orang yang dapat dihitung / passed: no group below %lld "
                "people can be computed\n", k, k);
    return 0;
  }
  std::printf("TIDAK LULUS: ada kelompok di bawah %lld orang yang dapat dihitung, atau angka yang saling bertentangan "
              "/ FAILED: a group below %lld people can be computed, or figures contradict each other\n", k, k);
  return 3;
}

} // namespace kinerja::cli
