// Angka kredit of a functional post from its predikat (PermenPANRB 1/2023,
// docs/domain.md §13): koefisien jenjang × conversion percentage, pro rata by months.
#pragma once
#include "core/rules/rules.hpp"
#include "core/model/types.hpp"

#include <optional>
#include <string_view>

namespace kinerja {

// The jenjang's row ("ahli-muda"; the label "Ahli Muda" is accepted too), or nullptr.
const KoefisienJenjang* cari_jenjang(const RulesAngkaKredit&, std::string_view jenjang);

// koefisien × persen(predikat) / 100 × bulan / 12. nullopt for an unknown jenjang,
// an invalid predikat, or bulan outside 1..12.
std::optional<double> angka_kredit(const RulesAngkaKredit&, std::string_view jenjang, Predikat, int bulan = 12);

} // namespace kinerja
