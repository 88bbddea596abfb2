// Import preview and apply (see preview.hpp).
#include "core/sync/preview.hpp"

#include <algorithm>

namespace kinerja {

PreviewSteps begin_preview(const Store& store, std::vector<IncomingFile> files, IncomingGate gate, ReadOptions read) {
  PreviewSteps s;
  s.store = &store;
  s.files = std::move(files);
  s.gate = std::move(gate);
  s.read = read;
  if (s.files.empty()) s.phase = PreviewPhase::plan;
  return s;
}

namespace {

void next_file(PreviewSteps& s) {
  ++s.file;
  s.phase = s.file < s.files.size() ? PreviewPhase::read : PreviewPhase::plan;
}

void read_step(PreviewSteps& s) {
  const auto& f = s.files[s.file];
  FilePreview fp;
  fp.name = f.name;
  BundleRead br = read_bundle(f.bytes, s.read);
  if (!br.ok()) {
    fp.errors = std::move(br.errors);
    s.out.files.push_back(std::move(fp));
    next_file(s);
    return;
  }
  fp.header = br.bundle->header;
  fp.records = data_record_count(br.bundle->store);
  s.out.files.push_back(std::move(fp));
  s.current = std::move(br.bundle);
  s.phase = PreviewPhase::gate;
}

void gate_step(PreviewSteps& s) {
  // each file passes the gate on its own, before it is joined with others:
  // a refused version never displaces a good one from another file
  if (s.gate)
    for (auto& r : s.gate(*s.store, s.current->store)) {
      r.source = s.file;
      s.refused.push_back(std::move(r));
    }
  s.loaded.push_back(std::move(*s.current));
  s.current.reset();
  s.file_of.push_back(s.file);
  next_file(s);
}

void plan_step(PreviewSteps& s) {
  ImportPreview& out = s.out;
  // The files are joined with each other first, by the same order-independent
  // rule as `kinerja merge`; then compared with the store.
  JoinResult joined;
  if (s.loaded.size() == 1) {
    joined.store = std::move(s.loaded[0].store);  // one file: nothing to join, no copy
  } else {
    std::vector<const Store*> sources;
    for (const auto& b : s.loaded) sources.push_back(&b.store);
    joined = join_sources(sources);
  }
  s.loaded.clear();
  out.incoming = std::move(joined.store);
  out.report = plan_merge(*s.store, out.incoming);
  auto& records = out.report.records;
  const auto vouching = [](const RecordOutcome& r) {
    return std::find(kTrustCollections.begin(), kTrustCollections.end(), r.collection) != kTrustCollections.end();
  };
  out.signatures = static_cast<std::size_t>(std::count_if(records.begin(), records.end(), vouching));
  records.erase(std::remove_if(records.begin(), records.end(), vouching), records.end());
  for (auto& r : s.refused) records.push_back(std::move(r));
  for (auto& r : joined.rejected) {
    r.source = s.file_of[r.source];
    records.push_back(std::move(r));
  }
  // what needs a look first: refused and conflicting, then what changes, the unchanged last
  std::stable_partition(records.begin(), records.end(), [](const RecordOutcome& r) { return r.outcome != Outcome::unchanged; });
  std::stable_partition(records.begin(), records.end(), [](const RecordOutcome& r) {
    return r.outcome == Outcome::rejected || r.outcome == Outcome::conflicting;
  });
  s.phase = PreviewPhase::done;
}

constexpr double kReadShare = 0.45, kGateShare = 0.40;  // the rest plans the merge

}  // namespace

bool preview_step(PreviewSteps& s) {
  switch (s.phase) {
    case PreviewPhase::read: read_step(s); break;
    case PreviewPhase::gate: gate_step(s); break;
    case PreviewPhase::plan: plan_step(s); break;
    case PreviewPhase::done: break;
  }
  return s.phase != PreviewPhase::done;
}

double preview_progress(const PreviewSteps& s) {
  if (s.phase == PreviewPhase::done) return 1.0;
  double total = 0, done = 0;
  for (std::size_t i = 0; i < s.files.size(); ++i) {
    const auto n = static_cast<double>(s.files[i].bytes.size()) + 1.0;
    total += n;
    if (i < s.file) done += n;
    else if (i == s.file && s.phase == PreviewPhase::gate) done += n * kReadShare / (kReadShare + kGateShare);
  }
  const double files_share = kReadShare + kGateShare;
  return total > 0 ? files_share * done / total : files_share;
}

ImportPreview preview_import(const Store& store, const std::vector<IncomingFile>& files, const IncomingGate& gate,
                             const ReadOptions& read) {
  PreviewSteps s = begin_preview(store, files, gate, read);
  while (preview_step(s)) {
  }
  return std::move(s.out);
}

MergeReport apply_import(Store& store, const ImportPreview& preview, bool collect_changes) {
  return merge_store(store, preview.incoming, collect_changes);
}

MergeReport apply_import(Store& store, ImportPreview&& preview, bool collect_changes) {
  return merge_store(store, std::move(preview.incoming), collect_changes);
}

}  // namespace kinerja
