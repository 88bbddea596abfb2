// Import preview: what a set of incoming files would change, record by
// record, before anything is applied. Files that fail to read are listed with
// their errors and contribute nothing; the readable ones are joined together
// first by join_sources (so the order of the files does not matter; a file
// changing a period another file locks is refused there, with `source` = its
// index in the files given) and then compared with the store by a dry run
// (plan_merge) of the same merge that apply_import performs.
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/sync/bundle_io.hpp"
#include "core/base/error.hpp"
#include "core/sync/merge.hpp"
#include "core/sync/store.hpp"

namespace kinerja {

struct IncomingFile {
  std::string name;       // shown in messages ("tim-dinkes.json")
  std::string_view bytes;
};

struct FilePreview {
  std::string name;
  BundleHeader header;                  // when readable
  std::size_t records = 0;              // record keys in the file
  std::vector<ValidationError> errors;  // non-empty: the whole file is refused
  bool ok() const { return errors.empty(); }
};

struct ImportPreview {
  std::vector<FilePreview> files;
  MergeReport report;  // per incoming record: new / updated / unchanged / conflicting / rejected,
                       // refused and conflicting first, then what changes, the unchanged last
                       // (key registrations and signatures, which only vouch for the others, are
                       // not listed; a refused one is)
  std::size_t signatures = 0;  // signature and key records coming in with them
  Store incoming;      // the readable files joined; what apply_import merges
  std::size_t count(Outcome o) const { return report.count(o); }
};

// A check every incoming version passes, file by file before the files are
// joined (core/trust: the signatures and kewenangan rules): it takes out of
// `incoming` what it refuses and says why, one rejected outcome per version.
using IncomingGate = std::function<std::vector<RecordOutcome>(const Store& base, Store& incoming)>;

// `read` limits each file (kMaxBundleBytes unless the caller, e.g. a benchmark
// of a whole city's year, knows its bytes).
ImportPreview preview_import(const Store&, const std::vector<IncomingFile>&, const IncomingGate& = {},
                             const ReadOptions& read = {});

// The same preview in steps, for a caller that shows progress between them
// (a city's quarter takes seconds in the browser): per file, read it, then
// pass it through the gate; last, join the files and plan the merge. The
// store and the files' bytes must outlive the steps; nothing is changed
// until apply_import.
enum class PreviewPhase { read, gate, plan, done };

struct PreviewSteps {
  const Store* store = nullptr;
  std::vector<IncomingFile> files;
  IncomingGate gate;
  ReadOptions read;
  // where the steps are
  PreviewPhase phase = PreviewPhase::read;
  std::size_t file = 0;  // the file being read or gated
  // what the steps have made so far
  ImportPreview out;
  std::optional<LoadedBundle> current;  // read, not yet gated
  std::vector<RecordOutcome> refused;
  std::vector<LoadedBundle> loaded;
  std::vector<std::size_t> file_of;  // loaded index → files index
};

PreviewSteps begin_preview(const Store&, std::vector<IncomingFile>, IncomingGate = {}, ReadOptions = {});
// Does the next step; false once the preview is complete (then `out` holds it).
bool preview_step(PreviewSteps&);
// 0..1 of the work done, weighted by each file's bytes and by what each phase
// costs (as measured on a city's quarter: reading ≈ 45 %, the gate ≈ 40 %,
// planning the merge ≈ 15 %).
double preview_progress(const PreviewSteps&);

// Applies a preview: the same merge, for real. Rejected records stay out; the
// returned report's `changes` are what the caller appends to the journal.
MergeReport apply_import(Store&, const ImportPreview&, bool collect_changes = true);
// The same, taking the preview's records instead of copying them (a city's
// quarter is some 130,000 records); the preview is spent.
MergeReport apply_import(Store&, ImportPreview&&, bool collect_changes = true);

}  // namespace kinerja
