// normalize: folded forms for matching. The original text is never changed;
// every folded form sits beside the span it came from.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "parallax/model.hpp"

namespace parallax {

// The folded form used for matching: zero-width and other default-ignorable
// characters dropped (soft hyphen too), NFKC + case fold, curly quotes,
// primes and guillemets folded to ASCII quotes, every dash and minus to '-'.
std::string fold(std::string_view text);

// Sets Token::id of every token of the document to its folded form in
// `lexicon`, which the document then shares; finds the pinyin a page prints
// after Han characters ("學(xué)生") and drops its tokens, its spans going
// to Document::annotations. Documents compared together
// must share one lexicon: ids are only comparable within one.
void normalize(Document& doc, const std::shared_ptr<Lexicon>& lexicon);

// A document on its own (the facts command, tests): a lexicon of its own.
void normalize(Document& doc);

// The text of a span of a document as the fact finders read it: without
// the annotations inside it (Document::annotations), so that a figure a
// pinyin mirror cuts in two ("2021年(nian)7月1日") reads as one.
struct ReadingText {
    std::string_view text;   // what to read: a view of the document's text, or of `cut`
    std::size_t start = 0;   // where the span starts in the document's text
    std::string cut;         // the span's text without its annotations, when it had any
    std::vector<std::pair<std::size_t, std::size_t>> cuts;  // (offset in `text`, bytes cut there), in order
};

// Fills `out` for `span` of `doc`; `text` may point into out.cut, so `out`
// is filled in place. Without annotations in the span, no copy is made.
void reading_text(const Document& doc, Span span, ReadingText& out);

// Where `found`, an offset range of r.text, is in the document's text; an
// annotation inside it is inside the result too.
Span original_span(const ReadingText& r, Span found);

// Function words that carry no content for alignment ("the", "of", ...).
bool is_stopword(std::string_view folded);

// A light English suffix stripper ("supported" -> "support") so that
// inflected forms meet; a Russian word (Russian letters only) gets its
// Snowball stem ("соглашения", "соглашение" -> "соглашен"). Only for
// similarity, never shown.
std::string stem(std::string_view folded);

}  // namespace parallax
