#include "web/print_document.hpp"

#include "core/rules/berakhlak.hpp"
#include "core/workflow/kalibrasi.hpp"
#include "web/format.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

namespace kinerja::web {

std::string html_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

namespace {

// Appends each part (no temporary concatenations: GCC 12 at -O3 warns on
// `"literal" + std::string&&`, and appending is cheaper anyway).
template <class... Parts>
void add(std::string& out, const Parts&... parts) {
  (out.append(std::string_view(parts)), ...);
}

std::string esc(std::string_view s) { return s.empty() ? std::string(kDash) : html_escape(s); }
std::string esc_or_blank(std::string_view s) { return html_escape(s); }

// Text with line breaks kept (notes written over several lines).
std::string esc_lines(std::string_view s) {
  std::string e = html_escape(s), out;
  for (char c : e) {
    if (c == '\n') out += "<br>";
    else out += c;
  }
  return out;
}

std::string angka(double v) {
  const bool whole = std::fabs(v - std::round(v)) < 1e-9;
  return format_number(Lang::id, v, whole ? 0 : 2);
}

std::string target_text(const SkpIndicator& ind) {
  std::string t;
  if (ind.polaritas == Polaritas::rentang && ind.target_min && ind.target_max)
    add(t, angka(*ind.target_min), "\xE2\x80\x93", angka(*ind.target_max));
  else if (ind.target)
    t = angka(*ind.target);
  if (t.empty()) return std::string(kDash);
  if (!ind.satuan.empty()) add(t, " ", html_escape(ind.satuan));
  return t;
}

const char* perspektif_label(const std::optional<Perspektif>& p) {
  if (!p) return "\xE2\x80\x94";
  switch (*p) {
    case Perspektif::penerima_layanan: return "Penerima Layanan";
    case Perspektif::proses_bisnis: return "Proses Bisnis";
    case Perspektif::penguatan_internal: return "Penguatan Internal";
    case Perspektif::anggaran: return "Anggaran";
    case Perspektif::invalid: break;
  }
  return "\xE2\x80\x94";
}

std::string label(std::string_view s) { return s.empty() ? std::string(kDash) : std::string(s); }

// The CKO that applies to the employee: the nearest unit up the tree with one in the period.
std::size_t unit_berkurva_terdekat(const CityView& v, std::size_t unit, std::size_t period) {
  std::size_t at = unit, steps = 0;
  while (at != kTidakAda && steps++ <= v.bundle.units.size()) {
    for (const auto& k : v.report.kurva)
      if (k.unit == at && k.period == period) return at;
    at = find_unit(v, v.bundle.units[at].parent_id);
  }
  return kTidakAda;
}

void person_block(std::string& h, const CityView& v, const char* title, std::size_t e) {
  h += "<table class=\"id\"><tr><th colspan=\"2\">";
  h += title;
  h += "</th></tr>";
  auto row = [&](const char* k, const std::string& val) {
    h += "<tr><td class=\"k\">";
    h += k;
    h += "</td><td>";
    h += val;
    h += "</td></tr>";
  };
  if (e == kTidakAda) {
    row("Nama", kDash);
    row("NIP", kDash);
    row("Pangkat/Gol. Ruang", kDash);
    row("Jabatan", kDash);
    row("Unit Kerja", kDash);
  } else {
    const Employee& p = v.bundle.employees[e];
    row("Nama", esc(p.name));
    row("NIP", esc(p.nip));
    row("Pangkat/Gol. Ruang", esc(p.golongan));
    row("Jabatan", esc(p.jabatan));
    const std::size_t u = find_unit(v, p.unit_id);
    row("Unit Kerja", u == kTidakAda ? std::string(kDash) : esc(unit_path(v, u)));
  }
  h += "</table>";
}

void signature(std::string& h, const CityView& v, const char* role, std::size_t e) {
  h += "<div class=\"sign\"><div>";
  h += role;
  h += "</div><div class=\"space\"></div><div class=\"name\">";
  h += e == kTidakAda ? std::string(kDash) : esc(v.bundle.employees[e].name);
  h += "</div><div>NIP ";
  h += e == kTidakAda ? std::string(kDash) : esc(v.bundle.employees[e].nip);
  h += "</div></div>";
}

constexpr const char* kStyle = R"(
@page { size: A4; margin: 18mm 15mm 18mm 15mm; }
* { box-sizing: border-box; }
body { font-family: "Liberation Serif", "Times New Roman", serif; font-size: 11pt; color: #000; margin: 0 auto; max-width: 190mm; padding: 8mm 0; }
h1 { font-size: 13pt; text-align: center; margin: 0 0 2mm; }
.kop { text-align: center; border-bottom: 2px solid #000; padding-bottom: 2mm; margin-bottom: 4mm; }
.kop .a { font-weight: bold; font-size: 12pt; }
.period { text-align: center; margin: 0 0 4mm; }
h2 { font-size: 11pt; margin: 5mm 0 2mm; }
table { width: 100%; border-collapse: collapse; margin: 0 0 3mm; page-break-inside: auto; }
tr { page-break-inside: avoid; }
th, td { border: 1px solid #000; padding: 1.2mm 1.6mm; vertical-align: top; text-align: left; }
th { background: #e8e8e8; font-size: 9.5pt; text-align: center; }
td.n { text-align: center; width: 8mm; }
td.k { width: 40mm; }
table.id th { text-align: left; }
.two { display: flex; gap: 4mm; }
.two > * { flex: 1; }
.result { font-weight: bold; font-size: 12pt; }
.curve { display: flex; align-items: flex-end; gap: 2mm; height: 28mm; border-left: 1px solid #000; border-bottom: 1px solid #000; padding: 0 2mm; }
.curve div { flex: 1; text-align: center; font-size: 8.5pt; }
.curve .bar { background: #555; margin: 0 auto; width: 60%; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.axis { display: flex; gap: 2mm; padding: 0 2mm; font-size: 8.5pt; text-align: center; }
.axis div { flex: 1; }
.muted { color: #444; font-size: 9pt; }
.signs { display: flex; justify-content: space-between; gap: 6mm; margin-top: 6mm; page-break-inside: avoid; }
.sign { flex: 1; text-align: center; }
.sign .space { height: 22mm; }
.sign .name { font-weight: bold; text-decoration: underline; }
.place { text-align: right; margin-top: 6mm; }
.toolbar { position: sticky; top: 0; background: #fff; padding: 2mm 0; text-align: right; }
.toolbar button { font-size: 12pt; padding: 2mm 6mm; cursor: pointer; }
a { color: #000; }
@media print { .toolbar { display: none; } body { padding: 0; } }
)";

// A legacy period's result (docs/domain.md §12): nilai SKP, the rater's nilai
// perilaku, the weighting the rules give, and the final nilai with its band.
void legacy_result(std::string& h, MetodePenilaian m, const SkorPegawai* skor, const Evaluation* ev) {
  const RuleSet& rules = default_rules();
  const bool pp46 = m == MetodePenilaian::pp_46_2011;
  auto nilai_text = [](const std::optional<NilaiLegacy>& n) {
    if (!n) return std::string(kDash);
    if (!n->ok) return std::string(kDash) + " <span class=\"muted\">(" + html_escape(n->error_id) + ")</span>";
    return html_escape(format_number(Lang::id, n->nilai, 2)) + (n->label_id.empty() ? "" : " (" + html_escape(n->label_id) + ")");
  };
  int bobot_skp = rules.pp46_2011.bobot_skp, bobot_perilaku = rules.pp46_2011.bobot_perilaku;
  if (!pp46) {
    const std::string kode = ev && ev->perilaku_360 ? "dengan-360" : "tanpa-360";
    for (const auto& b : rules.pp30_2019.bobot)
      if (b.kode == kode) {
        bobot_skp = b.skp;
        bobot_perilaku = b.perilaku;
      }
  }
  h += "<h2>NILAI KINERJA</h2><table>";
  add(h, "<tr><td class=\"k\"><b>NILAI SKP</b> (", pp46 ? "PP 46/2011" : "PermenPANRB 8/2021", ")</td><td class=\"result\">",
      nilai_text(skor ? skor->legacy : std::nullopt), "</td></tr>");
  add(h, "<tr><td class=\"k\"><b>NILAI PERILAKU</b></td><td class=\"result\">",
      ev && ev->nilai_perilaku ? html_escape(format_number(Lang::id, *ev->nilai_perilaku, 2)) : std::string(kDash), "</td></tr>");
  add(h, "<tr><td class=\"k\"><b>", pp46 ? "NILAI PRESTASI KERJA</b> (PP 46/2011)" : "NILAI KINERJA</b> (PP 30/2019)",
      "<div class=\"muted\">", std::to_string(bobot_skp), "% nilai SKP + ", std::to_string(bobot_perilaku), "% nilai perilaku",
      !pp46 && ev && ev->perilaku_360 ? ", dengan masukan rekan kerja dan bawahan" : "",
      "</div></td><td class=\"result\" id=\"nilai-akhir\">", nilai_text(skor ? skor->legacy_akhir : std::nullopt),
      "</td></tr></table>");
  if (!pp46 && ev && ev->inovasi)
    h += "<p class=\"muted\">Pegawai menghasilkan inovasi yang bermanfaat bagi organisasi (syarat predikat Sangat Baik, PP 30/2019).</p>";
}

} // namespace

std::string lembar_evaluasi_html(const CityView& v, std::size_t employee, std::size_t period, std::string_view tanggal,
                                 std::string_view kunci_kota) {
  const Bundle& b = v.bundle;
  if (employee >= b.employees.size() || period >= b.periods.size()) return {};
  const Employee& emp = b.employees[employee];
  const Period& per = b.periods[period];
  const SkorPegawai* skor = find_skor(v, employee, period);
  const std::size_t ev_index = find_evaluation(v, employee, period);
  const Evaluation* ev = ev_index == kTidakAda ? nullptr : &b.evaluations[ev_index];
  const std::size_t skp_index = skor && skor->skp != kTidakAda ? skor->skp : skp_for(v, employee, per.year);
  const Skp* skp = skp_index == kTidakAda ? nullptr : &b.skps[skp_index];

  // Penilai and atasan: from the assignment of the period.
  std::size_t penilai = kTidakAda, atasan = kTidakAda;
  for (const auto& a : b.assignments)
    if (a.employee_id == emp.meta.id && a.period_id == per.meta.id) {
      penilai = find_employee(v, a.penilai_id);
      atasan = a.atasan_penilai_id.empty() ? kTidakAda : find_employee(v, a.atasan_penilai_id);
      break;
    }

  std::string h;
  h.reserve(16384);
  h += "<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\">"
       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Evaluasi Kinerja Pegawai \xE2\x80\x94 ";
  h += html_escape(emp.name);
  h += " \xE2\x80\x94 ";
  h += html_escape(per.name);
  h += "</title><style>";
  h += kStyle;
  h += "</style></head><body>";
  h += "<div class=\"toolbar\"><button type=\"button\" id=\"cetak\" onclick=\"window.print()\">Cetak</button></div>";
  h += "<div class=\"kop\"><div class=\"a\">PEMERINTAH KOTA SAMARINDA</div>"
       "<div class=\"a\">BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA</div>"
       "<div>BKPSDM Kota Samarinda</div></div>";
  h += "<h1>EVALUASI KINERJA PEGAWAI</h1>";
  h += "<p class=\"period\">PERIODE PENILAIAN: <b>";
  h += esc(per.name);
  h += "</b> (";
  h += html_escape(format_date(Lang::id, per.start));
  h += " s.d. ";
  h += html_escape(format_date(Lang::id, per.end));
  h += ")</p>";
  if (metode_lama(per.metode))
    add(h, "<p class=\"period\">METODE PENILAIAN: <b>", metode_label(per.metode), "</b></p>");

  h += "<div class=\"two\">";
  person_block(h, v, "PEGAWAI YANG DINILAI", employee);
  person_block(h, v, "PEJABAT PENILAI KINERJA", penilai);
  h += "</div>";
  person_block(h, v, "ATASAN PEJABAT PENILAI KINERJA", atasan);

  // Capaian kinerja organisasi and the pola distribusi of that unit.
  // The CKO and its curve are 6/2022's; a legacy period has neither.
  if (!metode_lama(per.metode)) {
    h += "<h2>CAPAIAN KINERJA ORGANISASI</h2>";
    const std::size_t u = find_unit(v, emp.unit_id);
    const std::size_t cu = u == kTidakAda ? kTidakAda : unit_berkurva_terdekat(v, u, period);
    if (cu == kTidakAda) {
      h += "<p>Capaian Kinerja Organisasi belum ditetapkan untuk periode ini.</p>";
    } else {
      const KalibrasiUnit k = kalibrasi_unit(v, cu, period);
      h += "<p><b>";
      h += k.cko ? std::string(label_id(*k.cko)) : std::string(kDash);
      h += "</b> \xE2\x80\x94 ";
      h += esc(unit_path(v, cu));
      h += "</p><p class=\"muted\">POLA DISTRIBUSI: KURVA DISTRIBUSI PREDIKAT KINERJA PEGAWAI DENGAN CAPAIAN KINERJA "
           "ORGANISASI ";
      h += k.cko ? std::string(label_id(*k.cko)) : std::string(kDash);
      h += " (frekuensi pegawai)</p>";
      int most = 1;
      for (int i = 5; i >= 1; --i) most = std::max(most, k.jumlah[static_cast<Predikat>(i)]);
      h += "<div class=\"curve\">";
      for (int i = 5; i >= 1; --i) {
        const int n = k.jumlah[static_cast<Predikat>(i)];
        const int height = n * 22 / most;
        add(h, "<div><div>", std::to_string(n), "</div><div class=\"bar\" style=\"height:", std::to_string(height),
            "mm\"></div></div>");
      }
      h += "</div><div class=\"axis\">";
      for (int i = 5; i >= 1; --i) {
        h += "<div>";
        h += std::string(label_id(static_cast<Predikat>(i)));
        h += "</div>";
      }
      h += "</div>";
    }

    // Hasil kerja.
  }

  h += "<h2>HASIL KERJA</h2><table><thead><tr><th>NO</th><th>RENCANA HASIL KERJA</th><th>INDIKATOR KINERJA "
       "INDIVIDU</th><th>TARGET</th><th>REALISASI BERDASARKAN BUKTI DUKUNG</th><th>CAPAIAN</th><th>UMPAN BALIK "
       "BERKELANJUTAN BERDASARKAN BUKTI DUKUNG</th><th>PERSPEKTIF</th></tr></thead><tbody>";
  if (!skp || skp->rhk.empty()) {
    h += "<tr><td colspan=\"8\">SKP tahun ini belum tercatat.</td></tr>";
  } else {
    for (KategoriRhk kat : {KategoriRhk::utama, KategoriRhk::tambahan}) {
      bool any = false;
      for (const auto& r : skp->rhk) any = any || r.kategori == kat;
      if (!any) continue;
      h += "<tr><td colspan=\"8\"><b>";
      h += kat == KategoriRhk::utama ? "A. HASIL KERJA UTAMA" : "B. HASIL KERJA TAMBAHAN";
      h += "</b></td></tr>";
      int no = 0;
      for (std::size_t ri = 0; ri < skp->rhk.size(); ++ri) {
        const Rhk& r = skp->rhk[ri];
        if (r.kategori != kat) continue;
        ++no;
        std::string umpan;
        if (ev)
          for (const auto& ub : ev->umpan_balik_rhk)
            if (ub.rhk_id == r.id) {
              if (!umpan.empty()) umpan += "<br>";
              umpan += esc_lines(ub.text);
            }
        const std::size_t rows = std::max<std::size_t>(1, r.indicators.size());
        std::string span;
        add(span, "rowspan=\"", std::to_string(rows), "\"");
        for (std::size_t ii = 0; ii < rows; ++ii) {
          h += "<tr>";
          if (ii == 0) {
            add(h, "<td class=\"n\" ", span, ">", std::to_string(no), "</td><td ", span, ">", esc_lines(r.text));
            if (!r.rhk_atasan_text.empty())
              add(h, "<div class=\"muted\">Intervensi: ", html_escape(r.rhk_atasan_text), "</div>");
            h += "</td>";
          }
          if (r.indicators.empty()) {
            add(h, "<td>", kDash, "</td><td>", kDash, "</td><td>", kDash, "</td><td>", kDash, "</td>");
          } else {
            const SkpIndicator& ind = r.indicators[ii];
            add(h, "<td>", esc(ind.text), "</td><td>", target_text(ind),
                ind.target_maksimal ? "<div class=\"muted\">target maksimal</div>" : "", "</td><td>");
            const std::size_t re = find_realisation(v, skp->meta.id, ind.id, per.meta.id);
            const CapaianIndikator* measured = nullptr;
            if (skor)
              for (const auto& c : skor->capaian)
                if (c.rhk == ri && c.indikator == ii && c.terukur < v.report.terukur.size()) measured = &c;
            if (measured) {  // measured from the unit's data, with where it comes from
              const RealisasiTerukur* t = &v.report.terukur[measured->terukur];
              if (t->nilai) {
                add(h, angka(*t->nilai));
                if (!ind.satuan.empty()) add(h, " ", html_escape(ind.satuan));
              } else {
                h += kDash;
              }
              add(h, "<div class=\"muted\">Terukur: ", html_escape(t->nilai ? t->asal_id : t->alasan_id), "</div>");
            } else if (re == kTidakAda) {
              h += kDash;
            } else {
              const Realisation& rl = b.realisations[re];
              std::string val;
              if (rl.value) {
                add(val, angka(*rl.value));
                if (!ind.satuan.empty()) add(val, " ", html_escape(ind.satuan));
              }
              if (!rl.text.empty()) add(val, val.empty() ? "" : "<br>", esc_lines(rl.text));
              h += val.empty() ? std::string(kDash) : val;
              for (const auto& e : rl.evidence) {
                h += "<div class=\"muted\">Bukti: ";
                if (!e.link.empty()) add(h, "<a href=\"", html_escape(e.link), "\">", html_escape(e.link), "</a> ");
                add(h, esc_or_blank(e.note), "</div>");
              }
            }
            h += "</td><td>";
            std::optional<double> cap;
            if (skor)
              for (const auto& c : skor->capaian)
                if (c.rhk == ri && c.indikator == ii) cap = c.capaian;
            h += html_escape(format_percent(Lang::id, cap, 2));
            h += "</td>";
          }
          if (ii == 0) {
            add(h, "<td ", span, ">", umpan.empty() ? std::string(kDash) : umpan, "</td><td ", span, ">",
                perspektif_label(r.perspektif), "</td>");
          }
          h += "</tr>";
        }
      }
    }
  }
  h += "</tbody></table>";

  if (metode_lama(per.metode)) legacy_result(h, per.metode, skor, ev);
  else {
    const Rating rhk = skor ? skor->rating_hasil_kerja : Rating::invalid;
    h += "<table><tr><td class=\"k\"><b>RATING HASIL KERJA</b></td><td class=\"result\">";
    h += label(label_id(rhk));
    h += "</td></tr></table>";
    if (skor && skor->kepala_unit && skor->cko_unit)
      add(h, "<p class=\"muted\">Pegawai memimpin unit kerja: rating hasil kerja mengikuti Capaian Kinerja Organisasi (",
          label_id(*skor->cko_unit), ").</p>");

    // Perilaku kerja.
    h += "<h2>PERILAKU KERJA</h2><table><thead><tr><th>NO</th><th>PERILAKU KERJA (BerAKHLAK)</th><th>EKSPEKTASI KHUSUS "
         "PIMPINAN</th><th>UMPAN BALIK BERKELANJUTAN</th></tr></thead><tbody>";
    const KatalogBerakhlak& katalog = default_rules().berakhlak;
    for (int i = 1; i <= kJumlahNilaiBerakhlak; ++i) {
      const auto nilai = static_cast<NilaiBerakhlak>(i);
      add(h, "<tr><td class=\"n\">", std::to_string(i), "</td><td><b>", label_id(nilai), "</b>");
      if (const PanduanNilai* pn = katalog.find(nilai)) {
        add(h, "<div class=\"muted\">", html_escape(pn->definisi.id), "</div><div class=\"muted\">");
        const char* letters[] = {"a", "b", "c"};
        for (std::size_t j = 0; j < pn->panduan.size(); ++j)
          add(h, j ? "; " : "", "(", letters[j], ") ", html_escape(pn->panduan[j].id));
        h += "</div>";
      }
      h += "</td><td>";
      std::string eks;
      if (skp)
        for (const auto& e : skp->ekspektasi)
          if (e.nilai == nilai) eks = esc_lines(e.text);
      h += eks.empty() ? std::string(kDash) : eks;
      h += "</td><td>";
      std::string ub;
      if (ev)
        for (const auto& p : ev->perilaku)
          if (p.nilai == nilai) {
            ub = esc_lines(p.umpan_balik);
            if (p.rating) add(ub, ub.empty() ? "" : "<br>", "<span class=\"muted\">", label_id(*p.rating), "</span>");
          }
      h += ub.empty() ? std::string(kDash) : ub;
      h += "</td></tr>";
    }
    h += "</tbody></table>";
    const Rating rp = skor ? skor->rating_perilaku : Rating::invalid;
    h += "<table><tr><td class=\"k\"><b>RATING PERILAKU KERJA</b></td><td class=\"result\">";
    h += label(label_id(rp));
    h += "</td></tr></table>";

    const Predikat pk = skor ? predikat_penetapan(v, *skor) : Predikat::invalid;
    h += "<table><tr><td class=\"k\"><b>PREDIKAT KINERJA PEGAWAI</b></td><td class=\"result\" id=\"predikat\">";
    h += label(label_id(pk));
    h += "</td></tr></table>";
    if (skor && skor->dikalibrasi && ev && ev->kalibrasi) {  // who changed the kuadran's predikat, when and why
      add(h, "<p class=\"muted\" id=\"kalibrasi\">Ditetapkan melalui kalibrasi oleh ", html_escape(ev->kalibrasi->oleh), " pada ",
          html_escape(format_datetime_wita(Lang::id, ev->kalibrasi->waktu)), " (kuadran: ",
          label(label_id(skor->predikat_matriks)), "): ", esc_lines(ev->kalibrasi->alasan), "</p>");
    }
    if (skor && skor->menunggu_cko)
      h += "<p class=\"muted\">Rating hasil kerja kepala unit mengikuti Capaian Kinerja Organisasi unitnya, yang belum "
           "ditetapkan untuk periode ini.</p>";
    if (ev && ev->keberatan && ev->keberatan->decision) {
      h += "<p class=\"muted\">Keberatan ";
      h += *ev->keberatan->decision == KeputusanKeberatan::diterima ? "diterima" : "ditolak";
      add(h, " oleh atasan pejabat penilai kinerja: ", esc_lines(ev->keberatan->decision_note), "</p>");
    }
  }
  if (!skor || !skor->sudah_dinilai)
    h += "<p class=\"muted\">Penilaian periode ini belum selesai: dokumen ini belum final.</p>";

  h += "<p class=\"place\">Samarinda, ";
  h += html_escape(format_date(Lang::id, tanggal));
  h += "</p><div class=\"signs\">";
  signature(h, v, "Pegawai yang Dinilai", employee);
  signature(h, v, "Pejabat Penilai Kinerja", penilai);
  h += "</div><div class=\"signs\">";
  signature(h, v, "Mengetahui,<br>Atasan Pejabat Penilai Kinerja", atasan);
  h += "</div>";
  if (!b.note.empty()) add(h, "<p class=\"muted\">", html_escape(b.note), "</p>");
  add(h, "<p class=\"muted\" id=\"kunci-kota\">Sidik jari kunci induk Kota Samarinda: ", html_escape(kunci_kota),
      ". Data elektronik penilaian ini sah bila bertanda tangan kunci yang didaftarkan dengan kunci induk tersebut.</p>");
  h += "</body></html>";
  return h;
}

} // namespace kinerja::web
