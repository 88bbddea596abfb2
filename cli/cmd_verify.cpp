// kinerja verify FILE…: checks that every record in each bundle is signed by
// its author, with a key the city's root key registered and valid at the
// time, and that every part of it is signed by someone the kewenangan rules
// allow to write it (core/trust). Problems are listed per record with the
// record's JSON pointer; exit 1 when there is any, 0 when all verify.
#include "cli/commands.hpp"

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "core/base/crypto.hpp"
#include "core/model/model.hpp"
#include "core/model/parse.hpp"
#include "core/rules/rules.hpp"
#include "core/sync/bundle_io.hpp"
#include "core/trust/demo_keys.hpp"
#include "core/trust/verify.hpp"

namespace kinerja::cli {
namespace {

constexpr const char* kVerifyUsage =
    "usage: kinerja verify [--root-key HEX] FILE...\n"
    "  --root-key HEX   the city's root public key (64 hex digits); without it, the demo city's\n";

}  // namespace

int cmd_verify(Args args) {
  trust::TrustAnchor anchor = trust::demo_anchor();
  std::vector<std::string> files;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "-h" || args[i] == "--help") {
      std::fputs(kVerifyUsage, stdout);
      return 0;
    }
    if (args[i] == "--root-key") {
      const auto key = i + 1 < args.size() ? crypto::from_hex<32>(args[i + 1]) : std::nullopt;
      if (!key) {
        std::fputs("kinerja verify: --root-key needs 64 hex digits / butuh 64 digit heksadesimal\n", stderr);
        return 1;
      }
      anchor = trust::TrustAnchor{*key, "root key given on the command line", false};
      ++i;
      continue;
    }
    files.emplace_back(args[i]);
  }
  if (files.empty()) {
    std::fputs(kVerifyUsage, stderr);
    return 1;
  }
  std::size_t problems = 0, checked = 0;
  for (const auto& f : files) {
    std::string bytes;
    if (!read_file_bytes(f, bytes)) {
      std::fprintf(stderr, "%s: /: berkas tidak dapat dibaca / cannot read the file\n", f.c_str());
      ++problems;
      continue;
    }
    BundleRead br = read_bundle(bytes);
    if (!br.ok()) {
      for (const auto& e : br.errors) std::fprintf(stderr, "%s: %s\n", f.c_str(), format_error(e).c_str());
      ++problems;
      continue;
    }
    const trust::TrustReport r = trust::verify_store(br.bundle->store, anchor, default_rules().kewenangan);
    checked += r.checked;
    for (const auto& p : r.refused)
      std::fprintf(stderr, "%s: /data/%s/%s: %s / %s\n", f.c_str(), json_pointer_token(p.collection).c_str(),
                   json_pointer_token(p.id).c_str(), p.message_id.c_str(), p.message_en.c_str());
    problems += r.refused.size();
  }
  std::printf("%zu data diperiksa, %zu bermasalah (kunci induk: %s%s) / %zu records checked, %zu with problems\n",
              checked, problems, trust::fingerprint(anchor.root).c_str(), anchor.demo ? ", DEMO" : "", checked,
              problems);
  return problems == 0 ? 0 : 1;
}

}  // namespace kinerja::cli
