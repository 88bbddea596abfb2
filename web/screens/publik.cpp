// The publik workspace (#/publik): the landing page any citizen opens. It
// shows the published figures (state.publik: the city's publik.json or the
// demo city's) as a city overview and a card per OPD/kecamatan. Nothing is
// computed here: the figures come from the core's aggregate, and what they
// mean (period shown, bar shares, IKM band, limits) from core/view/publik_view.
#include "core/base/text.hpp"
#include "core/view/publik_view.hpp"
#include "core/rules/rules.hpp"
#include "web/a11y_text.hpp"
#include "web/format.hpp"
#include "web/i18n.hpp"
#include "web/screens/publik_suara.hpp"
#include "web/screens/screen_common.hpp"
#include "web/platform.hpp"
#include "web/ui.hpp"
#include "web/widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

namespace kinerja::web {

namespace {

const ImVec4 kMuted(0.36f, 0.39f, 0.43f, 1.0f);
const ImVec4 kGood(0.09f, 0.47f, 0.28f, 1.0f);
const ImVec4 kBad(0.70f, 0.16f, 0.16f, 1.0f);
const ImU32 kHiddenFill = IM_COL32(226, 229, 233, 255);
const ImU32 kHiddenHatch = IM_COL32(180, 186, 194, 255);

std::string count_text(Lang lang, std::optional<std::int64_t> v) {
  return v ? format_count(lang, *v) : std::string(kDash);
}

const char* kind_key(UnitKind k) {
  switch (k) {
    case UnitKind::opd: return "publik.kind.opd";
    case UnitKind::kecamatan: return "publik.kind.kecamatan";
    case UnitKind::kelurahan: return "publik.kind.kelurahan";
    case UnitKind::uptd: return "publik.kind.uptd";
    case UnitKind::bidang: return "publik.kind.bidang";
    case UnitKind::seksi: return "publik.kind.seksi";
    case UnitKind::invalid: break;
  }
  return "publik.kind.unit";
}

const char* unit_name(const Publik& d, const std::string& id) {
  const PublikUnit* u = find_publik_unit(d, id);
  return u ? u->name.c_str() : id.c_str();
}

// Text in the bold face (unit names, big figures).
void bold(const char* text) {
  ImGuiIO& io = ImGui::GetIO();
  ImGui::PushFont(io.Fonts->Fonts.Size > 1 ? io.Fonts->Fonts[1] : nullptr);
  a11y::TextWrapped("%s", text);
  ImGui::PopFont();
}

void muted(const char* text) {
  ImGui::PushStyleColor(ImGuiCol_Text, kMuted);
  a11y::TextWrapped("%s", text);
  ImGui::PopStyleColor();
}

// A big figure with its label under it; placed beside the previous one when it fits.
void stat(bool first, const char* label, const std::string& value) {
  ImGuiIO& io = ImGui::GetIO();
  ImFont* big = io.Fonts->Fonts.Size > 1 ? io.Fonts->Fonts[1] : ImGui::GetFont();
  const float w = std::max(ImGui::CalcTextSize(label).x,
                           big->CalcTextSizeA(big->FontSize, FLT_MAX, 0, value.c_str()).x) +
                  ImGui::GetFontSize() * 1.5f;
  if (!first) widgets::same_line_if_fits(w);
  ImGui::BeginGroup();
  ImGui::PushFont(big);
  a11y::TextUnformatted(value.c_str());
  ImGui::PopFont();
  ImGui::PushStyleColor(ImGuiCol_Text, kMuted);
  a11y::TextUnformatted(label);
  ImGui::PopStyleColor();
  ImGui::EndGroup();
  ImGui::SameLine(0, 0);
  ImGui::Dummy(ImVec2(ImGui::GetFontSize() * 1.5f, 0));
}

// The predikat bar of a published row: each predikat's share of the row's
// pegawai, best on the left, and the suppressed remainder hatched grey (so a
// hidden group never looks like zero, nor inflates the shown ones).
void predikat_bar(Lang lang, const char* id, const BarisPredikat& row, float width) {
  const PorsiPredikat p = porsi_predikat(row);
  const float h = ImGui::GetTextLineHeight() * 1.15f;
  const ImVec2 p0 = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton(id, ImVec2(width, h));
  const bool hovered = ImGui::IsItemHovered();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float rounding = h * 0.2f;
  dl->AddRectFilled(p0, ImVec2(p0.x + width, p0.y + h), IM_COL32(240, 242, 245, 255), rounding);
  // Parts are clipped to the rounded bar so their square ends never peek out.
  dl->PushClipRect(p0, ImVec2(p0.x + width, p0.y + h), true);
  float x = p0.x;
  for (int i = 5; i >= 1; --i) {
    const float w = width * static_cast<float>(p.porsi[static_cast<std::size_t>(i)]);
    if (w <= 0) continue;
    dl->AddRectFilled(ImVec2(x, p0.y), ImVec2(x + w, p0.y + h), widgets::predikat_color(static_cast<Predikat>(i)),
                      rounding, x <= p0.x ? ImDrawFlags_RoundCornersLeft : ImDrawFlags_RoundCornersNone);
    x += w;
  }
  dl->PopClipRect();
  const float hw = width * static_cast<float>(p.tersembunyi);
  if (hw > 0) {
    const ImVec2 a(x, p0.y), b(std::min(x + hw, p0.x + width), p0.y + h);
    dl->AddRectFilled(a, b, kHiddenFill, rounding,
                      x <= p0.x ? ImDrawFlags_RoundCornersAll : ImDrawFlags_RoundCornersRight);
    dl->PushClipRect(a, b, true);
    for (float s = a.x - h; s < b.x; s += h * 0.45f)
      dl->AddLine(ImVec2(s, b.y), ImVec2(s + h, a.y), kHiddenHatch, std::max(1.0f, h * 0.06f));
    dl->PopClipRect();
  }
  dl->AddRect(p0, ImVec2(p0.x + width, p0.y + h), IM_COL32(255, 255, 255, 255), rounding, 0, 2.0f);
  if (hovered) {
    ImGui::BeginTooltip();
    for (int i = 5; i >= 1; --i) {
      const auto c = row.predikat[static_cast<std::size_t>(i - 1)];
      a11y::Text("%s: %s", widgets::predikat_label(lang, predikat_kolom(static_cast<std::size_t>(i - 1))),
                  count_text(lang, c).c_str());
    }
    ImGui::EndTooltip();
  }
}

// "Sangat Baik 12 · Baik 219 · …", best first; "—" where suppressed.
std::string predikat_counts(Lang lang, const BarisPredikat& row) {
  std::string out;
  for (int i = 4; i >= 0; --i) {
    if (!out.empty()) out += "  \xC2\xB7  ";
    out += widgets::predikat_label(lang, predikat_kolom(static_cast<std::size_t>(i)));
    out += ' ';
    out += count_text(lang, row.predikat[static_cast<std::size_t>(i)]);
  }
  return out;
}

bool row_has_hidden(const BarisPredikat& row) {
  if (!row.pegawai || !row.persen_tepat_waktu || !row.median_capaian) return true;
  return std::any_of(row.predikat.begin(), row.predikat.end(), [](const auto& c) { return !c.has_value(); });
}

// The one-line reason for every "—" in the figures above it.
void hidden_reason(Lang lang, std::int64_t k) {
  const std::string text = std::string(kDash) + " " + tr(lang, "publik.hidden_a") + " " + format_count(lang, k) +
                           " " + tr(lang, "publik.hidden_b");
  muted(text.c_str());
}

void legend(Lang lang) {
  widgets::predikat_legend(lang);
  const float s = ImGui::GetTextLineHeight() * 0.7f;
  const char* label = tr(lang, "publik.legend_hidden");
  widgets::same_line_if_fits(s + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize(label).x);
  const ImVec2 p0 = ImGui::GetCursorScreenPos();
  const float dy = (ImGui::GetTextLineHeight() - s) * 0.5f;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(ImVec2(p0.x, p0.y + dy), ImVec2(p0.x + s, p0.y + dy + s), kHiddenFill, s * 0.2f);
  dl->AddLine(ImVec2(p0.x, p0.y + dy + s), ImVec2(p0.x + s, p0.y + dy), kHiddenHatch, 1.5f);
  ImGui::Dummy(ImVec2(s, ImGui::GetTextLineHeight()));
  ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
  a11y::TextUnformatted(label);
}

const std::string* period_name(const Publik& d, const std::string& id) {
  for (const auto& p : d.periods)
    if (p.period_id == id) return &p.name;
  return nullptr;
}

// The % assessed on time over the periods of this kind (a gap where hidden).
void trend(Lang lang, const Publik& d, const std::string& unit_id, JenisPeriode jenis, const char* id, float width) {
  const TrenUnit* t = tren_unit(d, unit_id, jenis);
  std::vector<std::optional<double>> values;
  int known = 0;
  if (t)
    for (const auto& pt : t->titik) {
      values.push_back(pt.persen_tepat_waktu);
      if (pt.persen_tepat_waktu) ++known;
    }
  if (known < 2) {
    muted(tr(lang, "publik.trend_none"));
    return;
  }
  a11y::TextUnformatted(tr(lang, "publik.trend"));
  std::vector<std::string> labels;
  for (const auto& v : values) labels.push_back(v ? format_percent(lang, v, 0) : std::string());
  const std::string lo = format_percent(lang, 0.0, 0), hi = format_percent(lang, 100.0, 0);
  widgets::trend_line(id, values, width, ImGui::GetTextLineHeight() * 4.2f, 0.0, 100.0, labels, lo.c_str(), hi.c_str());
  std::string axis;
  for (const auto& pt : t->titik) {
    if (!axis.empty()) axis += "  \xC2\xB7  ";
    const std::string* n = period_name(d, pt.period_id);
    axis += n ? *n : pt.period_id;
    axis += ' ';
    axis += format_percent(lang, pt.persen_tepat_waktu, 1);
  }
  muted(axis.c_str());
}

std::string days_text(Lang lang, double hari) {
  return format_number(lang, hari, 2) + " " + tr(lang, "publik.hari");
}

// "Tanggapan pertama: median 1,32 hari — di bawah batas 3 hari kalender · 83,3% tepat waktu",
// then the share still waiting ("80,0% belum ditanggapi"); a missing median
// says why ("kurang dari 5 pengaduan yang sudah ditanggapi").
void complaint_line(Lang lang, const char* label_key, std::optional<double> median, std::optional<int> batas,
                    bool hari_kerja, std::optional<double> persen, const char* persen_key,
                    std::optional<double> menunggu, const char* menunggu_key, const char* alasan_key,
                    long long k) {
  std::string head = std::string(tr(lang, label_key)) + " ";
  head += median ? days_text(lang, *median) : std::string(kDash);
  a11y::TextWrapped("%s", head.c_str());
  if (!median) {
    char why[200];
    std::snprintf(why, sizeof why, tr(lang, alasan_key), k);
    muted(why);
  } else if (batas) {
    const PosisiBatas pos = posisi_terhadap_batas(median, *batas);
    std::string limit = std::string(tr(lang, pos == PosisiBatas::dalam_batas ? "publik.within" : "publik.over")) +
                        " " + format_count(lang, *batas) + " " +
                        tr(lang, hari_kerja ? "publik.hari_kerja" : "publik.hari_kalender");
    ImGui::PushStyleColor(ImGuiCol_Text, pos == PosisiBatas::dalam_batas ? kGood : kBad);
    a11y::TextWrapped("%s", limit.c_str());
    ImGui::PopStyleColor();
  }
  if (persen) {
    const std::string share = format_percent(lang, persen, 1) + " " + tr(lang, persen_key);
    muted(share.c_str());
  }
  if (menunggu) {  // beside every median: how many are still waiting
    const std::string waiting = format_percent(lang, menunggu, 1) + " " + tr(lang, menunggu_key);
    ImGui::PushStyleColor(ImGuiCol_Text, *menunggu >= 50 ? kBad : ImGui::GetStyleColorVec4(ImGuiCol_Text));
    a11y::TextWrapped("%s", waiting.c_str());
    ImGui::PopStyleColor();
  }
}

void service_block(Lang lang, const Publik& d, const BarisLayanan& l, const BatasTampil& batas) {
  ImGui::PushID(l.unit_id.c_str());
  ImGui::Separator();
  bold(unit_name(d, l.unit_id));
  // IKM with its mutu
  const MutuIkm* m = mutu_ikm_terbit(default_rules().ikm, l.ikm, l.mutu);
  if (l.ikm && m) {
    const std::string v = std::string(tr(lang, "publik.ikm")) + " " + format_number(lang, *l.ikm, 2);
    a11y::TextUnformatted(v.c_str());
    // The chip's text sits on the line's baseline: lift the chip by its padding.
    ImGui::SameLine();
    const float y = ImGui::GetCursorPosY();
    ImGui::SetCursorPosY(y - ImGui::GetFontSize() * 0.12f);
    const std::string chip = std::string(tr(lang, "publik.mutu")) + " " + m->mutu;
    widgets::chip(chip.c_str(), widgets::mutu_color(m->mutu.empty() ? '?' : m->mutu[0]));
    ImGui::SameLine();
    ImGui::SetCursorPosY(y);
    a11y::TextUnformatted(lang == Lang::id ? m->kinerja_id.c_str() : m->kinerja_en.c_str());
    const std::string resp = count_text(lang, l.responden) + " " + tr(lang, "publik.responden_unit");
    muted(resp.c_str());
  } else {
    const std::string v = std::string(tr(lang, "publik.ikm")) + " " + kDash + "  " + tr(lang, "publik.ikm_hidden");
    muted(v.c_str());
  }
  // The survey sample against Krejcie–Morgan for the unit's population
  if (l.populasi && l.sampel_minimum) {
    char line[300];
    const char* key = !l.sampel_memadai ? "publik.sampel_info" : *l.sampel_memadai ? "publik.sampel_ok" : "publik.sampel_short";
    std::snprintf(line, sizeof line, tr(lang, key), format_count(lang, *l.sampel_minimum).c_str(),
                  format_count(lang, *l.populasi).c_str());
    if (l.sampel_memadai && !*l.sampel_memadai) {
      ImGui::PushStyleColor(ImGuiCol_Text, kBad);
      a11y::TextWrapped("%s", line);
      ImGui::PopStyleColor();
    } else {
      muted(line);
    }
  }
  // Complaints against the SP4N-LAPOR! limits
  if (!l.pengaduan && !l.median_hari_tanggapan && !l.median_hari_selesai && !l.persen_belum_ditanggapi) {
    const std::string v = std::string(tr(lang, "publik.pengaduan_unit")) + " " + kDash + "  " +
                          tr(lang, "publik.pengaduan_hidden");
    muted(v.c_str());
  } else {
    const std::string n = std::string(tr(lang, "publik.pengaduan_unit")) + " " + count_text(lang, l.pengaduan);
    a11y::TextWrapped("%s", n.c_str());
    const auto k = static_cast<long long>(d.min_group);
    complaint_line(lang, "publik.tanggapan", l.median_hari_tanggapan, batas.tanggapan_hari, batas.hari_kerja,
                   l.persen_tanggapan_tepat_waktu, "publik.tanggapan_tepat", l.persen_belum_ditanggapi,
                   "publik.belum_ditanggapi", "publik.tanggapan_kurang", k);
    complaint_line(lang, "publik.selesai", l.median_hari_selesai, batas.selesai_hari, batas.hari_kerja,
                   l.persen_selesai_tepat_waktu, "publik.selesai_tepat", l.persen_belum_selesai,
                   "publik.belum_selesai", "publik.selesai_kurang", k);
  }
  ImGui::PopID();
}

void city_overview(const AppState& state, const Publik& d, const PublikPeriode& p) {
  const Lang lang = state.lang;
  ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(1, 1, 1, 1));
  ImGui::BeginChild("publik.kota", ImVec2(0, 0),
                    ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding);
  const std::string title = std::string(tr(lang, "publik.city")) + " \xE2\x80\x94 " + p.name;
  widgets::heading(title.c_str());
  stat(true, tr(lang, "publik.pegawai"), count_text(lang, p.kota.pegawai));
  stat(false, tr(lang, "publik.tepat_waktu"), format_percent(lang, p.kota.persen_tepat_waktu, 1));
  stat(false, tr(lang, "publik.median_capaian"), format_percent(lang, p.kota.median_capaian, 1));
  stat(false, tr(lang, "publik.responden"), count_text(lang, p.responden_kota));
  stat(false, tr(lang, "publik.pengaduan"), count_text(lang, p.pengaduan_kota));
  const float width = ImGui::GetContentRegionAvail().x;
  predikat_bar(lang, "publik.kota.bar", p.kota, width);
  legend(lang);
  a11y::TextWrapped("%s", predikat_counts(lang, p.kota).c_str());
  if (row_has_hidden(p.kota) || !p.responden_kota || !p.pengaduan_kota) hidden_reason(lang, d.min_group);
  trend(lang, d, "", p.jenis, "publik.kota.trend", std::min(width, ImGui::GetFontSize() * 24));
  ImGui::EndChild();
  ImGui::PopStyleColor();
}

void unit_card(const AppState& state, Actions* actions, const Publik& d, const PublikPeriode& p, const BarisPredikat& row,
               float width, const BatasTampil& batas) {
  const Lang lang = state.lang;
  const std::string id = "publik.unit." + row.unit_id;
  ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(1, 1, 1, 1));
  ImGui::BeginChild(id.c_str(), ImVec2(width, 0),
                    ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding);
  bold(unit_name(d, row.unit_id));
  const PublikUnit* u = find_publik_unit(d, row.unit_id);
  muted(tr(lang, kind_key(u ? u->kind : UnitKind::invalid)));
  const float inner = ImGui::GetContentRegionAvail().x;
  predikat_bar(lang, (id + ".bar").c_str(), row, inner);
  a11y::TextWrapped("%s", predikat_counts(lang, row).c_str());
  const std::string line1 = std::string(tr(lang, "publik.pegawai")) + ": " + count_text(lang, row.pegawai);
  a11y::TextWrapped("%s", line1.c_str());
  const std::string line2 = std::string(tr(lang, "publik.tepat_waktu")) + ": " +
                            format_percent(lang, row.persen_tepat_waktu, 1) + "   " +
                            tr(lang, "publik.median_capaian") + ": " + format_percent(lang, row.median_capaian, 1);
  a11y::TextWrapped("%s", line2.c_str());
  if (row_has_hidden(row)) hidden_reason(lang, d.min_group);
  trend(lang, d, row.unit_id, p.jenis, (id + ".trend").c_str(), inner);
  const auto services = layanan_di_bawah(d, p, row.unit_id);
  if (!services.empty()) {
    ImGui::Spacing();
    bold(tr(lang, "publik.services"));
    for (const BarisLayanan* l : services) service_block(lang, d, *l, batas);
  }
  if (actions && state.publik_ui.unit_id.empty()) {
    char label[200];
    std::snprintf(label, sizeof label, "%s##publik.open.%s", tr(lang, "publik.open_unit"), row.unit_id.c_str());
    if (ImGui::SmallButton(label)) ui_draft(actions->publik_ui, state.publik_ui).unit_id = row.unit_id;
  }
  ImGui::EndChild();
  ImGui::PopStyleColor();
}

// Which period the figures are for, said first ("Periode terakhir yang
// diterbitkan: …" when it is the latest one with figures), and a compact
// selector for the others.
void period_selector(const AppState& state, Actions& actions, const Publik& d, std::size_t shown) {
  const Lang lang = state.lang;
  const auto latest = periode_tampil(d, "");
  char line[300];
  std::snprintf(line, sizeof line, tr(lang, latest && *latest == shown ? "publik.period_latest" : "publik.period_chosen"),
                d.periods[shown].name.c_str());
  bold(line);
  ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 14));
  char label[160];
  if (widgets::begin_combo("##publik.period", tr(lang, "publik.period_other"))) {
    for (std::size_t i = 0; i < d.periods.size(); ++i) {
      const auto& p = d.periods[i];
      std::snprintf(label, sizeof label, "%s##publik.period.%s", p.name.c_str(), p.period_id.c_str());
      if (ImGui::Selectable(label, i == shown) && i != shown) ui_draft(actions.publik_ui, state.publik_ui).period_id = p.period_id;
    }
    ImGui::EndCombo();
  }
}

std::string shown_error(const AppState& state) {
  // The core prefixes the source ("origin: …"); the reader knows it as publik.json.
  std::string e = state.publik.error;
  if (e.starts_with("origin: ")) e = e.substr(8);
  if (e.starts_with("/: ")) e = e.substr(3);  // the whole file, not one field
  return std::string(tr(state.lang, "publik.error")) + " " + e;
}

// Find a unit, Puskesmas or kecamatan by name as one types; a result opens its page.
void unit_search(const AppState& state, Actions& actions, const Publik& d) {
  const Lang lang = state.lang;
  widgets::paragraph(tr(lang, "publik.search_label"));
  std::string text = state.publik_ui.search;
  ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 22));
  if (a11y::InputTextWithHint("##publik.search", tr(lang, "publik.search_hint"), &text))
    ui_draft(actions.publik_ui, state.publik_ui).search = text;
  if (trim(state.publik_ui.search).empty()) return;
  const auto found = cari_unit_publik(d, state.publik_ui.search);
  if (found.empty()) muted(tr(lang, "publik.search_none"));
  for (const PublikUnit* u : found) {
    char label[300];
    std::snprintf(label, sizeof label, "%s \xC2\xB7 %s##publik.found.%s", u->name.c_str(), tr(lang, kind_key(u->kind)),
                  u->id.c_str());
    if (ImGui::Button(label)) {
      PublikUi& ui = ui_draft(actions.publik_ui, state.publik_ui);
      ui.unit_id = u->id;
      ui.search.clear();
    }
  }
}

// One unit's own page (#/publik/<unit>): its figures, its services' IKM and
// complaint times, trends, and a link to send a neighbour.
void unit_page(const AppState& state, Actions& actions, const Publik& d, std::size_t shown) {
  const Lang lang = state.lang;
  const std::string& id = state.publik_ui.unit_id;
  if (widgets::action_button(lang, "publik.back")) ui_draft(actions.publik_ui, state.publik_ui).unit_id.clear();
  const PublikUnit* u = find_publik_unit(d, id);
  if (!u) {
    widgets::empty_state("publik.unit_missing", tr(lang, "publik.unit_missing"));
    return;
  }
  widgets::heading(u->name.c_str());
  std::string where = tr(lang, kind_key(u->kind));
  if (const PublikUnit* up = u->parent_id.empty() ? nullptr : find_publik_unit(d, u->parent_id)) where += " \xC2\xB7 " + up->name;
  muted(where.c_str());
  if (widgets::action_button(lang, "publik.share"))
    platform::share_link(u->name + " \xE2\x80\x94 Kinerja Samarinda", publik_hash(id));
  std::string link = platform::page_link(publik_hash(id));
  ImGui::SetNextItemWidth(-1);
  a11y::InputText("##publik.link", &link, ImGuiInputTextFlags_ReadOnly);
  muted(tr(lang, "publik.share_hint"));
  period_selector(state, actions, d, shown);
  const PublikPeriode& p = d.periods[shown];
  const BatasTampil batas = batas_tampil(default_rules().lapor);
  const float width = ImGui::GetContentRegionAvail().x;
  bool shown_any = false, service = false;
  for (const auto& l : p.layanan) service = service || l.unit_id == id;
  for (const auto& row : p.units)
    if (!shown_any && row.unit_id == id) {
      unit_card(state, &actions, d, p, row, width, batas);
      shown_any = true;
    }
  for (const auto& l : p.layanan)
    if (!shown_any && l.unit_id == id) {
      ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(1, 1, 1, 1));
      ImGui::BeginChild(("publik.unit." + id).c_str(), ImVec2(width, 0),
                        ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding);
      service_block(lang, d, l, batas);
      ImGui::EndChild();
      ImGui::PopStyleColor();
      shown_any = true;
    }
  if (!shown_any) widgets::empty_state("publik.unit_no_figures", tr(lang, "publik.unit_no_figures"));
  // A service unit hears from the citizen here, whatever the figures say.
  if (service) suara_warga(state, actions, id, u->name);
}

void figures(const AppState& state, Actions& actions) {
  const Lang lang = state.lang;
  if (!state.publik.error.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, kBad);
    widgets::note_box("publik.error", shown_error(state).c_str());
    ImGui::PopStyleColor();
  }
  if (!state.publik.figures) {
    if (state.publik.error.empty()) {
      ImGui::PushStyleColor(ImGuiCol_Text, kMuted);
      widgets::paragraph(tr(lang, "publik.loading"));
      ImGui::PopStyleColor();
    } else {
      widgets::empty_state("publik.none", tr(lang, "publik.none"));
    }
    return;
  }
  const Publik& d = *state.publik.figures;
  const auto shown = periode_tampil(d, state.publik_ui.period_id);
  if (!shown) {
    widgets::empty_state("publik.none", tr(lang, "publik.none"));
    return;
  }
  if (!state.publik_ui.unit_id.empty()) {
    unit_page(state, actions, d, *shown);
    return;
  }
  // The city's headline figures first: on a phone they fill the first screen.
  period_selector(state, actions, d, *shown);
  const PublikPeriode& p = d.periods[*shown];
  if (!periode_berisi(p)) widgets::empty_state("publik.period_empty", tr(lang, "publik.period_empty"));
  city_overview(state, d, p);

  // Where the figures come from and who vouches for them.
  const std::string created = format_date(lang, d.created);
  const std::string source = state.publik.source == "origin"
                                 ? std::string(tr(lang, "publik.source_origin")) + " " + created
                                 : std::string(tr(lang, "publik.source_demo")) + " " + created;
  muted(source.c_str());
  if (!state.publik.signer.empty()) {
    // who vouches for these figures: verified against the city's root key
    const std::string signed_line = std::string("\u2713 ") + tr(lang, "publik.signed_by") + " (" + tr(lang, "publik.signed_key") +
                                    " " + state.publik.signer + "), " + format_date(lang, state.publik.signed_at);
    muted(signed_line.c_str());
  }
  if (d.audit && d.audit->lulus) {  // part of the signed figures: BKPSDM vouches for it too
    char line[300];
    std::snprintf(line, sizeof line, tr(lang, "publik.audit"), format_count(lang, d.audit->angka_diperiksa).c_str(),
                  static_cast<long long>(d.min_group));
    muted(line);
  }
  if (!d.note.empty()) muted(d.note.c_str());

  ImGui::Spacing();
  widgets::heading(tr(lang, "publik.units"));
  unit_search(state, actions, d);
  if (p.units.empty()) {
    widgets::empty_state("publik.no_units", tr(lang, "publik.no_units"));
    return;
  }
  const BatasTampil batas = batas_tampil(default_rules().lapor);
  const float avail = ImGui::GetContentRegionAvail().x;
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const float min_w = ImGui::GetFontSize() * 19.0f;
  const int cols = avail >= 3 * min_w + 2 * gap ? 3 : avail >= 2 * min_w + gap ? 2 : 1;
  const float card_w = std::floor((avail - gap * static_cast<float>(cols - 1)) / static_cast<float>(cols));
  for (std::size_t i = 0; i < p.units.size(); ++i) {
    unit_card(state, &actions, d, p, p.units[i], card_w, batas);
    if (static_cast<int>(i % static_cast<std::size_t>(cols)) != cols - 1 && i + 1 < p.units.size()) ImGui::SameLine();
  }
}

} // namespace

void draw_publik(const AppState& state, Actions& actions) {
  // Figures first, then what they mean, then the page's purpose, privacy and
  // the ways in for staff and for citizens' survey answers.
  figures(state, actions);
  ImGui::Spacing();
  widgets::heading(tr(state.lang, "publik.meaning_title"));
  widgets::paragraph(tr(state.lang, "publik.meaning"));
  widgets::note_box("publik.development", tr(state.lang, "publik.development"));
  ImGui::Spacing();
  screen_intro(state, "publik.title", "publik.body");
  screen_guide(state, "guide.publik", "guide.publik");
  widgets::note_box("publik.privacy", tr(state.lang, "publik.privacy"));
  widgets::paragraph(tr(state.lang, "publik.roles"));
  if (widgets::action_button(state.lang, "publik.go_pegawai")) actions.navigate = Route::pegawai;
  widgets::same_line_if_fits(ImGui::CalcTextSize(tr(state.lang, "publik.go_kiosk")).x + 60);
  if (widgets::action_button(state.lang, "publik.go_kiosk")) actions.navigate = Route::kiosk;
}

} // namespace kinerja::web

namespace kinerja::web {

namespace {

nlohmann::json opt(const std::optional<std::int64_t>& v) { return v ? nlohmann::json(*v) : nlohmann::json(nullptr); }
nlohmann::json opt(const std::optional<double>& v) { return v ? nlohmann::json(*v) : nlohmann::json(nullptr); }

nlohmann::json counts(const BarisPredikat& row) {
  auto a = nlohmann::json::array();  // predikat_kolom order: sangat kurang … sangat baik
  for (const auto& c : row.predikat) a.push_back(opt(c));
  return a;
}

} // namespace

// What the browser tests need to know about the Publik screen.
nlohmann::json publik_test_state(const AppState& state) {
  nlohmann::json j = {
      {"ui", {{"period_id", state.publik_ui.period_id}, {"unit_id", state.publik_ui.unit_id}, {"search", state.publik_ui.search}}},
      {"suara", {{"form", state.publik_ui.suara.form},
                 {"answers", state.publik_ui.suara.answers},
                 {"kategori", state.publik_ui.suara.kategori},
                 {"kode", state.publik_ui.suara.kode},
                 {"error", state.publik_ui.suara.error}}},
      {"staff_menu_open", state.staff_menu_open},
      {"route_shown", state.route == Route::publik},
      {"source", state.publik.source},
      {"error", state.publik.error},
      {"loading", !state.publik.figures && state.publik.error.empty()},
      {"has_figures", state.publik.figures.has_value()},
  };
  if (!state.publik.figures) return j;
  const Publik& d = *state.publik.figures;
  j["created"] = d.created;
  j["min_group"] = d.min_group;
  auto periods = nlohmann::json::array();
  for (const auto& p : d.periods) periods.push_back(p.period_id);
  j["periods"] = periods;
  auto found = nlohmann::json::array();
  for (const PublikUnit* u : cari_unit_publik(d, state.publik_ui.search)) found.push_back(u->id);
  j["found"] = found;
  const auto shown = periode_tampil(d, state.publik_ui.period_id);
  if (!shown) {
    j["period_shown"] = nullptr;
    j["unit_cards"] = 0;
    return j;
  }
  const PublikPeriode& p = d.periods[*shown];
  j["period_shown"] = p.period_id;
  j["unit_cards"] = p.units.size();  // one card per top-level unit row, as drawn
  j["city"] = {{"pegawai", opt(p.kota.pegawai)},
               {"predikat", counts(p.kota)},
               {"persen_tepat_waktu", opt(p.kota.persen_tepat_waktu)},
               {"median_capaian", opt(p.kota.median_capaian)}};
  auto units = nlohmann::json::array();
  for (const auto& row : p.units) {
    auto services = nlohmann::json::array();
    for (const BarisLayanan* l : layanan_di_bawah(d, p, row.unit_id)) {
      const MutuIkm* m = mutu_ikm_terbit(default_rules().ikm, l->ikm, l->mutu);
      services.push_back({{"id", l->unit_id},
                          {"ikm", opt(l->ikm)},
                          {"mutu", m ? nlohmann::json(m->mutu) : nlohmann::json(nullptr)},
                          {"pengaduan", opt(l->pengaduan)},
                          {"median_hari_tanggapan", opt(l->median_hari_tanggapan)},
                          {"persen_belum_ditanggapi", opt(l->persen_belum_ditanggapi)},
                          {"sampel_memadai", l->sampel_memadai ? nlohmann::json(*l->sampel_memadai) : nlohmann::json(nullptr)}});
    }
    units.push_back({{"id", row.unit_id},
                     {"card", "publik.unit." + row.unit_id},
                     {"pegawai", opt(row.pegawai)},
                     {"predikat", counts(row)},
                     {"services", services}});
  }
  j["units"] = units;
  return j;
}

} // namespace kinerja::web
