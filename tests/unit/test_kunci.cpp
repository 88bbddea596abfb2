// "Kunci saya": a person's device makes a key, asks BKPSDM with a request
// file that proves it holds the key, BKPSDM approves with the city's root key
// (revoking the person's earlier keys), and from then on that person's saves
// are signed by their own key — including a key the browser keeps outside
// the app (WebCrypto), whose signatures arrive later.
#include "tests/unit/demo_store_fixture.hpp"

#include "core/base/calendar.hpp"
#include "core/rules/rules.hpp"
#include "core/sync/merge.hpp"
#include "core/trust/demo_keys.hpp"
#include "core/trust/gate.hpp"
#include "core/trust/key_request.hpp"
#include "core/trust/verify.hpp"
#include "core/workflow/kunci.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace kinerja;
using namespace kinerja::trust;
using nlohmann::json;

namespace {

constexpr std::int64_t kNow = 1'795'824'000'000;  // 2026-11-28T00:00:00Z
const RulesKewenangan& rules() { return default_rules().kewenangan; }
Store signed_demo() { return test::signed_demo_store(30, kNow - 86'400'000); }

std::string some_nip(const Store& s) {
  return s.collections.at("employees").begin()->second.current.value("nip", "");
}

// A request as a device makes it: the fields, then the proof by the new key.
json request_file(const std::string& nip, const crypto::KeyPair& k, Peran peran = Peran::pegawai) {
  KeyRequest r{nip, "Nama Pegawai", peran, "", k.public_key, "HP pribadi", "2026-11-27T09:00:00Z"};
  json j = key_request_unsigned(r);
  j["proof"] = crypto::to_hex(crypto::sign(key_request_payload(j), k.secret_key));
  return j;
}

std::string pointer_of(const json& file) {
  const auto r = read_key_request(file.dump());
  return r.error ? r.error->pointer : std::string("ok");
}

void apply_all(Store& s, const OperationResult& r) {
  for (const auto& c : r.changes) REQUIRE(apply_change(s, c.collection, c.record, "dev-admin", kNow, "admin").ok());
}

}  // namespace

TEST_CASE("a key request proves its sender holds the key; every change to it is refused at its field") {
  const Store s = signed_demo();
  const crypto::KeyPair k = crypto::keypair_from_seed(crypto::Seed{11});
  const json good = request_file(some_nip(s), k);
  CHECK(is_key_request(good.dump()));
  CHECK_FALSE(is_key_request(R"({"format":"kinerja-samarinda/bundle"})"));
  const auto read = read_key_request(good.dump());
  REQUIRE(read.request);
  CHECK(read.request->public_key == k.public_key);
  CHECK(read.request->nip == some_nip(s));

  json other_nip = good;
  other_nip["nip"] = "199001012015031002";
  CHECK(pointer_of(other_nip) == "/proof");  // someone else's NIP on my key: the proof no longer fits
  json other_key = good;
  other_key["public_key"] = crypto::to_hex(crypto::keypair_from_seed(crypto::Seed{12}).public_key);
  CHECK(pointer_of(other_key) == "/proof");  // my NIP with someone else's key: no proof of holding it
  json bad_nip = good;
  bad_nip["nip"] = "12";
  CHECK(pointer_of(bad_nip) == "/nip");
  json no_name = good;
  no_name["name"] = "";
  CHECK(pointer_of(no_name) == "/name");
  json kiosk = good;
  kiosk["peran"] = "kiosk";
  CHECK(pointer_of(kiosk) == "/unit_id");  // a kiosk names its unit
  json boss = good;
  boss["peran"] = "pimpinan";
  CHECK(pointer_of(boss) == "/peran");
  CHECK(read_key_request("[1]").error->pointer == "/");
}

TEST_CASE("approving a request registers the key under the root key and revokes the person's earlier keys") {
  Store s = signed_demo();
  const std::string nip = some_nip(s);
  const crypto::KeyPair k = crypto::keypair_from_seed(crypto::Seed{21});
  const auto req = *read_key_request(request_file(nip, k).dump()).request;
  const auto r = setujui_permintaan_kunci(s, req, demo_root(), demo_anchor(), kNow);
  REQUIRE(r.ok());
  // the new registration, and the demo key of the same NIP revoked
  REQUIRE(r.changes.size() == 2);
  CHECK(r.changes[0].record.value("id", "") == demo_key_id(nip));
  CHECK(r.changes[0].record.value("revoked", "") == "2026-11-28T00:00:00Z");
  CHECK(r.changes[1].record.value("id", "") == key_id_for(req));
  apply_all(s, r);
  const auto reg = read_registration(*find_record(s, kKeys, key_id_for(req)), demo_anchor());
  REQUIRE(reg.key);
  CHECK(reg.key->public_key == k.public_key);
  CHECK(reg.key->valid_at(kNow));
  // the store still verifies: what the old key signed before its revocation stays valid
  CHECK(verify_store(s, demo_anchor(), rules()).refused.empty());

  SUBCASE("the same key twice is refused") {
    const auto again = setujui_permintaan_kunci(s, req, demo_root(), demo_anchor(), kNow + 1000);
    REQUIRE_FALSE(again.ok());
    CHECK(again.errors.front().pointer == "/public_key");
  }
  SUBCASE("revoking it") {
    const auto c = cabut_kunci(s, key_id_for(req), demo_root(), demo_anchor(), kNow + 60'000);
    REQUIRE(c.ok());
    apply_all(s, c);
    CHECK_FALSE(read_registration(*find_record(s, kKeys, key_id_for(req)), demo_anchor()).key->valid_at(kNow + 120'000));
    const auto twice = cabut_kunci(s, key_id_for(req), demo_root(), demo_anchor(), kNow + 180'000);
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.errors.front().pointer == "/data/keys/" + key_id_for(req) + "/revoked");
  }
}

TEST_CASE("a request is refused for an unknown NIP, and approval needs this city's root key") {
  const Store s = signed_demo();
  const crypto::KeyPair k = crypto::keypair_from_seed(crypto::Seed{31});
  const auto stranger = *read_key_request(request_file("199912312020121001", k).dump()).request;
  const auto r = setujui_permintaan_kunci(s, stranger, demo_root(), demo_anchor(), kNow);
  REQUIRE_FALSE(r.ok());
  CHECK(r.errors.front().pointer == "/nip");
  CHECK(r.changes.empty());
  const auto req = *read_key_request(request_file(some_nip(s), k).dump()).request;
  const crypto::KeyPair other_root = crypto::keypair_from_seed(crypto::Seed{32});
  const auto wrong = setujui_permintaan_kunci(s, req, other_root, demo_anchor(), kNow);
  REQUIRE_FALSE(wrong.ok());
  CHECK(wrong.errors.front().pointer == "/root");
  // an admin key needs no employee record
  const auto admin = *read_key_request(request_file("bkpsdm-siti", k, Peran::admin).dump()).request;
  CHECK(setujui_permintaan_kunci(s, admin, demo_root(), demo_anchor(), kNow).ok());
}

TEST_CASE("a kiosk's key is registered for its service unit, and only for a service unit") {
  Store s = signed_demo();
  std::string service, office;
  for (const auto& [id, u] : s.collections.at("units"))
    (u.current.value("is_service_unit", false) ? service : office) = id;
  REQUIRE(!service.empty());
  REQUIRE(!office.empty());
  const crypto::KeyPair k = crypto::keypair_from_seed(crypto::Seed{51});
  const auto kiosk_request = [&](const std::string& unit) {
    KeyRequest r{unit, "Kios " + unit, Peran::kiosk, unit, k.public_key, "Tablet loket", "2026-11-27T09:00:00Z"};
    json j = key_request_unsigned(r);
    j["proof"] = crypto::to_hex(crypto::sign(key_request_payload(j), k.secret_key));
    return *read_key_request(j.dump()).request;
  };
  const auto refused_office = setujui_permintaan_kunci(s, kiosk_request(office), demo_root(), demo_anchor(), kNow);
  REQUIRE_FALSE(refused_office.ok());
  CHECK(refused_office.errors.front().pointer == "/unit_id");
  const auto r = setujui_permintaan_kunci(s, kiosk_request(service), demo_root(), demo_anchor(), kNow);
  REQUIRE(r.ok());
  apply_all(s, r);
  const auto reg = read_registration(*find_record(s, kKeys, key_id_for(kiosk_request(service))), demo_anchor());
  REQUIRE(reg.key);
  CHECK(reg.key->peran == Peran::kiosk);
  CHECK(reg.key->unit_id == service);
  CHECK(reg.key->author() == "kiosk");
}

TEST_CASE("a key held outside the app signs later: the pending signature is added once it verifies") {
  Store s = signed_demo();
  const std::string nip = some_nip(s);
  const crypto::KeyPair k = crypto::keypair_from_seed(crypto::Seed{41});
  const auto req = *read_key_request(request_file(nip, k).dump()).request;
  apply_all(s, setujui_permintaan_kunci(s, req, demo_root(), demo_anchor(), kNow));
  Signer mine;
  mine.key = *read_registration(*find_record(s, kKeys, key_id_for(req)), demo_anchor()).key;
  mine.external = true;
  const SignerFor signer_for = [&](std::string_view author, std::string_view) -> std::optional<Signer> {
    if (author == nip) return mine;
    return std::nullopt;
  };
  // the employee edits their own record (their name, as a stand-in for any own write)
  json employee;
  for (const auto& [id, e] : s.collections.at("employees"))
    if (e.current.value("nip", "") == nip) employee = e.current;
  employee["name"] = "Nama Baru";
  const auto written = apply_change(s, "employees", employee, "dev-hp", kNow + 1000, nip);
  REQUIRE(written.change);
  // held outside: sign_saved leaves it, signatures_to_make asks for it
  CHECK(sign_saved(s, {*written.change}, rules(), signer_for, "dev-hp", kNow + 1000).empty());
  auto pending = signatures_to_make(s, {*written.change}, rules(), signer_for, kNow + 1000);
  REQUIRE(pending.size() == 1);
  CHECK(pending[0].record.value("key_id", "") == key_id_for(req));
  CHECK_FALSE(pending[0].record.contains("signature"));
  // a signature by another key is not added
  const crypto::KeyPair stranger = crypto::keypair_from_seed(crypto::Seed{42});
  CHECK_FALSE(add_signature(s, pending[0], crypto::sign(pending[0].payload, stranger.secret_key), "dev-hp", kNow + 1001));
  // the holder's signature is
  const auto added = add_signature(s, pending[0], crypto::sign(pending[0].payload, k.secret_key), "dev-hp", kNow + 1001);
  REQUIRE(added);
  CHECK(added->collection == kSignatures);
  CHECK(find_record(s, kSignatures, pending[0].record.value("id", "")) != nullptr);
}
