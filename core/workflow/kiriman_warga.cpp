#include "core/workflow/kiriman_warga.hpp"

#include "core/base/crypto.hpp"
#include "core/base/text.hpp"
#include "core/workflow/kiosk.hpp"

#include <charconv>

namespace kinerja {
namespace {

constexpr std::string_view kPrefix = "KS1-";
// Crockford's base32: no I, L, O or U, so a code read aloud or retyped survives.
constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

std::string base32(std::string_view bytes) {
  std::string out;
  std::uint32_t buffer = 0;
  int bits = 0;
  for (unsigned char c : bytes) {
    buffer = (buffer << 8) | c;
    bits += 8;
    while (bits >= 5) {
      out += kAlphabet[(buffer >> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += kAlphabet[(buffer << (5 - bits)) & 31];
  return out;
}

std::optional<std::string> unbase32(std::string_view text) {
  std::string out;
  std::uint32_t buffer = 0;
  int bits = 0;
  for (char c : text) {
    // the look-alikes a person may type: O → 0, I and L → 1
    if (c == 'O') c = '0';
    if (c == 'I' || c == 'L') c = '1';
    const auto at = kAlphabet.find(c);
    if (at == std::string_view::npos) return std::nullopt;
    buffer = (buffer << 5) | static_cast<std::uint32_t>(at);
    bits += 5;
    if (bits >= 8) {
      out += static_cast<char>((buffer >> (bits - 8)) & 0xFF);
      bits -= 8;
    }
  }
  return out;
}

// Six base32 characters of the SHA-256 of the fields: a cut or mistyped code
// fails this check (about one chance in a billion to pass by luck).
std::string checksum(std::string_view payload) {
  const auto d = crypto::sha256(payload);
  return base32(std::string_view(reinterpret_cast<const char*>(d.data()), 4)).substr(0, 6);
}

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  std::size_t from = 0;
  for (std::size_t at; (at = s.find(sep, from)) != std::string_view::npos; from = at + 1) out.push_back(s.substr(from, at - from));
  out.push_back(s.substr(from));
  return out;
}

ValidationError rusak(std::string id, std::string en) { return {"/kode", std::move(id), std::move(en)}; }

} // namespace

std::string kode_kiriman(const KirimanWarga& k) {
  // appended piece by piece: GCC 12 warns falsely (-Wrestrict) on a chain of + here
  std::string payload;
  payload += k.pengaduan ? 'p' : 's';
  payload += '|';
  payload += k.unit_id;
  payload += '|';
  if (k.pengaduan) {
    payload += k.kategori;
  } else {
    for (auto a : k.answers) payload += static_cast<char>('0' + a);
  }
  payload += '|';
  payload += std::to_string(k.menit);
  payload += '|';
  payload += k.acak;
  std::string code(kPrefix);
  code += base32(payload);
  code += '-';
  code += checksum(payload);
  return code;
}

BacaKiriman baca_kiriman(std::string_view pesan) {
  BacaKiriman out;
  std::string upper;
  for (char c : pesan) upper += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
  const std::size_t at = upper.find(kPrefix);
  if (at == std::string::npos) {
    out.errors.push_back(rusak("Tidak ada kode kiriman (diawali KS1-) dalam teks yang ditempel",
                               "No submission code (starting KS1-) in the pasted text"));
    return out;
  }
  std::size_t end = at + kPrefix.size();
  while (end < upper.size() && (kAlphabet.find(upper[end]) != std::string_view::npos || upper[end] == '-' ||
                                upper[end] == 'O' || upper[end] == 'I' || upper[end] == 'L'))
    ++end;
  out.kode = upper.substr(at, end - at);
  const std::string_view body = std::string_view(out.kode).substr(kPrefix.size());
  const std::size_t dash = body.rfind('-');
  const auto payload = dash == std::string_view::npos ? std::nullopt : unbase32(body.substr(0, dash));
  if (!payload || checksum(*payload) != body.substr(dash + 1)) {
    out.errors.push_back(rusak("Kode kiriman rusak atau terpotong; salin lagi seluruh pesan dari warga",
                               "The submission code is damaged or cut short; copy the citizen's whole message again"));
    return out;
  }
  const auto f = split(*payload, '|');
  KirimanWarga k;
  bool ok = f.size() == 5 && (f[0] == "s" || f[0] == "p") && !f[1].empty();
  if (ok) {
    k.pengaduan = f[0] == "p";
    k.unit_id = std::string(f[1]);
    if (k.pengaduan) {
      k.kategori = std::string(f[2]);
    } else {
      ok = f[2].size() == kJumlahUnsurSkm;
      for (std::size_t i = 0; ok && i < kJumlahUnsurSkm; ++i) {
        ok = f[2][i] >= '0' && f[2][i] <= '4';
        k.answers[i] = static_cast<std::uint8_t>(f[2][i] - '0');
      }
    }
    const auto [p, ec] = std::from_chars(f[3].data(), f[3].data() + f[3].size(), k.menit);
    ok = ok && ec == std::errc() && p == f[3].data() + f[3].size() && k.menit > 0;
    k.acak = std::string(f[4]);
  }
  if (!ok) {
    out.errors.push_back(rusak("Isi kode kiriman tidak terbaca", "The submission code's contents do not read"));
    return out;
  }
  out.kiriman = std::move(k);
  return out;
}

OperationResult simpan_kiriman(const Bundle& b, const Store& store, const RuleSet& rules, const BacaKiriman& baca,
                               std::string_view device) {
  if (!baca.ok()) {
    OperationResult out;
    out.errors = baca.errors;
    return out;
  }
  const KirimanWarga& k = *baca.kiriman;
  const std::string collection = k.pengaduan ? "complaints" : "skm_responses";
  const auto d = crypto::sha256(baca.kode);
  const std::string id = "web-" + crypto::to_hex(d.data(), 8);
  if (find_record(store, collection, id) != nullptr)
    return refused(rusak("Kiriman ini sudah diterima sebelumnya (" + id + "); tidak dicatat dua kali",
                         "This submission was already received (" + id + "); it is not recorded twice"));
  const std::int64_t when = k.menit * 60'000;
  RekamanKios r = k.pengaduan ? rekaman_pengaduan(b, store, rules.lapor, k.unit_id, k.kategori, KanalPengaduan::web,
                                                  device, when)
                              : rekaman_skm(b, store, rules.kuesioner_skm, rules.ikm, k.unit_id, k.answers, ProfilIsian{},
                                            device, when);
  if (!r.ok()) return static_cast<OperationResult>(r);
  for (auto& c : r.changes) c.record["id"] = id;
  return static_cast<OperationResult>(r);
}

} // namespace kinerja
