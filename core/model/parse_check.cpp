// check_bundle: the checks that need the whole bundle: ids unique per
// collection, every reference resolves, NIPs unique, RHK ids unique across
// SKPs, targets present for kuantitatif SKPs. Tombstones are not checked
// (their own fields are gone) but may still be referenced. References are
// found by walking each record's description (core/model/record_fields.hpp),
// nested parts included; what a table cannot state is in PlanHooks.
#include "core/model/parse.hpp"
#include "core/model/record_fields.hpp"

#include <algorithm>
#include <array>
#include <unordered_map>

namespace kinerja {
namespace {

using IdIndex = std::unordered_map<std::string_view, std::size_t>;

std::string ptr(std::string_view coll, std::size_t i, std::string_view rest = {}) {
  std::string p = "/data/";
  p += coll;
  p += '/';
  p += std::to_string(i);
  if (!rest.empty()) {
    p += '/';
    p += rest;
  }
  return p;
}

// Marks a BerAKHLAK value in a bit set; false when it was already there.
bool first_time(std::uint32_t& seen, NilaiBerakhlak n) {
  auto bit = 1u << static_cast<unsigned>(n);
  bool fresh = (seen & bit) == 0;
  seen |= bit;
  return fresh;
}

// Where the walk is: a record (/data/<coll>/<i>), then the nested fields and
// list indices below it, kept as views so that a pointer string is built only
// for an error.
class Place {
 public:
  void at_record(std::string_view coll, std::size_t i) {
    coll_ = coll;
    record_ = i;
    depth_ = 0;
  }
  void push(std::string_view name) { segs_.at(depth_++) = Seg{name, 0, false}; }
  void push(std::string_view name, std::size_t index) { segs_.at(depth_++) = Seg{name, index, true}; }
  void pop() { --depth_; }

  std::size_t record() const { return record_; }
  std::size_t index() const { return segs_[depth_ - 1].index; }  // of the innermost list element

  // The pointer of `field` at this place ("" = the place itself).
  std::string pointer(std::string_view field = {}) const {
    std::string rest;
    for (std::size_t d = 0; d < depth_; ++d) {
      if (d) rest += '/';
      rest += segs_[d].name;
      if (segs_[d].has_index) rest += '/' + std::to_string(segs_[d].index);
    }
    if (!field.empty()) {
      if (!rest.empty()) rest += '/';
      rest += field;
    }
    return ptr(coll_, record_, rest);
  }

 private:
  struct Seg {
    std::string_view name;
    std::size_t index;
    bool has_index;
  };
  std::string_view coll_;
  std::size_t record_ = 0;
  std::array<Seg, 8> segs_{};
  std::size_t depth_ = 0;
};

// Hooks that do nothing: the walk of a record type with no check across records.
struct NoHooks {
  template <typename T>
  void enter(const T&) {}
  template <typename T>
  void leave(const T&) {}
};

class Checker {
 public:
  std::vector<ValidationError> errors;
  Place place;
  IdIndex units, employees, periods, indicators, skps, trainings;

  template <typename Vec>
  IdIndex index(std::string_view coll, const Vec& records) {
    IdIndex idx;
    idx.reserve(records.size());
    for (std::size_t i = 0; i < records.size(); ++i) {
      auto [it, fresh] = idx.emplace(records[i].meta.id, i);
      if (!fresh)
        add(ptr(coll, i, "id"), "id '" + records[i].meta.id + "' sudah dipakai di " + ptr(coll, it->second),
            "id '" + records[i].meta.id + "' is already used at " + ptr(coll, it->second));
    }
    return idx;
  }

  // Ids unique without building an index: canonical files are sorted by id,
  // so neighbours suffice; otherwise fall back to the index.
  template <typename Vec>
  void unique(std::string_view coll, const Vec& records) {
    bool sorted = true;
    for (std::size_t i = 1; i < records.size() && sorted; ++i) sorted = records[i - 1].meta.id < records[i].meta.id;
    if (!sorted) index(coll, records);
  }

  // The collection a table's reference names.
  const IdIndex& index_of(std::string_view target) const {
    static const IdIndex kNone;
    return target == "employees"    ? employees
           : target == "periods"    ? periods
           : target == "units"      ? units
           : target == "indicators" ? indicators
           : target == "trainings"  ? trainings
           : target == "skps"       ? skps
                                    : kNone;
  }

  // A reference `value` at `field` of the current place must name a record in
  // `target`; "" names nothing and is fine unless `empty_refused`.
  void ref(const IdIndex& idx, std::string_view target, const std::string& value, std::string_view field,
           bool empty_refused = false) {
    if ((value.empty() && !empty_refused) || (!value.empty() && idx.count(value))) return;
    add(place.pointer(field), "merujuk '" + value + "' yang tidak ada di " + std::string(target),
        "refers to '" + value + "', which is not in " + std::string(target));
  }

  // Walks record `i` of `coll` by its description: every reference the table
  // names (Ref, RefList, at any depth) resolves; `hooks` enter and leave each
  // object on the way, for the checks across records a table cannot state.
  template <typename Rec, typename Table, typename Hooks = NoHooks>
  void refs(const Rec& rec, const Table& table, std::string_view coll, std::size_t i, Hooks&& hooks = {}) {
    place.at_record(coll, i);
    walk(rec, table, hooks);
  }

  void add(std::string p, std::string id, std::string en) {
    if (errors.size() >= kMaxParseErrors) return;
    errors.push_back({std::move(p), std::move(id), std::move(en)});
  }

 private:
  template <typename Obj, typename Table, typename Hooks>
  void walk(const Obj& obj, const Table& table, Hooks& hooks) {
    hooks.enter(obj);
    fields::for_each(table, [&](std::size_t, const auto& d) { visit(obj, d, hooks); });
    hooks.leave(obj);
  }

  template <typename Obj, typename Kind, typename Hooks>
  void visit(const Obj&, const Kind&, Hooks&) {}  // a field that refers to nothing
  template <typename Obj, typename Hooks>
  void visit(const Obj& x, const fields::Ref<Obj>& d, Hooks&) {
    ref(index_of(d.target), d.target, x.*d.member, d.name);
  }
  template <typename Obj, typename Hooks>
  void visit(const Obj& x, const fields::RefList<Obj>& d, Hooks&) {
    const auto& list = x.*d.member;
    for (std::size_t k = 0; k < list.size(); ++k) {
      place.push(d.name, k);
      ref(index_of(d.target), d.target, list[k], {}, /*empty_refused=*/true);
      place.pop();
    }
  }
  template <typename Obj, typename Sub, typename Table, typename Hooks>
  void visit(const Obj& x, const fields::List<Obj, Sub, Table>& d, Hooks& hooks) {
    const auto& list = x.*d.member;
    for (std::size_t k = 0; k < list.size(); ++k) {
      place.push(d.name, k);
      walk(list[k], *d.table, hooks);
      place.pop();
    }
  }
  template <typename Obj, typename Sub, typename Table, typename Hooks>
  void visit(const Obj& x, const fields::Object<Obj, Sub, Table>& d, Hooks& hooks) {
    place.push(d.name);
    walk(x.*d.member, *d.table, hooks);
    place.pop();
  }
  template <typename Obj, typename Sub, typename Table, typename Hooks>
  void visit(const Obj& x, const fields::OptObject<Obj, Sub, Table>& d, Hooks& hooks) {
    if (!(x.*d.member)) return;
    place.push(d.name);
    walk(*(x.*d.member), *d.table, hooks);
    place.pop();
  }
};

// The checks on SKPs, realisations and evaluations that span records (ids
// unique across the bundle or within an SKP, a BerAKHLAK value once per list,
// RHK references, realisations naming an indicator of their SKP): a table
// cannot state them, so the walk calls these as it enters and leaves each
// object, in the order the fields come.
class PlanHooks : public NoHooks {
 public:
  PlanHooks(Checker& c, const Bundle& b) : c_(c), b_(b) {}
  using NoHooks::enter;
  using NoHooks::leave;

  // RHK id → (skp, rhk) of its first use; read by the cascade check
  std::unordered_map<std::string_view, std::pair<std::size_t, std::size_t>> rhk_ids;

  void enter(const Skp& s) {
    skp_ = &s;
    ind_ids_.clear();
    seen_values_ = 0;
  }
  void enter(const Rhk& h) {
    auto [it, fresh] = rhk_ids.emplace(h.id, std::make_pair(c_.place.record(), c_.place.index()));
    if (fresh) return;
    const auto first = ptr("skps", it->second.first, "rhk/" + std::to_string(it->second.second));
    c_.add(c_.place.pointer("id"), "id RHK '" + h.id + "' sudah dipakai di " + first,
           "RHK id '" + h.id + "' is already used at " + first);
  }
  void enter(const SkpIndicator& d) {
    // an SKP holds a handful of indicators: a linear scan beats a hash set
    if (std::find(ind_ids_.begin(), ind_ids_.end(), std::string_view(d.id)) != ind_ids_.end())
      c_.add(c_.place.pointer("id"), "id indikator '" + d.id + "' ganda dalam SKP ini",
             "indicator id '" + d.id + "' appears twice in this SKP");
    ind_ids_.push_back(d.id);
  }
  // the reader's target rule, strictly: here the SKP's pendekatan is known
  void leave(const SkpIndicator& d) {
    if (skp_->pendekatan != Pendekatan::kuantitatif) return;
    if (d.polaritas == Polaritas::rentang && (!d.target_min || !d.target_max))
      c_.add(c_.place.pointer(), "polaritas rentang butuh target_min dan target_max",
             "polaritas rentang needs target_min and target_max");
    else if (d.polaritas != Polaritas::rentang && !d.target)
      c_.add(c_.place.pointer("target"), "kolom wajib tidak ada", "required field is missing");
  }
  void enter(const EkspektasiKhusus& e) {
    if (!first_time(seen_values_, e.nilai))
      c_.add(c_.place.pointer("nilai"), "nilai ini sudah punya ekspektasi", "this value already has an expectation");
  }

  // skp_id and indicator_id together name an indicator inside an SKP
  void leave(const Realisation& z) {
    auto it = c_.skps.find(z.skp_id);
    if (it == c_.skps.end()) {
      c_.ref(c_.skps, "skps", z.skp_id, "skp_id");
    } else {
      bool found = false;
      for (const auto& rhk : b_.skps[it->second].rhk)
        for (const auto& d : rhk.indicators) found = found || d.id == z.indicator_id;
      if (!found && !b_.skps[it->second].meta.deleted)
        c_.add(c_.place.pointer("indicator_id"), "indikator '" + z.indicator_id + "' tidak ada di SKP " + z.skp_id,
               "indicator '" + z.indicator_id + "' is not in SKP " + z.skp_id);
    }
    if (!z.value && z.text.empty())
      c_.add(c_.place.pointer("value"), "realisasi butuh value (angka) atau text",
             "a realisation needs a value (number) or a text");
  }

  void enter(const Evaluation&) { seen_values_ = 0; }
  void enter(const PerilakuNilai& p) {
    if (!first_time(seen_values_, p.nilai))
      c_.add(c_.place.pointer("nilai"), "nilai ini muncul dua kali", "this value appears twice");
  }
  // RHK references are checked only where the whole organisation is present
  void enter(const UmpanBalikRhk& u) {
    if (b_.scope.kind == ScopeKind::bkpsdm && !rhk_ids.count(u.rhk_id))
      c_.add(c_.place.pointer("rhk_id"), "merujuk RHK '" + u.rhk_id + "' yang tidak ada",
             "refers to RHK '" + u.rhk_id + "', which does not exist");
  }

 private:
  Checker& c_;
  const Bundle& b_;
  const Skp* skp_ = nullptr;
  std::vector<std::string_view> ind_ids_;  // of the current SKP
  std::uint32_t seen_values_ = 0;          // BerAKHLAK values of the current list
};

} // namespace

std::vector<ValidationError> check_bundle(const Bundle& b) {
  Checker c;
  c.units = c.index("units", b.units);
  c.employees = c.index("employees", b.employees);
  c.periods = c.index("periods", b.periods);
  c.unique("assignments", b.assignments);
  c.indicators = c.index("indicators", b.indicators);
  c.skps = c.index("skps", b.skps);
  c.unique("realisations", b.realisations);
  c.unique("evaluations", b.evaluations);
  c.unique("org_ratings", b.org_ratings);
  c.unique("skm_responses", b.skm_responses);
  c.unique("complaints", b.complaints);
  c.unique("service_volumes", b.service_volumes);
  c.trainings = c.index("trainings", b.trainings);

  // units: parents resolve and the hierarchy has no cycle
  for (std::size_t i = 0; i < b.units.size(); ++i) {
    const auto& u = b.units[i];
    if (u.meta.deleted || u.parent_id.empty()) continue;
    if (u.parent_id == u.meta.id) {
      c.add(ptr("units", i, "parent_id"), "unit tidak boleh menjadi induknya sendiri", "a unit cannot be its own parent");
      continue;
    }
    c.refs(u, fields::kUnit, "units", i);
    std::size_t steps = 0;
    const Unit* cur = &u;
    while (!cur->parent_id.empty() && steps <= b.units.size()) {
      auto it = c.units.find(cur->parent_id);
      if (it == c.units.end()) break;
      cur = &b.units[it->second];
      ++steps;
    }
    if (steps > b.units.size())
      c.add(ptr("units", i, "parent_id"), "hierarki unit berputar (siklus)", "the unit hierarchy has a cycle");
  }

  // employees
  std::unordered_map<std::string_view, std::size_t> nips;
  for (std::size_t i = 0; i < b.employees.size(); ++i) {
    const auto& e = b.employees[i];
    if (e.meta.deleted) continue;
    c.refs(e, fields::kEmployee, "employees", i);
    auto [it, fresh] = nips.emplace(e.nip, i);
    if (!fresh)
      c.add(ptr("employees", i, "nip"), "NIP sama dengan " + ptr("employees", it->second),
            "same NIP as " + ptr("employees", it->second));
  }

  for (std::size_t i = 0; i < b.periods.size(); ++i) {
    const auto& p = b.periods[i];
    if (p.meta.deleted) continue;
    auto start = parse_date(p.start);
    if (start && p.start.compare(0, 4, std::to_string(p.year)) != 0)
      c.add(ptr("periods", i, "year"), "tahun tidak sama dengan tahun tanggal mulai",
            "year differs from the start date's year");
  }

  for (std::size_t i = 0; i < b.assignments.size(); ++i) {
    const auto& a = b.assignments[i];
    if (a.meta.deleted) continue;
    c.refs(a, fields::kAssignment, "assignments", i);
    if (a.penilai_id == a.employee_id)
      c.add(ptr("assignments", i, "penilai_id"), "pegawai tidak boleh menilai dirinya sendiri",
            "an employee cannot rate themselves");
  }

  PlanHooks plans(c, b);
  for (std::size_t i = 0; i < b.skps.size(); ++i)
    if (!b.skps[i].meta.deleted) c.refs(b.skps[i], fields::kSkp, "skps", i, plans);
  // cascades are checked only where the whole organisation is present, and
  // once every RHK id is known
  if (b.scope.kind == ScopeKind::bkpsdm) {
    for (std::size_t i = 0; i < b.skps.size(); ++i) {
      const auto& s = b.skps[i];
      if (s.meta.deleted) continue;
      for (std::size_t h = 0; h < s.rhk.size(); ++h) {
        const auto& id = s.rhk[h].rhk_atasan_id;
        if (id.empty() || plans.rhk_ids.count(id)) continue;
        c.add(ptr("skps", i, "rhk/" + std::to_string(h) + "/rhk_atasan_id"),
              "merujuk RHK atasan '" + id + "' yang tidak ada", "refers to superior RHK '" + id + "', which does not exist");
      }
    }
  }

  for (std::size_t i = 0; i < b.realisations.size(); ++i)
    if (!b.realisations[i].meta.deleted) c.refs(b.realisations[i], fields::kRealisation, "realisations", i, plans);
  for (std::size_t i = 0; i < b.evaluations.size(); ++i)
    if (!b.evaluations[i].meta.deleted) c.refs(b.evaluations[i], fields::kEvaluation, "evaluations", i, plans);
  for (std::size_t i = 0; i < b.org_ratings.size(); ++i)
    if (!b.org_ratings[i].meta.deleted) c.refs(b.org_ratings[i], fields::kOrgRating, "org_ratings", i);
  for (std::size_t i = 0; i < b.skm_responses.size(); ++i)
    if (!b.skm_responses[i].meta.deleted) c.refs(b.skm_responses[i], fields::kSkmResponse, "skm_responses", i);
  for (std::size_t i = 0; i < b.complaints.size(); ++i)
    if (!b.complaints[i].meta.deleted) c.refs(b.complaints[i], fields::kComplaint, "complaints", i);
  for (std::size_t i = 0; i < b.service_volumes.size(); ++i)
    if (!b.service_volumes[i].meta.deleted)
      c.refs(b.service_volumes[i], fields::kServiceVolume, "service_volumes", i);
  return std::move(c.errors);
}

} // namespace kinerja
