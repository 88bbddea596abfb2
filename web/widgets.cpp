#include "web/widgets.hpp"

#include "web/a11y_text.hpp"

#include "web/palette.hpp"

#include "web/i18n.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace kinerja::web::widgets {

void heading(const char* text) {
  ImGuiIO& io = ImGui::GetIO();
  ImGui::PushFont(io.Fonts->Fonts.Size > 1 ? io.Fonts->Fonts[1] : nullptr);
  a11y::TextWrapped("%s", text);
  widget_registry::mark_last_text(widget_registry::Role::heading);
  ImGui::PopFont();
}

void paragraph(const char* text) { a11y::TextWrapped("%s", text); }

void hint(const char* text) {
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
  a11y::TextWrapped("%s", text);
  ImGui::PopStyleColor();
}

void error_text(const char* text) {
  if (text == nullptr || *text == '\0') return;
  ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(176, 32, 32, 255));
  a11y::TextWrapped("%s", text);
  widget_registry::mark_last_text(widget_registry::Role::alert);  // announced when it appears
  ImGui::PopStyleColor();
}

void bullet(const char* text) {
  ImGui::Bullet();
  a11y::TextWrapped("%s", text);
}

void note_box(const char* id, const char* text) {
  const ImGuiStyle& style = ImGui::GetStyle();
  ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(0.90f, 0.95f, 0.99f, 1.0f));
  ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, style.FrameRounding);
  ImGui::BeginChild(id, ImVec2(0, 0), ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding);
  a11y::TextWrapped("%s", text);
  ImGui::EndChild();
  ImGui::PopStyleVar();
  ImGui::PopStyleColor();
}

bool big_button(const char* label) {
  const ImGuiStyle& style = ImGui::GetStyle();
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding,
                      ImVec2(style.FramePadding.x * 1.6f, style.FramePadding.y * 1.6f));
  bool pressed = ImGui::Button(label);
  ImGui::PopStyleVar();
  return pressed;
}

bool action_button(Lang lang, const char* key) {
  char label[192];
  std::snprintf(label, sizeof label, "%s##%s", tr(lang, key), key);
  return big_button(label);
}

void same_line_if_fits(float next_width) {
  float right = ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + next_width;
  if (right <= ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x) ImGui::SameLine();
}

} // namespace kinerja::web::widgets

// ---------------------------------------------------------------------------
// Colours, charts and chips shared by every workspace.
namespace kinerja::web::widgets {

const char* status_label(Lang lang, StatusPenilaian s) {
  switch (s) {
    case StatusPenilaian::belum_mulai: return tr(lang, "status.belum_mulai");
    case StatusPenilaian::diajukan: return tr(lang, "status.diajukan");
    case StatusPenilaian::dinilai: return tr(lang, "status.dinilai");
    case StatusPenilaian::terlambat: return tr(lang, "status.terlambat");
    case StatusPenilaian::invalid: break;
  }
  return tr(lang, "status.tidak_dinilai");
}

ImU32 status_color(StatusPenilaian s) {
  switch (s) {
    case StatusPenilaian::belum_mulai: return IM_COL32(110, 117, 126, 255);
    case StatusPenilaian::diajukan: return IM_COL32(40, 100, 170, 255);
    case StatusPenilaian::dinilai: return IM_COL32(22, 120, 72, 255);
    case StatusPenilaian::terlambat: return IM_COL32(196, 48, 48, 255);
    case StatusPenilaian::invalid: break;
  }
  return IM_COL32(150, 155, 162, 255);
}

ImU32 predikat_color(Predikat p) {
  const Rgb c = warna_predikat(p);
  return IM_COL32(c.r, c.g, c.b, 255);
}

bool begin_combo(const char* label, const char* preview) {
  const bool open = ImGui::BeginCombo(label, preview, ImGuiComboFlags_HeightLarge);
#ifdef IMGUI_ENABLE_TEST_ENGINE
  // BeginCombo does not report its label to the test hooks: say it, so the
  // widget registry (and browser tests) find the combo by its "##id".
  ImGuiContext& g = *ImGui::GetCurrentContext();
  IMGUI_TEST_ENGINE_ITEM_INFO(g.LastItemData.ID, label, g.LastItemData.StatusFlags);
#endif
  widget_registry::note_last_item(widget_registry::Role::combobox, preview ? preview : "");
  return open;
}

ImU32 legacy_color(std::string_view k) {
  if (k == "sangat-baik") return predikat_color(Predikat::sangat_baik);
  if (k == "baik") return predikat_color(Predikat::baik);
  if (k == "cukup") return predikat_color(Predikat::butuh_perbaikan);
  if (k == "kurang") return predikat_color(Predikat::kurang_misconduct);
  if (k == "sangat-kurang" || k == "buruk") return predikat_color(Predikat::sangat_kurang);
  return predikat_color(Predikat::invalid);
}

ImU32 rating_color(Rating r) {
  switch (r) {
    case Rating::di_atas: return IM_COL32(22, 120, 72, 255);
    case Rating::sesuai: return IM_COL32(40, 100, 170, 255);
    case Rating::di_bawah: return IM_COL32(196, 48, 48, 255);
    case Rating::invalid: break;
  }
  return IM_COL32(120, 126, 134, 255);
}

ImU32 mutu_color(char mutu) {
  switch (mutu) {
    case 'A': return IM_COL32(22, 120, 72, 255);
    case 'B': return IM_COL32(96, 170, 90, 255);
    case 'C': return IM_COL32(232, 178, 48, 255);
    case 'D': return IM_COL32(196, 48, 48, 255);
    default: return IM_COL32(120, 126, 134, 255);
  }
}

const char* predikat_label(Lang lang, Predikat p) {
  switch (p) {
    case Predikat::sangat_baik: return tr(lang, "predikat.sangat_baik");
    case Predikat::baik: return tr(lang, "predikat.baik");
    case Predikat::butuh_perbaikan: return tr(lang, "predikat.butuh_perbaikan");
    case Predikat::kurang_misconduct: return tr(lang, "predikat.kurang_misconduct");
    case Predikat::sangat_kurang: return tr(lang, "predikat.sangat_kurang");
    case Predikat::invalid: break;
  }
  return tr(lang, "predikat.none");
}

const char* rating_label(Lang lang, Rating r) {
  switch (r) {
    case Rating::di_atas: return tr(lang, "rating.di_atas");
    case Rating::sesuai: return tr(lang, "rating.sesuai");
    case Rating::di_bawah: return tr(lang, "rating.di_bawah");
    case Rating::invalid: break;
  }
  return tr(lang, "rating.none");
}

void predikat_bar(const char* id, const std::array<std::optional<long long>, 6>& counts, float width) {
  const float h = ImGui::GetTextLineHeight();
  const ImVec2 p0 = ImGui::GetCursorScreenPos();
  ImGui::PushID(id);
  ImGui::InvisibleButton(id, ImVec2(width, h));
  const bool hovered = ImGui::IsItemHovered();
  ImGui::PopID();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  long long total = 0;
  bool any_absent = false;
  for (std::size_t i = 1; i < counts.size(); ++i) {
    if (counts[i]) total += *counts[i];
    else any_absent = true;
  }
  const float rounding = h * 0.2f;
  if (total == 0) {
    dl->AddRectFilled(p0, ImVec2(p0.x + width, p0.y + h), IM_COL32(226, 229, 233, 255), rounding);
    if (any_absent)  // suppressed: diagonal hatching says "hidden", not "zero"
      for (float x = p0.x - h; x < p0.x + width; x += h * 0.5f)
        dl->AddLine(ImVec2(std::max(x, p0.x), p0.y + (x < p0.x ? p0.x - x : 0)),
                    ImVec2(std::min(x + h, p0.x + width), p0.y + h - (x + h > p0.x + width ? x + h - p0.x - width : 0)),
                    IM_COL32(190, 195, 202, 255), 1.0f);
    return;
  }
  float x = p0.x;
  // Best first from the left, as readers expect "most are good" at a glance.
  for (std::size_t i = counts.size() - 1; i >= 1; --i) {
    if (!counts[i] || *counts[i] == 0) continue;
    const float w = width * static_cast<float>(*counts[i]) / static_cast<float>(total);
    dl->AddRectFilled(ImVec2(x, p0.y), ImVec2(x + w, p0.y + h), predikat_color(static_cast<Predikat>(i)));
    x += w;
  }
  dl->AddRect(p0, ImVec2(p0.x + width, p0.y + h), IM_COL32(255, 255, 255, 255), rounding, 0, 2.0f);
  if (hovered) {
    ImGui::BeginTooltip();
    for (std::size_t i = counts.size() - 1; i >= 1; --i) {
      if (counts[i]) a11y::Text("%s: %lld", to_string(static_cast<Predikat>(i)).data(), *counts[i]);
      else a11y::Text("%s: %s", to_string(static_cast<Predikat>(i)).data(), "\xE2\x80\x94");
    }
    ImGui::EndTooltip();
  }
}

void predikat_legend(Lang lang) {
  const float s = ImGui::GetTextLineHeight() * 0.7f;
  bool first = true;
  for (int i = 5; i >= 1; --i) {
    const auto p = static_cast<Predikat>(i);
    const char* label = predikat_label(lang, p);
    const float w = s + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize(label).x;
    if (!first) same_line_if_fits(w);
    first = false;
    const ImVec2 p0 = ImGui::GetCursorScreenPos();
    const float dy = (ImGui::GetTextLineHeight() - s) * 0.5f;
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p0.x, p0.y + dy), ImVec2(p0.x + s, p0.y + dy + s),
                                              predikat_color(p), s * 0.2f);
    ImGui::Dummy(ImVec2(s, ImGui::GetTextLineHeight()));
    ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
    a11y::TextUnformatted(label);
  }
}

void chip(const char* text, ImU32 background, ImU32 foreground) {
  if (foreground == IM_COL32(255, 255, 255, 255)) {  // the default: whichever reads on the colour
    const Rgb bg{static_cast<std::uint8_t>(background >> IM_COL32_R_SHIFT), static_cast<std::uint8_t>(background >> IM_COL32_G_SHIFT),
                 static_cast<std::uint8_t>(background >> IM_COL32_B_SHIFT)};
    const Rgb fg = teks_di_atas(bg);
    foreground = IM_COL32(fg.r, fg.g, fg.b, 255);
  }
  const ImVec2 size = ImGui::CalcTextSize(text);
  const ImVec2 pad(ImGui::GetFontSize() * 0.45f, ImGui::GetFontSize() * 0.12f);
  // Beside a label (SameLine) on a narrow screen the chip would run past the
  // card's edge: it goes under the label instead.
  if (ImGui::GetCurrentWindow()->DC.IsSameLine && ImGui::GetContentRegionAvail().x < size.x + pad.x * 2) ImGui::NewLine();
  const ImVec2 p0 = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(p0, ImVec2(p0.x + size.x + pad.x * 2, p0.y + size.y + pad.y * 2), background,
                    (size.y + pad.y * 2) * 0.5f);
  dl->AddText(ImVec2(p0.x + pad.x, p0.y + pad.y), foreground, text);
  ImGui::Dummy(ImVec2(size.x + pad.x * 2, size.y + pad.y * 2));
  widget_registry::add_text(text, widget_registry::Role::text, foreground, background);
}

void trend_line(const char* id, const std::vector<std::optional<double>>& values, float width, float height,
                double y_min, double y_max, const std::vector<std::string>& labels, const char* y_min_label,
                const char* y_max_label) {
  const ImVec2 p0 = ImGui::GetCursorScreenPos();
  ImGui::PushID(id);
  ImGui::InvisibleButton(id, ImVec2(width, height));
  ImGui::PopID();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(p0, ImVec2(p0.x + width, p0.y + height), IM_COL32(244, 246, 248, 255), 4.0f);
  if (values.empty() || y_max <= y_min) return;
  // The axis: its two ends written at the left, the plot to their right;
  // each point's value above it, so nobody has to read a value off a line.
  const ImU32 muted = IM_COL32(90, 98, 110, 255);
  const float line = ImGui::GetTextLineHeight();
  float left = 8;
  for (const char* t : {y_min_label, y_max_label})
    if (t) left = std::max(left, ImGui::CalcTextSize(t).x + 12);
  if (y_max_label) dl->AddText(ImVec2(p0.x + 4, p0.y + 2), muted, y_max_label);
  if (y_min_label) dl->AddText(ImVec2(p0.x + 4, p0.y + height - line - 2), muted, y_min_label);
  const float top = labels.empty() ? 6 : line + 6;
  const float step = values.size() > 1 ? (width - left - 8 - (labels.empty() ? 0 : line * 1.5f)) / static_cast<float>(values.size() - 1) : 0;
  auto point = [&](std::size_t i) {
    const double t = (*values[i] - y_min) / (y_max - y_min);
    return ImVec2(p0.x + left + (labels.empty() ? 0 : line * 0.75f) + step * static_cast<float>(i),
                  p0.y + height - 6 - static_cast<float>(std::clamp(t, 0.0, 1.0)) * (height - 6 - top));
  };
  for (std::size_t i = 0; i < values.size() && i < labels.size(); ++i) {
    if (!values[i]) continue;
    const ImVec2 at = point(i);
    const float w = ImGui::CalcTextSize(labels[i].c_str()).x;
    const float x = std::clamp(at.x - w / 2, p0.x + left, p0.x + width - w - 2);
    dl->AddText(ImVec2(x, at.y - line - 4), IM_COL32(30, 36, 44, 255), labels[i].c_str());
  }
  const ImU32 colour = IM_COL32(40, 100, 170, 255);
  const float px = ImGui::GetFontSize() / 17.0f;  // one CSS pixel at this DPR
  for (std::size_t i = 0; i + 1 < values.size(); ++i)
    if (values[i] && values[i + 1]) dl->AddLine(point(i), point(i + 1), colour, 2.0f * px);
  for (std::size_t i = 0; i < values.size(); ++i)
    if (values[i]) dl->AddCircleFilled(point(i), 3.5f * px, colour);
}

void empty_state(const char* id, const char* text) {
  ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(0.96f, 0.97f, 0.98f, 1.0f));
  ImGui::BeginChild(id, ImVec2(0, 0), ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding |
                                           ImGuiChildFlags_Border);
  a11y::TextWrapped("%s", text);
  ImGui::EndChild();
  ImGui::PopStyleColor();
}

} // namespace kinerja::web::widgets
