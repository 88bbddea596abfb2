#include "core/workflow/pegawai_edit.hpp"
#include "core/base/text.hpp"
#include "core/workflow/operation.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace kinerja {
namespace {

using nlohmann::json;

std::string short_period(std::string_view period_id) {
  return std::string(period_id.substr(0, 2) == "p-" ? period_id.substr(2) : period_id);
}

std::uint64_t fnv1a(std::string_view s) {
  std::uint64_t h = 14695981039346656037ull;
  for (char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  }
  return h;
}

std::string stable_id(std::string_view prefix, const std::string& long_form) {
  const std::string id = std::string(prefix) + long_form;
  if (is_valid_id(id)) return id;
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(fnv1a(long_form)));
  return std::string(prefix) + hex;
}

ValidationError err(std::string pointer, std::string id, std::string en) {
  return {std::move(pointer), std::move(id), std::move(en)};
}

bool has_self_assessment(const json& evaluation) {
  const auto it = evaluation.find("perilaku");
  if (it == evaluation.end() || !it->is_array()) return false;
  return std::any_of(it->begin(), it->end(), [](const json& p) {
    return p.is_object() && (p.contains("self_rating") || p.contains("self_note"));
  });
}

} // namespace

std::string realisation_id(std::string_view employee_id, std::string_view period_id, std::string_view indicator_id) {
  return stable_id("rz-", std::string(employee_id) + "-" + short_period(period_id) + "-" + std::string(indicator_id));
}

std::string evaluation_id(std::string_view employee_id, std::string_view period_id) {
  return stable_id("ev-", std::string(employee_id) + "-" + short_period(period_id));
}

std::optional<double> baca_angka(std::string_view raw) {
  const std::string s(trim(raw));
  if (s.empty() || s.size() > 40) return std::nullopt;
  const bool has_dot = s.find('.') != std::string::npos, has_comma = s.find(',') != std::string::npos;
  std::string plain;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '-' && i == 0) plain += c;
    else if (std::isdigit(static_cast<unsigned char>(c))) plain += c;
    else if (c == '.' && has_dot && has_comma) continue;  // thousands
    else if (c == ',' || c == '.') plain += '.';
    else return std::nullopt;
  }
  if (std::count(plain.begin(), plain.end(), '.') > 1) return std::nullopt;
  if (plain == "-" || plain == "." || plain == "-." || plain.back() == '.' || plain.front() == '.' ||
      (plain.size() > 1 && plain[0] == '-' && plain[1] == '.'))
    return std::nullopt;
  char* end = nullptr;
  const double d = std::strtod(plain.c_str(), &end);
  if (end != plain.c_str() + plain.size() || !std::isfinite(d)) return std::nullopt;
  return d;
}

PratinjauCapaian pratinjau_capaian(const RulesRatingHasilKerja& rules, const SkpIndicator& ind,
                                   std::optional<double> realisasi) {
  PratinjauCapaian out;
  // The score's own mapping (core/calc/score), so the preview equals what is stored.
  const CapaianIndikator c = capaian_indikator(ind, realisasi);
  out.error = c.error;
  if (!c.capaian) return out;
  out.capaian = *c.capaian;
  out.tingkat = tingkat_capaian(rules, out.capaian);
  return out;
}

std::optional<ValidationError> periksa_tautan(std::string_view link, std::string_view pointer) {
  if (link.empty() || link.rfind("https://", 0) == 0 || link.rfind("http://", 0) == 0) return std::nullopt;
  return err(std::string(pointer), "tautan harus diawali https:// atau http://",
             "a link must start with https:// or http://");
}

OperationResult rekam_realisasi(const Store& store, const CityView& v, std::size_t employee, std::size_t period,
                             std::string_view indicator_id, const InputRealisasi& in) {
  if (auto e = check_open_period(v, employee, period)) return refused(*e);
  const Period& per = v.bundle.periods[period];
  const std::size_t skp = skp_for(v, employee, per.year);
  if (skp == kTidakAda)
    return refused(err("/skps", "belum ada SKP tahun " + std::to_string(per.year) + " untuk pegawai ini",
                       "no SKP for " + std::to_string(per.year) + " for this employee"));
  const Skp& s = v.bundle.skps[skp];
  bool found = false;
  for (const auto& h : s.rhk)
    for (const auto& d : h.indicators) found = found || d.id == indicator_id;
  if (!found)
    return refused(err("/indicator_id", "indikator " + std::string(indicator_id) + " tidak ada di SKP ini",
                       "indicator " + std::string(indicator_id) + " is not in this SKP"));
  OperationResult out;
  const std::string text(trim(in.text)), link(trim(in.link)), note(trim(in.note));
  if (!in.value && text.empty())
    out.errors.push_back(err("/value", "isi nilai realisasi (angka) atau uraiannya", "enter the realisation (a number) or its description"));
  if (in.value && !std::isfinite(*in.value))
    out.errors.push_back(err("/value", "nilai realisasi harus berupa angka", "the realisation must be a number"));
  if (auto e = periksa_tautan(link)) out.errors.push_back(*e);
  if (!out.ok()) return out;

  const std::size_t existing = find_realisation(v, s.meta.id, indicator_id, per.meta.id);
  const std::string id = existing != kTidakAda
                             ? v.bundle.realisations[existing].meta.id
                             : realisation_id(v.bundle.employees[employee].meta.id, per.meta.id, indicator_id);
  json rec = current_or_new(store, "realisations", id);
  const json before = rec;
  rec["skp_id"] = s.meta.id;
  rec["indicator_id"] = std::string(indicator_id);
  rec["period_id"] = per.meta.id;
  if (in.value) rec["value"] = *in.value;
  else rec.erase("value");
  if (!text.empty()) rec["text"] = text;
  else rec.erase("text");
  json evidence = rec.contains("evidence") && rec["evidence"].is_array() ? rec["evidence"] : json::array();
  json first = evidence.empty() || !evidence[0].is_object() ? json::object() : evidence[0];
  const bool same_link = first.value("link", std::string()) == link;
  if (!same_link) {  // the hash and size described the old file
    first.erase("sha256");
    first.erase("size");
  }
  if (!link.empty()) first["link"] = link;
  else first.erase("link");
  if (!note.empty()) first["note"] = note;
  else first.erase("note");
  if (!evidence.empty()) evidence.erase(evidence.begin());
  if (!first.empty()) evidence.insert(evidence.begin(), first);
  if (!evidence.empty()) rec["evidence"] = evidence;
  else rec.erase("evidence");
  auto content = [](const json& r) {
    return json{{"value", r.value("value", json())}, {"text", r.value("text", json())},
                {"evidence", r.value("evidence", json())}};
  };
  if (content(rec) != content(before)) rec.erase("submitted");
  out.changes.push_back({"realisations", std::move(rec)});
  return out;
}

OperationResult rekam_penilaian_diri(const Store& store, const CityView& v, std::size_t employee, std::size_t period,
                                  std::span<const PenilaianDiri> nilai) {
  if (auto e = check_open_period(v, employee, period)) return refused(*e);
  for (const auto& n : nilai)
    if (n.nilai == NilaiBerakhlak::invalid || (n.self_rating && *n.self_rating == Rating::invalid))
      return refused(err("/perilaku", "nilai atau rating BerAKHLAK tidak sah", "invalid BerAKHLAK value or rating"));
  json rec = evaluation_record(store, v, employee, period);
  json list = rec.contains("perilaku") && rec["perilaku"].is_array() ? rec["perilaku"] : json::array();
  for (const auto& n : nilai) {
    const std::string key(to_string(n.nilai));
    auto it = std::find_if(list.begin(), list.end(),
                           [&](const json& p) { return p.is_object() && p.value("nilai", std::string()) == key; });
    if (it == list.end()) {
      list.push_back(json{{"nilai", key}});
      it = list.end() - 1;
    }
    if (n.self_rating) (*it)["self_rating"] = std::string(to_string(*n.self_rating));
    else it->erase("self_rating");
    const std::string note(trim(n.self_note));
    if (!note.empty()) (*it)["self_note"] = note;
    else it->erase("self_note");
    if (it->size() == 1) list.erase(it);  // only "nilai" left: nothing said about this value
  }
  // One entry per value, in the values' order, as the form lists them.
  std::sort(list.begin(), list.end(), [](const json& a, const json& b) {
    const auto na = parse_nilai_berakhlak(a.value("nilai", std::string())).value_or(NilaiBerakhlak::invalid);
    const auto nb = parse_nilai_berakhlak(b.value("nilai", std::string())).value_or(NilaiBerakhlak::invalid);
    return na < nb;
  });
  if (!list.empty()) rec["perilaku"] = list;
  else rec.erase("perilaku");
  OperationResult out;
  out.changes.push_back({"evaluations", std::move(rec)});
  return out;
}

OperationResult kirim_ke_penilai(const Store& store, const CityView& v, std::size_t employee, std::size_t period,
                              std::int64_t now_ms) {
  if (auto e = check_open_period(v, employee, period)) return refused(*e);
  const Period& per = v.bundle.periods[period];
  const std::string now = format_timestamp_ms(now_ms);
  OperationResult out;
  bool any_realisation = false, newly_sent = false;
  const std::size_t skp = skp_for(v, employee, per.year);
  if (skp != kTidakAda) {
    const std::string& skp_id = v.bundle.skps[skp].meta.id;
    for (const Realisation& r : v.bundle.realisations) {
      if (r.skp_id != skp_id || r.period_id != per.meta.id) continue;
      any_realisation = true;
      if (!r.submitted.empty()) continue;
      json rec = current_or_new(store, "realisations", r.meta.id);
      rec["submitted"] = now;
      out.changes.push_back({"realisations", std::move(rec)});
      newly_sent = true;
    }
  }
  json ev = evaluation_record(store, v, employee, period);
  const bool self = has_self_assessment(ev);
  if (!any_realisation && !self)
    return refused(err("/", "belum ada realisasi atau penilaian diri untuk dikirim pada periode " + per.name,
                       "nothing to send for " + per.name + ": no realisation and no self-assessment"));
  const std::string sent = ev.value("self_submitted", std::string());
  const auto sent_ms = parse_timestamp_ms(sent), updated_ms = parse_timestamp_ms(ev.value("updated", std::string()));
  const bool edited_since = sent_ms && updated_ms && *updated_ms > *sent_ms;
  if (sent.empty() || newly_sent || edited_since) {
    ev["employee_id"] = v.bundle.employees[employee].meta.id;
    ev["period_id"] = per.meta.id;
    ev["self_submitted"] = now;
    out.changes.push_back({"evaluations", std::move(ev)});
  }
  return out;
}

OperationResult rekam_keberatan(const Store& store, const CityView& v, std::size_t employee, std::size_t period,
                             std::string_view text, std::int64_t now_ms, const AturanKeberatan& aturan) {
  if (employee >= v.bundle.employees.size() || period >= v.bundle.periods.size())
    return refused(err("/", "pegawai atau periode tidak ditemukan", "employee or period not found"));
  const std::size_t e = find_evaluation(v, employee, period);
  if (e == kTidakAda)
    return refused(err("/evaluations", "belum ada penilaian pada periode ini", "no evaluation in this period"));
  const StatusKeberatan st = status_keberatan(aturan, v.bundle.evaluations[e], now_ms);
  switch (st.peluang) {
    case PeluangKeberatan::belum_dinilai:
      return refused(err("/keberatan", "predikat belum ditetapkan; keberatan diajukan setelah penilaian",
                         "no predikat yet; an objection follows the rating"));
    case PeluangKeberatan::lewat_batas:
      return refused(err("/keberatan",
                         "batas pengajuan keberatan (" + std::to_string(aturan.batas_hari) + " hari setelah predikat ditetapkan) sudah lewat",
                         "the objection window (" + std::to_string(aturan.batas_hari) + " days after the predikat) has closed"));
    case PeluangKeberatan::sudah_diajukan:
      return refused(err("/keberatan", "keberatan untuk periode ini sudah diajukan", "an objection for this period was already sent"));
    case PeluangKeberatan::terbuka: break;
  }
  const std::string t(trim(text));
  if (t.empty())
    return refused(err("/keberatan/text", "tuliskan alasan keberatan Anda", "write the reason for your objection"));
  json rec = current_or_new(store, "evaluations", v.bundle.evaluations[e].meta.id);
  json k = rec.contains("keberatan") && rec["keberatan"].is_object() ? rec["keberatan"] : json::object();
  k["text"] = t;
  k["submitted"] = format_timestamp_ms(now_ms);
  rec["keberatan"] = k;
  OperationResult out;
  out.changes.push_back({"evaluations", std::move(rec)});
  return out;
}

} // namespace kinerja
