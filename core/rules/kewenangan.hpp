// Kewenangan (authority): who may write which part of which record, as a
// section of the RuleSet (assets/rules/kewenangan.json, id "kewenangan").
// A record is cut into parts (bagian), each a list of field paths ("kolom",
// "*" for an array's elements) that only the roles (peran) it names may
// write; a part without kolom is the whole record. core/trust checks every
// incoming record version against this with the signatures it carries.
#pragma once
#include "core/rules/rule_meta.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kinerja {

// Roles are relative to the record: the pegawai is its owner, the penilai and
// atasan-penilai are named by the owner's assignment for the record's period.
enum class Peran { invalid, pegawai, penilai, atasan_penilai, pimpinan, admin, kiosk };
std::string_view to_string(Peran);
std::optional<Peran> parse_peran(std::string_view);

struct BagianKewenangan {
  std::string nama;                // "penilaian-diri"
  std::vector<Peran> peran;        // who may write it
  std::vector<std::string> kolom;  // field paths; empty = every own field of the record
  bool allows(Peran p) const;
};

struct KoleksiKewenangan {
  std::string collection;
  std::string pemilik;             // field naming the owner: an employee id, or "skp_id" (the SKP's employee)
  std::string unit;                // field naming the unit a kiosk must serve
  std::vector<std::string> kunci;  // fields every part includes (what the part is about)
  std::vector<BagianKewenangan> bagian;
};

struct RulesKewenangan {
  RuleMeta meta;
  std::vector<KoleksiKewenangan> koleksi;
  const KoleksiKewenangan* find(std::string_view collection) const;
};

}  // namespace kinerja
