// to_json: the canonical writer. nlohmann::json's default object is a
// std::map, so keys come out sorted; collections and records are ordered
// here. Required fields are always written, optional ones only when present.
#include "core/model/serialize.hpp"
#include "core/model/record_fields.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace kinerja {
namespace {

using nlohmann::json;

void opt(json& j, std::string_view key, const std::string& s) {
  if (!s.empty()) j[key] = s;
}
template <typename T>
void opt(json& j, std::string_view key, const std::optional<T>& v) {
  if (v) j[key] = *v;
}
template <typename E>
void opt_enum(json& j, std::string_view key, const std::optional<E>& v) {
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

// One field of a described record (core/model/record_fields.hpp), by kind:
// required values always, optional ones only when present.
// Text, Ref and Time by whether they are required; Bool, IntIn and Date always.
template <typename Rec, typename Field>
void write_field(json& j, const Rec& x, const Field& d) {
  if (d.required) j[d.name] = x.*d.member;
  else opt(j, d.name, x.*d.member);
}
template <typename Rec>
void write_field(json& j, const Rec& x, const fields::Bool<Rec>& d) { j[d.name] = x.*d.member; }
template <typename Rec>
void write_field(json& j, const Rec& x, const fields::IntIn<Rec>& d) { j[d.name] = x.*d.member; }
template <typename Rec>
void write_field(json& j, const Rec& x, const fields::Date<Rec>& d) { j[d.name] = x.*d.member; }
template <typename Rec, typename E>
void write_field(json& j, const Rec& x, const fields::Enum<Rec, E>& d) { j[d.name] = s(x.*d.member); }
template <typename Rec, typename E>
void write_field(json& j, const Rec& x, const fields::OptEnum<Rec, E>& d) { opt_enum(j, d.name, x.*d.member); }

template <typename Rec, typename Table>
json described_to_json(const Rec& rec, const Table& table) {
  json j = envelope(rec.meta);
  if (rec.meta.deleted) return j;
  fields::for_each(table, [&](std::size_t, const auto& d) { write_field(j, rec, d); });
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

json record_to_json(const Unit& r) { return described_to_json(r, fields::kUnit); }

json record_to_json(const Employee& r) { return described_to_json(r, fields::kEmployee); }

json record_to_json(const Period& r) { return described_to_json(r, fields::kPeriod); }

json record_to_json(const Assignment& r) { return described_to_json(r, fields::kAssignment); }

json record_to_json(const Indicator& r) { return described_to_json(r, fields::kIndicator); }

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

json record_to_json(const OrgRating& r) { return described_to_json(r, fields::kOrgRating); }

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

json record_to_json(const Complaint& r) { return described_to_json(r, fields::kComplaint); }

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
