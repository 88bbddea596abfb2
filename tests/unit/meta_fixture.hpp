// The envelope the scoring and aggregate tests give their hand-built records:
// one device, one version, the first of January 2026.
#pragma once
#include "core/model/model.hpp"

#include <string>
#include <utility>

namespace kinerja::test {

inline RecordMeta meta(std::string id) {
  RecordMeta m;
  m.id = std::move(id);
  m.ver = {{"dev-test", 1}};
  m.hlc = "2026-01-01T00:00:00.000Z/0000/dev-test";
  m.author = "admin";
  m.created = m.updated = "2026-01-01T00:00:00Z";
  return m;
}

} // namespace kinerja::test
