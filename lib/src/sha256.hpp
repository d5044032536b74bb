// SHA-256: names the report's own inline script and style in its
// Content-Security-Policy ('sha256-...'), so nothing else on the page runs,
// and gives each discrepancy its stable id (compare/discrepancy_ids.cpp).
#pragma once

#include <string>
#include <string_view>

namespace parallax {

// The digest of `s`, base64-encoded (44 characters).
std::string sha256_base64(std::string_view s);

// The digest of `s` in lowercase hexadecimal (64 characters).
std::string sha256_hex(std::string_view s);

}  // namespace parallax
