#include <algorithm>
#include <array>
#include <memory>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "../unicode/unicode.hpp"
#include "cyrillic_latin.hpp"

namespace parallax::facts_detail {

namespace {

// Marks that stand for the soft and hard signs (or nothing), and the ALA-LC
// tie: the table drops them, and so does a word before matching.
bool sign_mark(char32_t c) {
    return c == '\'' || c == '"' || c == '`' || c == 0x2019 || c == 0x2018 || c == 0x02B9 || c == 0x02BA ||
           c == 0x02BC || c == 0x201D || c == 0x201C || c == 0x00B7 || c == 0x0361;
}

std::u32string code_points(std::string_view s) {
    std::u32string out;
    for (std::size_t pos = 0; pos < s.size();) {
        char32_t c = unicode::next(s, pos);
        if (c == 0x0451) c = 0x00EB;  // iuliia's samples write ë as the Cyrillic letter
        if (!sign_mark(c)) out += c;
    }
    return out;
}

struct Unit {
    std::vector<std::u32string> spellings;
    bool word_end = false;
    bool sign = false;  // ь or ъ
};

bool latin_vowel(char32_t c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// Built once, on first use, from the data table; never changed after.
const std::vector<Unit>& units() {
    static const std::vector<Unit> all = [] {
        std::vector<Unit> built;
        for (std::size_t k = 0; k < cyrillic_latin_size; ++k) {
            Unit u;
            u.word_end = cyrillic_latin[k].word_end;
            u.sign = cyrillic_latin[k].cyrillic == "\u044C" || cyrillic_latin[k].cyrillic == "\u044A";
            std::string_view rest = cyrillic_latin[k].latin;
            for (;;) {
                std::size_t bar = rest.find('|');
                u.spellings.push_back(code_points(unicode::nfkc_casefold(rest.substr(0, bar))));
                if (bar == std::string_view::npos) break;
                rest.remove_prefix(bar + 1);
            }
            built.push_back(std::move(u));
        }
        return built;
    }();
    return all;
}

struct Step {
    std::size_t unit, length;
};

// The unit spellings by their first code point, and the empty ones (a sign
// left out), so that a position is tried against the few spellings that can
// start there rather than the whole table. Built once, never changed after.
struct Spelling {
    std::size_t unit;
    const std::u32string* text;
};
struct SpellingIndex {
    std::vector<Spelling> empty;
    std::array<std::vector<Spelling>, 128> ascii;                   // by an ASCII first letter
    std::unordered_map<char32_t, std::vector<Spelling>> others;     // by any other first letter
    const std::vector<Spelling>* starting(char32_t c) const {
        if (c < ascii.size()) return &ascii[c];
        auto it = others.find(c);
        return it == others.end() ? nullptr : &it->second;
    }
};

const SpellingIndex& spelling_index() {
    static const SpellingIndex index = [] {
        SpellingIndex built;
        const auto& us = units();
        for (std::size_t u = 0; u < us.size(); ++u)
            for (const auto& s : us[u].spellings) {
                if (s.empty()) built.empty.push_back({u, &s});
                else if (s.front() < built.ascii.size()) built.ascii[s.front()].push_back({u, &s});
                else built.others[s.front()].push_back({u, &s});
            }
        return built;
    }();
    return index;
}

// Every unit spelling that starts at each position of a word: those of
// position `at` are all[begin[at] .. begin[at + 1]).
struct Steps {
    std::vector<Step> all;
    std::vector<std::size_t> begin;
    std::span<const Step> at(std::size_t k) const { return {all.data() + begin[k], all.data() + begin[k + 1]}; }
};

// Cost: the length of `w` times the few spellings sharing a first letter.
Steps steps(const std::u32string& w) {
    const auto& us = units();
    const SpellingIndex& index = spelling_index();
    Steps out;
    out.begin.reserve(w.size() + 2);
    auto add = [&](std::size_t at, const Spelling& sp) {
        const std::u32string& s = *sp.text;
        if (at + s.size() > w.size() || w.compare(at, s.size(), s) != 0) return;
        // a sign written "y" only before a vowel (Wikipedia's and MVD's
        // rule: "Ilyich", "Olya"), so "y" is no sign anywhere else
        if (us[sp.unit].sign && s == U"y" && !(at + 1 < w.size() && latin_vowel(w[at + 1]))) return;
        out.all.push_back({sp.unit, s.size()});
    };
    for (std::size_t at = 0; at <= w.size(); ++at) {
        out.begin.push_back(out.all.size());
        for (const Spelling& sp : index.empty) add(at, sp);
        if (at == w.size()) continue;
        if (const auto* starting = index.starting(w[at]))
            for (const Spelling& sp : *starting) add(at, sp);
    }
    out.begin.push_back(out.all.size());
    return out;
}

}  // namespace

bool spells_one_cyrillic_letter(std::string_view s) {
    std::u32string w = code_points(s);
    if (w.size() < 2) return false;
    for (const Unit& u : units())
        if (!u.word_end && std::find(u.spellings.begin(), u.spellings.end(), w) != u.spellings.end()) return true;
    return false;
}

struct CyrillicReading {
    std::u32string word;
    Steps steps;
};

std::shared_ptr<const CyrillicReading> cyrillic_reading(std::string_view word) {
    auto r = std::make_shared<CyrillicReading>();
    r->word = code_points(word);
    r->steps = steps(r->word);
    return r;
}

bool same_cyrillic_word(const CyrillicReading& a, const CyrillicReading& b) {
    const std::u32string &wa = a.word, &wb = b.word;
    if (wa.empty() || wb.empty()) return wa == wb;
    const auto& us = units();
    const Steps &sa = a.steps, &sb = b.steps;
    // reach[i][j]: a[0..i) and b[0..j) spell one Cyrillic prefix
    const std::size_t width = wb.size() + 1;
    std::vector<char> reach((wa.size() + 1) * width, 0);
    reach[0] = 1;
    for (std::size_t i = 0; i <= wa.size(); ++i)
        for (std::size_t j = 0; j <= wb.size(); ++j) {
            if (!reach[i * width + j]) continue;
            for (const Step& x : sa.at(i))
                for (const Step& y : sb.at(j)) {
                    if (x.unit != y.unit || (x.length == 0 && y.length == 0)) continue;
                    std::size_t ni = i + x.length, nj = j + y.length;
                    if (us[x.unit].word_end && (ni != wa.size() || nj != wb.size())) continue;
                    reach[ni * width + nj] = 1;
                }
        }
    return reach[wa.size() * width + wb.size()] != 0;
}

bool same_cyrillic_word(std::string_view a, std::string_view b) { return same_cyrillic_word(*cyrillic_reading(a), *cyrillic_reading(b)); }

}  // namespace parallax::facts_detail
