// Who wrote what (core/trust): key registrations signed by the city's root
// key, signatures over record versions and their parts, and the kewenangan
// rules. Every forgery a file holder could try is refused with its reason,
// and the store is left as it was.
#include "tests/unit/demo_store_fixture.hpp"

#include "core/base/calendar.hpp"
#include "core/rules/rules.hpp"
#include "core/sync/bundle_io.hpp"
#include "core/sync/merge.hpp"
#include "core/trust/demo_keys.hpp"
#include "core/trust/keys.hpp"
#include "core/trust/parts.hpp"
#include "core/trust/roles.hpp"
#include "core/trust/signatures.hpp"
#include "core/trust/verify.hpp"
#include "core/view/city_view.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace kinerja;
using namespace kinerja::trust;
using nlohmann::json;

namespace {

constexpr std::int64_t kNow = 1'795'824'000'000;  // 2026-11-28T00:00:00Z
const RulesKewenangan& rules() { return default_rules().kewenangan; }

Store signed_demo(int employees = 40) {
  Store s = test::demo_store(employees);
  sign_demo_store(s, rules(), kNow);
  return s;
}

// What an import keeps and refuses.
struct Filtered {
  std::vector<TrustProblem> refused;
  std::size_t checked = 0;
  Store accepted;
};
Filtered run(const Store& base, Store file, const TrustAnchor& anchor = demo_anchor()) {
  TrustReport r = filter_incoming(base, file, anchor, default_rules().kewenangan);
  return {std::move(r.refused), r.checked, std::move(file)};
}

std::string messages(const Filtered& f) {
  std::string out;
  for (const auto& p : f.refused) out += p.collection + "/" + p.id + ": " + p.message_en + "\n";
  return out;
}

// A copy of one record as a forger would make it: fields changed, a newer
// version vector and clock, the author left as it was (or set to `author`).
json forged(const Store& s, std::string_view collection, std::string_view id, const json& changes,
            std::string_view author = {}) {
  json v = *find_record(s, collection, id);
  for (const auto& [k, x] : changes.items()) v[k] = x;
  v["ver"]["dev-forger"] = 1;
  v["hlc"] = "2026-12-01T00:00:00.000Z/0000/dev-forger";
  if (!author.empty()) v["author"] = author;
  return v;
}

Store file_with(std::string_view collection, const json& version) {
  Store f;
  f.collections[std::string(collection)][version.value("id", "")].current = version;
  return f;
}

// The first evaluation with a rating, and its employee's NIP.
const json& rated_evaluation(const Store& s) {
  for (const auto& [id, e] : s.collections.at("evaluations"))
    if (e.current.contains("rating_hasil_kerja") && e.current.contains("self_submitted") && !e.current.contains("keberatan"))
      return e.current;
  FAIL("no rated evaluation in the demo");
  static json none;
  return none;
}

std::string nip_of(const Store& s, const std::string& employee_id) {
  return find_record(s, "employees", employee_id)->value("nip", "");
}

}  // namespace

TEST_SUITE("trust") {
  TEST_CASE("the signed demo city verifies: every record signed by those allowed to write it") {
    const Store s = signed_demo();
    const Filtered f = run(Store{}, s);
    INFO(messages(f));
    CHECK(f.refused.empty());
    CHECK(f.checked > 500);
    // the keys and signatures travel as records and leave the typed view alone
    const CityView v = build_city_view(s, "2026-11-28T00:00:00Z");
    CHECK(v.left_out.empty());
  }

  TEST_CASE("another root key: no registration counts, so nothing verifies") {
    const Store s = signed_demo(20);
    TrustAnchor other = demo_anchor();
    other.root = crypto::keypair_from_seed(crypto::sha256("another city")).public_key;
    const Filtered f = run(Store{}, s, other);
    CHECK(f.accepted.collections.count("keys") == 0);
    CHECK(f.refused.size() >= f.checked);
  }

  TEST_CASE("forgeries in a file are refused with their reason; the rest of the file comes in") {
    const Store base = signed_demo();
    const json& ev = rated_evaluation(base);
    const std::string ev_id = ev["id"], employee = ev["employee_id"];
    const std::string own_nip = nip_of(base, employee);

    SUBCASE("an employee raises their own ratings, the record still naming the rater") {
      const json v = forged(base, "evaluations", ev_id, {{"rating_hasil_kerja", "di-atas"}, {"rating_perilaku", "di-atas"}});
      const Filtered f = run(base, file_with("evaluations", v));
      REQUIRE(f.refused.size() == 1);
      CHECK(f.refused[0].id == ev_id);
      CHECK(f.accepted.collections.count("evaluations") == 0);
    }
    SUBCASE("the same, signed with the employee's own key") {
      json v = forged(base, "evaluations", ev_id, {{"rating_hasil_kerja", "di-atas"}}, own_nip);
      const Signer me = demo_signer(own_nip);
      RoleContext roles;
      roles.add_store(base);
      Store file = file_with("evaluations", v);
      const auto items = items_for({{"evaluations", v}}, me, rules(), roles);
      CHECK(items.size() >= 2);  // the version and the self-assessment part it may write
      const json sig = make_signature("sig-forger", items, me, kNow);
      file.collections["signatures"]["sig-forger"].current = sig;
      const Filtered f = run(base, file);
      REQUIRE(f.refused.size() == 1);
      CHECK(f.refused[0].message_en.find("part \"penilaian\"") != std::string::npos);
      CHECK(f.refused[0].message_id.find("bagian \"penilaian\"") != std::string::npos);
    }
    SUBCASE("an employee gives themselves a legacy nilai perilaku and the innovation condition, signed with their own key") {
      json v = forged(base, "evaluations", ev_id, {{"nilai_perilaku", 120}, {"inovasi", true}}, own_nip);
      const Signer me = demo_signer(own_nip);
      RoleContext roles;
      roles.add_store(base);
      Store file = file_with("evaluations", v);
      const json sig = make_signature("sig-forger", items_for({{"evaluations", v}}, me, rules(), roles), me, kNow);
      file.collections["signatures"]["sig-forger"].current = sig;
      const Filtered f = run(base, file);
      REQUIRE(f.refused.size() == 1);
      CHECK(f.refused[0].id == ev_id);
      CHECK(f.refused[0].message_en.find("part \"penilaian\"") != std::string::npos);
      CHECK(f.accepted.collections.count("evaluations") == 0);
    }
    SUBCASE("an employee unlocks a locked period") {
      std::string period;
      for (const auto& [id, e] : base.collections.at("periods"))
        if (e.current.value("locked", false)) period = id;
      if (period.empty()) period = base.collections.at("periods").begin()->first;
      const json v = forged(base, "periods", period, {{"locked", false}}, own_nip);
      const Filtered f = run(base, file_with("periods", v));
      REQUIRE(f.refused.size() == 1);
      CHECK(f.refused[0].collection == "periods");
    }
    SUBCASE("a colleague's evaluation moved onto the forger") {
      std::string other;
      for (const auto& [id, e] : base.collections.at("employees"))
        if (id != employee) other = id;
      const json v = forged(base, "evaluations", ev_id, {{"employee_id", other}});
      const Filtered f = run(base, file_with("evaluations", v));
      CHECK(f.refused.size() == 1);
    }
    SUBCASE("a replayed old version with a newer version vector") {
      json v = *find_record(base, "evaluations", ev_id);
      v["ver"]["dev-forger"] = 7;
      const Filtered f = run(base, file_with("evaluations", v));
      CHECK(f.refused.size() == 1);
    }
    SUBCASE("a registration not signed by the root key") {
      const crypto::KeyPair mine = crypto::keypair_from_seed(crypto::sha256("forger"));
      const crypto::KeyPair fake_root = crypto::keypair_from_seed(crypto::sha256("fake root"));
      const json reg = make_registration("key-forger", own_nip, Peran::admin, "", mine.public_key, kDemoKeysFrom,
                                         fake_root.secret_key);
      const Filtered f = run(base, file_with("keys", reg));
      REQUIRE(f.refused.size() == 1);
      CHECK(f.refused[0].message_en.find("root key") != std::string::npos);
      CHECK(f.accepted.collections.count("keys") == 0);
    }
    SUBCASE("a signature over other bytes") {
      json sig = *find_record(base, "signatures", base.collections.at("signatures").begin()->first);
      sig["items"][0][3] = std::string(64, '0');
      Store file;
      file.collections["signatures"]["sig-x"].current = sig;
      const Filtered f = run(Store{}, file);
      CHECK_FALSE(f.refused.empty());
    }
    SUBCASE("a supervisor changes a subordinate's realisation value") {
      RoleContext roles;
      roles.add_store(base);
      const json* found = nullptr;
      std::vector<std::string> raters;
      for (const auto& [id, e] : base.collections.at("realisations")) {
        const std::string owner = find_record(base, "skps", e.current["skp_id"].get<std::string>())->value("employee_id", "");
        raters = roles.penilai_of(e.current["period_id"], owner);
        if (!raters.empty()) {
          found = &e.current;
          break;
        }
      }
      REQUIRE(found != nullptr);
      const json& rz = *found;
      const std::string rater_nip = nip_of(base, raters.front());
      json v = forged(base, "realisations", rz["id"].get<std::string>(), {{"value", 999}}, rater_nip);
      Store file = file_with("realisations", v);
      const Signer rater = demo_signer(rater_nip);
      file.collections["signatures"]["sig-r"].current =
          make_signature("sig-r", {{"realisations", v["id"], "", version_digest("realisations", v)}}, rater, kNow);
      const Filtered f = run(base, file);
      REQUIRE(f.refused.size() == 1);
      CHECK(f.refused[0].collection == "realisations");
    }
  }

  TEST_CASE("the store's own keys and signatures vouch for a file's records only when they verify") {
    // A file that carries a record but not its signature leans on the store's
    // signature; the store's are checked only when needed, but checked.
    Store base = signed_demo(20);
    const json rz = base.collections.at("realisations").begin()->second.current;
    const std::string digest = version_digest("realisations", rz);
    std::string sig_id;
    for (const auto& [id, e] : base.collections.at("signatures"))
      for (const auto& item : e.current["items"])
        if (item[3] == digest) sig_id = id;
    REQUIRE_FALSE(sig_id.empty());
    const std::string key_id = find_record(base, "signatures", sig_id)->value("key_id", "");
    CHECK(run(base, file_with("realisations", rz)).refused.empty());

    SUBCASE("a signature changed in the store") {
      json& sig = base.collections.at("signatures").at(sig_id).current;
      std::string hex = sig["signature"];
      hex[0] = hex[0] == '0' ? '1' : '0';
      sig["signature"] = hex;
    }
    SUBCASE("a key registration changed in the store") {
      json& reg = base.collections.at("keys").at(key_id).current;
      reg["public_key"] = crypto::to_hex(crypto::keypair_from_seed(crypto::sha256("forger")).public_key);
    }
    const Filtered f = run(base, file_with("realisations", rz));
    REQUIRE(f.refused.size() == 1);
    CHECK(f.refused[0].message_en.find("not signed by its author") != std::string::npos);
  }

  TEST_CASE("a revoked key signs nothing after its revocation; what it signed before stays valid") {
    Store s = signed_demo(20);
    const json& ev = rated_evaluation(s);
    const std::string own_nip = nip_of(s, ev["employee_id"]);
    const json reg = *find_record(s, "keys", demo_key_id(own_nip));
    const json revoked = revoke_registration(reg, "2026-11-29T00:00:00Z", demo_root().secret_key);
    REQUIRE(apply_change(s, "keys", revoked, "dev-admin", kNow, "admin").ok());
    CHECK(verify_store(s, demo_anchor(), rules()).refused.empty());  // signed on 28 November: still valid

    // a new self-assessment note, signed after the revocation
    json v = ev;
    v["perilaku"][0]["self_note"] = "catatan baru";
    v["author"] = own_nip;
    v["ver"]["dev-hp"] = 1;
    const Signer me = demo_signer(own_nip);
    RoleContext roles;
    roles.add_store(s);
    Store file = file_with("evaluations", v);
    file.collections["signatures"]["sig-late"].current =
        make_signature("sig-late", items_for({{"evaluations", v}}, me, rules(), roles), me, kNow + 2 * kMsPerDay);
    const Filtered f = run(s, file);
    CHECK(f.refused.size() == 2);  // the signature record and the version it was meant to cover
  }

  TEST_CASE("the root key's fingerprint is eight groups of four hex digits") {
    const std::string fp = fingerprint(demo_anchor().root);
    CHECK(fp.size() == 39);
    CHECK(fp[4] == ' ');
    CHECK(demo_anchor().demo);
  }
}

TEST_SUITE("trust") {
  TEST_CASE("a file rewritten by another JSON tool still verifies: 100.0 and 100 hash the same") {
    json a = {{"id", "rz-1"}, {"value", 100.0}, {"nested", {{"x", 2.0}, {"y", 2.5}}}};
    json b = {{"id", "rz-1"}, {"value", 100}, {"nested", {{"x", 2}, {"y", 2.5}}}};
    CHECK(a.dump() != b.dump());
    CHECK(version_digest("realisations", a) == version_digest("realisations", b));
    json c = b;
    c["nested"]["y"] = 2.25;
    CHECK(version_digest("realisations", c) != version_digest("realisations", b));
  }
}
