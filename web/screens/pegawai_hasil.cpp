// Pegawai: "Kirim ke penilai" (submit: core kirim_ke_penilai), the file for
// the supervisor (a pegawai-scoped export), and after the rating: predikat,
// ratings, the supervisor's feedback, training recommendations and the
// keberatan form inside its window (core status_keberatan / rekam_keberatan).
#include "core/workflow/pegawai_edit.hpp"
#include "core/rules/batas_keberatan.hpp"
#include "web/a11y_text.hpp"
#include "web/screens/riwayat_panel.hpp"
#include "web/format.hpp"
#include "web/i18n.hpp"
#include "web/screens/pegawai_parts.hpp"
#include "web/widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <cstdio>
#include <string>

namespace kinerja::web {
namespace {


void draw_submit(PegawaiFrame& f) {
  const Lang lang = f.state.lang;
  ImGui::SeparatorText(tr(lang, "pegawai.submit_title"));
  widgets::paragraph(tr(lang, "pegawai.submit_help"));
  const std::size_t e = find_evaluation(f.view, f.employee, f.period);
  const Evaluation* ev = e == kTidakAda ? nullptr : &f.view.bundle.evaluations[e];
  if (ev && !ev->self_submitted.empty()) {
    const std::string line = std::string(tr(lang, "pegawai.sent_at")) + " " + format_datetime_wita(lang, ev->self_submitted);
    widgets::paragraph(line.c_str());
  }
  if (!f.ui.realisasi.empty() || !f.ui.perilaku.empty())
    widgets::error_text(tr(lang, "pegawai.unsaved_first"));
  ImGui::BeginDisabled(f.locked || !f.ui.realisasi.empty() || !f.ui.perilaku.empty());
  if (widgets::action_button(lang, "pegawai.submit")) {
    const OperationResult h = kirim_ke_penilai(f.state.data.local.store, f.view, f.employee, f.period, f.state.data.now_ms);
    if (!h.ok()) {
      f.ui.submit_error = message(lang, h.errors.front());
    } else {
      f.actions.push(h, f.view.bundle.employees[f.employee].nip);
      f.ui.submit_error = h.changes.empty() ? tr(lang, "pegawai.nothing_new") : "";
    }
  }
  ImGui::EndDisabled();
  widgets::same_line_if_fits(ImGui::CalcTextSize(tr(lang, "pegawai.export")).x + ImGui::GetFontSize() * 2);
  if (widgets::action_button(lang, "pegawai.export"))
    f.actions.export_scope = Scope{ScopeKind::pegawai, f.view.bundle.employees[f.employee].nip};
  widgets::error_text(f.ui.submit_error);
  widgets::hint(tr(lang, "pegawai.export_help"));
}

void draw_keberatan(PegawaiFrame& f, const Evaluation& ev) {
  const Lang lang = f.state.lang;
  const AturanKeberatan& aturan = default_rules().keberatan;
  const StatusKeberatan st = status_keberatan(aturan, ev, f.state.data.now_ms);
  ImGui::SeparatorText(tr(lang, "pegawai.keberatan_title"));
  const std::string batas = st.batas_ms ? format_datetime_wita(lang, format_timestamp_ms(*st.batas_ms)) : kDash;
  char line[400];
  switch (st.peluang) {
    case PeluangKeberatan::belum_dinilai: break;
    case PeluangKeberatan::sudah_diajukan: {
      const Keberatan& k = *ev.keberatan;
      std::snprintf(line, sizeof line, tr(lang, "pegawai.keberatan_sent"), format_datetime_wita(lang, k.submitted).c_str());
      widgets::paragraph(line);
      a11y::TextWrapped("\xE2\x80\x9C%s\xE2\x80\x9D", k.text.c_str());
      if (!k.penjelasan_penilai.empty())
        a11y::TextWrapped("%s %s", tr(lang, "pegawai.keberatan_penjelasan"), k.penjelasan_penilai.c_str());
      const char* decision = !k.decision ? "pegawai.keberatan_pending"
                             : *k.decision == KeputusanKeberatan::diterima ? "pegawai.keberatan_diterima"
                                                                           : "pegawai.keberatan_ditolak";
      widgets::paragraph(tr(lang, decision));
      if (!k.decision_note.empty()) a11y::TextWrapped("%s", k.decision_note.c_str());
      break;
    }
    case PeluangKeberatan::lewat_batas:
      std::snprintf(line, sizeof line, tr(lang, "pegawai.keberatan_closed"), aturan.batas_hari, batas.c_str());
      widgets::paragraph(line);
      break;
    case PeluangKeberatan::terbuka: {
      std::snprintf(line, sizeof line, tr(lang, "pegawai.keberatan_open"), aturan.batas_hari, batas.c_str());
      widgets::paragraph(line);
      a11y::InputTextMultiline("##pegawai.keberatan.text", &f.ui.keberatan,
                                ImVec2(std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 26),
                                       ImGui::GetTextLineHeight() * 4));
      ImGui::BeginDisabled(f.ui.keberatan.empty());
      if (widgets::action_button(lang, "pegawai.keberatan.submit")) {
        const OperationResult h = rekam_keberatan(f.state.data.local.store, f.view, f.employee, f.period, f.ui.keberatan,
                                               f.state.data.now_ms, aturan);
        if (!h.ok()) {
          f.ui.keberatan_error = message(lang, h.errors.front());
        } else {
          f.actions.push(h, f.view.bundle.employees[f.employee].nip);
          f.ui.keberatan.clear();
          f.ui.keberatan_error.clear();
        }
      }
      ImGui::EndDisabled();
      widgets::error_text(f.ui.keberatan_error);
      break;
    }
  }
}

// The rater's words and the trainings they recommend, under either method.
void draw_feedback(PegawaiFrame& f, const Evaluation& ev) {
  const Lang lang = f.state.lang;
  if (!ev.umpan_balik_rhk.empty()) {
    a11y::TextUnformatted(tr(lang, "pegawai.feedback"));
    for (const auto& u : ev.umpan_balik_rhk) widgets::bullet(u.text.c_str());
  }
  if (!ev.recommendations.empty()) {
    a11y::TextUnformatted(tr(lang, "pegawai.trainings"));
    for (const auto& id : ev.recommendations) {
      const Training* t = nullptr;
      for (const auto& x : f.view.bundle.trainings)
        if (x.meta.id == id) t = &x;
      ImGui::Bullet();
      if (t && t->hours)
        a11y::TextWrapped("%s (%d %s)", t->title.c_str(), *t->hours, tr(lang, "pegawai.jp"));
      else
        a11y::TextWrapped("%s", t ? t->title.c_str() : id.c_str());
    }
  }
}

const char* text_of(Lang lang, const std::string& id, const std::string& en) {
  return (lang == Lang::id || en.empty() ? id : en).c_str();
}

// A legacy period: the nilai SKP as the employee's realisations give it now,
// and once rated the nilai perilaku and the final nilai with its band.
void draw_legacy_result(PegawaiFrame& f, const SkorPegawai& s, std::size_t e) {
  const Lang lang = f.state.lang;
  const MetodePenilaian metode = f.view.bundle.periods[f.period].metode;
  char line[400];
  std::snprintf(line, sizeof line, tr(lang, "pegawai.legacy_method"), metode_label(metode));
  widgets::paragraph(line);
  if (s.legacy->ok)
    std::snprintf(line, sizeof line, tr(lang, "pegawai.legacy_skp"), format_number(lang, s.legacy->nilai, 2).c_str(),
                  band_suffix(lang, *s.legacy).c_str());
  else
    std::snprintf(line, sizeof line, tr(lang, "pegawai.legacy_skp_none"), text_of(lang, s.legacy->error_id, s.legacy->error_en));
  widgets::paragraph(line);
  if (!s.sudah_dinilai || e == kTidakAda || !s.legacy_akhir || !s.legacy_akhir->ok) {
    widgets::empty_state("pegawai.not_rated", tr(lang, "pegawai.legacy_not_rated"));
    return;
  }
  const Evaluation& ev = f.view.bundle.evaluations[e];
  std::snprintf(line, sizeof line, tr(lang, "pegawai.legacy_perilaku"),
                format_number(lang, ev.nilai_perilaku.value_or(0), 2).c_str());
  widgets::paragraph(line);
  a11y::TextUnformatted(tr(lang, metode == MetodePenilaian::pp_46_2011 ? "pegawai.legacy_final_pp46" : "pegawai.legacy_final_pp30"));
  ImGui::SameLine();
  widgets::chip((format_number(lang, s.legacy_akhir->nilai, 2) + " \xC2\xB7 " +
                 text_of(lang, s.legacy_akhir->label_id, s.legacy_akhir->label_en)).c_str(),
                widgets::legacy_color(s.legacy_akhir->kategori));
  const std::string rated = std::string(tr(lang, "pegawai.rated_at")) + " " + format_datetime_wita(lang, ev.rated);
  widgets::hint(rated.c_str());
  const Employee& me = f.view.bundle.employees[f.employee];
  riwayat_button(f.state, f.actions, "evaluations", ev.meta.id, Peran::pegawai, me.nip,
                 me.name + ", " + f.view.bundle.periods[f.period].name);
  draw_feedback(f, ev);
}

void draw_result(PegawaiFrame& f) {
  const Lang lang = f.state.lang;
  ImGui::SeparatorText(tr(lang, "pegawai.result_title"));
  const SkorPegawai* s = find_skor(f.view, f.employee, f.period);
  const std::size_t e = find_evaluation(f.view, f.employee, f.period);
  if (s && s->legacy) {
    draw_legacy_result(f, *s, e);
    return;
  }
  if (!s || !s->sudah_dinilai || e == kTidakAda) {
    widgets::empty_state("pegawai.not_rated", tr(lang, "pegawai.not_rated"));
    return;
  }
  const Evaluation& ev = f.view.bundle.evaluations[e];
  a11y::TextUnformatted(tr(lang, "pegawai.predikat"));
  ImGui::SameLine();
  widgets::chip(widgets::predikat_label(lang, s->predikat), widgets::predikat_color(s->predikat));
  a11y::TextUnformatted(tr(lang, "pegawai.rating_hk"));
  ImGui::SameLine();
  widgets::chip(widgets::rating_label(lang, s->rating_hasil_kerja), widgets::rating_color(s->rating_hasil_kerja));
  a11y::TextUnformatted(tr(lang, "pegawai.rating_pk"));
  ImGui::SameLine();
  widgets::chip(widgets::rating_label(lang, s->rating_perilaku), widgets::rating_color(s->rating_perilaku));
  if (!ev.rated.empty()) {
    const std::string line = std::string(tr(lang, "pegawai.rated_at")) + " " + format_datetime_wita(lang, ev.rated);
    widgets::hint(line.c_str());
  }
  const Employee& me = f.view.bundle.employees[f.employee];
  riwayat_button(f.state, f.actions, "evaluations", ev.meta.id, Peran::pegawai, me.nip,
                 me.name + ", " + f.view.bundle.periods[f.period].name);
  if (!ev.reason.empty()) a11y::TextWrapped("%s %s", tr(lang, "pegawai.reason"), ev.reason.c_str());
  draw_feedback(f, ev);
  widgets::note_box("pegawai.development", tr(lang, "guide.development"));
  draw_keberatan(f, ev);
}

} // namespace

void draw_pegawai_hasil(PegawaiFrame& f) {
  draw_submit(f);
  draw_result(f);
}

} // namespace kinerja::web
