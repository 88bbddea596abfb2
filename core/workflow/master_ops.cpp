// The admin's master-data operations (see master_ops.hpp).
#include "core/workflow/master_ops.hpp"
#include "core/base/text.hpp"

#include <set>
#include <charconv>
#include <cstdlib>

#include "core/workflow/master_data.hpp"

namespace kinerja {
namespace {

using nlohmann::json;

const std::string* field(const FormulirDataInduk& f, const std::string& k) {
  const auto it = f.isian.find(k);
  return it == f.isian.end() ? nullptr : &it->second;
}

}  // namespace

OperationResult simpan_data_induk(const Store& store, std::string_view collection, const std::string& id,
                                  const FormulirDataInduk& form) {
  json r = current_or_new(store, collection, id);
  std::set<std::string> objects_seen, objects_gone;
  for (const auto& k : form.teks) {
    const std::string* v = field(form, k);
    if (v == nullptr) continue;
    const std::string t = std::string(trim(*v));
    const std::size_t dot = k.find('.');
    if (dot == std::string::npos) {
      if (t.empty()) r.erase(k);
      else r[k] = t;
      continue;
    }
    const std::string obj = k.substr(0, dot), sub = k.substr(dot + 1);
    const bool first = objects_seen.insert(obj).second;
    if (first && t.empty()) objects_gone.insert(obj);
    if (objects_gone.count(obj)) continue;
    if (!r.contains(obj) || !r[obj].is_object()) r[obj] = json::object();
    if (t.empty()) r[obj].erase(sub);
    else r[obj][sub] = t;
  }
  for (const auto& obj : objects_gone) r.erase(obj);
  for (const auto& k : form.angka) {
    const std::string* v = field(form, k);
    if (v == nullptr) continue;
    char* end = nullptr;
    const long long n = std::strtoll(v->c_str(), &end, 10);
    if (!v->empty() && end != nullptr && *end == '\0') r[k] = n;
    else r[k] = *v;  // kept as typed: the check names the field
  }
  for (const auto& k : form.tanda)
    if (const std::string* v = field(form, k)) r[k] = *v == "1";
  OperationResult out;
  out.errors = check_master_record(store, collection, r);
  if (out.ok()) out.changes.push_back({std::string(collection), std::move(r)});
  return out;
}

OperationResult simpan_penerima_layanan(const Store& store, std::string_view unit_id, std::string_view period_id,
                                        std::string_view jumlah) {
  const json* unit = find_record(store, "units", unit_id);
  if (unit == nullptr || record_deleted(*unit) || !unit->value("is_service_unit", false))
    return refused({"/units/" + json_pointer_token(unit_id), "unit \"" + std::string(unit_id) + "\" bukan unit layanan",
                    "unit \"" + std::string(unit_id) + "\" is not a service unit"});
  const json* period = find_record(store, "periods", period_id);
  if (period == nullptr || record_deleted(*period))
    return refused({"/periods/" + json_pointer_token(period_id), "periode \"" + std::string(period_id) + "\" tidak ada",
                    "period \"" + std::string(period_id) + "\" does not exist"});
  const std::string text(trim(jumlah));
  std::int64_t n = 0;
  if (!text.empty()) {
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
    if (ec != std::errc() || end != text.data() + text.size() || n < 0 || n > 100'000'000)
      return refused({"/penerima_layanan/jumlah", "jumlah penerima layanan harus bilangan bulat 0–100.000.000: \"" + text + "\"",
                      "the number served must be a whole number 0–100,000,000: \"" + text + "\""});
  }
  json r = *unit;
  json list = json::array();
  if (r.contains("penerima_layanan") && r["penerima_layanan"].is_array())
    for (const json& e : r["penerima_layanan"])
      if (!(e.is_object() && e.value("period_id", std::string()) == period_id)) list.push_back(e);
  if (!text.empty()) list.push_back({{"period_id", std::string(period_id)}, {"jumlah", n}});
  if (list.empty()) r.erase("penerima_layanan");
  else r["penerima_layanan"] = std::move(list);
  OperationResult out;
  out.changes.push_back({"units", std::move(r)});
  return out;
}

OperationResult ubah_kunci_periode(const Store& store, std::string_view period_id, bool locked) {
  const json* cur = find_record(store, "periods", period_id);
  if (cur == nullptr || record_deleted(*cur))
    return refused({"/periods/" + json_pointer_token(period_id), "periode \"" + std::string(period_id) + "\" tidak ada",
                    "period \"" + std::string(period_id) + "\" does not exist"});
  json r = *cur;
  r["locked"] = locked;
  OperationResult out;
  out.changes.push_back({"periods", std::move(r)});
  return out;
}

}  // namespace kinerja
