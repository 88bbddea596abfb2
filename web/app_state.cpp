#include "web/app_state.hpp"

#include <array>
#include <utility>

namespace kinerja::web {
namespace {
constexpr std::array<std::pair<Route, std::string_view>, 5> kRoutes{{
    {Route::publik, "#/publik"}, {Route::pegawai, "#/pegawai"}, {Route::penilai, "#/penilai"},
    {Route::admin, "#/admin"}, {Route::kiosk, "#/kiosk"},
}};
} // namespace

std::string_view route_hash(Route r) {
  for (const auto& [route, hash] : kRoutes)
    if (route == r) return hash;
  return "#/publik";
}

std::optional<Route> parse_route_hash(std::string_view h) {
  if (h.empty() || h == "#" || h == "#/") return Route::publik;
  for (const auto& [route, hash] : kRoutes)
    if (hash == h) return route;
  return std::nullopt;
}

std::string_view lang_code(Lang l) { return l == Lang::id ? "id" : "en"; }

bool has_unexported_changes(const DataState& d) { return d.local.last_seq > d.exported_seq; }

} // namespace kinerja::web
