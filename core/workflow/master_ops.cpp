// The admin's master-data operations (see master_ops.hpp).
#include "core/workflow/master_ops.hpp"
#include "core/base/text.hpp"

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
  for (const auto& k : form.teks) {
    const std::string* v = field(form, k);
    if (v == nullptr) continue;
    const std::string t = std::string(trim(*v));
    if (t.empty()) r.erase(k);
    else r[k] = t;
  }
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
