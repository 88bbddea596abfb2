// Riwayat: a record's history from the signatures the store keeps — who, when,
// which parts changed, whether each signature verifies and vouches for what is
// held now — and who may see it (admin all, penilai their team, employee own).
#include "tests/unit/demo_store_fixture.hpp"

#include "core/base/calendar.hpp"
#include "core/sync/merge.hpp"
#include "core/trust/gate.hpp"
#include "core/trust/riwayat.hpp"
#include "core/trust/roles.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

using namespace kinerja;
using namespace kinerja::trust;
using nlohmann::json;

namespace {

constexpr std::int64_t kSigned = 1'795'737'600'000;  // 2026-11-27T00:00:00Z
constexpr std::int64_t kLater = 1'795'824'000'000;   // 2026-11-28T00:00:00Z
const RulesKewenangan& rules() { return default_rules().kewenangan; }

// A rated evaluation in an open period, its owner's NIP and its rater's NIP.
struct Rated {
  json record;
  std::string owner_nip, penilai_nip;
};
Rated rated(const Store& s) {
  RoleContext roles;
  roles.add_store(s);
  for (const auto& [id, e] : s.collections.at("evaluations")) {
    if (!e.current.contains("rating_hasil_kerja") || locking_period(s, e.current)) continue;
    const std::string owner = e.current.value("employee_id", "");
    const auto raters = roles.penilai_of(e.current.value("period_id", ""), owner);
    if (raters.empty()) continue;
    return {e.current, find_record(s, "employees", owner)->value("nip", ""),
            find_record(s, "employees", raters.front())->value("nip", "")};
  }
  FAIL("no rated evaluation");
  return {};
}

std::string other_nip(const Store& s, const Rated& r) {
  for (const auto& [id, e] : s.collections.at("employees")) {
    const std::string nip = e.current.value("nip", "");
    if (nip != r.owner_nip && nip != r.penilai_nip &&
        !boleh_lihat_riwayat(s, rules(), Peran::pegawai, nip, "evaluations", r.record.value("id", "")))
      return nip;
  }
  return "";
}

}  // namespace

TEST_CASE("a record's history lists its signatures in order, all valid, the latest vouching for what is held") {
  Store s = test::signed_demo_store(30, kSigned);
  const Rated r = rated(s);
  const std::string id = r.record.value("id", "");
  auto h = riwayat(s, demo_anchor(), rules(), "evaluations", id);
  REQUIRE(!h.empty());
  CHECK(std::all_of(h.begin(), h.end(), [](const RiwayatEntry& e) { return e.valid; }));
  CHECK(std::any_of(h.begin(), h.end(), [](const RiwayatEntry& e) { return e.current; }));
  CHECK(h.front().changed == std::vector<std::string>{"*"});
  CHECK(riwayat(s, demo_anchor(), rules(), "evaluations", "no-such-record").empty());

  SUBCASE("the rater changes the rating: a new entry by the rater, naming the part, vouching for the version held") {
    json v = r.record;
    v["rating_hasil_kerja"] = v.value("rating_hasil_kerja", "") == "di-atas" ? "sesuai" : "di-atas";
    const auto written = apply_change(s, "evaluations", v, "dev-penilai", kLater, r.penilai_nip);
    REQUIRE(written.change);
    const SignerFor signer = [](std::string_view author, std::string_view unit) { return std::optional(demo_signer(author, unit)); };
    REQUIRE(!sign_saved(s, {*written.change}, rules(), signer, "dev-penilai", kLater).empty());
    const auto after = riwayat(s, demo_anchor(), rules(), "evaluations", id);
    REQUIRE(after.size() == h.size() + 1);
    const RiwayatEntry& last = after.back();
    CHECK(last.signer == r.penilai_nip);
    CHECK(last.signed_at == "2026-11-28T00:00:00Z");
    CHECK(last.valid);
    CHECK(last.current);
    CHECK(std::find(last.changed.begin(), last.changed.end(), "penilaian") != last.changed.end());
    CHECK(std::find(last.changed.begin(), last.changed.end(), "penilaian-diri") == last.changed.end());
  }
  SUBCASE("a signature record edited in the store is shown as not valid") {
    json& sig = s.collections.at(std::string(kSignatures)).at(h.front().signature_id).current;
    sig["signed"] = "2026-11-26T00:00:00Z";
    const auto after = riwayat(s, demo_anchor(), rules(), "evaluations", id);
    const auto it = std::find_if(after.begin(), after.end(), [&](const RiwayatEntry& e) { return e.signature_id == h.front().signature_id; });
    REQUIRE(it != after.end());
    CHECK_FALSE(it->valid);
    CHECK(it->problem_en.find("changed after signing") != std::string::npos);
  }
  SUBCASE("a key revoked before it signed makes its entry not valid") {
    const std::string key_id = h.front().key_id;
    json& reg = s.collections.at(std::string(kKeys)).at(key_id).current;
    reg = revoke_registration(reg, "2026-01-01T00:00:00Z", demo_root().secret_key);
    const auto after = riwayat(s, demo_anchor(), rules(), "evaluations", id);
    CHECK_FALSE(after.front().valid);
    CHECK(after.front().problem_en.find("not valid then") != std::string::npos);
  }
}

TEST_CASE("who may see a record's history: admin all, the rater their team, the employee their own") {
  const Store s = test::signed_demo_store(30, kSigned);
  const Rated r = rated(s);
  const std::string id = r.record.value("id", "");
  CHECK(boleh_lihat_riwayat(s, rules(), Peran::admin, "", "evaluations", id));
  CHECK(boleh_lihat_riwayat(s, rules(), Peran::pegawai, r.owner_nip, "evaluations", id));
  CHECK(boleh_lihat_riwayat(s, rules(), Peran::pegawai, r.penilai_nip, "evaluations", id));
  const std::string stranger = other_nip(s, r);
  REQUIRE(!stranger.empty());
  CHECK_FALSE(boleh_lihat_riwayat(s, rules(), Peran::pegawai, stranger, "evaluations", id));
  CHECK_FALSE(boleh_lihat_riwayat(s, rules(), Peran::pegawai, r.owner_nip, "evaluations", "no-such-record"));
}
