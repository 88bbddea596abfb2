// kinerja sign --demo FILE -o OUT: signs every record of a bundle by its
// author with the demo city's keys (core/trust/demo_keys), as the demo app
// does when a person saves; a publik.json is signed by the demo BKPSDM admin. For tests and demonstrations only: the demo keys
// come from public phrases, and only the demo's root key trusts them.
#include "cli/commands.hpp"
#include "cli/file_io.hpp"

#include <cstdio>
#include <fstream>
#include <string>

#include "core/base/calendar.hpp"
#include "core/model/parse.hpp"
#include "core/rules/rules.hpp"
#include "core/sync/bundle_io.hpp"
#include "core/trust/demo_keys.hpp"
#include "core/trust/gate.hpp"
#include "core/trust/publik_signature.hpp"

namespace kinerja::cli {
namespace {
constexpr const char* kSignUsage = "usage: kinerja sign --demo FILE -o OUT   (signs with the DEMO keys only)\n";
}  // namespace

int cmd_sign(Args args) {
  bool demo = false;
  std::string in, out;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--demo") demo = true;
    else if ((args[i] == "-o" || args[i] == "--output") && i + 1 < args.size()) out = std::string(args[++i]);
    else if (args[i] == "-h" || args[i] == "--help") {
      std::fputs(kSignUsage, stdout);
      return 0;
    } else in = std::string(args[i]);
  }
  if (!demo || in.empty() || out.empty()) {
    std::fputs(kSignUsage, stderr);
    return 1;
  }
  std::string bytes, why;
  if (!read_input(in, bytes, why)) {
    std::fprintf(stderr, "%s: /: %s\n", in.c_str(), why.c_str());
    return 1;
  }
  if (const auto doc = nlohmann::json::parse(bytes, nullptr, false);
      doc.is_object() && doc.value("format", "") == kPublikFormat) {
    const trust::Signer admin = trust::demo_signer("admin");
    const auto at = parse_timestamp_ms(doc.value("created", "")).value_or(0);
    if (!write_file(out, trust::sign_publik(doc, admin, trust::demo_registration(admin), at).dump(1) + "\n")) {
      std::fprintf(stderr, "kinerja sign: tidak dapat menulis / cannot write %s\n", out.c_str());
      return 1;
    }
    return 0;
  }
  BundleRead br = read_bundle(bytes);
  if (!br.ok()) {
    for (const auto& e : br.errors) std::fprintf(stderr, "%s: %s\n", in.c_str(), format_error(e).c_str());
    return 1;
  }
  Store& store = br.bundle->store;
  std::vector<Change> written;
  for (const auto& [collection, records] : store.collections) {
    if (collection == trust::kKeys || collection == trust::kSignatures) continue;
    for (const auto& [id, entry] : records) written.push_back(Change{collection, entry.current});
  }
  const auto now = parse_timestamp_ms(br.bundle->header.created).value_or(0);
  const auto signer = [](std::string_view author, std::string_view unit) -> std::optional<trust::Signer> {
    if (author.empty() || author == "system") return std::nullopt;
    return trust::demo_signer(author, unit);
  };
  trust::sign_saved(store, written, default_rules().kewenangan, signer, "kinerja-cli", now);
  const std::string result = write_bundle(store, br.bundle->header);
  if (!write_file(out, result)) {
    std::fprintf(stderr, "kinerja sign: tidak dapat menulis / cannot write %s\n", out.c_str());
    return 1;
  }
  return 0;
}

}  // namespace kinerja::cli
