// parse_bundle: simdjson on-demand walk over a bundle, filling the typed model
// and collecting every problem with its JSON pointer. Structure:
//   [SECTION] Reader      path tracking, error recording, typed value readers
//   [SECTION] Records     one reader per record type (envelope first)
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
    if (i < lo || i > hi) {
      error("di luar rentang " + std::to_string(lo) + "–" + std::to_string(hi),
            "out of range " + std::to_string(lo) + "–" + std::to_string(hi));
      return false;
    }
    out = static_cast<int>(i);
    return true;
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

constexpr std::string_view kEnumPendekatan = "kuantitatif, kualitatif";
constexpr std::string_view kEnumKategori = "utama, tambahan";
constexpr std::string_view kEnumPerspektif = "penerima-layanan, proses-bisnis, penguatan-internal, anggaran";
constexpr std::string_view kEnumNilai =
    "berorientasi-pelayanan, akuntabel, kompeten, harmonis, loyal, adaptif, kolaboratif";
constexpr std::string_view kEnumRating = "di-bawah, sesuai, di-atas";
constexpr std::string_view kEnumPredikat = "sangat-kurang, kurang, butuh-perbaikan, baik, sangat-baik";
constexpr std::string_view kEnumKeputusan = "diterima, ditolak";
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
      else m.ver[std::string(device)] = n;
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

// Own field names by bit (bit b is own field b-8).
template <std::size_t N>
void require(Reader& r, const Seen& seen, const RecordMeta& m, const std::array<std::string_view, N>& own,
             std::uint32_t required_mask) {
  for (std::size_t i = 0; i < kMetaNames.size(); ++i)
    if (!seen.has(static_cast<int>(i))) r.missing(kMetaNames[i]);
  if (m.deleted) return;  // a tombstone's own fields may be absent
  for (std::size_t i = 0; i < N; ++i)
    if (((required_mask >> i) & 1u) && !seen.has(static_cast<int>(i + 8))) r.missing(own[i]);
}

// Index of `key` in `names`, or -1.
template <std::size_t N>
int field_index(const std::array<std::string_view, N>& names, std::string_view key) {
  for (std::size_t i = 0; i < N; ++i)
    if (names[i] == key) return static_cast<int>(i);
  return -1;
}

// Reads one record object: envelope fields, then own fields through
// own(index, value, record); then checks required fields; a tombstone keeps
// only its envelope.
template <typename Rec, std::size_t N, typename Own>
void read_record(Reader& r, sj::value& v, Rec& rec, const std::array<std::string_view, N>& names,
                 std::uint32_t required_mask, Own&& own) {
  sj::object obj;
  if (!r.object(v, obj)) return;
  Seen seen;
  r.each_field(obj, [&](std::string_view key, sj::value& fv) {
    if (read_meta_field(r, key, fv, rec.meta, seen)) return;
    int i = field_index(names, key);
    if (i < 0) return;  // unknown field: ignored
    seen.set(i + 8);
    own(i, fv, rec);
  });
  if (r.stop) return;
  require(r, seen, rec.meta, names, required_mask);
  if (rec.meta.deleted) {
    Rec tomb;
    tomb.meta = std::move(rec.meta);
    rec = std::move(tomb);
  }
}

// One field of a described record (core/model/record_fields.hpp), by kind.
template <typename Rec>
void check_text(Reader& r, const std::optional<TextRule>& rule, const std::string& value) {
  if (!rule || value.empty()) return;
  if (const auto problem = rule->problem(value); !problem.empty())
    r.error(std::string(rule->message_id), std::string(rule->message_en) + std::string(problem));
}
template <typename Rec>
void read_field(Reader& r, sj::value& f, Rec& x, const Text<Rec>& d) {
  if (d.required ? r.text(f, x.*d.member) : r.str(f, x.*d.member)) check_text<Rec>(r, d.rule, x.*d.member);
}
template <typename Rec>
void read_field(Reader& r, sj::value& f, Rec& x, const Ref<Rec>& d) {
  if (d.required) r.id_ref(f, x.*d.member);
  else r.opt_id_ref(f, x.*d.member);
}
template <typename Rec>
void read_field(Reader& r, sj::value& f, Rec& x, const Bool<Rec>& d) { r.boolean(f, x.*d.member); }
template <typename Rec>
void read_field(Reader& r, sj::value& f, Rec& x, const IntIn<Rec>& d) { r.int_in(f, x.*d.member, d.lo, d.hi); }
template <typename Rec>
void read_field(Reader& r, sj::value& f, Rec& x, const Date<Rec>& d) { r.date(f, x.*d.member); }
template <typename Rec>
void read_field(Reader& r, sj::value& f, Rec& x, const Time<Rec>& d) {
  if (d.required) r.timestamp(f, x.*d.member);
  else r.opt_timestamp(f, x.*d.member);
}
template <typename Rec, typename E>
void read_field(Reader& r, sj::value& f, Rec& x, const Enum<Rec, E>& d) {
  r.enumeration(f, x.*d.member, d.parse, d.allowed);
}
template <typename Rec, typename E>
void read_field(Reader& r, sj::value& f, Rec& x, const OptEnum<Rec, E>& d) {
  r.opt_enumeration(f, x.*d.member, d.parse, d.allowed);
}

// Reads one record described by `table`: envelope fields, then its own
// fields, then the required ones present; a tombstone keeps only its envelope.
template <typename Rec, typename Table>
void read_described(Reader& r, sj::value& v, Rec& rec, const Table& table) {
  sj::object obj;
  if (!r.object(v, obj)) return;
  Seen seen;
  r.each_field(obj, [&](std::string_view key, sj::value& fv) {
    if (read_meta_field(r, key, fv, rec.meta, seen)) return;
    bool done = false;
    fields::for_each(table, [&](std::size_t i, const auto& d) {
      if (done || d.name != key) return;
      done = true;
      seen.set(static_cast<int>(i) + 8);
      read_field(r, fv, rec, d);
    });  // an unknown field is ignored
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
  fields::for_each(table, [&](std::size_t i, const auto& d) {
    if (d.required && !seen.has(static_cast<int>(i) + 8)) r.missing(d.name);
  });
}

// -- units, employees, periods, assignments, indicators ------------------------
void read_unit(Reader& r, sj::value& v, Unit& u) { read_described(r, v, u, kUnit); }
void read_employee(Reader& r, sj::value& v, Employee& e) { read_described(r, v, e, kEmployee); }
void read_period(Reader& r, sj::value& v, Period& p) {
  read_described(r, v, p, kPeriod);
  if (r.stop || p.meta.deleted) return;
  auto s = parse_date(p.start), e = parse_date(p.end);
  if (s && e && *s > *e)
    r.error_at(r.pointer_with("end"), "akhir periode sebelum awalnya", "the period ends before it starts");
}
void read_assignment(Reader& r, sj::value& v, Assignment& a) { read_described(r, v, a, kAssignment); }
void read_indicator(Reader& r, sj::value& v, Indicator& d) { read_described(r, v, d, kIndicator); }

// -- skps --------------------------------------------------------------------
// A nested object (no envelope): fields through own(index, value), required by mask.
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

constexpr std::array<std::string_view, 9> kSkpIndicatorFields{
    "id", "library_id", "text", "aspek", "polaritas", "target", "target_min", "target_max", "satuan"};
void read_skp_indicator(Reader& r, sj::value& v, SkpIndicator& d, Pendekatan pendekatan) {
  read_plain(r, v, kSkpIndicatorFields, 0b11101, [&](int i, sj::value& f) {
    switch (i) {
      case 0: r.id_ref(f, d.id); break;
      case 1: r.opt_id_ref(f, d.library_id); break;
      case 2: r.text(f, d.text); break;
      case 3: r.enumeration(f, d.aspek, parse_aspek, kEnumAspek); break;
      case 4: r.enumeration(f, d.polaritas, parse_polaritas, kEnumPolaritas); break;
      case 5: r.opt_number(f, d.target); break;
      case 6: r.opt_number(f, d.target_min); break;
      case 7: r.opt_number(f, d.target_max); break;
      case 8: r.str(f, d.satuan); break;
    }
  });
  if (r.stop || d.polaritas == Polaritas::invalid) return;
  // Targets by polaritas. A kualitatif SKP may state the expectation in words only.
  bool quantitative = pendekatan != Pendekatan::kualitatif;
  if (d.polaritas == Polaritas::rentang) {
    if (quantitative && (!d.target_min || !d.target_max))
      r.error("polaritas rentang butuh target_min dan target_max",
              "polaritas rentang needs target_min and target_max");
    else if (d.target_min && d.target_max && *d.target_min > *d.target_max)
      r.error_at(r.pointer_with("target_max"), "target_max lebih kecil dari target_min",
                 "target_max is less than target_min");
  } else if (quantitative && !d.target) {
    r.missing("target");
  }
}

constexpr std::array<std::string_view, 7> kRhkFields{"id", "kategori", "text", "rhk_atasan_id",
                                                     "rhk_atasan_text", "perspektif", "indicators"};
void read_rhk(Reader& r, sj::value& v, Rhk& h, Pendekatan pendekatan) {
  read_plain(r, v, kRhkFields, 0b1000111, [&](int i, sj::value& f) {
    switch (i) {
      case 0: r.id_ref(f, h.id); break;
      case 1: r.enumeration(f, h.kategori, parse_kategori_rhk, kEnumKategori); break;
      case 2: r.text(f, h.text); break;
      case 3: r.opt_id_ref(f, h.rhk_atasan_id); break;
      case 4: r.str(f, h.rhk_atasan_text); break;
      case 5: r.opt_enumeration(f, h.perspektif, parse_perspektif, kEnumPerspektif); break;
      case 6:
        read_list(r, f, h.indicators,
                  [&](sj::value& el, SkpIndicator& d) { read_skp_indicator(r, el, d, pendekatan); });
        break;
    }
  });
}

constexpr std::array<std::string_view, 2> kEkspektasiFields{"nilai", "text"};
constexpr std::array<std::string_view, 3> kLampiranFields{"dukungan_sumber_daya", "skema_pertanggungjawaban",
                                                          "konsekuensi"};
constexpr std::array<std::string_view, 6> kSkpFields{"employee_id", "year", "pendekatan",
                                                     "rhk",         "ekspektasi", "lampiran"};
void read_skp(Reader& r, sj::value& v, Skp& s) {
  // pendekatan may follow rhk in the file, so the target rule needs a second look:
  // rhk are read assuming kuantitatif only when pendekatan is already known.
  read_record(r, v, s, kSkpFields, 0b001111, [&](int i, sj::value& f, Skp& x) {
    switch (i) {
      case 0: r.id_ref(f, x.employee_id); break;
      case 1: r.int_in(f, x.year, 1990, 2200); break;
      case 2: r.enumeration(f, x.pendekatan, parse_pendekatan, kEnumPendekatan); break;
      case 3:
        read_list(r, f, x.rhk, [&](sj::value& el, Rhk& h) {
          // unknown pendekatan yet (keys out of order): check targets leniently here and
          // strictly in check_bundle, which sees the whole record.
          read_rhk(r, el, h, x.pendekatan == Pendekatan::invalid ? Pendekatan::kualitatif : x.pendekatan);
        });
        break;
      case 4:
        read_list(r, f, x.ekspektasi, [&](sj::value& el, EkspektasiKhusus& k) {
          read_plain(r, el, kEkspektasiFields, 0b11, [&](int j, sj::value& g) {
            if (j == 0) r.enumeration(g, k.nilai, parse_nilai_berakhlak, kEnumNilai);
            else r.str(g, k.text);
          });
        });
        break;
      case 5:
        read_plain(r, f, kLampiranFields, 0, [&](int j, sj::value& g) {
          auto& list = j == 0 ? x.lampiran.dukungan_sumber_daya
                              : j == 1 ? x.lampiran.skema_pertanggungjawaban : x.lampiran.konsekuensi;
          r.string_list(g, list, false);
        });
        break;
    }
  });
}

// -- realisations ------------------------------------------------------------
constexpr std::array<std::string_view, 4> kEvidenceFields{"link", "note", "sha256", "size"};
void read_evidence(Reader& r, sj::value& v, Evidence& ev) {
  read_plain(r, v, kEvidenceFields, 0, [&](int i, sj::value& f) {
    switch (i) {
      case 0:
        if (r.str(f, ev.link) && !ev.link.empty() && ev.link.rfind("https://", 0) != 0 &&
            ev.link.rfind("http://", 0) != 0)
          r.error("tautan harus diawali https:// atau http://", "a link must start with https:// or http://");
        break;
      case 1: r.str(f, ev.note); break;
      case 2:
        if (r.str(f, ev.sha256) && !ev.sha256.empty()) {
          bool ok = ev.sha256.size() == 64;
          for (char c : ev.sha256) ok = ok && ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
          if (!ok) r.error("sha256 harus 64 digit heksadesimal huruf kecil", "sha256 must be 64 lower-case hex digits");
        }
        break;
      case 3: {
        if (r.is_null(f)) break;
        std::int64_t n = 0;
        if (r.integer(f, n)) {
          if (n < 0) r.error("ukuran tidak boleh negatif", "size must not be negative");
          else ev.size = n;
        }
        break;
      }
    }
  });
}

constexpr std::array<std::string_view, 7> kRealisationFields{"skp_id", "indicator_id", "period_id", "value",
                                                             "text",   "evidence",     "submitted"};
void read_realisation(Reader& r, sj::value& v, Realisation& z) {
  read_record(r, v, z, kRealisationFields, 0b0000111, [&](int i, sj::value& f, Realisation& x) {
    switch (i) {
      case 0: r.id_ref(f, x.skp_id); break;
      case 1: r.id_ref(f, x.indicator_id); break;
      case 2: r.id_ref(f, x.period_id); break;
      case 3: r.opt_number(f, x.value); break;
      case 4: r.str(f, x.text); break;
      case 5: read_list(r, f, x.evidence, [&](sj::value& el, Evidence& ev) { read_evidence(r, el, ev); }); break;
      case 6: r.opt_timestamp(f, x.submitted); break;
    }
  });
}

// -- evaluations -------------------------------------------------------------
constexpr std::array<std::string_view, 5> kPerilakuFields{"nilai", "self_rating", "self_note", "rating",
                                                          "umpan_balik"};
constexpr std::array<std::string_view, 2> kUmpanBalikFields{"rhk_id", "text"};
constexpr std::array<std::string_view, 7> kKeberatanFields{
    "text", "submitted", "penjelasan_penilai", "decision", "decision_note", "decided_by", "predikat_akhir"};
constexpr std::array<std::string_view, 12> kEvaluationFields{
    "employee_id", "period_id",      "perilaku",  "rating_hasil_kerja", "rating_perilaku", "reason",
    "umpan_balik_rhk", "predikat",   "recommendations", "keberatan",   "self_submitted",  "rated"};

void read_evaluation(Reader& r, sj::value& v, Evaluation& ev) {
  read_record(r, v, ev, kEvaluationFields, 0b11, [&](int i, sj::value& f, Evaluation& x) {
    switch (i) {
      case 0: r.id_ref(f, x.employee_id); break;
      case 1: r.id_ref(f, x.period_id); break;
      case 2:
        read_list(r, f, x.perilaku, [&](sj::value& el, PerilakuNilai& p) {
          read_plain(r, el, kPerilakuFields, 0b1, [&](int j, sj::value& g) {
            switch (j) {
              case 0: r.enumeration(g, p.nilai, parse_nilai_berakhlak, kEnumNilai); break;
              case 1: r.opt_enumeration(g, p.self_rating, parse_rating, kEnumRating); break;
              case 2: r.str(g, p.self_note); break;
              case 3: r.opt_enumeration(g, p.rating, parse_rating, kEnumRating); break;
              case 4: r.str(g, p.umpan_balik); break;
            }
          });
        });
        break;
      case 3: r.opt_enumeration(f, x.rating_hasil_kerja, parse_rating, kEnumRating); break;
      case 4: r.opt_enumeration(f, x.rating_perilaku, parse_rating, kEnumRating); break;
      case 5: r.str(f, x.reason); break;
      case 6:
        read_list(r, f, x.umpan_balik_rhk, [&](sj::value& el, UmpanBalikRhk& u) {
          read_plain(r, el, kUmpanBalikFields, 0b11, [&](int j, sj::value& g) {
            if (j == 0) r.id_ref(g, u.rhk_id);
            else r.str(g, u.text);
          });
        });
        break;
      case 7: r.opt_enumeration(f, x.predikat, parse_predikat, kEnumPredikat); break;
      case 8: r.string_list(f, x.recommendations, true); break;
      case 9: {
        if (r.is_null(f)) break;
        if (r.stop) break;
        Keberatan k;
        read_plain(r, f, kKeberatanFields, 0b1, [&](int j, sj::value& g) {
          switch (j) {
            case 0: r.text(g, k.text); break;
            case 1: r.opt_timestamp(g, k.submitted); break;
            case 2: r.str(g, k.penjelasan_penilai); break;
            case 3: r.opt_enumeration(g, k.decision, parse_keputusan, kEnumKeputusan); break;
            case 4: r.str(g, k.decision_note); break;
            case 5: r.opt_id_ref(g, k.decided_by); break;
            case 6: r.opt_enumeration(g, k.predikat_akhir, parse_predikat, kEnumPredikat); break;
          }
        });
        x.keberatan = std::move(k);
        break;
      }
      case 10: r.opt_timestamp(f, x.self_submitted); break;
      case 11: r.opt_timestamp(f, x.rated); break;
    }
  });
}

// -- org_ratings -------------------------------------------------------------
void read_org_rating(Reader& r, sj::value& v, OrgRating& o) { read_described(r, v, o, kOrgRating); }

// -- skm_responses -----------------------------------------------------------
constexpr std::array<std::string_view, 4> kRespondentFields{"jenis_kelamin", "umur", "pendidikan", "pekerjaan"};
constexpr std::array<std::string_view, 5> kSkmFields{"unit_id", "period_id", "timestamp", "answers", "respondent"};
constexpr std::array<std::string_view, 9> kUnsur{"u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9"};

void read_skm(Reader& r, sj::value& v, SkmResponse& s) {
  read_record(r, v, s, kSkmFields, 0b01111, [&](int i, sj::value& f, SkmResponse& x) {
    switch (i) {
      case 0: r.id_ref(f, x.unit_id); break;
      case 1: r.id_ref(f, x.period_id); break;
      case 2: r.timestamp(f, x.timestamp); break;
      case 3: {
        sj::object obj;
        if (!r.object(f, obj)) break;
        r.each_field(obj, [&](std::string_view key, sj::value& a) {
          int u = field_index(kUnsur, key);
          if (u < 0) return;  // not an unsur: ignored like any unknown field
          if (r.is_null(a)) return;
          if (r.stop) return;
          int n = 0;
          if (r.int_in(a, n, 1, 4)) x.answers[static_cast<std::size_t>(u)] = static_cast<std::uint8_t>(n);
        });
        break;
      }
      case 4: {
        if (r.is_null(f) || r.stop) break;
        Respondent p;
        read_plain(r, f, kRespondentFields, 0, [&](int j, sj::value& g) {
          switch (j) {
            case 0:
              if (r.str(g, p.jenis_kelamin) && !p.jenis_kelamin.empty() && p.jenis_kelamin != "l" &&
                  p.jenis_kelamin != "p")
                r.error("jenis_kelamin harus \"l\" atau \"p\"", "jenis_kelamin must be \"l\" or \"p\"");
              break;
            case 1: {
              if (r.is_null(g) || r.stop) break;
              int n = 0;
              if (r.int_in(g, n, 10, 120)) p.umur = n;
              break;
            }
            case 2: r.str(g, p.pendidikan); break;
            case 3: r.str(g, p.pekerjaan); break;
          }
        });
        x.respondent = std::move(p);
        break;
      }
    }
  });
}

// -- complaints --------------------------------------------------------------
void read_complaint(Reader& r, sj::value& v, Complaint& c) {
  read_described(r, v, c, kComplaint);
  if (r.stop || c.meta.deleted) return;
  auto rec = parse_timestamp_ms(c.received);
  auto first = parse_timestamp_ms(c.first_response);
  auto done = parse_timestamp_ms(c.resolved);
  if (rec && first && *first < *rec)
    r.error_at(r.pointer_with("first_response"), "tanggapan pertama sebelum pengaduan diterima",
               "first response is before the complaint was received");
  if (rec && done && *done < *rec)
    r.error_at(r.pointer_with("resolved"), "selesai sebelum pengaduan diterima",
               "resolved before the complaint was received");
}

// -- trainings ---------------------------------------------------------------
constexpr std::array<std::string_view, 5> kTrainingFields{"title", "description", "nilai", "aspek", "hours"};
void read_training(Reader& r, sj::value& v, Training& t) {
  read_record(r, v, t, kTrainingFields, 0b00001, [&](int i, sj::value& f, Training& x) {
    switch (i) {
      case 0: r.text(f, x.title); break;
      case 1: r.str(f, x.description); break;
      case 2: {
        sj::array arr;
        if (!r.array(f, arr)) break;
        r.each_element(arr, [&](std::size_t, sj::value& el) {
          NilaiBerakhlak n{};
          if (r.enumeration(el, n, parse_nilai_berakhlak, kEnumNilai)) x.nilai.push_back(n);
        });
        break;
      }
      case 3: {
        sj::array arr;
        if (!r.array(f, arr)) break;
        r.each_element(arr, [&](std::size_t, sj::value& el) {
          Aspek a{};
          if (r.enumeration(el, a, parse_aspek, kEnumAspek)) x.aspek.push_back(a);
        });
        break;
      }
      case 4: {
        if (r.is_null(f) || r.stop) break;
        int n = 0;
        if (r.int_in(f, n, 0, 10000)) x.hours = n;
        break;
      }
    }
  });
}

// ===========================================================================
// [SECTION] Bundle

template <typename Rec, typename Fn>
void read_collection(Reader& r, sj::value& v, std::vector<Rec>& out, Fn&& fn) {
  sj::array arr;
  if (!r.array(v, arr)) return;
  r.each_element(arr, [&](std::size_t, sj::value& el) {
    out.emplace_back();
    fn(r, el, out.back());
  });
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
      case 0: read_collection(r, c, b.units, read_unit); break;
      case 1: read_collection(r, c, b.employees, read_employee); break;
      case 2: read_collection(r, c, b.periods, read_period); break;
      case 3: read_collection(r, c, b.assignments, read_assignment); break;
      case 4: read_collection(r, c, b.indicators, read_indicator); break;
      case 5: read_collection(r, c, b.skps, read_skp); break;
      case 6: read_collection(r, c, b.realisations, read_realisation); break;
      case 7: read_collection(r, c, b.evaluations, read_evaluation); break;
      case 8: read_collection(r, c, b.org_ratings, read_org_rating); break;
      case 9: read_collection(r, c, b.skm_responses, read_skm); break;
      case 10: read_collection(r, c, b.complaints, read_complaint); break;
      case 11: read_collection(r, c, b.trainings, read_training); break;
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
