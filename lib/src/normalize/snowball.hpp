// The only doorway to Snowball (Debian libstemmer-dev): Russian stems, and
// stems in the languages of bilingual dictionaries.
#pragma once

#include <string>
#include <string_view>

namespace parallax {

// The Snowball Russian stem of `word` (lower case, UTF-8): "соглашения",
// "соглашение", "соглашением" all give "соглашен". `word` itself if the
// stemmer cannot be had.
std::string russian_stem(std::string_view word);

// The Snowball stem of `word` in `language` (ISO 639-1: en, es, ru, de,
// fr, ...); `word` itself for a language Snowball has no stemmer for.
std::string stem_in(std::string_view language, std::string_view word);

}  // namespace parallax
