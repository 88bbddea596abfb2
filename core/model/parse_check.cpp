// check_bundle: the checks that need the whole bundle: ids unique per
// collection, every reference resolves, NIPs unique, RHK ids unique across
// SKPs, targets present for kuantitatif SKPs. Tombstones are not checked
// (their own fields are gone) but may still be referenced.
#include "core/model/parse.hpp"
#include "core/model/record_fields.hpp"

#include <algorithm>
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

class Checker {
 public:
  std::vector<ValidationError> errors;

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

  // A reference `value` must name a record in `target_coll`; the pointer
  // `/data/<coll>/<i>/<field>` is only built when it does not.
  void ref(const IdIndex& idx, std::string_view target_coll, const std::string& value, std::string_view coll,
           std::size_t i, std::string_view field) {
    if (value.empty() || idx.count(value)) return;
    add(ptr(coll, i, field), "merujuk '" + value + "' yang tidak ada di " + std::string(target_coll),
        "refers to '" + value + "', which is not in " + std::string(target_coll));
  }

  // Every reference the record's description names (IdRef, OptIdRef fields)
  // resolves in its target collection.
  template <typename Rec, typename Table, typename IndexOf>
  void refs(const Rec& rec, const Table& table, const IndexOf& index_of, std::string_view coll, std::size_t i) {
    fields::for_each(table, [&](std::size_t, const auto& d) {
      if constexpr (requires { d.target; }) ref(index_of(d.target), d.target, rec.*d.member, coll, i, d.name);
    });
  }

  void add(std::string p, std::string id, std::string en) {
    if (errors.size() >= kMaxParseErrors) return;
    errors.push_back({std::move(p), std::move(id), std::move(en)});
  }
};

} // namespace

std::vector<ValidationError> check_bundle(const Bundle& b) {
  Checker c;
  auto units = c.index("units", b.units);
  auto employees = c.index("employees", b.employees);
  auto periods = c.index("periods", b.periods);
  c.unique("assignments", b.assignments);
  auto indicators = c.index("indicators", b.indicators);
  auto skps = c.index("skps", b.skps);
  c.unique("realisations", b.realisations);
  c.unique("evaluations", b.evaluations);
  c.unique("org_ratings", b.org_ratings);
  c.unique("skm_responses", b.skm_responses);
  c.unique("complaints", b.complaints);
  auto trainings = c.index("trainings", b.trainings);
  const auto index_of = [&](std::string_view target) -> const IdIndex& {
    return target == "units" ? units : target == "employees" ? employees : periods;
  };

  // units: parents resolve and the hierarchy has no cycle
  for (std::size_t i = 0; i < b.units.size(); ++i) {
    const auto& u = b.units[i];
    if (u.meta.deleted || u.parent_id.empty()) continue;
    if (u.parent_id == u.meta.id) {
      c.add(ptr("units", i, "parent_id"), "unit tidak boleh menjadi induknya sendiri", "a unit cannot be its own parent");
      continue;
    }
    c.refs(u, fields::kUnit, index_of, "units", i);
    std::size_t steps = 0;
    const Unit* cur = &u;
    while (!cur->parent_id.empty() && steps <= b.units.size()) {
      auto it = units.find(cur->parent_id);
      if (it == units.end()) break;
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
    c.refs(e, fields::kEmployee, index_of, "employees", i);
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
    c.refs(a, fields::kAssignment, index_of, "assignments", i);
    if (a.penilai_id == a.employee_id)
      c.add(ptr("assignments", i, "penilai_id"), "pegawai tidak boleh menilai dirinya sendiri",
            "an employee cannot rate themselves");
  }

  // skps: RHK ids across the bundle, indicator ids within each SKP
  // id → (skp, rhk) of first use; pointers are built only for errors
  std::unordered_map<std::string_view, std::pair<std::size_t, std::size_t>> rhk_ids;
  auto rhk_ptr = [](std::size_t skp, std::size_t h) { return ptr("skps", skp, "rhk/" + std::to_string(h)); };
  std::vector<std::string_view> ind_ids;
  for (std::size_t i = 0; i < b.skps.size(); ++i) {
    const auto& s = b.skps[i];
    if (s.meta.deleted) continue;
    c.ref(employees, "employees", s.employee_id, "skps", i, "employee_id");
    ind_ids.clear();
    for (std::size_t h = 0; h < s.rhk.size(); ++h) {
      const auto& rhk = s.rhk[h];
      auto [it, fresh] = rhk_ids.emplace(rhk.id, std::make_pair(i, h));
      if (!fresh) {
        auto first = rhk_ptr(it->second.first, it->second.second);
        c.add(rhk_ptr(i, h) + "/id", "id RHK '" + rhk.id + "' sudah dipakai di " + first,
              "RHK id '" + rhk.id + "' is already used at " + first);
      }
      for (std::size_t k = 0; k < rhk.indicators.size(); ++k) {
        const auto& d = rhk.indicators[k];
        auto ip = [&] { return rhk_ptr(i, h) + "/indicators/" + std::to_string(k); };
        // an SKP holds a handful of indicators: a linear scan beats a hash set
        if (std::find(ind_ids.begin(), ind_ids.end(), std::string_view(d.id)) != ind_ids.end())
          c.add(ip() + "/id", "id indikator '" + d.id + "' ganda dalam SKP ini",
                "indicator id '" + d.id + "' appears twice in this SKP");
        ind_ids.push_back(d.id);
        if (!d.library_id.empty() && !indicators.count(d.library_id))
          c.add(ip() + "/library_id", "merujuk '" + d.library_id + "' yang tidak ada di indicators",
                "refers to '" + d.library_id + "', which is not in indicators");
        if (s.pendekatan == Pendekatan::kuantitatif) {
          if (d.polaritas == Polaritas::rentang && (!d.target_min || !d.target_max))
            c.add(ip(), "polaritas rentang butuh target_min dan target_max",
                  "polaritas rentang needs target_min and target_max");
          else if (d.polaritas != Polaritas::rentang && !d.target)
            c.add(ip() + "/target", "kolom wajib tidak ada", "required field is missing");
        }
      }
    }
    std::uint32_t seen_values = 0;
    for (std::size_t k = 0; k < s.ekspektasi.size(); ++k)
      if (!first_time(seen_values, s.ekspektasi[k].nilai))
        c.add(ptr("skps", i, "ekspektasi/" + std::to_string(k) + "/nilai"), "nilai ini sudah punya ekspektasi",
              "this value already has an expectation");
  }
  // cascades are checked only where the whole organisation is present
  if (b.scope.kind == ScopeKind::bkpsdm) {
    for (std::size_t i = 0; i < b.skps.size(); ++i) {
      const auto& s = b.skps[i];
      if (s.meta.deleted) continue;
      for (std::size_t h = 0; h < s.rhk.size(); ++h) {
        const auto& id = s.rhk[h].rhk_atasan_id;
        if (id.empty() || rhk_ids.count(id)) continue;
        c.add(ptr("skps", i, "rhk/" + std::to_string(h) + "/rhk_atasan_id"),
              "merujuk RHK atasan '" + id + "' yang tidak ada", "refers to superior RHK '" + id + "', which does not exist");
      }
    }
  }

  for (std::size_t i = 0; i < b.realisations.size(); ++i) {
    const auto& z = b.realisations[i];
    if (z.meta.deleted) continue;
    c.ref(periods, "periods", z.period_id, "realisations", i, "period_id");
    auto it = skps.find(z.skp_id);
    if (it == skps.end()) {
      c.ref(skps, "skps", z.skp_id, "realisations", i, "skp_id");
    } else {
      bool found = false;
      for (const auto& rhk : b.skps[it->second].rhk)
        for (const auto& d : rhk.indicators) found = found || d.id == z.indicator_id;
      if (!found && !b.skps[it->second].meta.deleted)
        c.add(ptr("realisations", i, "indicator_id"), "indikator '" + z.indicator_id + "' tidak ada di SKP " + z.skp_id,
              "indicator '" + z.indicator_id + "' is not in SKP " + z.skp_id);
    }
    if (!z.value && z.text.empty())
      c.add(ptr("realisations", i, "value"), "realisasi butuh value (angka) atau text",
            "a realisation needs a value (number) or a text");
  }

  for (std::size_t i = 0; i < b.evaluations.size(); ++i) {
    const auto& ev = b.evaluations[i];
    if (ev.meta.deleted) continue;
    c.ref(employees, "employees", ev.employee_id, "evaluations", i, "employee_id");
    c.ref(periods, "periods", ev.period_id, "evaluations", i, "period_id");
    std::uint32_t seen_values = 0;
    for (std::size_t k = 0; k < ev.perilaku.size(); ++k)
      if (!first_time(seen_values, ev.perilaku[k].nilai))
        c.add(ptr("evaluations", i, "perilaku/" + std::to_string(k) + "/nilai"), "nilai ini muncul dua kali",
              "this value appears twice");
    if (b.scope.kind == ScopeKind::bkpsdm)
      for (std::size_t k = 0; k < ev.umpan_balik_rhk.size(); ++k) {
        const auto& id = ev.umpan_balik_rhk[k].rhk_id;
        if (!rhk_ids.count(id))
          c.add(ptr("evaluations", i, "umpan_balik_rhk/" + std::to_string(k) + "/rhk_id"),
                "merujuk RHK '" + id + "' yang tidak ada", "refers to RHK '" + id + "', which does not exist");
      }
    for (std::size_t k = 0; k < ev.recommendations.size(); ++k)
      if (!trainings.count(ev.recommendations[k]))
        c.add(ptr("evaluations", i, "recommendations/" + std::to_string(k)),
              "merujuk '" + ev.recommendations[k] + "' yang tidak ada di trainings",
              "refers to '" + ev.recommendations[k] + "', which is not in trainings");
    if (ev.keberatan)
      c.ref(employees, "employees", ev.keberatan->decided_by, "evaluations", i, "keberatan/decided_by");
  }

  for (std::size_t i = 0; i < b.org_ratings.size(); ++i) {
    const auto& o = b.org_ratings[i];
    if (o.meta.deleted) continue;
    c.refs(o, fields::kOrgRating, index_of, "org_ratings", i);
  }
  for (std::size_t i = 0; i < b.skm_responses.size(); ++i) {
    const auto& s = b.skm_responses[i];
    if (s.meta.deleted) continue;
    c.ref(units, "units", s.unit_id, "skm_responses", i, "unit_id");
    c.ref(periods, "periods", s.period_id, "skm_responses", i, "period_id");
  }
  for (std::size_t i = 0; i < b.complaints.size(); ++i) {
    const auto& x = b.complaints[i];
    if (x.meta.deleted) continue;
    c.refs(x, fields::kComplaint, index_of, "complaints", i);
  }
  return std::move(c.errors);
}

} // namespace kinerja
