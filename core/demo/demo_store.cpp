#include "core/demo/demo_store.hpp"

#include "core/base/calendar.hpp"
#include "core/model/serialize.hpp"
#include "core/rules/rules.hpp"
#include "core/sync/bundle_io.hpp"
#include "core/trust/demo_keys.hpp"

#include <limits>

namespace kinerja {

DemoStore make_demo_store(const DemoOptions& options) {
  DemoStore out;
  std::string bytes;
  {
    const Bundle city = make_demo_city(options);
    out.created = city.created;
    out.note = city.note;
    bytes = to_json(city);
  }
  // our own bytes: no size limit (a 10,000-employee year is over the import limit)
  auto read = read_bundle(bytes, ReadOptions{std::numeric_limits<std::size_t>::max()});
  if (!read.ok()) return out;  // cannot happen: the demo writes what read_bundle reads (test_demo)
  out.store = std::move(read.bundle->store);
  // signed when the demo says it was made: a fixed instant, so the same
  // options give the same bytes on every machine
  trust::sign_demo_store(out.store, default_rules().kewenangan, parse_timestamp_ms(out.created).value_or(0));
  return out;
}

}  // namespace kinerja
