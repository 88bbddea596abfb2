// The demo city as a store, ready to use: make_demo_city's records with the
// demo keys registered and every record signed by whoever may write it
// (core/trust/demo_keys), so the demo verifies from the first visit.
#pragma once
#include "core/demo/demo.hpp"
#include "core/sync/store.hpp"

#include <string>

namespace kinerja {

struct DemoStore {
  Store store;
  std::string created;  // the demo bundle's "created" (ISO 8601 UTC), when its records were signed
  std::string note;     // the demo bundle's note: every name, NIP and figure is invented
};
DemoStore make_demo_store(const DemoOptions& = {});

}  // namespace kinerja
