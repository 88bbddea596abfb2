// kinerja verify FILE…: checks that every record in each bundle is signed by
// its author, with a key the city's root key registered and valid at the
// time, and that every part of it is signed by someone the kewenangan rules
// allow to write it (core/trust). Problems are listed per record with the
// record's JSON pointer; exit 1 when there is any, 0 when all verify.
// A publik.json is checked for BKPSDM's signature over its figures instead.
#include "cli/commands.hpp"
#include "cli/file_io.hpp"
#include "cli/root_key.hpp"

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
#include "core/trust/publik_signature.hpp"
#include "core/trust/verify.hpp"

namespace kinerja::cli {
namespace {

constexpr const char* kVerifyUsage =
    "usage: kinerja verify [--root-key HEX|kunci-kota.json] FILE...\n"
    "  --root-key   the city's root public key (64 hex digits, or its kunci-kota.json); without it,\n"
    "               the demo city's. FILE: a bundle, or a publik.json (its BKPSDM signature)\n";

// A publik.json's signature, as the public page checks it.
std::size_t verify_publik_file(const std::string& f, const std::string& bytes, const trust::TrustAnchor& anchor) {
  const auto r = trust::read_signed_publik(bytes, anchor);
  if (!r.ok()) {
    std::fprintf(stderr, "%s: %s\n", f.c_str(), format_error(*r.error).c_str());
    return 1;
  }
  std::printf("%s: ditandatangani %s pada %s / signed by %s at %s\n", f.c_str(), r.signature.signer.c_str(),
              r.signature.signed_at.c_str(), r.signature.signer.c_str(), r.signature.signed_at.c_str());
  return 0;
}

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
      std::string why = "--root-key: 64 digit heksadesimal atau berkas kunci-kota.json / 64 hex digits or a kunci-kota.json file";
      const auto key = i + 1 < args.size() ? root_key_arg(args[i + 1], why) : std::nullopt;
      if (!key) {
        std::fprintf(stderr, "kinerja verify: %s\n", why.c_str());
        return 1;
      }
      anchor = *key;
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
    std::string bytes, why;
    if (!read_input(f, bytes, why)) {
      std::fprintf(stderr, "%s: /: %s\n", f.c_str(), why.c_str());
      ++problems;
      continue;
    }
    if (bytes.find("\"kinerja-samarinda/publik\"") != std::string::npos &&
        nlohmann::json::parse(bytes, nullptr, false).value("format", "") == kPublikFormat) {
      problems += verify_publik_file(f, bytes, anchor);
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
