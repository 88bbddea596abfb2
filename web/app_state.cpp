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
  if (!publik_unit_of_hash(h).empty()) return Route::publik;
  return std::nullopt;
}

std::string publik_unit_of_hash(std::string_view h) {
  constexpr std::string_view prefix = "#/publik/";
  if (!h.starts_with(prefix)) return {};
  const std::string_view id = h.substr(prefix.size());
  if (id.empty() || id.size() > 64) return {};
  for (const char c : id)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.'))
      return {};
  return std::string(id);
}

std::string publik_hash(std::string_view unit_id) {
  return unit_id.empty() ? std::string("#/publik") : "#/publik/" + std::string(unit_id);
}

std::string_view lang_code(Lang l) { return l == Lang::id ? "id" : "en"; }

bool has_unexported_changes(const DataState& d) { return d.local.last_seq > d.exported_seq; }

} // namespace kinerja::web
