// Store → typed view: written canonically and read back by the validating
// reader, so the screens see exactly what an exported file would hold.
#include "core/view/city_view.hpp"

#include "core/sync/bundle_io.hpp"
#include "core/model/parse.hpp"

#include <algorithm>
#include <charconv>

using nlohmann::json;
#include <set>

namespace kinerja {
namespace {

std::uint64_t pair_key(std::size_t a, std::size_t b) {
  return (static_cast<std::uint64_t>(a) << 32) | static_cast<std::uint64_t>(b);
}

// "/data/<collection>/<index>/..." → (collection, index) of the record.
bool record_of_pointer(std::string_view pointer, std::string& collection, std::size_t& index) {
  constexpr std::string_view kData = "/data/";
  if (pointer.substr(0, kData.size()) != kData) return false;
  pointer.remove_prefix(kData.size());
  const auto slash = pointer.find('/');
  if (slash == std::string_view::npos) return false;
  collection = std::string(pointer.substr(0, slash));
  pointer.remove_prefix(slash + 1);
  const auto end = pointer.find('/');
  const auto digits = pointer.substr(0, end);
  const auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), index);
  return ec == std::errc{} && ptr == digits.data() + digits.size();
}

template <class T>
void drop_deleted(std::vector<T>& records) {
  std::erase_if(records, [](const T& r) { return r.meta.deleted; });
}

void index_view(CityView& v) {
  v.unit_index.clear();
  v.employee_index.clear();
  v.employee_by_nip.clear();
  v.period_index.clear();
  v.skp_index.clear();
  v.skor_index.clear();
  v.evaluation_index.clear();
  v.realisation_index.clear();
  const Bundle& b = v.bundle;
  for (std::size_t i = 0; i < b.units.size(); ++i) v.unit_index.emplace(b.units[i].meta.id, i);
  for (std::size_t i = 0; i < b.employees.size(); ++i) {
    v.employee_index.emplace(b.employees[i].meta.id, i);
    v.employee_by_nip.emplace(b.employees[i].nip, i);
  }
  for (std::size_t i = 0; i < b.periods.size(); ++i) v.period_index.emplace(b.periods[i].meta.id, i);
  for (std::size_t i = 0; i < b.skps.size(); ++i) v.skp_index.emplace(b.skps[i].meta.id, i);
  for (std::size_t i = 0; i < v.report.pegawai.size(); ++i) {
    const auto& s = v.report.pegawai[i];
    v.skor_index.emplace(pair_key(s.employee, s.period), i);
  }
  for (std::size_t i = 0; i < b.evaluations.size(); ++i) {
    const auto& e = b.evaluations[i];
    const auto emp = find_employee(v, e.employee_id);
    const auto per = find_period(v, e.period_id);
    if (emp != kTidakAda && per != kTidakAda) v.evaluation_index.emplace(pair_key(emp, per), i);
  }
  for (std::size_t i = 0; i < b.realisations.size(); ++i) {
    const auto& r = b.realisations[i];
    v.realisation_index.emplace(r.skp_id + "|" + r.indicator_id + "|" + r.period_id, i);
  }
}

std::size_t lookup(const std::unordered_map<std::string, std::size_t>& m, std::string_view key) {
  const auto it = m.find(std::string(key));
  return it == m.end() ? kTidakAda : it->second;
}

bool is_leaf_collection(std::string_view c) {
  return c == "realisations" || c == "evaluations" || c == "org_ratings" || c == "skm_responses" ||
         c == "complaints" || c == "service_volumes";
}

// Puts the fresh version of one record in place (by id; records stay sorted
// by id), or removes it when deleted.
template <class T>
void put(std::vector<T>& records, std::vector<T>&& fresh, const std::string& id, bool deleted) {
  auto it = std::lower_bound(records.begin(), records.end(), id,
                             [](const T& r, const std::string& key) { return r.meta.id < key; });
  const bool present = it != records.end() && it->meta.id == id;
  if (deleted || fresh.empty()) {
    if (present) records.erase(it);
    return;
  }
  if (present) *it = std::move(fresh.front());
  else records.insert(it, std::move(fresh.front()));
}

template <class T>
std::vector<T> take_id(std::vector<T>& from, const std::string& id) {
  std::vector<T> out;
  for (auto& r : from)
    if (r.meta.id == id) out.push_back(std::move(r));
  return out;
}

} // namespace

bool patch_city_view(CityView& view, const Store& store, const std::vector<ChangedRecord>& changed,
                     std::string_view now_iso, const RuleSet& rules) {
  if (!view.left_out.empty()) return false;  // a full build may now read what it left out
  Store mini;
  std::vector<std::pair<ChangedRecord, bool>> todo;  // (record, deleted)
  for (const auto& c : changed) {
    if (!is_leaf_collection(c.collection)) return false;
    const json* r = find_record(store, c.collection, c.id);
    if (!r) return false;
    const bool deleted = record_deleted(*r);
    todo.emplace_back(c, deleted);
    if (!deleted) mini.collections[c.collection][c.id] = Entry{*r, {}};
  }
  std::string bytes =
      write_bundle(mini, BundleHeader{std::string(now_iso), "view", Scope{ScopeKind::bkpsdm, {}}});
  auto parsed = parse_records_unchecked(bytes);
  if (!parsed.ok()) return false;
  Bundle& fresh = *parsed.bundle;
  Bundle& b = view.bundle;
  for (const auto& [c, deleted] : todo) {
    if (c.collection == "realisations") put(b.realisations, take_id(fresh.realisations, c.id), c.id, deleted);
    else if (c.collection == "evaluations") put(b.evaluations, take_id(fresh.evaluations, c.id), c.id, deleted);
    else if (c.collection == "org_ratings") put(b.org_ratings, take_id(fresh.org_ratings, c.id), c.id, deleted);
    else if (c.collection == "skm_responses") put(b.skm_responses, take_id(fresh.skm_responses, c.id), c.id, deleted);
    else if (c.collection == "complaints") put(b.complaints, take_id(fresh.complaints, c.id), c.id, deleted);
    else if (c.collection == "service_volumes")
      put(b.service_volumes, take_id(fresh.service_volumes, c.id), c.id, deleted);
  }
  if (!check_bundle(b).empty()) return false;
  b.created = std::string(now_iso);
  view.report = score_bundle(b, rules);
  index_view(view);
  return true;
}

namespace {

// The store written as a bundle and read back, each record the reader refuses
// left out; then scored and indexed. Its own function, not inlined: a browser
// compiles wasm functions on first call, and an empty store never calls this.
[[gnu::noinline]] CityView read_city_view(const Store& store, const BundleHeader& header, const RuleSet& rules) {
  CityView view;
  const Store* source = &store;
  Store trimmed;
  // Each round leaves out the records the reader refused; leaving one out can
  // break a reference to it, which the next round finds (unit → employee →
  // assignment, SKP → realisation). The reader reports at most
  // kMaxParseErrors per round, so a long chain takes a few more rounds.
  constexpr int kRounds = 40;
  for (int round = 0; round < kRounds; ++round) {
    std::string bytes = write_bundle(*source, header);
    auto parsed = parse_bundle_in_place(bytes);
    if (parsed.ok()) {
      view.bundle = std::move(*parsed.bundle);
      break;
    }
    std::set<std::pair<std::string, std::size_t>> bad;
    for (const auto& e : parsed.errors) {
      std::string collection;
      std::size_t index = 0;
      if (record_of_pointer(e.pointer, collection, index) && bad.emplace(collection, index).second) {
        const auto it = source->collections.find(collection);
        if (it == source->collections.end() || index >= it->second.size()) continue;
        auto rec = it->second.begin();
        std::advance(rec, static_cast<std::ptrdiff_t>(index));
        view.left_out.push_back(LeftOut{collection, rec->first, e});
      }
    }
    if (bad.empty() || round == kRounds - 1) {
      // Nothing we can point at (a header problem): the view stays empty and says why.
      if (view.left_out.empty() && !parsed.errors.empty())
        view.left_out.push_back(LeftOut{"", "", parsed.errors.front()});
      return view;
    }
    Store next = *source;
    for (auto it = bad.rbegin(); it != bad.rend(); ++it) {
      auto coll = next.collections.find(it->first);
      if (coll == next.collections.end() || it->second >= coll->second.size()) continue;
      auto rec = coll->second.begin();
      std::advance(rec, static_cast<std::ptrdiff_t>(it->second));
      coll->second.erase(rec);
    }
    trimmed = std::move(next);
    source = &trimmed;
  }
  Bundle& b = view.bundle;
  drop_deleted(b.units);
  drop_deleted(b.employees);
  drop_deleted(b.periods);
  drop_deleted(b.assignments);
  drop_deleted(b.indicators);
  drop_deleted(b.skps);
  drop_deleted(b.realisations);
  drop_deleted(b.evaluations);
  drop_deleted(b.org_ratings);
  drop_deleted(b.skm_responses);
  drop_deleted(b.complaints);
  drop_deleted(b.trainings);
  drop_deleted(b.service_volumes);
  view.report = score_bundle(b, rules);
  index_view(view);
  return view;
}

// A store without records (a first visit, before its demo city is made) reads
// back as the header alone, which scores to nothing.
CityView empty_city_view(const BundleHeader& header) {
  CityView view;
  view.bundle.created = header.created;
  view.bundle.origin = header.origin;
  view.bundle.scope = header.scope;
  return view;
}

BundleHeader view_header(std::string_view now_iso) {
  return BundleHeader{std::string(now_iso), "view", Scope{ScopeKind::bkpsdm, {}}};
}

}  // namespace

CityView build_city_view(const Store& store, std::string_view now_iso, const RuleSet& rules) {
  if (record_count(store) == 0) return empty_city_view(view_header(now_iso));
  return read_city_view(store, view_header(now_iso), rules);
}

CityView build_city_view(const Store& store, std::string_view now_iso) {
  if (record_count(store) == 0) return empty_city_view(view_header(now_iso));
  return read_city_view(store, view_header(now_iso), default_rules());
}

std::size_t find_unit(const CityView& v, std::string_view id) { return lookup(v.unit_index, id); }
std::size_t find_employee(const CityView& v, std::string_view id) { return lookup(v.employee_index, id); }
std::size_t find_employee_by_nip(const CityView& v, std::string_view nip) { return lookup(v.employee_by_nip, nip); }
std::size_t find_period(const CityView& v, std::string_view id) { return lookup(v.period_index, id); }
std::size_t find_skp(const CityView& v, std::string_view id) { return lookup(v.skp_index, id); }

std::size_t find_evaluation(const CityView& v, std::size_t employee, std::size_t period) {
  const auto it = v.evaluation_index.find(pair_key(employee, period));
  return it == v.evaluation_index.end() ? kTidakAda : it->second;
}

std::size_t find_realisation(const CityView& v, std::string_view skp_id, std::string_view indicator_id,
                             std::string_view period_id) {
  std::string key;
  key.reserve(skp_id.size() + indicator_id.size() + period_id.size() + 2);
  key.append(skp_id).append("|").append(indicator_id).append("|").append(period_id);
  return lookup(v.realisation_index, key);
}

const SkorPegawai* find_skor(const CityView& v, std::size_t employee, std::size_t period) {
  const auto it = v.skor_index.find(pair_key(employee, period));
  return it == v.skor_index.end() ? nullptr : &v.report.pegawai[it->second];
}

std::size_t skp_for(const CityView& v, std::size_t employee, int year) {
  if (employee >= v.bundle.employees.size()) return kTidakAda;
  const auto& id = v.bundle.employees[employee].meta.id;
  for (std::size_t i = 0; i < v.bundle.skps.size(); ++i)
    if (v.bundle.skps[i].employee_id == id && v.bundle.skps[i].year == year) return i;
  return kTidakAda;
}

namespace {
void sort_by_name(const CityView& v, std::vector<std::size_t>& people) {
  std::sort(people.begin(), people.end(), [&](std::size_t a, std::size_t b) {
    const auto& ea = v.bundle.employees[a];
    const auto& eb = v.bundle.employees[b];
    return ea.name != eb.name ? ea.name < eb.name : ea.meta.id < eb.meta.id;
  });
  people.erase(std::unique(people.begin(), people.end()), people.end());
}
} // namespace

std::vector<std::size_t> team_of(const CityView& v, std::size_t penilai, std::size_t period) {
  std::vector<std::size_t> team;
  if (penilai >= v.bundle.employees.size() || period >= v.bundle.periods.size()) return team;
  const auto& rater_id = v.bundle.employees[penilai].meta.id;
  const auto& period_id = v.bundle.periods[period].meta.id;
  for (const auto& a : v.bundle.assignments)
    if (a.penilai_id == rater_id && a.period_id == period_id)
      if (const auto e = find_employee(v, a.employee_id); e != kTidakAda) team.push_back(e);
  sort_by_name(v, team);
  return team;
}

std::vector<std::size_t> raters(const CityView& v) {
  std::vector<std::size_t> out;
  for (const auto& a : v.bundle.assignments)
    if (const auto e = find_employee(v, a.penilai_id); e != kTidakAda) out.push_back(e);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  sort_by_name(v, out);
  return out;
}

std::vector<std::size_t> periods_in_order(const CityView& v) {
  std::vector<std::size_t> out(v.bundle.periods.size());
  for (std::size_t i = 0; i < out.size(); ++i) out[i] = i;
  std::sort(out.begin(), out.end(), [&](std::size_t a, std::size_t b) {
    const auto& pa = v.bundle.periods[a];
    const auto& pb = v.bundle.periods[b];
    return pa.start != pb.start ? pa.start < pb.start : pa.meta.id < pb.meta.id;
  });
  return out;
}

std::size_t periode_hari_ini(const CityView& v, std::int64_t now_ms) {
  const std::string day = today_wita(now_ms);
  std::size_t containing = kTidakAda, latest = kTidakAda;
  for (const std::size_t i : periods_in_order(v)) {
    const Period& p = v.bundle.periods[i];
    if (p.meta.deleted) continue;
    latest = i;
    if (!p.start.empty() && !p.end.empty() && p.start <= day && day <= p.end) containing = i;
  }
  return containing != kTidakAda ? containing : latest;
}

std::string unit_path(const CityView& v, std::size_t unit) {
  if (unit >= v.bundle.units.size()) return {};
  const auto& u = v.bundle.units[unit];
  std::string out = u.name;
  if (const auto parent = find_unit(v, u.parent_id); parent != kTidakAda && parent != unit)
    out += " — " + v.bundle.units[parent].name;
  return out;
}

} // namespace kinerja
