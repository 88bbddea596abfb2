// The citizens' online channel (core/workflow/kiriman_warga): a code made on a
// phone, read back from a pasted message, refused when damaged, stored once as
// the kiosk's record on channel "web".
#include "core/workflow/kiriman_warga.hpp"

#include "core/view/city_view.hpp"
#include "core/sync/merge.hpp"
#include "tests/unit/demo_store_fixture.hpp"

#include <doctest/doctest.h>

using namespace kinerja;

namespace {

constexpr std::int64_t kMenit = 1'795'837'200'000 / 60'000;  // 2026-11-28 11:40 WITA

KirimanWarga skm() {
  KirimanWarga k;
  k.unit_id = "u-pkm-palaran";
  k.answers = {4, 3, 4, 4, 3, 4, 4, 2, 3};
  k.menit = kMenit;
  k.acak = "x7k2";
  return k;
}

} // namespace

TEST_SUITE("kiriman_warga") {
  TEST_CASE("a code reads back to the same submission, from inside a chat message, in any case") {
    const std::string kode = kode_kiriman(skm());
    CHECK(kode.rfind("KS1-", 0) == 0);
    CHECK(kode.size() < 90);  // short enough for a chat message
    const BacaKiriman b = baca_kiriman("Selamat pagi, ini survei saya: " + kode + " terima kasih");
    REQUIRE(b.ok());
    CHECK(*b.kiriman == skm());
    std::string lower;
    for (char c : kode) lower += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    REQUIRE(baca_kiriman(lower).ok());

    KirimanWarga p = skm();
    p.pengaduan = true;
    p.kategori = "pengaduan";
    p.answers = {};
    const BacaKiriman bp = baca_kiriman(kode_kiriman(p));
    REQUIRE(bp.ok());
    CHECK(bp.kiriman->pengaduan);
    CHECK(bp.kiriman->kategori == "pengaduan");
  }

  TEST_CASE("a code cut short or with one character changed is refused, and so is a message without one") {
    const std::string kode = kode_kiriman(skm());
    const BacaKiriman cut = baca_kiriman(kode.substr(0, kode.size() - 9));
    REQUIRE_FALSE(cut.ok());
    CHECK(cut.errors.front().pointer == "/kode");
    CHECK(cut.errors.front().message_id.find("rusak atau terpotong") != std::string::npos);
    std::string typo = kode;
    typo[8] = typo[8] == '2' ? '3' : '2';
    CHECK_FALSE(baca_kiriman(typo).ok());
    const BacaKiriman none = baca_kiriman("halo, saya mau mengadu");
    REQUIRE_FALSE(none.ok());
    CHECK(none.errors.front().message_id.find("KS1-") != std::string::npos);
  }

  TEST_CASE("pasted, it becomes the kiosk's record dated when the citizen made it; pasted again, it is refused") {
    Store store = test::demo_store(300);
    const CityView v = build_city_view(store, "2026-12-01T00:00:00Z");
    const BacaKiriman b = baca_kiriman(kode_kiriman(skm()));
    const OperationResult r = simpan_kiriman(v.bundle, store, default_rules(), b, "dev-admin");
    INFO((r.ok() ? std::string() : r.errors.front().message_id));
    REQUIRE(r.ok());
    REQUIRE(r.changes.size() == 1);
    const auto& rec = r.changes.front().record;
    CHECK(r.changes.front().collection == "skm_responses");
    CHECK(rec.at("id").get<std::string>().rfind("web-", 0) == 0);
    CHECK(rec.at("period_id") == "p-2026-tw4");
    CHECK(rec.at("timestamp") == "2026-11-28T03:40:00Z");
    CHECK(rec.at("answers").at("u8") == 2);
    REQUIRE(apply_change(store, "skm_responses", rec, "dev-admin", 1'796'000'000'000).ok());

    const OperationResult again = simpan_kiriman(v.bundle, store, default_rules(), b, "dev-admin");
    REQUIRE_FALSE(again.ok());
    CHECK(again.errors.front().pointer == "/kode");
    CHECK(again.errors.front().message_id.find("sudah diterima") != std::string::npos);

    // A complaint comes in on channel web; an unknown category is refused as the kiosk refuses it.
    KirimanWarga p = skm();
    p.pengaduan = true;
    p.kategori = "pengaduan";
    const OperationResult c = simpan_kiriman(v.bundle, store, default_rules(), baca_kiriman(kode_kiriman(p)), "dev-admin");
    REQUIRE(c.ok());
    CHECK(c.changes.front().record.at("channel") == "web");
    p.kategori = "gosip";
    CHECK_FALSE(simpan_kiriman(v.bundle, store, default_rules(), baca_kiriman(kode_kiriman(p)), "dev-admin").ok());
    // An SKM with an unanswered unsur is refused naming it.
    KirimanWarga gap = skm();
    gap.answers[3] = 0;
    const OperationResult g = simpan_kiriman(v.bundle, store, default_rules(), baca_kiriman(kode_kiriman(gap)), "dev-admin");
    REQUIRE_FALSE(g.ok());
    CHECK(g.errors.front().pointer == "/answers/u4");
  }
}
