// JSON form of the public aggregates document: writer and validating reader.
// nlohmann/json is enough here (the document is small); the reader never
// throws: every problem becomes a ValidationError at its JSON pointer.
#include "core/model/publik.hpp"

#include <nlohmann/json.hpp>

#include <cmath>
#include <functional>

namespace kinerja {

Predikat predikat_kolom(std::size_t i) { return static_cast<Predikat>(i + 1); }

namespace {

using ojson = nlohmann::ordered_json;
using nlohmann::json;

template <typename T>
ojson opt(const std::optional<T>& v) {
  return v ? ojson(*v) : ojson(nullptr);
}

ojson baris_json(const BarisPredikat& r, bool with_unit) {
  ojson j;
  if (with_unit) j["unit_id"] = r.unit_id;
  j["pegawai"] = opt(r.pegawai);
  ojson p = ojson::object();
  for (std::size_t i = 0; i < kJumlahPredikat; ++i) p[std::string(to_string(predikat_kolom(i)))] = opt(r.predikat[i]);
  j["predikat"] = p;
  j["persen_tepat_waktu"] = opt(r.persen_tepat_waktu);
  j["median_capaian"] = opt(r.median_capaian);
  return j;
}

ojson layanan_json(const BarisLayanan& r) {
  ojson j;
  j["unit_id"] = r.unit_id;
  j["responden"] = opt(r.responden);
  j["ikm"] = opt(r.ikm);
  j["mutu"] = r.mutu.empty() ? ojson(nullptr) : ojson(r.mutu);
  j["pengaduan"] = opt(r.pengaduan);
  j["median_hari_tanggapan"] = opt(r.median_hari_tanggapan);
  j["persen_tanggapan_tepat_waktu"] = opt(r.persen_tanggapan_tepat_waktu);
  j["median_hari_selesai"] = opt(r.median_hari_selesai);
  j["persen_selesai_tepat_waktu"] = opt(r.persen_selesai_tepat_waktu);
  j["persen_belum_ditanggapi"] = opt(r.persen_belum_ditanggapi);
  j["persen_belum_selesai"] = opt(r.persen_belum_selesai);
  j["populasi"] = opt(r.populasi);
  j["sampel_minimum"] = opt(r.sampel_minimum);
  j["sampel_memadai"] = r.sampel_memadai ? ojson(*r.sampel_memadai) : ojson(nullptr);
  return j;
}

// --- reader ------------------------------------------------------------------

class Reader {
 public:
  std::vector<ValidationError> errors;

  void fail(const std::string& ptr, std::string id, std::string en) {
    errors.push_back({ptr.empty() ? std::string("/") : ptr, std::move(id), std::move(en)});
  }
  static std::string at(const std::string& ptr, std::string_view key) { return ptr + "/" + json_pointer_token(key); }
  static std::string at(const std::string& ptr, std::size_t i) { return ptr + "/" + std::to_string(i); }

  const json* field(const json& obj, const std::string& ptr, std::string_view key, bool required = true) {
    auto it = obj.find(std::string(key));
    if (it == obj.end()) {
      if (required) fail(at(ptr, key), "kolom wajib tidak ada", "required field is missing");
      return nullptr;
    }
    return &*it;
  }
  bool object(const json* v, const std::string& ptr) {
    if (v && !v->is_object()) { fail(ptr, "harus berupa objek", "must be an object"); return false; }
    return v != nullptr;
  }
  bool array(const json* v, const std::string& ptr) {
    if (v && !v->is_array()) { fail(ptr, "harus berupa larik", "must be an array"); return false; }
    return v != nullptr;
  }
  std::string str(const json& obj, const std::string& ptr, std::string_view key, bool required = true) {
    const json* v = field(obj, ptr, key, required);
    if (!v || v->is_null()) return {};
    if (!v->is_string()) { fail(at(ptr, key), "harus berupa teks", "must be a string"); return {}; }
    return v->get<std::string>();
  }
  std::optional<std::int64_t> count(const json& obj, const std::string& ptr, std::string_view key,
                                    bool required = true) {
    const json* v = field(obj, ptr, key, required);
    if (!v || v->is_null()) return std::nullopt;
    if (!v->is_number_integer() || v->get<std::int64_t>() < 0) {
      fail(at(ptr, key), "harus bilangan bulat ≥ 0 atau null", "must be an integer ≥ 0 or null");
      return std::nullopt;
    }
    return v->get<std::int64_t>();
  }
  std::optional<double> number(const json& obj, const std::string& ptr, std::string_view key, double lo, double hi,
                               bool required = true) {
    const json* v = field(obj, ptr, key, required);
    if (!v || v->is_null()) return std::nullopt;
    if (!v->is_number() || !std::isfinite(v->get<double>()) || v->get<double>() < lo || v->get<double>() > hi) {
      fail(at(ptr, key), "harus angka antara " + fmt(lo) + " dan " + fmt(hi) + " atau null",
           "must be a number from " + fmt(lo) + " to " + fmt(hi) + " or null");
      return std::nullopt;
    }
    return v->get<double>();
  }
  template <typename T>
  void each(const json& obj, const std::string& ptr, std::string_view key, std::vector<T>& out,
            const std::function<T(const json&, const std::string&)>& read) {
    const json* v = field(obj, ptr, key);
    const std::string p = at(ptr, key);
    if (!array(v, p)) return;
    for (std::size_t i = 0; i < v->size(); ++i) {
      const std::string pi = at(p, i);
      if (!(*v)[i].is_object()) { fail(pi, "harus berupa objek", "must be an object"); continue; }
      out.push_back(read((*v)[i], pi));
    }
  }

 private:
  static std::string fmt(double x) {
    std::string s = std::to_string(x);
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s;
  }
};

BarisPredikat read_baris(Reader& r, const json& j, const std::string& ptr, bool with_unit) {
  BarisPredikat b;
  if (with_unit) b.unit_id = r.str(j, ptr, "unit_id");
  b.pegawai = r.count(j, ptr, "pegawai");
  const json* p = r.field(j, ptr, "predikat");
  const std::string pp = Reader::at(ptr, "predikat");
  if (r.object(p, pp)) {
    for (std::size_t i = 0; i < kJumlahPredikat; ++i) b.predikat[i] = r.count(*p, pp, to_string(predikat_kolom(i)));
  }
  b.persen_tepat_waktu = r.number(j, ptr, "persen_tepat_waktu", 0, 100);
  b.median_capaian = r.number(j, ptr, "median_capaian", 0, 1e9);
  return b;
}

BarisLayanan read_layanan(Reader& r, const json& j, const std::string& ptr) {
  BarisLayanan b;
  b.unit_id = r.str(j, ptr, "unit_id");
  b.responden = r.count(j, ptr, "responden");
  b.ikm = r.number(j, ptr, "ikm", 25, 100);
  b.mutu = r.str(j, ptr, "mutu");
  if (!b.mutu.empty() && b.mutu != "A" && b.mutu != "B" && b.mutu != "C" && b.mutu != "D")
    r.fail(Reader::at(ptr, "mutu"), "mutu harus A, B, C atau D", "mutu must be A, B, C or D");
  b.pengaduan = r.count(j, ptr, "pengaduan");
  b.median_hari_tanggapan = r.number(j, ptr, "median_hari_tanggapan", 0, 1e9);
  b.persen_tanggapan_tepat_waktu = r.number(j, ptr, "persen_tanggapan_tepat_waktu", 0, 100);
  b.median_hari_selesai = r.number(j, ptr, "median_hari_selesai", 0, 1e9);
  b.persen_selesai_tepat_waktu = r.number(j, ptr, "persen_selesai_tepat_waktu", 0, 100);
  // absent in documents made before these shares existed
  b.persen_belum_ditanggapi = r.number(j, ptr, "persen_belum_ditanggapi", 0, 100, false);
  b.persen_belum_selesai = r.number(j, ptr, "persen_belum_selesai", 0, 100, false);
  b.populasi = r.count(j, ptr, "populasi", false);
  b.sampel_minimum = r.count(j, ptr, "sampel_minimum", false);
  if (const json* m = r.field(j, ptr, "sampel_memadai", false); m && !m->is_null()) {
    if (!m->is_boolean()) r.fail(Reader::at(ptr, "sampel_memadai"), "harus true, false atau null", "must be true, false or null");
    else b.sampel_memadai = m->get<bool>();
  }
  return b;
}

JenisPeriode read_jenis(Reader& r, const json& j, const std::string& ptr) {
  const std::string s = r.str(j, ptr, "jenis");
  if (s.empty()) return JenisPeriode::invalid;
  auto v = parse_jenis_periode(s);
  if (!v) r.fail(Reader::at(ptr, "jenis"), "jenis periode tidak dikenal: " + s, "unknown period kind: " + s);
  return v.value_or(JenisPeriode::invalid);
}

} // namespace

std::string publik_to_json(const Publik& d, int indent) {
  ojson j;
  j["format"] = kPublikFormat;
  j["schema"] = kPublikSchema;
  j["created"] = d.created;
  j["min_group"] = d.min_group;
  if (!d.note.empty()) j["note"] = d.note;
  if (d.audit)
    j["audit"] = {{"angka_diperiksa", d.audit->angka_diperiksa},
                  {"kelompok_diperiksa", d.audit->kelompok_diperiksa},
                  {"lulus", d.audit->lulus}};
  j["rules"] = ojson::array();
  for (const auto& a : d.rules) j["rules"].push_back({{"id", a.id}, {"version", a.version}});
  j["units"] = ojson::array();
  for (const auto& u : d.units) {
    ojson x;
    x["id"] = u.id;
    x["name"] = u.name;
    x["kind"] = to_string(u.kind);
    if (!u.parent_id.empty()) x["parent_id"] = u.parent_id;
    j["units"].push_back(std::move(x));
  }
  j["periods"] = ojson::array();
  for (const auto& p : d.periods) {
    ojson x;
    x["period_id"] = p.period_id;
    x["name"] = p.name;
    x["jenis"] = to_string(p.jenis);
    x["year"] = p.year;
    x["start"] = p.start;
    x["end"] = p.end;
    x["units"] = ojson::array();
    for (const auto& r : p.units) x["units"].push_back(baris_json(r, true));
    x["kota"] = baris_json(p.kota, false);
    x["layanan"] = ojson::array();
    for (const auto& r : p.layanan) x["layanan"].push_back(layanan_json(r));
    x["responden_kota"] = opt(p.responden_kota);
    x["pengaduan_kota"] = opt(p.pengaduan_kota);
    j["periods"].push_back(std::move(x));
  }
  j["tren"] = ojson::array();
  for (const auto& t : d.tren) {
    ojson x;
    x["unit_id"] = t.unit_id;
    x["jenis"] = to_string(t.jenis);
    x["titik"] = ojson::array();
    for (const auto& pt : t.titik)
      x["titik"].push_back({{"period_id", pt.period_id},
                            {"pegawai", opt(pt.pegawai)},
                            {"persen_tepat_waktu", opt(pt.persen_tepat_waktu)},
                            {"median_capaian", opt(pt.median_capaian)},
                            {"ikm", opt(pt.ikm)}});
    j["tren"].push_back(std::move(x));
  }
  return j.dump(indent);
}

PublikParse parse_publik(std::string_view text) {
  PublikParse out;
  const json j = json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  Reader r;
  if (j.is_discarded()) {
    r.fail("/", "bukan JSON yang sah", "not valid JSON");
    out.errors = std::move(r.errors);
    return out;
  }
  if (!j.is_object()) {
    r.fail("/", "dokumen harus berupa objek", "the document must be an object");
    out.errors = std::move(r.errors);
    return out;
  }
  const std::string root;
  const std::string format = r.str(j, root, "format");
  if (!format.empty() && format != kPublikFormat)
    r.fail("/format", "format bukan " + std::string(kPublikFormat) + ": " + format,
           "format is not " + std::string(kPublikFormat) + ": " + format);
  if (const json* s = r.field(j, root, "schema")) {
    if (!s->is_number_integer()) r.fail("/schema", "schema harus bilangan bulat", "schema must be an integer");
    else if (s->get<std::int64_t>() > kPublikSchema)
      r.fail("/schema", "schema " + std::to_string(s->get<std::int64_t>()) + " lebih baru dari yang dikenal (1); perbarui aplikasi",
             "schema " + std::to_string(s->get<std::int64_t>()) + " is newer than this program knows (1); update it");
    else if (s->get<std::int64_t>() < 1) r.fail("/schema", "schema harus ≥ 1", "schema must be ≥ 1");
  }
  if (!r.errors.empty()) {
    out.errors = std::move(r.errors);
    return out;
  }

  Publik d;
  d.created = r.str(j, root, "created");
  if (const json* k = r.field(j, root, "min_group")) {
    if (!k->is_number_integer() || k->get<std::int64_t>() < 1) r.fail("/min_group", "harus bilangan bulat ≥ 1", "must be an integer ≥ 1");
    else d.min_group = k->get<std::int64_t>();
  }
  d.note = r.str(j, root, "note", false);
  if (const json* a = r.field(j, root, "audit", false); a && r.object(a, "/audit")) {
    RingkasanAudit ra;
    ra.angka_diperiksa = r.count(*a, "/audit", "angka_diperiksa").value_or(0);
    ra.kelompok_diperiksa = r.count(*a, "/audit", "kelompok_diperiksa").value_or(0);
    if (const json* l = r.field(*a, "/audit", "lulus")) {
      if (!l->is_boolean()) r.fail("/audit/lulus", "harus true atau false", "must be true or false");
      else ra.lulus = l->get<bool>();
    }
    d.audit = ra;
  }
  r.each<AturanDipakai>(j, root, "rules", d.rules, [&](const json& x, const std::string& p) {
    return AturanDipakai{r.str(x, p, "id"), r.str(x, p, "version")};
  });
  r.each<PublikUnit>(j, root, "units", d.units, [&](const json& x, const std::string& p) {
    PublikUnit u;
    u.id = r.str(x, p, "id");
    u.name = r.str(x, p, "name");
    const std::string kind = r.str(x, p, "kind");
    if (auto k = parse_unit_kind(kind)) u.kind = *k;
    else if (!kind.empty()) r.fail(Reader::at(p, "kind"), "jenis unit tidak dikenal: " + kind, "unknown unit kind: " + kind);
    u.parent_id = r.str(x, p, "parent_id", false);
    return u;
  });
  r.each<PublikPeriode>(j, root, "periods", d.periods, [&](const json& x, const std::string& p) {
    PublikPeriode per;
    per.period_id = r.str(x, p, "period_id");
    per.name = r.str(x, p, "name");
    per.jenis = read_jenis(r, x, p);
    if (const json* y = r.field(x, p, "year")) {
      if (!y->is_number_integer()) r.fail(Reader::at(p, "year"), "tahun harus bilangan bulat", "year must be an integer");
      else per.year = static_cast<int>(y->get<std::int64_t>());
    }
    per.start = r.str(x, p, "start");
    per.end = r.str(x, p, "end");
    r.each<BarisPredikat>(x, p, "units", per.units,
                          [&](const json& y, const std::string& py) { return read_baris(r, y, py, true); });
    if (const json* k = r.field(x, p, "kota"); r.object(k, Reader::at(p, "kota")))
      per.kota = read_baris(r, *k, Reader::at(p, "kota"), false);
    r.each<BarisLayanan>(x, p, "layanan", per.layanan,
                         [&](const json& y, const std::string& py) { return read_layanan(r, y, py); });
    per.responden_kota = r.count(x, p, "responden_kota");
    per.pengaduan_kota = r.count(x, p, "pengaduan_kota");
    return per;
  });
  r.each<TrenUnit>(j, root, "tren", d.tren, [&](const json& x, const std::string& p) {
    TrenUnit t;
    t.unit_id = r.str(x, p, "unit_id");
    t.jenis = read_jenis(r, x, p);
    r.each<TitikTren>(x, p, "titik", t.titik, [&](const json& y, const std::string& py) {
      TitikTren pt;
      pt.period_id = r.str(y, py, "period_id");
      pt.pegawai = r.count(y, py, "pegawai");
      pt.persen_tepat_waktu = r.number(y, py, "persen_tepat_waktu", 0, 100);
      pt.median_capaian = r.number(y, py, "median_capaian", 0, 1e9);
      pt.ikm = r.number(y, py, "ikm", 25, 100);
      return pt;
    });
    return t;
  });
  if (!r.errors.empty()) {
    out.errors = std::move(r.errors);
    return out;
  }
  out.publik = std::move(d);
  return out;
}

} // namespace kinerja
