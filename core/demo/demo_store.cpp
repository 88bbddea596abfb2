#include "core/demo/demo_store.hpp"

#include "core/base/calendar.hpp"
#include "core/model/serialize.hpp"
#include "core/rules/rules.hpp"
#include "core/sync/bundle_io.hpp"
#include "core/trust/demo_keys.hpp"

namespace kinerja {

Store make_demo_store(const DemoOptions& options) {
  auto read = read_bundle(to_json(make_demo_city(options)));
  if (!read.ok()) return Store{};
  Store store = std::move(read.bundle->store);
  // signed on the first day of the demo year: a fixed instant, so the same
  // options give the same bytes on every machine
  const int year = check_demo_options(options) ? 2026 : options.year;
  trust::sign_demo_store(store, default_rules().kewenangan, wita_day_start_ms(*days_from_civil(year, 1, 2)));
  return store;
}

}  // namespace kinerja
