// Reading the "kewenangan" rules section (see kewenangan.hpp).
#include "core/rules/kewenangan.hpp"

#include "core/model/enum_names.hpp"
#include "core/rules/rules_sections.hpp"

#include <algorithm>

namespace kinerja {
namespace {

using rules_json::json;
using rules_json::Reader;

constexpr enum_names::Names<Peran, 6> kPeranNames{{{Peran::pegawai, "pegawai"},
                                                   {Peran::penilai, "penilai"},
                                                   {Peran::atasan_penilai, "atasan-penilai"},
                                                   {Peran::pimpinan, "pimpinan"},
                                                   {Peran::admin, "admin"},
                                                   {Peran::kiosk, "kiosk"}}};

std::vector<std::string> texts(Reader& r, const json& obj, const std::string& ptr, std::string_view key) {
  std::vector<std::string> out;
  const json* a = r.array(obj, ptr, key, false);
  if (!a) return out;
  for (std::size_t i = 0; i < a->size(); ++i) {
    if (!(*a)[i].is_string() || (*a)[i].get_ref<const std::string&>().empty())
      r.fail(Reader::at(Reader::at(ptr, key), i), "harus berupa teks yang tidak kosong", "must be a non-empty string");
    else out.push_back((*a)[i].get<std::string>());
  }
  return out;
}

}  // namespace

std::string_view to_string(Peran p) { return enum_names::name_of(kPeranNames, p); }
std::optional<Peran> parse_peran(std::string_view s) { return enum_names::value_of(kPeranNames, s); }

bool BagianKewenangan::allows(Peran p) const { return std::find(peran.begin(), peran.end(), p) != peran.end(); }

const KoleksiKewenangan* RulesKewenangan::find(std::string_view collection) const {
  for (const auto& k : koleksi)
    if (k.collection == collection) return &k;
  return nullptr;
}

namespace rules_detail {

void parse_kewenangan(Reader& r, const json& doc, RulesKewenangan& out) {
  const json* list = r.array(doc, "", "koleksi");
  if (!list) return;
  for (std::size_t i = 0; i < list->size(); ++i) {
    const std::string at = Reader::at("/koleksi", i);
    const json& k = (*list)[i];
    KoleksiKewenangan kol;
    kol.collection = r.string(k, at, "collection").value_or("");
    if (out.find(kol.collection) != nullptr)
      r.fail(at + "/collection", "koleksi ini sudah diatur", "this collection appears twice");
    kol.pemilik = r.string(k, at, "pemilik", false).value_or("");
    kol.unit = r.string(k, at, "unit", false).value_or("");
    kol.kunci = texts(r, k, at, "kunci");
    if (const json* parts = r.array(k, at, "bagian")) {
      if (parts->empty()) r.fail(at + "/bagian", "minimal satu bagian", "needs at least one part");
      for (std::size_t j = 0; j < parts->size(); ++j) {
        const std::string pat = Reader::at(at + "/bagian", j);
        BagianKewenangan b;
        b.nama = r.string((*parts)[j], pat, "nama").value_or("");
        for (const auto& p : texts(r, (*parts)[j], pat, "peran")) {
          if (const auto v = parse_peran(p)) b.peran.push_back(*v);
          else r.fail(pat + "/peran", "peran tidak dikenal: " + p, "unknown role: " + p);
        }
        if (b.peran.empty()) r.fail(pat + "/peran", "minimal satu peran", "needs at least one role");
        b.kolom = texts(r, (*parts)[j], pat, "kolom");
        kol.bagian.push_back(std::move(b));
      }
    }
    out.koleksi.push_back(std::move(kol));
  }
}

}  // namespace rules_detail
}  // namespace kinerja
