// `kinerja score FILE [--json]`: the scoring pipeline over a bundle, one line
// per employee and period (or one JSON document), then the distribution-curve
// warnings. For admins: it names people (NIP, name); the public figures are
// `kinerja aggregate`.
#include "cli/commands.hpp"
#include "cli/file_io.hpp"
#include "core/model/parse.hpp"
#include "core/calc/score.hpp"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <string>

namespace kinerja::cli {
namespace {

std::string persen(const std::optional<double>& v) {
  if (!v) return "-";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f%%", *v);
  return buf;
}

std::string_view or_dash(std::string_view s) { return s.empty() ? std::string_view("-") : s; }

nlohmann::ordered_json entry_json(const Bundle& b, const SkorPegawai& s) {
  const Employee& e = b.employees[s.employee];
  nlohmann::ordered_json j;
  j["period_id"] = b.periods[s.period].meta.id;
  j["employee_id"] = e.meta.id;
  j["nip"] = e.nip;
  j["name"] = e.name;
  j["unit_id"] = e.unit_id;
  j["status"] = to_string(s.status);
  j["sudah_dinilai"] = s.sudah_dinilai;
  j["tepat_waktu"] = s.tepat_waktu;
  j["capaian_rata"] = s.capaian_rata ? nlohmann::ordered_json(*s.capaian_rata) : nlohmann::ordered_json(nullptr);
  auto& caps = j["capaian"] = nlohmann::ordered_json::array();
  if (s.skp != kTidakAda) {
    const Skp& skp = b.skps[s.skp];
    for (const auto& c : s.capaian) {
      nlohmann::ordered_json x;
      x["rhk_id"] = skp.rhk[c.rhk].id;
      x["indicator_id"] = skp.rhk[c.rhk].indicators[c.indikator].id;
      x["kategori"] = to_string(c.kategori);
      x["realisasi"] = c.realisasi ? nlohmann::ordered_json(*c.realisasi) : nlohmann::ordered_json(nullptr);
      x["capaian"] = c.capaian ? nlohmann::ordered_json(*c.capaian) : nlohmann::ordered_json(nullptr);
      if (c.error != CapaianError::none) x["error"] = message_en(c.error);
      caps.push_back(std::move(x));
    }
  }
  const TeksDuaBahasa hk = alasan_saran(s.saran_hasil_kerja);
  const TeksDuaBahasa pk = alasan_saran(default_rules().rating_perilaku, s.saran_perilaku);
  j["saran_hasil_kerja"] = {{"rating", to_string(s.saran_hasil_kerja.rating)}, {"alasan_id", hk.id}, {"alasan_en", hk.en}};
  j["saran_perilaku"] = {{"rating", to_string(s.saran_perilaku.rating)}, {"alasan_id", pk.id}, {"alasan_en", pk.en}};
  j["kepala_unit"] = s.kepala_unit;
  if (s.cko_unit) j["cko_unit"] = to_string(*s.cko_unit);
  j["rating_hasil_kerja"] = to_string(s.rating_hasil_kerja);
  j["rating_perilaku"] = to_string(s.rating_perilaku);
  j["beda_dari_saran"] = s.beda_dari_saran;
  j["alasan_kurang"] = s.alasan_kurang;
  j["predikat"] = to_string(s.predikat);
  j["predikat_tersimpan_beda"] = s.predikat_tersimpan_beda;
  if (s.legacy) {
    j["legacy"] = {{"metode", to_string(b.periods[s.period].metode)},
                   {"ok", s.legacy->ok},
                   {"nilai", s.legacy->nilai},
                   {"kategori", s.legacy->kategori},
                   {"error", s.legacy->error_en}};
    if (s.legacy_akhir)
      j["legacy"]["akhir"] = {{"ok", s.legacy_akhir->ok},
                              {"nilai", s.legacy_akhir->nilai},
                              {"kategori", s.legacy_akhir->kategori},
                              {"error", s.legacy_akhir->error_en}};
  }
  return j;
}

} // namespace

int cmd_score(Args args) {
  std::string file;
  bool json = false;
  for (std::string_view a : args) {
    if (a == "--json") json = true;
    else if (a == "-h" || a == "--help") {
      std::puts("usage: kinerja score FILE [--json]");
      return 0;
    } else if (!a.empty() && a[0] == '-') {
      std::fprintf(stderr, "kinerja score: opsi tidak dikenal '%.*s' / unknown option\n", static_cast<int>(a.size()), a.data());
      return 1;
    } else if (file.empty()) file = std::string(a);
    else {
      std::fputs("kinerja score: hanya satu FILE / only one FILE\n", stderr);
      return 1;
    }
  }
  if (file.empty()) {
    std::fputs("usage: kinerja score FILE [--json]\n", stderr);
    return 1;
  }
  ParseResult parsed = read_bundle_input(file);
  if (!parsed.ok()) {
    for (const auto& e : parsed.errors) std::fprintf(stderr, "%s: %s\n", file.c_str(), format_error(e).c_str());
    return 1;
  }
  const Bundle& b = *parsed.bundle;
  const ScoreReport report = score_bundle(b);

  if (json) {
    nlohmann::ordered_json j;
    j["pegawai"] = nlohmann::ordered_json::array();
    for (const auto& s : report.pegawai) j["pegawai"].push_back(entry_json(b, s));
    j["kurva"] = nlohmann::ordered_json::array();
    for (const auto& k : report.kurva) {
      nlohmann::ordered_json x;
      x["unit_id"] = b.units[k.unit].meta.id;
      x["period_id"] = b.periods[k.period].meta.id;
      x["cko"] = to_string(k.cko);
      x["total"] = k.jumlah.total();
      x["peringatan"] = nlohmann::ordered_json::array();
      for (const auto& w : k.peringatan) x["peringatan"].push_back({{"id", w.message_id}, {"en", w.message_en}});
      j["kurva"].push_back(std::move(x));
    }
    const std::string out = j.dump(1);
    std::fwrite(out.data(), 1, out.size(), stdout);
    std::fputc('\n', stdout);
    return 0;
  }

  std::string line;
  for (const auto& s : report.pegawai) {
    const Employee& e = b.employees[s.employee];
    line.clear();
    line += b.periods[s.period].meta.id;
    line += '\t';
    line += e.nip;
    line += '\t';
    line += e.name;
    line += "\tstatus=";
    line += to_string(s.status);
    line += "\tcapaian=";
    line += persen(s.capaian_rata);
    line += "\tsaran=";
    line += or_dash(to_string(s.saran_hasil_kerja.rating));
    line += "\thasil=";
    line += or_dash(to_string(s.rating_hasil_kerja));
    if (s.cko_unit) line += "(kepala-unit)";
    line += "\tperilaku=";
    line += or_dash(to_string(s.rating_perilaku));
    line += "\tpredikat=";
    line += or_dash(to_string(s.predikat));
    if (s.alasan_kurang) line += "\t!alasan";
    if (s.legacy && s.legacy->ok) {
      char buf[64];
      std::snprintf(buf, sizeof buf, "\tnilai=%.2f(%s)", s.legacy->nilai, s.legacy->kategori.c_str());
      line += buf;
    }
    if (s.legacy_akhir && s.legacy_akhir->ok) {  // PP 30 nilai kinerja or PP 46 nilai prestasi kerja
      char buf[64];
      std::snprintf(buf, sizeof buf, "\takhir=%.2f(%s)", s.legacy_akhir->nilai, s.legacy_akhir->kategori.c_str());
      line += buf;
    }
    line += '\n';
    std::fwrite(line.data(), 1, line.size(), stdout);
  }
  for (const auto& k : report.kurva)
    for (const auto& w : k.peringatan)
      std::printf("kurva\t%s\t%s\t%s / %s\n", b.periods[k.period].meta.id.c_str(), b.units[k.unit].meta.id.c_str(),
                  w.message_id.c_str(), w.message_en.c_str());
  return 0;
}

} // namespace kinerja::cli
