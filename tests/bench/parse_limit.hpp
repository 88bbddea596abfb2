// The parser's limit on a file: a plain simdjson on-demand walk that touches
// every value (every key, every string unescaped, every number parsed) and
// builds nothing. bench_pipeline times it beside the pipeline in the same
// process, so the pipeline can be reported as a share of what the parser
// itself allows on this machine, in this build (native or wasm).
#pragma once
#include <simdjson.h>

#include <cstdint>
#include <string_view>
#include <utility>

namespace kinerja::bench {

struct LimitWalk {
  std::uint64_t values = 0;  // every value visited
  std::uint64_t checksum = 0;  // string lengths and number bits: the walk cannot be optimised away
  bool ok = true;
};

namespace detail {
inline void walk(simdjson::ondemand::value v, LimitWalk& w) {
  using simdjson::ondemand::json_type;
  ++w.values;
  json_type t;
  if (v.type().get(t)) { w.ok = false; return; }
  switch (t) {
    case json_type::object: {
      simdjson::ondemand::object o;
      if (v.get_object().get(o)) { w.ok = false; return; }
      for (auto item : o) {
        simdjson::ondemand::field field;
        std::string_view key;
        if (std::move(item).get(field) || field.unescaped_key().get(key)) { w.ok = false; return; }
        w.checksum += key.size();
        walk(field.value(), w);
        if (!w.ok) return;
      }
      break;
    }
    case json_type::array: {
      simdjson::ondemand::array a;
      if (v.get_array().get(a)) { w.ok = false; return; }
      for (auto item : a) {
        simdjson::ondemand::value iv;
        if (std::move(item).get(iv)) { w.ok = false; return; }
        walk(iv, w);
        if (!w.ok) return;
      }
      break;
    }
    case json_type::string: {
      std::string_view s;
      if (v.get_string().get(s)) { w.ok = false; return; }
      w.checksum += s.size();
      break;
    }
    case json_type::number: {
      double d;
      if (v.get_double().get(d)) { w.ok = false; return; }
      w.checksum += static_cast<std::uint64_t>(d != 0);
      break;
    }
    case json_type::boolean: {
      bool b;
      if (v.get_bool().get(b)) { w.ok = false; return; }
      w.checksum += b;
      break;
    }
    case json_type::null:
      break;
  }
}
}  // namespace detail

// `padded` must have simdjson::SIMDJSON_PADDING readable bytes after its end.
inline LimitWalk limit_walk(simdjson::padded_string_view padded) {
  LimitWalk w;
  simdjson::ondemand::parser parser;
  simdjson::ondemand::document doc;
  if (parser.iterate(padded).get(doc)) { w.ok = false; return w; }
  simdjson::ondemand::value root;
  if (doc.get_value().get(root)) { w.ok = false; return w; }
  detail::walk(root, w);
  return w;
}

}  // namespace kinerja::bench
