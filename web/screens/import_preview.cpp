// The import preview: what the chosen files would change, record by record,
// before anything is applied (new / updated / conflicting / refused, with
// reasons). Nothing is stored until the user presses "Terapkan".
#include "web/a11y_text.hpp"
#include "web/i18n.hpp"
#include "web/ui.hpp"
#include "web/widgets.hpp"

#include <imgui.h>

#include <cstdio>

namespace kinerja::web {
namespace {

const char* outcome_key(Outcome o) {
  switch (o) {
    case Outcome::new_record: return "import.new";
    case Outcome::updated: return "import.updated";
    case Outcome::unchanged: return "import.unchanged";
    case Outcome::conflicting: return "import.conflicting";
    case Outcome::rejected: return "import.rejected";
  }
  return "import.unchanged";
}

} // namespace

void draw_import_preview(const AppState& state, Actions& actions) {
  const auto& imp = state.data.import;
  ImGui::BeginChild("import.preview", ImVec2(0, 0),
                    ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding | ImGuiChildFlags_Border);
  widgets::heading(tr(state.lang, "import.title"));
  for (const auto& f : imp.preview.files) {
    char line[512];
    if (f.ok()) {
      std::snprintf(line, sizeof line, "%s — %s (%zu)", f.name.c_str(), tr(state.lang, "import.file_ok"), f.records);
      widgets::bullet(line);
      continue;
    }
    std::snprintf(line, sizeof line, "%s — %s", f.name.c_str(), tr(state.lang, "import.file_refused"));
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.70f, 0.12f, 0.12f, 1));
    widgets::bullet(line);
    ImGui::PopStyleColor();
    ImGui::Indent();
    for (const auto& e : f.errors)
      widgets::paragraph(format_error(e, state.lang == Lang::id ? ErrorLanguage::id : ErrorLanguage::en).c_str());
    ImGui::Unindent();
  }
  const auto& p = imp.preview;
  char line[256];
  std::snprintf(line, sizeof line, tr(state.lang, "import.counts"), p.count(Outcome::new_record),
                p.count(Outcome::updated), p.count(Outcome::unchanged), p.count(Outcome::conflicting),
                p.count(Outcome::rejected));
  widgets::paragraph(line);

  // Records that need a look first: refused and conflicting, then the rest.
  if (!p.report.records.empty() &&
      ImGui::BeginTable("import.records", 3,
                        ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp,
                        ImVec2(0, ImGui::GetTextLineHeightWithSpacing() * 8))) {
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr(state.lang, "import.col_record"), ImGuiTableColumnFlags_WidthStretch, 3);
    ImGui::TableSetupColumn(tr(state.lang, "import.col_outcome"), ImGuiTableColumnFlags_WidthStretch, 2);
    ImGui::TableSetupColumn(tr(state.lang, "import.col_reason"), ImGuiTableColumnFlags_WidthStretch, 5);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(p.report.records.size()));
    while (clipper.Step()) {
      for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
        const auto& r = p.report.records[static_cast<std::size_t>(i)];
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        a11y::Text("%s/%s", r.collection.c_str(), r.id.c_str());
        ImGui::TableNextColumn();
        a11y::TextUnformatted(tr(state.lang, outcome_key(r.outcome)));
        ImGui::TableNextColumn();
        a11y::TextWrapped("%s", (state.lang == Lang::id ? r.message_id : r.message_en).c_str());
      }
    }
    ImGui::EndTable();
  }

  const bool anything = p.count(Outcome::new_record) + p.count(Outcome::updated) + p.count(Outcome::conflicting) > 0;
  ImGui::BeginDisabled(!anything || !state.data.writer);
  if (widgets::action_button(state.lang, "import.apply")) actions.apply_import = true;
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (widgets::action_button(state.lang, "import.cancel")) actions.cancel_import = true;
  if (!anything) widgets::hint(tr(state.lang, "import.nothing"));
  ImGui::EndChild();
}

} // namespace kinerja::web
