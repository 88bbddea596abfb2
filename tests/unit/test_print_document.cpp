// The official evaluation document (web/print_document): layout of docs/domain.md §2
// §1.8, A4 print CSS, and every data string escaped.
#include "web/print_document.hpp"

#include "core/sync/bundle_io.hpp"
#include "core/demo/demo.hpp"
#include "core/workflow/kalibrasi.hpp"
#include "core/model/serialize.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace kinerja;
using kinerja::web::html_escape;
using kinerja::web::lembar_evaluasi_html;

namespace {
CityView print_demo_view() {
  DemoOptions o;
  o.employees = 60;
  auto read = read_bundle(to_json(make_demo_city(o)));
  REQUIRE(read.ok());
  return build_city_view(read.bundle->store, "2026-11-28T00:00:00Z");
}
const SkorPegawai& first_rated(const CityView& v) {
  for (const auto& s : v.report.pegawai)
    if (s.sudah_dinilai && s.skp != kTidakAda) return s;
  FAIL("no rated employee in the demo");
  return v.report.pegawai.front();
}
bool has(const std::string& h, std::string_view s) { return h.find(s) != std::string::npos; }
} // namespace

TEST_SUITE("print_document") {
  TEST_CASE("html_escape") {
    CHECK(html_escape("Ana & <b>Budi</b> \"x\" 'y'") == "Ana &amp; &lt;b&gt;Budi&lt;/b&gt; &quot;x&quot; &#39;y&#39;");
    CHECK(html_escape("Sri Rahayu, S.Kep.") == "Sri Rahayu, S.Kep.");
    CHECK(html_escape("Jalan Kusuma Bangsa \xE2\x80\x94 Sempaja") == "Jalan Kusuma Bangsa \xE2\x80\x94 Sempaja");
    CHECK(html_escape("").empty());
  }

  TEST_CASE("the document has every part of the official layout") {
    const CityView v = print_demo_view();
    const SkorPegawai& s = first_rated(v);
    const std::string h = lembar_evaluasi_html(v, s.employee, s.period, "2026-11-28", "2f2f c2cb (DEMO)");
    REQUIRE(!h.empty());
    CHECK(h.rfind("<!DOCTYPE html>", 0) == 0);
    for (const char* part : {"EVALUASI KINERJA PEGAWAI", "PEGAWAI YANG DINILAI", "PEJABAT PENILAI KINERJA",
                             "ATASAN PEJABAT PENILAI KINERJA", "CAPAIAN KINERJA ORGANISASI", "HASIL KERJA",
                             "RENCANA HASIL KERJA", "INDIKATOR KINERJA INDIVIDU", "TARGET",
                             "REALISASI BERDASARKAN BUKTI DUKUNG", "CAPAIAN",
                             "UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG", "PERSPEKTIF", "RATING HASIL KERJA",
                             "PERILAKU KERJA", "EKSPEKTASI KHUSUS PIMPINAN", "RATING PERILAKU KERJA",
                             "PREDIKAT KINERJA PEGAWAI", "Samarinda, 28 November 2026", "BKPSDM Kota Samarinda",
                             "Sidik jari kunci induk Kota Samarinda: 2f2f c2cb (DEMO)."})
      CHECK_MESSAGE(has(h, part), part);
    // The seven values, in order.
    std::size_t at = 0;
    for (const char* nilai : {"Berorientasi Pelayanan", "Akuntabel", "Kompeten", "Harmonis", "Loyal", "Adaptif",
                              "Kolaboratif"}) {
      const std::size_t found = h.find(nilai, at);
      CHECK_MESSAGE(found != std::string::npos, nilai);
      if (found != std::string::npos) at = found;
    }
    // Print CSS for A4 and a print button that is hidden in print.
    CHECK(has(h, "@page { size: A4;"));
    CHECK(has(h, "window.print()"));
    CHECK(has(h, "@media print { .toolbar { display: none; }"));
    // The employee, the predikat penetapan and the ratings as the core has them.
    const Employee& e = v.bundle.employees[s.employee];
    CHECK(has(h, html_escape(e.name)));
    CHECK(has(h, e.nip));
    CHECK(has(h, std::string(label_id(predikat_penetapan(v, s)))));
    CHECK(has(h, std::string(label_id(s.rating_hasil_kerja))));
    CHECK(has(h, v.bundle.periods[s.period].name));
  }

  TEST_CASE("a measured realisation is printed with where it comes from, a typed one beside it is not") {
    DemoOptions o;
    o.employees = 300;
    auto read = read_bundle(to_json(make_demo_city(o)));
    REQUIRE(read.ok());
    const CityView v = build_city_view(read.bundle->store, "2026-11-28T00:00:00Z");
    // A Puskesmas employee's rated quarter: the IKM is measured from the unit's answers.
    const SkorPegawai* s = nullptr;
    for (const auto& x : v.report.pegawai)
      for (const auto& c : x.capaian)
        if (!s && x.sudah_dinilai && c.terukur < v.report.terukur.size() && v.report.terukur[c.terukur].nilai &&
            v.report.terukur[c.terukur].jenis == JenisSumber::ikm)
          s = &x;
    REQUIRE(s != nullptr);
    const std::string h = lembar_evaluasi_html(v, s->employee, s->period, "2026-11-28", "2f2f c2cb (DEMO)");
    CHECK(has(h, "Terukur: IKM "));
    CHECK(has(h, " responden SKM, "));
  }

  TEST_CASE("a calibrated predikat is printed with who calibrated it, when and why") {
    CityView v = print_demo_view();
    const SkorPegawai& s0 = first_rated(v);
    const std::size_t employee = s0.employee, period = s0.period;
    Evaluation& ev = v.bundle.evaluations[s0.evaluation];
    const Predikat other = s0.predikat == Predikat::sangat_baik ? Predikat::baik : Predikat::sangat_baik;
    ev.kalibrasi = Kalibrasi{other, "admin (Laptop <BKPSDM>)", "2026-11-28T16:30:00Z", "di atas kurva unit"};
    v.report = score_bundle(v.bundle);
    const std::string h = lembar_evaluasi_html(v, employee, period, "2026-11-29", "2f2f c2cb (DEMO)");
    CHECK(has(h, "Ditetapkan melalui kalibrasi oleh admin (Laptop &lt;BKPSDM&gt;)"));
    CHECK(has(h, "29 November 2026"));  // 00:30 WITA
    CHECK(has(h, "di atas kurva unit"));
    CHECK(has(h, std::string(label_id(other))));
  }

  TEST_CASE("every data string is escaped") {
    CityView v = print_demo_view();
    const SkorPegawai s = first_rated(v);
    v.bundle.employees[s.employee].name = "Ana & <b>Budi</b>";
    v.bundle.employees[s.employee].jabatan = "Perawat \"Ahli\" <i>Muda</i>";
    Skp& skp = v.bundle.skps[s.skp];
    REQUIRE(!skp.rhk.empty());
    skp.rhk.front().text = "Layanan <img src=x onerror=alert(1)>";
    Evaluation& ev = v.bundle.evaluations[s.evaluation];
    ev.umpan_balik_rhk.push_back({skp.rhk.front().id, "Bagus </td><td>pecah"});
    const std::string h = lembar_evaluasi_html(v, s.employee, s.period, "2026-11-28", "2f2f c2cb (DEMO)");
    CHECK(has(h, "Ana &amp; &lt;b&gt;Budi&lt;/b&gt;"));
    CHECK(!has(h, "<b>Budi"));
    CHECK(has(h, "Perawat &quot;Ahli&quot; &lt;i&gt;Muda&lt;/i&gt;"));
    CHECK(has(h, "Layanan &lt;img src=x onerror=alert(1)&gt;"));
    CHECK(!has(h, "<img"));
    CHECK(has(h, "Bagus &lt;/td&gt;&lt;td&gt;pecah"));
    // The title carries the name too.
    CHECK(has(h, "<title>Evaluasi Kinerja Pegawai \xE2\x80\x94 Ana &amp; &lt;b&gt;Budi&lt;/b&gt;"));
  }

  TEST_CASE("out of range gives nothing; an employee not yet rated says so") {
    const CityView v = print_demo_view();
    CHECK(lembar_evaluasi_html(v, v.bundle.employees.size(), 0, "2026-11-28", "").empty());
    CHECK(lembar_evaluasi_html(v, 0, v.bundle.periods.size(), "2026-11-28", "").empty());
    for (const auto& s : v.report.pegawai)
      if (!s.sudah_dinilai) {
        const std::string h = lembar_evaluasi_html(v, s.employee, s.period, "2026-11-28", "2f2f c2cb (DEMO)");
        CHECK(has(h, "belum final"));
        break;
      }
  }
}
