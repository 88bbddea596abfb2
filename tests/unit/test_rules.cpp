#include "core/base/embedded.hpp"
#include "core/rules/rules.hpp"
#include "rules_test_print.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

namespace kinerja_test {
std::string embedded_rules_file(std::string_view path) {
  return std::string(kinerja::embedded::find(kinerja::embedded::rules(), path));
}
} // namespace kinerja_test

using namespace kinerja;
using kinerja_test::embedded_rules_file;
using nlohmann::json;

namespace {

// Apply a modified copy of an embedded rules file; returns the errors.
RulesLoad apply_modified(std::string_view path, void (*edit)(json&)) {
  json j = json::parse(embedded_rules_file(path));
  edit(j);
  return apply_rules_file(default_rules(), j.dump());
}

bool has_error_at(const RulesLoad& l, std::string_view pointer) {
  return std::any_of(l.errors.begin(), l.errors.end(), [&](const ValidationError& e) { return e.pointer == pointer; });
}

std::string all_errors(const RulesLoad& l) {
  std::string s;
  for (const auto& e : l.errors) s += format_error(e) + "\n";
  return s;
}

} // namespace

TEST_SUITE("rules") {
  TEST_CASE("the embedded rules load without errors and cover every section") {
    RulesLoad l = load_default_rules();
    INFO(all_errors(l));
    REQUIRE(l.ok());
    for (const RuleMeta* m : l.rules.metas()) {
      INFO("id: " << m->id);
      CHECK(std::find(kRuleIds.begin(), kRuleIds.end(), m->id) != kRuleIds.end());
      // 2026.2: kewenangan (calibration its own part), the PP 46 bands as published
      // (≥ 91 …), and 8/2021's Sangat Baik from 101 % as printed
      // 2026.3: kewenangan (the rater's numeric perilaku for legacy periods in the
      // penilaian part) and PP 46's perilaku scale
      // 2026.4: kewenangan (service volumes written by the unit's admin)
      const bool revised4 = m->id == "kewenangan";
      const bool revised3 = m->id == "pp-46-2011";
      const bool revised2 = m->id == "permenpanrb-8-2021";
      CHECK(m->version == (revised4 ? "2026.4" : revised3 ? "2026.3" : revised2 ? "2026.2" : "2026.1"));
      CHECK(m->source.size() > 40);
      // every source states how sure it is
      const bool certainty = m->source.find("[V") != std::string::npos || m->source.find("[S") != std::string::npos ||
                             m->source.find("[M") != std::string::npos;
      CHECK(certainty);
    }
    CHECK(l.rules.metas().size() == kRuleIds.size());
    CHECK(l.rules.ikm.unsur.size() == 9);
    CHECK(l.rules.pelatihan.pelatihan.size() >= 12);
  }

  TEST_CASE("embedded rule bytes equal the files in assets/") {
    int n = 0;
    for (const auto& f : embedded::rules()) {
      if (f.path.empty()) continue;
      std::ifstream in(std::string(KINERJA_SOURCE_DIR) + "/assets/" + std::string(f.path), std::ios::binary);
      REQUIRE(in.good());
      std::stringstream ss;
      ss << in.rdbuf();
      CHECK(ss.str() == f.bytes);
      ++n;
    }
    CHECK(n >= 12);
  }

  TEST_CASE("compare_versions is numeric per part") {
    CHECK(compare_versions("2026.1", "2026.1") == 0);
    CHECK(compare_versions("2026.10", "2026.9") > 0);
    CHECK(compare_versions("2026", "2026.1") < 0);
    CHECK(compare_versions("2027.1", "2026.12") > 0);
    CHECK(compare_versions("2026.1.0", "2026.1") == 0);
  }

  TEST_CASE("a newer rules version replaces the default without code changes") {
    const RuleSet& base = default_rules();
    REQUIRE(base.matriks.sel[1][1] == Predikat::baik);
    auto l = apply_modified("rules/predikat_matrix.json", [](json& j) {
      j["version"] = "2027.1";
      for (auto& c : j["cells"])
        if (c["hasil_kerja"] == "sesuai" && c["perilaku"] == "sesuai") c["predikat"] = "butuh-perbaikan";
    });
    INFO(all_errors(l));
    REQUIRE(l.ok());
    CHECK(l.rules.matriks.meta.version == "2027.1");
    CHECK(l.rules.matriks.sel[1][1] == Predikat::butuh_perbaikan);
    CHECK(base.matriks.sel[1][1] == Predikat::baik);  // the base is untouched
    // other sections are carried over unchanged
    CHECK(l.rules.kurva.meta.version == base.kurva.meta.version);

    SUBCASE("the IKM bands move with the data") {
      auto k = apply_modified("rules/ikm.json", [](json& j) {
        j["version"] = "2026.2";
        j["mutu"][2]["min"] = 66.0;
      });
      REQUIRE(k.ok());
      CHECK(k.rules.ikm.mutu[2].min_seratus == 6600);
    }
  }

  TEST_CASE("an older rules version is refused and nothing changes") {
    auto l = apply_modified("rules/predikat_matrix.json", [](json& j) {
      j["version"] = "2025.9";
      j["cells"][0]["predikat"] = "sangat-kurang";
    });
    CHECK_FALSE(l.ok());
    CHECK(has_error_at(l, "/version"));
    CHECK(l.rules.matriks.sel[2][2] == Predikat::sangat_baik);
  }

  TEST_CASE("validation errors point at the offending place") {
    SUBCASE("unknown predikat in a matrix cell") {
      auto l = apply_modified("rules/predikat_matrix.json", [](json& j) { j["cells"][4]["predikat"] = "luar-biasa"; });
      CHECK(has_error_at(l, "/cells/4/predikat"));
      CHECK(has_error_at(l, "/cells"));  // and the cell it should have defined is now missing
      CHECK(l.rules.matriks.sel[1][1] == Predikat::baik);  // not half-applied
    }
    SUBCASE("a duplicate matrix cell") {
      auto l = apply_modified("rules/predikat_matrix.json", [](json& j) { j["cells"][1] = j["cells"][0]; });
      CHECK(has_error_at(l, "/cells/1"));
      CHECK(has_error_at(l, "/cells"));
    }
    SUBCASE("a missing field") {
      auto l = apply_modified("rules/predikat_matrix.json", [](json& j) { j["cells"][7].erase("perilaku"); });
      CHECK(has_error_at(l, "/cells/7/perilaku"));
    }
    SUBCASE("future schema") {
      auto l = apply_modified("rules/ikm.json", [](json& j) { j["schema"] = 2; });
      REQUIRE(has_error_at(l, "/schema"));
      CHECK(l.errors[0].message_en.find("newer") != std::string::npos);
    }
    SUBCASE("wrong format") {
      auto l = apply_modified("rules/ikm.json", [](json& j) { j["format"] = "kinerja-samarinda/bundle"; });
      CHECK(has_error_at(l, "/format"));
    }
    SUBCASE("unknown id") {
      auto l = apply_modified("rules/ikm.json", [](json& j) { j["id"] = "ikm-2"; });
      CHECK(has_error_at(l, "/id"));
    }
    SUBCASE("bad version") {
      auto l = apply_modified("rules/ikm.json", [](json& j) { j["version"] = "v2"; });
      CHECK(has_error_at(l, "/version"));
    }
    SUBCASE("missing source") {
      auto l = apply_modified("rules/ikm.json", [](json& j) { j.erase("source"); });
      CHECK(has_error_at(l, "/source"));
    }
    SUBCASE("IKM band edge with three decimals, and bands out of order") {
      auto l = apply_modified("rules/ikm.json", [](json& j) {
        j["mutu"][1]["min"] = 76.605;
        j["mutu"][3]["min"] = 90;
      });
      CHECK(has_error_at(l, "/mutu/1/min"));
      CHECK(has_error_at(l, "/mutu/3/min"));
    }
    SUBCASE("eight unsur instead of nine") {
      auto l = apply_modified("rules/ikm.json", [](json& j) { j["unsur"].erase(8); });
      CHECK(has_error_at(l, "/unsur"));
    }
    SUBCASE("curve limit above 100%") {
      auto l = apply_modified("rules/kurva_distribusi.json", [](json& j) { j["pola"][2]["batas"][1]["nilai"] = 110; });
      CHECK(has_error_at(l, "/pola/2/batas/1/nilai"));
    }
    SUBCASE("curve limit of an unknown kind, and a CKO left out") {
      auto l = apply_modified("rules/kurva_distribusi.json", [](json& j) {
        j["pola"][0]["batas"][0]["jenis"] = "kira-kira";
        j["pola"].erase(4);
      });
      CHECK(has_error_at(l, "/pola/0/batas/0/jenis"));
      CHECK(has_error_at(l, "/pola"));
    }
    SUBCASE("weights that do not add up to 100") {
      auto l = apply_modified("rules/pp_30_2019.json", [](json& j) { j["bobot"][1]["perilaku"] = 30; });
      CHECK(has_error_at(l, "/bobot/1/perilaku"));
    }
    SUBCASE("a wrong type") {
      auto l = apply_modified("rules/angka_kredit.json", [](json& j) { j["koefisien"][5]["koefisien"] = "25"; });
      CHECK(has_error_at(l, "/koefisien/5/koefisien"));
    }
    SUBCASE("an unknown BerAKHLAK value in the catalogue") {
      auto l = apply_modified("catalog/trainings.json", [](json& j) { j["pelatihan"][0]["nilai"][1] = "sopan"; });
      CHECK(has_error_at(l, "/pelatihan/0/nilai/1"));
    }
    SUBCASE("not JSON at all") {
      auto l = apply_rules_file(default_rules(), "{\"format\": ");
      REQUIRE(l.errors.size() == 1);
      CHECK(l.errors[0].pointer == "/");
    }
  }
}
