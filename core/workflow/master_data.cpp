// Master data: checks before an edit is stored, and the admin's bulk steps.
// The record check runs the bundle reader on a tiny bundle (the record plus
// what it refers to), so an admin's edit meets exactly the rules a file does.
#include "core/workflow/master_data.hpp"
#include "core/base/text.hpp"

#include "core/sync/bundle_io.hpp"
#include "core/sync/merge.hpp"
#include "core/model/parse.hpp"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace kinerja {
namespace {

using nlohmann::json;

constexpr std::string_view kEnvelope[] = {"ver", "hlc", "author", "created", "updated"};

// A stand-in envelope: only the record's own fields are being checked.
json with_check_envelope(json record) {
  for (auto k : kEnvelope) record.erase(std::string(k));
  record["ver"] = {{"check", 1}};
  record["hlc"] = "2026-01-01T00:00:00.000Z/0000/check";
  record["author"] = "system";
  record["created"] = "2026-01-01T00:00:00Z";
  record["updated"] = "2026-01-01T00:00:00Z";
  if (!record.contains("deleted")) record["deleted"] = false;
  return record;
}

void copy_record(Store& to, const Store& from, std::string_view collection, const json& record, const char* field) {
  const auto it = record.find(field);
  if (it == record.end() || !it->is_string()) return;
  const std::string& id = it->get_ref<const std::string&>();
  if (id.empty()) return;
  if (const json* r = find_record(from, collection, id)) collection_of(to, collection)[id] = Entry{*r, {}};
}

void copy_collection(Store& to, const Store& from, std::string_view collection) {
  const auto it = from.collections.find(collection);
  if (it == from.collections.end()) return;
  Collection& c = collection_of(to, collection);
  for (const auto& [id, entry] : it->second) c[id] = Entry{entry.current, {}};
}

std::string str(const json& r, const char* field) {
  const auto it = r.find(field);
  return it != r.end() && it->is_string() ? it->get<std::string>() : std::string();
}

bool is_id_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '.' || c == '_' || c == ':' || c == '-';
}

} // namespace

std::vector<ValidationError> check_master_record(const Store& store, std::string_view collection,
                                                 const json& record) {
  std::vector<ValidationError> errors;
  if (!record.is_object()) {
    errors.push_back({"/", "rekaman harus berupa objek", "a record must be an object"});
    return errors;
  }
  const std::string id = str(record, "id");
  if (!is_valid_id(id)) {
    errors.push_back({"/id", "\"id\" harus 1–64 karakter A-Z a-z 0-9 . _ : -", "\"id\" must be 1–64 of A-Z a-z 0-9 . _ : -"});
    return errors;
  }
  if (record.value("deleted", false)) return errors;  // a deletion carries no fields to check

  // The tiny bundle: every unit (parents and cycles), the records this one
  // names, and the record itself in place of its stored version.
  Store scratch;
  copy_collection(scratch, store, "units");
  if (collection == "employees") {
    // nothing more: units are there
  } else if (collection == "assignments") {
    copy_record(scratch, store, "periods", record, "period_id");
    copy_record(scratch, store, "employees", record, "employee_id");
    copy_record(scratch, store, "employees", record, "penilai_id");
    copy_record(scratch, store, "employees", record, "atasan_penilai_id");
  } else if (collection == "org_ratings") {
    copy_record(scratch, store, "periods", record, "period_id");
  } else if (collection == "skps") {
    copy_record(scratch, store, "employees", record, "employee_id");
    copy_collection(scratch, store, "indicators");
    copy_collection(scratch, store, "skps");  // RHK ids unique across SKPs, cascades resolve
  }
  Collection& own = collection_of(scratch, collection);
  own[id] = Entry{with_check_envelope(record), {}};
  const auto index = static_cast<std::size_t>(std::distance(own.begin(), own.find(id)));

  std::string bytes = write_bundle(scratch, BundleHeader{"2026-01-01T00:00:00Z", "check", Scope{ScopeKind::bkpsdm, {}}});
  const auto parsed = parse_bundle_in_place(bytes);
  const std::string prefix = "/data/" + json_pointer_token(collection) + "/" + std::to_string(index);
  for (const auto& e : parsed.errors) {
    if (e.pointer.compare(0, prefix.size(), prefix) != 0) continue;
    const std::string rest = e.pointer.substr(prefix.size());
    if (!rest.empty() && rest.front() != '/') continue;  // "/data/units/1" is not "/data/units/12"
    errors.push_back({rest.empty() ? "/" : rest, e.message_id, e.message_en});
  }

  if (collection == "employees") {
    const std::string nip = str(record, "nip");
    const auto it = store.collections.find(std::string_view("employees"));
    if (!nip.empty() && it != store.collections.end())
      for (const auto& [other, entry] : it->second) {
        if (other == id || record_deleted(entry.current) || str(entry.current, "nip") != nip) continue;
        errors.push_back({"/nip", "NIP " + nip + " sudah dipakai " + str(entry.current, "name") + " (" + other + ")",
                          "NIP " + nip + " is already used by " + str(entry.current, "name") + " (" + other + ")"});
        break;
      }
  }
  if (collection == "assignments" && !str(record, "penilai_id").empty() &&
      str(record, "penilai_id") == str(record, "employee_id") &&
      std::none_of(errors.begin(), errors.end(), [](const ValidationError& e) { return e.pointer == "/penilai_id"; }))
    errors.push_back({"/penilai_id", "pejabat penilai tidak boleh pegawai itu sendiri",
                      "the rater cannot be the employee themself"});
  return errors;
}

std::string fresh_id(std::string_view base, const std::function<bool(std::string_view)>& taken) {
  std::string b;
  for (char c : base) b += is_id_char(c) ? c : '-';
  if (b.empty()) b = "r";
  if (b.size() > 64) b.resize(64);
  if (!taken(b)) return b;
  for (int n = 2;; ++n) {
    std::string suffix(1, '-');
    suffix += std::to_string(n);
    std::string candidate = b.substr(0, 64 - suffix.size());
    candidate.append(suffix);
    if (!taken(candidate)) return candidate;
  }
}

std::string fresh_record_id(const Store& store, std::string_view collection, std::string_view base) {
  return fresh_id(base, [&](std::string_view id) { return find_entry(store, collection, id) != nullptr; });
}

std::string previous_period(const Bundle& b, std::string_view period_id) {
  const Period* self = nullptr;
  for (const auto& p : b.periods)
    if (p.meta.id == period_id) self = &p;
  if (!self) return {};
  const Period* best = nullptr;
  for (const auto& p : b.periods) {
    if (p.meta.deleted || p.jenis != self->jenis || !(p.start < self->start)) continue;
    if (!best || best->start < p.start || (best->start == p.start && best->meta.id < p.meta.id)) best = &p;
  }
  return best ? best->meta.id : std::string();
}

CopyAssignments copy_assignments(const Bundle& b, std::string_view from_period, std::string_view to_period) {
  CopyAssignments out;
  const Period* to = nullptr;
  bool from_known = false;
  for (const auto& p : b.periods) {
    if (p.meta.deleted) continue;
    if (p.meta.id == to_period) to = &p;
    if (p.meta.id == from_period) from_known = true;
  }
  if (!from_known || !to) {
    out.errors.push_back({"/period_id", "periode tidak dikenal", "unknown period"});
    return out;
  }
  if (from_period == to_period) {
    out.errors.push_back({"/period_id", "periode asal dan tujuan sama", "the source and target periods are the same"});
    return out;
  }
  if (to->locked) {
    out.errors.push_back({"/period_id", "periode " + to->name + " terkunci; buka kuncinya dulu",
                          "period " + to->name + " is locked; unlock it first"});
    return out;
  }
  std::unordered_set<std::string> live_employees, mapped, ids;
  for (const auto& e : b.employees)
    if (!e.meta.deleted) live_employees.insert(e.meta.id);
  for (const auto& a : b.assignments) {
    ids.insert(a.meta.id);
    if (!a.meta.deleted && a.period_id == to_period) mapped.insert(a.employee_id);
  }
  for (const auto& a : b.assignments) {
    if (a.meta.deleted || a.period_id != from_period) continue;
    if (mapped.count(a.employee_id)) {
      ++out.already_mapped;
      continue;
    }
    if (!live_employees.count(a.employee_id) || !live_employees.count(a.penilai_id)) {
      ++out.left_out;
      continue;
    }
    const std::string id = fresh_id("as-" + std::string(to_period) + "-" + a.employee_id,
                                    [&](std::string_view x) { return ids.count(std::string(x)) > 0; });
    ids.insert(id);
    mapped.insert(a.employee_id);
    json r = {{"id", id},
              {"period_id", std::string(to_period)},
              {"employee_id", a.employee_id},
              {"penilai_id", a.penilai_id},
              {"kind", std::string(to_string(a.kind))}};
    if (!a.atasan_penilai_id.empty() && live_employees.count(a.atasan_penilai_id))
      r["atasan_penilai_id"] = a.atasan_penilai_id;
    out.changes.push_back({"assignments", std::move(r)});
  }
  return out;
}

TemplateCopies apply_skp_template(const Store& store, const Bundle& b, std::string_view template_skp_id,
                                  const std::vector<std::string>& employee_ids, int year) {
  TemplateCopies out;
  const json* tpl = find_record(store, "skps", template_skp_id);
  if (!tpl || record_deleted(*tpl) || !tpl->contains("rhk") || !(*tpl)["rhk"].is_array()) {
    out.errors.push_back({"/skp", "SKP templat " + std::string(template_skp_id) + " tidak ada",
                          "template SKP " + std::string(template_skp_id) + " does not exist"});
    return out;
  }
  if (year < 1990 || year > 2200) {
    out.errors.push_back({"/year", "tahun harus 1990–2200", "the year must be 1990–2200"});
    return out;
  }
  std::unordered_set<std::string> live, has_skp, skp_ids, rhk_ids;
  for (const auto& e : b.employees)
    if (!e.meta.deleted) live.insert(e.meta.id);
  for (const auto& s : b.skps) {
    skp_ids.insert(s.meta.id);
    for (const auto& r : s.rhk) rhk_ids.insert(r.id);
    if (!s.meta.deleted && s.year == year) has_skp.insert(s.employee_id);
  }
  // Ids held in the store but not in the view (left out, tombstones) are taken too.
  auto skp_taken = [&](std::string_view x) {
    return skp_ids.count(std::string(x)) > 0 || find_entry(store, "skps", x) != nullptr;
  };
  for (const auto& emp : employee_ids) {
    if (!live.count(emp) || has_skp.count(emp)) {
      out.skipped.push_back(emp);
      continue;
    }
    json r = *tpl;
    for (auto k : kEnvelope) r.erase(std::string(k));
    r.erase("deleted");
    const std::string id = fresh_id("skp-" + std::to_string(year) + "-" + emp, skp_taken);
    skp_ids.insert(id);
    has_skp.insert(emp);
    r["id"] = id;
    r["employee_id"] = emp;
    r["year"] = year;
    std::size_t h = 0;
    for (auto& rhk : r["rhk"]) {
      ++h;
      if (!rhk.is_object()) continue;
      const std::string rid = fresh_id(id + ".r" + std::to_string(h),
                                       [&](std::string_view x) { return rhk_ids.count(std::string(x)) > 0; });
      rhk_ids.insert(rid);
      rhk["id"] = rid;
      std::size_t k = 0;
      if (rhk.contains("indicators") && rhk["indicators"].is_array())
        for (auto& ind : rhk["indicators"])
          if (ind.is_object()) ind["id"] = "i" + std::to_string(h) + "." + std::to_string(++k);
    }
    out.changes.push_back({"skps", std::move(r)});
  }
  return out;
}

std::vector<std::size_t> template_candidates(const Bundle& b, std::size_t source, int year, bool by_jabatan) {
  std::vector<std::size_t> out;
  if (source >= b.employees.size()) return out;
  const Employee& src = b.employees[source];
  std::unordered_set<std::string> has_skp;
  for (const auto& s : b.skps)
    if (!s.meta.deleted && s.year == year) has_skp.insert(s.employee_id);
  for (std::size_t i = 0; i < b.employees.size(); ++i) {
    const Employee& e = b.employees[i];
    if (i == source || e.meta.deleted || has_skp.count(e.meta.id)) continue;
    const bool same = by_jabatan ? (!src.jabatan.empty() && lower(e.jabatan) == lower(src.jabatan)) : e.unit_id == src.unit_id;
    if (same) out.push_back(i);
  }
  std::sort(out.begin(), out.end(), [&](std::size_t x, std::size_t y) {
    return b.employees[x].name != b.employees[y].name ? b.employees[x].name < b.employees[y].name
                                                      : b.employees[x].nip < b.employees[y].nip;
  });
  return out;
}

} // namespace kinerja
