// The city's root key as the site ships it (kunci-kota.json) and BKPSDM's
// signature on publik.json: the public page shows figures only from a file
// whose signature verifies under that key; every way to tamper with the file
// or to sign it without the authority is refused with where and why.
#include "tests/unit/demo_store_fixture.hpp"

#include "core/calc/aggregate.hpp"
#include "core/model/parse.hpp"
#include "core/rules/rules.hpp"
#include "core/sync/bundle_io.hpp"
#include "core/trust/demo_keys.hpp"
#include "core/trust/kunci_kota.hpp"
#include "core/trust/publik_signature.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace kinerja;
using namespace kinerja::trust;
using nlohmann::json;

namespace {

constexpr std::int64_t kNow = 1'795'824'000'000;  // 2026-11-28T00:00:00Z

// The demo city's public figures, as `kinerja aggregate` makes them.
json demo_figures() {
  Store s = test::demo_store(40);
  std::string bytes = write_bundle(s, BundleHeader{"2026-11-28T00:00:00Z", "test", Scope{ScopeKind::bkpsdm, {}}});
  auto parsed = parse_bundle_in_place(bytes);
  REQUIRE(parsed.ok());
  return json::parse(publik_to_json(aggregate_bundle(*parsed.bundle)));
}

// A key registration signed by `root` for `peran`, with its signer.
struct Registered {
  Signer signer;
  json registration;
};
Registered registered(std::string_view who, Peran peran, const crypto::KeyPair& root,
                      std::string_view from = "2020-01-01T00:00:00Z") {
  const crypto::KeyPair k = demo_key(who);
  Registered r;
  r.registration = make_registration(std::string("key-") + std::string(who), who, peran, "", k.public_key, from, root.secret_key);
  r.signer.key = *read_registration(r.registration, TrustAnchor{root.public_key, "", false}).key;
  r.signer.secret = k.secret_key;
  return r;
}

std::string first_pointer(const json& doc, const TrustAnchor& anchor) {
  const auto c = check_publik_signature(doc, anchor);
  return c.error ? c.error->pointer : std::string("ok");
}

}  // namespace

TEST_CASE("kunci-kota.json: written and read back; a wrong fingerprint or key is refused at its field") {
  const TrustAnchor demo = demo_anchor();
  const auto back = read_kunci_kota(kunci_kota_json(demo));
  REQUIRE(back.anchor);
  CHECK(back.anchor->root == demo.root);
  CHECK(back.anchor->demo);
  CHECK(back.anchor->label == demo.label);

  json j = json::parse(kunci_kota_json(demo));
  j["fingerprint"] = "0000 0000 0000 0000 0000 0000 0000 0000";
  auto bad = read_kunci_kota(j.dump());
  REQUIRE(bad.error);
  CHECK(bad.error->pointer == "/fingerprint");
  j = json::parse(kunci_kota_json(demo));
  j["public_key"] = "zz";
  CHECK(read_kunci_kota(j.dump()).error->pointer == "/public_key");
  j = json::parse(kunci_kota_json(demo));
  j["format"] = "kinerja-samarinda/publik";
  CHECK(read_kunci_kota(j.dump()).error->pointer == "/format");
  CHECK(read_kunci_kota("{").error->pointer == "/");
  // another key with its own matching fingerprint reads fine, as that key
  const crypto::KeyPair other = crypto::keypair_from_seed(crypto::Seed{7});
  const auto city = read_kunci_kota(kunci_kota_json(TrustAnchor{other.public_key, "Pemerintah Kota Samarinda", false}));
  REQUIRE(city.anchor);
  CHECK_FALSE(city.anchor->demo);
  CHECK(city.anchor->root == other.public_key);
}

TEST_CASE("publik.json signed by a BKPSDM admin verifies, and says who and when") {
  const crypto::KeyPair root = demo_root();
  const auto admin = registered("bkpsdm-1", Peran::admin, root);
  const json doc = sign_publik(demo_figures(), admin.signer, admin.registration, kNow);
  const auto c = check_publik_signature(doc, demo_anchor());
  CHECK(c.ok());
  CHECK(c.signer == "bkpsdm-1");
  CHECK(c.signed_at == "2026-11-28T00:00:00Z");
  // a JSON tool that re-spells numbers (100.0 → 100) or re-indents changes nothing
  const auto r = read_signed_publik(doc.dump(4), demo_anchor());
  CHECK(r.ok());
  CHECK(r.figures->periods.size() == json::parse(doc.dump())["periods"].size());
}

TEST_CASE("publik.json: every tampering and every signer without the authority is refused") {
  const crypto::KeyPair root = demo_root();
  const TrustAnchor anchor = demo_anchor();
  const auto admin = registered("bkpsdm-1", Peran::admin, root);
  const json good = sign_publik(demo_figures(), admin.signer, admin.registration, kNow);
  REQUIRE(first_pointer(good, anchor) == "ok");

  SUBCASE("unsigned") {
    json doc = good;
    doc.erase("tanda_tangan");
    CHECK(first_pointer(doc, anchor) == "/tanda_tangan");
    CHECK_FALSE(read_signed_publik(doc.dump(), anchor).ok());
  }
  SUBCASE("a figure changed after signing") {
    json doc = good;
    doc["min_group"] = 1;
    CHECK(first_pointer(doc, anchor) == "/tanda_tangan/signature");
    const auto r = read_signed_publik(doc.dump(), anchor);
    CHECK_FALSE(r.ok());
    CHECK_FALSE(r.figures.has_value());
  }
  SUBCASE("the signing time moved") {
    json doc = good;
    doc["tanda_tangan"]["signed"] = "2026-11-29T00:00:00Z";
    CHECK(first_pointer(doc, anchor) == "/tanda_tangan/signature");
  }
  SUBCASE("a registration not signed by the city's root key") {
    const crypto::KeyPair fake_root = crypto::keypair_from_seed(crypto::Seed{9});
    const auto forged = registered("bkpsdm-1", Peran::admin, fake_root);
    const json doc = sign_publik(demo_figures(), forged.signer, forged.registration, kNow);
    CHECK(first_pointer(doc, anchor) == "/tanda_tangan/registration/root_signature");
  }
  SUBCASE("a registered employee who is not an admin") {
    const auto employee = registered("198001012005011001", Peran::pegawai, root);
    const json doc = sign_publik(demo_figures(), employee.signer, employee.registration, kNow);
    CHECK(first_pointer(doc, anchor) == "/tanda_tangan/registration/peran");
  }
  SUBCASE("a revoked admin key, after its revocation") {
    json reg = revoke_registration(admin.registration, "2026-11-01T00:00:00Z", root.secret_key);
    const json doc = sign_publik(demo_figures(), admin.signer, reg, kNow);
    CHECK(first_pointer(doc, anchor) == "/tanda_tangan/signed");
    // what it signed before the revocation stays valid
    const json before = sign_publik(demo_figures(), admin.signer, reg, kNow - 60LL * 86'400'000);
    CHECK(first_pointer(before, anchor) == "ok");
  }
  SUBCASE("another key's signature under a registration") {
    const auto other = registered("bkpsdm-2", Peran::admin, root);
    json doc = good;
    doc["tanda_tangan"]["registration"] = other.registration;
    CHECK(first_pointer(doc, anchor) == "/tanda_tangan/key_id");
  }
  SUBCASE("a city that trusts another root key") {
    const crypto::KeyPair city = crypto::keypair_from_seed(crypto::Seed{3});
    CHECK(first_pointer(good, TrustAnchor{city.public_key, "", false}) == "/tanda_tangan/registration/root_signature");
  }
}
