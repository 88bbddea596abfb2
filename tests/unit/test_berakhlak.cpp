// BerAKHLAK panduan perilaku (core/rules/berakhlak) and the keberatan window
// (core/rules/batas_keberatan): sections of the RuleSet; the embedded files
// read cleanly, bad files are refused with a place and change nothing.
#include "core/rules/rules.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace kinerja;

namespace {
bool has_error_at(const std::vector<ValidationError>& errors, std::string_view pointer) {
  for (const auto& e : errors)
    if (e.pointer == pointer) return true;
  return false;
}
} // namespace

TEST_SUITE("berakhlak") {
  TEST_CASE("the embedded file holds the seven values with three panduan each, in both languages") {
    const auto& k = default_rules().berakhlak;
    REQUIRE(k.nilai.size() == 7);
    CHECK(!k.meta.source.empty());
    CHECK(k.meta.version == "2026.1");
    CHECK(k.meta.path == "rules/berakhlak.json");
    CHECK(k.meta.path == "rules/berakhlak.json");
    for (int v = 1; v <= kJumlahNilaiBerakhlak; ++v) {
      const auto* p = k.find(static_cast<NilaiBerakhlak>(v));
      REQUIRE(p != nullptr);
      CHECK(!p->definisi.id.empty());
      CHECK(!p->definisi.en.empty());
      for (const auto& t : p->panduan) {
        CHECK(!t.id.empty());
        CHECK(!t.en.empty());
      }
    }
    CHECK(k.find(NilaiBerakhlak::berorientasi_pelayanan)->panduan[0].id == "Memahami dan memenuhi kebutuhan masyarakat");
    CHECK(k.find(NilaiBerakhlak::kolaboratif)->definisi.id == "Membangun kerja sama yang sinergis");
    CHECK(k.find(NilaiBerakhlak::invalid) == nullptr);
  }

  TEST_CASE("bad berakhlak files are refused with the place of the problem") {
    const auto apply = [](const char* text) { return apply_rules_file(default_rules(), text); };
    const auto missing = apply(R"({"format":"kinerja-samarinda/rules","schema":1,"id":"berakhlak","version":"2027","source":"s","nilai":[]})");
    CHECK(!missing.ok());
    CHECK(missing.rules.berakhlak.nilai.size() == 7);  // the rules in use stay
    CHECK(has_error_at(missing.errors, "/nilai"));
    const auto two = apply(R"({"format":"kinerja-samarinda/rules","schema":1,"id":"berakhlak","version":"2027","source":"s",
      "nilai":[{"nilai":"akuntabel","definisi":{"id":"a","en":"b"},"panduan":[{"id":"x","en":"y"},{"id":"x","en":"y"}]}]})");
    CHECK(has_error_at(two.errors, "/nilai/0/panduan"));
    const auto blank = apply(R"({"format":"kinerja-samarinda/rules","schema":1,"id":"berakhlak","version":"2027","source":"",
      "nilai":[{"nilai":"bukan","definisi":{"id":"","en":"b"},"panduan":[]}]})");
    CHECK(has_error_at(blank.errors, "/source"));
    CHECK(has_error_at(blank.errors, "/nilai/0/nilai"));
    const auto empty_text = apply(R"({"format":"kinerja-samarinda/rules","schema":1,"id":"berakhlak","version":"2027","source":"s",
      "nilai":[{"nilai":"akuntabel","definisi":{"id":"","en":"b"},"panduan":[{"id":"x","en":"y"},{"id":"x","en":"y"},{"id":"x","en":""}]}]})");
    CHECK(has_error_at(empty_text.errors, "/nilai/0/definisi/id"));
    CHECK(has_error_at(empty_text.errors, "/nilai/0/panduan/2/en"));
  }
}

TEST_SUITE("batas_keberatan") {
  TEST_CASE("the embedded rule has a window in days and a source") {
    const auto& a = default_rules().keberatan;
    CHECK(a.batas_hari == 14);
    CHECK(!a.meta.source.empty());
    const auto zero = apply_rules_file(default_rules(), R"({"format":"kinerja-samarinda/rules","schema":1,"id":"keberatan","version":"2027","source":"s","batas_hari":0})");
    CHECK(has_error_at(zero.errors, "/batas_hari"));
    CHECK(zero.rules.keberatan.batas_hari == 14);
    CHECK(has_error_at(apply_rules_file(default_rules(), R"({"format":"kinerja-samarinda/rules","schema":2,"id":"keberatan","version":"2027","source":"s","batas_hari":3})").errors,
                       "/schema"));
    const auto longer = apply_rules_file(default_rules(), R"({"format":"kinerja-samarinda/rules","schema":1,"id":"keberatan","version":"2027","source":"s","batas_hari":30})");
    REQUIRE(longer.ok());
    CHECK(longer.rules.keberatan.batas_hari == 30);
    CHECK(longer.rules.keberatan.meta.path == "runtime");
  }

  TEST_CASE("the window opens when the predikat is set and closes batas_hari days later") {
    AturanKeberatan a;
    a.batas_hari = 14;
    Evaluation ev;
    CHECK(status_keberatan(a, ev, 0).peluang == PeluangKeberatan::belum_dinilai);
    ev.rated = "2026-07-05T00:00:00Z";
    CHECK(status_keberatan(a, ev, 0).peluang == PeluangKeberatan::belum_dinilai);  // no predikat yet
    ev.predikat = Predikat::baik;
    const std::int64_t rated = *parse_timestamp_ms(ev.rated);
    const auto open = status_keberatan(a, ev, rated + 86'400'000);
    CHECK(open.peluang == PeluangKeberatan::terbuka);
    REQUIRE(open.batas_ms);
    CHECK(*open.batas_ms == rated + 14LL * 86'400'000);
    CHECK(status_keberatan(a, ev, rated + 14LL * 86'400'000 - 1).peluang == PeluangKeberatan::terbuka);
    CHECK(status_keberatan(a, ev, rated + 14LL * 86'400'000).peluang == PeluangKeberatan::lewat_batas);
    Keberatan k{std::string("Bukti sudah lengkap"), std::string("2026-07-06T00:00:00Z"), {}, {}, {}, {}, {}};
    ev.keberatan = std::move(k);
    CHECK(status_keberatan(a, ev, rated + 100LL * 86'400'000).peluang == PeluangKeberatan::sudah_diajukan);
  }
}
