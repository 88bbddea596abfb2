// Ed25519 signatures and SHA-256, through libsodium (cmake/Sodium.cmake):
// the only place the core touches cryptography, and it never implements any.
// Keys and signatures travel in files as lower-case hex.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kinerja::crypto {

using PublicKey = std::array<std::uint8_t, 32>;
using SecretKey = std::array<std::uint8_t, 64>;  // libsodium's form: seed ‖ public key
using Seed = std::array<std::uint8_t, 32>;
using Signature = std::array<std::uint8_t, 64>;
using Digest = std::array<std::uint8_t, 32>;

struct KeyPair {
  PublicKey public_key{};
  SecretKey secret_key{};
};

// 32 bytes from the system's secure random source (libsodium's randombytes).
Seed random_seed();
// The key pair of a 32-byte seed (RFC 8032: the seed is the private key).
KeyPair keypair_from_seed(const Seed&);
// The detached signature of `message`.
Signature sign(std::string_view message, const SecretKey&);
// Whether `signature` is `public_key`'s over exactly `message`.
bool verify(std::string_view message, const Signature&, const PublicKey&);
Digest sha256(std::string_view bytes);

std::string to_hex(const std::uint8_t* bytes, std::size_t n);
template <std::size_t N>
std::string to_hex(const std::array<std::uint8_t, N>& a) {
  return to_hex(a.data(), N);
}
// Exactly 2·N hex digits (either case) → N bytes; nullopt otherwise.
template <std::size_t N>
std::optional<std::array<std::uint8_t, N>> from_hex(std::string_view hex);

}  // namespace kinerja::crypto
