// bench_pipeline FILE [--reps N] [--min-group K] [--out PUBLIK.json]
// Reads FILE once, then N times: parse_bundle (simdjson on-demand, full
// validation) → score_bundle → aggregate_publik. Prints one JSON line with
// the bytes, per-phase medians in ms, MB/s (10^6 bytes) over the median
// total, and a `check` summary that tests/bench/pipeline.mjs must reproduce
// exactly (same pipeline, same figures). Each repetition also times the
// parser's limit on the same bytes (parse_limit.hpp: an on-demand walk that
// touches every value and builds nothing), the two in alternating order, so
// the pipeline can be reported as a share of it from the same run.
#include "core/calc/aggregate.hpp"
#include "core/model/parse.hpp"
#include "core/calc/score.hpp"
#include "tests/bench/bench_time.hpp"
#include "tests/bench/parse_limit.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <limits>
#include <string>
#include <vector>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

using kinerja::bench::Clock;
using kinerja::bench::list;
using kinerja::bench::median_of;
using kinerja::bench::ms_since;

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fputs("usage: bench_pipeline FILE [--reps N] [--min-group K] [--out PUBLIK.json]\n", stderr);
    return 1;
  }
#if defined(__GLIBC__)
  // wasm's heap never gives memory back, so its repetitions after the first
  // reuse it. glibc unmaps big blocks on free and faults them in again on the
  // next repetition (in this virtual machine a third of the native time went
  // to the kernel's page-fault path). Keep them, as wasm does: both builds
  // then measure the same steady state, and the first repetition, faults
  // included, is dropped for both.
  mallopt(M_MMAP_MAX, 0);
  mallopt(M_TRIM_THRESHOLD, std::numeric_limits<int>::max());
#endif
  const std::string file = argv[1];
  int reps = 5;
  kinerja::OpsiAgregat opsi;
  std::string out_path;
  for (int i = 2; i + 1 < argc; i += 2) {
    const std::string_view a = argv[i], v = argv[i + 1];
    long long n = 0;
    if (a == "--out") { out_path = std::string(v); continue; }
    if (std::from_chars(v.data(), v.data() + v.size(), n).ec != std::errc() || n < 1) {
      std::fprintf(stderr, "bench_pipeline: %s needs a positive integer\n", argv[i]);
      return 1;
    }
    if (a == "--reps") reps = static_cast<int>(n);
    else if (a == "--min-group") opsi.min_group = n;
    else {
      std::fprintf(stderr, "bench_pipeline: unknown option %s\n", argv[i]);
      return 1;
    }
  }
  std::string bytes;
  if (!kinerja::read_file_bytes(file, bytes)) {
    std::fprintf(stderr, "bench_pipeline: cannot read %s\n", file.c_str());
    return 1;
  }

  // read_file_bytes left room for the parser's padding: both read the bytes
  // where they are, as `kinerja validate` does.
  const simdjson::padded_string_view padded(bytes.data(), bytes.size(), bytes.capacity());
  std::vector<double> t_parse, t_score, t_aggregate, t_total, t_limit;
  std::string check;
  kinerja::bench::LimitWalk walked;
  auto time_limit = [&] {
    const auto t = Clock::now();
    walked = kinerja::bench::limit_walk(padded);
    t_limit.push_back(ms_since(t));
  };
  for (int r = 0; r < reps; ++r) {
    if (r % 2 == 0) time_limit();
    const auto t0 = Clock::now();
    kinerja::ParseResult parsed = kinerja::parse_bundle_in_place(bytes);
    const double p = ms_since(t0);
    if (!parsed.ok()) {
      for (const auto& e : parsed.errors) std::fprintf(stderr, "%s: %s\n", file.c_str(), kinerja::format_error(e).c_str());
      return 1;
    }
    const auto t1 = Clock::now();
    const kinerja::ScoreReport report = kinerja::score_bundle(*parsed.bundle);
    const double s = ms_since(t1);
    const auto t2 = Clock::now();
    const kinerja::Publik publik = kinerja::aggregate_publik(*parsed.bundle, report, kinerja::default_rules(), opsi);
    const double a = ms_since(t2);
    t_parse.push_back(p);
    t_score.push_back(s);
    t_aggregate.push_back(a);
    t_total.push_back(p + s + a);
    if (r % 2 == 1) time_limit();
    if (!walked.ok) {
      std::fprintf(stderr, "bench_pipeline: the limit walk failed on %s\n", file.c_str());
      return 1;
    }

    if (r == 0) {
      // The figures both implementations must agree on.
      std::array<long long, 6> pred{};
      long long rated = 0, on_time = 0, warnings = 0, with_capaian = 0;
      double capaian_sum = 0;
      for (const auto& e : report.pegawai) {
        if (e.sudah_dinilai) { ++rated; ++pred[static_cast<std::size_t>(e.predikat)]; }
        if (e.tepat_waktu) ++on_time;
        if (e.capaian_rata) { ++with_capaian; capaian_sum += *e.capaian_rata; }
      }
      for (const auto& k : report.kurva) warnings += static_cast<long long>(k.peringatan.size());
      char buf[512];
      std::snprintf(buf, sizeof buf,
                    "{\"records\":%zu,\"entries\":%zu,\"rated\":%lld,\"on_time\":%lld,\"predikat\":[%lld,%lld,%lld,%lld,%lld],"
                    "\"with_capaian\":%lld,\"capaian_sum\":%.3f,\"kurva_units\":%zu,\"kurva_warnings\":%lld}",
                    kinerja::record_count(*parsed.bundle), report.pegawai.size(), rated, on_time, pred[1], pred[2], pred[3],
                    pred[4], pred[5], with_capaian, capaian_sum, report.kurva.size(), warnings);
      check = buf;
      if (!out_path.empty()) {
        std::ofstream out(out_path, std::ios::binary);
        out << kinerja::publik_to_json(publik) << '\n';
      }
    }
  }
  const double total = median_of(t_total);
  const double mb_s = static_cast<double>(bytes.size()) / 1e6 / (total / 1000.0);
  std::printf("{\"impl\":\"%s\",\"bytes\":%zu,\"reps\":%d,\"total_ms\":%s,\"parse_list\":%s,\"score_list\":%s,"
              "\"aggregate_list\":%s,\"limit_list\":%s,\"limit_values\":%llu,\"median_ms\":%.3f,\"parse_ms\":%.3f,"
              "\"score_ms\":%.3f,\"aggregate_ms\":%.3f,\"mb_s\":%.3f,\"check\":%s}\n",
#ifdef __EMSCRIPTEN__
              "wasm",
#else
              "native",
#endif
              bytes.size(), reps, list(t_total).c_str(), list(t_parse).c_str(), list(t_score).c_str(),
              list(t_aggregate).c_str(), list(t_limit).c_str(), static_cast<unsigned long long>(walked.values), total, median_of(t_parse), median_of(t_score),
              median_of(t_aggregate), mb_s, check.c_str());
  return 0;
}
