#include "parallax/segment.hpp"
#include "../unicode/unicode.hpp"

namespace parallax {

namespace {

bool is_apostrophe(char32_t c) { return c == '\'' || c == 0x2019 || c == 0x02BC; }

// Han ideographs and kana: these scripts put no spaces between words, so
// each character is a token of its own (a word diff then works per
// character, as it should for them).
bool is_cjk(char32_t c) {
    return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x2FFFF);
}

bool is_word_char(char32_t c) {
    auto k = unicode::classify(c);
    return k == unicode::Class::letter || k == unicode::Class::upper_letter ||
           k == unicode::Class::digit || k == unicode::Class::mark;
}

}  // namespace

std::vector<Token> tokenize(std::string_view text, Span span) {
    std::vector<Token> out;
    std::size_t pos = span.start;
    while (pos < span.end) {
        std::size_t start = pos;
        char32_t c = unicode::next(text, pos);
        auto cls = unicode::classify(c);
        if (cls == unicode::Class::space || cls == unicode::Class::other || c == 0x00A0 || c == 0xFEFF) continue;
        Token t;
        t.span.start = start;
        if (cls == unicode::Class::digit) {
            // digits, with ',' or '.' kept inside when a digit follows
            t.kind = TokenKind::number;
            while (pos < span.end) {
                std::size_t save = pos;
                char32_t d = unicode::next(text, pos);
                if (unicode::classify(d) == unicode::Class::digit) continue;
                if ((d == ',' || d == '.') && pos < span.end && unicode::classify(static_cast<unsigned char>(text[pos])) == unicode::Class::digit) continue;
                if (unicode::is_letter(d)) {  // "24th", "1.2m", "5G": a word that starts with digits
                    t.kind = TokenKind::word;
                    continue;
                }
                pos = save;
                break;
            }
        } else if (is_cjk(c)) {
            t.kind = TokenKind::word;
        } else if (is_word_char(c)) {
            t.kind = TokenKind::word;
            t.capitalized = cls == unicode::Class::upper_letter;
            while (pos < span.end) {
                std::size_t save = pos;
                char32_t d = unicode::next(text, pos);
                if (is_word_char(d) && !is_cjk(d)) continue;
                if (is_apostrophe(d) && pos < span.end) {
                    std::size_t look = pos;
                    char32_t e = unicode::next(text, look);
                    if (unicode::is_letter(e)) continue;  // O'Neill, don't, Europe's
                }
                pos = save;
                break;
            }
        } else {
            t.kind = TokenKind::punct;
        }
        t.span.end = pos;
        out.push_back(std::move(t));
    }
    return out;
}

}  // namespace parallax
