// normalize: folded forms for matching. The original text is never changed;
// every folded form sits beside the span it came from.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "parallax/model.hpp"

namespace parallax {

// The folded form used for matching: zero-width and other default-ignorable
// characters dropped (soft hyphen too), NFKC + case fold, curly quotes,
// primes and guillemets folded to ASCII quotes, every dash and minus to '-'.
std::string fold(std::string_view text);

// Sets Token::id of every token of the document to its folded form in
// `lexicon`, which the document then shares. Documents compared together
// must share one lexicon: ids are only comparable within one.
void normalize(Document& doc, const std::shared_ptr<Lexicon>& lexicon);

// A document on its own (the facts command, tests): a lexicon of its own.
void normalize(Document& doc);

// Function words that carry no content for alignment ("the", "of", ...).
bool is_stopword(std::string_view folded);

// A light English suffix stripper ("supported" -> "support") so that
// inflected forms meet; only for similarity, never shown.
std::string stem(std::string_view folded);

}  // namespace parallax
