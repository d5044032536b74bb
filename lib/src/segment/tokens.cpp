#include "parallax/segment.hpp"
#include "../unicode/marks.hpp"
#include "../unicode/unicode.hpp"

namespace parallax {

namespace {

// Han ideographs and kana: these scripts put no spaces between words, so
// each character is a token of its own (a word diff then works per
// character, as it should for them).
bool is_cjk(char32_t c) {
    return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x2FFFF);
}

bool is_letter_or_mark(char32_t c) {
    auto k = unicode::classify(c);
    return k == unicode::Class::letter || k == unicode::Class::upper_letter || k == unicode::Class::mark;
}

// Letters and combining marks of any script but Han and kana, with
// apostrophes and zero-width characters between letters: O'Neill, don't,
// Europe's, Kabi<ZWSP>bekov.
std::size_t letters_end(std::string_view text, std::size_t pos, std::size_t end) {
    while (pos < end) {
        std::size_t save = pos;
        char32_t d = unicode::next(text, pos);
        if (is_letter_or_mark(d) && !is_cjk(d)) continue;
        if ((unicode::is_apostrophe(d) || unicode::is_ignorable(d)) && pos < end) {
            std::size_t look = pos;
            if (unicode::is_letter(unicode::next(text, look))) continue;
        }
        pos = save;
        break;
    }
    return pos;
}

}  // namespace

std::size_t word_end(std::string_view text, std::size_t pos, std::size_t end) {
    std::size_t first = pos;
    if (pos < end && is_cjk(unicode::next(text, first))) return first;
    return letters_end(text, pos, end);
}

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
                if (unicode::is_letter(d) && !is_cjk(d)) {  // "24th", "1.2m", "5G": a word that starts with digits ("400亿" is a number and a character)
                    t.kind = TokenKind::word;
                    continue;
                }
                pos = save;
                break;
            }
        } else if (cls == unicode::Class::letter || cls == unicode::Class::upper_letter || cls == unicode::Class::mark) {
            t.kind = TokenKind::word;
            t.capitalized = cls == unicode::Class::upper_letter;
            // letters with digits inside ("G20", "COVID19"); a Han character
            // is a word of its own, and digits after it a number ("到400")
            pos = word_end(text, start, span.end);
            while (!is_cjk(c) && pos < span.end) {
                std::size_t after = pos;
                char32_t d = unicode::next(text, after);
                if (unicode::classify(d) != unicode::Class::digit || is_cjk(d)) break;
                pos = letters_end(text, after, span.end);
            }
        } else {
            t.kind = TokenKind::punct;
        }
        t.span.end = pos;
        out.push_back(t);
    }
    return out;
}

}  // namespace parallax
