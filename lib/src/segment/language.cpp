// A document's language from the script of its letters (and, for Latin
// script, the share of English stopwords): enough to say which renderings are
// translations of which, and to label a translation memory's units.
#include <algorithm>
#include <array>
#include <string>

#include "parallax/normalize.hpp"
#include "parallax/segment.hpp"
#include "../unicode/unicode.hpp"

namespace parallax {

namespace {

bool han(char32_t c) { return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2FFFF); }
bool kana(char32_t c) { return c >= 0x3040 && c <= 0x30FF; }
bool cyrillic(char32_t c) { return c >= 0x0400 && c <= 0x04FF; }
bool latin(char32_t c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7); }
bool arabic(char32_t c) { return c >= 0x0600 && c <= 0x06FF; }
// Letters Kazakh writes and Russian does not: ә ғ қ ң ө ұ ү һ (both cases);
// і is left out, Ukrainian and Belarusian write it too.
bool kazakh_letter(char32_t c) {
    switch (c) {
        case 0x04D8: case 0x04D9: case 0x0492: case 0x0493: case 0x049A: case 0x049B: case 0x04A2: case 0x04A3:
        case 0x04E8: case 0x04E9: case 0x04B0: case 0x04B1: case 0x04AE: case 0x04AF: case 0x04BA: case 0x04BB:
            return true;
        default:
            return false;
    }
}

// The most frequent function words of a few languages written in Latin
// letters, enough to tell a translation from a rewording: one sorted table
// (one binary search per word) of each word and its language's index in
// `latin_codes`; English uses the normalize stage's stopword list. Words two
// of these languages share ("a", "de", "en", "la", "es") are left out.
constexpr const char* latin_codes[] = {"en", "es", "fr", "de"};
struct FunctionWord {
    std::string_view word;
    std::size_t language;
};
constexpr FunctionWord function_words[] = {
    {"al", 1}, {"auf", 3}, {"aus", 3}, {"aux", 2}, {"avec", 2}, {"bei", 3}, {"ce", 2}, {"cette", 2}, {"como", 1},
    {"con", 1}, {"dans", 2}, {"das", 3}, {"del", 1}, {"dem", 3}, {"den", 3}, {"der", 3}, {"die", 3}, {"du", 2},
    {"ein", 3}, {"eine", 3}, {"einer", 3}, {"el", 1}, {"ella", 1}, {"elle", 2}, {"ellos", 1}, {"er", 3}, {"era", 1},
    {"est", 2}, {"et", 2}, {"fue", 1}, {"für", 3}, {"il", 2}, {"ils", 2}, {"ist", 3}, {"las", 1}, {"le", 2},
    {"les", 2}, {"leur", 2}, {"los", 1}, {"mais", 2}, {"mit", 3}, {"más", 1}, {"nicht", 3}, {"nos", 1}, {"ont", 2},
    {"ou", 2}, {"par", 2}, {"para", 1}, {"pas", 2}, {"pero", 1}, {"por", 1}, {"porque", 1}, {"pour", 2}, {"que", 1},
    {"qui", 2}, {"se", 1}, {"sich", 3}, {"sie", 3}, {"su", 1}, {"sur", 2}, {"sus", 1}, {"una", 1}, {"und", 3},
    {"von", 3}, {"wird", 3}, {"y", 1}, {"zu", 3},
};

}  // namespace

std::string detect_language(const Document& doc) {
    std::size_t n_han = 0, n_kana = 0, n_cyr = 0, n_kk = 0, n_lat = 0, n_ar = 0;
    const std::string_view text = doc.text;
    for (std::size_t pos = 0; pos < text.size();) {
        char32_t c = unicode::next(text, pos);
        n_han += han(c), n_kana += kana(c), n_cyr += cyrillic(c), n_kk += kazakh_letter(c), n_lat += latin(c), n_ar += arabic(c);
    }
    // a Han character carries a word's worth of meaning: weigh it as three letters
    std::size_t cjk = 3 * (n_han + n_kana);
    std::size_t most = std::max({cjk, n_cyr, n_lat, n_ar});
    if (most == 0) return "und";
    if (most == cjk) return n_kana * 10 > n_han ? "ja" : "zh";
    if (most == n_cyr) return n_kk * 100 >= n_cyr ? "kk" : "ru";
    if (most == n_ar) return "und-Arab";
    // Latin script: the language whose function words are the largest share
    // of the words, when that share is a good one (prose: 30-50%)
    std::size_t words = 0;
    std::array<std::size_t, std::size(latin_codes)> stop{};
    for (const Token& t : doc.tokens) {
        if (t.kind != TokenKind::word) continue;
        ++words;
        std::string w(text.substr(t.span.start, t.span.size()));
        for (char& ch : w)
            if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
        stop[0] += is_stopword(w);
        if (w.size() > 6) continue;  // no listed word is longer (bytes)
        auto at = std::lower_bound(std::begin(function_words), std::end(function_words), std::string_view(w),
                                   [](const FunctionWord& f, std::string_view x) { return f.word < x; });
        if (at != std::end(function_words) && at->word == w) ++stop[at->language];
    }
    std::size_t best = 0;
    for (std::size_t k = 1; k < stop.size(); ++k)
        if (stop[k] > stop[best]) best = k;
    return words > 0 && stop[best] * 100 >= words * 20 ? latin_codes[best] : "und";
}

}  // namespace parallax
