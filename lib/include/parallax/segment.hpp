// segment: paragraphs, sentences and tokens, each with byte offsets into the
// original text.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "parallax/model.hpp"

namespace parallax {

// Paragraph spans: blocks separated by blank lines; inside a block, a line
// that starts with a bullet, or an indented line after a finished line,
// starts a new paragraph. Spans exclude surrounding whitespace and a BOM.
std::vector<Span> split_paragraphs(std::string_view text);

// The one word rule, shared with facts: the end of the word that starts
// at `pos` (a letter or combining mark) before `end`. A Han or kana character
// is a word of its own; otherwise letters and marks, with apostrophes and
// zero-width characters between letters ("O'Neill", "Kabi<ZWSP>bekov").
std::size_t word_end(std::string_view text, std::size_t pos, std::size_t end);

// Tokens of text[span]: words (letters, digits, inner apostrophes),
// numbers (digits with inner ',' or '.'), and single punctuation marks.
// Folded ids are filled in by normalize.
// Hyphens and dashes are punctuation, so "Confidence-Building" meets
// "Confidence Building".
std::vector<Token> tokenize(std::string_view text, Span span);

// Sentences over already tokenized text; abbreviation-aware ("U.S.", "Dr.",
// "No. 5", initials) and aware of closing quotes after the stop.
// Token indices are relative to `tokens`.
std::vector<Sentence> split_sentences(std::string_view text, std::span<const Token> tokens);

// All of the above for a whole document: Document::tokens, paragraphs with
// ids 0-based in reading order, sentences; token ranges index Document::tokens;
// and Document::language (detect_language).
void segment(Document& doc);

// The document's language from the script most of its letters are in: "zh"
// (Han, a character weighing three letters), "ja" (kana), "kk" (Cyrillic with
// Kazakh's own letters, 1% or more), "ru" (other Cyrillic), "und-Arab", "en"
// (Latin with 20% or more English stopwords), else "und". Needs the tokens.
std::string detect_language(const Document& doc);

}  // namespace parallax
