// The demo city as a store of JSON records, the way the app holds it after a
// first visit: the fixture of every test that works on a whole city's view.
#pragma once
#include "core/sync/bundle_io.hpp"
#include "core/demo/demo.hpp"
#include "core/model/serialize.hpp"
#include "core/sync/store.hpp"

#include <doctest/doctest.h>

#include <utility>

namespace kinerja::test {

inline Store demo_store(int employees) {
  DemoOptions o;
  o.employees = employees;
  auto read = read_bundle(to_json(make_demo_city(o)));
  REQUIRE(read.ok());
  return std::move(read.bundle->store);
}

} // namespace kinerja::test
