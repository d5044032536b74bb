// The only doorway to Snowball (Debian libstemmer-dev): Russian stems.
#pragma once

#include <string>
#include <string_view>

namespace parallax {

// The Snowball Russian stem of `word` (lower case, UTF-8): "соглашения",
// "соглашение", "соглашением" all give "соглашен". `word` itself if the
// stemmer cannot be had.
std::string russian_stem(std::string_view word);

}  // namespace parallax
