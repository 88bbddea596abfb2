#include "core/workflow/kiosk_export.hpp"

#include "core/sync/bundle_io.hpp"
#include "core/sync/hlc.hpp"
#include "core/sync/scope.hpp"
#include "core/workflow/kiosk.hpp"

namespace kinerja {
namespace {

constexpr std::string_view kKioskCollections[] = {"skm_responses", "complaints"};

bool recorded_here(const nlohmann::json& record, std::string_view device) {
  return record_ver(record).count(device) > 0;
}

bool of_unit(const nlohmann::json& record, std::string_view unit_id) {
  if (unit_id.empty()) return true;
  auto it = record.find("unit_id");
  return it != record.end() && it->is_string() && it->get_ref<const std::string&>() == unit_id;
}

bool selected(const Entry& entry, const OpsiEksporKios& o) {
  if (o.device.empty() || !of_unit(entry.current, o.unit_id)) return false;
  bool mine = recorded_here(entry.current, o.device);
  for (const auto& v : entry.others) mine = mine || recorded_here(v, o.device);
  return mine;
}

}  // namespace

Store store_kios(const Store& s, const OpsiEksporKios& o) {
  Store out;
  out.clock = s.clock;
  for (auto name : kKioskCollections) {
    auto c = s.collections.find(name);
    if (c == s.collections.end()) continue;
    for (const auto& [id, entry] : c->second)
      if (selected(entry, o)) out.collections[std::string(name)].emplace(id, entry);
  }
  // the kiosk's signatures over them, and the registrations that make them count
  attach_signatures(s, out);
  return out;
}

JumlahKios jumlah_kios(const Store& s, const OpsiEksporKios& o) {
  JumlahKios out;
  for (auto name : kKioskCollections) {
    auto c = s.collections.find(name);
    if (c == s.collections.end()) continue;
    std::size_t n = 0;
    for (const auto& [id, entry] : c->second) n += selected(entry, o) ? 1 : 0;
    (name == "skm_responses" ? out.responses : out.complaints) = n;
  }
  return out;
}

EksporKios ekspor_kios(const Store& s, const OpsiEksporKios& o) {
  EksporKios out;
  Store mine = store_kios(s, o);
  for (const auto& [name, coll] : mine.collections) {
    if (name == "skm_responses") out.responses = coll.size();
    else if (name == "complaints") out.complaints = coll.size();
  }
  if (out.responses + out.complaints == 0) {
    out.errors.push_back({"/", "belum ada jawaban survei atau pengaduan yang direkam di perangkat ini",
                          "no survey answers or complaints have been recorded on this device yet"});
    return out;
  }
  BundleHeader h;
  h.created = format_iso_ms(o.now_ms);
  h.origin = o.origin.empty() ? o.device : o.origin;
  h.scope = Scope{ScopeKind::bkpsdm, {}};
  out.bytes = write_bundle(mine, h);
  return out;
}

std::string nama_berkas_kios(std::string_view unit_id, std::int64_t now_ms) {
  std::string name = "kinerja-kios-";
  if (!unit_id.empty()) name += std::string(unit_id) + "-";
  return name + today_wita(now_ms) + ".json";
}

}  // namespace kinerja
