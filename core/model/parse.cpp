// parse_bundle: simdjson on-demand walk over a bundle, filling the typed model
// and collecting every problem with its JSON pointer. Structure:
//   [SECTION] Reader      path tracking, error recording, typed value readers
//   [SECTION] Records     envelope, then each record read from its description
//   [SECTION] Bundle      top level: format/schema gate, data, conflicts
// Cross-record checks (ids, references) are in parse_check.cpp.
//
// On-demand is forward-only and lazy: a value we do not read is skipped
// without a full syntax check, which is fine because unknown fields are
// ignored by contract; every field we keep is read and checked.
#include "core/model/parse.hpp"
#include "core/model/record_fields.hpp"

#include <nlohmann/json.hpp>
#include <simdjson.h>

#include <cmath>
#include <cstring>
#include <fstream>
#include <sstream>

namespace kinerja {
namespace {

namespace sj = simdjson::ondemand;
using namespace fields;  // the record descriptions and enum lists
using simdjson::error_code;

constexpr std::size_t kMaxStringBytes = 65536;

struct Seg {
  std::string_view key;
  std::size_t index = 0;
  bool is_index = false;
};

// ===========================================================================
// [SECTION] Reader

class Reader {
 public:
  Reader(sj::document& doc, const char* base, std::size_t size) : doc_(doc), base_(base), size_(size) {}

  std::vector<ValidationError> errors;
  bool stop = false;          // a syntax error or too many errors: no further reading
  bool syntax_failed = false;  // the JSON itself is broken
  bool capped = false;         // kMaxParseErrors reached

  // -- path --------------------------------------------------------------
  // The schema is shallow (/data/skps/1/rhk/0/indicators/2/target), so a
  // fixed array; deeper levels are never pushed because nothing is read there.
  void push(std::string_view key) {
    if (depth_ < path_.size()) path_[depth_] = Seg{key, 0, false};
    ++depth_;
  }
  void push(std::size_t index) {
    if (depth_ < path_.size()) path_[depth_] = Seg{{}, index, true};
    ++depth_;
  }
  void pop() { --depth_; }

  std::string pointer() const {
    if (depth_ == 0) return "/";
    std::string out;
    for (std::size_t i = 0; i < depth_ && i < path_.size(); ++i) {
      const auto& s = path_[i];
      out += '/';
      if (s.is_index) out += std::to_string(s.index);
      else out += json_pointer_token(s.key);
    }
    return out;
  }
  std::string pointer_with(std::string_view key) const {
    std::string p = pointer();
    if (p == "/") p.clear();
    return p + "/" + json_pointer_token(key);
  }

  // -- errors ------------------------------------------------------------
  void error_at(std::string ptr, std::string id, std::string en) {
    if (stop) return;
    if (errors.size() >= kMaxParseErrors) {
      // keep walking (the header may come after the data) but stop listing
      if (!capped) errors.push_back({"/", "terlalu banyak kesalahan; sisanya tidak ditampilkan", "too many errors; the rest are not listed"});
      capped = true;
      return;
    }
    errors.push_back({std::move(ptr), std::move(id), std::move(en)});
  }
  void error(std::string id, std::string en) { error_at(pointer(), std::move(id), std::move(en)); }
  void missing(std::string_view field) {
    error_at(pointer_with(field), "kolom wajib tidak ada", "required field is missing");
  }

  // A JSON syntax problem: stop, and say where, as precisely as we can.
  void syntax(error_code code) {
    if (stop) return;
    std::string where_id, where_en;
    auto loc = doc_.current_location();
    if (!loc.error() && loc.value_unsafe() >= base_ && loc.value_unsafe() <= base_ + size_) {
      auto offset = static_cast<std::size_t>(loc.value_unsafe() - base_);
      where_id = " (dekat byte " + std::to_string(offset) + ")";
      where_en = " (near byte " + std::to_string(offset) + ")";
    } else {
      where_id = " (file terpotong atau berakhir terlalu awal?)";
      where_en = " (file truncated or ends early?)";
    }
    std::string reason = simdjson::error_message(code);
    error("JSON tidak valid: " + reason + where_id, "invalid JSON: " + reason + where_en);
    stop = true;
    syntax_failed = true;
  }

  // -- typed readers: false on a type error (recorded) or a syntax error (stop)
  std::optional<sj::json_type> type_of(sj::value& v) {
    sj::json_type t;
    auto e = v.type().get(t);
    if (e) {
      syntax(e);
      return std::nullopt;
    }
    return t;
  }

  bool type_error(std::string_view want_id, std::string_view want_en) {
    error("harus berupa " + std::string(want_id), "must be " + std::string(want_en));
    return false;
  }

  // String; `null` counts as absent ("") when allow_null.
  // The typed getters are tried first (the common case costs one call); only
  // a value of the wrong type pays for a second look.
  bool str(sj::value& v, std::string& out, bool allow_null = true) {
    std::string_view s;
    if (auto e = v.get_string().get(s)) {
      if (e != simdjson::INCORRECT_TYPE) return syntax(e), false;
      if (allow_null && is_null(v)) return out.clear(), true;
      if (stop) return false;
      return type_error("teks (string)", "a string");
    }
    if (s.size() > kMaxStringBytes) {
      error("teks terlalu panjang (maks. 65536 byte)", "string too long (max 65536 bytes)");
      return false;
    }
    out.assign(s.data(), s.size());
    return true;
  }

  // Required, non-empty string.
  bool text(sj::value& v, std::string& out) {
    if (!str(v, out, false)) return false;
    if (out.empty()) {
      error("tidak boleh kosong", "must not be empty");
      return false;
    }
    return true;
  }

  bool number(sj::value& v, double& out) {
    if (auto e = v.get_double().get(out)) {
      if (e != simdjson::INCORRECT_TYPE) return syntax(e), false;
      return type_error("angka", "a number");
    }
    if (!std::isfinite(out)) return type_error("angka terhingga", "a finite number");
    return true;
  }

  bool opt_number(sj::value& v, std::optional<double>& out) {
    double d = 0;
    if (auto e = v.get_double().get(d)) {
      if (e != simdjson::INCORRECT_TYPE) return syntax(e), false;
      if (is_null(v)) return out.reset(), true;
      if (stop) return false;
      return type_error("angka", "a number");
    }
    if (!std::isfinite(d)) return type_error("angka terhingga", "a finite number");
    out = d;
    return true;
  }

  bool integer(sj::value& v, std::int64_t& out) {
    auto t = type_of(v);
    if (!t) return false;
    if (*t != sj::json_type::number) return type_error("bilangan bulat", "an integer");
    auto e = v.get_int64().get(out);
    if (e == simdjson::INCORRECT_TYPE || e == simdjson::NUMBER_OUT_OF_RANGE)
      return type_error("bilangan bulat", "an integer");
    if (e) return syntax(e), false;
    return true;
  }

  bool int_in(sj::value& v, int& out, std::int64_t lo, std::int64_t hi) {
    std::int64_t i = 0;
    if (!integer(v, i)) return false;
    if (i < lo || i > hi) return out_of_range(lo, hi), false;
    out = static_cast<int>(i);
    return true;
  }

  void out_of_range(std::int64_t lo, std::int64_t hi) {
    error("di luar rentang " + std::to_string(lo) + "–" + std::to_string(hi),
          "out of range " + std::to_string(lo) + "–" + std::to_string(hi));
  }

  bool boolean(sj::value& v, bool& out) {
    if (auto e = v.get_bool().get(out)) {
      if (e != simdjson::INCORRECT_TYPE) return syntax(e), false;
      return type_error("true atau false", "true or false");
    }
    return true;
  }

  // Peek: is this value JSON null? (consumes it if so)
  bool is_null(sj::value& v) {
    auto t = type_of(v);
    if (!t || *t != sj::json_type::null) return false;
    bool n = false;
    if (auto e = v.is_null().get(n); e || !n) return syntax(e ? e : simdjson::N_ATOM_ERROR), false;
    return true;
  }

  template <typename E>
  bool enum_value(std::string_view s, E& out, std::optional<E> (*parse)(std::string_view), std::string_view allowed) {
    auto e = parse(s);
    if (!e) {
      std::string shown(s.substr(0, 64));
      error("nilai '" + shown + "' tidak dikenal; yang berlaku: " + std::string(allowed),
            "unknown value '" + shown + "'; allowed: " + std::string(allowed));
      return false;
    }
    out = *e;
    return true;
  }

  template <typename E>
  bool enumeration(sj::value& v, E& out, std::optional<E> (*parse)(std::string_view), std::string_view allowed) {
    std::string_view s;
    if (auto e = v.get_string().get(s)) {
      if (e != simdjson::INCORRECT_TYPE) return syntax(e), false;
      return type_error("teks (string)", "a string");
    }
    return enum_value(s, out, parse, allowed);
  }

  template <typename E>
  bool opt_enumeration(sj::value& v, std::optional<E>& out, std::optional<E> (*parse)(std::string_view),
                       std::string_view allowed) {
    std::string_view s;
    if (auto e = v.get_string().get(s)) {
      if (e != simdjson::INCORRECT_TYPE) return syntax(e), false;
      if (is_null(v)) return out.reset(), true;
      if (stop) return false;
      return type_error("teks (string)", "a string");
    }
    E value{};
    if (!enum_value(s, value, parse, allowed)) return false;
    out = value;
    return true;
  }

  bool object(sj::value& v, sj::object& out) {
    if (auto e = v.get_object().get(out)) {
      if (e != simdjson::INCORRECT_TYPE) return syntax(e), false;
      return type_error("objek", "an object");
    }
    return true;
  }

  bool array(sj::value& v, sj::array& out) {
    if (auto e = v.get_array().get(out)) {
      if (e != simdjson::INCORRECT_TYPE) return syntax(e), false;
      return type_error("larik (array)", "an array");
    }
    return true;
  }

  // The key as it stands in the input when it has no escape (no copy);
  // a null view otherwise. Stage 1 guarantees the closing quote.
  static std::string_view plain_key(sj::field& field) {
    const char* begin = field.key().raw();
    const char* end = begin;
    while (*end != '"' && *end != '\\') ++end;
    if (*end == '\\') return {};
    return {begin, static_cast<std::size_t>(end - begin)};
  }

  // Calls fn(key, value) for each field with the path pushed.
  template <typename Fn>
  void each_field(sj::object& obj, Fn&& fn) {
    for (auto field_r : obj) {
      if (stop) return;
      sj::field field;
      if (auto e = std::move(field_r).get(field)) return syntax(e);
      std::string_view key = plain_key(field);
      if (key.data() == nullptr)
        if (auto e = field.unescaped_key().get(key)) return syntax(e);
      sj::value val = field.value();
      push(key);
      fn(key, val);
      pop();
      if (stop) return;
    }
  }

  // Calls fn(index, value) for each element with the path pushed.
  template <typename Fn>
  void each_element(sj::array& arr, Fn&& fn) {
    std::size_t i = 0;
    for (auto el_r : arr) {
      if (stop) return;
      sj::value el;
      if (auto e = std::move(el_r).get(el)) return syntax(e);
      push(i);
      fn(i, el);
      pop();
      ++i;
      if (stop) return;
    }
  }

  // Array of strings (e.g. training ids, lampiran lines).
  bool string_list(sj::value& v, std::vector<std::string>& out, bool ids) {
    sj::array arr;
    if (!array(v, arr)) return false;
    each_element(arr, [&](std::size_t, sj::value& el) {
      std::string s;
      if (!text(el, s)) return;
      if (ids && !is_valid_id(s)) bad_id();
      out.push_back(std::move(s));
    });
    return true;
  }

  // -- content checks at the current path -----------------------------------
  void bad_id() {
    error("id harus 1–64 karakter dari A-Z a-z 0-9 . _ : -", "an id is 1–64 characters of A-Z a-z 0-9 . _ : -");
  }
  bool id_ref(sj::value& v, std::string& out) {
    if (!text(v, out)) return false;
    if (!is_valid_id(out)) return bad_id(), false;
    return true;
  }
  bool opt_id_ref(sj::value& v, std::string& out) {
    if (!str(v, out)) return false;
    if (!out.empty() && !is_valid_id(out)) return bad_id(), false;
    return true;
  }
  bool timestamp(sj::value& v, std::string& out) {
    if (!text(v, out)) return false;
    if (!parse_timestamp_ms(out)) {
      error("waktu harus ISO 8601 UTC, mis. 2026-11-28T12:00:00Z",
            "a time must be ISO 8601 UTC, e.g. 2026-11-28T12:00:00Z");
      return false;
    }
    return true;
  }
  bool opt_timestamp(sj::value& v, std::string& out) {
    if (!str(v, out)) return false;
    if (out.empty()) return true;
    if (!parse_timestamp_ms(out)) {
      error("waktu harus ISO 8601 UTC, mis. 2026-11-28T12:00:00Z",
            "a time must be ISO 8601 UTC, e.g. 2026-11-28T12:00:00Z");
      return false;
    }
    return true;
  }
  bool date(sj::value& v, std::string& out) {
    if (!text(v, out)) return false;
    if (!parse_date(out)) {
      error("tanggal harus yyyy-mm-dd dan ada di kalender", "a date must be yyyy-mm-dd and exist");
      return false;
    }
    return true;
  }

 private:
  sj::document& doc_;
  const char* base_;
  std::size_t size_;
  std::array<Seg, 16> path_{};
  std::size_t depth_ = 0;
};

// Which fields a record had, by bit.
struct Seen {
  std::uint32_t bits = 0;
  void set(int b) { bits |= (1u << b); }
  bool has(int b) const { return (bits >> b) & 1u; }
};

// ===========================================================================
// [SECTION] Records

constexpr std::string_view kEnumScope = "bkpsdm, penilai, pegawai, publik";

// Envelope bits 0..5; own fields use bits 8 and up.
enum MetaBit { kId, kVer, kHlc, kAuthor, kCreated, kUpdated };
constexpr std::array<std::string_view, 6> kMetaNames{"id", "ver", "hlc", "author", "created", "updated"};

bool read_meta_field(Reader& r, std::string_view key, sj::value& v, RecordMeta& m, Seen& seen) {
  // envelope keys are 2, 3, 6 or 7 characters long: most own fields leave at once
  auto len = key.size();
  if (len != 2 && len != 3 && len != 6 && len != 7) return false;
  if (key == "id") {
    seen.set(kId);
    if (r.text(v, m.id) && !is_valid_id(m.id)) r.bad_id();
  } else if (key == "ver") {
    seen.set(kVer);
    sj::object obj;
    if (!r.object(v, obj)) return true;
    r.each_field(obj, [&](std::string_view device, sj::value& c) {
      std::int64_t n = 0;
      if (!r.integer(c, n)) return;
      if (!is_valid_id(device)) r.error("id perangkat tidak valid", "invalid device id");
      else if (n <= 0) r.error("penghitung versi harus > 0", "a version counter must be > 0");
      else m.ver.insert_or_assign(std::string(device), n);  // the key moves into the map: one allocation, not two
    });
  } else if (key == "hlc") {
    seen.set(kHlc);
    if (r.text(v, m.hlc) && !is_valid_hlc(m.hlc))
      r.error("hlc harus \"<waktu ISO ms>/<4 digit>/<id perangkat>\"",
              "hlc must be \"<ISO time with ms>/<4 digits>/<device id>\"");
  } else if (key == "author") {
    seen.set(kAuthor);
    r.text(v, m.author);
  } else if (key == "created") {
    seen.set(kCreated);
    r.timestamp(v, m.created);
  } else if (key == "updated") {
    seen.set(kUpdated);
    r.timestamp(v, m.updated);
  } else if (key == "deleted") {
    r.boolean(v, m.deleted);
  } else {
    return false;
  }
  return true;
}

// name == key, for matching a key against a table's names (the hot loop of a
// read): a name of another length or last character is passed over without a
// call to memcmp, which most of the names are (the SKM answers u1..u9 differ
// only in their last character).
[[gnu::always_inline]] inline bool same_key(std::string_view name, std::string_view key) {
  return name.size() == key.size() && !name.empty() && name.back() == key.back() &&
         std::memcmp(name.data(), key.data(), name.size()) == 0;
}

// Index of `key` in `names`, or -1.
template <std::size_t N>
int field_index(const std::array<std::string_view, N>& names, std::string_view key) {
  for (std::size_t i = 0; i < N; ++i)
    if (same_key(names[i], key)) return static_cast<int>(i);
  return -1;
}

// A nested object (no envelope) read by hand: fields through own(index,
// value), required by mask. For the bundle's own parts (scope, conflicts);
// records and their nested parts are read from their descriptions.
template <std::size_t N, typename Own>
void read_plain(Reader& r, sj::value& v, const std::array<std::string_view, N>& names, std::uint32_t required,
                Own&& own) {
  sj::object obj;
  if (!r.object(v, obj)) return;
  Seen seen;
  r.each_field(obj, [&](std::string_view key, sj::value& fv) {
    int i = field_index(names, key);
    if (i < 0) return;
    seen.set(i);
    own(i, fv);
  });
  if (r.stop) return;
  for (std::size_t i = 0; i < N; ++i)
    if (((required >> i) & 1u) && !seen.has(static_cast<int>(i))) r.missing(names[i]);
}

template <typename T, typename Fn>
void read_list(Reader& r, sj::value& v, std::vector<T>& out, Fn&& fn) {
  sj::array arr;
  if (!r.array(v, arr)) return;
  r.each_element(arr, [&](std::size_t, sj::value& el) {
    out.emplace_back();
    fn(el, out.back());
  });
}

// -- described records (core/model/record_fields.hpp) --------------------------
// One field, by kind. `root` is the record being read (as far as it has been
// read), for the Checks of nested objects that depend on it.
template <typename Obj, typename Table, typename Root>
void read_object(Reader& r, sj::value& v, Obj& obj, const Table& table, const Root& root);

template <typename Rec>
void check_text(Reader& r, const std::optional<TextRule>& rule, const std::string& value) {
  if (!rule || value.empty()) return;
  if (const auto problem = rule->problem(value); !problem.empty())
    r.error(std::string(rule->message_id), std::string(rule->message_en) + std::string(problem));
}
template <typename Rec, typename Root>
void read_field(Reader& r, sj::value& f, Rec& x, const Text<Rec>& d, const Root&) {
  if (d.required ? r.text(f, x.*d.member) : r.str(f, x.*d.member)) check_text<Rec>(r, d.rule, x.*d.member);
}
template <typename Rec, typename Root>
void read_field(Reader& r, sj::value& f, Rec& x, const PresentText<Rec>& d, const Root&) { r.str(f, x.*d.member); }
// Ref and Id read alike; they differ in what resolves them.
inline void read_id(Reader& r, sj::value& f, std::string& out, bool required) {
  if (required) r.id_ref(f, out);
  else r.opt_id_ref(f, out);
}
template <typename Rec, typename Root>
void read_field(Reader& r, sj::value& f, Rec& x, const Ref<Rec>& d, const Root&) {
  read_id(r, f, x.*d.member, d.required);
}
template <typename Rec, typename Root>
void read_field(Reader& r, sj::value& f, Rec& x, const Id<Rec>& d, const Root&) {
  read_id(r, f, x.*d.member, d.required);
}
template <typename Rec, typename Root>
void read_field(Reader& r, sj::value& f, Rec& x, const Bool<Rec>& d, const Root&) { r.boolean(f, x.*d.member); }
template <typename Rec, typename Root>
void read_field(Reader& r, sj::value& f, Rec& x, const Flag<Rec>& d, const Root&) { r.boolean(f, x.*d.member); }
template <typename Rec, typename Root>
void read_field(Reader& r, sj::value& f, Rec& x, const IntIn<Rec>& d, const Root&) {
  r.int_in(f, x.*d.member, d.lo, d.hi);
}
template <typename Rec, typename T, typename Root>
void read_field(Reader& r, sj::value& f, Rec& x, const OptInt<Rec, T>& d, const Root&) {
  if (r.is_null(f) || r.stop) return;
  std::int64_t n = 0;
  if (!r.integer(f, n)) return;
  if (n < d.lo || n > d.hi) {
    if (d.out_of_range.id.empty()) r.out_of_range(d.lo, d.hi);
    else r.error(std::string(d.out_of_range.id), std::string(d.out_of_range.en));
    return;
  }
  x.*d.member = static_cast<T>(n);
}
template <typename Rec, typename Root>
void read_field(Reader& r, sj::value& f, Rec& x, const OptNumber<Rec>& d, const Root&) {
  r.opt_number(f, x.*d.member);
}
template <typename Rec, typename Root>
void read_field(Reader& r, sj::value& f, Rec& x, const Date<Rec>& d, const Root&) { r.date(f, x.*d.member); }
template <typename Rec, typename Root>
void read_field(Reader& r, sj::value& f, Rec& x, const Time<Rec>& d, const Root&) {
  if (d.required) r.timestamp(f, x.*d.member);
  else r.opt_timestamp(f, x.*d.member);
}
template <typename Rec, typename E, typename Root>
void read_field(Reader& r, sj::value& f, Rec& x, const Enum<Rec, E>& d, const Root&) {
  r.enumeration(f, x.*d.member, d.parse, d.allowed);
}
template <typename Rec, typename E, typename Root>
void read_field(Reader& r, sj::value& f, Rec& x, const OptEnum<Rec, E>& d, const Root&) {
  r.opt_enumeration(f, x.*d.member, d.parse, d.allowed);
}
template <typename Rec, typename E, typename Root>
void read_field(Reader& r, sj::value& f, Rec& x, const EnumList<Rec, E>& d, const Root&) {
  sj::array arr;
  if (!r.array(f, arr)) return;
  r.each_element(arr, [&](std::size_t, sj::value& el) {
    E value{};
    if (r.enumeration(el, value, d.parse, d.allowed)) (x.*d.member).push_back(value);
  });
}
template <typename Rec, typename Root>
void read_field(Reader& r, sj::value& f, Rec& x, const TextList<Rec>& d, const Root&) {
  r.string_list(f, x.*d.member, false);
}
template <typename Rec, typename Root>
void read_field(Reader& r, sj::value& f, Rec& x, const RefList<Rec>& d, const Root&) {
  r.string_list(f, x.*d.member, true);
}
template <typename Rec, std::size_t N, typename Root>
void read_field(Reader& r, sj::value& f, Rec& x, const Slots<Rec, N>& d, const Root&) {
  sj::object obj;
  if (!r.object(f, obj)) return;
  r.each_field(obj, [&](std::string_view key, sj::value& a) {
    int slot = field_index(*d.keys, key);
    if (slot < 0) return;  // not one of the keys: ignored like any unknown field
    if (r.is_null(a) || r.stop) return;
    int n = 0;
    if (r.int_in(a, n, d.lo, d.hi)) (x.*d.member)[static_cast<std::size_t>(slot)] = static_cast<std::uint8_t>(n);
  });
}
template <typename Rec, typename Sub, typename Table, typename Root>
void read_field(Reader& r, sj::value& f, Rec& x, const List<Rec, Sub, Table>& d, const Root& root) {
  read_list(r, f, x.*d.member, [&](sj::value& el, Sub& sub) { read_object(r, el, sub, *d.table, root); });
}
template <typename Rec, typename Sub, typename Table, typename Root>
void read_field(Reader& r, sj::value& f, Rec& x, const Object<Rec, Sub, Table>& d, const Root& root) {
  read_object(r, f, x.*d.member, *d.table, root);
}
template <typename Rec, typename Sub, typename Table, typename Root>
void read_field(Reader& r, sj::value& f, Rec& x, const OptObject<Rec, Sub, Table>& d, const Root& root) {
  if (r.is_null(f) || r.stop) return;
  Sub sub;
  read_object(r, f, sub, *d.table, root);
  x.*d.member = std::move(sub);
}

// Reads field (key, value) into `obj` when the table has it, marking its bit
// (first_bit + its place in the table); an unknown key is ignored.
template <typename Obj, typename Table, typename Root>
void read_own_field(Reader& r, std::string_view key, sj::value& fv, Obj& obj, const Table& table, Seen& seen,
                    int first_bit, const Root& root) {
  bool done = false;
  fields::for_each(table, [&](std::size_t i, const auto& d) {
    if constexpr (IsField<std::remove_cvref_t<decltype(d)>>) {
      if (done || !same_key(d.name, key)) return;
      done = true;
      seen.set(static_cast<int>(i) + first_bit);
      read_field(r, fv, obj, d, root);
    }
  });
}

// Reports a Check's problems at the object being read.
class CheckReport final : public fields::Report {
 public:
  explicit CheckReport(Reader& r) : r_(r) {}
  void error(std::string_view field, std::string id, std::string en) override {
    if (field.empty()) r_.error(std::move(id), std::move(en));
    else r_.error_at(r_.pointer_with(field), std::move(id), std::move(en));
  }

 private:
  Reader& r_;
};

// After an object's fields: its required fields are there, then its Checks.
template <typename Obj, typename Table, typename Root>
void finish_object(Reader& r, const Obj& obj, const Table& table, const Seen& seen, int first_bit, const Root& root) {
  fields::for_each(table, [&](std::size_t i, const auto& d) {
    if constexpr (IsField<std::remove_cvref_t<decltype(d)>>)
      if (d.required && !seen.has(static_cast<int>(i) + first_bit)) r.missing(d.name);
  });
  if (r.stop) return;
  fields::for_each(table, [&](std::size_t, const auto& d) {
    if constexpr (!IsField<std::remove_cvref_t<decltype(d)>>) {
      CheckReport report(r);
      if constexpr (std::is_invocable_v<decltype(d.fn), fields::Report&, const Obj&, const Root&>)
        d.fn(report, obj, root);
      else
        d.fn(report, obj);
    }
  });
}

// A nested object (no envelope) described by `table`.
template <typename Obj, typename Table, typename Root>
void read_object(Reader& r, sj::value& v, Obj& obj, const Table& table, const Root& root) {
  sj::object o;
  if (!r.object(v, o)) return;
  Seen seen;
  r.each_field(o, [&](std::string_view key, sj::value& fv) { read_own_field(r, key, fv, obj, table, seen, 0, root); });
  if (r.stop) return;
  finish_object(r, obj, table, seen, 0, root);
}

// Reads one record described by `table`: envelope fields, then its own
// fields, then the required ones present and its Checks; a tombstone keeps
// only its envelope.
template <typename Rec, typename Table>
void read_described(Reader& r, sj::value& v, Rec& rec, const Table& table) {
  static_assert(std::tuple_size_v<Table> <= 24, "Seen has 32 bits: 8 for the envelope, 24 for own fields");
  sj::object obj;
  if (!r.object(v, obj)) return;
  Seen seen;
  r.each_field(obj, [&](std::string_view key, sj::value& fv) {
    if (read_meta_field(r, key, fv, rec.meta, seen)) return;
    read_own_field(r, key, fv, rec, table, seen, 8, rec);
  });
  if (r.stop) return;
  for (std::size_t i = 0; i < kMetaNames.size(); ++i)
    if (!seen.has(static_cast<int>(i))) r.missing(kMetaNames[i]);
  if (rec.meta.deleted) {
    Rec tomb;
    tomb.meta = std::move(rec.meta);
    rec = std::move(tomb);
    return;
  }
  finish_object(r, rec, table, seen, 8, rec);
}

// ===========================================================================
// [SECTION] Bundle

template <typename Rec, typename Table>
void read_collection(Reader& r, sj::value& v, std::vector<Rec>& out, const Table& table) {
  read_list(r, v, out, [&](sj::value& el, Rec& rec) { read_described(r, el, rec, table); });
}

void read_data(Reader& r, sj::value& v, Bundle& b) {
  sj::object obj;
  if (!r.object(v, obj)) return;
  std::array<bool, kCollections.size()> seen{};
  r.each_field(obj, [&](std::string_view key, sj::value& c) {
    int i = field_index(kCollections, key);
    if (i < 0) return;
    auto idx = static_cast<std::size_t>(i);
    if (seen[idx]) {
      r.error("koleksi muncul dua kali", "collection appears twice");
      return;
    }
    seen[idx] = true;
    switch (i) {
      case 0: read_collection(r, c, b.units, kUnit); break;
      case 1: read_collection(r, c, b.employees, kEmployee); break;
      case 2: read_collection(r, c, b.periods, kPeriod); break;
      case 3: read_collection(r, c, b.assignments, kAssignment); break;
      case 4: read_collection(r, c, b.indicators, kIndicator); break;
      case 5: read_collection(r, c, b.skps, kSkp); break;
      case 6: read_collection(r, c, b.realisations, kRealisation); break;
      case 7: read_collection(r, c, b.evaluations, kEvaluation); break;
      case 8: read_collection(r, c, b.org_ratings, kOrgRating); break;
      case 9: read_collection(r, c, b.skm_responses, kSkmResponse); break;
      case 10: read_collection(r, c, b.complaints, kComplaint); break;
      case 11: read_collection(r, c, b.trainings, kTraining); break;
      case 12: read_collection(r, c, b.service_volumes, kServiceVolume); break;
    }
  });
}

void read_conflicts(Reader& r, sj::value& v, Bundle& b) {
  read_list(r, v, b.conflicts, [&](sj::value& el, Conflict& c) {
    static constexpr std::array<std::string_view, 3> kFields{"collection", "id", "versions"};
    read_plain(r, el, kFields, 0b111, [&](int j, sj::value& g) {
      if (j == 0) {
        if (r.text(g, c.collection) && field_index(kCollections, c.collection) < 0)
          r.error("koleksi tidak dikenal", "unknown collection");
      } else if (j == 1) {
        r.id_ref(g, c.id);
      } else {
        sj::array arr;
        if (!r.array(g, arr)) return;
        r.each_element(arr, [&](std::size_t, sj::value& rec) {
          auto t = r.type_of(rec);
          if (!t) return;
          if (*t != sj::json_type::object) return void(r.type_error("objek", "an object"));
          sj::object obj;
          if (auto e = rec.get_object().get(obj)) return r.syntax(e);
          std::string_view raw;
          if (auto e = obj.raw_json().get(raw)) return r.syntax(e);
          // canonical compact text, so equal records compare equal
          auto j2 = nlohmann::json::parse(raw, nullptr, false);
          if (j2.is_discarded()) return r.syntax(simdjson::TAPE_ERROR);
          c.versions.push_back(j2.dump());
        });
      }
    });
  });
}

void read_scope(Reader& r, sj::value& v, Scope& s) {
  static constexpr std::array<std::string_view, 2> kFields{"kind", "nip"};
  read_plain(r, v, kFields, 0b01, [&](int j, sj::value& g) {
    if (j == 0) r.enumeration(g, s.kind, parse_scope_kind, kEnumScope);
    else if (r.str(g, s.nip) && !s.nip.empty() && !is_valid_nip(s.nip))
      r.error("NIP tidak valid", "invalid NIP: " + std::string(nip_problem(s.nip)));
  });
  if (!r.stop && (s.kind == ScopeKind::penilai || s.kind == ScopeKind::pegawai) && s.nip.empty())
    r.error_at(r.pointer_with("nip"), "cakupan penilai/pegawai wajib menyebut NIP",
               "a penilai/pegawai scope must name a NIP");
}

// What the walk saw of the two header fields; judged after the walk because
// canonical files put them after "data".
struct Header {
  bool has_format = false, format_is_string = false;
  std::string format;
  bool has_schema = false, schema_is_integer = false;
  std::int64_t schema = 0;
};

// The format/schema gate: nullopt when the document may be read as schema 1,
// else the one error to report.
std::optional<ValidationError> judge_header(const Header& h) {
  const std::string want(kBundleFormat);
  if (!h.has_format)
    return ValidationError{"/format", "bukan file bundel Kinerja Samarinda (kolom format tidak ada)",
                           "not a Kinerja Samarinda bundle (no format field)"};
  if (!h.format_is_string || h.format != want)
    return ValidationError{"/format", "format '" + h.format + "' bukan bundel Kinerja Samarinda (" + want + ")",
                           "format '" + h.format + "' is not a Kinerja Samarinda bundle (" + want + ")"};
  if (!h.has_schema) return ValidationError{"/schema", "kolom schema tidak ada", "schema field is missing"};
  if (!h.schema_is_integer)
    return ValidationError{"/schema", "schema harus bilangan bulat", "schema must be an integer"};
  if (h.schema > kBundleSchema)
    return ValidationError{"/schema",
                           "schema " + std::to_string(h.schema) + " lebih baru dari yang dipahami aplikasi ini (" +
                               std::to_string(kBundleSchema) + "); perbarui aplikasi",
                           "schema " + std::to_string(h.schema) + " is newer than this application understands (" +
                               std::to_string(kBundleSchema) + "); update the application"};
  if (h.schema < 1)
    return ValidationError{"/schema", "schema " + std::to_string(h.schema) + " tidak dikenal",
                           "unknown schema " + std::to_string(h.schema)};
  return std::nullopt;
}

// Walks the root object in file order (after the header gate), filling b.
void read_body(Reader& r, sj::document& doc, Bundle& b, Header& h) {
  sj::object root;
  if (auto e = doc.get_object().get(root)) r.syntax(e);
  bool has_created = false, has_origin = false, has_scope = false, has_data = false;
  if (!r.stop) {
    r.each_field(root, [&](std::string_view key, sj::value& v) {
      if (key == "format") {
        h.has_format = true;
        auto t = r.type_of(v);
        h.format_is_string = t && *t == sj::json_type::string;
        if (h.format_is_string) r.str(v, h.format, false);
      } else if (key == "schema") {
        h.has_schema = true;
        auto t = r.type_of(v);
        if (t && *t == sj::json_type::number) {
          auto e = v.get_int64().get(h.schema);
          h.schema_is_integer = !e;
          if (e && e != simdjson::INCORRECT_TYPE && e != simdjson::NUMBER_OUT_OF_RANGE) r.syntax(e);
        }
      } else if (key == "created") {
        has_created = true;
        r.timestamp(v, b.created);
      } else if (key == "origin") {
        has_origin = true;
        if (r.text(v, b.origin) && !is_valid_id(b.origin)) r.bad_id();
      } else if (key == "scope") {
        has_scope = true;
        read_scope(r, v, b.scope);
      } else if (key == "note") {
        r.str(v, b.note);
      } else if (key == "data") {
        has_data = true;
        read_data(r, v, b);
      } else if (key == "conflicts") {
        if (!r.is_null(v) && !r.stop) read_conflicts(r, v, b);
      }
    });
  }
  // past the root object the iterator must be at the end of the input
  if (!r.stop && !doc.current_location().error()) {
    r.error_at("/", "ada isi lain setelah akhir dokumen JSON", "unexpected content after the end of the JSON document");
  }
  if (!r.stop) {
    if (!has_created) r.missing("created");
    if (!has_origin) r.missing("origin");
    if (!has_scope) r.missing("scope");
    if (!has_data) r.missing("data");
  }
}

ParseResult parse_padded(simdjson::padded_string_view padded, bool cross_checks = true) {
  ParseResult result;
  auto fail = [&](std::string ptr, std::string id, std::string en) {
    result.errors.push_back({std::move(ptr), std::move(id), std::move(en)});
    return result;
  };
  if (padded.size() == 0) return fail("/", "file kosong", "empty file");

  sj::parser parser;
  sj::document doc;
  if (auto e = parser.iterate(padded).get(doc)) {
    std::string reason = simdjson::error_message(e);
    return fail("/", "JSON tidak valid: " + reason, "invalid JSON: " + reason);
  }
  Reader r(doc, padded.data(), padded.size());

  sj::json_type root_type;
  if (auto e = doc.type().get(root_type)) {
    std::string reason = simdjson::error_message(e);
    return fail("/", "JSON tidak valid: " + reason, "invalid JSON: " + reason);
  }
  if (root_type != sj::json_type::object)
    return fail("/", "dokumen harus berupa objek JSON", "the document must be a JSON object");

  Bundle b;
  Header header;
  read_body(r, doc, b, header);
  // broken JSON first (a field that looks missing may sit behind it), then the
  // format/schema gate, which alone decides when it fails
  if (r.syntax_failed) {
    result.errors = {r.errors.back()};
    return result;
  }
  if (auto refusal = judge_header(header)) {
    result.errors = {std::move(*refusal)};
    return result;
  }
  if (r.errors.empty() && cross_checks) {
    auto cross = check_bundle(b);
    for (auto& e : cross) {
      if (r.errors.size() >= kMaxParseErrors) {
        r.errors.push_back({"/", "terlalu banyak kesalahan; sisanya tidak ditampilkan", "too many errors; the rest are not listed"});
        break;
      }
      r.errors.push_back(std::move(e));
    }
  }
  if (r.errors.empty()) result.bundle = std::move(b);
  else result.errors = std::move(r.errors);
  return result;
}

} // namespace

ParseResult parse_bundle(std::string_view bytes) {
  simdjson::padded_string padded(bytes);
  return parse_padded(padded);
}

ParseResult parse_bundle_in_place(std::string& bytes) {
  // room for simdjson's padding after the text, without copying it elsewhere
  if (bytes.capacity() < bytes.size() + simdjson::SIMDJSON_PADDING) bytes.reserve(bytes.size() + simdjson::SIMDJSON_PADDING);
  return parse_padded(simdjson::padded_string_view(bytes.data(), bytes.size(), bytes.capacity()));
}

ParseResult parse_records_unchecked(std::string_view bytes) {
  simdjson::padded_string padded(bytes);
  return parse_padded(padded, /*cross_checks=*/false);
}

bool read_file_bytes(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  in.seekg(0, std::ios::end);
  auto end = in.tellg();
  if (in && end >= 0) {
    // one allocation, with room for the parser's padding
    auto size = static_cast<std::size_t>(end);
    out.clear();
    out.reserve(size + simdjson::SIMDJSON_PADDING);
    out.resize(size);
    in.seekg(0, std::ios::beg);
    in.read(out.data(), static_cast<std::streamsize>(size));
    return static_cast<std::size_t>(in.gcount()) == size;
  }
  // not seekable (a pipe): read it as a stream
  in.clear();
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return false;
  out = std::move(ss).str();
  return true;
}

ParseResult parse_bundle_file(const std::string& path) {
  std::string bytes;
  if (!read_file_bytes(path, bytes)) {
    ParseResult r;
    r.errors.push_back({"/", "file tidak dapat dibaca: " + path, "cannot read file: " + path});
    return r;
  }
  return parse_bundle_in_place(bytes);
}

} // namespace kinerja
