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
// letters (sorted, for binary search), enough to tell a translation from a
// rewording; English uses the normalize stage's stopword list. Words two of
// these languages share ("a", "de", "en", "la") are left out.
struct LatinLanguage {
    const char* code;
    std::array<std::string_view, 24> words;
};
constexpr LatinLanguage latin_languages[] = {
    {"en", {}},
    {"es", {"al", "como", "con", "del", "el", "ella", "ellos", "era", "es", "fue", "las", "los", "más", "nos", "para",
            "pero", "por", "porque", "que", "se", "su", "sus", "una", "y"}},
    {"fr", {"au", "aux", "avec", "ce", "cette", "dans", "des", "du", "elle", "est", "et", "il", "ils", "le", "les", "leur",
            "mais", "ont", "ou", "par", "pas", "pour", "qui", "sur"}},
    {"de", {"auf", "aus", "bei", "das", "dem", "den", "der", "des", "die", "ein", "eine", "einer", "er", "es", "für",
            "ist", "mit", "nicht", "sich", "sie", "und", "von", "wird", "zu"}},
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
    std::array<std::size_t, std::size(latin_languages)> stop{};
    for (const Token& t : doc.tokens) {
        if (t.kind != TokenKind::word) continue;
        ++words;
        std::string w(text.substr(t.span.start, t.span.size()));
        for (char& ch : w)
            if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
        stop[0] += is_stopword(w);
        for (std::size_t k = 1; k < std::size(latin_languages); ++k)
            stop[k] += std::binary_search(latin_languages[k].words.begin(), latin_languages[k].words.end(), std::string_view(w));
    }
    std::size_t best = 0;
    for (std::size_t k = 1; k < stop.size(); ++k)
        if (stop[k] > stop[best]) best = k;
    return words > 0 && stop[best] * 100 >= words * 20 ? latin_languages[best].code : "und";
}

}  // namespace parallax
