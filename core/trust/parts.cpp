#include "core/trust/parts.hpp"

#include "core/base/crypto.hpp"
#include "core/trust/canonical.hpp"

namespace kinerja::trust {
namespace {

using nlohmann::json;

constexpr std::string_view kEnvelope[] = {"ver", "hlc", "author", "created", "updated", "deleted"};

bool holds_something(const json& v) {
  if (v.is_null()) return false;
  if (v.is_string()) return !v.get_ref<const std::string&>().empty();
  if (v.is_array() || v.is_object()) return !v.empty();
  return true;
}

// Copies the value at `path` ("a/*/b") from src into dst, keeping array
// positions, and notes whether anything was there.
void project(const json& src, std::string_view path, json& dst, bool& has_value) {
  const auto slash = path.find('/');
  const std::string_view head = path.substr(0, slash);
  const std::string_view rest = slash == std::string_view::npos ? std::string_view{} : path.substr(slash + 1);
  if (head == "*") {
    if (!src.is_array()) return;
    if (!dst.is_array()) dst = json::array();
    for (std::size_t i = 0; i < src.size(); ++i) {
      while (dst.size() <= i) dst.push_back(nullptr);
      if (rest.empty()) {
        dst[i] = src[i];
        has_value = has_value || holds_something(src[i]);
      } else {
        project(src[i], rest, dst[i], has_value);
      }
    }
    return;
  }
  if (!src.is_object()) return;
  const auto it = src.find(head);
  if (it == src.end()) return;
  if (!dst.is_object()) dst = json::object();
  if (rest.empty()) {
    dst[std::string(head)] = *it;
    has_value = has_value || holds_something(*it);
  } else {
    project(*it, rest, dst[std::string(head)], has_value);
  }
}

// Own fields of a record (envelope and id left out), as the canonical object
// a part without kolom covers, straight into `out`.
void append_own_fields(const json& version, std::string& out, bool& has_value) {
  out += '{';
  bool first = true;
  for (const auto& [k, v] : version.get_ref<const json::object_t&>()) {
    bool envelope = false;
    for (auto e : kEnvelope) envelope = envelope || k == e;
    if (envelope || k == "id") continue;
    if (!first) out += ',';
    first = false;
    append_canonical(std::string_view(k), out);
    out += ':';
    append_canonical(v, out);
    has_value = has_value || holds_something(v);
  }
  out += '}';
}

}  // namespace

crypto::Digest version_sum(std::string_view collection, const json& version) {
  // the canonical form of {"collection": …, "version": …}, without copying the record
  std::string bytes;
  bytes.reserve(1024);
  bytes += "{\"collection\":";
  append_canonical(collection, bytes);
  bytes += ",\"version\":";
  append_canonical(version, bytes);
  bytes += '}';
  return crypto::sha256(bytes);
}

std::string version_digest(std::string_view collection, const json& version) {
  return crypto::to_hex(version_sum(collection, version));
}

std::string value_digest(const json& j) {
  std::string bytes;
  append_canonical(j, bytes);
  return crypto::to_hex(crypto::sha256(bytes));
}

std::vector<PartDigest> part_digests(const KoleksiKewenangan& rules, std::string_view collection, const json& version) {
  // Each part's digest is over the canonical form of
  //   {"base": {"collection": …, "id": …}, "fields": {…}, "kunci": {…}, "part": name}
  // (keys in byte order); what surrounds "fields" is the same for every part.
  std::string head = "{\"base\":{\"collection\":";
  append_canonical(collection, head);
  head += ",\"id\":";
  append_canonical(std::string_view(version.value("id", std::string())), head);
  head += "},\"fields\":";
  bool ignored = false;
  json keyed = json::object();
  for (const auto& k : rules.kunci) project(version, k, keyed, ignored);
  std::string kunci = ",\"kunci\":";
  append_canonical(keyed, kunci);
  kunci += ",\"part\":";

  std::vector<PartDigest> out;
  out.reserve(rules.bagian.size());
  std::string bytes;
  for (const auto& part : rules.bagian) {
    PartDigest d;
    d.part = &part;
    bytes.assign(head);
    if (part.kolom.empty()) {
      append_own_fields(version, bytes, d.has_value);  // the whole record's own fields
    } else {
      json fields = json::object();
      for (const auto& path : part.kolom) project(version, path, fields, d.has_value);
      append_canonical(fields, bytes);
    }
    bytes += kunci;
    append_canonical(std::string_view(part.nama), bytes);
    bytes += '}';
    d.sum = crypto::sha256(bytes);
    out.push_back(d);
  }
  return out;
}

}  // namespace kinerja::trust
