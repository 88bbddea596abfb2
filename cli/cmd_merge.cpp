// kinerja merge FILE… -o OUT: merges bundles with the same core code the web
// app's import uses (read_bundle, merge_store, write_bundle), so the CLI obeys
// the same laws: idempotent, order-independent, conflicts kept, tombstones
// kept, locked periods refuse changes (join_sources, docs/sync.md). Any unreadable or invalid file stops
// everything before OUT is touched; OUT is written to a temporary file and
// renamed, so it is either the old file or the complete new one.
#include "cli/commands.hpp"
#include "cli/root_key.hpp"
#include "cli/file_io.hpp"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/sync/bundle_io.hpp"
#include "core/sync/merge.hpp"
#include "core/sync/store.hpp"
#include "core/rules/rules.hpp"
#include "core/trust/demo_keys.hpp"
#include "core/trust/gate.hpp"

namespace kinerja::cli {
namespace {

constexpr const char* kMergeUsage =
    "usage: kinerja merge [--root-key HEX|kunci-kota.json] FILE... -o OUT   (OUT may be - for standard output;\n"
    "       --root-key: the city's root public key, 64 hex digits or its kunci-kota.json; without it, the demo city's;\n"
    "       FILEs may be .json or .json.gz; an OUT ending in .gz is written gzip-compressed)\n";

}  // namespace

int cmd_merge(Args args) {
  std::vector<std::string> files;
  std::string out_path;
  trust::TrustAnchor anchor = trust::demo_anchor();
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--root-key") {
      std::string why = "--root-key";
      const auto key = i + 1 < args.size() ? root_key_arg(args[i + 1], why) : std::nullopt;
      if (!key) {
        std::fprintf(stderr, "kinerja merge: %s\n%s", why.c_str(), kMergeUsage);
        return 1;
      }
      anchor = *key;
      ++i;
    } else if (args[i] == "-o" || args[i] == "--output") {
      if (i + 1 >= args.size()) {
        std::fputs(kMergeUsage, stderr);
        return 1;
      }
      out_path = std::string(args[++i]);
    } else if (args[i] == "-h" || args[i] == "--help") {
      std::fputs(kMergeUsage, stdout);
      return 0;
    } else {
      files.emplace_back(args[i]);
    }
  }
  if (files.empty() || out_path.empty()) {
    std::fputs(kMergeUsage, stderr);
    return 1;
  }

  // Read and check every file first: nothing is merged unless all are good.
  std::vector<LoadedBundle> bundles;
  bool bad = false;
  for (const auto& f : files) {
    std::string bytes, why;
    if (!read_input(f, bytes, why)) {
      std::fprintf(stderr, "%s: /: %s\n", f.c_str(), why.c_str());
      bad = true;
      continue;
    }
    BundleRead br = read_bundle(bytes);
    if (!br.ok()) {
      for (const auto& e : br.errors) std::fprintf(stderr, "%s: %s\n", f.c_str(), format_error(e).c_str());
      bad = true;
      continue;
    }
    bundles.push_back(std::move(*br.bundle));
  }
  if (bad) return 1;
  // Every file's records pass the same signature and authority check as a
  // browser import (core/trust), each file on its own before the join.
  const auto gate = trust::import_gate(anchor, default_rules().kewenangan);
  std::size_t refused = 0;
  for (std::size_t i = 0; i < bundles.size(); ++i)
    for (const auto& rec : gate(Store{}, bundles[i].store)) {
      std::fprintf(stderr, "%s: /data/%s/%s: %s / %s\n", files[i].c_str(), rec.collection.c_str(), rec.id.c_str(),
                   rec.message_id.c_str(), rec.message_en.c_str());
      ++refused;
    }

  // join_sources, not a fold of merges: the result depends on the set of
  // files only, even when one of them locks a period another one changes.
  std::vector<const Store*> sources;
  for (const auto& b : bundles) sources.push_back(&b.store);
  JoinResult joined = join_sources(sources);
  const Store& store = joined.store;
  for (const auto& rec : joined.rejected)
    std::fprintf(stderr, "%s: /%s/%s: %s / %s\n", files[rec.source].c_str(), rec.collection.c_str(), rec.id.c_str(),
                 rec.message_id.c_str(), rec.message_en.c_str());
  const std::size_t rejected = joined.rejected.size() + refused;

  BundleHeader h;
  const auto now = std::chrono::duration_cast<std::chrono::milliseconds>(
                       std::chrono::system_clock::now().time_since_epoch()).count();
  h.created = format_iso_ms(static_cast<std::int64_t>(now));
  h.origin = "kinerja-cli";
  h.scope = Scope{ScopeKind::bkpsdm, {}};
  const std::string bytes = write_bundle(store, h);
  if (out_path == "-") {
    std::fwrite(bytes.data(), 1, bytes.size(), stdout);
  } else if (!write_output(out_path, bytes)) {
    std::fprintf(stderr, "%s: /: berkas tidak dapat ditulis / cannot write the file\n", out_path.c_str());
    return 1;
  }
  std::fprintf(stderr, "%zu berkas digabung / files merged: %zu rekaman / records, %zu konflik / conflicts, %zu ditolak / refused\n",
               files.size(), record_count(store), list_conflicts(store).size(), rejected);
  return 0;
}

}  // namespace kinerja::cli
