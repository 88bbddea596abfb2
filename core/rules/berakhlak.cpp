// Reading the "berakhlak" rules section (see berakhlak.hpp).
#include "core/rules/berakhlak.hpp"

#include "core/rules/rules_sections.hpp"

#include <algorithm>

namespace kinerja {
namespace {

using rules_json::json;
using rules_json::Reader;

// {"id": "...", "en": "..."}, both non-empty.
TeksDuaBahasa pair(Reader& r, const json& v, const std::string& at) {
  TeksDuaBahasa out;
  if (!v.is_object()) {
    r.fail(at, "harus berupa objek {\"id\", \"en\"}", "must be an object {\"id\", \"en\"}");
    return out;
  }
  out.id = r.string(v, at, "id").value_or("");
  out.en = r.string(v, at, "en").value_or("");
  if (v.contains("id") && out.id.empty()) r.fail(at + "/id", "teks wajib diisi", "the text is required");
  if (v.contains("en") && out.en.empty()) r.fail(at + "/en", "teks wajib diisi", "the text is required");
  return out;
}

}  // namespace

const PanduanNilai* KatalogBerakhlak::find(NilaiBerakhlak n) const {
  for (const auto& p : nilai)
    if (p.nilai == n) return &p;
  return nullptr;
}

namespace rules_detail {

void parse_berakhlak(Reader& r, const json& doc, KatalogBerakhlak& out) {
  const json* list = r.array(doc, "", "nilai");
  if (!list) return;
  std::array<bool, kJumlahNilaiBerakhlak + 1> seen{};
  for (std::size_t i = 0; i < list->size(); ++i) {
    const json& e = (*list)[i];
    const std::string at = Reader::at("/nilai", i);
    if (!e.is_object()) {
      r.fail(at, "harus berupa objek", "must be an object");
      continue;
    }
    const auto n = r.enumeration(e, at, "nilai", parse_nilai_berakhlak, "nilai BerAKHLAK");
    if (!n) continue;
    const auto idx = static_cast<std::size_t>(*n);
    if (seen[idx]) r.fail(at + "/nilai", "nilai ini sudah ada", "this value appears twice");
    seen[idx] = true;
    PanduanNilai p;
    p.nilai = *n;
    if (const json* def = r.member(e, at, "definisi")) p.definisi = pair(r, *def, at + "/definisi");
    if (const json* panduan = r.array(e, at, "panduan")) {
      if (panduan->size() != 3) {
        r.fail(at + "/panduan", "harus berisi tepat 3 panduan perilaku", "must hold exactly 3 panduan perilaku");
      } else {
        for (std::size_t j = 0; j < 3; ++j) p.panduan[j] = pair(r, (*panduan)[j], Reader::at(at + "/panduan", j));
      }
    }
    out.nilai.push_back(std::move(p));
  }
  for (int v = 1; v <= kJumlahNilaiBerakhlak; ++v)
    if (!seen[static_cast<std::size_t>(v)])
      r.fail("/nilai", "nilai \"" + std::string(to_string(static_cast<NilaiBerakhlak>(v))) + "\" tidak ada",
             "value \"" + std::string(to_string(static_cast<NilaiBerakhlak>(v))) + "\" is missing");
  std::sort(out.nilai.begin(), out.nilai.end(),
            [](const PanduanNilai& a, const PanduanNilai& b) { return a.nilai < b.nilai; });
}

}  // namespace rules_detail
}  // namespace kinerja
