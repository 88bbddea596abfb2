#include "core/workflow/kiosk.hpp"

#include "core/model/serialize.hpp"

#include <algorithm>
#include <cstdio>

namespace kinerja {
namespace {

const Unit* find_unit_in(const Bundle& b, std::string_view id) {
  for (const auto& u : b.units)
    if (!u.meta.deleted && u.meta.id == id) return &u;
  return nullptr;
}

ValidationError unit_error(std::string_view unit_id) {
  return {"/unit_id", "unit \"" + std::string(unit_id) + "\" bukan unit layanan di perangkat ini",
          "unit \"" + std::string(unit_id) + "\" is not a service unit on this device"};
}

}  // namespace

std::optional<std::size_t> periode_kios(const Bundle& b, std::int64_t now_ms) {
  const std::string today = today_wita(now_ms);
  std::optional<std::size_t> best;
  std::int64_t best_len = 0;
  for (std::size_t i = 0; i < b.periods.size(); ++i) {
    const Period& p = b.periods[i];
    if (p.meta.deleted) continue;
    const auto s = parse_date(p.start), e = parse_date(p.end);
    if (!s || !e || p.start > today || p.end < today) continue;
    const std::int64_t len = *e - *s;
    if (best) {
      const Period& q = b.periods[*best];
      if (len > best_len) continue;
      if (len == best_len && (p.start > q.start || (p.start == q.start && p.meta.id >= q.meta.id))) continue;
    }
    best = i;
    best_len = len;
  }
  return best;
}

std::vector<std::size_t> unit_layanan(const Bundle& b) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < b.units.size(); ++i)
    if (!b.units[i].meta.deleted && b.units[i].is_service_unit) out.push_back(i);
  std::sort(out.begin(), out.end(), [&](std::size_t x, std::size_t y) {
    if (b.units[x].name != b.units[y].name) return b.units[x].name < b.units[y].name;
    return b.units[x].meta.id < b.units[y].meta.id;
  });
  return out;
}

std::optional<ValidationError> kios_tidak_siap(const Bundle& b, std::string_view unit_id, std::int64_t now_ms) {
  const Unit* u = find_unit_in(b, unit_id);
  if (!u || !u->is_service_unit) return unit_error(unit_id);
  const auto p = periode_kios(b, now_ms);
  if (!p) {
    const std::string today = today_wita(now_ms);
    return ValidationError{"/period_id", "belum ada periode yang mencakup hari ini (" + today + "); minta admin menambahkannya",
                           "no period covers today (" + today + "); ask the admin to add one"};
  }
  const Period& per = b.periods[*p];
  if (per.locked)
    return ValidationError{"/period_id", "periode " + per.name + " sudah dikunci; jawaban tidak dapat disimpan",
                           "period " + per.name + " is locked; answers cannot be stored"};
  return std::nullopt;
}

std::string fresh_record_id(const Store& s, std::string_view collection, std::string_view prefix,
                            std::string_view device, std::int64_t now_ms) {
  const std::string time = std::to_string(now_ms);
  // room for the prefix, the time and a "-99" suffix within 64 characters
  const std::size_t room = 64 - std::min<std::size_t>(64, prefix.size() + 2 + time.size() + 3);
  std::string base;
  base.reserve(64);
  base.append(prefix).append(1, '-').append(device.substr(0, room)).append(1, '-').append(time);
  std::string id = base;
  for (int n = 2; find_record(s, collection, id) != nullptr; ++n) {
    id = base;
    id.append(1, '-').append(std::to_string(n));
  }
  return id;
}

RekamanKios rekaman_skm(const Bundle& b, const Store& s, const KuesionerSkm& k, const RulesIkm& ikm,
                        std::string_view unit_id, const std::array<std::uint8_t, kJumlahUnsurSkm>& answers,
                        const ProfilIsian& profil, std::string_view device, std::int64_t now_ms) {
  RekamanKios out;
  const std::string collection = "skm_responses";
  if (auto e = kios_tidak_siap(b, unit_id, now_ms)) out.errors.push_back(std::move(*e));
  out.unsur_kosong = unsur_belum_dijawab(answers);
  for (int i : out.unsur_kosong) {
    const auto ix = static_cast<std::size_t>(i);
    const std::string nama_id = ix < ikm.unsur.size() ? ikm.unsur[ix].nama_id : "";
    const std::string nama_en = ix < ikm.unsur.size() ? ikm.unsur[ix].nama_en : "";
    const std::string no = std::to_string(i + 1);
    out.errors.push_back({"/answers/u" + no, "unsur " + no + " (" + nama_id + ") belum dijawab",
                          "unsur " + no + " (" + nama_en + ") is not answered"});
  }
  auto prof = periksa_profil(k, profil);
  for (auto& e : prof.errors) out.errors.push_back(std::move(e));
  if (!out.ok()) return out;

  SkmResponse r;
  r.meta.id = fresh_record_id(s, collection, "skm-kios", device, now_ms);
  r.unit_id = std::string(unit_id);
  r.period_id = b.periods[*periode_kios(b, now_ms)].meta.id;
  r.timestamp = format_timestamp_ms(now_ms);
  r.answers = answers;
  r.respondent = std::move(prof.respondent);
  out.changes.push_back({collection, record_to_json(r)});
  return out;
}

RekamanKios rekaman_pengaduan(const Bundle& b, const Store& s, const RulesLapor& lapor, std::string_view unit_id,
                              std::string_view kategori, KanalPengaduan kanal, std::string_view device,
                              std::int64_t now_ms) {
  RekamanKios out;
  const std::string collection = "complaints";
  const Unit* u = find_unit_in(b, unit_id);
  if (!u || !u->is_service_unit) out.errors.push_back(unit_error(unit_id));
  bool sp4n = false;
  for (const auto& p : lapor.penyelesaian) sp4n = sp4n || p.kategori == kategori;
  if (!sp4n)
    out.errors.push_back({"/category", kategori.empty() ? "pilih jenis pengaduan" : "jenis pengaduan tidak dikenal",
                          kategori.empty() ? "choose the kind of complaint" : "unknown kind of complaint"});
  if (kanal == KanalPengaduan::invalid)
    out.errors.push_back({"/channel", "pilih saluran pengaduan", "choose the channel"});
  if (!out.ok()) return out;
  Complaint c;
  c.meta.id = fresh_record_id(s, collection, "adu-kios", device, now_ms);
  c.unit_id = std::string(unit_id);
  c.channel = kanal;
  c.category = std::string(kategori);
  c.received = format_timestamp_ms(now_ms);
  out.changes.push_back({collection, record_to_json(c)});
  return out;
}

AngkaKios angka_kios(const Bundle& b, const RuleSet& rules, std::string_view unit_id, const Period& period,
                     std::int64_t now_ms) {
  AngkaKios out;
  std::vector<JawabanSkm> jawaban;
  for (const auto& r : b.skm_responses) {
    if (r.meta.deleted || r.unit_id != unit_id || r.period_id != period.meta.id) continue;
    jawaban.push_back(r.answers);
  }
  out.responden = static_cast<std::int64_t>(jawaban.size());
  if (!jawaban.empty()) out.ikm = hitung_ikm(rules.ikm, jawaban);
  const auto s = parse_date(period.start), e = parse_date(period.end);
  std::vector<Keluhan> keluhan;
  if (s && e) {
    const std::int64_t from = *s * kMsPerDay - kWitaOffsetMs;
    const std::int64_t to = (*e + 1) * kMsPerDay - kWitaOffsetMs;
    for (const auto& c : b.complaints) {
      if (c.meta.deleted || c.unit_id != unit_id) continue;
      const auto received = parse_timestamp_ms(c.received);
      if (!received || *received < from || *received >= to) continue;
      keluhan.push_back({c.category, *received, parse_timestamp_ms(c.first_response), parse_timestamp_ms(c.resolved)});
    }
  }
  out.pengaduan = static_cast<std::int64_t>(keluhan.size());
  out.keluhan = statistik_keluhan(rules.lapor, keluhan, now_ms);
  return out;
}

}  // namespace kinerja
