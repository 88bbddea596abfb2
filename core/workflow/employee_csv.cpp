// Employee CSV: split, map the header, check each row, then let the bundle
// reader check every resulting record at once (golongan, enums, references),
// mapping its complaints back to row numbers.
#include "core/workflow/employee_csv.hpp"
#include "core/base/text.hpp"

#include "core/sync/bundle_io.hpp"
#include "core/workflow/master_data.hpp"
#include "core/sync/merge.hpp"
#include "core/model/model.hpp"
#include "core/model/parse.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <iterator>
#include <map>
#include <optional>
#include <unordered_map>

namespace kinerja {
namespace {

using nlohmann::json;

constexpr std::size_t kMaxRowErrors = 200;

std::string str(const json& r, const char* field) {
  const auto it = r.find(field);
  return it != r.end() && it->is_string() ? it->get<std::string>() : std::string();
}

enum Column { c_nip, c_name, c_jabatan, c_jenis, c_jenjang, c_golongan, c_status, c_unit, c_head, c_count };

std::optional<Column> column_of(std::string_view header) {
  const std::string h = lower(trim(header));
  static const std::map<std::string, Column, std::less<>> kNames{
      {"nip", c_nip},           {"name", c_name},         {"nama", c_name},           {"jabatan", c_jabatan},
      {"jenis_jabatan", c_jenis}, {"jenjang", c_jenjang}, {"golongan", c_golongan},   {"status", c_status},
      {"unit_id", c_unit},      {"unit", c_unit},         {"nama_unit", c_unit},      {"unit_name", c_unit},
      {"is_unit_head", c_head}, {"kepala_unit", c_head}};
  const auto it = kNames.find(h);
  if (it == kNames.end()) return std::nullopt;
  return it->second;
}

std::optional<bool> parse_flag(std::string_view v) {
  const std::string s = lower(v);
  if (s.empty() || s == "0" || s == "tidak" || s == "false" || s == "no" || s == "n") return false;
  if (s == "1" || s == "ya" || s == "true" || s == "yes" || s == "y") return true;
  return std::nullopt;
}

ValidationError row_error(std::size_t line, const std::string& nip, const std::string& id, const std::string& en) {
  const std::string who = nip.empty() ? std::string("NIP (kosong)") : "NIP " + nip;
  const std::string who_en = nip.empty() ? std::string("NIP (empty)") : "NIP " + nip;
  return {"baris " + std::to_string(line), who + ": " + id, who_en + ": " + en};
}

} // namespace

UnitLookup::UnitLookup(const Store& store) {
  const auto it = store.collections.find(std::string_view("units"));
  if (it == store.collections.end()) return;
  for (const auto& [id, entry] : it->second) {
    if (record_deleted(entry.current)) continue;
    by_id.emplace(id, id);
    const std::string name = lower(trim(str(entry.current, "name")));
    auto [pos, fresh] = by_name.emplace(name, id);
    if (!fresh) pos->second.clear();
  }
}

std::string UnitLookup::find(std::string_view text) const {
  const std::string t(trim(text));
  if (by_id.count(t)) return t;
  const auto u = by_name.find(lower(t));
  return u == by_name.end() ? std::string() : u->second;
}

CsvTable parse_csv(std::string_view bytes, char separator) {
  CsvTable t;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  if (separator == 0) {
    const auto first = bytes.substr(0, bytes.find('\n'));
    const auto semis = std::count(first.begin(), first.end(), ';');
    const auto commas = std::count(first.begin(), first.end(), ',');
    separator = semis > commas ? ';' : ',';
  }
  t.separator = separator;
  std::size_t line = 1, row_line = 1;
  CsvRow row;
  std::string field;
  bool quoted = false, any = false;
  std::size_t quote_line = 0;
  auto end_field = [&] {
    row.fields.push_back(std::move(field));
    field.clear();
  };
  auto end_row = [&] {
    end_field();
    row.line = row_line;
    t.rows.push_back(std::move(row));
    row = CsvRow{};
    any = false;
  };
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    const char c = bytes[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < bytes.size() && bytes[i + 1] == '"') {
          field += '"';
          ++i;
        } else {
          quoted = false;
        }
      } else {
        if (c == '\n') ++line;
        field += c;
      }
      continue;
    }
    if (c == '"' && trim(field).empty()) {
      field.clear();
      quoted = true;
      quote_line = line;
      any = true;
    } else if (c == separator) {
      end_field();
      any = true;
    } else if (c == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n') {
      // the \n ends the row
    } else if (c == '\n' || c == '\r') {
      if (any || !field.empty() || !row.fields.empty()) end_row();
      ++line;
      row_line = line;
    } else {
      field += c;
      any = true;
    }
  }
  if (quoted) {
    t.errors.push_back({"baris " + std::to_string(quote_line), "tanda kutip (\") dibuka tetapi tidak ditutup",
                        "a quote (\") is opened but never closed"});
    return t;
  }
  if (any || !field.empty() || !row.fields.empty()) end_row();
  return t;
}

EmployeeCsv read_employee_csv(std::string_view bytes, const Store& store) {
  EmployeeCsv out;
  CsvTable table = parse_csv(bytes);
  if (!table.errors.empty()) {
    out.errors = std::move(table.errors);
    return out;
  }
  if (table.rows.empty()) {
    out.errors.push_back({"baris 1", "berkas CSV kosong; baris pertama harus judul kolom (nip, name, unit_id, …)",
                          "the CSV file is empty; the first row must name the columns (nip, name, unit_id, …)"});
    return out;
  }
  // Header.
  std::vector<std::optional<Column>> columns;
  bool have[c_count] = {};
  for (const auto& h : table.rows.front().fields) {
    const auto col = column_of(h);
    if (!col) {
      out.errors.push_back({"baris 1", "kolom \"" + std::string(trim(h)) + "\" tidak dikenal; yang berlaku: nip, name, jabatan, jenis_jabatan, "
                                       "jenjang, golongan, status, unit_id, is_unit_head",
                            "unknown column \"" + std::string(trim(h)) + "\"; allowed: nip, name, jabatan, jenis_jabatan, jenjang, "
                                                            "golongan, status, unit_id, is_unit_head"});
    } else if (have[*col]) {
      out.errors.push_back({"baris 1", "kolom \"" + std::string(trim(h)) + "\" muncul dua kali", "column \"" + std::string(trim(h)) + "\" appears twice"});
    } else {
      have[*col] = true;
    }
    columns.push_back(col);
  }
  const std::pair<Column, const char*> kRequired[] = {{c_nip, "nip"}, {c_name, "name"}, {c_unit, "unit_id"}};
  for (const auto& [col, name] : kRequired)
    if (!have[col])
      out.errors.push_back({"baris 1", std::string("kolom wajib \"") + name + "\" tidak ada",
                            std::string("required column \"") + name + "\" is missing"});
  if (!out.errors.empty()) return out;

  const UnitLookup units(store);
  std::unordered_map<std::string, std::string> by_nip;  // live employees: NIP → id
  std::unordered_map<std::string, bool> ids_taken;
  if (const auto it = store.collections.find(std::string_view("employees")); it != store.collections.end())
    for (const auto& [id, entry] : it->second) {
      ids_taken.emplace(id, true);
      if (!record_deleted(entry.current)) by_nip.emplace(str(entry.current, "nip"), id);
    }

  std::unordered_map<std::string, std::size_t> nip_line;  // NIPs seen in this file
  std::vector<json> records;
  std::vector<std::size_t> record_lines;
  std::vector<bool> is_new;
  auto add_error = [&](ValidationError e) {
    if (out.errors.size() < kMaxRowErrors) out.errors.push_back(std::move(e));
  };
  for (std::size_t r = 1; r < table.rows.size(); ++r) {
    const CsvRow& row = table.rows[r];
    const bool blank = std::all_of(row.fields.begin(), row.fields.end(), [](const std::string& f) { return trim(f).empty(); });
    if (blank) continue;
    std::string cell[c_count];
    for (std::size_t k = 0; k < row.fields.size() && k < columns.size(); ++k)
      if (columns[k]) cell[*columns[k]] = trim(row.fields[k]);
    std::string nip = cell[c_nip];
    if (!nip.empty() && nip.front() == '\'') nip.erase(0, 1);  // spreadsheets' "keep as text" mark
    if (row.fields.size() != columns.size()) {
      add_error(row_error(row.line, nip,
                          "ada " + std::to_string(row.fields.size()) + " kolom, seharusnya " + std::to_string(columns.size()),
                          "has " + std::to_string(row.fields.size()) + " columns, expected " + std::to_string(columns.size())));
      continue;
    }
    bool bad = false;
    auto fail = [&](const std::string& id, const std::string& en) {
      add_error(row_error(row.line, nip, id, en));
      bad = true;
    };
    if (const auto problem = nip_problem(nip); !problem.empty())
      fail("NIP tidak sah (18 digit: tanggal lahir yyyymmdd, TMT yyyymm, jenis kelamin 1/2, nomor urut 3 digit)",
           "invalid NIP (" + std::string(problem) + ")");
    else if (const auto seen = nip_line.find(nip); seen != nip_line.end())
      fail("NIP sama dengan baris " + std::to_string(seen->second), "same NIP as row " + std::to_string(seen->second));
    else
      nip_line.emplace(nip, row.line);
    if (cell[c_name].empty()) fail("nama wajib diisi", "the name is required");
    std::string unit_id;
    if (cell[c_unit].empty()) {
      fail("unit wajib diisi (id atau nama unit)", "the unit is required (a unit id or name)");
    } else if (units.by_id.count(cell[c_unit])) {
      unit_id = cell[c_unit];
    } else if (const auto u = units.by_name.find(lower(cell[c_unit])); u != units.by_name.end()) {
      if (u->second.empty()) fail("nama unit \"" + cell[c_unit] + "\" dipakai beberapa unit; tulis id unitnya",
                                  "unit name \"" + cell[c_unit] + "\" is shared by several units; write its id");
      unit_id = u->second;
    } else {
      fail("unit \"" + cell[c_unit] + "\" tidak ada", "unit \"" + cell[c_unit] + "\" does not exist");
    }
    const std::string jenis = lower(cell[c_jenis]);
    if (!jenis.empty() && !parse_jenis_jabatan(jenis))
      fail("jenis jabatan \"" + cell[c_jenis] + "\" tidak dikenal (jpt, administrator, pengawas, pelaksana, fungsional)",
           "unknown jenis jabatan \"" + cell[c_jenis] + "\" (jpt, administrator, pengawas, pelaksana, fungsional)");
    const std::string jenjang = lower(cell[c_jenjang]);
    if (!jenjang.empty() && !is_valid_jenjang(jenjang))
      fail("jenjang \"" + cell[c_jenjang] + "\" tidak dikenal", "unknown jenjang \"" + cell[c_jenjang] + "\"");
    const std::string status = lower(cell[c_status]);
    if (!status.empty() && !parse_status_pegawai(status))
      fail("status \"" + cell[c_status] + "\" harus pns atau pppk", "status \"" + cell[c_status] + "\" must be pns or pppk");
    const auto head = parse_flag(cell[c_head]);
    if (!head) fail("kepala unit harus ya/tidak", "unit head must be yes/no");
    if (bad) continue;

    // The record: the stored employee with this NIP, with the cells that were filled.
    json rec = json::object();
    const auto existing = by_nip.find(nip);
    if (existing != by_nip.end()) {
      rec = *find_record(store, "employees", existing->second);
      for (const char* k : {"ver", "hlc", "author", "created", "updated", "deleted"}) rec.erase(k);
    } else {
      const std::string id = fresh_id("pg-" + nip, [&](std::string_view x) { return ids_taken.count(std::string(x)) > 0; });
      ids_taken.emplace(id, true);
      rec["id"] = id;
    }
    rec["nip"] = nip;
    rec["name"] = cell[c_name];
    rec["unit_id"] = unit_id;
    if (!cell[c_jabatan].empty()) rec["jabatan"] = cell[c_jabatan];
    if (!jenis.empty()) rec["jenis_jabatan"] = jenis;
    if (!jenjang.empty()) rec["jenjang"] = jenjang;
    if (!cell[c_golongan].empty()) rec["golongan"] = cell[c_golongan];
    if (!status.empty()) rec["status"] = status;
    if (have[c_head] && (!cell[c_head].empty() || existing == by_nip.end())) rec["is_unit_head"] = *head;
    records.push_back(std::move(rec));
    record_lines.push_back(row.line);
    is_new.push_back(existing == by_nip.end());
  }

  // The reader's own checks on every record at once (golongan and the rest),
  // pointed back at their rows; also when other rows are already bad, so the
  // user sees every problem in one go.
  if (!records.empty()) {
    Store scratch;
    if (const auto it = store.collections.find(std::string_view("units")); it != store.collections.end())
      collection_of(scratch, "units") = it->second;
    Collection& emps = collection_of(scratch, "employees");
    std::unordered_map<std::string, std::size_t> line_of_id;
    for (std::size_t i = 0; i < records.size(); ++i) {
      json v = records[i];
      v["ver"] = {{"check", 1}};
      v["hlc"] = "2026-01-01T00:00:00.000Z/0000/check";
      v["author"] = "system";
      v["created"] = "2026-01-01T00:00:00Z";
      v["updated"] = "2026-01-01T00:00:00Z";
      v["deleted"] = false;
      const std::string id = v["id"].get<std::string>();
      line_of_id.emplace(id, i);
      emps[id] = Entry{std::move(v), {}};
    }
    std::vector<std::size_t> order;  // position in the bundle → record
    for (const auto& [id, entry] : emps) order.push_back(line_of_id[id]);
    std::string text = write_bundle(scratch, BundleHeader{"2026-01-01T00:00:00Z", "check", Scope{ScopeKind::bkpsdm, {}}});
    const auto parsed = parse_bundle_in_place(text);
    constexpr std::string_view kPrefix = "/data/employees/";
    for (const auto& e : parsed.errors) {
      if (e.pointer.compare(0, kPrefix.size(), kPrefix) != 0) continue;
      std::size_t pos = 0;
      const char* first = e.pointer.data() + kPrefix.size();
      const char* last = e.pointer.data() + e.pointer.size();
      const auto [ptr, ec] = std::from_chars(first, last, pos);
      if (ec != std::errc{} || pos >= order.size()) continue;
      const std::string field = ptr < last && *ptr == '/' ? std::string(ptr + 1, last) : std::string();
      const std::size_t i = order[pos];
      const std::string suffix = field.empty() ? std::string() : " (" + field + ")";
      add_error(row_error(record_lines[i], str(records[i], "nip"), e.message_id + suffix, e.message_en + suffix));
    }
  }
  if (!out.errors.empty()) {
    std::stable_sort(out.errors.begin(), out.errors.end(), [](const ValidationError& a, const ValidationError& b) {
      auto num = [](const std::string& p) {
        std::size_t n = 0;
        const auto sp = p.rfind(' ');
        if (sp != std::string::npos) std::from_chars(p.data() + sp + 1, p.data() + p.size(), n);
        return n;
      };
      return num(a.pointer) < num(b.pointer);
    });
    return out;
  }
  out.records = std::move(records);
  for (bool n : is_new) (n ? out.added : out.updated) += 1;
  return out;
}

std::string employee_csv_bundle(const Store& store, const std::vector<json>& records, std::string_view device,
                                std::int64_t now_ms) {
  Store scratch;
  if (const auto it = store.collections.find(std::string_view("units")); it != store.collections.end())
    collection_of(scratch, "units") = it->second;
  scratch.clock = store.clock;
  for (const auto& r : records) {
    const std::string id = str(r, "id");
    if (const Entry* e = find_entry(store, "employees", id)) collection_of(scratch, "employees")[id] = *e;
    apply_change(scratch, "employees", r, device, now_ms, "admin");
  }
  // Units stay as they were; keep only those the employees need? All of them:
  // a unit's parent must resolve too, and unchanged records merge as "unchanged".
  return write_bundle(scratch, BundleHeader{format_timestamp_ms(now_ms), std::string(device), Scope{ScopeKind::bkpsdm, {}}});
}

std::string_view employee_csv_example() {
  return "nip;name;jabatan;jenis_jabatan;golongan;status;unit_id;is_unit_head\n"
         "199001152015031001;Contoh Pegawai Satu, S.Kep.;Perawat Ahli Pertama;fungsional;III/a;pns;Dinas Kesehatan;tidak\n"
         "199205202019032004;Contoh Pegawai Dua;Pengadministrasi Perkantoran;pelaksana;VII;pppk;u-dinkes;tidak\n";
}

} // namespace kinerja
