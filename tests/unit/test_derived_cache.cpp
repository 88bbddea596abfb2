// The screens' derived-figure cache (web/derived_cache.hpp): recomputed when
// the view or the key changes, never otherwise.
#include "web/derived_cache.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using kinerja::web::DerivedCache;
using kinerja::web::ViewStamp;

TEST_SUITE("derived_cache") {
  TEST_CASE("the same view and key give the stored value without computing again") {
    DerivedCache cache;
    int view = 0;
    int calls = 0;
    const auto square = [&](int k) { return [&calls, k] { ++calls; return std::vector<int>{k * k}; }; };
    const ViewStamp a{&view, 1};
    CHECK(cache.get<std::vector<int>>("sq", a, 3, square(3)) == std::vector<int>{9});
    CHECK(cache.get<std::vector<int>>("sq", a, 3, square(3)) == std::vector<int>{9});
    CHECK(calls == 1);
    CHECK(cache.computed() == 1);

    // A new key, a new revision, a new view object: each computes once.
    CHECK(cache.get<std::vector<int>>("sq", a, 4, square(4)) == std::vector<int>{16});
    CHECK(cache.get<std::vector<int>>("sq", ViewStamp{&view, 2}, 4, square(4)) == std::vector<int>{16});
    int other_view = 0;
    CHECK(cache.get<std::vector<int>>("sq", ViewStamp{&other_view, 2}, 4, square(4)) == std::vector<int>{16});
    CHECK(calls == 4);
  }

  TEST_CASE("names keep their own values; clear drops them") {
    DerivedCache cache;
    int view = 0;
    const ViewStamp s{&view, 7};
    CHECK(cache.get<std::string>("a", s, std::string("q"), [] { return std::string("A"); }) == "A");
    CHECK(cache.get<std::string>("b", s, std::string("q"), [] { return std::string("B"); }) == "B");
    CHECK(cache.get<std::string>("a", s, std::string("q"), [] { return std::string("changed"); }) == "A");
    cache.clear();
    CHECK(cache.get<std::string>("a", s, std::string("q"), [] { return std::string("changed"); }) == "changed");
    CHECK(cache.computed() == 3);
  }
}
