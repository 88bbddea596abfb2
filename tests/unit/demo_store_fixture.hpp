// The demo city as a store of JSON records, the way the app holds it after a
// first visit: the fixture of every test that works on a whole city's view.
#pragma once
#include "core/sync/bundle_io.hpp"
#include "core/demo/demo.hpp"
#include "core/model/serialize.hpp"
#include "core/sync/store.hpp"
#include "core/rules/rules.hpp"
#include "core/trust/demo_keys.hpp"

#include <doctest/doctest.h>

#include <cstdint>
#include <utility>

namespace kinerja::test {

inline Store demo_store(int employees) {
  DemoOptions o;
  o.employees = employees;
  auto read = read_bundle(to_json(make_demo_city(o)));
  REQUIRE(read.ok());
  return std::move(read.bundle->store);
}

// The same, every record signed by whoever may write it with the demo keys
// (as the app's first visit holds it), at `at` (ms since 1970).
inline Store signed_demo_store(int employees, std::int64_t at) {
  Store s = demo_store(employees);
  trust::sign_demo_store(s, default_rules().kewenangan, at);
  return s;
}

} // namespace kinerja::test
