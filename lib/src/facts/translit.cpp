#include <algorithm>
#include <string_view>
#include <vector>

#include "../unicode/marks.hpp"
#include "../unicode/unicode.hpp"
#include "parallax/facts.hpp"
#include "plain_letters.hpp"

namespace parallax {

namespace {

// Case folded, marks stripped; words split at anything that is not a letter.
std::vector<std::string> plain_words(std::string_view name) {
    std::string s = unicode::casefold_strip_marks(name);
    std::vector<std::string> words(1);
    for (std::size_t pos = 0; pos < s.size();) {
        std::size_t at = pos;
        char32_t c = unicode::next(s, pos);
        // O'Neill = ONeill; invisible characters are not there at all
        if (unicode::is_apostrophe_like(c) || unicode::is_ignorable(c)) continue;
        if (std::string_view b = unicode::base_letter(c); !b.empty()) {
            words.back() += b;
        } else if (unicode::is_letter(c)) {
            words.back().append(s, at, pos - at);
        } else if (!words.back().empty()) {
            words.emplace_back();
        }
    }
    if (words.back().empty()) words.pop_back();
    return words;
}

bool starts(std::string_view w, std::size_t p, std::string_view s) { return w.substr(p, s.size()) == s; }

bool front_vowel(std::string_view w, std::size_t p) {
    return p < w.size() && (w[p] == 'e' || w[p] == 'i' || w[p] == 'y');
}

// One word to its skeleton: digraphs to one symbol, then doubles collapsed.
std::string skeleton(std::string_view w) {
    std::string out;
    for (std::size_t p = 0; p < w.size();) {
        struct Rule { std::string_view from, to; };
        static constexpr Rule rules[] = {
            {"shch", "S"}, {"tsch", "C"}, {"dzh", "J"}, {"sch", "S"}, {"tch", "C"}, {"sh", "S"},
            {"ch", "C"}, {"zh", "J"}, {"dj", "J"}, {"kh", "h"}, {"ph", "f"}, {"th", "t"}, {"ck", "k"},
            {"ou", "u"}, {"oo", "u"}, {"j", "J"}, {"q", "k"}, {"x", "ks"}, {"w", "v"}, {"y", "i"},
        };
        bool done = false;
        if ((starts(w, p, "ij") || starts(w, p, "yj")) && p + 2 == w.size()) {  // Dmitrij = Dmitry
            out += 'i';
            p += 2;
            continue;
        }
        for (const Rule& r : rules) {
            if (r.from[0] == w[p] && starts(w, p, r.from)) {
                out += r.to;
                p += r.from.size();
                done = true;
                break;
            }
        }
        if (done) continue;
        if (w[p] == 'c') {
            out += front_vowel(w, p + 1) ? 's' : 'k';
            ++p;
            continue;
        }
        out += w[p++];
    }
    out.erase(std::unique(out.begin(), out.end()), out.end());
    if (out.size() > 4 && out.compare(out.size() - 2, 2, "of") == 0) out.back() = 'v';  // -off, -ow = -ov
    return out;
}

bool vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

double indel_cost(char c) { return vowel(c) || c == 'h' ? 0.6 : 1.0; }

double substitution_cost(char a, char b) {
    if (a == b) return 0;
    if (vowel(a) && vowel(b)) return 0.4;
    auto pair = [&](char x, char y) { return (a == x && b == y) || (a == y && b == x); };
    auto sibilant = [](char c) { return c == 's' || c == 'z' || c == 'S' || c == 'C' || c == 'J'; };
    if (sibilant(a) && sibilant(b)) return 0.5;
    if (pair('C', 'h')) return 0.5;
    if (pair('h', 'k') || pair('C', 'k') || pair('b', 'p') || pair('d', 't') || pair('g', 'k') ||
        pair('v', 'f') || pair('J', 'i') || pair('J', 'g'))
        return 0.6;
    return 1.0;
}

}  // namespace

namespace facts_detail {

std::string plain_letters(std::string_view text) {
    std::string s = unicode::casefold_strip_marks(text), out;
    for (std::size_t pos = 0; pos < s.size();) {
        std::size_t at = pos;
        char32_t c = unicode::next(s, pos);
        if (std::string_view b = unicode::base_letter(c); !b.empty())
            out += b;
        else
            out.append(s, at, pos - at);
    }
    return out;
}

}  // namespace facts_detail

std::string translit_fold(std::string_view name) {
    std::string out;
    for (const std::string& w : plain_words(name)) {
        if (!out.empty()) out += ' ';
        out += skeleton(w);
    }
    return out;
}

double skeleton_similarity(std::string_view a, std::string_view b) {
    if (a == b) return 1.0;
    std::size_t n = a.size(), m = b.size();
    if (n == 0 || m == 0) return 0.0;
    std::vector<double> prev(m + 1), cur(m + 1);
    for (std::size_t j = 1; j <= m; ++j) prev[j] = prev[j - 1] + indel_cost(b[j - 1]);
    for (std::size_t i = 1; i <= n; ++i) {
        cur[0] = prev[0] + indel_cost(a[i - 1]);
        for (std::size_t j = 1; j <= m; ++j)
            cur[j] = std::min({prev[j] + indel_cost(a[i - 1]), cur[j - 1] + indel_cost(b[j - 1]),
                               prev[j - 1] + substitution_cost(a[i - 1], b[j - 1])});
        std::swap(prev, cur);
    }
    return std::max(0.0, 1.0 - prev[m] / static_cast<double>(std::max(n, m)));
}

}  // namespace parallax
