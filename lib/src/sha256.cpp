// The one adapter over nettle's SHA-256 (which uses the CPU's SHA
// instructions where there are any).
#include "sha256.hpp"

#include <array>
#include <cstdint>

#include <nettle/sha2.h>

namespace parallax {

namespace {

std::array<unsigned char, SHA256_DIGEST_SIZE> digest_of(std::string_view s) {
    sha256_ctx ctx;
    sha256_init(&ctx);
    sha256_update(&ctx, s.size(), reinterpret_cast<const std::uint8_t*>(s.data()));
    std::array<unsigned char, SHA256_DIGEST_SIZE> digest{};
    sha256_digest(&ctx, digest.size(), digest.data());
    return digest;
}

}  // namespace

std::string sha256_hex(std::string_view s) {
    static const char* hex = "0123456789abcdef";
    std::string out;
    for (unsigned char b : digest_of(s)) out += hex[b >> 4], out += hex[b & 15];
    return out;
}

std::string sha256_base64(std::string_view s) {
    auto digest = digest_of(s);
    static const char* b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    for (int i = 0; i < 32; i += 3) {
        std::uint32_t v = std::uint32_t{digest[i]} << 16 | (i + 1 < 32 ? std::uint32_t{digest[i + 1]} << 8 : 0) | (i + 2 < 32 ? digest[i + 2] : 0);
        out += b64[(v >> 18) & 63];
        out += b64[(v >> 12) & 63];
        out += i + 1 < 32 ? b64[(v >> 6) & 63] : '=';
        out += i + 2 < 32 ? b64[v & 63] : '=';
    }
    return out;
}

}  // namespace parallax
