// The only doorway to utf8proc: every Unicode property or transform the
// engine needs is asked for here, so the library can be swapped in one file.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace parallax::unicode {

inline constexpr std::size_t valid = static_cast<std::size_t>(-1);

// Byte offset of the first invalid UTF-8 sequence, or `valid`.
std::size_t first_invalid_byte(std::string_view bytes);

// Decodes the code point at `pos` and advances `pos` past it. Input must be
// valid UTF-8 (checked by read); a stray byte decodes as U+FFFD.
char32_t next_multibyte(std::string_view s, std::size_t& pos);
inline char32_t next(std::string_view s, std::size_t& pos) {
    unsigned char b = static_cast<unsigned char>(s[pos]);
    if (b < 0x80) {  // most text is ASCII: no call
        ++pos;
        return b;
    }
    return next_multibyte(s, pos);
}

void append(std::string& out, char32_t c);

enum class Class { letter, upper_letter, digit, space, mark, punct, other };
Class classify_non_ascii(char32_t c);
inline Class classify(char32_t c) {
    if (c >= 0x80) return classify_non_ascii(c);
    if (c >= 'a' && c <= 'z') return Class::letter;
    if (c >= 'A' && c <= 'Z') return Class::upper_letter;
    if (c >= '0' && c <= '9') return Class::digit;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return Class::space;
    if (c < 0x20 || c == 0x7F) return Class::other;
    return Class::punct;
}
inline bool is_letter(char32_t c) {
    Class k = classify(c);
    return k == Class::letter || k == Class::upper_letter;
}

// Han ideographs: CJK Unified Ideographs, their extensions and the
// compatibility ideographs.
inline bool is_han(char32_t c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0x20000 && c <= 0x3134F);
}

// Default-ignorable code points (Unicode's Default_Ignorable_Code_Point):
// zero-width space, (non-)joiners, word joiner, a BOM inside the text, soft
// hyphen, bidi controls, variation selectors. Invisible in print, so two
// strings that differ only in them must match.
bool is_ignorable(char32_t c);

// Fold step: the string without its default-ignorable code points.
std::string drop_ignorable(std::string_view s);

// Fold step: NFKC with case folding.
std::string nfkc_casefold(std::string_view s);

// NFKC, case folded, with diacritics removed: "Qasym" stays, "Ñ" -> "n".
std::string casefold_strip_marks(std::string_view s);

// Lower-case Latin letters that have no mark for casefold_strip_marks to
// strip, in their plain form (ł "l", ø "o", đ "d", æ "ae", œ "oe", dotless ı
// "i", þ "th", ð "d", ə "a"); empty for any other code point.
std::string_view base_letter(char32_t c);

// Terminal columns a code point takes: 0 for combining marks, 2 for wide.
int display_width(char32_t c);

}  // namespace parallax::unicode
