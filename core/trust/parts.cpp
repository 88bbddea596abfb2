#include "core/trust/parts.hpp"

#include "core/base/crypto.hpp"

#include <cmath>
#include <cstdint>

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

// Canonical bytes for hashing: nlohmann's compact form, except that a number
// with an integral value is always written as an integer. A file that went
// through another JSON tool (JavaScript writes 100.0 as 100) still hashes the
// same, so a signature depends on the values, never on how a tool spelled them.
void canonical(const json& j, std::string& out) {
  switch (j.type()) {
    case json::value_t::object: {
      out += '{';
      bool first = true;
      for (const auto& [k, v] : j.items()) {
        if (!first) out += ',';
        first = false;
        out += json(k).dump();
        out += ':';
        canonical(v, out);
      }
      out += '}';
      return;
    }
    case json::value_t::array: {
      out += '[';
      for (std::size_t i = 0; i < j.size(); ++i) {
        if (i) out += ',';
        canonical(j[i], out);
      }
      out += ']';
      return;
    }
    case json::value_t::number_float: {
      const double x = j.get<double>();
      if (std::isfinite(x) && std::floor(x) == x && std::fabs(x) < 9007199254740992.0) {
        out += std::to_string(static_cast<std::int64_t>(x));
        return;
      }
      out += j.dump();
      return;
    }
    default:
      out += j.dump();
  }
}

std::string digest_of(const json& j) {
  std::string bytes;
  canonical(j, bytes);
  return crypto::to_hex(crypto::sha256(bytes));
}

}  // namespace

std::string version_digest(std::string_view collection, const json& version) {
  // the canonical form of {"collection": …, "version": …}, without copying the record
  std::string bytes = "{\"collection\":" + json(collection).dump() + ",\"version\":";
  canonical(version, bytes);
  bytes += '}';
  return crypto::to_hex(crypto::sha256(bytes));
}

std::string value_digest(const json& j) { return digest_of(j); }

std::vector<PartDigest> part_digests(const KoleksiKewenangan& rules, std::string_view collection, const json& version) {
  std::vector<PartDigest> out;
  json base = {{"collection", collection}, {"id", version.value("id", "")}};
  bool ignored = false;
  json keyed = json::object();
  for (const auto& k : rules.kunci) project(version, k, keyed, ignored);
  for (const auto& part : rules.bagian) {
    PartDigest d;
    d.part = &part;
    json fields = json::object();
    if (part.kolom.empty()) {
      // the whole record's own fields
      for (const auto& [k, v] : version.items()) {
        bool envelope = false;
        for (auto e : kEnvelope) envelope = envelope || k == e;
        if (envelope || k == "id") continue;
        fields[k] = v;
        d.has_value = d.has_value || holds_something(v);
      }
    } else {
      for (const auto& path : part.kolom) project(version, path, fields, d.has_value);
    }
    d.digest = digest_of(json{{"base", base}, {"kunci", keyed}, {"part", part.nama}, {"fields", fields}});
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace kinerja::trust
