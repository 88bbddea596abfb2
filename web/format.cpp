#include "web/format.hpp"

#include "core/model/model.hpp"

#include <cmath>
#include <cstdio>

namespace kinerja::web {
namespace {

constexpr const char* kMonthsId[] = {"Januari", "Februari", "Maret",     "April",   "Mei",      "Juni",
                                     "Juli",    "Agustus",  "September", "Oktober", "November", "Desember"};
constexpr const char* kMonthsEn[] = {"January", "February", "March",     "April",   "May",      "June",
                                     "July",    "August",   "September", "October", "November", "December"};

std::string group(std::string digits, char sep) {
  for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3)
    digits.insert(static_cast<std::size_t>(i), 1, sep);
  return digits;
}

} // namespace

std::string format_number(Lang lang, double value, int decimals) {
  if (!std::isfinite(value)) return kDash;
  const double scale = std::pow(10.0, decimals);
  const double rounded = std::round(std::fabs(value) * scale);
  const auto whole = static_cast<long long>(rounded / scale);
  const auto frac = static_cast<long long>(rounded - static_cast<double>(whole) * scale);
  const char thousands = lang == Lang::id ? '.' : ',';
  const char decimal = lang == Lang::id ? ',' : '.';
  std::string out = (value < 0 && rounded > 0) ? "-" : "";
  out += group(std::to_string(whole), thousands);
  if (decimals > 0) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%0*lld", decimals, frac);
    out += decimal;
    out += buf;
  }
  return out;
}

std::string format_count(Lang lang, long long value) {
  std::string out = value < 0 ? "-" : "";
  out += group(std::to_string(value < 0 ? -value : value), lang == Lang::id ? '.' : ',');
  return out;
}

std::string format_percent(Lang lang, std::optional<double> value, int decimals) {
  return value ? format_number(lang, *value, decimals) + "%" : std::string(kDash);
}

std::string format_optional(Lang lang, std::optional<double> value, int decimals) {
  return value ? format_number(lang, *value, decimals) : std::string(kDash);
}

std::string format_date(Lang lang, std::string_view iso) {
  if (iso.size() < 10) return std::string(iso);
  const auto days = parse_date(iso.substr(0, 10));
  if (!days) return std::string(iso);
  const int year = std::stoi(std::string(iso.substr(0, 4)));
  const int month = std::stoi(std::string(iso.substr(5, 2)));
  const int day = std::stoi(std::string(iso.substr(8, 2)));
  return std::to_string(day) + " " + (lang == Lang::id ? kMonthsId : kMonthsEn)[month - 1] + " " + std::to_string(year);
}

std::string format_datetime_wita(Lang lang, std::string_view iso) {
  const auto ms = parse_timestamp_ms(iso);
  if (!ms) return std::string(iso);
  const std::string local = format_timestamp_ms(*ms + kWitaOffsetMs);  // yyyy-mm-ddThh:mm:ss...
  return format_date(lang, local) + " " + local.substr(11, 2) + (lang == Lang::id ? "." : ":") + local.substr(14, 2) +
         " WITA";
}

const char* metode_label(MetodePenilaian m) {
  switch (m) {
    case MetodePenilaian::permenpanrb_6_2022: return "PermenPANRB 6/2022";
    case MetodePenilaian::permenpanrb_8_2021: return "PermenPANRB 8/2021";
    case MetodePenilaian::pp_30_2019: return "PP 30/2019";
    case MetodePenilaian::pp_46_2011: return "PP 46/2011";
    case MetodePenilaian::invalid: break;
  }
  return "\xE2\x80\x94";
}

std::string band_suffix(Lang lang, const NilaiLegacy& n) {
  const std::string& label = lang == Lang::en && !n.label_en.empty() ? n.label_en : n.label_id;
  return label.empty() ? std::string() : " (" + label + ")";
}

} // namespace kinerja::web
