// Reading a bundle file (schema 1) into the typed model, validating every
// field, enum, id and reference on the way. This is the bulk read path (a
// city's year is tens of MB), so it uses simdjson on-demand, not a DOM.
//
// All or nothing: either `bundle` holds the whole file and `errors` is empty,
// or `bundle` is empty and `errors` says where each problem is (a JSON pointer
// such as /data/employees/3/nip). Unknown fields are ignored.
#pragma once
#include "core/base/error.hpp"
#include "core/model/model.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kinerja {

struct ParseResult {
  std::optional<Bundle> bundle;
  std::vector<ValidationError> errors;
  bool ok() const { return bundle.has_value(); }
};

// At most this many errors are reported; the last one then says that more were cut.
inline constexpr std::size_t kMaxParseErrors = 200;

ParseResult parse_bundle(std::string_view bytes);

// The same without copying the text: may grow `bytes`' capacity (never its
// content) to fit the parser's padding. The fastest path for large files.
ParseResult parse_bundle_in_place(std::string& bytes);

// Every per-record check of parse_bundle but none that spans records
// (references, unique ids): for reading a few changed records that will be
// checked against the rest of a bundle by check_bundle.
ParseResult parse_records_unchecked(std::string_view bytes);

// Reads the whole file, then parse_bundle. An unreadable file is one error at "/".
ParseResult parse_bundle_file(const std::string& path);

// Reads a whole file into `out` (with spare capacity for parse_bundle_in_place);
// false when it cannot be opened or read.
bool read_file_bytes(const std::string& path, std::string& out);

// The checks that span records (unique ids, references that resolve, NIPs
// unique). parse_bundle runs them; exposed for code that builds or edits a
// Bundle in memory (the demo generator's tests, edits in the app).
std::vector<ValidationError> check_bundle(const Bundle&);

} // namespace kinerja
