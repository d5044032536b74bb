#include "marks.hpp"

#include <algorithm>
#include <iterator>

#include "unicode.hpp"

namespace parallax::unicode {

namespace {

struct Entry {
    char32_t c;
    Mark mark;
};

// Sorted by code point for a binary search.
constexpr Entry table[] = {
    {0x0022, Mark::double_quote}, {0x0027, Mark::apostrophe},   {0x002D, Mark::dash},
    {0x0060, Mark::single_quote}, {0x00AB, Mark::double_quote}, {0x00B4, Mark::single_quote},
    {0x00BB, Mark::double_quote}, {0x02BB, Mark::apostrophe},   {0x02BC, Mark::apostrophe},
    {0x2010, Mark::dash},         {0x2011, Mark::dash},         {0x2012, Mark::dash},
    {0x2013, Mark::dash},         {0x2014, Mark::dash},         {0x2015, Mark::dash},
    {0x2018, Mark::single_quote}, {0x2019, Mark::apostrophe},   {0x201A, Mark::single_quote},
    {0x201B, Mark::single_quote}, {0x201C, Mark::double_quote}, {0x201D, Mark::double_quote},
    {0x201E, Mark::double_quote}, {0x201F, Mark::double_quote}, {0x2032, Mark::single_quote},
    {0x2033, Mark::double_quote}, {0x2212, Mark::dash},         {0x300C, Mark::double_quote},
    {0x300D, Mark::double_quote}, {0xFE58, Mark::dash},         {0xFE63, Mark::dash},
    {0xFF0D, Mark::dash},
};

static_assert(std::is_sorted(std::begin(table), std::end(table), [](const Entry& a, const Entry& b) { return a.c < b.c; }));

bool is_ascii(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char ch) { return static_cast<unsigned char>(ch) < 0x80; });
}

// Rewrites every code point by what `fold` gives for its mark (0: keep it).
// The backtick is the one ASCII character the table folds.
template <class Fold>
std::string fold_marks(std::string_view s, Fold fold) {
    if (is_ascii(s) && s.find('`') == std::string_view::npos) return std::string(s);
    std::string out;
    out.reserve(s.size());
    for (std::size_t pos = 0; pos < s.size();) {
        std::size_t at = pos;
        char32_t c = next(s, pos);
        if (char32_t f = fold(mark_of(c)); f && f != c) append(out, f);
        else out.append(s, at, pos - at);
    }
    return out;
}

}  // namespace

Mark mark_of(char32_t c) {
    if (c < 0x80 && c != '"' && c != '\'' && c != '-' && c != '`') return Mark::none;
    auto it = std::lower_bound(std::begin(table), std::end(table), c, [](const Entry& e, char32_t x) { return e.c < x; });
    return it != std::end(table) && it->c == c ? it->mark : Mark::none;
}

std::string fold_quotes(std::string_view s) {
    return fold_marks(s, [](Mark m) -> char32_t {
        if (m == Mark::apostrophe || m == Mark::single_quote) return '\'';
        return m == Mark::double_quote ? '"' : 0;
    });
}

std::string fold_dashes(std::string_view s) {
    return fold_marks(s, [](Mark m) -> char32_t { return m == Mark::dash ? '-' : 0; });
}

}  // namespace parallax::unicode
