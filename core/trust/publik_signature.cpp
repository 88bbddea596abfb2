#include "core/trust/publik_signature.hpp"

#include "core/base/calendar.hpp"
#include "core/trust/parts.hpp"

namespace kinerja::trust {

using nlohmann::json;

namespace {

// What the key signs: the digest of the figures (everything but the block)
// with the block's own fields, so neither can be swapped for another's.
std::string payload(const json& document, const json& block) {
  json figures = document;
  figures.erase(std::string(kTandaTangan));
  const json p = {{"collection", "publik"},
                  {"digest", value_digest(figures)},
                  {"key_id", block.value("key_id", "")},
                  {"signed", block.value("signed", "")}};
  return p.dump();
}

}  // namespace

PublikToSign publik_to_sign(json figures, std::string_view key_id, const json& registration, std::int64_t now_ms) {
  figures.erase(std::string(kTandaTangan));
  json block = {{"key_id", key_id}, {"signed", format_timestamp_ms(now_ms)}};
  json reg = registration;
  for (const char* k : {"ver", "hlc", "author", "created", "updated", "deleted"}) reg.erase(k);
  block["registration"] = std::move(reg);
  std::string bytes = payload(figures, block);
  figures[std::string(kTandaTangan)] = std::move(block);
  return {std::move(figures), std::move(bytes)};
}

json with_publik_signature(json document, const crypto::Signature& sig) {
  document[std::string(kTandaTangan)]["signature"] = crypto::to_hex(sig);
  return document;
}

json sign_publik(json figures, const Signer& signer, const json& registration, std::int64_t now_ms) {
  auto p = publik_to_sign(std::move(figures), signer.key.id, registration, now_ms);
  return with_publik_signature(std::move(p.document), crypto::sign(p.payload, signer.secret));
}

PublikSignatureCheck check_publik_signature(const json& document, const TrustAnchor& anchor) {
  PublikSignatureCheck out;
  const auto fail = [&](std::string pointer, std::string id, std::string en) {
    out.error = ValidationError{std::move(pointer), std::move(id), std::move(en)};
    return out;
  };
  const std::string at = "/tanda_tangan";  // kTandaTangan's pointer
  const auto it = document.is_object() ? document.find(std::string(kTandaTangan)) : document.end();
  if (!document.is_object() || it == document.end())
    return fail(at, "publik.json tidak bertanda tangan BKPSDM", "publik.json is not signed by BKPSDM");
  const json& block = *it;
  if (!block.is_object()) return fail(at, "tanda tangan harus objek", "the signature block must be an object");
  const auto text = [&](const char* k) {
    const auto f = block.find(k);
    return f != block.end() && f->is_string() ? f->get<std::string>() : std::string();
  };
  out.key_id = text("key_id");
  out.signed_at = text("signed");
  const auto reg_it = block.find("registration");
  if (reg_it == block.end() || !reg_it->is_object())
    return fail(at + "/registration", "pendaftaran kunci penanda tangan tidak ada", "the signer's key registration is missing");
  const auto reg = read_registration(*reg_it, anchor);
  if (reg.error)
    return fail(std::string("/tanda_tangan/registration").append(reg.error->pointer), reg.error->message_id,
                reg.error->message_en);
  out.signer = reg.key->nip;
  if (reg.key->id != out.key_id)
    return fail(at + "/key_id", "kunci penanda tangan tidak sesuai dengan pendaftarannya",
                "the signing key does not match its registration");
  if (reg.key->peran != Peran::admin)
    return fail(at + "/registration/peran", "hanya admin BKPSDM yang boleh menerbitkan angka publik",
                "only a BKPSDM admin may publish public figures");
  const auto when = parse_timestamp_ms(out.signed_at);
  if (!when) return fail(at + "/signed", "waktu tanda tangan tidak sah", "the signing time is not a timestamp");
  if (!reg.key->valid_at(*when))
    return fail(at + "/signed", "kunci penanda tangan tidak berlaku pada waktu penandatanganan (dicabut atau belum berlaku)",
                "the signing key was not valid when it signed (revoked or not yet valid)");
  const auto sig = crypto::from_hex<64>(text("signature"));
  if (!sig || !crypto::verify(payload(document, block), *sig, reg.key->public_key))
    return fail(at + "/signature", "tanda tangan tidak cocok: angka publik telah diubah setelah ditandatangani",
                "the signature does not match: the figures were changed after signing");
  return out;
}

SignedPublik read_signed_publik(std::string_view bytes, const TrustAnchor& anchor) {
  SignedPublik out;
  auto parsed = parse_publik(bytes);
  if (!parsed.ok()) {
    out.error = parsed.errors.empty() ? ValidationError{"/", "berkas tidak sah", "invalid file"} : parsed.errors.front();
    return out;
  }
  // parse_publik accepted it, so it is JSON
  out.signature = check_publik_signature(json::parse(bytes, nullptr, false), anchor);
  if (out.signature.error) {
    out.error = out.signature.error;
    return out;
  }
  out.figures = std::move(parsed.publik);
  return out;
}

}  // namespace kinerja::trust
