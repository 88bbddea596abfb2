// The data model's own behaviour: enum string forms, ids, NIPs, hlc stamps,
// deadlines, period positions, ordering helpers.
#include "bundle_fixture.hpp"
#include "core/model/model.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace kinerja;

TEST_SUITE("model") {
  TEST_CASE("enum string forms round trip and reject other text") {
    for (auto e : {UnitKind::opd, UnitKind::bidang, UnitKind::seksi, UnitKind::uptd, UnitKind::kecamatan,
                   UnitKind::kelurahan})
      CHECK(parse_unit_kind(to_string(e)) == e);
    for (auto e : {AssignmentKind::definitif, AssignmentKind::plt, AssignmentKind::plh})
      CHECK(parse_assignment_kind(to_string(e)) == e);
    for (auto e : {KanalPengaduan::kiosk, KanalPengaduan::web, KanalPengaduan::lapor, KanalPengaduan::telepon,
                   KanalPengaduan::langsung, KanalPengaduan::surat, KanalPengaduan::media_sosial,
                   KanalPengaduan::lainnya})
      CHECK(parse_kanal(to_string(e)) == e);
    for (auto e : {Perspektif::penerima_layanan, Perspektif::proses_bisnis, Perspektif::penguatan_internal,
                   Perspektif::anggaran})
      CHECK(parse_perspektif(to_string(e)) == e);
    for (auto e : {ScopeKind::bkpsdm, ScopeKind::penilai, ScopeKind::pegawai, ScopeKind::publik})
      CHECK(parse_scope_kind(to_string(e)) == e);
    for (auto e : {JenisJabatan::jpt, JenisJabatan::administrator, JenisJabatan::pengawas, JenisJabatan::pelaksana,
                   JenisJabatan::fungsional})
      CHECK(parse_jenis_jabatan(to_string(e)) == e);
    CHECK(parse_pendekatan("kualitatif") == Pendekatan::kualitatif);
    CHECK(parse_status_pegawai("pppk") == StatusPegawai::pppk);
    CHECK(parse_keputusan("ditolak") == KeputusanKeberatan::ditolak);
    CHECK(to_string(KanalPengaduan::media_sosial) == "media-sosial");
    CHECK(to_string(UnitKind::invalid).empty());
    CHECK_FALSE(parse_unit_kind(""));
    CHECK_FALSE(parse_unit_kind("OPD"));
    CHECK_FALSE(parse_assignment_kind("pj"));
    CHECK(is_valid_jenjang("ahli-muda"));
    CHECK_FALSE(is_valid_jenjang("ahli_muda"));
  }

  TEST_CASE("record ids") {
    CHECK(is_valid_id("pg-00001"));
    CHECK(is_valid_id("a.b_c:d-E9"));
    CHECK(is_valid_id(std::string(64, 'x')));
    CHECK_FALSE(is_valid_id(""));
    CHECK_FALSE(is_valid_id(std::string(65, 'x')));
    CHECK_FALSE(is_valid_id("a b"));
    CHECK_FALSE(is_valid_id("a/b"));
    CHECK_FALSE(is_valid_id("é"));
    // every byte, alone and after a valid start, against the rule as written: [A-Za-z0-9._:-]
    for (int b = 0; b < 256; ++b) {
      const char c = static_cast<char>(b);
      const bool allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
                           c == '_' || c == ':' || c == '-';
      CHECK(is_valid_id(std::string(1, c)) == allowed);
      CHECK(is_valid_id("pg-" + std::string(1, c) + "1") == allowed);
    }
  }

  TEST_CASE("NIP: birth date, appointment, sex digit, sequence") {
    CHECK(is_valid_nip("198503152010011001"));
    CHECK(is_valid_nip("200002292024102123"));  // leap day, PPPK-style recent appointment
    CHECK(nip_problem("19850315201001100").find("18") != std::string_view::npos);
    CHECK_FALSE(is_valid_nip("19850315201001100x"));
    CHECK_FALSE(is_valid_nip("198502302010011001"));  // 30 Feb
    CHECK_FALSE(is_valid_nip("190002292010011001"));  // 1900 is not a leap year
    CHECK_FALSE(is_valid_nip("198503152010131001"));  // month 13
    CHECK_FALSE(is_valid_nip("198503152010001001"));  // month 00
    CHECK_FALSE(is_valid_nip("198503152010010001"));  // sex digit 0
    CHECK_FALSE(is_valid_nip("198503152010013001"));  // sex digit 3
    CHECK_FALSE(is_valid_nip("198503152010011000"));  // sequence 000
    CHECK_FALSE(is_valid_nip("198503151984011001"));  // appointed before birth
  }

  TEST_CASE("hlc format") {
    CHECK(is_valid_hlc("2026-11-28T12:00:00.000Z/0000/dev-7f3a9c"));
    CHECK_FALSE(is_valid_hlc("2026-11-28T12:00:00.000Z/000/dev-7f3a9c"));
    CHECK_FALSE(is_valid_hlc("2026-11-28T12:00:00.000Z/0000/"));
    CHECK_FALSE(is_valid_hlc("2026-11-28/0000/dev"));
    CHECK_FALSE(is_valid_hlc("nonsense"));
  }

  TEST_CASE("deadline ends at the end of the day in Samarinda (WITA, UTC+8)") {
    Period p;
    p.deadline = "2026-04-10";
    auto end = deadline_end_ms(p);
    REQUIRE(end);
    CHECK(*end == *parse_timestamp_ms("2026-04-10T16:00:00Z"));
    CHECK(*parse_timestamp_ms("2026-04-10T15:59:59Z") < *end);  // 23:59:59 WITA: on time
    p.deadline = "soon";
    CHECK_FALSE(deadline_end_ms(p));
  }

  TEST_CASE("period index within the year") {
    Period p;
    p.start = "2026-07-01";
    p.jenis = JenisPeriode::triwulanan;
    CHECK(period_index(p) == 3);
    p.jenis = JenisPeriode::bulanan;
    CHECK(period_index(p) == 7);
    p.jenis = JenisPeriode::tahunan;
    CHECK(period_index(p) == 1);
    p.start = "bad";
    CHECK(period_index(p) == 0);
  }

  TEST_CASE("record_count and sort_by_id") {
    Bundle b = test::full_bundle();
    CHECK(record_count(b) == 3 + 3 + 1 + 2 + 1 + 2 + 2 + 2 + 1 + 2 + 2 + 2 + 2);
    std::reverse(b.units.begin(), b.units.end());
    CHECK(b.units.front().meta.id == "u-3");
    sort_by_id(b);
    CHECK(b.units.front().meta.id == "u-1");
    CHECK(b.units.back().meta.id == "u-3");
  }

  TEST_CASE("equality sees every field") {
    Bundle a = test::full_bundle(), b = a;
    CHECK(a == b);
    b.skm_responses[0].answers[8] = 1;
    CHECK_FALSE(a == b);
    b = a;
    b.skps[1].rhk[0].indicators[1].target_max = 99.0;
    CHECK_FALSE(a == b);
    b = a;
    b.evaluations[0].keberatan->decided_by.clear();
    CHECK_FALSE(a == b);
    b = a;
    b.units[0].meta.ver["dev-a"] = 3;
    CHECK_FALSE(a == b);
  }
}
