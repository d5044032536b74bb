// Internal to facts: one pass that cuts a string into word, number and
// punctuation tokens with byte spans, shared by the figure and name scanners,
// plus the small word lists both of them consult.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "parallax/model.hpp"

namespace parallax::facts_detail {

enum class TokKind { word, number, punct };

struct Tok {
    Span span;
    TokKind kind = TokKind::punct;
    // word: folded (lower case); number: digits with separators removed
    // ("1200.5"); punct: the mark with dashes folded to "-", curly quotes to
    // '"' / '\'' .
    std::string low;
    bool cap = false;             // word: first letter upper case
    bool all_caps = false;        // word: every letter upper case ("USD", "NATO")
    bool space_before = false;    // whitespace between the previous token and this one
    bool newline_before = false;  // that whitespace held a line break
    // numbers only
    double value = 0;
    int int_digits = 0;    // digits before the decimal point
    bool grouped = false;  // thousands separators seen ("7,500", "1 200")
    bool decimal = false;
};

std::vector<Tok> scan(std::string_view text);

// The text cut at line breaks (facts never cross one), and over-long lines
// cut after a sentence end, so that scanners hold only a line's tokens.
std::vector<Span> lines(std::string_view text);

inline bool is_word(const std::vector<Tok>& t, std::size_t i) {
    return i < t.size() && t[i].kind == TokKind::word;
}
inline bool is_word(const std::vector<Tok>& t, std::size_t i, std::string_view w) {
    return i < t.size() && t[i].kind == TokKind::word && t[i].low == w;
}
inline bool is_punct(const std::vector<Tok>& t, std::size_t i, std::string_view p) {
    return i < t.size() && t[i].kind == TokKind::punct && t[i].low == p;
}
inline bool is_number(const std::vector<Tok>& t, std::size_t i) {
    return i < t.size() && t[i].kind == TokKind::number;
}
// Token i follows token i-1 with no whitespace between.
inline bool attached(const std::vector<Tok>& t, std::size_t i) {
    return i < t.size() && i > 0 && !t[i].space_before;
}

// Titles and ranks written before a name ("dr", "president", "prime minister"
// is matched word by word). Takes the folded word without its period.
bool is_honorific(std::string_view folded);

// Folded word in a sorted constant table.
bool in_table(const std::vector<std::string_view>& sorted, std::string_view w);
std::vector<std::string_view> sorted_table(std::initializer_list<std::string_view> words);

}  // namespace parallax::facts_detail
