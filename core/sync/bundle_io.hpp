// Bundle files in and out: the bytes people exchange (docs/bundle-schema-v1.md).
// Reading checks, in this order, and refuses the whole file on any problem
// (nothing is ever half-read): size, nesting depth, JSON syntax, "format",
// "schema", the header, every string in the file (length, control
// characters, bidi overrides, "<script"), every record's envelope and
// duplicate ids. Writing is canonical: collections in kCollections order,
// records by id, keys sorted, one record per line, so identical content gives
// identical bytes apart from the header.
// No file-system calls: the caller brings and takes the bytes.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/base/error.hpp"
#include "core/model/model.hpp"
#include "core/sync/record_check.hpp"
#include "core/sync/store.hpp"

namespace kinerja {

inline constexpr std::size_t kMaxBundleBytes = 100'000'000;  // a city's year is ~35 MB
inline constexpr std::size_t kMaxDepth = 32;                  // records need about 6

struct BundleHeader {
  std::string created;  // ISO 8601 UTC
  std::string origin;   // device id of the writer
  Scope scope{ScopeKind::bkpsdm, {}};  // model.hpp; penilai/pegawai carry a NIP
  std::string note = {};  // free text for people ("Data fiktif …"); written only when set
};

// A bundle read generically: records stay JSON so unknown fields survive
// (the typed view is model.hpp's Bundle, read by parse.hpp).
struct LoadedBundle {
  BundleHeader header;
  Store store;                // data + conflicts
  nlohmann::json aggregates;  // publik bundles: figures only; null otherwise
};

struct ReadOptions {
  std::size_t max_bytes = kMaxBundleBytes;
};

struct BundleRead {
  std::optional<LoadedBundle> bundle;  // set only when errors is empty
  std::vector<ValidationError> errors;
  bool ok() const { return errors.empty(); }
};

BundleRead read_bundle(std::string_view bytes, const ReadOptions& = {});

// Canonical bytes of a store as a bundle. `aggregates` (when not null) is
// written as a top-level "aggregates" member.
std::string write_bundle(const Store&, const BundleHeader&,
                         const nlohmann::json& aggregates = nullptr);
// The same bytes appended to `out` (the snapshot writes its header, then this).
void append_bundle(std::string& out, const Store&, const BundleHeader&, const nlohmann::json& aggregates = nullptr);
// The part of write_bundle that depends on content only ("data" and
// "conflicts"): equal for two stores exactly when their contents are equal.
std::string canonical_content(const Store&);

}  // namespace kinerja
