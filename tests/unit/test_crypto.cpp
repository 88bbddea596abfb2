// Ed25519 and SHA-256 through libsodium (core/base/crypto): RFC 8032's test
// vectors, and one signature made with a fixed seed that native and wasm must
// both produce byte for byte and both accept — so each verifies the other's.
#include "core/base/crypto.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace kinerja::crypto;

namespace {

std::string bytes_of_hex(std::string_view hex) {
  std::string out;
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2) out += static_cast<char>(std::stoi(std::string(hex.substr(i, 2)), nullptr, 16));
  return out;
}

struct Vector {
  const char* secret;
  const char* public_key;
  const char* message;
  const char* signature;
};

// RFC 8032 section 7.1, TEST 1, 2 and 3.
constexpr Vector kRfc8032[] = {
    {"9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
     "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", "",
     "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"},
    {"4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
     "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c", "72",
     "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00"},
    {"c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7",
     "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025", "af82",
     "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a"},
};

}  // namespace

TEST_SUITE("crypto") {
  TEST_CASE("RFC 8032 test vectors: public key and signature from the secret key; the signature verifies") {
    for (const auto& v : kRfc8032) {
      INFO(v.public_key);
      const auto seed = from_hex<32>(v.secret);
      REQUIRE(seed);
      const KeyPair k = keypair_from_seed(*seed);
      CHECK(to_hex(k.public_key) == v.public_key);
      const std::string message = bytes_of_hex(v.message);
      const Signature s = sign(message, k.secret_key);
      CHECK(to_hex(s) == v.signature);
      CHECK(verify(message, s, k.public_key));
      CHECK_FALSE(verify(message + "x", s, k.public_key));  // other bytes
      Signature flipped = s;
      flipped[10] ^= 1;
      CHECK_FALSE(verify(message, flipped, k.public_key));
    }
  }

  TEST_CASE("native and wasm make and accept the same signature") {
    Seed seed{};
    for (std::size_t i = 0; i < seed.size(); ++i) seed[i] = static_cast<std::uint8_t>(i * 7 + 1);
    const KeyPair k = keypair_from_seed(seed);
    const std::string message = "Kinerja Samarinda: predikat baik, 2026-12-03";
    // Made once and written here: Ed25519 is deterministic, so both builds must give exactly this.
    const char* kSignature =
        "7f7eac5db0be3e9a5692039684db866f98688fdcab47d6e52bfbaa00f43f7adff21d18794e1da42878f72682abf1730a669936db382de40260e45e6b4845a008";
    CHECK(to_hex(sign(message, k.secret_key)) == kSignature);
    const auto s = from_hex<64>(kSignature);
    REQUIRE(s);
    CHECK(verify(message, *s, k.public_key));
  }

  TEST_CASE("SHA-256 and hex") {
    CHECK(to_hex(sha256("abc")) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(to_hex(sha256("")) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK_FALSE(from_hex<32>("zz"));
    CHECK_FALSE(from_hex<32>(std::string(64, 'g')));
    CHECK(from_hex<32>(std::string(64, 'A')));
  }
}
