// The official periodic evaluation document of one employee (docs/domain.md §2,
// "Contoh Evaluasi Kinerja Pegawai", Anak Lampiran 4) as a whole, print-ready
// HTML page: header with the agency and the period, the employee, the pejabat
// penilai and the atasan pejabat penilai; Capaian Kinerja Organisasi with the
// unit's pola distribusi; the hasil kerja table; rating hasil kerja; perilaku
// kerja (the seven BerAKHLAK values); rating perilaku kerja; the predikat; the
// place, date and signatures. A4 print CSS; a "Cetak" button that is not
// printed. Pure string building (no ImGui), tested natively.
//
// Every string that comes from data (names, RHK texts, notes, links) is
// HTML-escaped: the page is opened from the app's origin, so a name like
// "<b>Ana</b> & co" must print as text, never become markup.
#pragma once
#include "core/view/city_view.hpp"

#include <cstddef>
#include <string>
#include <string_view>

namespace kinerja::web {

// &, <, >, " and ' as character references; everything else (UTF-8) unchanged.
std::string html_escape(std::string_view);

// The document for employee × period (indexes into view.bundle). `tanggal`
// ("yyyy-mm-dd") is the date printed beside the place. `kunci_kota` is the
// city's root key fingerprint as people compare it (with "(DEMO)" for the demo
// key), printed at the foot so a reader can check the electronic records
// behind the paper. An empty string when the indexes are out of range.
std::string lembar_evaluasi_html(const CityView&, std::size_t employee, std::size_t period, std::string_view tanggal,
                                 std::string_view kunci_kota);

} // namespace kinerja::web
