#include "core/rules/berakhlak.hpp"

#include "core/base/embedded.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace kinerja {
namespace {

using nlohmann::json;

void fail(std::vector<ValidationError>& errors, std::string pointer, std::string id, std::string en) {
  errors.push_back({std::move(pointer), std::move(id), std::move(en)});
}

// {"id": "...", "en": "..."}, both non-empty.
bool read_pair(const json* v, const std::string& at, TeksDuaBahasa& out, std::vector<ValidationError>& errors) {
  if (v == nullptr || !v->is_object()) {
    fail(errors, at, "harus berupa objek {\"id\", \"en\"}", "must be an object {\"id\", \"en\"}");
    return false;
  }
  bool ok = true;
  for (const char* lang : {"id", "en"}) {
    const auto t = v->find(lang);
    if (t == v->end() || !t->is_string() || t->get_ref<const std::string&>().empty()) {
      fail(errors, at + "/" + lang, "teks wajib diisi", "the text is required");
      ok = false;
    }
  }
  if (ok) {
    out.id = v->at("id").get<std::string>();
    out.en = v->at("en").get<std::string>();
  }
  return ok;
}

} // namespace

const PanduanNilai* KatalogBerakhlak::find(NilaiBerakhlak n) const {
  for (const auto& p : nilai)
    if (p.nilai == n) return &p;
  return nullptr;
}

BerakhlakLoad baca_berakhlak(std::string_view text) {
  BerakhlakLoad out;
  auto& errors = out.errors;
  const json doc = json::parse(text.begin(), text.end(), nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) {
    fail(errors, "/", "bukan objek JSON yang sah", "not a valid JSON object");
    return out;
  }
  if (doc.value("format", std::string()) != kBerakhlakFormat)
    fail(errors, "/format", "format harus \"" + std::string(kBerakhlakFormat) + "\"",
         "format must be \"" + std::string(kBerakhlakFormat) + "\"");
  const auto schema = doc.find("schema");
  if (schema == doc.end() || !schema->is_number_integer() || schema->get<long long>() != 1)
    fail(errors, "/schema", "skema harus 1", "schema must be 1");
  KatalogBerakhlak k;
  k.version = doc.value("version", std::string());
  k.source = doc.value("source", std::string());
  if (k.version.empty()) fail(errors, "/version", "versi wajib diisi", "the version is required");
  if (k.source.empty()) fail(errors, "/source", "sumber wajib diisi", "the source is required");
  const auto list = doc.find("nilai");
  if (list == doc.end() || !list->is_array()) {
    fail(errors, "/nilai", "harus berupa daftar", "must be a list");
    return out;
  }
  std::array<bool, kJumlahNilaiBerakhlak + 1> seen{};
  for (std::size_t i = 0; i < list->size(); ++i) {
    const json& e = (*list)[i];
    const std::string at = "/nilai/" + std::to_string(i);
    if (!e.is_object()) {
      fail(errors, at, "harus berupa objek", "must be an object");
      continue;
    }
    PanduanNilai p;
    const auto n = e.contains("nilai") && e["nilai"].is_string()
                       ? parse_nilai_berakhlak(e["nilai"].get_ref<const std::string&>())
                       : std::nullopt;
    if (!n) {
      fail(errors, at + "/nilai", "bukan nilai BerAKHLAK yang dikenal", "not a known BerAKHLAK value");
      continue;
    }
    const auto idx = static_cast<std::size_t>(*n);
    if (seen[idx]) fail(errors, at + "/nilai", "nilai ini sudah ada", "this value appears twice");
    seen[idx] = true;
    p.nilai = *n;
    const auto def = e.find("definisi");
    bool ok = read_pair(def == e.end() ? nullptr : &*def, at + "/definisi", p.definisi, errors);
    const auto panduan = e.find("panduan");
    if (panduan == e.end() || !panduan->is_array() || panduan->size() != 3) {
      fail(errors, at + "/panduan", "harus berisi tepat 3 panduan perilaku", "must hold exactly 3 panduan perilaku");
      ok = false;
    } else {
      for (std::size_t j = 0; j < 3; ++j) {
        ok = read_pair(&(*panduan)[j], at + "/panduan/" + std::to_string(j), p.panduan[j], errors) && ok;
      }
    }
    if (ok) k.nilai.push_back(std::move(p));
  }
  for (int v = 1; v <= kJumlahNilaiBerakhlak; ++v)
    if (!seen[static_cast<std::size_t>(v)])
      fail(errors, "/nilai",
           "nilai \"" + std::string(to_string(static_cast<NilaiBerakhlak>(v))) + "\" tidak ada",
           "value \"" + std::string(to_string(static_cast<NilaiBerakhlak>(v))) + "\" is missing");
  if (!errors.empty()) return out;
  std::sort(k.nilai.begin(), k.nilai.end(),
            [](const PanduanNilai& a, const PanduanNilai& b) { return a.nilai < b.nilai; });
  out.katalog = std::move(k);
  return out;
}

const KatalogBerakhlak& berakhlak_bawaan() {
  static const KatalogBerakhlak katalog = baca_berakhlak(embedded::find(embedded::rules(), kBerakhlakPath)).katalog;
  return katalog;
}

} // namespace kinerja
