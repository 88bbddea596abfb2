// Checks on one record as it arrives from outside: hostile strings anywhere
// in it, and its envelope (id, ver, hlc, author, created, updated, deleted).
// Shared by the bundle reader and by local edits (merge), so both refuse the
// same things with the same words.
#include "core/sync/record_check.hpp"

#include <cstdint>

#include "core/model/model.hpp"
#include "core/sync/hlc.hpp"

namespace kinerja {
namespace {

using nlohmann::json;


ValidationError err(std::string pointer, std::string id, std::string en) {
  return {std::move(pointer), std::move(id), std::move(en)};
}

void add(std::vector<ValidationError>& errors, ValidationError e) {
  if (errors.size() < kMaxErrors) {
    errors.push_back(std::move(e));
  } else if (errors.size() == kMaxErrors) {
    errors.push_back(err("/", "terlalu banyak kesalahan; sisanya tidak ditampilkan",
                         "too many errors; the rest are not shown"));
  }
}

std::string hex4(std::uint32_t cp) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string s = "U+";
  for (int shift = 12; shift >= 0; shift -= 4) s += kHex[(cp >> shift) & 0xFU];
  return s;
}


void check_one_string(std::string_view s, const std::string& pointer, const char* what,
                      std::vector<ValidationError>& errors) {
  std::size_t chars = 0;
  for (std::size_t i = 0; i < s.size();) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    std::uint32_t cp = 0;
    std::size_t len = 0;
    if (b0 < 0x80) { cp = b0; len = 1; }
    else if ((b0 & 0xE0U) == 0xC0U) { cp = b0 & 0x1FU; len = 2; }
    else if ((b0 & 0xF0U) == 0xE0U) { cp = b0 & 0x0FU; len = 3; }
    else if ((b0 & 0xF8U) == 0xF0U) { cp = b0 & 0x07U; len = 4; }
    bool valid = len > 0 && i + len <= s.size();
    for (std::size_t k = 1; valid && k < len; ++k) {
      const auto b = static_cast<unsigned char>(s[i + k]);
      if ((b & 0xC0U) != 0x80U) valid = false;
      cp = (cp << 6) | (b & 0x3FU);
    }
    if (valid && ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
                  cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)))
      valid = false;
    if (!valid) {
      add(errors, err(pointer, std::string(what) + " bukan UTF-8 yang sah (byte " + std::to_string(i) + ")",
                      std::string(what) + " is not valid UTF-8 (byte " + std::to_string(i) + ")"));
      return;
    }
    if ((cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || (cp >= 0x7F && cp <= 0x9F)) {
      add(errors, err(pointer, std::string(what) + " berisi karakter kendali " + hex4(cp) + " pada posisi " + std::to_string(chars),
                      std::string(what) + " contains control character " + hex4(cp) + " at position " + std::to_string(chars)));
      return;
    }
    if (cp == 0x061C || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) ||
        (cp >= 0x2066 && cp <= 0x2069)) {
      add(errors, err(pointer, std::string(what) + " berisi tanda arah teks (bidi) " + hex4(cp) + " pada posisi " + std::to_string(chars) + " yang dapat menyamarkan isi",
                      std::string(what) + " contains bidi direction mark " + hex4(cp) + " at position " + std::to_string(chars) + ", which can disguise text"));
      return;
    }
    i += len;
    ++chars;
  }
  if (chars > kMaxStringChars) {
    add(errors, err(pointer, std::string(what) + " terlalu panjang: " + std::to_string(chars) + " karakter (maksimum " + std::to_string(kMaxStringChars) + ")",
                    std::string(what) + " is too long: " + std::to_string(chars) + " characters (at most " + std::to_string(kMaxStringChars) + ")"));
    return;
  }
  // "<script" in any letter case: harmless on the canvas, dangerous the day
  // a value reaches an HTML page (the accessible fallback), so refused.
  static constexpr std::string_view kScript = "<script";
  bool script = false;
  for (std::size_t at = s.find('<'); !script && at != std::string_view::npos; at = s.find('<', at + 1)) {
    script = at + kScript.size() <= s.size();
    for (std::size_t k = 1; script && k < kScript.size(); ++k) {
      const char c = s[at + k];
      script = (c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c) == kScript[k];
    }
  }
  if (script)
    add(errors, err(pointer, std::string(what) + " berisi \"<script\"", std::string(what) + " contains \"<script\""));
}

void walk_strings(const json& v, std::string& pointer, std::vector<ValidationError>& errors) {
  if (errors.size() > kMaxErrors) return;
  if (v.is_string()) {
    check_one_string(v.get_ref<const std::string&>(), pointer, "teks / text", errors);
  } else if (v.is_object()) {
    for (const auto& [key, child] : v.items()) {
      const std::size_t keep = pointer.size();
      pointer += '/';
      pointer += json_pointer_token(key);
      check_one_string(key, pointer, "nama kolom / key", errors);
      walk_strings(child, pointer, errors);
      pointer.resize(keep);
    }
  } else if (v.is_array()) {
    std::size_t i = 0;
    for (const auto& child : v) {
      const std::size_t keep = pointer.size();
      pointer += '/';
      pointer += std::to_string(i++);
      walk_strings(child, pointer, errors);
      pointer.resize(keep);
    }
  }
}


}  // namespace

void check_strings(const json& value, const std::string& pointer, std::vector<ValidationError>& errors) {
  std::string p = pointer;
  walk_strings(value, p, errors);
}

void check_envelope(const json& r, const std::string& ptr, std::vector<ValidationError>& errors) {
  if (!r.is_object()) {
    add(errors, err(ptr, "rekaman harus berupa objek", "a record must be an object"));
    return;
  }
  const auto id = r.find("id");
  if (id == r.end() || !id->is_string() || !is_valid_id(id->get_ref<const std::string&>()))
    add(errors, err(ptr + "/id", "\"id\" harus 1–64 karakter A-Z a-z 0-9 . _ : -",
                    "\"id\" must be 1–64 of A-Z a-z 0-9 . _ : -"));
  const auto ver = r.find("ver");
  bool ver_ok = ver != r.end() && ver->is_object() && !ver->empty();
  if (ver_ok)
    for (const auto& [device, n] : ver->items())
      if (!is_valid_id(device) || !n.is_number_unsigned() || n.get<std::uint64_t>() == 0) ver_ok = false;
  if (!ver_ok)
    add(errors, err(ptr + "/ver", "\"ver\" harus objek {id perangkat: bilangan bulat positif}",
                    "\"ver\" must be an object {device id: positive integer}"));
  const auto hlc = r.find("hlc");
  if (hlc == r.end() || !hlc->is_string() || !parse_hlc(hlc->get_ref<const std::string&>()))
    add(errors, err(ptr + "/hlc", "\"hlc\" harus berbentuk 2026-11-28T12:00:00.000Z/0000/id-perangkat",
                    "\"hlc\" must look like 2026-11-28T12:00:00.000Z/0000/device-id"));
  const auto author = r.find("author");
  if (author == r.end() || !author->is_string() || author->get_ref<const std::string&>().empty() ||
      author->get_ref<const std::string&>().size() > 64)
    add(errors, err(ptr + "/author", "\"author\" harus teks tidak kosong (NIP, admin, kiosk atau system)",
                    "\"author\" must be non-empty text (a NIP, admin, kiosk or system)"));
  for (const char* key : {"created", "updated"}) {
    const auto t = r.find(key);
    if (t == r.end() || !t->is_string() || !parse_iso(t->get_ref<const std::string&>()))
      add(errors, err(ptr + "/" + key, std::string("\"") + key + "\" harus waktu ISO 8601 UTC",
                      std::string("\"") + key + "\" must be an ISO 8601 UTC time"));
  }
  const auto deleted = r.find("deleted");
  if (deleted != r.end() && !deleted->is_boolean())
    add(errors, err(ptr + "/deleted", "\"deleted\" harus true atau false", "\"deleted\" must be true or false"));
}

}  // namespace kinerja
