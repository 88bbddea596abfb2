// A measured indicator (SkpIndicator::sumber) as Pegawai and Penilai show it:
// the figure the core measured from the unit's service data with its
// provenance, or why there is no figure yet — never an input.
#pragma once
#include "core/calc/score.hpp"
#include "web/lang.hpp"

#include <string>

namespace kinerja::web {

// The name of a kind of source, as the i18n key ("layanan.sumber.ikm").
const char* sumber_key(JenisSumber);

// The core's words for where the figure comes from, or why it is missing.
const std::string& terukur_asal(Lang, const RealisasiTerukur&);

// `id` names the box for tests ("pegawai.terukur.i1").
void terukur_block(Lang, const char* id, const SkpIndicator&, const ScoreReport&, const CapaianIndikator*);

} // namespace kinerja::web
