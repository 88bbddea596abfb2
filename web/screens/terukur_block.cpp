#include "web/a11y_text.hpp"
#include "web/screens/terukur_block.hpp"

#include "web/format.hpp"
#include "web/i18n.hpp"
#include "web/widgets.hpp"

#include <imgui.h>

#include <cstdio>

namespace kinerja::web {

const char* sumber_key(JenisSumber j) {
  switch (j) {
    case JenisSumber::ikm: return "layanan.sumber.ikm";
    case JenisSumber::tanggapan_median: return "layanan.sumber.tanggapan_median";
    case JenisSumber::selesai_median: return "layanan.sumber.selesai_median";
    case JenisSumber::selesai_tepat_waktu: return "layanan.sumber.selesai_tepat_waktu";
    case JenisSumber::volume: return "layanan.sumber.volume";
    case JenisSumber::volume_harian: return "layanan.sumber.volume_harian";
    case JenisSumber::invalid: break;
  }
  return "layanan.sumber.ikm";
}

const std::string& terukur_asal(Lang lang, const RealisasiTerukur& t) {
  if (t.nilai) return lang == Lang::id ? t.asal_id : t.asal_en;
  return lang == Lang::id ? t.alasan_id : t.alasan_en;
}

void terukur_block(Lang lang, const char* id, const SkpIndicator& ind, const ScoreReport& report,
                   const CapaianIndikator* cap) {
  const RealisasiTerukur* t =
      cap != nullptr && cap->terukur < report.terukur.size() ? &report.terukur[cap->terukur] : nullptr;
  a11y::TextUnformatted(tr(lang, "terukur.realisasi"));
  ImGui::SameLine();
  if (t != nullptr && t->nilai) {
    std::string figure = format_number(lang, *t->nilai, 2);
    if (!ind.satuan.empty()) figure += " " + ind.satuan;
    a11y::TextUnformatted(figure.c_str());
  } else {
    a11y::TextUnformatted("\xE2\x80\x94");  // —
  }
  ImGui::SameLine();
  widgets::chip(tr(lang, "terukur.chip"), IM_COL32(0x1F, 0x5F, 0x8B, 0xFF));
  const std::string words = t != nullptr ? terukur_asal(lang, *t) : std::string(tr(lang, "terukur.belum"));
  widgets::note_box(id, words.c_str());
  widgets::hint(tr(lang, "terukur.catatan"));
}

} // namespace kinerja::web
