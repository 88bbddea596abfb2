// Figures a screen derives from the city view (search results, a period's
// consolidation, lookup tables), kept in AppState instead of function-local
// statics: one place, dropped with the state, and recomputed only when the
// view changes (a new object or a new store revision) or the figure's own
// key changes (the period shown, the text searched). Screens still draw from
// `const AppState&`: the cache is the state's one mutable part, and it only
// ever holds what the view and the key determine.
#pragma once
#include <any>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace kinerja::web {

// Which view a derived figure came from.
struct ViewStamp {
  const void* view = nullptr;
  std::uint64_t revision = ~std::uint64_t{0};
  bool operator==(const ViewStamp&) const = default;
};

class DerivedCache {
 public:
  // The value for `name` computed from the view `stamp` with `key`: the stored
  // one while stamp and key are unchanged, else compute() afresh.
  template <class Value, class Key, class Compute>
  const Value& get(std::string_view name, ViewStamp stamp, const Key& key, Compute&& compute) {
    Slot& slot = slots_[std::string(name)];
    const Key* stored_key = std::any_cast<Key>(&slot.key);
    Value* stored = std::any_cast<Value>(&slot.value);
    if (stored == nullptr || stored_key == nullptr || !(slot.stamp == stamp) || !(*stored_key == key)) {
      slot.stamp = stamp;
      slot.key = key;
      slot.value = Value(compute());
      ++computed_;
      stored = std::any_cast<Value>(&slot.value);
    }
    return *stored;
  }
  // How many times a value was computed (tests: a frame that changes nothing
  // computes nothing).
  std::uint64_t computed() const { return computed_; }
  void clear() { slots_.clear(); }

 private:
  struct Slot {
    ViewStamp stamp;
    std::any key;
    std::any value;
  };
  std::unordered_map<std::string, Slot> slots_;
  std::uint64_t computed_ = 0;
};

}  // namespace kinerja::web
