// Import preview and apply (see preview.hpp).
#include "core/sync/preview.hpp"

#include <algorithm>

namespace kinerja {

ImportPreview preview_import(const Store& store, const std::vector<IncomingFile>& files, const IncomingGate& gate,
                             const ReadOptions& read) {
  ImportPreview out;
  std::vector<RecordOutcome> refused;
  std::vector<LoadedBundle> loaded;
  std::vector<std::size_t> file_of;  // loaded index → files index
  for (std::size_t i = 0; i < files.size(); ++i) {
    const auto& f = files[i];
    FilePreview fp;
    fp.name = f.name;
    BundleRead br = read_bundle(f.bytes, read);
    if (!br.ok()) {
      fp.errors = std::move(br.errors);
      out.files.push_back(std::move(fp));
      continue;
    }
    fp.header = br.bundle->header;
    fp.records = data_record_count(br.bundle->store);
    out.files.push_back(std::move(fp));
    // each file passes the gate on its own, before it is joined with others:
    // a refused version never displaces a good one from another file
    if (gate)
      for (auto& r : gate(store, br.bundle->store)) {
        r.source = i;
        refused.push_back(std::move(r));
      }
    loaded.push_back(std::move(*br.bundle));
    file_of.push_back(i);
  }
  // The files are joined with each other first, by the same order-independent
  // rule as `kinerja merge`; then compared with the store.
  JoinResult joined;
  if (loaded.size() == 1) {
    joined.store = std::move(loaded[0].store);  // one file: nothing to join, no copy
  } else {
    std::vector<const Store*> sources;
    for (const auto& b : loaded) sources.push_back(&b.store);
    joined = join_sources(sources);
  }
  out.incoming = std::move(joined.store);
  out.report = plan_merge(store, out.incoming);
  auto& records = out.report.records;
  const auto vouching = [](const RecordOutcome& r) {
    return std::find(kTrustCollections.begin(), kTrustCollections.end(), r.collection) != kTrustCollections.end();
  };
  out.signatures = static_cast<std::size_t>(std::count_if(records.begin(), records.end(), vouching));
  records.erase(std::remove_if(records.begin(), records.end(), vouching), records.end());
  for (auto& r : refused) records.push_back(std::move(r));
  for (auto& r : joined.rejected) {
    r.source = file_of[r.source];
    records.push_back(std::move(r));
  }
  // what needs a look first: refused and conflicting, then what changes, the unchanged last
  std::stable_partition(records.begin(), records.end(), [](const RecordOutcome& r) { return r.outcome != Outcome::unchanged; });
  std::stable_partition(records.begin(), records.end(), [](const RecordOutcome& r) {
    return r.outcome == Outcome::rejected || r.outcome == Outcome::conflicting;
  });
  return out;
}

MergeReport apply_import(Store& store, const ImportPreview& preview, bool collect_changes) {
  return merge_store(store, preview.incoming, collect_changes);
}

}  // namespace kinerja
