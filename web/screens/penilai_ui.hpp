// What the Penilai screen remembers between frames (selection, drafts).
#pragma once
#include "core/model/types.hpp"
#include "core/workflow/penilai_ops.hpp"

#include <array>
#include <string>
#include <vector>

namespace kinerja::web {

// The open member's unsaved decisions (the core's KeputusanPenilai), loaded
// from their evaluation when opened, and whose they are.
struct PenilaiDraft : KeputusanPenilai {
  std::string employee_id, period_id;
  bool operator==(const PenilaiDraft&) const = default;
};

struct PenilaiUi {
  std::string rater_id;     // the penilai using this device; "" = none yet
  std::string period_id;    // "" = the current period
  std::string employee_id;  // the team member open; "" = the queue
  std::string rater_search;
  int status_filter = 0;    // 0 = all, else a StatusPenilaian value
  std::vector<std::string> selected;  // employee ids chosen for the bulk action
  bool confirm_bulk = false;
  PenilaiDraft draft;
  std::string error;        // why the last "Simpan penilaian" was refused ("" = none)
  bool scroll_top = false;  // a new page (a member opened or closed): start at its top
  bool operator==(const PenilaiUi&) const = default;
};

} // namespace kinerja::web
