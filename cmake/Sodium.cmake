# libsodium for Ed25519 signatures and SHA-256 (core/base/crypto).
#
# Native: Debian's libsodium-dev. Wasm: Debian's source package with Debian's
# patches applied (scripts/setup.sh), compiled here with only what signing,
# verifying and hashing need — portable C, no assembly, no threads. Both are
# libsodium 1.0.18 from the same Debian release, and the unit tests check
# RFC 8032's vectors in both and that each verifies the other's signatures.
if(EMSCRIPTEN)
  enable_language(C)
  set(KINERJA_SODIUM_DIR "${KINERJA_DEPS_DIR}/libsodium/src/libsodium")
  if(NOT EXISTS "${KINERJA_DEPS_DIR}/libsodium/.patched")
    message(FATAL_ERROR "libsodium sources missing in ${KINERJA_DEPS_DIR}/libsodium: run scripts/setup.sh")
  endif()
  set(VERSION "1.0.18")
  set(SODIUM_LIBRARY_VERSION_MAJOR 10)
  set(SODIUM_LIBRARY_VERSION_MINOR 3)
  set(SODIUM_LIBRARY_MINIMAL_DEF "#define SODIUM_LIBRARY_MINIMAL 1")
  # version.h is what the package's configure would write, beside export.h.
  configure_file("${KINERJA_SODIUM_DIR}/include/sodium/version.h.in" "${KINERJA_SODIUM_DIR}/include/sodium/version.h"
                 @ONLY)
  set(d "${KINERJA_SODIUM_DIR}")
  add_library(kinerja_sodium STATIC
    "${d}/crypto_sign/ed25519/sign_ed25519.c"
    "${d}/crypto_sign/ed25519/ref10/keypair.c"
    "${d}/crypto_sign/ed25519/ref10/open.c"
    "${d}/crypto_sign/ed25519/ref10/sign.c"
    "${d}/crypto_core/ed25519/ref10/ed25519_ref10.c"
    "${d}/crypto_hash/sha512/hash_sha512.c"
    "${d}/crypto_hash/sha512/cp/hash_sha512_cp.c"
    "${d}/crypto_hash/sha256/hash_sha256.c"
    "${d}/crypto_hash/sha256/cp/hash_sha256_cp.c"
    "${d}/crypto_verify/sodium/verify.c"
    "${d}/randombytes/randombytes.c"
    "${d}/sodium/core.c"
    "${d}/sodium/runtime.c"
    "${d}/sodium/utils.c"
    "${d}/sodium/codecs.c")
  # Internal headers are reached as "private/…" from include/sodium.
  target_include_directories(kinerja_sodium SYSTEM PUBLIC "${d}/include")
  target_include_directories(kinerja_sodium PRIVATE "${d}/include/sodium")
  target_compile_definitions(kinerja_sodium PRIVATE CONFIGURED=1 NATIVE_LITTLE_ENDIAN=1 SODIUM_STATIC=1
                                                    SODIUM_LIBRARY_MINIMAL=1)
  target_compile_options(kinerja_sodium PRIVATE -O2 -w)
else()
  find_path(KINERJA_SODIUM_INCLUDE sodium.h)
  find_library(KINERJA_SODIUM_LIBRARY NAMES libsodium.a sodium)
  if(NOT KINERJA_SODIUM_INCLUDE OR NOT KINERJA_SODIUM_LIBRARY)
    message(FATAL_ERROR "libsodium-dev is missing: run scripts/setup.sh (make test does)")
  endif()
  add_library(kinerja_sodium INTERFACE)
  target_include_directories(kinerja_sodium SYSTEM INTERFACE "${KINERJA_SODIUM_INCLUDE}")
  target_link_libraries(kinerja_sodium INTERFACE "${KINERJA_SODIUM_LIBRARY}")
endif()
