#include "core/rules/skm_kuesioner.hpp"

#include "core/rules/rules_sections.hpp"

namespace kinerja {
namespace {

using rules_json::json;
using rules_json::Reader;

// A non-empty string member.
std::string text(Reader& r, const json& obj, const std::string& ptr, std::string_view key) {
  auto s = r.string(obj, ptr, key);
  if (s && s->empty()) r.fail(Reader::at(ptr, key), "tidak boleh kosong", "must not be empty");
  return s.value_or("");
}

// Four non-empty answer words.
std::array<std::string, 4> four(Reader& r, const json& obj, const std::string& ptr, std::string_view key) {
  std::array<std::string, 4> out{};
  const json* a = r.array(obj, ptr, key);
  if (!a) return out;
  const std::string at = Reader::at(ptr, key);
  if (a->size() != 4) {
    r.fail(at, "harus berisi tepat 4 jawaban (1–4)", "must hold exactly 4 answers (1–4)");
    return out;
  }
  for (std::size_t i = 0; i < 4; ++i) {
    const json& v = (*a)[i];
    if (!v.is_string() || v.get_ref<const std::string&>().empty())
      r.fail(Reader::at(at, i), "harus berupa teks yang tidak kosong", "must be a non-empty string");
    else out[i] = v.get<std::string>();
  }
  return out;
}

std::vector<PilihanProfil> choices(Reader& r, const json& doc, std::string_view key) {
  std::vector<PilihanProfil> out;
  const json* a = r.array(doc, "", key);
  if (!a) return out;
  const std::string at = Reader::at("", key);
  for (std::size_t i = 0; i < a->size(); ++i) {
    const std::string p = Reader::at(at, i);
    PilihanProfil c;
    c.nilai = text(r, (*a)[i], p, "nilai");
    c.label_id = text(r, (*a)[i], p, "label_id");
    c.label_en = text(r, (*a)[i], p, "label_en");
    for (const auto& o : out)
      if (!c.nilai.empty() && o.nilai == c.nilai) r.fail(p + "/nilai", "nilai ganda: " + c.nilai, "duplicate value: " + c.nilai);
    out.push_back(std::move(c));
  }
  if (out.empty()) r.fail(at, "minimal satu pilihan", "needs at least one choice");
  return out;
}

bool is_choice(const std::vector<PilihanProfil>& list, std::string_view v) {
  for (const auto& c : list)
    if (c.nilai == v) return true;
  return false;
}

}  // namespace

namespace rules_detail {

void parse_kuesioner_skm(Reader& r, const json& doc, KuesionerSkm& k) {
  if (const json* u = r.array(doc, "", "unsur")) {
    if (u->size() != static_cast<std::size_t>(kJumlahUnsurSkm)) {
      r.fail("/unsur", "harus berisi tepat " + std::to_string(kJumlahUnsurSkm) + " unsur",
             "must hold exactly " + std::to_string(kJumlahUnsurSkm) + " unsur");
    } else {
      for (std::size_t i = 0; i < u->size(); ++i) {
        const std::string p = Reader::at("/unsur", i);
        PertanyaanSkm q;
        q.kode = text(r, (*u)[i], p, "kode");
        q.pertanyaan_id = text(r, (*u)[i], p, "pertanyaan_id");
        q.pertanyaan_en = text(r, (*u)[i], p, "pertanyaan_en");
        q.jawaban_id = four(r, (*u)[i], p, "jawaban_id");
        q.jawaban_en = four(r, (*u)[i], p, "jawaban_en");
        k.unsur.push_back(std::move(q));
      }
    }
  }
  if (const json* umur = r.object(doc, "", "umur")) {
    k.umur_min = r.integer(*umur, "/umur", "min", 1, 150).value_or(k.umur_min);
    k.umur_maks = r.integer(*umur, "/umur", "maks", 1, 150).value_or(k.umur_maks);
    if (k.umur_min > k.umur_maks) r.fail("/umur", "min lebih besar dari maks", "min is greater than maks");
  }
  k.pendidikan = choices(r, doc, "pendidikan");
  k.pekerjaan = choices(r, doc, "pekerjaan");
}

}  // namespace rules_detail

std::vector<int> unsur_belum_dijawab(const std::array<std::uint8_t, kJumlahUnsurSkm>& answers) {
  std::vector<int> out;
  for (std::size_t i = 0; i < answers.size(); ++i)
    if (answers[i] < 1 || answers[i] > 4) out.push_back(static_cast<int>(i));
  return out;
}

ProfilPeriksa periksa_profil(const KuesionerSkm& k, const ProfilIsian& in) {
  ProfilPeriksa out;
  Respondent who;
  bool any = false;
  if (!in.jenis_kelamin.empty()) {
    if (in.jenis_kelamin != "l" && in.jenis_kelamin != "p")
      out.errors.push_back({"/respondent/jenis_kelamin", "jenis kelamin harus \"l\" atau \"p\"", "sex must be \"l\" or \"p\""});
    who.jenis_kelamin = in.jenis_kelamin;
    any = true;
  }
  if (!in.umur.empty()) {
    bool digits = in.umur.size() <= 3;
    int years = 0;
    for (char c : in.umur) {
      if (c < '0' || c > '9') digits = false;
      else years = years * 10 + (c - '0');
    }
    const std::string range = std::to_string(k.umur_min) + "–" + std::to_string(k.umur_maks);
    if (!digits || years < k.umur_min || years > k.umur_maks)
      out.errors.push_back({"/respondent/umur", "umur harus bilangan bulat " + range + " tahun",
                            "age must be a whole number of years, " + range});
    else who.umur = years;
    any = true;
  }
  if (!in.pendidikan.empty()) {
    if (!is_choice(k.pendidikan, in.pendidikan))
      out.errors.push_back({"/respondent/pendidikan", "pendidikan tidak ada dalam pilihan", "education is not one of the choices"});
    who.pendidikan = in.pendidikan;
    any = true;
  }
  if (!in.pekerjaan.empty()) {
    if (!is_choice(k.pekerjaan, in.pekerjaan))
      out.errors.push_back({"/respondent/pekerjaan", "pekerjaan tidak ada dalam pilihan", "occupation is not one of the choices"});
    who.pekerjaan = in.pekerjaan;
    any = true;
  }
  if (any && out.ok()) out.respondent = std::move(who);
  return out;
}

}  // namespace kinerja
