// The demo city as a store, ready to use: make_demo_city's records with the
// demo keys registered and every record signed by whoever may write it
// (core/trust/demo_keys), so the demo verifies from the first visit.
#pragma once
#include "core/demo/demo.hpp"
#include "core/sync/store.hpp"

namespace kinerja {

Store make_demo_store(const DemoOptions& = {});

}  // namespace kinerja
