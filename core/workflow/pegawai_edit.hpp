// The employee's own edits, as records ready for apply_change (core/sync/merge):
// a realisation per indicator and period, the BerAKHLAK self-assessment in
// the shared evaluation record, "kirim ke penilai" (submit) and a keberatan.
// Each starts from the CURRENT full record in the store and changes only the
// employee's own fields, so the supervisor's ratings, feedback and predikat
// in the same evaluation record are never wiped. Input is checked here (a
// link must be http(s), a number must be a number) and refused with a
// message and nothing to apply; locks and conflicts are apply_change's.
//
// Also: the stable ids of new records (the demo's pattern, hash-shortened
// when too long), reading a number as an Indonesian writes it, and the live
// capaian of a typed value with its level against the expectation.
#pragma once
#include "core/calc/capaian.hpp"
#include "core/view/city_view.hpp"
#include "core/workflow/operation.hpp"
#include "core/base/error.hpp"
#include "core/model/model.hpp"
#include "core/rules/batas_keberatan.hpp"
#include "core/calc/rating_hasil_kerja.hpp"
#include "core/sync/store.hpp"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace kinerja {

// "rz-<employee>-<period without its 'p-'>-<indicator>" and
// "ev-<employee>-<period without its 'p-'>" (the demo city's ids), or, when
// that would not be a valid id (over 64 characters), the prefix and 16 hex
// digits of a 64-bit FNV-1a hash of the long form: the same on every device.
std::string realisation_id(std::string_view employee_id, std::string_view period_id, std::string_view indicator_id);
std::string evaluation_id(std::string_view employee_id, std::string_view period_id);

// A number as typed: "104", "104,5", "104.5", "1.250,5", " -3 ". With both
// '.' and ',' the dot groups thousands; with one of them it is the decimal
// mark. nullopt for anything else (letters, two decimal marks, empty, NaN).
std::optional<double> baca_angka(std::string_view text);

// Live capaian of a typed value for one indicator (the same formula and
// target mapping as the score report) and its level.
struct PratinjauCapaian {
  std::optional<double> capaian;          // percent, unrounded
  CapaianError error = CapaianError::none;  // why there is none despite a value
  TingkatCapaian tingkat = TingkatCapaian::belum_ada;
};
PratinjauCapaian pratinjau_capaian(const RulesRatingHasilKerja&, const SkpIndicator&, std::optional<double> realisasi);

// An evidence link: "" or http(s)://… (the bundle reader's rule and words).
std::optional<ValidationError> periksa_tautan(std::string_view link, std::string_view pointer = "/evidence/0/link");


struct InputRealisasi {
  std::optional<double> value;  // numeric realisasi
  std::string text;             // narrative realisasi (kualitatif)
  std::string link;             // evidence link, "" = none
  std::string note;             // evidence note, "" = none
};

// Creates or changes the realisation of one indicator of the employee's SKP
// for the period's year. The first evidence entry holds link + note (its
// sha256/size stay only while its link is unchanged); other entries are kept.
// A change to the content makes it a draft again ("submitted" removed): what
// was sent is no longer what is there.
OperationResult rekam_realisasi(const Store&, const CityView&, std::size_t employee, std::size_t period,
                             std::string_view indicator_id, const InputRealisasi&);

// The employee's self-assessment of some values: self_rating (nullopt clears
// it) and self_note, in the evaluation of (employee, period), created when
// missing. Every other field of the record and of each perilaku entry stays.
struct PenilaianDiri {
  NilaiBerakhlak nilai = NilaiBerakhlak::invalid;
  std::optional<Rating> self_rating;
  std::string self_note;
};
OperationResult rekam_penilaian_diri(const Store&, const CityView&, std::size_t employee, std::size_t period,
                                  std::span<const PenilaianDiri>);

// Kirim ke penilai: "submitted" on every realisation of the period (of the
// employee's SKP) and "self_submitted" on the evaluation, at now_ms. Refused
// when there is nothing to send (no realisation and no self-assessment).
OperationResult kirim_ke_penilai(const Store&, const CityView&, std::size_t employee, std::size_t period,
                              std::int64_t now_ms);

// A keberatan on the evaluation's predikat: text and submitted time, only
// while status_keberatan says terbuka; the text must not be blank.
OperationResult rekam_keberatan(const Store&, const CityView&, std::size_t employee, std::size_t period,
                             std::string_view text, std::int64_t now_ms, const AturanKeberatan&);

} // namespace kinerja
