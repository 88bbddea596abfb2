#include "core/base/crypto.hpp"

#include <sodium.h>

namespace kinerja::crypto {

static_assert(crypto_sign_ed25519_PUBLICKEYBYTES == 32 && crypto_sign_ed25519_SECRETKEYBYTES == 64 &&
              crypto_sign_ed25519_SEEDBYTES == 32 && crypto_sign_ed25519_BYTES == 64 &&
              crypto_hash_sha256_BYTES == 32);

Seed random_seed() {
  Seed s{};
  randombytes_buf(s.data(), s.size());
  return s;
}

KeyPair keypair_from_seed(const Seed& seed) {
  KeyPair k;
  crypto_sign_ed25519_seed_keypair(k.public_key.data(), k.secret_key.data(), seed.data());
  return k;
}

Signature sign(std::string_view message, const SecretKey& sk) {
  Signature s{};
  crypto_sign_ed25519_detached(s.data(), nullptr, reinterpret_cast<const unsigned char*>(message.data()),
                               message.size(), sk.data());
  return s;
}

bool verify(std::string_view message, const Signature& s, const PublicKey& pk) {
  return crypto_sign_ed25519_verify_detached(s.data(), reinterpret_cast<const unsigned char*>(message.data()),
                                             message.size(), pk.data()) == 0;
}

Digest sha256(std::string_view bytes) {
  Digest d{};
  crypto_hash_sha256(d.data(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  return d;
}

std::string to_hex(const std::uint8_t* bytes, std::size_t n) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out(2 * n, '0');
  for (std::size_t i = 0; i < n; ++i) {
    out[2 * i] = kDigits[bytes[i] >> 4];
    out[2 * i + 1] = kDigits[bytes[i] & 15];
  }
  return out;
}

namespace {
int nibble(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}
}  // namespace

template <std::size_t N>
std::optional<std::array<std::uint8_t, N>> from_hex(std::string_view hex) {
  if (hex.size() != 2 * N) return std::nullopt;
  std::array<std::uint8_t, N> out{};
  for (std::size_t i = 0; i < N; ++i) {
    const int hi = nibble(hex[2 * i]), lo = nibble(hex[2 * i + 1]);
    if (hi < 0 || lo < 0) return std::nullopt;
    out[i] = static_cast<std::uint8_t>(hi * 16 + lo);
  }
  return out;
}
template std::optional<std::array<std::uint8_t, 32>> from_hex<32>(std::string_view);
template std::optional<std::array<std::uint8_t, 64>> from_hex<64>(std::string_view);

}  // namespace kinerja::crypto
