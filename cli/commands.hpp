// One function per `kinerja` subcommand, each in its own cli/cmd_<name>.cpp.
// Each takes the arguments after the subcommand name and returns the exit code:
// 0 ok, 1 bad input or usage (a clear message on stderr), 3 a check that found
// a violation (e.g. `calc kurva`).
#pragma once
#include <span>
#include <string_view>

namespace kinerja::cli {

using Args = std::span<const std::string_view>;

int cmd_validate(Args);
int cmd_score(Args);
int cmd_aggregate(Args);
int cmd_audit(Args);
int cmd_demo(Args);
int cmd_calc(Args);
int cmd_merge(Args);
int cmd_verify(Args);
int cmd_sign(Args);
int cmd_keys(Args);

} // namespace kinerja::cli
