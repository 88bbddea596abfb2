// Pegawai: the BerAKHLAK self-assessment — the seven values with their
// definition and three panduan perilaku (assets/rules/berakhlak.json through
// RuleSet::berakhlak), a self rating and a note each, stored in the
// evaluation of (employee, period) by rekam_penilaian_diri, which keeps the
// supervisor's fields of that shared record. The supervisor's judgement of
// each value, when given, is shown beside it.
#include "core/rules/berakhlak.hpp"
#include "core/workflow/pegawai_edit.hpp"
#include "web/a11y_text.hpp"
#include "web/i18n.hpp"
#include "web/screens/pegawai_parts.hpp"
#include "web/widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <cstdio>
#include <string>
#include <vector>

namespace kinerja::web {
namespace {

const PerilakuNilai* stored_value(const Evaluation* ev, NilaiBerakhlak n) {
  if (!ev) return nullptr;
  for (const auto& p : ev->perilaku)
    if (p.nilai == n) return &p;
  return nullptr;
}

} // namespace

void draw_pegawai_perilaku(PegawaiFrame& f) {
  const Lang lang = f.state.lang;
  ImGui::SeparatorText(tr(lang, "pegawai.perilaku_title"));
  widgets::paragraph(tr(lang, "pegawai.perilaku_help"));
  const KatalogBerakhlak& katalog = default_rules().berakhlak;
  const std::size_t e = find_evaluation(f.view, f.employee, f.period);
  const Evaluation* ev = e == kTidakAda ? nullptr : &f.view.bundle.evaluations[e];
  char id[160];
  for (int v = 1; v <= kJumlahNilaiBerakhlak; ++v) {
    const auto nilai = static_cast<NilaiBerakhlak>(v);
    const std::string key(to_string(nilai));
    const PanduanNilai* panduan = katalog.find(nilai);
    const PerilakuNilai* stored = stored_value(ev, nilai);
    DraftPerilaku shown;
    if (auto it = f.ui.perilaku.find(v); it != f.ui.perilaku.end()) {
      shown = it->second;
    } else if (stored) {
      shown.rating = stored->self_rating ? static_cast<int>(*stored->self_rating) : 0;
      shown.note = stored->self_note;
    }
    const DraftPerilaku before = shown;
    ImGui::PushID(v);
    std::string child = "pegawai.nilai." + key;
    ImGui::BeginChild(child.c_str(), ImVec2(0, 0),
                      ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding | ImGuiChildFlags_Border);
    widgets::heading(std::string(label_id(nilai)).c_str());
    if (panduan) {
      widgets::paragraph(lang == Lang::id ? panduan->definisi.id.c_str() : panduan->definisi.en.c_str());
      std::snprintf(id, sizeof id, "%s##pegawai.panduan.%s", tr(lang, "pegawai.panduan"), key.c_str());
      if (ImGui::TreeNode(id)) {
        for (const auto& t : panduan->panduan) widgets::bullet(lang == Lang::id ? t.id.c_str() : t.en.c_str());
        ImGui::TreePop();
      }
    }
    ImGui::BeginDisabled(f.locked);
    a11y::TextUnformatted(tr(lang, "pegawai.self_rating"));
    bool first = true;
    for (const Rating r : {Rating::di_bawah, Rating::sesuai, Rating::di_atas}) {
      const char* label = widgets::rating_label(lang, r);
      if (!first) widgets::same_line_if_fits(ImGui::CalcTextSize(label).x + ImGui::GetFontSize() * 2.5f);
      first = false;
      std::snprintf(id, sizeof id, "%s##pegawai.self.%s.%s", label, key.c_str(), std::string(to_string(r)).c_str());
      if (a11y::RadioButton(id, shown.rating == static_cast<int>(r))) shown.rating = static_cast<int>(r);
    }
    ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 24));
    std::snprintf(id, sizeof id, "##pegawai.selfnote.%s", key.c_str());
    a11y::InputTextWithHint(id, tr(lang, "pegawai.self_note_hint"), &shown.note);
    ImGui::EndDisabled();
    if (stored && stored->rating) {
      a11y::TextUnformatted(tr(lang, "pegawai.penilai_rating"));
      ImGui::SameLine();
      widgets::chip(widgets::rating_label(lang, *stored->rating), widgets::rating_color(*stored->rating));
      if (!stored->umpan_balik.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        a11y::TextWrapped("%s %s", tr(lang, "pegawai.umpan_balik"), stored->umpan_balik.c_str());
        ImGui::PopStyleColor();
      }
    }
    ImGui::EndChild();
    ImGui::PopID();
    if (!(shown == before)) {
      f.ui.perilaku[v] = shown;
      f.ui.perilaku_error.clear();
    }
  }
  if (!f.ui.perilaku_error.empty())
    widgets::error_text(f.ui.perilaku_error.c_str());
  if (!f.ui.perilaku.empty()) widgets::hint(tr(lang, "pegawai.self_unsaved"));
  ImGui::BeginDisabled(f.locked || f.ui.perilaku.empty());
  if (widgets::action_button(lang, "pegawai.self_save")) {
    std::vector<PenilaianDiri> changes;
    for (const auto& [v, d] : f.ui.perilaku) {
      PenilaianDiri p;
      p.nilai = static_cast<NilaiBerakhlak>(v);
      if (d.rating > 0) p.self_rating = static_cast<Rating>(d.rating);
      p.self_note = d.note;
      changes.push_back(std::move(p));
    }
    const OperationResult h = rekam_penilaian_diri(f.state.data.local.store, f.view, f.employee, f.period, changes);
    if (!h.ok()) {
      f.ui.perilaku_error = message(lang, h.errors.front());
    } else {
      f.actions.push(h, f.view.bundle.employees[f.employee].nip);
      f.ui.perilaku.clear();
      f.ui.perilaku_error.clear();
    }
  }
  ImGui::EndDisabled();
}

} // namespace kinerja::web
