// normalize: folded forms for matching. The original text is never changed;
// every folded form sits beside the span it came from.
#pragma once

#include <string>
#include <string_view>

#include "parallax/model.hpp"

namespace parallax {

// NFKC + case fold, with curly quotes, primes and guillemets folded to ASCII
// quotes, every dash and minus to '-', and soft hyphens dropped.
std::string fold(std::string_view text);

// Fills Token::norm for every token of the document.
void normalize(Document& doc);

// Function words that carry no content for alignment ("the", "of", ...).
bool is_stopword(std::string_view folded);

// A light English suffix stripper ("supported" -> "support") so that
// inflected forms meet; only for similarity, never shown.
std::string stem(std::string_view folded);

}  // namespace parallax
