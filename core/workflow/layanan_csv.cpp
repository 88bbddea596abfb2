// Service-volume and SP4N-LAPOR! CSV: map the header, check each row, then
// let the bundle reader check every record at once (references, dates).
#include "core/workflow/layanan_csv.hpp"

#include "core/base/calendar.hpp"
#include "core/base/text.hpp"
#include "core/model/model.hpp"
#include "core/model/parse.hpp"
#include "core/sync/bundle_io.hpp"
#include "core/sync/join.hpp"
#include "core/sync/merge.hpp"
#include "core/workflow/employee_csv.hpp"
#include "core/workflow/operation.hpp"

#include <charconv>
#include <functional>
#include <map>
#include <optional>
#include <unordered_map>

namespace kinerja {
namespace {

using nlohmann::json;

constexpr std::size_t kMaxRowErrors = 200;

// Header names (lower-cased) → column, for one kind of file.
using Header = std::map<std::string, int, std::less<>>;

enum VolumeCol { v_tanggal, v_period, v_layanan, v_jumlah, v_unit, v_count };
const Header kVolumeHeader{{"tanggal", v_tanggal},   {"date", v_tanggal},     {"period_id", v_period},
                           {"periode", v_period},    {"layanan", v_layanan},  {"service", v_layanan},
                           {"jumlah", v_jumlah},     {"count", v_jumlah},     {"unit", v_unit},
                           {"unit_id", v_unit},      {"nama_unit", v_unit}};

enum LaporCol { l_nomor, l_diterima, l_tanggapan, l_selesai, l_kategori, l_unit, l_count };
const Header kLaporHeader{{"nomor", l_nomor},
                          {"nomor_laporan", l_nomor},
                          {"no_tiket", l_nomor},
                          {"tracking_id", l_nomor},
                          {"diterima", l_diterima},
                          {"tanggal_diterima", l_diterima},
                          {"tanggapan_pertama", l_tanggapan},
                          {"tanggal_tanggapan", l_tanggapan},
                          {"selesai", l_selesai},
                          {"tanggal_selesai", l_selesai},
                          {"kategori", l_kategori},
                          {"unit", l_unit},
                          {"unit_id", l_unit},
                          {"nama_unit", l_unit}};

ValidationError row_error(std::size_t line, const std::string& id, const std::string& en) {
  return {"baris " + std::to_string(line), id, en};
}

// Columns of the header row, -1 for those absent; a repeated column is an error.
std::vector<int> map_header(const CsvRow& row, const Header& names, int count, std::vector<ValidationError>& errors) {
  std::vector<int> at(static_cast<std::size_t>(count), -1);
  for (std::size_t i = 0; i < row.fields.size(); ++i) {
    const auto it = names.find(lower(trim(row.fields[i])));
    if (it == names.end()) continue;
    int& slot = at[static_cast<std::size_t>(it->second)];
    if (slot >= 0)
      errors.push_back(row_error(row.line, "kolom \"" + row.fields[i] + "\" muncul dua kali",
                                 "column \"" + row.fields[i] + "\" appears twice"));
    slot = static_cast<int>(i);
  }
  return at;
}

std::string cell(const CsvRow& row, int column) {
  if (column < 0 || static_cast<std::size_t>(column) >= row.fields.size()) return {};
  return std::string(trim(row.fields[static_cast<std::size_t>(column)]));
}

bool blank(const CsvRow& row) {
  for (const auto& f : row.fields)
    if (!trim(f).empty()) return false;
  return true;
}

// Lower-case letters and digits joined by '-': an id part from free text.
std::string slug(std::string_view s) {
  std::string out;
  for (char c : lower(s)) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
    else if (!out.empty() && out.back() != '-') out += '-';
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

// A day's (or period's) total of one service in one unit has one id, so the
// same row imported again, or typed again, updates it.
std::string volume_id(const std::string& unit, std::string_view layanan, std::string_view when) {
  std::string id = "sv-" + (unit.rfind("u-", 0) == 0 ? unit.substr(2) : unit) + "-" + slug(layanan) + "-" + std::string(when);
  return id.size() > 64 ? id.substr(0, 64) : id;
}

// The unit of a row: its own cell, else the default; "" with the error said.
std::string unit_of(const CsvRow& row, int column, const UnitLookup& units, std::string_view unit_default,
                    std::vector<ValidationError>& errors) {
  const std::string text = cell(row, column);
  if (text.empty()) {
    if (!unit_default.empty() && units.by_id.count(std::string(unit_default))) return std::string(unit_default);
    errors.push_back(row_error(row.line, "unit kosong; isi kolom unit atau pilih unit di Admin › Layanan",
                               "no unit; fill the unit column or choose the unit in Admin › Services"));
    return {};
  }
  std::string id = units.find(text);
  if (id.empty())
    errors.push_back(row_error(row.line, "unit \"" + text + "\" tidak dikenal (atau namanya dipakai dua unit)",
                               "unknown unit \"" + text + "\" (or a name two units share)"));
  return id;
}

std::optional<int> count_of(std::string_view text) {
  int v = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || end != text.data() + text.size() || v < 0) return std::nullopt;
  return v;
}

// "yyyy-mm-dd hh:mm[:ss]" or "dd/mm/yyyy hh:mm[:ss]" in WITA, or ISO 8601 with
// a zone → ms since 1970 UTC.
std::optional<std::int64_t> waktu_lapor(std::string_view t) {
  if (auto iso = parse_timestamp_ms(t)) return iso;
  const std::size_t space = t.find_first_of(" T");
  if (space == std::string_view::npos) return std::nullopt;
  std::string_view date = t.substr(0, space), clock = trim(t.substr(space + 1));
  std::optional<std::int64_t> day;
  if (date.size() == 10 && date[2] == '/' && date[5] == '/') {
    const std::string iso_date = std::string(date.substr(6, 4)) + "-" + std::string(date.substr(3, 2)) + "-" +
                                 std::string(date.substr(0, 2));
    day = parse_date(iso_date);
  } else {
    day = parse_date(date);
  }
  if (!day) return std::nullopt;
  if (clock.size() != 5 && clock.size() != 8) return std::nullopt;
  auto two = [&](std::size_t at) -> int {
    const char a = clock[at], b = clock[at + 1];
    if (a < '0' || a > '9' || b < '0' || b > '9') return -1;
    return (a - '0') * 10 + (b - '0');
  };
  const int hh = two(0), mm = two(3), ss = clock.size() == 8 ? two(6) : 0;
  if (clock[2] != ':' || (clock.size() == 8 && clock[5] != ':') || hh < 0 || hh > 23 || mm < 0 || mm > 59 || ss < 0 ||
      ss > 59)
    return std::nullopt;
  return *day * kMsPerDay + ((hh * 60 + mm) * 60 + ss) * 1000 - kWitaOffsetMs;
}

// Shared tail: no records with any error, at most kMaxRowErrors errors said.
void finish(LayananCsv& out) {
  if (out.errors.empty()) return;
  out.records.clear();
  if (out.errors.size() > kMaxRowErrors) {
    const std::size_t more = out.errors.size() - kMaxRowErrors;
    out.errors.resize(kMaxRowErrors);
    out.errors.push_back({"/", std::to_string(more) + " kesalahan lain tidak ditampilkan",
                          std::to_string(more) + " more errors not shown"});
  }
}

// A record id seen twice in one file names both rows.
void no_repeat(std::unordered_map<std::string, std::size_t>& seen, const std::string& id, std::size_t line,
               std::vector<ValidationError>& errors) {
  const auto [it, fresh] = seen.emplace(id, line);
  if (!fresh)
    errors.push_back(row_error(line, "sama dengan baris " + std::to_string(it->second) + " (data ganda)",
                               "the same as row " + std::to_string(it->second) + " (a duplicate)"));
}

// The walk both readers share: split, map the header (`required` says which
// columns are missing, or "" when none), then per non-blank data row the unit
// and `row_fn(row, columns, unit)`, which adds a record or row errors; a row's
// record id seen twice names both rows.
template <typename RowFn>
LayananCsv read_table(std::string_view bytes, const Store& store, std::string_view unit_default,
                      std::string collection, const Header& header, int count, int unit_column,
                      const std::function<std::string(const std::vector<int>&)>& required, RowFn row_fn) {
  LayananCsv out;
  out.collection = std::move(collection);
  CsvTable t = parse_csv(bytes);
  out.errors = std::move(t.errors);
  if (t.rows.empty()) {
    out.errors.push_back({"baris 1", "berkas kosong: baris pertama harus judul kolom",
                          "empty file: the first row must name the columns"});
    return out;
  }
  const auto col = map_header(t.rows.front(), header, count, out.errors);
  if (const std::string missing = required(col); !missing.empty())
    out.errors.push_back({"baris 1", "kolom wajib: " + missing, "required columns: " + missing});
  if (!out.errors.empty()) return out;
  const UnitLookup units(store);
  std::unordered_map<std::string, std::size_t> seen;
  for (std::size_t r = 1; r < t.rows.size(); ++r) {
    const CsvRow& row = t.rows[r];
    if (blank(row)) continue;
    const std::size_t before = out.errors.size();
    const std::string unit = unit_of(row, col[static_cast<std::size_t>(unit_column)], units, unit_default, out.errors);
    std::optional<json> rec = row_fn(row, col, unit, out.errors);
    if (out.errors.size() != before || !rec) continue;
    std::string id = rec->value("id", std::string());
    if (id.size() > 64) id = id.substr(0, 64);
    (*rec)["id"] = id;
    no_repeat(seen, id, row.line, out.errors);
    out.records.push_back(std::move(*rec));
  }
  if (out.records.empty() && out.errors.empty())
    out.errors.push_back({"baris 2", "tidak ada baris data", "no data rows"});
  finish(out);
  return out;
}

} // namespace

JenisCsv jenis_csv(std::string_view bytes) {
  const CsvTable t = parse_csv(bytes.substr(0, bytes.find('\n') == std::string_view::npos ? bytes.size()
                                                                                        : bytes.find('\n') + 1));
  if (t.rows.empty()) return JenisCsv::pegawai;
  bool layanan = false, jumlah = false, nomor = false, diterima = false;
  for (const auto& f : t.rows.front().fields) {
    const std::string h = lower(trim(f));
    const auto v = kVolumeHeader.find(h), l = kLaporHeader.find(h);
    layanan = layanan || (v != kVolumeHeader.end() && v->second == v_layanan);
    jumlah = jumlah || (v != kVolumeHeader.end() && v->second == v_jumlah);
    nomor = nomor || (l != kLaporHeader.end() && l->second == l_nomor);
    diterima = diterima || (l != kLaporHeader.end() && l->second == l_diterima);
  }
  if (layanan && jumlah) return JenisCsv::volume_layanan;
  if (nomor && diterima) return JenisCsv::lapor;
  return JenisCsv::pegawai;
}

LayananCsv read_volume_csv(std::string_view bytes, const Store& store, std::string_view unit_default) {
  auto required = [](const std::vector<int>& col) {
    const bool ok = col[v_layanan] >= 0 && col[v_jumlah] >= 0 && (col[v_tanggal] >= 0 || col[v_period] >= 0);
    return ok ? std::string() : std::string("tanggal (atau period_id), layanan, jumlah");
  };
  return read_table(bytes, store, unit_default, "service_volumes", kVolumeHeader, v_count, v_unit, required,
                    [](const CsvRow& row, const std::vector<int>& col, const std::string& unit,
                       std::vector<ValidationError>& errors) -> std::optional<json> {
    const std::string tanggal = cell(row, col[v_tanggal]), period = cell(row, col[v_period]);
    const std::string layanan = cell(row, col[v_layanan]), jumlah = cell(row, col[v_jumlah]);
    if (tanggal.empty() == period.empty())
      errors.push_back(row_error(row.line, "isi salah satu: tanggal atau period_id", "give one of tanggal or period_id"));
    else if (!tanggal.empty() && !parse_date(tanggal))
      errors.push_back(row_error(row.line, "tanggal \"" + tanggal + "\" harus yyyy-mm-dd yang ada di kalender",
                                 "tanggal \"" + tanggal + "\" must be a calendar date yyyy-mm-dd"));
    if (slug(layanan).empty()) errors.push_back(row_error(row.line, "nama layanan kosong", "no service name"));
    const auto n = count_of(jumlah);
    if (!n)
      errors.push_back(row_error(row.line, "jumlah \"" + jumlah + "\" harus bilangan bulat 0 atau lebih",
                                 "jumlah \"" + jumlah + "\" must be a whole number, 0 or more"));
    if (!n || unit.empty()) return std::nullopt;
    json rec = {{"id", volume_id(unit, layanan, tanggal.empty() ? period : tanggal)},
                {"unit_id", unit},
                {"layanan", layanan},
                {"jumlah", *n}};
    if (!tanggal.empty()) rec["tanggal"] = tanggal;
    else rec["period_id"] = period;
    return rec;
  });
}

LayananCsv read_lapor_csv(std::string_view bytes, const Store& store, std::string_view unit_default) {
  auto required = [](const std::vector<int>& col) {
    return col[l_nomor] >= 0 && col[l_diterima] >= 0
               ? std::string()
               : std::string("nomor, diterima (juga tanggapan_pertama, selesai, kategori)");
  };
  return read_table(bytes, store, unit_default, "complaints", kLaporHeader, l_count, l_unit, required,
                    [](const CsvRow& row, const std::vector<int>& col, const std::string& unit,
                       std::vector<ValidationError>& errors) -> std::optional<json> {
    const std::string nomor = cell(row, col[l_nomor]);
    if (slug(nomor).empty()) errors.push_back(row_error(row.line, "nomor laporan kosong", "no report number"));
    auto when = [&](int column, const char* what_id, const char* what_en, bool needed) -> std::optional<std::int64_t> {
      const std::string text = cell(row, column);
      if (text.empty()) {
        if (needed)
          errors.push_back(row_error(row.line, std::string(what_id) + " kosong", std::string(what_en) + " is empty"));
        return std::nullopt;
      }
      const auto ms = waktu_lapor(text);
      if (!ms)
        errors.push_back(row_error(row.line,
                                   std::string(what_id) + " \"" + text +
                                       "\" tidak terbaca (yyyy-mm-dd jj:mm WITA atau dd/mm/yyyy jj:mm)",
                                   std::string(what_en) + " \"" + text +
                                       "\" is unreadable (yyyy-mm-dd hh:mm WITA or dd/mm/yyyy hh:mm)"));
      return ms;
    };
    const auto received = when(col[l_diterima], "waktu diterima", "received time", true);
    const auto first = when(col[l_tanggapan], "waktu tanggapan pertama", "first response time", false);
    const auto done = when(col[l_selesai], "waktu selesai", "resolution time", false);
    if (received && first && *first < *received)
      errors.push_back(row_error(row.line, "tanggapan pertama sebelum laporan diterima",
                                 "the first response is before the report was received"));
    if (received && done && *done < *received)
      errors.push_back(row_error(row.line, "selesai sebelum laporan diterima", "resolved before the report was received"));
    if (!received || unit.empty()) return std::nullopt;
    const std::string kategori = cell(row, col[l_kategori]);
    json rec = {{"id", "lapor-" + slug(nomor)},
                {"unit_id", unit},
                {"channel", "lapor"},
                {"category", kategori.empty() ? std::string("pengaduan") : kategori},
                {"received", format_timestamp_ms(*received)}};
    if (first) rec["first_response"] = format_timestamp_ms(*first);
    if (done) rec["resolved"] = format_timestamp_ms(*done);
    return rec;
  });
}

std::string layanan_csv_bundle(const Store& store, const LayananCsv& csv, std::string_view device,
                               std::int64_t now_ms) {
  Store scratch;
  for (const char* shared : {"units", "periods"})
    if (const auto it = store.collections.find(std::string_view(shared)); it != store.collections.end())
      collection_of(scratch, shared) = it->second;
  scratch.clock = store.clock;
  for (const auto& r : csv.records) {
    const std::string id = r.value("id", std::string());
    if (const Entry* e = find_entry(store, csv.collection, id)) collection_of(scratch, csv.collection)[id] = *e;
    apply_change(scratch, csv.collection, r, device, now_ms, "admin");
  }
  return write_bundle(scratch, BundleHeader{format_timestamp_ms(now_ms), std::string(device), Scope{ScopeKind::bkpsdm, {}}});
}

OperationResult simpan_volume_layanan(const Store& store, std::string_view unit_id, std::string_view tanggal,
                                      std::string_view layanan, std::string_view jumlah) {
  OperationResult out;
  const json* unit = find_record(store, "units", unit_id);
  if (unit == nullptr || record_deleted(*unit))
    out.errors.push_back({"/unit_id", "pilih unit layanan", "choose the service unit"});
  const std::string day(trim(tanggal)), name(trim(layanan)), count(trim(jumlah));
  if (!parse_date(day))
    out.errors.push_back({"/tanggal", "tanggal \"" + day + "\" harus yyyy-mm-dd yang ada di kalender",
                          "tanggal \"" + day + "\" must be a calendar date yyyy-mm-dd"});
  if (slug(name).empty()) out.errors.push_back({"/layanan", "isi nama layanan (mis. Rawat jalan)", "name the service (e.g. Rawat jalan)"});
  const auto n = count_of(count);
  if (!n)
    out.errors.push_back({"/jumlah", "jumlah \"" + count + "\" harus bilangan bulat 0 atau lebih",
                          "jumlah \"" + count + "\" must be a whole number, 0 or more"});
  if (!out.errors.empty()) return out;
  const std::string uid(unit_id);
  json r = current_or_new(store, "service_volumes", volume_id(uid, name, day));
  r["unit_id"] = uid;
  r["layanan"] = name;
  r["tanggal"] = day;
  r.erase("period_id");
  r["jumlah"] = *n;
  out.changes.push_back({"service_volumes", std::move(r)});
  return out;
}

std::string_view volume_csv_example() {
  return "tanggal;layanan;jumlah\n"
         "2026-04-01;Rawat jalan;64\n"
         "2026-04-02;Rawat jalan;71\n"
         "2026-04-02;Imunisasi;12\n";
}

std::string_view lapor_csv_example() {
  return "nomor;diterima;tanggapan_pertama;selesai;kategori\n"
         "6123401;2026-04-03 09:15;2026-04-03 14:02;2026-04-06 10:00;pengaduan\n"
         "6123455;05/04/2026 20:41;07/04/2026 08:10;;informasi\n";
}

} // namespace kinerja
