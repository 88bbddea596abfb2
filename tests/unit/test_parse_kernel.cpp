// The typed reader gives the same records whatever simdjson kernel the CPU
// runs. Natively simdjson picks its stage-1 indexer and string unescaper at
// run time (icelake, haswell, westmere or fallback); wasm always runs the
// fallback. Each kernel this machine supports reads the demo city — with
// escapes and multibyte text added — to exactly the fallback kernel's records.
#include "core/demo/demo.hpp"
#include "core/model/parse.hpp"
#include "core/model/serialize.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include <simdjson.h>

#include <string>

using namespace kinerja;

namespace {

// Restores the kernel simdjson chose at start, whatever the test does.
struct KernelGuard {
  const simdjson::implementation* saved = simdjson::get_active_implementation();
  ~KernelGuard() { simdjson::get_active_implementation() = saved; }
};

std::string read_with(const simdjson::implementation* kernel, const std::string& text) {
  simdjson::get_active_implementation() = kernel;
  ParseResult r = parse_bundle(text);
  REQUIRE_MESSAGE(r.ok(), kernel->name(), ": ", (r.errors.empty() ? std::string() : format_error(r.errors[0])));
  return to_json(*r.bundle);
}

}  // namespace

TEST_CASE("every simdjson kernel this CPU runs reads a bundle to the same records as the fallback kernel") {
  DemoOptions o;
  o.employees = 120;
  o.quarters = 4;
  auto doc = nlohmann::json::parse(to_json(make_demo_city(o)));
  // Text that makes the unescaper work: quotes, backslashes, \u escapes and
  // UTF-8 longer than one SIMD block.
  auto& employees = doc["data"]["employees"];
  REQUIRE(employees.size() > 2);
  employees[0]["name"] = "Siti \"Nur\" Aisyah\\Rahmawati, S.Kom. — Ñ é ü 中文 " + std::string(80, 'x') + " akhir";
  employees[1]["name"] = "Tab\tdan baris\nbaru \u00e9\u00e9\u00e9";
  const std::string text = doc.dump();

  KernelGuard guard;
  const auto& available = simdjson::get_available_implementations();
  const simdjson::implementation* fallback = available["fallback"];
  REQUIRE(fallback != nullptr);
  const std::string expected = read_with(fallback, text);
  CHECK(expected.find("Siti \\\"Nur\\\" Aisyah") != std::string::npos);

  int kernels = 0;
  for (const simdjson::implementation* kernel : available) {
    if (!kernel->supported_by_runtime_system()) continue;
    CAPTURE(kernel->name());
    CHECK(read_with(kernel, text) == expected);
    ++kernels;
  }
  CHECK(kernels >= 1);
  MESSAGE("kernels compared with fallback: ", kernels, " (the one simdjson picks here: ", guard.saved->name(), ")");
}
