#include "core/workflow/keberatan.hpp"
#include "core/base/text.hpp"

#include "core/workflow/kalibrasi.hpp"

#include <algorithm>

namespace kinerja {

std::vector<std::size_t> daftar_keberatan(const CityView& v, std::size_t period) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < v.report.pegawai.size(); ++i) {
    const SkorPegawai& s = v.report.pegawai[i];
    if (s.period != period || s.evaluation == kTidakAda) continue;
    if (v.bundle.evaluations[s.evaluation].keberatan) out.push_back(i);
  }
  std::sort(out.begin(), out.end(), [&](std::size_t x, std::size_t y) {
    const SkorPegawai& a = v.report.pegawai[x];
    const SkorPegawai& b = v.report.pegawai[y];
    const Keberatan& ka = *v.bundle.evaluations[a.evaluation].keberatan;
    const Keberatan& kb = *v.bundle.evaluations[b.evaluation].keberatan;
    if (ka.decision.has_value() != kb.decision.has_value()) return !ka.decision.has_value();
    if (ka.submitted != kb.submitted) return ka.submitted < kb.submitted;
    const std::string& na = v.bundle.employees[a.employee].name;
    const std::string& nb = v.bundle.employees[b.employee].name;
    return na != nb ? na < nb : a.employee < b.employee;
  });
  return out;
}

namespace {

const Assignment* assignment_of(const CityView& v, std::size_t employee, std::size_t period) {
  if (employee >= v.bundle.employees.size() || period >= v.bundle.periods.size()) return nullptr;
  const std::string& e = v.bundle.employees[employee].meta.id;
  const std::string& p = v.bundle.periods[period].meta.id;
  for (const auto& a : v.bundle.assignments)
    if (a.employee_id == e && a.period_id == p) return &a;
  return nullptr;
}

} // namespace

std::size_t atasan_penilai(const CityView& v, std::size_t employee, std::size_t period) {
  const Assignment* a = assignment_of(v, employee, period);
  return a && !a->atasan_penilai_id.empty() ? find_employee(v, a->atasan_penilai_id) : kTidakAda;
}

std::size_t pejabat_penilai(const CityView& v, std::size_t employee, std::size_t period) {
  const Assignment* a = assignment_of(v, employee, period);
  return a && !a->penilai_id.empty() ? find_employee(v, a->penilai_id) : kTidakAda;
}

EditKeberatan putuskan_keberatan(const nlohmann::json& current, Predikat sekarang,
                                 const KeputusanKeberatanInput& in) {
  EditKeberatan out;
  auto err = [&](std::string pointer, std::string id, std::string en) {
    out.errors.push_back({std::move(pointer), std::move(id), std::move(en)});
  };
  if (!current.is_object() || !current.contains("keberatan") || !current["keberatan"].is_object()) {
    err("/keberatan", "Penilaian ini tidak memiliki keberatan", "This evaluation has no keberatan");
    return out;
  }
  if (!in.decision || *in.decision == KeputusanKeberatan::invalid)
    err("/keberatan/decision", "Pilih keputusan: diterima atau ditolak", "Choose a decision: granted or refused");
  const std::string note = std::string(trim(in.note));
  if (note.size() < 10)
    err("/keberatan/decision_note", "Tulis pertimbangan keputusan (minimal 10 karakter)",
        "Write the grounds for the decision (at least 10 characters)");
  if (in.decided_by.empty())
    err("/keberatan/decided_by",
        "Penugasan periode ini tidak menyebut atasan pejabat penilai; lengkapi di Data induk",
        "The assignment for this period names no atasan pejabat penilai; complete it in Master data");
  if (in.decision == KeputusanKeberatan::diterima) {
    if (!in.predikat_akhir || *in.predikat_akhir == Predikat::invalid)
      err("/keberatan/predikat_akhir", "Keberatan diterima: pilih predikat akhir",
          "Keberatan granted: choose the final predikat");
    else if (*in.predikat_akhir == sekarang)
      err("/keberatan/predikat_akhir", "Predikat akhir harus berbeda dari predikat sekarang bila keberatan diterima",
          "When the keberatan is granted the final predikat must differ from the current one");
  }
  if (in.decision == KeputusanKeberatan::ditolak && in.predikat_akhir)
    err("/keberatan/predikat_akhir", "Keberatan ditolak: predikat tidak berubah",
        "Keberatan refused: the predikat does not change");
  if (!out.errors.empty()) return out;

  out.record = current;
  nlohmann::json& k = out.record["keberatan"];
  k["decision"] = std::string(to_string(*in.decision));
  k["decision_note"] = note;
  k["decided_by"] = in.decided_by;
  if (in.predikat_akhir) k["predikat_akhir"] = std::string(to_string(*in.predikat_akhir));
  else k.erase("predikat_akhir");
  return out;
}


OperationResult simpan_keputusan_keberatan(const Store& store, const CityView& v, std::string_view evaluation_id,
                                           Predikat sekarang, const KeputusanKeberatanInput& in) {
  std::optional<ValidationError> locked;
  const nlohmann::json* current = stored_evaluation(store, v, evaluation_id, locked);
  if (locked) return refused(std::move(*locked));
  EditKeberatan e = putuskan_keberatan(current ? *current : nlohmann::json(), sekarang, in);
  if (!e.ok()) return {{}, std::move(e.errors)};
  return {{{"evaluations", std::move(e.record)}}, {}};
}

}  // namespace kinerja
