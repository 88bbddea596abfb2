// Import preview: what a set of incoming files would change, record by
// record, before anything is applied. Files that fail to read are listed with
// their errors and contribute nothing; the readable ones are joined together
// first by join_sources (so the order of the files does not matter; a file
// changing a period another file locks is refused there, with `source` = its
// index in the files given) and then compared with the store by a dry run
// (plan_merge) of the same merge that apply_import performs.
#pragma once
#include <functional>
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

// Applies a preview: the same merge, for real. Rejected records stay out; the
// returned report's `changes` are what the caller appends to the journal.
MergeReport apply_import(Store&, const ImportPreview&, bool collect_changes = true);

}  // namespace kinerja
