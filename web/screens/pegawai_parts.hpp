// The parts of the Pegawai screen (web/screens/pegawai*.cpp) and what they share.
#pragma once
#include "core/view/city_view.hpp"
#include "web/app_state.hpp"

#include <cstddef>
#include <string>

namespace kinerja::web {

// One frame of the screen once a profile and a period are known. `ui` is the
// frame's copy of state.pegawai_ui; draw_pegawai hands it back as an action.
struct PegawaiFrame {
  const AppState& state;
  const CityView& view;
  std::size_t employee = 0;  // index into view.bundle.employees
  std::size_t period = 0;    // index into view.bundle.periods
  PegawaiUi& ui;
  Actions& actions;
  bool locked = false;       // the period is locked: nothing can be edited
};

void draw_pegawai_skp(PegawaiFrame&);       // pegawai_skp.cpp: the SKP, realisations, live capaian
void draw_pegawai_perilaku(PegawaiFrame&);  // pegawai_perilaku.cpp: BerAKHLAK self-assessment
void draw_pegawai_hasil(PegawaiFrame&);     // pegawai_hasil.cpp: submit, export, result, keberatan

// A number for an input field: no thousands grouping (so it reads back),
// the decimal mark of the language, at most 2 decimals, no trailing zeros.
std::string pegawai_angka_input(Lang, double);
// "Di bawah / Sesuai / Di atas ekspektasi" as the capaian level of one indicator.
const char* pegawai_tingkat_label(Lang, int tingkat);  // TingkatCapaian as int

} // namespace kinerja::web
