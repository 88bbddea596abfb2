#include "core/workflow/penilaian.hpp"

#include "core/calc/predikat.hpp"
#include "core/calc/rating_hasil_kerja.hpp"
#include "core/base/text.hpp"
#include "core/workflow/pegawai_edit.hpp"

#include <algorithm>

namespace kinerja {
namespace {

bool blank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

std::optional<Cko> cko_in(const CityView& v, std::size_t unit, std::size_t period) {
  const auto& unit_id = v.bundle.units[unit].meta.id;
  const auto& period_id = v.bundle.periods[period].meta.id;
  for (const auto& o : v.bundle.org_ratings)
    if (!o.meta.deleted && o.unit_id == unit_id && o.period_id == period_id) return o.cko;
  return std::nullopt;
}

} // namespace

PemeriksaanPenilaian periksa_penilaian(const RuleSet& rules, const SkorPegawai& s, Rating saran_perilaku,
                                       Rating hasil_kerja, Rating perilaku, std::string_view alasan) {
  PemeriksaanPenilaian p;
  p.hasil_kerja_dipakai = hasil_kerja;
  if (s.cko_unit) {
    const Rating r = rating_hasil_kerja_kepala_unit(rules.rating_hasil_kerja, *s.cko_unit);
    if (r != Rating::invalid) {
      p.hasil_kerja_dipakai = r;
      p.hasil_kerja_dari_cko = true;
    }
  } else if (s.kepala_unit) {  // as in score.cpp: the rater's choice would not count
    p.hasil_kerja_dipakai = Rating::invalid;
    p.menunggu_cko = true;
  }
  // As in score.cpp: the unit-head rule leaves no room for a different hasil kerja.
  p.hasil_kerja_beda = !p.hasil_kerja_dari_cko && !p.menunggu_cko && hasil_kerja != Rating::invalid &&
                       s.saran_hasil_kerja.rating != Rating::invalid && hasil_kerja != s.saran_hasil_kerja.rating;
  p.perilaku_beda = perilaku != Rating::invalid && saran_perilaku != Rating::invalid && perilaku != saran_perilaku;
  p.lengkap = p.hasil_kerja_dipakai != Rating::invalid && perilaku != Rating::invalid;
  p.perlu_alasan = (p.hasil_kerja_beda || p.perilaku_beda) && blank(alasan);
  p.predikat = predikat_kinerja(rules.matriks, p.hasil_kerja_dipakai, perilaku);
  p.siap = p.lengkap && !p.perlu_alasan && p.predikat != Predikat::invalid;
  return p;
}

RingkasanTim ringkas_tim(const CityView& v, std::span<const std::size_t> team, std::size_t period) {
  RingkasanTim r;
  for (const std::size_t e : team) {
    const SkorPegawai* s = find_skor(v, e, period);
    ++r.per_status[static_cast<std::size_t>(s ? s->status : StatusPenilaian::invalid)];
    ++r.total;
  }
  return r;
}

std::vector<RencanaSesuai> rencana_sesuai_massal(const RuleSet& rules, const CityView& v,
                                                 std::span<const std::size_t> employees, std::size_t period) {
  std::vector<RencanaSesuai> out;
  out.reserve(employees.size());
  for (const std::size_t e : employees) {
    RencanaSesuai r;
    r.employee = e;
    const SkorPegawai* s = find_skor(v, e, period);
    if (s == nullptr) {
      r.lewati = AlasanLewati::tanpa_skor;
    } else if (s->sudah_dinilai) {
      r.lewati = AlasanLewati::sudah_dinilai;
    } else if (s->legacy) {
      r.lewati = AlasanLewati::metode_lama;
    } else {
      const auto p = periksa_penilaian(rules, *s, s->saran_perilaku.rating, Rating::sesuai, Rating::sesuai, "");
      if (p.siap) {
        r.dinilai = true;
        r.predikat = p.predikat;
      } else {
        r.lewati = AlasanLewati::saran_berbeda;
      }
    }
    out.push_back(r);
  }
  return out;
}

NilaiLegacy pratinjau_legacy(const RuleSet& rules, const SkorPegawai& s, MetodePenilaian metode,
                             std::string_view nilai_perilaku, bool perilaku_360, bool inovasi) {
  PenilaianLegacy p;
  p.perilaku_360 = perilaku_360;
  p.inovasi = inovasi;
  if (!trim(nilai_perilaku).empty()) {
    p.nilai_perilaku = baca_angka(nilai_perilaku);
    if (!p.nilai_perilaku) {
      NilaiLegacy n;
      n.error_id = "nilai perilaku harus berupa angka, mis. 85,5";
      n.error_en = "nilai perilaku must be a number, e.g. 85.5";
      return n;
    }
  }
  // The score report gives every member of a legacy period a nilai SKP (or its error).
  return nilai_akhir_legacy(rules, metode, s.legacy.value_or(NilaiLegacy{}), p);
}

KurvaTim kurva_tim(const RuleSet& rules, const CityView& v, std::size_t penilai, std::size_t period) {
  KurvaTim k;
  if (penilai >= v.bundle.employees.size() || period >= v.bundle.periods.size()) return k;
  for (const std::size_t e : team_of(v, penilai, period)) {
    const SkorPegawai* s = find_skor(v, e, period);
    if (s && s->sudah_dinilai && s->predikat != Predikat::invalid) ++k.jumlah[s->predikat];
    else ++k.belum_dinilai;
  }
  std::size_t u = find_unit(v, v.bundle.employees[penilai].unit_id);
  for (std::size_t steps = 0; u != kTidakAda && steps <= v.bundle.units.size(); ++steps) {
    if (const auto c = cko_in(v, u, period)) {
      k.unit = u;
      k.cko = *c;
      break;
    }
    const auto& parent = v.bundle.units[u].parent_id;
    u = parent.empty() ? kTidakAda : find_unit(v, parent);
  }
  if (k.unit != kTidakAda) k.peringatan = periksa_kurva(rules.kurva, k.cko, k.jumlah);
  return k;
}

KatalogPelatihan katalog_dari_trainings(std::span<const Training> trainings) {
  KatalogPelatihan k;
  for (const auto& t : trainings) {
    if (t.meta.deleted) continue;
    Pelatihan p;
    p.id = t.meta.id;
    p.nama_id = t.title;
    p.nama_en = t.title;
    p.jp = t.hours.value_or(0);
    p.nilai = t.nilai;
    p.aspek = t.aspek;
    p.deskripsi_id = t.description;
    p.deskripsi_en = t.description;
    k.pelatihan.push_back(std::move(p));
  }
  return k;
}

KebutuhanPelatihan kebutuhan_pelatihan(const RuleSet& rules, const CityView& v, const SkorPegawai& s,
                                       std::span<const Rating> rating_per_nilai) {
  KebutuhanPelatihan k;
  k.nilai_lemah = nilai_lemah_dari_rating(rating_per_nilai);
  if (s.skp >= v.bundle.skps.size()) return k;
  const Skp& skp = v.bundle.skps[s.skp];
  for (const auto& c : s.capaian) {
    if (tingkat_capaian(rules.rating_hasil_kerja, c.capaian) != TingkatCapaian::di_bawah) continue;
    if (c.rhk >= skp.rhk.size() || c.indikator >= skp.rhk[c.rhk].indicators.size()) continue;
    const Aspek a = skp.rhk[c.rhk].indicators[c.indikator].aspek;
    if (a != Aspek::invalid && std::find(k.aspek_lemah.begin(), k.aspek_lemah.end(), a) == k.aspek_lemah.end())
      k.aspek_lemah.push_back(a);
  }
  return k;
}

} // namespace kinerja
