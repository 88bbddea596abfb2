// One team member under review: indicators with target, realisasi, capaian
// and evidence; the employee's self-assessment beside the rater's judgement
// per BerAKHLAK value; the two ratings with the core's suggestions and the
// live predikat; feedback, trainings and a keberatan's explanation; saving.
#include "core/workflow/penilaian.hpp"
#include "web/a11y_text.hpp"
#include "web/screens/riwayat_panel.hpp"
#include "web/format.hpp"
#include "web/i18n.hpp"
#include "web/screens/penilai_parts.hpp"
#include "web/screens/terukur_block.hpp"
#include "web/widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>
#include <string>

namespace kinerja::web::penilai {
namespace {

constexpr Rating kRatings[] = {Rating::di_atas, Rating::sesuai, Rating::di_bawah};

const char* text_of(Lang lang, const std::string& id, const std::string& en) {
  return (lang == Lang::id || en.empty() ? id : en).c_str();
}

// Three radio buttons "<prefix>.di-atas/sesuai/di-bawah"; wraps on phones.
bool rating_radios(Lang lang, const char* prefix, Rating& value, bool disabled = false) {
  bool changed = false;
  bool first = true;
  ImGui::BeginDisabled(disabled);
  for (const auto r : kRatings) {
    char label[160];
    std::snprintf(label, sizeof label, "%s##%s.%s", widgets::rating_label(lang, r), prefix, to_string(r).data());
    if (!first) widgets::same_line_if_fits(ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetFontSize() * 2);
    first = false;
    if (a11y::RadioButton(label, value == r)) {
      value = r;
      changed = true;
    }
  }
  ImGui::EndDisabled();
  return changed;
}

std::string target_text(Lang lang, const SkpIndicator& ind) {
  if (ind.polaritas == Polaritas::rentang && ind.target_min && ind.target_max)
    return format_number(lang, *ind.target_min, 2) + " \xE2\x80\x93 " + format_number(lang, *ind.target_max, 2) + " " +
           ind.satuan;
  if (ind.target) return format_number(lang, *ind.target, 2) + " " + ind.satuan;
  return kDash;
}

void draw_indicators(const AppState& state, PenilaiDraft& d, const SkorPegawai& s) {
  const CityView& v = *state.view;
  const Lang lang = state.lang;
  ImGui::SeparatorText(tr(lang, "penilai.results_title"));
  if (s.skp == kTidakAda) {
    widgets::empty_state("penilai.no_skp", tr(lang, "penilai.no_skp"));
    return;
  }
  const Skp& skp = v.bundle.skps[s.skp];
  const std::string& period_id = v.bundle.periods[s.period].meta.id;
  std::size_t slot = 0;
  for (std::size_t r = 0; r < skp.rhk.size(); ++r) {
    const Rhk& rhk = skp.rhk[r];
    ImGui::PushID(rhk.id.c_str());
    const char* kategori = rhk.kategori == KategoriRhk::utama ? tr(lang, "penilai.rhk_utama") : tr(lang, "penilai.rhk_tambahan");
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.16f, 0.39f, 0.67f, 1));
    widgets::paragraph(kategori);
    ImGui::PopStyleColor();
    widgets::paragraph(rhk.text.c_str());
    ImGui::Indent();
    for (std::size_t k = 0; k < rhk.indicators.size(); ++k, ++slot) {
      const SkpIndicator& ind = rhk.indicators[k];
      ImGui::PushID(static_cast<int>(k));
      a11y::TextWrapped("\xE2\x80\xA2 %s", ind.text.c_str());
      const CapaianIndikator* c = slot < s.capaian.size() ? &s.capaian[slot] : nullptr;
      const std::size_t ri = find_realisation(v, skp.meta.id, ind.id, period_id);
      const Realisation* re = ri == kTidakAda ? nullptr : &v.bundle.realisations[ri];
      const RealisasiTerukur* terukur =
          c && c->terukur < v.report.terukur.size() ? &v.report.terukur[c->terukur] : nullptr;
      std::string realisasi = kDash;
      if (terukur) {  // measured from the unit's data: what was typed does not count
        if (terukur && terukur->nilai) realisasi = format_number(lang, *terukur->nilai, 2) + " " + ind.satuan;
        re = nullptr;
      } else if (re && re->value) {
        realisasi = format_number(lang, *re->value, 2) + " " + ind.satuan;
      } else if (re && !re->text.empty()) {
        realisasi = re->text;
      }
      // Three short facts that wrap as wholes on a phone, never inside a number.
      const std::string facts[] = {
          std::string(tr(lang, "penilai.target")) + " " + target_text(lang, ind),
          std::string(tr(lang, "penilai.realisasi")) + " " + realisasi,
          std::string(tr(lang, "penilai.capaian")) + " " + format_percent(lang, c ? c->capaian : std::nullopt, 2)};
      for (std::size_t f = 0; f < 3; ++f) {
        if (f > 0) widgets::same_line_if_fits(ImGui::CalcTextSize(facts[f].c_str()).x + ImGui::GetFontSize() * 1.5f);
        a11y::TextUnformatted(facts[f].c_str());
      }
      if (ind.target_maksimal) widgets::hint(tr(lang, "pegawai.target_maksimal"));
      if (re && re->submitted.empty()) widgets::hint(tr(lang, "penilai.draft_realisation"));
      if (re)
        for (std::size_t i = 0; i < re->evidence.size(); ++i) {
          const Evidence& e = re->evidence[i];
          if (!e.note.empty()) widgets::hint((std::string(tr(lang, "penilai.evidence_note")) + " " + e.note).c_str());
          if (e.link.empty()) continue;
          // A read-only field: the link can be selected and copied, never followed from here.
          std::string link = e.link;
          char id[64];
          std::snprintf(id, sizeof id, "##penilai.evidence.%zu.%zu", slot, i);
          ImGui::SetNextItemWidth(-1);
          a11y::InputText(id, &link, ImGuiInputTextFlags_ReadOnly);
        }
      if (terukur) {
        const std::string box = "penilai.terukur." + ind.id;
        widgets::chip(tr(lang, "terukur.chip"), IM_COL32(0x1F, 0x5F, 0x8B, 0xFF));
        widgets::note_box(box.c_str(), terukur_asal(lang, *terukur).c_str());
      } else if (!re) {
        widgets::hint(tr(lang, "penilai.no_realisation"));
      }
      ImGui::PopID();
    }
    ImGui::Unindent();
    // Continuous feedback on this RHK, from its evidence.
    auto it = std::find(d.rhk_ids.begin(), d.rhk_ids.end(), rhk.id);
    if (it == d.rhk_ids.end()) {
      d.rhk_ids.push_back(rhk.id);
      d.rhk_texts.emplace_back();
      it = d.rhk_ids.end() - 1;
    }
    auto& text = d.rhk_texts[static_cast<std::size_t>(it - d.rhk_ids.begin())];
    char id[120];
    std::snprintf(id, sizeof id, "##penilai.ubr.%s", rhk.id.c_str());
    widgets::hint(tr(lang, "penilai.ubr_hint"));
    a11y::InputTextMultiline(id, &text, ImVec2(-1, ImGui::GetTextLineHeight() * 2.6f));
    ImGui::PopID();
    ImGui::Spacing();
  }
}

void draw_behaviour(const AppState& state, PenilaiDraft& d, const Evaluation* ev) {
  const Lang lang = state.lang;
  ImGui::SeparatorText(tr(lang, "penilai.behaviour_title"));
  widgets::paragraph(tr(lang, "penilai.behaviour_help"));
  const bool wide = ImGui::GetContentRegionAvail().x > ImGui::GetFontSize() * 40;
  for (int i = 0; i < kJumlahNilaiBerakhlak; ++i) {
    const auto nilai = static_cast<NilaiBerakhlak>(i + 1);
    const PerilakuNilai* self = nullptr;
    if (ev)
      for (const auto& pn : ev->perilaku)
        if (pn.nilai == nilai) self = &pn;
    ImGui::PushID(i);
    widgets::heading(label_id(nilai).data());
    const bool table = wide && ImGui::BeginTable("side", 2, ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_BordersInnerV);
    if (table) ImGui::TableNextColumn();
    widgets::hint(tr(lang, "penilai.self_view"));
    if (self && self->self_rating) widgets::chip(widgets::rating_label(lang, *self->self_rating), widgets::rating_color(*self->self_rating));
    else widgets::hint(tr(lang, "penilai.self_none"));
    if (self && !self->self_note.empty()) widgets::paragraph(self->self_note.c_str());
    if (table) ImGui::TableNextColumn();
    widgets::hint(tr(lang, "penilai.rater_view"));
    char prefix[48];
    std::snprintf(prefix, sizeof prefix, "penilai.nilai.%d", i + 1);
    rating_radios(lang, prefix, d.nilai[static_cast<std::size_t>(i)]);
    char id[64];
    std::snprintf(id, sizeof id, "##penilai.ub.%d", i + 1);
    ImGui::SetNextItemWidth(-1);
    a11y::InputTextWithHint(id, tr(lang, "penilai.ub_hint"), &d.umpan_balik[static_cast<std::size_t>(i)]);
    if (table) ImGui::EndTable();
    ImGui::PopID();
  }
}

void draw_trainings(const AppState& state, PenilaiDraft& d, const SkorPegawai& s) {
  const CityView& v = *state.view;
  const Lang lang = state.lang;
  ImGui::SeparatorText(tr(lang, "penilai.training_title"));
  const auto katalog = katalog_dari_trainings(v.bundle.trainings);
  const auto kebutuhan = kebutuhan_pelatihan(default_rules(), v, s, std::vector<Rating>(d.nilai.begin(), d.nilai.end()));
  const auto rek = rekomendasi_pelatihan(katalog, kebutuhan);
  if (rek.empty()) widgets::paragraph(tr(lang, "penilai.training_none"));
  else widgets::paragraph(tr(lang, "penilai.training_help"));
  auto toggle = [&](const std::string& id, const std::string& title, const std::string& why) {
    bool on = std::find(d.recommendations.begin(), d.recommendations.end(), id) != d.recommendations.end();
    char label[400];
    std::snprintf(label, sizeof label, "%s##penilai.training.%s", title.c_str(), id.c_str());
    if (ImGui::Checkbox(label, &on)) {
      if (on) d.recommendations.push_back(id);
      else d.recommendations.erase(std::remove(d.recommendations.begin(), d.recommendations.end(), id), d.recommendations.end());
    }
    if (!why.empty()) {
      ImGui::Indent();
      widgets::hint(why.c_str());
      ImGui::Unindent();
    }
  };
  for (const auto& r : rek) toggle(r.id, text_of(lang, r.nama_id, r.nama_en), text_of(lang, r.alasan_id, r.alasan_en));
  // Trainings chosen earlier that the weaknesses no longer point to stay visible, so they can be removed.
  for (const auto& id : std::vector<std::string>(d.recommendations)) {
    if (std::any_of(rek.begin(), rek.end(), [&](const RekomendasiPelatihan& r) { return r.id == id; })) continue;
    std::string title = id;
    for (const auto& t : v.bundle.trainings)
      if (t.meta.id == id) title = t.title;
    toggle(id, title, "");
  }
}

// "Simpan penilaian" through the method's operation, and "Simpan umpan balik
// saja"; a refusal's words stay in ui.error until the next try.
using SimpanPenilaian = OperationResult (*)(const Store&, const CityView&, const RuleSet&, std::size_t, std::size_t,
                                            const KeputusanPenilai&, std::int64_t);
void save_buttons(const AppState& state, PenilaiUi& ui, Actions& actions, std::size_t employee, std::size_t period,
                  bool locked, SimpanPenilaian simpan) {
  const Lang lang = state.lang;
  ImGui::BeginDisabled(locked || !state.data.writer);
  auto push = [&](const OperationResult& r) {
    ui.error = r.ok() ? std::string() : message(lang, r.errors.front());
    actions.push(r, rater_nip(state, ui));
  };
  if (widgets::action_button(lang, "penilai.save"))
    push(simpan(state.data.local.store, *state.view, default_rules(), employee, period, ui.draft, state.data.now_ms));
  widgets::same_line_if_fits(ImGui::CalcTextSize(tr(lang, "penilai.save_feedback")).x + ImGui::GetFontSize() * 2);
  if (widgets::action_button(lang, "penilai.save_feedback"))
    push(simpan_umpan_balik(state.data.local.store, *state.view, employee, period, ui.draft));
  ImGui::EndDisabled();
}

void draw_ratings(const AppState& state, PenilaiUi& ui, Actions& actions, const SkorPegawai& s, std::size_t employee,
                  std::size_t period, bool locked) {
  const Lang lang = state.lang;
  PenilaiDraft& d = ui.draft;
  ImGui::SeparatorText(tr(lang, "penilai.ratings_title"));
  const auto saran_pk = saran_rating_perilaku(default_rules().rating_perilaku,
                                              std::vector<Rating>(d.nilai.begin(), d.nilai.end()));
  const auto check = periksa_penilaian(default_rules(), s, saran_pk.rating, d.hasil_kerja, d.perilaku, d.reason);

  // Rating hasil kerja: the suggestion with its reason, or the unit-head rule.
  widgets::paragraph(tr(lang, "penilai.hk_label"));
  if (check.hasil_kerja_dari_cko) {
    char line[300];
    std::snprintf(line, sizeof line, tr(lang, "penilai.hk_cko"), label_id(*s.cko_unit).data(),
                  widgets::rating_label(lang, check.hasil_kerja_dipakai));
    widgets::note_box("penilai.hk_cko_note", line);
  } else if (check.menunggu_cko) {
    widgets::note_box("penilai.hk_cko_note", tr(lang, "penilai.hk_cko_wait"));
  } else if (s.saran_hasil_kerja.rating != Rating::invalid) {
    widgets::hint(tr(lang, "penilai.suggested"));
    ImGui::SameLine();
    widgets::chip(widgets::rating_label(lang, s.saran_hasil_kerja.rating), widgets::rating_color(s.saran_hasil_kerja.rating));
    const TeksDuaBahasa why = alasan_saran(s.saran_hasil_kerja);
    widgets::paragraph(text_of(lang, why.id, why.en));
  } else {
    widgets::hint(tr(lang, "penilai.no_suggestion_hk"));
  }
  // A unit head's hasil kerja is the unit's CKO: nothing for the rater to choose.
  if (!s.kepala_unit) rating_radios(lang, "penilai.hk", d.hasil_kerja);
  if (s.predikat_tersimpan_beda && s.predikat != Predikat::invalid) {
    const Evaluation* ev = s.evaluation == kTidakAda ? nullptr : &state.view->bundle.evaluations[s.evaluation];
    if (ev && ev->predikat) {
      char line[400];
      std::snprintf(line, sizeof line, tr(lang, "penilai.predikat_stale"), widgets::predikat_label(lang, *ev->predikat),
                    widgets::predikat_label(lang, s.predikat));
      widgets::hint(line);
    }
  }

  widgets::paragraph(tr(lang, "penilai.pk_label"));
  if (saran_pk.rating != Rating::invalid) {
    widgets::hint(tr(lang, "penilai.suggested"));
    ImGui::SameLine();
    widgets::chip(widgets::rating_label(lang, saran_pk.rating), widgets::rating_color(saran_pk.rating));
    const TeksDuaBahasa why = alasan_saran(default_rules().rating_perilaku, saran_pk);
    widgets::paragraph(text_of(lang, why.id, why.en));
  } else {
    widgets::hint(tr(lang, "penilai.no_suggestion_pk"));
  }
  rating_radios(lang, "penilai.pk", d.perilaku);

  widgets::paragraph(tr(lang, check.hasil_kerja_beda || check.perilaku_beda ? "penilai.reason_required" : "penilai.reason_label"));
  a11y::InputTextMultiline("##penilai.reason", &d.reason, ImVec2(-1, ImGui::GetTextLineHeight() * 3.2f));

  // The kuadran, live.
  a11y::TextUnformatted(tr(lang, "penilai.predikat_live"));
  ImGui::SameLine();
  if (check.predikat != Predikat::invalid) widgets::chip(widgets::predikat_label(lang, check.predikat), widgets::predikat_color(check.predikat));
  else widgets::hint(tr(lang, "penilai.predikat_pending"));

  save_buttons(state, ui, actions, employee, period, locked, simpan_penilaian);
  // Why it cannot be finalised yet, next to the button, before and after a click.
  const char* why = !ui.error.empty()      ? ui.error.c_str()
                    : check.perlu_alasan     ? tr(lang, "penilai.refuse_reason")
                    : !check.lengkap         ? tr(lang, "penilai.refuse_incomplete")
                                             : nullptr;
  if (why) widgets::error_text(why);
  if (s.sudah_dinilai) {
    char line[300];
    const std::size_t ei = find_evaluation(*state.view, employee, period);
    std::snprintf(line, sizeof line, tr(lang, "penilai.rated_at"), widgets::predikat_label(lang, s.predikat),
                  ei == kTidakAda ? kDash : format_datetime_wita(lang, state.view->bundle.evaluations[ei].rated).c_str());
    widgets::paragraph(line);
  }
}

// A legacy period (PP 30/2019, PermenPANRB 8/2021, PP 46/2011): the nilai
// SKP the core computed, the rater's nilai perilaku as a number, and the final
// nilai and band, live from the core; no 6/2022 ratings.
void draw_legacy(const AppState& state, PenilaiUi& ui, Actions& actions, const SkorPegawai& s, std::size_t employee,
                 std::size_t period, bool locked) {
  const Lang lang = state.lang;
  PenilaiDraft& d = ui.draft;
  const MetodePenilaian metode = state.view->bundle.periods[period].metode;
  const bool pp30 = metode != MetodePenilaian::pp_46_2011;
  ImGui::SeparatorText(tr(lang, "penilai.legacy_title"));
  char line[400];
  std::snprintf(line, sizeof line, tr(lang, pp30 ? "penilai.legacy_intro_pp30" : "penilai.legacy_intro_pp46"),
                metode_label(metode));
  widgets::paragraph(line);
  if (s.legacy && s.legacy->ok) {
    std::snprintf(line, sizeof line, tr(lang, "penilai.legacy_skp"), format_number(lang, s.legacy->nilai, 2).c_str(),
                  band_suffix(lang, *s.legacy).c_str());
    widgets::paragraph(line);
  } else if (s.legacy) {
    std::snprintf(line, sizeof line, tr(lang, "penilai.legacy_skp_none"), text_of(lang, s.legacy->error_id, s.legacy->error_en));
    widgets::error_text(line);
  }
  std::snprintf(line, sizeof line, tr(lang, "penilai.legacy_perilaku"),
                format_number(lang, nilai_perilaku_maks(default_rules(), metode), 0).c_str());
  widgets::paragraph(line);
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
  a11y::InputText("##penilai.nilai_perilaku", &d.nilai_perilaku);
  if (pp30) {
    std::snprintf(line, sizeof line, "%s##penilai.legacy_360", tr(lang, "penilai.legacy_360"));
    ImGui::Checkbox(line, &d.perilaku_360);
    std::snprintf(line, sizeof line, "%s##penilai.legacy_inovasi", tr(lang, "penilai.legacy_inovasi"));
    ImGui::Checkbox(line, &d.inovasi);
    widgets::hint(tr(lang, "penilai.legacy_pp30_hint"));
  }
  const NilaiLegacy akhir = pratinjau_legacy(default_rules(), s, metode, d.nilai_perilaku, pp30 && d.perilaku_360,
                                             pp30 && d.inovasi);
  a11y::TextUnformatted(tr(lang, pp30 ? "penilai.legacy_live_pp30" : "penilai.legacy_live_pp46"));
  ImGui::SameLine();
  if (akhir.ok) {
    widgets::chip((format_number(lang, akhir.nilai, 2) + " \xC2\xB7 " + text_of(lang, akhir.label_id, akhir.label_en)).c_str(),
                  widgets::legacy_color(akhir.kategori));
  } else {
    widgets::hint(text_of(lang, akhir.error_id, akhir.error_en));
  }

  save_buttons(state, ui, actions, employee, period, locked, simpan_penilaian_legacy);
  if (!ui.error.empty()) widgets::error_text(ui.error.c_str());
  if (s.sudah_dinilai && s.legacy_akhir && s.legacy_akhir->ok) {
    const std::size_t ei = find_evaluation(*state.view, employee, period);
    std::snprintf(line, sizeof line, tr(lang, "penilai.legacy_rated_at"), format_number(lang, s.legacy_akhir->nilai, 2).c_str(),
                  text_of(lang, s.legacy_akhir->label_id, s.legacy_akhir->label_en),
                  ei == kTidakAda ? kDash : format_datetime_wita(lang, state.view->bundle.evaluations[ei].rated).c_str());
    widgets::paragraph(line);
  }
}

void draw_keberatan(const AppState& state, PenilaiDraft& d, const Evaluation* ev) {
  if (!ev || !ev->keberatan) return;
  const Lang lang = state.lang;
  const Keberatan& k = *ev->keberatan;
  ImGui::SeparatorText(tr(lang, "penilai.keberatan_title"));
  char line[300];
  std::snprintf(line, sizeof line, tr(lang, "penilai.keberatan_filed"), format_date(lang, k.submitted).c_str());
  widgets::hint(line);
  widgets::note_box("penilai.keberatan_text", k.text.c_str());
  if (k.decision) {
    widgets::paragraph(tr(lang, k.decision == KeputusanKeberatan::diterima ? "penilai.keberatan_diterima" : "penilai.keberatan_ditolak"));
    if (!k.decision_note.empty()) widgets::paragraph(k.decision_note.c_str());
  }
  widgets::paragraph(tr(lang, "penilai.penjelasan_label"));
  a11y::InputTextMultiline("##penilai.penjelasan", &d.penjelasan, ImVec2(-1, ImGui::GetTextLineHeight() * 3.2f));
  widgets::hint(tr(lang, "penilai.penjelasan_hint"));
}

} // namespace

void draw_member(const AppState& state, PenilaiUi& ui, Actions& actions, std::size_t employee, std::size_t period) {
  const CityView& v = *state.view;
  const Lang lang = state.lang;
  if (widgets::action_button(lang, "penilai.back")) {
    ui.employee_id.clear();
    ui.scroll_top = true;
    ui.error.clear();
    return;
  }
  const Employee& emp = v.bundle.employees[employee];
  if (ui.draft.employee_id != emp.meta.id || ui.draft.period_id != v.bundle.periods[period].meta.id)
    ui.draft = load_draft(v, employee, period);
  widgets::heading(emp.name.c_str());
  widgets::hint((emp.nip + "  \xC2\xB7  " + emp.jabatan).c_str());
  if (const auto u = find_unit(v, emp.unit_id); u != kTidakAda) widgets::hint(unit_path(v, u).c_str());
  const SkorPegawai* s = find_skor(v, employee, period);
  if (!s) {
    widgets::empty_state("penilai.not_in_period", tr(lang, "penilai.not_in_period"));
    return;
  }
  widgets::chip(widgets::status_label(lang, s->status), widgets::status_color(s->status));
  ImGui::SameLine();
  char line[200];
  std::snprintf(line, sizeof line, tr(lang, "penilai.capaian_mean"), format_percent(lang, s->capaian_rata, 2).c_str());
  a11y::TextUnformatted(line);
  const bool locked = v.bundle.periods[period].locked;
  if (locked) widgets::note_box("penilai.locked_note", tr(lang, "penilai.locked_note"));
  if (s->status == StatusPenilaian::belum_mulai)
    widgets::note_box("penilai.member_not_submitted", tr(lang, "penilai.member_not_submitted"));
  const std::size_t ei = find_evaluation(v, employee, period);
  const Evaluation* ev = ei == kTidakAda ? nullptr : &v.bundle.evaluations[ei];

  if (ev != nullptr && !state.penilai_ui.rater_id.empty()) {
    const std::size_t rater = find_employee(v, state.penilai_ui.rater_id);
    if (rater < v.bundle.employees.size())
      riwayat_button(state, actions, "evaluations", ev->meta.id, Peran::pegawai, v.bundle.employees[rater].nip,
                     emp.name + ", " + v.bundle.periods[period].name);
  }
  draw_keberatan(state, ui.draft, ev);
  draw_indicators(state, ui.draft, *s);
  if (metode_lama(v.bundle.periods[period].metode)) {
    // The BerAKHLAK ratings and the kuadran are 6/2022's; a legacy period ends in a number.
    draw_trainings(state, ui.draft, *s);
    draw_legacy(state, ui, actions, *s, employee, period, locked);
    return;
  }
  draw_behaviour(state, ui.draft, ev);
  draw_trainings(state, ui.draft, *s);
  draw_ratings(state, ui, actions, *s, employee, period, locked);
}

} // namespace kinerja::web::penilai
