// kinerja keys …: a city's keys from the command line (docs/domain.md §20a).
//   keys root -o DIR             a new root key: DIR/kunci-induk.rahasia (the private seed: keep it
//                                offline) and DIR/kunci-kota.json (the public half, placed beside
//                                the site's index.html; its fingerprint is what people compare)
//   keys demo-kota -o FILE        the demo city's kunci-kota.json (the site ships it until a city
//                                places its own)
//   keys register --root FILE --nip NIP --peran pegawai|admin|kiosk [--unit UNIT]
//                 --public-key HEX --from ISO -o OUT
//                                a bundle with one key registration signed by the root key
//   keys revoke --root FILE --key-id ID --from ISO CITY.json -o OUT
//                                a bundle with that registration revoked from ISO, signed again
#include "cli/commands.hpp"
#include "cli/file_io.hpp"

#include <sys/stat.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include "core/base/calendar.hpp"
#include "core/base/crypto.hpp"
#include "core/model/parse.hpp"
#include "core/sync/bundle_io.hpp"
#include "core/sync/merge.hpp"
#include "core/trust/demo_keys.hpp"
#include "core/trust/keys.hpp"
#include "core/trust/kunci_kota.hpp"

namespace kinerja::cli {
namespace {

constexpr const char* kKeysUsage =
    "usage: kinerja keys root [--label NAME] -o DIR\n"
    "       kinerja keys demo-kota -o FILE   (the DEMO city's kunci-kota.json)\n"
    "       kinerja keys register --root FILE --nip NIP --peran pegawai|admin|kiosk [--unit UNIT]\n"
    "                             --public-key HEX --from ISO -o OUT\n"
    "       kinerja keys revoke --root FILE --key-id ID --from ISO CITY.json -o OUT\n";

int fail(const std::string& why) {
  std::fprintf(stderr, "kinerja keys: %s\n%s", why.c_str(), kKeysUsage);
  return 1;
}

// The root's secret key from its seed file (64 hex digits).
std::optional<crypto::KeyPair> root_from(const std::string& path) {
  std::string text;
  if (!read_file_bytes(path, text)) return std::nullopt;
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' ')) text.pop_back();
  const auto seed = crypto::from_hex<32>(text);
  if (!seed) return std::nullopt;
  return crypto::keypair_from_seed(*seed);
}

// One registration version as a bundle the admin imports.
int write_registration(const nlohmann::json& record, const std::string& out) {
  Store s;
  const auto now = std::chrono::duration_cast<std::chrono::milliseconds>(
                       std::chrono::system_clock::now().time_since_epoch()).count();
  const auto r = apply_change(s, trust::kKeys, record, "kinerja-cli", static_cast<std::int64_t>(now), "admin");
  if (!r.ok()) return fail(format_error(r.errors.front()));
  const std::string bytes =
      write_bundle(s, BundleHeader{format_timestamp_ms(static_cast<std::int64_t>(now)), "kinerja-cli", Scope{ScopeKind::bkpsdm, {}}});
  if (!write_file(out, bytes)) return fail("tidak dapat menulis / cannot write " + out);
  return 0;
}

}  // namespace

int cmd_keys(Args args) {
  if (args.empty()) return fail("perintah kurang / missing subcommand");
  const std::string_view sub = args[0];
  if (sub == "-h" || sub == "--help") {
    std::fputs(kKeysUsage, stdout);
    return 0;
  }
  std::map<std::string, std::string, std::less<>> opt;
  std::vector<std::string> files;
  for (std::size_t i = 1; i < args.size(); ++i) {
    if (args[i].substr(0, 1) == "-" && i + 1 < args.size()) {
      opt[std::string(args[i])] = std::string(args[i + 1]);
      ++i;
    } else {
      files.emplace_back(args[i]);
    }
  }
  const auto need = [&](const char* k) -> const std::string* {
    const auto it = opt.find(k);
    return it == opt.end() || it->second.empty() ? nullptr : &it->second;
  };
  if (sub == "root") {
    const std::string* dir = need("-o");
    if (!dir) return fail("-o DIR wajib / is required");
    std::filesystem::create_directories(*dir);
    const crypto::Seed seed = crypto::random_seed();
    const crypto::KeyPair k = crypto::keypair_from_seed(seed);
    const std::string* given = need("--label");
    const std::string label = given != nullptr ? *given : std::string("Pemerintah Kota Samarinda");
    // the secret seed is never readable by others, not even for the instant between writing and chmod
    const mode_t before = ::umask(077);
    const bool seed_written = write_file(*dir + "/kunci-induk.rahasia", crypto::to_hex(seed) + "\n");
    ::umask(before);
    if (!seed_written ||
        !write_file(*dir + "/kunci-kota.json", trust::kunci_kota_json(trust::TrustAnchor{k.public_key, label, false})))
      return fail("tidak dapat menulis / cannot write " + *dir);
    std::filesystem::permissions(*dir + "/kunci-induk.rahasia", std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
    std::printf("kunci induk baru / new root key: %s\n", trust::fingerprint(k.public_key).c_str());
    return 0;
  }
  if (sub == "demo-kota") {
    const std::string* out = need("-o");
    if (!out) return fail("-o FILE wajib / is required");
    if (!write_file(*out, trust::kunci_kota_json(trust::demo_anchor()))) return fail("tidak dapat menulis / cannot write " + *out);
    return 0;
  }
  const std::string* root_path = need("--root");
  const std::string* out = need("-o");
  const std::string* from = need("--from");
  if (!root_path || !out || !from) return fail("--root, --from dan -o wajib / are required");
  const auto root = root_from(*root_path);
  if (!root) return fail(*root_path + ": bukan kunci induk (64 digit heksadesimal) / not a root key seed");
  if (!parse_timestamp_ms(*from)) return fail("--from harus waktu ISO 8601 UTC / must be an ISO 8601 UTC time");
  if (sub == "register") {
    const std::string* nip = need("--nip");
    const std::string* peran_text = need("--peran");
    const std::string* pk_text = need("--public-key");
    if (!nip || !peran_text || !pk_text) return fail("--nip, --peran dan --public-key wajib / are required");
    const auto peran = parse_peran(*peran_text);
    if (!peran || (*peran != Peran::pegawai && *peran != Peran::admin && *peran != Peran::kiosk))
      return fail("--peran: pegawai, admin atau kiosk");
    const auto pk = crypto::from_hex<32>(*pk_text);
    if (!pk) return fail("--public-key: 64 digit heksadesimal / hex digits");
    const std::string unit = need("--unit") ? *need("--unit") : std::string();
    if (*peran == Peran::kiosk && unit.empty()) return fail("--unit wajib untuk kios / is required for a kiosk");
    const std::string id = "key-" + (*peran == Peran::kiosk ? unit : *nip) + "-" + crypto::to_hex(*pk).substr(0, 8);
    return write_registration(trust::make_registration(id, *nip, *peran, unit, *pk, *from, root->secret_key), *out);
  }
  if (sub == "revoke") {
    const std::string* key_id = need("--key-id");
    if (!key_id || files.size() != 1) return fail("--key-id dan satu berkas kota / and one city file are required");
    std::string bytes;
    if (!read_file_bytes(files[0], bytes)) return fail(files[0] + ": tidak dapat dibaca / cannot read");
    const BundleRead br = read_bundle(bytes);
    if (!br.ok()) return fail(files[0] + ": " + format_error(br.errors.front()));
    const nlohmann::json* reg = find_record(br.bundle->store, trust::kKeys, *key_id);
    if (reg == nullptr) return fail(files[0] + ": /data/keys/" + *key_id + " tidak ada / does not exist");
    nlohmann::json own = *reg;
    for (const char* k : {"ver", "hlc", "author", "created", "updated", "deleted"}) own.erase(k);
    Store s = br.bundle->store;  // the new version must follow the city's own
    const auto now = std::chrono::duration_cast<std::chrono::milliseconds>(
                         std::chrono::system_clock::now().time_since_epoch()).count();
    const auto r = apply_change(s, trust::kKeys, trust::revoke_registration(own, *from, root->secret_key), "kinerja-cli",
                                static_cast<std::int64_t>(now), "admin");
    if (!r.ok() || !r.change) return fail(r.errors.empty() ? "tidak berubah / unchanged" : format_error(r.errors.front()));
    Store only;
    only.collections[std::string(trust::kKeys)][*key_id].current = r.change->version;
    const std::string out_bytes =
        write_bundle(only, BundleHeader{format_timestamp_ms(static_cast<std::int64_t>(now)), "kinerja-cli", Scope{ScopeKind::bkpsdm, {}}});
    if (!write_file(*out, out_bytes)) return fail("tidak dapat menulis / cannot write " + *out);
    return 0;
  }
  return fail("perintah tidak dikenal / unknown subcommand: " + std::string(sub));
}

}  // namespace kinerja::cli
