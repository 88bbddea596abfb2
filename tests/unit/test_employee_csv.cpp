// CSV import of employees (core/workflow/employee_csv): splitting, header mapping,
// row-level errors in both languages, all or nothing, new vs updated by NIP,
// and the bundle the ordinary import preview reads.
#include "core/workflow/employee_csv.hpp"

#include "core/sync/bundle_io.hpp"
#include "core/demo/demo.hpp"
#include "core/sync/merge.hpp"
#include "core/sync/preview.hpp"
#include "core/model/serialize.hpp"

#include <doctest/doctest.h>

using namespace kinerja;
using nlohmann::json;

namespace {

constexpr std::int64_t kNow = 1795867200000;  // 2026-11-28

Store demo_store() {
  DemoOptions o;
  o.employees = 30;
  auto read = read_bundle(to_json(make_demo_city(o)));
  REQUIRE(read.ok());
  return std::move(read.bundle->store);
}

bool mentions(const std::vector<ValidationError>& errors, const std::string& pointer, const std::string& words) {
  for (const auto& e : errors)
    if (e.pointer == pointer && e.message_id.find(words) != std::string::npos) return true;
  return false;
}

} // namespace

TEST_SUITE("employee_csv") {
  TEST_CASE("CSV splitting: BOM, either separator, quotes, doubled quotes, CRLF, line breaks in quotes") {
    const auto t = parse_csv("\xEF\xBB\xBFnip;name\r\n1;\"Siti; \"\"Ani\"\"\"\r\n\r\n2;\"baris\ndua\"\n3;x");
    CHECK(t.separator == ';');
    REQUIRE(t.errors.empty());
    REQUIRE(t.rows.size() == 4);
    CHECK(t.rows[0].fields == std::vector<std::string>{"nip", "name"});
    CHECK(t.rows[1].fields == std::vector<std::string>{"1", "Siti; \"Ani\""});
    CHECK(t.rows[2].line == 4);
    CHECK(t.rows[2].fields[1] == "baris\ndua");
    CHECK(t.rows[3].line == 6);
    const auto c = parse_csv("a,b,\"c,d\"\n");
    CHECK(c.separator == ',');
    REQUIRE(c.rows.size() == 1);
    CHECK(c.rows[0].fields == std::vector<std::string>{"a", "b", "c,d"});
    const auto open = parse_csv("a,b\n1,\"tidak ditutup\n2,3\n");
    REQUIRE(open.errors.size() == 1);
    CHECK(open.errors[0].pointer == "baris 2");
  }

  TEST_CASE("a good file becomes employee records: new ones and updates by NIP") {
    const Store s = demo_store();
    const json* known = find_record(s, "employees", "pg-00002");
    REQUIRE(known);
    const std::string nip = (*known)["nip"].get<std::string>();
    const std::string csv = std::string("NIP,Nama,jabatan,jenis_jabatan,golongan,status,unit_id,is_unit_head\n") +
                            "199001152015031001,Contoh Satu,Perawat,fungsional,III/a,pns,Dinas Kesehatan,tidak\n"
                            "'199205202019032004,Contoh Dua,,pelaksana,VII,PPPK,u-dinkes,\n" +
                            nip + ",Nama Baru,,,,,u-dinkes,\n";
    const auto r = read_employee_csv(csv, s);
    REQUIRE(r.ok());
    REQUIRE(r.records.size() == 3);
    CHECK(r.added == 2);
    CHECK(r.updated == 1);
    CHECK(r.records[0]["unit_id"] == "u-dinkes");  // found by name
    CHECK(r.records[0]["jenis_jabatan"] == "fungsional");
    CHECK(r.records[1]["nip"] == "199205202019032004");  // the spreadsheet's ' is dropped
    CHECK(r.records[1]["status"] == "pppk");
    CHECK(r.records[2]["id"] == "pg-00002");
    CHECK(r.records[2]["name"] == "Nama Baru");
    CHECK(r.records[2]["jabatan"] == (*known)["jabatan"]);  // empty cell keeps the stored value
  }

  TEST_CASE("every bad row is reported with its row number in both languages, and nothing comes out") {
    const Store s = demo_store();
    const std::string csv =
        "nip;name;golongan;unit_id\n"
        "199001152015031001;Baik;III/a;u-dinkes\n"
        "19900115201503100;Pendek;III/a;u-dinkes\n"       // row 3: 17 digits
        "199001152015031002;;III/a;u-dinkes\n"            // row 4: no name
        "199001152015031003;Unit Salah;III/a;u-entah\n"   // row 5: unknown unit
        "199001152015031001;Ganda;III/a;u-dinkes\n"       // row 6: same NIP as row 2
        "199001152015031004;Golongan Salah;III/z;u-dinkes\n"  // row 7: golongan (the reader's check)
        "199001152015031005;Kolom Kurang;III/a\n";        // row 8: too few columns
    const auto r = read_employee_csv(csv, s);
    CHECK(!r.ok());
    CHECK(r.records.empty());
    CHECK(mentions(r.errors, "baris 3", "NIP 19900115201503100: NIP tidak sah"));
    CHECK(mentions(r.errors, "baris 4", "nama wajib diisi"));
    CHECK(mentions(r.errors, "baris 5", "unit \"u-entah\" tidak ada"));
    CHECK(mentions(r.errors, "baris 6", "NIP sama dengan baris 2"));
    CHECK(mentions(r.errors, "baris 7", "golongan"));
    CHECK(mentions(r.errors, "baris 8", "kolom"));
    for (const auto& e : r.errors) {
      CHECK(!e.message_en.empty());
      CHECK(e.message_en.find("NIP") == 0);
    }
    CHECK(r.errors.front().pointer == "baris 3");  // in row order
  }

  TEST_CASE("header problems: unknown or missing columns, empty file") {
    const Store s = demo_store();
    CHECK(mentions(read_employee_csv("nip,nama,unit_id,hobi\n", s).errors, "baris 1", "hobi"));
    CHECK(mentions(read_employee_csv("nip,jabatan\n", s).errors, "baris 1", "\"name\""));
    CHECK(!read_employee_csv("", s).ok());
    CHECK(!read_employee_csv("\xEF\xBB\xBF", s).ok());
  }

  TEST_CASE("the example file reads against the demo city") {
    const Store s = demo_store();
    const auto r = read_employee_csv(employee_csv_example(), s);
    CHECK(r.ok());
    CHECK(r.added == 2);
  }

  TEST_CASE("the bundle goes through the ordinary preview: new and updated, never conflicting; apply stores them") {
    Store s = demo_store();
    const json* known = find_record(s, "employees", "pg-00002");
    REQUIRE(known);
    const std::string csv = "nip,name,unit_id\n199001152015031001,Contoh Satu,u-dinkes\n" +
                            (*known)["nip"].get<std::string>() + ",Nama Baru,u-dinkes\n";
    const auto r = read_employee_csv(csv, s);
    REQUIRE(r.ok());
    const std::string bytes = employee_csv_bundle(s, r.records, "dev-admin", kNow);
    const auto preview = preview_import(s, {IncomingFile{"pegawai.csv", bytes}});
    REQUIRE(preview.files.size() == 1);
    REQUIRE(preview.files[0].ok());
    CHECK(preview.count(Outcome::new_record) == 1);
    CHECK(preview.count(Outcome::updated) == 1);
    CHECK(preview.count(Outcome::conflicting) == 0);
    CHECK(preview.count(Outcome::rejected) == 0);
    const std::size_t before = s.collections["employees"].size();
    apply_import(s, preview);
    CHECK(s.collections["employees"].size() == before + 1);
    CHECK((*find_record(s, "employees", "pg-00002"))["name"] == "Nama Baru");
    CHECK((*find_record(s, "employees", "pg-199001152015031001"))["name"] == "Contoh Satu");
  }
}
