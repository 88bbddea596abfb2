// Pegawai: one's SKP for the period's year — each RHK (utama / tambahan, the
// superior's RHK it intervenes) with its indicators, targets and polarity in
// words — and per indicator the realisation of the period with evidence,
// the live capaian of the typed value (core hitung_capaian through
// pratinjau_capaian) and, once saved, the stored figure and the suggested
// rating hasil kerja with its reason.
#include "core/workflow/pegawai_edit.hpp"
#include "web/a11y_text.hpp"
#include "web/screens/riwayat_panel.hpp"
#include "web/format.hpp"
#include "web/i18n.hpp"
#include "web/screens/pegawai_parts.hpp"
#include "web/screens/terukur_block.hpp"
#include "web/widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <cmath>
#include <cstdio>
#include <string>

namespace kinerja::web {
namespace {

const char* polaritas_key(Polaritas p) {
  switch (p) {
    case Polaritas::naik: return "pegawai.polaritas.naik";
    case Polaritas::turun: return "pegawai.polaritas.turun";
    case Polaritas::rentang: return "pegawai.polaritas.rentang";
    case Polaritas::tepat: return "pegawai.polaritas.tepat";
    case Polaritas::invalid: break;
  }
  return "pegawai.polaritas.none";
}

const char* aspek_key(Aspek a) {
  switch (a) {
    case Aspek::kuantitas: return "pegawai.aspek.kuantitas";
    case Aspek::kualitas: return "pegawai.aspek.kualitas";
    case Aspek::waktu: return "pegawai.aspek.waktu";
    case Aspek::biaya: return "pegawai.aspek.biaya";
    case Aspek::invalid: break;
  }
  return "pegawai.aspek.none";
}

ImU32 tingkat_color(TingkatCapaian t) {
  switch (t) {
    case TingkatCapaian::di_atas: return widgets::rating_color(Rating::di_atas);
    case TingkatCapaian::sesuai: return widgets::rating_color(Rating::sesuai);
    case TingkatCapaian::di_bawah: return widgets::rating_color(Rating::di_bawah);
    case TingkatCapaian::belum_ada: break;
  }
  return widgets::rating_color(Rating::invalid);
}

std::string target_text(Lang lang, const SkpIndicator& ind) {
  std::string t;
  if (ind.target_min && ind.target_max)
    t = format_number(lang, *ind.target_min, 2) + " \xE2\x80\x93 " + format_number(lang, *ind.target_max, 2);
  else if (ind.target)
    t = format_number(lang, *ind.target, 2);
  else
    return tr(lang, "pegawai.target_kualitatif");
  // format_number keeps 2 decimals; whole targets read better without them
  auto strip = [](std::string s, char mark) {
    for (std::size_t at; (at = s.find(std::string(1, mark) + "00")) != std::string::npos;) s.erase(at, 3);
    return s;
  };
  t = strip(t, lang == Lang::id ? ',' : '.');
  if (!ind.satuan.empty()) t += " " + ind.satuan;
  return t;
}

// "Capaian 104,17% · di atas ekspektasi", coloured by the level.
void capaian_line(Lang lang, const char* key, std::optional<double> capaian, TingkatCapaian tingkat) {
  char line[200];
  std::snprintf(line, sizeof line, "%s %s", tr(lang, key), format_percent(lang, capaian).c_str());
  a11y::TextUnformatted(line);
  ImGui::SameLine();
  widgets::chip(pegawai_tingkat_label(lang, static_cast<int>(tingkat)), tingkat_color(tingkat));
}

void draw_indicator(PegawaiFrame& f, const Skp& skp, const SkpIndicator& ind, const CapaianIndikator* stored_cap) {
  const Lang lang = f.state.lang;
  const auto& rules = default_rules().rating_hasil_kerja;
  const Period& per = f.view.bundle.periods[f.period];
  ImGui::PushID(ind.id.c_str());
  widgets::bullet(ind.text.c_str());
  ImGui::Indent();
  char line[400];
  std::snprintf(line, sizeof line, "%s %s \xC2\xB7 %s \xC2\xB7 %s", tr(lang, "pegawai.target"),
                target_text(lang, ind).c_str(), tr(lang, polaritas_key(ind.polaritas)), tr(lang, aspek_key(ind.aspek)));
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  a11y::TextWrapped("%s", line);
  ImGui::PopStyleColor();
  if (ind.target_maksimal) widgets::hint(tr(lang, "pegawai.target_maksimal"));
  if (stored_cap && stored_cap->terukur != kTidakAda) {  // measured from the unit's data: nothing to type
    const std::string box = "pegawai.terukur." + ind.id;
    terukur_block(lang, box.c_str(), ind, f.view.report, stored_cap);
    if (stored_cap && stored_cap->capaian)
      capaian_line(lang, "terukur.capaian", stored_cap->capaian, tingkat_capaian(rules, stored_cap->capaian));
    ImGui::Unindent();
    ImGui::Spacing();
    ImGui::PopID();
    return;
  }

  const std::size_t r = find_realisation(f.view, skp.meta.id, ind.id, per.meta.id);
  const Realisation* stored = r == kTidakAda ? nullptr : &f.view.bundle.realisations[r];
  const bool numeric = ind.target.has_value() || (ind.target_min && ind.target_max);
  const auto it = f.ui.realisasi.find(ind.id);
  DraftRealisasi shown;
  if (it != f.ui.realisasi.end()) {
    shown = it->second;
  } else if (stored) {
    if (stored->value) shown.value = pegawai_angka_input(lang, *stored->value);
    shown.text = stored->text;
    if (!stored->evidence.empty()) {
      shown.link = stored->evidence.front().link;
      shown.note = stored->evidence.front().note;
    }
  }
  const DraftRealisasi before = shown;
  const float field = std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 24);
  ImGui::BeginDisabled(f.locked);
  char id[160];
  if (numeric) {
    a11y::TextUnformatted(tr(lang, "pegawai.realisasi"));
    ImGui::SetNextItemWidth(std::min(field, ImGui::GetFontSize() * 9));
    std::snprintf(id, sizeof id, "##pegawai.value.%s", ind.id.c_str());
    a11y::InputTextWithHint(id, tr(lang, "pegawai.value_hint"), &shown.value);
    if (!ind.satuan.empty()) {
      ImGui::SameLine();
      a11y::TextUnformatted(ind.satuan.c_str());
    }
  } else {
    a11y::TextUnformatted(tr(lang, "pegawai.realisasi_teks"));
    std::snprintf(id, sizeof id, "##pegawai.text.%s", ind.id.c_str());
    a11y::InputTextMultiline(id, &shown.text, ImVec2(field, ImGui::GetTextLineHeight() * 3.5f));
  }
  a11y::TextUnformatted(tr(lang, "pegawai.bukti"));
  ImGui::SetNextItemWidth(field);
  std::snprintf(id, sizeof id, "##pegawai.link.%s", ind.id.c_str());
  a11y::InputTextWithHint(id, "https://", &shown.link);
  ImGui::SetNextItemWidth(field);
  std::snprintf(id, sizeof id, "##pegawai.note.%s", ind.id.c_str());
  a11y::InputTextWithHint(id, tr(lang, "pegawai.note_hint"), &shown.note);
  ImGui::EndDisabled();
  if (!(shown == before)) {
    f.ui.realisasi[ind.id] = shown;
    f.ui.errors.erase(ind.id);
  }
  const bool draft = f.ui.realisasi.count(ind.id) > 0;

  // Live: the typed value through the core's formula.
  if (draft && numeric) {
    const auto value = baca_angka(shown.value);
    if (!shown.value.empty() && !value) {
      widgets::error_text(tr(lang, "pegawai.not_a_number"));
    } else if (value) {
      const PratinjauCapaian p = pratinjau_capaian(rules, ind, value);
      if (p.capaian) capaian_line(lang, "pegawai.capaian_live", p.capaian, p.tingkat);
      else if (p.error != CapaianError::none)
        widgets::error_text(std::string(lang == Lang::id ? message_id(p.error) : message_en(p.error)));
      const bool whole = std::fabs(*value) < 1e15 && std::trunc(*value) == *value;
      std::snprintf(line, sizeof line, tr(lang, "pegawai.read_as"), format_number(lang, *value, whole ? 0 : 2).c_str());
      widgets::hint(line);
    }
  }
  // Stored: the official figure from the score report.
  if (stored) {
    if (stored_cap && stored_cap->capaian)
      capaian_line(lang, "pegawai.capaian_saved", stored_cap->capaian, tingkat_capaian(rules, stored_cap->capaian));
    widgets::hint(stored->submitted.empty() ? tr(lang, "pegawai.saved_draft")
                                                        : (std::string(tr(lang, "pegawai.saved_sent")) + " " +
                                                           format_datetime_wita(lang, stored->submitted)).c_str());
  } else if (!draft) {
    widgets::hint(tr(lang, "pegawai.not_filled"));
  }
  if (auto g = f.ui.errors.find(ind.id); g != f.ui.errors.end())
    widgets::error_text(g->second.c_str());

  ImGui::BeginDisabled(f.locked || !draft);
  std::snprintf(id, sizeof id, "%s##pegawai.save.%s", tr(lang, "pegawai.save"), ind.id.c_str());
  if (widgets::big_button(id)) {
    InputRealisasi in;
    in.value = numeric ? baca_angka(shown.value) : std::nullopt;
    in.text = shown.text;
    in.link = shown.link;
    in.note = shown.note;
    if (numeric && !shown.value.empty() && !in.value) {
      f.ui.errors[ind.id] = tr(lang, "pegawai.not_a_number");
    } else {
      const OperationResult h = rekam_realisasi(f.state.data.local.store, f.view, f.employee, f.period, ind.id, in);
      if (!h.ok()) {
        f.ui.errors[ind.id] = message(lang, h.errors.front());
      } else {
        f.actions.push(h, f.view.bundle.employees[f.employee].nip);
        f.ui.realisasi.erase(ind.id);
        f.ui.errors.erase(ind.id);
      }
    }
  }
  ImGui::EndDisabled();
  if (draft) {
    widgets::same_line_if_fits(ImGui::CalcTextSize(tr(lang, "pegawai.discard")).x + ImGui::GetFontSize() * 2);
    std::snprintf(id, sizeof id, "%s##pegawai.discard.%s", tr(lang, "pegawai.discard"), ind.id.c_str());
    if (ImGui::Button(id)) {
      f.ui.realisasi.erase(ind.id);
      f.ui.errors.erase(ind.id);
    }
  }
  ImGui::Unindent();
  ImGui::Spacing();
  ImGui::PopID();
}

void draw_saran(PegawaiFrame& f, const SkorPegawai& s) {
  const Lang lang = f.state.lang;
  ImGui::BeginChild("pegawai.saran", ImVec2(0, 0),
                    ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding | ImGuiChildFlags_Border);
  a11y::TextUnformatted(tr(lang, "pegawai.saran_title"));
  ImGui::SameLine();
  widgets::chip(widgets::rating_label(lang, s.saran_hasil_kerja.rating), widgets::rating_color(s.saran_hasil_kerja.rating));
  // Nothing to suggest from yet: tell the employee what to do rather than why.
  if (s.saran_hasil_kerja.alasan.aturan == AturanSaranHasilKerja::tanpa_data) {
    widgets::paragraph(tr(lang, "pegawai.saran_none"));
  } else {
    const TeksDuaBahasa why = alasan_saran(s.saran_hasil_kerja);
    widgets::paragraph((lang == Lang::id ? why.id : why.en).c_str());
  }
  if (s.capaian_rata) {
    char line[160];
    std::snprintf(line, sizeof line, tr(lang, "pegawai.capaian_rata"), format_percent(lang, s.capaian_rata).c_str());
    widgets::paragraph(line);
  }
  if (s.kepala_unit) widgets::paragraph(tr(lang, "pegawai.kepala_unit"));
  widgets::hint(tr(lang, "pegawai.saran_note"));
  ImGui::EndChild();
}

} // namespace

void draw_pegawai_skp(PegawaiFrame& f) {
  const Lang lang = f.state.lang;
  const Period& per = f.view.bundle.periods[f.period];
  char title[160];
  std::snprintf(title, sizeof title, tr(lang, "pegawai.skp_title"), per.year);
  ImGui::SeparatorText(title);
  const std::size_t skp = skp_for(f.view, f.employee, per.year);
  if (skp == kTidakAda) {
    widgets::empty_state("pegawai.no_skp", tr(lang, "pegawai.no_skp"));
    return;
  }
  const Skp& s = f.view.bundle.skps[skp];
  const Employee& me = f.view.bundle.employees[f.employee];
  riwayat_button(f.state, f.actions, "skps", s.meta.id, Peran::pegawai, me.nip, me.name + ", SKP " + std::to_string(per.year));
  const SkorPegawai* skor = find_skor(f.view, f.employee, f.period);
  widgets::paragraph(tr(lang, s.pendekatan == Pendekatan::kualitatif ? "pegawai.pendekatan_kualitatif"
                                                                      : "pegawai.pendekatan_kuantitatif"));
  for (const KategoriRhk kat : {KategoriRhk::utama, KategoriRhk::tambahan}) {
    bool any = false;
    for (std::size_t h = 0; h < s.rhk.size(); ++h) {
      const Rhk& rhk = s.rhk[h];
      if (rhk.kategori != kat) continue;
      if (!any) widgets::heading(tr(lang, kat == KategoriRhk::utama ? "pegawai.rhk_utama" : "pegawai.rhk_tambahan"));
      any = true;
      std::string child = "pegawai.rhk." + rhk.id;
      ImGui::BeginChild(child.c_str(), ImVec2(0, 0),
                        ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding | ImGuiChildFlags_Border);
      a11y::TextWrapped("%s", rhk.text.c_str());
      if (!rhk.rhk_atasan_text.empty() || !rhk.rhk_atasan_id.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        a11y::TextWrapped("%s %s", tr(lang, "pegawai.intervensi"),
                           rhk.rhk_atasan_text.empty() ? rhk.rhk_atasan_id.c_str() : rhk.rhk_atasan_text.c_str());
        ImGui::PopStyleColor();
      }
      ImGui::Spacing();
      for (std::size_t d = 0; d < rhk.indicators.size(); ++d) {
        const CapaianIndikator* cap = nullptr;
        if (skor)
          for (const auto& c : skor->capaian)
            if (c.rhk == h && c.indikator == d) cap = &c;
        draw_indicator(f, s, rhk.indicators[d], cap);
      }
      ImGui::EndChild();
    }
  }
  if (skor) draw_saran(f, *skor);
}

} // namespace kinerja::web
