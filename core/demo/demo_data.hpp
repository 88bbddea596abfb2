// Fixed word lists the demo-city generator draws from: fictional person-name
// parts, Samarinda's kecamatan and kelurahan, unit and position templates,
// indicator templates and the training catalogue. Institution and area names
// are real; every person and every figure built from them is invented.
#pragma once
#include "core/model/model.hpp"

#include <span>
#include <string_view>

namespace kinerja::demo_data {

std::span<const std::string_view> given_names_male();
std::span<const std::string_view> given_names_female();
std::span<const std::string_view> second_names_male();
std::span<const std::string_view> second_names_female();

struct Kecamatan {
  std::string_view name;
  std::span<const std::string_view> kelurahan;
};
std::span<const Kecamatan> kecamatan();

// Which service family a unit belongs to: picks its indicators and positions.
enum class Family { sekretariat, bkpsdm, kesehatan, puskesmas, dukcapil, perizinan, perhubungan, wilayah };

struct OpdTemplate {
  std::string_view id;         // record id, e.g. "u-dinkes"
  std::string_view name;
  std::string_view head_title;
  Family family;
  bool service;
  std::span<const std::string_view> bidang;  // names of its bidang, in inclusion order
};
std::span<const OpdTemplate> opds();  // first one is the Sekretariat Daerah (top rater)

std::span<const std::string_view> puskesmas_areas();
std::span<const std::string_view> seksi_kecamatan();
std::span<const std::string_view> seksi_bidang();

struct PositionTemplate {
  std::string_view title;
  JenisJabatan jenis;
  std::string_view jenjang;    // "" unless fungsional
  std::string_view gol_low;    // PNS golongan range, e.g. "III/a".."III/d"
  std::string_view gol_high;
  std::string_view degree;     // appended to the name, e.g. ", S.Kep."
};
std::span<const PositionTemplate> staff_positions(Family);

struct IndicatorTemplate {
  std::string_view id;         // library id, e.g. "ind-respons-pengaduan"
  std::string_view rhk;        // RHK text it belongs under
  std::string_view text;
  std::string_view satuan;
  Polaritas polaritas;
  Aspek aspek;
  double target;               // naik/turun/tepat
  double target_min;           // rentang
  double target_max;
  JenisSumber sumber = JenisSumber::invalid;  // measured from the unit's service data
  std::string_view layanan = {};              // the counted service of a volume source
};
std::span<const IndicatorTemplate> indicators(Family);
std::span<const IndicatorTemplate> all_indicators();  // the library, each once

struct TrainingTemplate {
  std::string_view id;
  std::string_view title;
  std::string_view description;
  std::span<const NilaiBerakhlak> nilai;
  std::span<const Aspek> aspek;
  int hours;
};
std::span<const TrainingTemplate> trainings();

std::span<const std::string_view> complaint_categories();
std::span<const std::string_view> feedback_good();
std::span<const std::string_view> feedback_improve();

} // namespace kinerja::demo_data
