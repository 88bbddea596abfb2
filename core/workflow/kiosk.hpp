// What the service-counter kiosk decides (the screen only lays out and
// collects taps): which period a response belongs to, the records one citizen
// leaves (an SKM response, a complaint) ready for apply_change, fresh record
// ids, and the unit's own figures for the officer (responses this period, the
// IKM with its mutu from core/calc/ikm, complaints received).
#pragma once
#include "core/base/error.hpp"
#include "core/calc/ikm.hpp"
#include "core/calc/keluhan.hpp"
#include "core/model/model.hpp"
#include "core/rules/rules.hpp"
#include "core/rules/skm_kuesioner.hpp"
#include "core/sync/store.hpp"
#include "core/workflow/operation.hpp"

#include <nlohmann/json.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kinerja {

// The period a response given at `now_ms` belongs to: among the live periods
// whose start..end (inclusive, local date) contain today, the shortest one
// (a triwulan before the year it lies in), then the earliest start, then id.
// nullopt when no period contains today.
std::optional<std::size_t> periode_kios(const Bundle&, std::int64_t now_ms);

// The service units a kiosk may stand in (Unit::is_service_unit, live), by name.
std::vector<std::size_t> unit_layanan(const Bundle&);

// Why the kiosk cannot record responses for this unit now (Indonesian +
// English), or nullopt when it can: unknown or non-service unit, no period
// containing today, or that period locked (apply_change would refuse).
std::optional<ValidationError> kios_tidak_siap(const Bundle&, std::string_view unit_id, std::int64_t now_ms);

// A record id not yet used in `collection` of the store (tombstones count):
// "<prefix>-<device>-<now_ms>", with "-2", "-3"… added when taken, the device
// part shortened so the id stays within 64 characters.
std::string fresh_record_id(const Store&, std::string_view collection, std::string_view prefix,
                            std::string_view device, std::int64_t now_ms);

// One citizen's SKM response as the record fields apply_change takes (with
// "id"). Refused — with one error per problem, naming the unsur by number and
// name — when an unsur is unanswered, the profile is invalid or the kiosk is
// not ready (kios_tidak_siap).
// The one change is the new record (collection "skm_responses" or
// "complaints"), written by the kiosk.
struct RekamanKios : OperationResult {
  std::vector<int> unsur_kosong;       // 0-based unsur not answered
};
RekamanKios rekaman_skm(const Bundle&, const Store&, const KuesionerSkm&, const RulesIkm&,
                        std::string_view unit_id, const std::array<std::uint8_t, kJumlahUnsurSkm>& answers,
                        const ProfilIsian& profil, std::string_view device, std::int64_t now_ms);

// One complaint received now at the kiosk: an SP4N-LAPOR! category of the
// rules (kategori_dikenal) and a channel; received = now.
RekamanKios rekaman_pengaduan(const Bundle&, const Store&, const RulesLapor&, std::string_view unit_id,
                              std::string_view kategori, KanalPengaduan kanal, std::string_view device,
                              std::int64_t now_ms);

// The unit's figures for one period, as the public aggregate counts them
// (responses by period_id; complaints by received within the period's local
// dates), without small-group suppression: the officer sees their own unit.
struct AngkaKios {
  std::int64_t responden = 0;
  HasilIkm ikm;                   // ok == false when there is no response yet
  std::int64_t pengaduan = 0;     // received in the period
  StatistikKeluhan keluhan;       // against the SP4N-LAPOR! limits, as of now
};
AngkaKios angka_kios(const Bundle&, const RuleSet&, std::string_view unit_id, const Period&, std::int64_t now_ms);

}  // namespace kinerja
