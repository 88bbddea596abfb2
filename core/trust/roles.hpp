// Who stands in which role for a record: its owner (the employee it is
// about), the pejabat penilai and atasan pejabat penilai the owner's
// assignments name for the record's period (definitif, Plt and Plh alike),
// a BKPSDM admin, or the kiosk of the record's unit.
#pragma once
#include "core/rules/kewenangan.hpp"
#include "core/sync/store.hpp"
#include "core/trust/keys.hpp"

#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace kinerja::trust {

class RoleContext {
 public:
  // Learns employees, SKPs and assignments from a store's current versions.
  void add_store(const Store&);
  void add(std::string_view collection, const nlohmann::json& version);

  // The roles `key` holds for `version` of a record governed by `rules`.
  std::vector<Peran> roles_of(const KeyRegistration& key, const KoleksiKewenangan& rules,
                              const nlohmann::json& version) const;
  // The employee id behind a NIP, or "".
  std::string employee_of_nip(std::string_view nip) const;
  // The owner (employee id) of a version, or "".
  std::string owner_of(const KoleksiKewenangan& rules, const nlohmann::json& version) const;
  // The pejabat penilai and atasan (employee ids) named for (period, employee).
  std::vector<std::string> penilai_of(const std::string& period_id, const std::string& employee_id) const;
  std::vector<std::string> atasan_of(const std::string& period_id, const std::string& employee_id) const;

 private:
  std::unordered_map<std::string, std::string> nip_by_employee_, employee_by_nip_, skp_owner_, unit_parent_;
  std::unordered_map<std::string, std::vector<std::string>> unit_heads_;  // unit id → employees heading it
  std::map<std::pair<std::string, std::string>, std::vector<std::pair<std::string, std::string>>> assigned_;
};

}  // namespace kinerja::trust
