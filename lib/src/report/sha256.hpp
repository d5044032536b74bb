// SHA-256, only to name the report's own inline script and style in its
// Content-Security-Policy ('sha256-...'), so nothing else on the page runs.
#pragma once

#include <string>
#include <string_view>

namespace parallax::report {

// The digest of `s`, base64-encoded (44 characters).
std::string sha256_base64(std::string_view s);

}  // namespace parallax::report
