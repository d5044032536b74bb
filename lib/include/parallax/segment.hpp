// segment: paragraphs, sentences and tokens, each with byte offsets into the
// original text.
#pragma once

#include <string_view>
#include <vector>

#include "parallax/model.hpp"

namespace parallax {

// Paragraph spans: blocks separated by blank lines; inside a block, a line
// that starts with a bullet, or an indented line after a finished line,
// starts a new paragraph. Spans exclude surrounding whitespace and a BOM.
std::vector<Span> split_paragraphs(std::string_view text);

// Tokens of text[span]: words (letters, digits, inner apostrophes),
// numbers (digits with inner ',' or '.'), and single punctuation marks.
// Hyphens and dashes are punctuation, so "Confidence-Building" meets
// "Confidence Building".
std::vector<Token> tokenize(std::string_view text, Span span);

// Sentences over already tokenized text; abbreviation-aware ("U.S.", "Dr.",
// "No. 5", initials) and aware of closing quotes after the stop.
std::vector<Sentence> split_sentences(std::string_view text, const std::vector<Token>& tokens);

// All of the above for a whole document; ids are 0-based in reading order.
void segment(Document& doc);

}  // namespace parallax
