#include "romanization.hpp"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "../unicode/unicode.hpp"
#include "wade_giles.hpp"

namespace parallax::facts_detail {

namespace {

// ü as u: print drops the diaeresis as often as not, and casefold_strip_marks
// does the same to the names compared.
std::string plain(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s.compare(i, 2, "\xC3\xBC") == 0) {
            out += 'u';
            ++i;
        } else {
            out += s[i];
        }
    }
    return out;
}

std::string without_apostrophe(std::string s) {
    s.erase(std::remove(s.begin(), s.end(), '\''), s.end());
    return s;
}

struct Tables {
    std::unordered_set<std::string> pinyin;
    std::unordered_map<std::string, std::vector<std::string>> wade_giles;  // syllable -> pinyin readings
    std::size_t longest = 0;
};

void add(std::vector<std::string>& to, const std::string& s) {
    if (std::find(to.begin(), to.end(), s) == to.end()) to.push_back(s);
}

// Built once, on first use, from the data table; never changed after.
const Tables& tables() {
    static const Tables t = [] {
        Tables built;
        for (std::size_t k = 0; k < pinyin_wade_giles_size; ++k) {
            auto [py, wg] = pinyin_wade_giles[k];
            if (py.find('v') != std::string_view::npos) continue;  // keyboard spellings ("lve") of ü syllables
            std::string p = plain(py), w = plain(wg);
            built.pinyin.insert(p);
            add(built.wade_giles[w], p);
            if (w.find('\'') != std::string::npos) add(built.wade_giles[without_apostrophe(w)], p);
            built.longest = std::max({built.longest, p.size(), w.size()});
        }
        return built;
    }();
    return t;
}

bool is_apostrophe(char32_t c) { return c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x02BC || c == 0x02BB || c == '`'; }
bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// A name as words, each a list of parts (split at hyphens and at pinyin's
// syllable apostrophe, as in "Xi'an"); an apostrophe after a consonant is
// Wade–Giles aspiration and stays in its part. `marked`: a hyphen inside a
// word or an aspiration mark, which pinyin never writes.
struct Spelling {
    std::vector<std::vector<std::string>> words;
    bool marked = false;
    bool latin = true;  // nothing but ASCII letters, apostrophes, hyphens and spaces
};

Spelling spell(std::string_view name) {
    Spelling sp;
    std::string s = unicode::casefold_strip_marks(name);
    auto part = [&]() -> std::string& {
        if (sp.words.empty()) sp.words.emplace_back();
        if (sp.words.back().empty()) sp.words.back().emplace_back();
        return sp.words.back().back();
    };
    auto new_word = [&] {
        if (!sp.words.empty() && !sp.words.back().empty() && sp.words.back().back().empty()) sp.words.back().pop_back();
        if (sp.words.empty() || !sp.words.back().empty()) sp.words.emplace_back();
    };
    for (std::size_t pos = 0; pos < s.size();) {
        char32_t c = unicode::next(s, pos);
        if (c >= 'a' && c <= 'z') {
            part() += static_cast<char>(c);
        } else if (is_apostrophe(c)) {
            std::string& p = part();
            if (!p.empty() && !is_vowel(p.back())) {
                p += '\'';
                sp.marked = true;
            } else if (!p.empty()) {
                sp.words.back().emplace_back();
            }
        } else if (c == '-' || c == 0x2010 || c == 0x2011) {
            if (!part().empty()) sp.words.back().emplace_back(), sp.marked = true;
        } else if (c == ' ' || c == '.' || c == ',') {
            new_word();
        } else {
            sp.latin = false;
        }
    }
    new_word();
    if (!sp.words.empty() && sp.words.back().empty()) sp.words.pop_back();
    return sp;
}

// One way to read a spelling: per syllable, the pinyin it may stand for.
struct Reading {
    std::vector<std::vector<std::string>> syllables;
    std::vector<std::string> written;   // the syllables as written
    std::vector<std::size_t> per_word;  // syllables in each word
    bool wade_giles = false;            // a syllable that only Wade–Giles has
};

constexpr std::size_t max_readings = 32;

// Every way to cut `part` into syllables of either system (at most
// max_readings), each syllable with its pinyin readings.
void cut(const std::string& part, std::size_t at, Reading& r, std::size_t word, std::vector<Reading>& out) {
    if (out.size() >= max_readings) return;
    if (at == part.size()) {
        out.push_back(r);
        return;
    }
    const Tables& t = tables();
    for (std::size_t len = std::min(t.longest, part.size() - at); len >= 1; --len) {
        std::string syl = part.substr(at, len);
        std::vector<std::string> readings;
        bool pinyin = syl.find('\'') == std::string::npos && t.pinyin.count(syl);
        // Inside a part a Wade-Giles syllable never starts with a vowel (it
        // would be hyphenated), so "liupai" is liu-pai, never liu-pa-i; a
        // pinyin one may, as print often drops the apostrophe ("Xian" for "Xi'an").
        if (at > 0 && is_vowel(part[at]) && !pinyin) continue;
        if (pinyin) readings.push_back(syl);
        if (auto it = t.wade_giles.find(syl); it != t.wade_giles.end())
            for (const auto& p : it->second) add(readings, p);
        if (readings.empty()) continue;
        Reading next = r;
        next.syllables.push_back(std::move(readings));
        next.written.push_back(syl);
        next.per_word[word] += 1;
        next.wade_giles = next.wade_giles || !pinyin;
        cut(part, at + len, next, word, out);
    }
}

std::vector<Reading> readings_of(const Spelling& sp) {
    std::vector<Reading> all{Reading{{}, {}, std::vector<std::size_t>(sp.words.size(), 0), false}};
    for (std::size_t w = 0; w < sp.words.size(); ++w)
        for (const auto& part : sp.words[w]) {
            std::vector<Reading> next;
            for (auto& r : all) cut(part, 0, r, w, next);
            if (next.empty()) return {};
            all = std::move(next);
        }
    return all;
}

bool same_syllables(const Reading& a, const Reading& b) {
    if (a.syllables.size() != b.syllables.size()) return false;
    for (std::size_t k = 0; k < a.syllables.size(); ++k) {
        const auto& x = a.syllables[k];
        if (std::none_of(x.begin(), x.end(), [&](const std::string& s) {
                return std::find(b.syllables[k].begin(), b.syllables[k].end(), s) != b.syllables[k].end();
            }))
            return false;
    }
    return true;
}

// Up to two leading words that are no syllables of either system (a rank:
// "Premier", "Vice Premier") are set aside; any other such word means the
// name is not Mandarin.
Spelling without_rank(Spelling sp) {
    for (int k = 0; k < 2 && sp.words.size() > 1 && readings_of(Spelling{{sp.words.front()}, false, true}).empty(); ++k)
        sp.words.erase(sp.words.begin());
    return sp;
}

// Surname and given name as pinyin writes them: one syllable, then a word
// of one or two, with no Wade–Giles syllable, hyphen or aspiration mark.
bool pinyin_person(const Spelling& sp, const Reading& r) {
    return !sp.marked && !r.wade_giles && r.per_word.size() == 2 && r.per_word[0] == 1 && r.per_word[1] >= 1 &&
           r.per_word[1] <= 2;
}

}  // namespace

bool is_pinyin_syllable(std::string_view syllable) { return tables().pinyin.count(plain(syllable)) > 0; }

std::vector<std::string> pinyin_for_wade_giles(std::string_view syllable) {
    const auto& wg = tables().wade_giles;
    auto it = wg.find(plain(syllable));
    return it == wg.end() ? std::vector<std::string>{} : it->second;
}

struct MandarinForm {
    Spelling spelling;              // without its rank
    std::vector<Reading> readings;  // of `spelling`; empty when it is no romanized Mandarin
    bool usable = false;            // Latin and some word
};

std::shared_ptr<const MandarinForm> mandarin_form(std::string_view name) {
    auto f = std::make_shared<MandarinForm>();
    f->spelling = without_rank(spell(name));
    f->usable = f->spelling.latin && !f->spelling.words.empty();
    if (f->usable) f->readings = readings_of(f->spelling);
    return f;
}

MandarinMatch compare_mandarin(const MandarinForm& a, const MandarinForm& b) {
    const Spelling &sa = a.spelling, &sb = b.spelling;
    if (!a.usable || !b.usable) return MandarinMatch::unknown;
    // the same syllables in the same spelling: whatever differs is the rank
    if (sa.words == sb.words) return MandarinMatch::unknown;
    const std::vector<Reading> &ra = a.readings, &rb = b.readings;
    if (ra.empty() || rb.empty()) return MandarinMatch::unknown;
    for (const auto& x : ra)
        for (const auto& y : rb)
            if (x.syllables.size() >= 2 && same_syllables(x, y) && (sa.marked || sb.marked || x.wade_giles || y.wade_giles))
                return MandarinMatch::same;
    // Two pinyin personal names with one surname: a syllable written
    // otherwise is another person, however alike the letters look.
    bool person = false, same_written = false;
    for (const auto& x : ra)
        for (const auto& y : rb) {
            if (!pinyin_person(sa, x) || !pinyin_person(sb, y)) continue;
            if (x.written == y.written) same_written = true;
            if (x.written[0] == y.written[0]) person = true;
        }
    if (person && !same_written) return MandarinMatch::different;
    return MandarinMatch::unknown;
}

MandarinMatch compare_mandarin(std::string_view a, std::string_view b) { return compare_mandarin(*mandarin_form(a), *mandarin_form(b)); }

}  // namespace parallax::facts_detail
