// Bundle files in and out (see bundle_io.hpp).
#include "core/sync/bundle_io.hpp"

#include <algorithm>
#include <cstdint>
#include <map>

#include "core/sync/join.hpp"

namespace kinerja {
namespace {

using nlohmann::json;

ValidationError err(std::string pointer, std::string id, std::string en) {
  return {std::move(pointer), std::move(id), std::move(en)};
}

void add(std::vector<ValidationError>& errors, ValidationError e) {
  if (errors.size() < kMaxErrors) {
    errors.push_back(std::move(e));
  } else if (errors.size() == kMaxErrors) {
    errors.push_back(err("/", "terlalu banyak kesalahan; sisanya tidak ditampilkan",
                         "too many errors; the rest are not shown"));
  }
}

// A single pass over the raw bytes, before any parser sees them: a nesting
// depth a recursive reader could choke on is refused here.
std::optional<std::size_t> too_deep_at(std::string_view bytes) {
  std::size_t depth = 0;
  bool in_string = false, escaped = false;
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    const char c = bytes[i];
    if (in_string) {
      if (escaped) escaped = false;
      else if (c == '\\') escaped = true;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > kMaxDepth) return i;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return std::nullopt;
}

std::size_t line_of(std::string_view bytes, std::size_t offset) {
  offset = std::min(offset, bytes.size());
  return 1 + static_cast<std::size_t>(std::count(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

void check_header(const json& root, BundleHeader& h, std::vector<ValidationError>& errors) {
  const auto created = root.find("created");
  if (created == root.end() || !created->is_string() || !parse_iso(created->get<std::string>()))
    add(errors, err("/created", "\"created\" harus waktu ISO 8601 UTC, mis. 2026-11-28T12:00:00Z",
                    "\"created\" must be an ISO 8601 UTC time, e.g. 2026-11-28T12:00:00Z"));
  else
    h.created = created->get<std::string>();
  const auto origin = root.find("origin");
  if (origin == root.end() || !origin->is_string() || !is_valid_id(origin->get<std::string>()))
    add(errors, err("/origin", "\"origin\" harus id perangkat (1–64 karakter A-Z a-z 0-9 . _ : -)",
                    "\"origin\" must be a device id (1–64 of A-Z a-z 0-9 . _ : -)"));
  else
    h.origin = origin->get<std::string>();
  if (const auto note = root.find("note"); note != root.end() && note->is_string()) h.note = note->get<std::string>();
  const auto scope = root.find("scope");
  if (scope == root.end() || !scope->is_object()) {
    add(errors, err("/scope", "\"scope\" harus objek dengan \"kind\"", "\"scope\" must be an object with \"kind\""));
    return;
  }
  const auto kind = scope->find("kind");
  const std::string k = kind != scope->end() && kind->is_string() ? kind->get<std::string>() : "";
  if (k != "bkpsdm" && k != "penilai" && k != "pegawai" && k != "publik") {
    add(errors, err("/scope/kind", "\"kind\" harus bkpsdm, penilai, pegawai atau publik",
                    "\"kind\" must be bkpsdm, penilai, pegawai or publik"));
    return;
  }
  h.scope.kind = parse_scope_kind(k).value_or(ScopeKind::invalid);
  if (k == "penilai" || k == "pegawai") {
    const auto nip = scope->find("nip");
    if (nip == scope->end() || !nip->is_string() || !is_valid_nip(nip->get<std::string>()))
      add(errors, err("/scope/nip", "cakupan " + k + " memerlukan \"nip\" 18 digit yang sah",
                      "scope " + k + " needs a valid 18-digit \"nip\""));
    else
      h.scope.nip = nip->get<std::string>();
  }
}

// Reads one collection's records into `store`, checking envelopes and ids.
void read_collection(const std::string& name, json& records, Store& store,
                     std::vector<ValidationError>& errors) {
  const std::string base = "/data/" + json_pointer_token(name);
  if (!records.is_array()) {
    add(errors, err(base, "koleksi harus berupa larik (array)", "a collection must be an array"));
    return;
  }
  std::map<std::string, std::size_t, std::less<>> seen;
  for (std::size_t i = 0; i < records.size(); ++i) {
    const std::string ptr = base + "/" + std::to_string(i);
    json& r = records[i];
    const std::size_t before = errors.size();
    check_envelope(r, ptr, errors);
    if (errors.size() != before) continue;
    const std::string& id = r.at("id").get_ref<const std::string&>();
    const auto [it, fresh] = seen.emplace(id, i);
    if (!fresh) {
      add(errors, err(ptr + "/id", "id \"" + id + "\" ganda (juga di " + base + "/" + std::to_string(it->second) + ")",
                      "duplicate id \"" + id + "\" (also at " + base + "/" + std::to_string(it->second) + ")"));
      continue;
    }
    if (errors.empty()) join_version(store, name, std::move(r));
  }
}

void read_conflicts(const json& conflicts, Store& store, std::vector<ValidationError>& errors) {
  if (!conflicts.is_array()) {
    add(errors, err("/conflicts", "\"conflicts\" harus larik", "\"conflicts\" must be an array"));
    return;
  }
  for (std::size_t i = 0; i < conflicts.size(); ++i) {
    const std::string ptr = "/conflicts/" + std::to_string(i);
    const json& c = conflicts[i];
    const auto col = c.is_object() ? c.find("collection") : c.end();
    const auto id = c.is_object() ? c.find("id") : c.end();
    const auto versions = c.is_object() ? c.find("versions") : c.end();
    if (!c.is_object() || col == c.end() || !col->is_string() || !is_valid_id(col->get<std::string>()) ||
        id == c.end() || !id->is_string() || versions == c.end() || !versions->is_array() || versions->empty()) {
      add(errors, err(ptr, "konflik harus berisi \"collection\", \"id\" dan \"versions\" (larik tidak kosong)",
                      "a conflict needs \"collection\", \"id\" and \"versions\" (a non-empty array)"));
      continue;
    }
    for (std::size_t k = 0; k < versions->size(); ++k) {
      const std::string vptr = ptr + "/versions/" + std::to_string(k);
      const json& v = (*versions)[k];
      const std::size_t before = errors.size();
      check_envelope(v, vptr, errors);
      if (errors.size() != before) continue;
      if (v.at("id") != *id) {
        add(errors, err(vptr + "/id", "id versi berbeda dari id konflik", "the version's id differs from the conflict's id"));
        continue;
      }
      if (errors.empty()) join_version(store, col->get<std::string>(), v);
    }
  }
}

void write_string(std::string& out, std::string_view s) { out += json(s).dump(); }

}  // namespace

BundleRead read_bundle(std::string_view bytes, const ReadOptions& opt) {
  BundleRead out;
  auto& errors = out.errors;
  if (bytes.size() > opt.max_bytes) {
    const auto mb = [](std::size_t n) { return std::to_string((n + 999'999) / 1'000'000); };
    add(errors, err("/", "berkas terlalu besar: " + mb(bytes.size()) + " MB (maksimum " + mb(opt.max_bytes) + " MB); bagi per OPD atau per periode",
                    "file too large: " + mb(bytes.size()) + " MB (at most " + mb(opt.max_bytes) + " MB); split it per OPD or per period"));
    return out;
  }
  if (const auto at = too_deep_at(bytes)) {
    add(errors, err("/", "struktur bersarang terlalu dalam (lebih dari " + std::to_string(kMaxDepth) + " tingkat) di baris " + std::to_string(line_of(bytes, *at)),
                    "nesting too deep (more than " + std::to_string(kMaxDepth) + " levels) at line " + std::to_string(line_of(bytes, *at))));
    return out;
  }
  json root;
  try {
    root = json::parse(bytes.begin(), bytes.end());
  } catch (const json::parse_error& e) {
    const std::size_t byte = e.byte == 0 ? 0 : e.byte - 1;
    if (byte >= bytes.size() || bytes.find_first_not_of(" \t\r\n") == std::string_view::npos)
      add(errors, err("/", "berkas terpotong atau kosong: JSON berakhir sebelum selesai (byte " + std::to_string(bytes.size()) + ")",
                      "file is truncated or empty: the JSON ends before it is complete (byte " + std::to_string(bytes.size()) + ")"));
    else
      add(errors, err("/", "JSON rusak di baris " + std::to_string(line_of(bytes, byte)) + " (byte " + std::to_string(byte) + ")",
                      "malformed JSON at line " + std::to_string(line_of(bytes, byte)) + " (byte " + std::to_string(byte) + ")"));
    return out;
  } catch (const std::exception&) {
    add(errors, err("/", "JSON tidak dapat dibaca", "the JSON cannot be read"));
    return out;
  }
  if (!root.is_object()) {
    add(errors, err("/", "bundel harus berupa objek JSON", "a bundle must be a JSON object"));
    return out;
  }
  const auto format = root.find("format");
  if (format == root.end() || !format->is_string() || *format != kBundleFormat) {
    add(errors, err("/format", "bukan bundel Kinerja Samarinda: \"format\" harus \"" + std::string(kBundleFormat) + "\"",
                    "not a Kinerja Samarinda bundle: \"format\" must be \"" + std::string(kBundleFormat) + "\""));
    return out;
  }
  const auto schema = root.find("schema");
  if (schema == root.end() || !schema->is_number_integer() || schema->get<std::int64_t>() < 1) {
    add(errors, err("/schema", "\"schema\" harus bilangan bulat ≥ 1", "\"schema\" must be an integer ≥ 1"));
    return out;
  }
  if (schema->get<std::int64_t>() > kBundleSchema) {
    const std::string n = std::to_string(schema->get<std::int64_t>());
    add(errors, err("/schema", "skema " + n + " lebih baru dari yang didukung aplikasi ini (" + std::to_string(kBundleSchema) + "); perbarui aplikasi",
                    "schema " + n + " is newer than this app supports (" + std::to_string(kBundleSchema) + "); update the app"));
    return out;
  }
  LoadedBundle b;
  check_header(root, b.header, errors);
  check_strings(root, "", errors);
  if (!errors.empty()) return out;  // envelope checks on hostile text would only repeat it

  auto data = root.find("data");
  if (data == root.end() || !data->is_object()) {
    add(errors, err("/data", "\"data\" harus objek berisi koleksi", "\"data\" must be an object of collections"));
    return out;
  }
  for (auto& [name, records] : data->items()) {
    if (!is_valid_id(name)) {
      add(errors, err("/data/" + json_pointer_token(name), "nama koleksi tidak sah", "invalid collection name"));
      continue;
    }
    read_collection(name, records, b.store, errors);
  }
  if (const auto c = root.find("conflicts"); c != root.end()) read_conflicts(*c, b.store, errors);
  if (const auto a = root.find("aggregates"); a != root.end()) b.aggregates = *a;
  if (errors.empty()) out.bundle = std::move(b);
  return out;
}

namespace {

void append_content(std::string& out, const Store& s) {
  out += "\"data\":{";
  bool first_col = true;
  auto write_collection = [&](std::string_view name, const Collection* c) {
    if (!first_col) out += ',';
    first_col = false;
    out += '\n';
    write_string(out, name);
    out += ":[";
    if (c) {
      bool first = true;
      for (const auto& [id, e] : *c) {
        out += first ? "\n" : ",\n";
        first = false;
        append_canonical(out, e.current);
      }
      if (!first) out += '\n';
    }
    out += ']';
  };
  // Every known collection is written, empty or not, so the shape never varies
  // — except service_volumes, added later: written only when there are some, so
  // files without them read the same in every version.
  for (const auto name : kCollections) {
    const auto it = s.collections.find(name);
    const bool empty = it == s.collections.end() || it->second.empty();
    if (name == "service_volumes" && empty) continue;
    write_collection(name, it == s.collections.end() ? nullptr : &it->second);
  }
  for (const auto name : kTrustCollections)
    if (const auto it = s.collections.find(name); it != s.collections.end() && !it->second.empty())
      write_collection(name, &it->second);
  for (const auto& [name, c] : s.collections)
    if (!is_known_collection(name) && !c.empty()) write_collection(name, &c);
  out += "\n},\n\"conflicts\":[";
  bool first = true;
  for (const auto& [name, c] : s.collections)
    for (const auto& [id, e] : c) {
      if (!e.conflicted()) continue;
      out += first ? "\n" : ",\n";
      first = false;
      json versions = json::array();
      for (const auto& v : e.others) versions.push_back(v);  // already in canonical order
      append_canonical(out, json{{"collection", name}, {"id", id}, {"versions", std::move(versions)}});
    }
  if (!first) out += '\n';
  out += ']';
}

}  // namespace

std::string canonical_content(const Store& s) {
  std::string out;
  append_content(out, s);
  return out;
}

void append_bundle(std::string& out, const Store& s, const BundleHeader& h, const json& aggregates) {
  out += "{\"format\":";
  write_string(out, kBundleFormat);
  out += ",\"schema\":" + std::to_string(kBundleSchema) + ",\"created\":";
  write_string(out, h.created);
  out += ",\"origin\":";
  write_string(out, h.origin);
  json scope = {{"kind", to_string(h.scope.kind)}};
  if (!h.scope.nip.empty()) scope["nip"] = h.scope.nip;
  out += ",\"scope\":" + canonical(scope);
  if (!h.note.empty()) {
    out += ",\"note\":";
    write_string(out, h.note);
  }
  out += ",\n";
  if (!aggregates.is_null()) out += "\"aggregates\":" + canonical(aggregates) + ",\n";
  append_content(out, s);
  out += "}\n";
}

std::string write_bundle(const Store& s, const BundleHeader& h, const json& aggregates) {
  std::string out;
  append_bundle(out, s, h, aggregates);
  return out;
}

}  // namespace kinerja
