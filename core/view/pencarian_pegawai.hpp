// Finding an employee by what a person types: one rule for every screen (the
// employee's profile picker, the rater picker, the admin's employee table and
// the evaluation-document search). A query matches when every word of it
// appears, ignoring case, in the employee's name, NIP, jabatan or unit name.
// A query of digits only (spaces allowed: NIPs are often written in groups)
// matches the NIPs that contain those digits, so "1990 0115" finds a NIP
// without also finding every name that happens to hold a number.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/model.hpp"

namespace kinerja {

struct CityView;

class PencarianPegawai {
 public:
  explicit PencarianPegawai(std::string_view query);
  bool kosong() const { return words_.empty(); }  // a blank query matches everyone
  bool cocok(const Employee&, std::string_view unit_name) const;

 private:
  std::vector<std::string> words_;  // lower-cased
  std::string digits_;              // the query's digits, when it has nothing else
};

// Indexes into view.bundle.employees that match, in bundle (id) order; at most
// `limit` (0 = no limit). Deleted employees never match.
std::vector<std::size_t> cari_pegawai(const CityView&, std::string_view query, std::size_t limit = 0);
// The same, ordered by name and then NIP (the admin's employee table).
std::vector<std::size_t> cari_pegawai_urut_nama(const CityView&, std::string_view query);
// The same test for one employee (a screen that searches its own short list).
bool cocok_pencarian(const CityView&, const Employee&, std::string_view query);

}  // namespace kinerja
