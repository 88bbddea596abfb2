// Finding an employee (see pencarian_pegawai.hpp).
#include "core/view/pencarian_pegawai.hpp"

#include <algorithm>
#include <cctype>

#include "core/view/city_view.hpp"

namespace kinerja {
namespace {

char fold(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

bool contains_folded(std::string_view hay, std::string_view needle) {
  return std::search(hay.begin(), hay.end(), needle.begin(), needle.end(),
                     [](char a, char b) { return fold(a) == b; }) != hay.end();
}

std::string_view unit_name_of(const CityView& v, const Employee& e) {
  const std::size_t u = find_unit(v, e.unit_id);
  return u == kTidakAda ? std::string_view() : std::string_view(v.bundle.units[u].name);
}

}  // namespace

PencarianPegawai::PencarianPegawai(std::string_view query) {
  bool only_digits = true;
  std::string word;
  const auto flush = [&] {
    if (!word.empty()) words_.push_back(std::move(word));
    word.clear();
  };
  for (char c : query) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      flush();
      continue;
    }
    word += fold(c);
    if (std::isdigit(static_cast<unsigned char>(c))) digits_ += c;
    else only_digits = false;
  }
  flush();
  if (!only_digits) digits_.clear();
}

bool PencarianPegawai::cocok(const Employee& e, std::string_view unit_name) const {
  if (e.meta.deleted) return false;
  if (words_.empty()) return true;
  if (!digits_.empty()) return e.nip.find(digits_) != std::string::npos;
  return std::all_of(words_.begin(), words_.end(), [&](const std::string& w) {
    return contains_folded(e.name, w) || contains_folded(e.nip, w) || contains_folded(e.jabatan, w) ||
           contains_folded(unit_name, w);
  });
}

std::vector<std::size_t> cari_pegawai(const CityView& v, std::string_view query, std::size_t limit) {
  const PencarianPegawai q(query);
  std::vector<std::size_t> out;
  const auto& employees = v.bundle.employees;
  for (std::size_t i = 0; i < employees.size(); ++i) {
    if (!q.cocok(employees[i], unit_name_of(v, employees[i]))) continue;
    out.push_back(i);
    if (limit != 0 && out.size() >= limit) break;
  }
  return out;
}

std::vector<std::size_t> cari_pegawai_urut_nama(const CityView& v, std::string_view query) {
  std::vector<std::size_t> out = cari_pegawai(v, query);
  const auto& employees = v.bundle.employees;
  std::sort(out.begin(), out.end(), [&](std::size_t x, std::size_t y) {
    const Employee& a = employees[x];
    const Employee& b = employees[y];
    return a.name != b.name ? a.name < b.name : a.nip < b.nip;
  });
  return out;
}

bool cocok_pencarian(const CityView& v, const Employee& e, std::string_view query) {
  return PencarianPegawai(query).cocok(e, unit_name_of(v, e));
}

}  // namespace kinerja
