// The typed, scored view of a store that every workspace reads: the records as
// model.hpp's Bundle, the score report (core/calc/score) and the indexes a screen
// needs to find one employee's SKP, realisations and evaluation, or a rater's
// team, without scanning a city's records every frame.
//
// Built once per store revision. A store may hold records that do not read as
// typed records (a partial copy of a rater from an employee's file, a record
// whose reference is missing on this device); those are left out of the view
// and listed in `problems` with their place, so one bad record never blanks
// every screen. Nothing here changes the store.
#pragma once
#include "core/base/error.hpp"
#include "core/model/model.hpp"
#include "core/rules/rules.hpp"
#include "core/calc/score.hpp"
#include "core/sync/store.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kinerja {

struct LeftOut {
  std::string collection;
  std::string id;
  ValidationError error;  // why it did not read (pointer into the record)
};

struct CityView {
  Bundle bundle;           // live records only, sorted by id
  ScoreReport report;
  std::vector<LeftOut> left_out;

  std::unordered_map<std::string, std::size_t> unit_index, employee_index, period_index, skp_index;
  std::unordered_map<std::string, std::size_t> employee_by_nip;
  // (employee index, period index) → index into report.pegawai.
  std::unordered_map<std::uint64_t, std::size_t> skor_index;
  // (employee index, period index) → index into bundle.evaluations.
  std::unordered_map<std::uint64_t, std::size_t> evaluation_index;
  // "skp_id|indicator_id|period_id" → index into bundle.realisations.
  std::unordered_map<std::string, std::size_t> realisation_index;
};

// `now_iso` (ISO 8601 UTC) is the reference time for late assessments.
CityView build_city_view(const Store&, std::string_view now_iso, const RuleSet& rules);
// The same with the default rules, read only when the store holds a record:
// a first visit's empty store gets its (empty) view without any rule file
// read, so the browser compiles neither the reader nor the rule loader before
// the first frame.
CityView build_city_view(const Store&, std::string_view now_iso);

// A record changed in the store since the view was built.
struct ChangedRecord {
  std::string collection;
  std::string id;
};

// Brings a view up to date after a few changes to records nothing else refers
// to (realisations, evaluations, org_ratings, skm_responses, complaints,
// service_volumes) —
// the everyday edits of employees, raters and kiosks — without re-reading a
// whole city: the changed records are read, put in place, checked against the
// rest, and the bundle is scored again. Returns false (and leaves the view
// unusable) when the change needs a full build_city_view instead: another
// collection, a record that does not read, or a broken reference.
bool patch_city_view(CityView&, const Store&, const std::vector<ChangedRecord>& changed, std::string_view now_iso,
                     const RuleSet& rules = default_rules());

// Lookups; kTidakAda (score.hpp) when absent.
std::size_t find_unit(const CityView&, std::string_view id);
std::size_t find_employee(const CityView&, std::string_view id);
std::size_t find_employee_by_nip(const CityView&, std::string_view nip);
std::size_t find_period(const CityView&, std::string_view id);
std::size_t find_skp(const CityView&, std::string_view id);
std::size_t find_evaluation(const CityView&, std::size_t employee, std::size_t period);
std::size_t find_realisation(const CityView&, std::string_view skp_id, std::string_view indicator_id,
                             std::string_view period_id);
// The score of one employee in one period, or nullptr when not assessed then.
const SkorPegawai* find_skor(const CityView&, std::size_t employee, std::size_t period);

// The employee's SKP for a year, or kTidakAda.
std::size_t skp_for(const CityView&, std::size_t employee, int year);

// The employees a rater assesses in a period (from the assignments), by name.
std::vector<std::size_t> team_of(const CityView&, std::size_t penilai, std::size_t period);
// The people who rate someone in some period (their penilai), without repeats, by name.
std::vector<std::size_t> raters(const CityView&);

// Periods ordered by start date then id (indexes into bundle.periods).
std::vector<std::size_t> periods_in_order(const CityView&);

// The period a workspace opens on at instant `now_ms`: of those containing
// today in Samarinda (WITA, see core/base/calendar.hpp) the one starting
// latest (Triwulan IV rather than the year around it), else the latest;
// kTidakAda without periods. Deleted periods are never chosen. Every screen
// and the kiosk use this one rule, so all open on the same day's period.
std::size_t periode_hari_ini(const CityView&, std::int64_t now_ms);

// The full name of a unit with its parent ("Puskesmas Sempaja — Dinas Kesehatan").
std::string unit_path(const CityView&, std::size_t unit);

} // namespace kinerja
