// bench_import FILE [--base HELD.json] [--reps N]
// The browser's import path — preview_import (read the bundle, the trust
// gate, plan the merge) then apply_import (merge, no journal entries, as the
// app does for a big import) — of FILE, with the signature check and
// without, into an empty store and into a store holding HELD.json (what the
// device already has; tests/bench/import.sh: the same city before its first
// quarter, so the import finds its own master data, keys and SKPs there).
// The four runs alternate within each repetition (their order reversed every
// other one), so a noisy machine slows them alike. Prints one JSON line: per
// run the samples in ms (preview, gate, apply, total) and what it imported.
// Fails (exit 1) when the checked import refuses anything, when it does not
// import exactly what the unchecked one does, or when a record changed after
// it was signed is not refused: a fast wrong check proves nothing.
#include "core/model/parse.hpp"
#include "core/rules/rules.hpp"
#include "core/sync/preview.hpp"
#include "core/trust/demo_keys.hpp"
#include "core/trust/gate.hpp"
#include "tests/bench/bench_time.hpp"

#include <array>
#include <charconv>
#include <cstdio>
#include <limits>
#include <string>
#include <vector>

namespace {

using namespace kinerja;
using bench::Clock;
using bench::ms_since;

struct Run {
  std::string name;  // "empty-plain", "held-verified", …
  const Store* base = nullptr;
  bool verified = false;
  std::vector<double> preview_ms, gate_ms, apply_ms, total_ms;
  std::size_t refused = 0, records = 0;
  std::array<std::size_t, 5> outcomes{};  // per Outcome, of the last repetition
};

const ReadOptions kWholeYear{std::numeric_limits<std::size_t>::max()};  // a city's year is over the import limit

// One import of `bytes` into a copy of the run's base, timed.
bool import_once(Run& run, std::string_view bytes) {
  Store store = *run.base;  // the copy is not the import's cost
  double gate_ms = 0;
  std::size_t refused = 0;
  IncomingGate gate;
  if (run.verified) {
    gate = [&, check = trust::import_gate(trust::demo_anchor(), default_rules().kewenangan)](const Store& base,
                                                                                             Store& incoming) {
      const auto t = Clock::now();
      auto out = check(base, incoming);
      gate_ms += ms_since(t);
      refused += out.size();
      for (std::size_t i = 0; i < out.size() && i < 3; ++i)  // why, when the check refuses what it should not
        std::fprintf(stderr, "bench_import: refused %s/%s: %s\n", out[i].collection.c_str(), out[i].id.c_str(),
                     out[i].message_en.c_str());
      return out;
    };
  }
  const auto t0 = Clock::now();
  const ImportPreview preview = preview_import(store, {IncomingFile{"city.json", bytes}}, gate, kWholeYear);
  const double p = ms_since(t0);
  if (!preview.files.empty() && !preview.files[0].ok()) {
    std::fprintf(stderr, "bench_import: the file does not read: %s\n", format_error(preview.files[0].errors[0]).c_str());
    return false;
  }
  const auto t1 = Clock::now();
  apply_import(store, preview, /*collect_changes=*/false);
  const double a = ms_since(t1);
  run.preview_ms.push_back(p);
  run.gate_ms.push_back(gate_ms);
  run.apply_ms.push_back(a);
  run.total_ms.push_back(p + a);
  run.refused = refused;
  run.records = record_count(store);
  for (std::size_t o = 0; o < run.outcomes.size(); ++o) run.outcomes[o] = preview.count(static_cast<Outcome>(o));
  return true;
}

// A realisation's value changed after it was signed must be refused.
bool detects_tampering(std::string_view bytes) {
  BundleRead read = read_bundle(bytes, kWholeYear);
  if (!read.ok()) return false;
  Store& incoming = read.bundle->store;
  const auto rz = incoming.collections.find(std::string_view("realisations"));
  if (rz == incoming.collections.end() || rz->second.empty()) return false;
  nlohmann::json& v = rz->second.begin()->second.current;
  v["value"] = v.value("value", 0.0) + 1;
  const auto out = trust::import_gate(trust::demo_anchor(), default_rules().kewenangan)(Store{}, incoming);
  return out.size() == 1 && out[0].collection == "realisations";
}

std::string run_json(const Run& r) {
  char counts[256];
  std::snprintf(counts, sizeof counts, "\"refused\":%zu,\"records\":%zu,\"outcomes\":[%zu,%zu,%zu,%zu,%zu]", r.refused,
                r.records, r.outcomes[0], r.outcomes[1], r.outcomes[2], r.outcomes[3], r.outcomes[4]);
  std::string s;
  s.append("\"").append(r.name).append("\":{\"total_ms\":").append(bench::list(r.total_ms));
  s.append(",\"preview_ms\":").append(bench::list(r.preview_ms)).append(",\"gate_ms\":").append(bench::list(r.gate_ms));
  s.append(",\"apply_ms\":").append(bench::list(r.apply_ms)).append(",").append(counts).append("}");
  return s;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fputs("usage: bench_import FILE [--base HELD.json] [--reps N]\n", stderr);
    return 1;
  }
  int reps = 3;
  std::string held_file;
  for (int i = 2; i + 1 < argc; i += 2) {
    const std::string_view a = argv[i], v = argv[i + 1];
    int n = 0;
    if (a == "--base") {
      held_file = std::string(v);
    } else if (a == "--reps" && std::from_chars(v.data(), v.data() + v.size(), n).ec == std::errc() && n >= 1) {
      reps = n;
    } else {
      std::fprintf(stderr, "bench_import: bad option %s (--base FILE, --reps N)\n", argv[i]);
      return 1;
    }
  }
  std::string bytes;
  if (!read_file_bytes(argv[1], bytes)) {
    std::fprintf(stderr, "bench_import: cannot read %s\n", argv[1]);
    return 1;
  }
  if (!detects_tampering(bytes)) {
    std::fputs("bench_import: a tampered realisation was not refused\n", stderr);
    return 1;
  }
  const Store empty;
  Store held;
  if (!held_file.empty()) {
    std::string held_bytes;
    BundleRead read;
    if (read_file_bytes(held_file, held_bytes)) read = read_bundle(held_bytes, kWholeYear);
    if (!read.ok()) {
      std::fprintf(stderr, "bench_import: cannot read %s\n", held_file.c_str());
      return 1;
    }
    held = std::move(read.bundle->store);
  }
  std::vector<Run> runs;
  for (const auto& [name, base] : {std::pair{"empty", &empty}, std::pair{"held", static_cast<const Store*>(&held)}}) {
    if (base == &held && held_file.empty()) continue;
    for (const bool verified : {false, true}) {
      Run r;
      r.name = std::string(name) + (verified ? "-verified" : "-plain");
      r.base = base;
      r.verified = verified;
      runs.push_back(std::move(r));
    }
  }
  for (int r = 0; r < reps; ++r)
    for (std::size_t i = 0; i < runs.size(); ++i)
      if (!import_once(runs[r % 2 ? runs.size() - 1 - i : i], bytes)) return 1;

  bool ok = true;
  for (std::size_t i = 0; i < runs.size(); i += 2) {
    const Run &plain = runs[i], &checked = runs[i + 1];
    if (checked.refused != 0) {
      std::fprintf(stderr, "bench_import: %s refused %zu versions\n", checked.name.c_str(), checked.refused);
      ok = false;
    }
    if (checked.records != plain.records || checked.outcomes != plain.outcomes) {
      std::fprintf(stderr, "bench_import: %s imported other records than %s\n", checked.name.c_str(), plain.name.c_str());
      ok = false;
    }
  }
  std::printf("{\"impl\":\"%s\",\"bytes\":%zu,\"reps\":%d", bench::impl_name(), bytes.size(), reps);
  for (const auto& r : runs) std::printf(",%s", run_json(r).c_str());
  std::printf("}\n");
  return ok ? 0 : 1;
}
