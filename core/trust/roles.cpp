#include "core/trust/roles.hpp"

#include "core/sync/scope.hpp"

#include <algorithm>

namespace kinerja::trust {

using nlohmann::json;

namespace {
std::string text(const json& j, const char* k) {
  const auto it = j.find(k);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}
}  // namespace

void RoleContext::add(std::string_view collection, const json& v) {
  // only these four teach roles: every other version returns before any copy
  if (collection != "units" && collection != "employees" && collection != "skps" && collection != "assignments") return;
  if (!v.is_object() || record_deleted(v)) return;
  const std::string id = text(v, "id");
  if (collection == "units") {
    unit_parent_[id] = text(v, "parent_id");
  } else if (collection == "employees") {
    if (is_partial(v) && nip_by_employee_.count(id)) return;
    nip_by_employee_[id] = text(v, "nip");
    employee_by_nip_[text(v, "nip")] = id;
    if (const auto h = v.find("is_unit_head"); h != v.end() && h->is_boolean() && h->get<bool>())
      unit_heads_[text(v, "unit_id")].push_back(id);
  } else if (collection == "skps") {
    skp_owner_[id] = text(v, "employee_id");
  } else if (collection == "assignments") {
    assigned_[{text(v, "period_id"), text(v, "employee_id")}].emplace_back(text(v, "penilai_id"),
                                                                           text(v, "atasan_penilai_id"));
  }
}

void RoleContext::add_store(const Store& s) {
  for (const char* c : {"units", "employees", "skps", "assignments"}) {
    const auto it = s.collections.find(std::string_view(c));
    if (it == s.collections.end()) continue;
    for (const auto& [id, entry] : it->second) add(c, entry.current);
  }
}

std::string RoleContext::employee_of_nip(std::string_view nip) const {
  const auto it = employee_by_nip_.find(std::string(nip));
  return it == employee_by_nip_.end() ? std::string() : it->second;
}

std::string RoleContext::owner_of(const KoleksiKewenangan& rules, const json& v) const {
  if (rules.pemilik.empty()) return {};
  const std::string ref = text(v, rules.pemilik.c_str());
  if (rules.pemilik == "skp_id") {
    const auto it = skp_owner_.find(ref);
    return it == skp_owner_.end() ? std::string() : it->second;
  }
  return ref;
}

std::vector<std::string> RoleContext::penilai_of(const std::string& period, const std::string& employee) const {
  std::vector<std::string> out;
  if (const auto it = assigned_.find({period, employee}); it != assigned_.end())
    for (const auto& [penilai, atasan] : it->second) out.push_back(penilai);
  return out;
}

std::vector<std::string> RoleContext::atasan_of(const std::string& period, const std::string& employee) const {
  std::vector<std::string> out;
  if (const auto it = assigned_.find({period, employee}); it != assigned_.end())
    for (const auto& [penilai, atasan] : it->second)
      if (!atasan.empty()) out.push_back(atasan);
  return out;
}

std::vector<Peran> RoleContext::roles_of(const KeyRegistration& key, const KoleksiKewenangan& rules,
                                         const json& v) const {
  std::vector<Peran> out;
  if (key.peran == Peran::admin) out.push_back(Peran::admin);
  if (key.peran == Peran::kiosk && !rules.unit.empty() && text(v, rules.unit.c_str()) == key.unit_id)
    out.push_back(Peran::kiosk);
  if (key.peran != Peran::pegawai) return out;
  const std::string me = employee_of_nip(key.nip);
  if (me.empty()) return out;
  if (!rules.unit.empty()) {
    // the head of the unit one level up from the record's unit; while that
    // post is vacant, the nearest head above it acts (Plt)
    std::string unit = text(v, rules.unit.c_str());
    for (std::size_t steps = 0; steps <= unit_parent_.size(); ++steps) {
      const auto parent = unit_parent_.find(unit);
      if (parent == unit_parent_.end() || parent->second.empty()) break;
      unit = parent->second;
      const auto heads = unit_heads_.find(unit);
      if (heads == unit_heads_.end() || heads->second.empty()) continue;
      if (std::find(heads->second.begin(), heads->second.end(), me) != heads->second.end())
        out.push_back(Peran::pimpinan);
      break;
    }
  }
  const std::string owner = owner_of(rules, v);
  if (owner.empty()) return out;
  if (owner == me) out.push_back(Peran::pegawai);
  const std::string period = text(v, "period_id");
  if (period.empty()) return out;
  const auto penilai = penilai_of(period, owner);
  if (std::find(penilai.begin(), penilai.end(), me) != penilai.end()) out.push_back(Peran::penilai);
  const auto atasan = atasan_of(period, owner);
  if (std::find(atasan.begin(), atasan.end(), me) != atasan.end()) out.push_back(Peran::atasan_penilai);
  return out;
}

}  // namespace kinerja::trust
