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

json string_array(const std::vector<std::string>& v) {
  json a = json::array();
  for (const auto& x : v) a.push_back(x);
  return a;
}

// One field of a described record (core/model/record_fields.hpp), by kind:
// required values always, optional ones only when present.
template <typename Obj, typename Table>
json object_json(const Obj& x, const Table& table);

// Text, Ref, Id and Time by whether they are required; a Flag when true; Bool, IntIn, Date,
// PresentText, Slots and EnumList always; a required List always, an optional
// one when not empty; Checks are not written.
template <typename Rec, typename Field>
void write_field(json& j, const Rec& x, const Field& d) {
  if (d.required) j[d.name] = x.*d.member;
  else opt(j, d.name, x.*d.member);
}
template <typename Rec>
void write_field(json& j, const Rec& x, const fields::Bool<Rec>& d) { j[d.name] = x.*d.member; }
template <typename Rec>
void write_field(json& j, const Rec& x, const fields::Flag<Rec>& d) {
  if (x.*d.member) j[d.name] = true;
}
template <typename Rec>
void write_field(json& j, const Rec& x, const fields::IntIn<Rec>& d) { j[d.name] = x.*d.member; }
template <typename Rec>
void write_field(json& j, const Rec& x, const fields::Date<Rec>& d) { j[d.name] = x.*d.member; }
template <typename Rec>
void write_field(json& j, const Rec& x, const fields::PresentText<Rec>& d) { j[d.name] = x.*d.member; }
template <typename Rec>
void write_field(json& j, const Rec& x, const fields::OptNumber<Rec>& d) { opt(j, d.name, x.*d.member); }
template <typename Rec, typename T>
void write_field(json& j, const Rec& x, const fields::OptInt<Rec, T>& d) { opt(j, d.name, x.*d.member); }
template <typename Rec, typename E>
void write_field(json& j, const Rec& x, const fields::Enum<Rec, E>& d) { j[d.name] = s(x.*d.member); }
template <typename Rec, typename E>
void write_field(json& j, const Rec& x, const fields::OptEnum<Rec, E>& d) { opt_enum(j, d.name, x.*d.member); }
template <typename Rec, typename E>
void write_field(json& j, const Rec& x, const fields::EnumList<Rec, E>& d) {
  json a = json::array();
  for (auto v : x.*d.member) a.push_back(s(v));
  j[d.name] = std::move(a);
}
template <typename Rec>
void write_field(json& j, const Rec& x, const fields::TextList<Rec>& d) {
  if (!(x.*d.member).empty()) j[d.name] = string_array(x.*d.member);
}
template <typename Rec>
void write_field(json& j, const Rec& x, const fields::RefList<Rec>& d) {
  if (!(x.*d.member).empty()) j[d.name] = string_array(x.*d.member);
}
template <typename Rec, std::size_t N>
void write_field(json& j, const Rec& x, const fields::Slots<Rec, N>& d) {
  json a = json::object();
  for (std::size_t i = 0; i < N; ++i)
    if ((x.*d.member)[i] != 0) a[(*d.keys)[i]] = static_cast<int>((x.*d.member)[i]);
  j[d.name] = std::move(a);
}
template <typename Rec, typename Sub, typename Table>
void write_field(json& j, const Rec& x, const fields::List<Rec, Sub, Table>& d) {
  const auto& list = x.*d.member;
  if (list.empty() && !d.required) return;
  json a = json::array();
  for (const auto& sub : list) a.push_back(object_json(sub, *d.table));
  j[d.name] = std::move(a);
}
template <typename Rec, typename Sub, typename Table>
void write_field(json& j, const Rec& x, const fields::Object<Rec, Sub, Table>& d) {
  if (!(x.*d.member == Sub{})) j[d.name] = object_json(x.*d.member, *d.table);
}
template <typename Rec, typename Sub, typename Table>
void write_field(json& j, const Rec& x, const fields::OptObject<Rec, Sub, Table>& d) {
  if (x.*d.member) j[d.name] = object_json(*(x.*d.member), *d.table);
}
template <typename Rec, typename Fn>
void write_field(json&, const Rec&, const fields::Check<Fn>&) {}

template <typename Obj, typename Table>
void write_fields(json& j, const Obj& x, const Table& table) {
  fields::for_each(table, [&](std::size_t, const auto& d) { write_field(j, x, d); });
}

template <typename Obj, typename Table>
json object_json(const Obj& x, const Table& table) {
  json j = json::object();
  write_fields(j, x, table);
  return j;
}

template <typename Rec, typename Table>
json described_to_json(const Rec& rec, const Table& table) {
  json j = envelope(rec.meta);
  if (!rec.meta.deleted) write_fields(j, rec, table);
  return j;
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

} // namespace

json record_to_json(const Unit& r) { return described_to_json(r, fields::kUnit); }

json record_to_json(const Employee& r) { return described_to_json(r, fields::kEmployee); }

json record_to_json(const Period& r) { return described_to_json(r, fields::kPeriod); }

json record_to_json(const Assignment& r) { return described_to_json(r, fields::kAssignment); }

json record_to_json(const Indicator& r) { return described_to_json(r, fields::kIndicator); }

json record_to_json(const Skp& r) { return described_to_json(r, fields::kSkp); }

json record_to_json(const Realisation& r) { return described_to_json(r, fields::kRealisation); }

json record_to_json(const Evaluation& r) { return described_to_json(r, fields::kEvaluation); }

json record_to_json(const OrgRating& r) { return described_to_json(r, fields::kOrgRating); }

json record_to_json(const SkmResponse& r) { return described_to_json(r, fields::kSkmResponse); }

json record_to_json(const Complaint& r) { return described_to_json(r, fields::kComplaint); }

json record_to_json(const Training& r) { return described_to_json(r, fields::kTraining); }

json record_to_json(const ServiceVolume& r) { return described_to_json(r, fields::kServiceVolume); }

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
  if (!b.service_volumes.empty()) data["service_volumes"] = collection(b.service_volumes);
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
