// The citizen's own voice on a unit's public page: the SKM or a complaint,
// answered on their phone and sent to the unit as a short code (WhatsApp,
// e-mail), since there is no server to post to.
#pragma once
#include "web/app_state.hpp"

#include <string>

namespace kinerja::web {

void suara_warga(const AppState&, Actions&, const std::string& unit_id, const std::string& unit_name);

} // namespace kinerja::web
