#include "core/demo/demo_kurva.hpp"

#include "core/calc/kurva.hpp"
#include "core/calc/predikat.hpp"
#include "core/calc/rating_hasil_kerja.hpp"
#include "core/demo/demo_data.hpp"

#include <algorithm>

namespace kinerja::demo_kurva {
namespace {

// When a unit has too many Baik, its leader lifts the best performers to
// Sangat Baik and asks for improvement from the weakest, keeping about five
// Sangat Baik to two below Baik and Sangat Baik a small share: so a city ends
// with roughly one in five Sangat Baik and Baik at most 70 % where the curve
// holds (docs/domain.md §8, the demo's distribution). A demo policy, not a
// rule: the curve itself is in the rules.
constexpr int kSangatBaikPersenMaks = 19;
constexpr int kSangatBaikPerRendah = 5, kRendahPerSangatBaik = 2;

constexpr int kJumlahNilai = 7;

Predikat predikat_of(const RuleSet& rules, std::span<const UnitKurva> units, const Anggota& a, const Evaluation& ev) {
  const Rating perilaku = ev.rating_perilaku.value_or(Rating::invalid);
  if (a.kepala) {
    const auto& cko = units[static_cast<std::size_t>(a.unit)].cko;
    if (!cko) return Predikat::invalid;
    return predikat_kinerja(rules.matriks, rating_hasil_kerja_kepala_unit(rules.rating_hasil_kerja, *cko), perilaku);
  }
  return predikat_kinerja(rules.matriks, ev.rating_hasil_kerja.value_or(Rating::invalid), perilaku);
}

void set_hasil(Evaluation& ev, Rating r) {
  if (ev.rating_hasil_kerja == r) return;
  ev.rating_hasil_kerja = r;
  ev.reason = std::string(alasan_beda_saran(r));
  if (r == Rating::di_bawah) {
    std::string tr(demo_data::trainings()[7].id);  // complaint handling / service timeliness
    if (std::find(ev.recommendations.begin(), ev.recommendations.end(), tr) == ev.recommendations.end())
      ev.recommendations.push_back(std::move(tr));
  }
}

// The overall behaviour rating with value ratings that suggest it (the rule
// asks most of the seven values above expectation for "di atas").
void set_perilaku(Evaluation& ev, Rating r, int urutan) {
  ev.rating_perilaku = r;
  int kept_above = 0;
  for (auto& pn : ev.perilaku) {
    if (!pn.rating) continue;
    const int v = static_cast<int>(pn.nilai);
    if (r == Rating::di_atas && (v + urutan) % kJumlahNilai < 5 && pn.rating != Rating::di_atas) {
      pn.rating = Rating::di_atas;
      if (pn.umpan_balik.empty()) {
        auto good = demo_data::feedback_good();
        pn.umpan_balik = std::string(good[static_cast<std::size_t>(v + urutan) % good.size()]);
      }
    } else if (r == Rating::sesuai && pn.rating == Rating::di_atas && ++kept_above > 2) {
      pn.rating = Rating::sesuai;
    }
  }
}

void pindah(Evaluation& ev, Predikat from, Predikat to, int urutan) {
  switch (to) {
    case Predikat::sangat_baik:
      set_hasil(ev, Rating::di_atas);
      set_perilaku(ev, Rating::di_atas, urutan);
      break;
    case Predikat::baik:
      if (from == Predikat::sangat_baik) set_perilaku(ev, Rating::sesuai, urutan);
      else set_hasil(ev, Rating::sesuai);
      break;
    case Predikat::butuh_perbaikan:
      set_hasil(ev, Rating::di_bawah);
      break;
    default:
      break;
  }
}

// The move that mends the first violated limit of a Baik or Istimewa curve:
// from which predikat to which; none (invalid) for other limits.
std::pair<Predikat, Predikat> langkah(const BatasKurva& batas, const JumlahPredikat& n) {
  if (batas.predikat.empty()) return {Predikat::invalid, Predikat::invalid};
  const Predikat p = batas.predikat.front();
  if (batas.jenis == JenisBatasKurva::maks_persen) {  // too many of p
    if (p == Predikat::baik) {
      const int sb = n[Predikat::sangat_baik];
      const int low = n[Predikat::butuh_perbaikan] + n[Predikat::kurang_misconduct] + n[Predikat::sangat_kurang];
      const bool lift = (sb + 1) * 100 <= kSangatBaikPersenMaks * n.total() &&
                        kRendahPerSangatBaik * sb <= kSangatBaikPerRendah * low;
      return {p, lift ? Predikat::sangat_baik : Predikat::butuh_perbaikan};
    }
    if (p == Predikat::sangat_baik) return {p, Predikat::baik};
    return {Predikat::invalid, Predikat::invalid};
  }
  // too few of p
  if (p == Predikat::sangat_baik || p == Predikat::butuh_perbaikan) return {Predikat::baik, p};
  if (p == Predikat::baik)
    return {n[Predikat::sangat_baik] >= n[Predikat::butuh_perbaikan] ? Predikat::sangat_baik
                                                                     : Predikat::butuh_perbaikan,
            p};
  return {Predikat::invalid, Predikat::invalid};
}

} // namespace

std::string_view alasan_beda_saran(Rating hasil) {
  switch (hasil) {
    case Rating::di_atas: return "Melampaui ekspektasi pada indikator utama yang paling sulit; bukti dukung lengkap.";
    case Rating::di_bawah: return "Bukti dukung tidak dapat diverifikasi untuk sebagian besar realisasi.";
    default: return "Mempertimbangkan umpan balik berkelanjutan selama triwulan.";
  }
}

void pertimbangkan_kurva(const RuleSet& rules, std::span<const UnitKurva> units, std::span<const Anggota> anggota,
                         std::vector<Evaluation>& evaluations) {
  const std::size_t nu = units.size();
  std::vector<int> depth(nu, 0);
  for (std::size_t u = 0; u < nu; ++u)
    for (int at = units[u].parent, guard = 0; at >= 0 && guard <= static_cast<int>(nu); at = units[static_cast<std::size_t>(at)].parent, ++guard)
      ++depth[u];
  // Everyone counts in their unit and every unit above it, as the score report counts.
  std::vector<std::vector<std::size_t>> subtree(nu), direct(nu);
  for (std::size_t i = 0; i < anggota.size(); ++i) {
    const auto u = static_cast<std::size_t>(anggota[i].unit);
    if (!anggota[i].kepala) direct[u].push_back(i);
    for (int at = anggota[i].unit, guard = 0; at >= 0 && guard <= static_cast<int>(nu); at = units[static_cast<std::size_t>(at)].parent, ++guard)
      subtree[static_cast<std::size_t>(at)].push_back(i);
  }
  std::vector<std::size_t> order(nu);
  for (std::size_t u = 0; u < nu; ++u) order[u] = u;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return depth[a] > depth[b]; });

  for (const std::size_t u : order) {
    // A CKO below Baik asks for a majority of low predikat; the demo's leaders
    // of such units rate as usual, and calibration finds them.
    if (!units[u].ikut_kurva || !units[u].cko || *units[u].cko < Cko::baik) continue;
    const Cko cko = *units[u].cko;
    JumlahPredikat n;
    for (const std::size_t i : subtree[u]) {
      const Predikat p = predikat_of(rules, units, anggota[i], evaluations[anggota[i].evaluation]);
      if (p != Predikat::invalid) ++n[p];
    }
    for (std::size_t step = 0; step <= 2 * direct[u].size(); ++step) {
      const auto warnings = periksa_kurva(rules.kurva, cko, n);
      if (warnings.empty()) break;
      const auto [from, to] = langkah(warnings.front().batas, n);
      if (from == Predikat::invalid) break;
      const bool up = to > from;
      const Anggota* pick = nullptr;
      for (const std::size_t i : direct[u]) {
        const Anggota& a = anggota[i];
        if (predikat_of(rules, units, a, evaluations[a.evaluation]) != from) continue;
        if (!pick || (up ? (a.perf > pick->perf || (a.perf == pick->perf && a.urutan < pick->urutan))
                         : (a.perf < pick->perf || (a.perf == pick->perf && a.urutan < pick->urutan))))
          pick = &a;
      }
      if (!pick) break;
      pindah(evaluations[pick->evaluation], from, to, pick->urutan);
      --n[from];
      ++n[to];
    }
  }
}

} // namespace kinerja::demo_kurva
