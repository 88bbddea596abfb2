// `kinerja aggregate FILE [--min-group K] [--indent N] [--sign-key SEED | --sign-demo]`:
// the public aggregates document (core/model/publik.hpp) of a bundle on
// stdout, after small-group suppression with k = K (default 5). This is what
// publik.json holds. With --sign-key (a BKPSDM admin's 64-hex-digit seed,
// whose registration the bundle holds) or --sign-demo (the demo admin), it is
// signed as the public page requires (core/trust/publik_signature).
#include "cli/commands.hpp"
#include "cli/file_io.hpp"
#include "core/base/calendar.hpp"
#include "core/calc/aggregate.hpp"
#include "core/model/parse.hpp"
#include "core/sync/bundle_io.hpp"
#include "core/trust/demo_keys.hpp"
#include "core/trust/publik_signature.hpp"

#include <charconv>
#include <cstdio>
#include <string>

namespace kinerja::cli {
namespace {

bool parse_int(std::string_view s, std::int64_t& out) {
  const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && ptr == s.data() + s.size();
}

constexpr const char* kUsage =
    "usage: kinerja aggregate FILE [--min-group K] [--indent N] [--sign-key SEED_FILE | --sign-demo]\n";

struct PublikSigner {
  trust::Signer signer;
  nlohmann::json registration;
};

// The admin key that signs and its registration in the bundle (matched by
// public key; the public page checks the root's signature on it).
std::optional<PublikSigner> publik_signer(const std::string& file_bytes, const std::string& seed_file, bool demo,
                                          std::string& why) {
  if (demo) {
    const trust::Signer admin = trust::demo_signer("admin");
    return PublikSigner{admin, trust::demo_registration(admin)};
  }
  crypto::KeyPair kp;
  {
    std::string text;
    if (!read_file_bytes(seed_file, text)) {
      why = seed_file + ": tidak dapat dibaca / cannot read";
      return std::nullopt;
    }
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' ')) text.pop_back();
    const auto seed = crypto::from_hex<32>(text);
    if (!seed) {
      why = seed_file + ": bukan kunci (64 digit heksadesimal) / not a key seed";
      return std::nullopt;
    }
    kp = crypto::keypair_from_seed(*seed);
  }
  const BundleRead br = read_bundle(file_bytes);
  const std::string pk = crypto::to_hex(kp.public_key);
  if (br.ok())
    if (const auto keys = br.bundle->store.collections.find(trust::kKeys); keys != br.bundle->store.collections.end())
      for (const auto& [id, entry] : keys->second) {
        const auto& r = entry.current;
        if (r.value("public_key", "") != pk || r.value("peran", "") != "admin" || r.contains("revoked")) continue;
        trust::Signer s;
        s.key.id = id;
        s.key.nip = r.value("nip", "");
        s.key.peran = Peran::admin;
        s.key.public_key = kp.public_key;
        s.secret = kp.secret_key;
        return PublikSigner{s, r};
      }
  why = "kunci ini tidak terdaftar sebagai admin BKPSDM di berkas ini / this key is not registered as a BKPSDM admin in the file";
  return std::nullopt;
}

// The audit's result on stderr: one line for the record, then each figure it
// hid on top of the first suppression, with the reason.
void print_audit(const LaporanAudit& l, std::int64_t k) {
  std::fprintf(stderr,
               "audit: %zu angka diperiksa, %zu kelompok diuji, %s / %zu figures read, %zu groups tried, %s\n",
               l.angka_diperiksa, l.kelompok_diperiksa,
               l.lulus ? ("tidak ada kelompok di bawah " + std::to_string(k) + " orang yang dapat dihitung").c_str()
                       : "TIDAK LULUS",
               l.angka_diperiksa, l.kelompok_diperiksa,
               l.lulus ? ("no group below " + std::to_string(k) + " people can be computed").c_str() : "FAILED");
  std::fprintf(stderr, "disembunyikan / hidden: %zu < %lld orang, %zu pelengkap / complementary, %zu oleh audit / by the audit\n",
               l.primer, static_cast<long long>(k), l.pelengkap, l.disembunyikan.size());
  for (const auto& h : l.disembunyikan)
    std::fprintf(stderr, "  %s %s %s: %s\n", h.period_id.c_str(), h.unit_id.empty() ? "(kota)" : h.unit_id.c_str(),
                 h.angka.c_str(), h.alasan_id.c_str());
}

} // namespace

int cmd_aggregate(Args args) {
  std::string file;
  OpsiAgregat opsi;
  std::int64_t indent = -1;
  std::string sign_key;
  bool sign_demo = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string_view a = args[i];
    if (a == "-h" || a == "--help") {
      std::fputs(kUsage, stdout);
      return 0;
    }
    if (a == "--sign-demo") {
      sign_demo = true;
    } else if (a == "--sign-key" && i + 1 < args.size()) {
      sign_key = std::string(args[++i]);
    } else if (a == "--min-group" || a == "--indent") {
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
  ParseResult parsed = read_bundle_input(file);
  if (!parsed.ok()) {
    for (const auto& e : parsed.errors) std::fprintf(stderr, "%s: %s\n", file.c_str(), format_error(e).c_str());
    return 1;
  }
  LaporanAudit laporan;
  const Publik d = aggregate_bundle(*parsed.bundle, default_rules(), opsi, &laporan);
  print_audit(laporan, opsi.min_group);
  if (!laporan.lulus) {
    std::fputs("kinerja aggregate: audit tidak lulus; tidak ada yang diterbitkan / the audit failed; nothing published\n",
               stderr);
    return 1;
  }
  std::string out = publik_to_json(d, static_cast<int>(indent));
  if (sign_demo || !sign_key.empty()) {
    std::string bytes, why;
    read_input(file, bytes, why);
    const auto signer = publik_signer(bytes, sign_key, sign_demo, why);
    if (!signer) {
      std::fprintf(stderr, "kinerja aggregate: %s\n", why.c_str());
      return 1;
    }
    // signed at the snapshot's own time, so the same data gives the same file
    const std::int64_t at = parse_timestamp_ms(d.created).value_or(0);
    out = trust::sign_publik(nlohmann::json::parse(out), signer->signer, signer->registration, at)
              .dump(static_cast<int>(indent));
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::fputc('\n', stdout);
  return 0;
}

} // namespace kinerja::cli
