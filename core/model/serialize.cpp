// to_json: the canonical writer. nlohmann::json's default object is a
// std::map, so keys come out sorted; collections and records are ordered
// here. Required fields are always written, optional ones only when present.
#include "core/model/serialize.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace kinerja {
namespace {

using nlohmann::json;

void opt(json& j, const char* key, const std::string& s) {
  if (!s.empty()) j[key] = s;
}
template <typename T>
void opt(json& j, const char* key, const std::optional<T>& v) {
  if (v) j[key] = *v;
}
template <typename E>
void opt_enum(json& j, const char* key, const std::optional<E>& v) {
  if (v) j[key] = std::string(to_string(*v));
}
template <typename E>
std::string s(E e) {
  return std::string(to_string(e));
}

json envelope(const RecordMeta& m) {
  json j = json::object();
  j["id"] = m.id;
  json ver = json::object();
  for (const auto& [device, n] : m.ver) ver[device] = n;
  j["ver"] = std::move(ver);
  j["hlc"] = m.hlc;
  j["author"] = m.author;
  j["created"] = m.created;
  j["updated"] = m.updated;
  j["deleted"] = m.deleted;
  return j;
}

json string_array(const std::vector<std::string>& v) {
  json a = json::array();
  for (const auto& x : v) a.push_back(x);
  return a;
}

template <typename Vec>
json collection(const Vec& records) {
  std::vector<const typename Vec::value_type*> sorted;
  sorted.reserve(records.size());
  for (const auto& r : records) sorted.push_back(&r);
  std::stable_sort(sorted.begin(), sorted.end(), [](auto* a, auto* b) { return a->meta.id < b->meta.id; });
  json a = json::array();
  for (const auto* r : sorted) a.push_back(record_to_json(*r));
  return a;
}

json indicator_json(const SkpIndicator& d) {
  json j = json::object();
  j["id"] = d.id;
  opt(j, "library_id", d.library_id);
  j["text"] = d.text;
  j["aspek"] = s(d.aspek);
  j["polaritas"] = s(d.polaritas);
  opt(j, "target", d.target);
  opt(j, "target_min", d.target_min);
  opt(j, "target_max", d.target_max);
  opt(j, "satuan", d.satuan);
  return j;
}

json rhk_json(const Rhk& h) {
  json j = json::object();
  j["id"] = h.id;
  j["kategori"] = s(h.kategori);
  j["text"] = h.text;
  opt(j, "rhk_atasan_id", h.rhk_atasan_id);
  opt(j, "rhk_atasan_text", h.rhk_atasan_text);
  opt_enum(j, "perspektif", h.perspektif);
  json inds = json::array();
  for (const auto& d : h.indicators) inds.push_back(indicator_json(d));
  j["indicators"] = std::move(inds);
  return j;
}

} // namespace

json record_to_json(const Unit& u) {
  json j = envelope(u.meta);
  if (u.meta.deleted) return j;
  j["name"] = u.name;
  j["kind"] = s(u.kind);
  opt(j, "parent_id", u.parent_id);
  j["is_service_unit"] = u.is_service_unit;
  return j;
}

json record_to_json(const Employee& e) {
  json j = envelope(e.meta);
  if (e.meta.deleted) return j;
  j["nip"] = e.nip;
  j["name"] = e.name;
  opt(j, "jabatan", e.jabatan);
  opt_enum(j, "jenis_jabatan", e.jenis_jabatan);
  opt(j, "jenjang", e.jenjang);
  opt(j, "golongan", e.golongan);
  opt_enum(j, "status", e.status);
  j["unit_id"] = e.unit_id;
  j["is_unit_head"] = e.is_unit_head;
  return j;
}

json record_to_json(const Period& p) {
  json j = envelope(p.meta);
  if (p.meta.deleted) return j;
  j["name"] = p.name;
  j["jenis"] = s(p.jenis);
  j["year"] = p.year;
  j["start"] = p.start;
  j["end"] = p.end;
  j["deadline"] = p.deadline;
  j["locked"] = p.locked;
  j["metode"] = s(p.metode);
  return j;
}

json record_to_json(const Assignment& a) {
  json j = envelope(a.meta);
  if (a.meta.deleted) return j;
  j["period_id"] = a.period_id;
  j["employee_id"] = a.employee_id;
  j["penilai_id"] = a.penilai_id;
  opt(j, "atasan_penilai_id", a.atasan_penilai_id);
  j["kind"] = s(a.kind);
  return j;
}

json record_to_json(const Indicator& d) {
  json j = envelope(d.meta);
  if (d.meta.deleted) return j;
  j["text"] = d.text;
  opt(j, "satuan", d.satuan);
  j["polaritas"] = s(d.polaritas);
  j["aspek"] = s(d.aspek);
  return j;
}

json record_to_json(const Skp& k) {
  json j = envelope(k.meta);
  if (k.meta.deleted) return j;
  j["employee_id"] = k.employee_id;
  j["year"] = k.year;
  j["pendekatan"] = s(k.pendekatan);
  json rhk = json::array();
  for (const auto& h : k.rhk) rhk.push_back(rhk_json(h));
  j["rhk"] = std::move(rhk);
  if (!k.ekspektasi.empty()) {
    json a = json::array();
    for (const auto& e : k.ekspektasi) a.push_back(json{{"nilai", s(e.nilai)}, {"text", e.text}});
    j["ekspektasi"] = std::move(a);
  }
  const auto& l = k.lampiran;
  if (!(l == LampiranSkp{})) {
    json lj = json::object();
    if (!l.dukungan_sumber_daya.empty()) lj["dukungan_sumber_daya"] = string_array(l.dukungan_sumber_daya);
    if (!l.skema_pertanggungjawaban.empty())
      lj["skema_pertanggungjawaban"] = string_array(l.skema_pertanggungjawaban);
    if (!l.konsekuensi.empty()) lj["konsekuensi"] = string_array(l.konsekuensi);
    j["lampiran"] = std::move(lj);
  }
  return j;
}

json record_to_json(const Realisation& z) {
  json j = envelope(z.meta);
  if (z.meta.deleted) return j;
  j["skp_id"] = z.skp_id;
  j["indicator_id"] = z.indicator_id;
  j["period_id"] = z.period_id;
  opt(j, "value", z.value);
  opt(j, "text", z.text);
  if (!z.evidence.empty()) {
    json a = json::array();
    for (const auto& ev : z.evidence) {
      json e = json::object();
      opt(e, "link", ev.link);
      opt(e, "note", ev.note);
      opt(e, "sha256", ev.sha256);
      opt(e, "size", ev.size);
      a.push_back(std::move(e));
    }
    j["evidence"] = std::move(a);
  }
  opt(j, "submitted", z.submitted);
  return j;
}

json record_to_json(const Evaluation& ev) {
  json j = envelope(ev.meta);
  if (ev.meta.deleted) return j;
  j["employee_id"] = ev.employee_id;
  j["period_id"] = ev.period_id;
  if (!ev.perilaku.empty()) {
    json a = json::array();
    for (const auto& p : ev.perilaku) {
      json e = json::object();
      e["nilai"] = s(p.nilai);
      opt_enum(e, "self_rating", p.self_rating);
      opt(e, "self_note", p.self_note);
      opt_enum(e, "rating", p.rating);
      opt(e, "umpan_balik", p.umpan_balik);
      a.push_back(std::move(e));
    }
    j["perilaku"] = std::move(a);
  }
  opt_enum(j, "rating_hasil_kerja", ev.rating_hasil_kerja);
  opt_enum(j, "rating_perilaku", ev.rating_perilaku);
  opt(j, "reason", ev.reason);
  if (!ev.umpan_balik_rhk.empty()) {
    json a = json::array();
    for (const auto& u : ev.umpan_balik_rhk) a.push_back(json{{"rhk_id", u.rhk_id}, {"text", u.text}});
    j["umpan_balik_rhk"] = std::move(a);
  }
  opt_enum(j, "predikat", ev.predikat);
  if (!ev.recommendations.empty()) j["recommendations"] = string_array(ev.recommendations);
  if (ev.keberatan) {
    const auto& k = *ev.keberatan;
    json e = json::object();
    e["text"] = k.text;
    opt(e, "submitted", k.submitted);
    opt(e, "penjelasan_penilai", k.penjelasan_penilai);
    opt_enum(e, "decision", k.decision);
    opt(e, "decision_note", k.decision_note);
    opt(e, "decided_by", k.decided_by);
    opt_enum(e, "predikat_akhir", k.predikat_akhir);
    j["keberatan"] = std::move(e);
  }
  opt(j, "self_submitted", ev.self_submitted);
  opt(j, "rated", ev.rated);
  return j;
}

json record_to_json(const OrgRating& o) {
  json j = envelope(o.meta);
  if (o.meta.deleted) return j;
  j["unit_id"] = o.unit_id;
  j["period_id"] = o.period_id;
  j["cko"] = s(o.cko);
  opt(j, "note", o.note);
  return j;
}

json record_to_json(const SkmResponse& r) {
  json j = envelope(r.meta);
  if (r.meta.deleted) return j;
  j["unit_id"] = r.unit_id;
  j["period_id"] = r.period_id;
  j["timestamp"] = r.timestamp;
  static constexpr std::array<const char*, kJumlahUnsurSkm> kUnsur{"u1", "u2", "u3", "u4", "u5",
                                                                  "u6", "u7", "u8", "u9"};
  json a = json::object();
  for (std::size_t i = 0; i < r.answers.size(); ++i)
    if (r.answers[i] != 0) a[kUnsur[i]] = static_cast<int>(r.answers[i]);
  j["answers"] = std::move(a);
  if (r.respondent) {
    const auto& p = *r.respondent;
    json e = json::object();
    opt(e, "jenis_kelamin", p.jenis_kelamin);
    opt(e, "umur", p.umur);
    opt(e, "pendidikan", p.pendidikan);
    opt(e, "pekerjaan", p.pekerjaan);
    j["respondent"] = std::move(e);
  }
  return j;
}

json record_to_json(const Complaint& c) {
  json j = envelope(c.meta);
  if (c.meta.deleted) return j;
  j["unit_id"] = c.unit_id;
  j["channel"] = s(c.channel);
  j["category"] = c.category;
  j["received"] = c.received;
  opt(j, "first_response", c.first_response);
  opt(j, "resolved", c.resolved);
  return j;
}

json record_to_json(const Training& t) {
  json j = envelope(t.meta);
  if (t.meta.deleted) return j;
  j["title"] = t.title;
  opt(j, "description", t.description);
  json n = json::array();
  for (auto v : t.nilai) n.push_back(s(v));
  j["nilai"] = std::move(n);
  json a = json::array();
  for (auto v : t.aspek) a.push_back(s(v));
  j["aspek"] = std::move(a);
  opt(j, "hours", t.hours);
  return j;
}

json to_json_value(const Bundle& b) {
  json j = json::object();
  j["format"] = std::string(kBundleFormat);
  j["schema"] = kBundleSchema;
  j["created"] = b.created;
  j["origin"] = b.origin;
  json scope = json::object();
  scope["kind"] = s(b.scope.kind);
  opt(scope, "nip", b.scope.nip);
  j["scope"] = std::move(scope);
  opt(j, "note", b.note);
  json data = json::object();
  data["units"] = collection(b.units);
  data["employees"] = collection(b.employees);
  data["periods"] = collection(b.periods);
  data["assignments"] = collection(b.assignments);
  data["indicators"] = collection(b.indicators);
  data["skps"] = collection(b.skps);
  data["realisations"] = collection(b.realisations);
  data["evaluations"] = collection(b.evaluations);
  data["org_ratings"] = collection(b.org_ratings);
  data["skm_responses"] = collection(b.skm_responses);
  data["complaints"] = collection(b.complaints);
  data["trainings"] = collection(b.trainings);
  j["data"] = std::move(data);
  if (!b.conflicts.empty()) {
    json a = json::array();
    for (const auto& c : b.conflicts) {
      json versions = json::array();
      for (const auto& v : c.versions) {
        auto parsed = json::parse(v, nullptr, false);
        versions.push_back(parsed.is_discarded() ? json::object() : std::move(parsed));
      }
      a.push_back(json{{"collection", c.collection}, {"id", c.id}, {"versions", std::move(versions)}});
    }
    j["conflicts"] = std::move(a);
  }
  return j;
}

std::string to_json(const Bundle& b) {
  // replace, not throw, on invalid UTF-8 typed in by hand: the writer never fails
  return to_json_value(b).dump(-1, ' ', false, json::error_handler_t::replace);
}

} // namespace kinerja
