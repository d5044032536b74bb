// Anchors: what two renderings in different languages still share. A
// translation keeps its numbers and dates (in another script: "410亿" is
// "41 billion", "7月13日" is "July 13"), the names it writes in Latin
// letters, and roughly its length; paragraphs are matched on those
// (docs/how-it-works.md, across languages). The keys are plain strings
// local to one pair of documents: a key neither document shares with the
// other is dropped before weighting, so an English text's many names do not
// dilute its likeness to a Chinese one that writes a few of them.
#include <algorithm>
#include <cmath>
#include <set>
#include <string>
#include <unordered_map>

#include "parallax/dictionary.hpp"
#include "parallax/facts.hpp"
#include "parallax/normalize.hpp"
#include "parallax/similarity.hpp"
#include "../facts/han_transcription.hpp"
#include "../facts/palladius.hpp"
#include "../unicode/unicode.hpp"

namespace parallax {

namespace {

bool han(char32_t c) { return unicode::is_han(c); }
bool kana(char32_t c) { return c >= 0x3040 && c <= 0x30FF; }
bool ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Scripts that write Latin letters as their own: there a capitalised word
// inside a sentence is a name; elsewhere any Latin word is (ASEAN, COVID).
bool latin_script(const std::string& language) {
    return language != "zh" && language != "ja" && language != "ru" && language != "kk" && language.rfind("und-", 0) != 0;
}

std::string number_key(const Figure& f) {
    if (!f.exact.empty()) return "n" + f.exact;
    char buf[64];
    std::snprintf(buf, sizeof buf, "n%.6g", f.value);
    return buf;
}

void figure_keys(std::string_view text, std::vector<std::string>& out) {
    for (const Figure& f : find_figures(text)) {
        if (f.kind == FigureKind::date) {
            // yyyymmdd with 0 for a part not given: a date with its year
            // also matches the same day written without one
            auto v = static_cast<long long>(f.value);
            out.push_back("d" + std::to_string(v));
            if (v >= 10000 && v % 10000 != 0) out.push_back("d" + std::to_string(v % 10000));
            continue;
        }
        out.push_back(number_key(f));
    }
}

// A word written in Latin letters (after folding), two letters or more.
bool latin_word(std::string_view folded) {
    if (folded.size() < 2) return false;
    return std::all_of(folded.begin(), folded.end(), [](char c) { return ascii_letter(c) || c == '-' || c == '\''; });
}

void name_keys(const Document& d, const Sentence& s, std::vector<std::string>& out) {
    const bool latin_text = latin_script(d.language);
    for (std::size_t k = s.first_token; k < s.end_token; ++k) {
        const Token& t = d.tokens[k];
        if (t.kind != TokenKind::word) continue;
        std::string_view f = d.folded(t);
        if (!latin_word(f) || is_stopword(f)) continue;
        std::string_view raw = std::string_view(d.text).substr(t.span.start, t.span.size());
        bool caps = raw.size() >= 2 && std::all_of(raw.begin(), raw.end(), [](char c) { return !(c >= 'a' && c <= 'z'); });
        if (latin_text && !caps && (!t.capitalized || k == s.first_token)) continue;
        out.push_back("w" + std::string(f));
    }
}

bool han_token(const Document& d, const Token& t) {
    if (t.kind != TokenKind::word) return false;
    std::string_view raw = std::string_view(d.text).substr(t.span.start, t.span.size());
    std::size_t pos = 0;
    return han(unicode::next(raw, pos)) && pos == raw.size();
}

// Names written in another script, by their Latin form (the lexicon's
// transliteration: BGN/PCGN for Cyrillic, pinyin for Han):
// - "s" + the first five letters of a capitalised word's Latin form, Latin
//   or Cyrillic ("Сұлтанов", "Султанов" and "Sultanov" are "ssulta"; the
//   five letters leave a Russian case ending out: "Соколова" is "ssokol");
// - "p" + the pinyin of two or three Han characters running together,
//   against one, two or three capitalised Latin words run together
//   ("王小明" and "Wang Xiaoming" are "pwangxiaoming", "杭州" and
//   "Hangzhou" "phangzhou"). Only keys both documents hold count, so the many windows
//   of a Chinese text cost nothing against a Russian one;
// - "h" + a sound key: a foreign name transcribed in Han characters
//   (彼得罗夫) and the word it renders ("Petrov", "Петров"); see
//   facts/han_transcription.hpp.
void transliterated_keys(const Document& d, const Sentence& s, std::vector<std::string>& out) {
    std::vector<std::string> run;  // capitalised Latin words in a row, their Latin forms
    auto flush_run = [&] {
        for (std::size_t i = 0; i < run.size(); ++i) {
            std::string joined;
            for (std::size_t k = i; k < run.size() && k < i + 3; ++k) {
                joined += run[k];
                if (joined.size() >= 4) out.push_back("p" + joined);
            }
        }
        run.clear();
    };
    std::vector<std::string_view> han_run;  // pinyin of Han characters in a row
    auto flush_han = [&] {
        for (std::size_t i = 0; i < han_run.size(); ++i) {
            std::string joined(han_run[i]);
            for (std::size_t k = i + 1; k < han_run.size() && k < i + 3; ++k) {
                joined += han_run[k];
                out.push_back("p" + joined);
            }
        }
        han_run.clear();
    };
    for (std::size_t k = s.first_token; k < s.end_token; ++k) {
        const Token& t = d.tokens[k];
        if (han_token(d, t)) {
            flush_run();
            if (std::string_view l = d.lexicon->latin(t.id); !l.empty()) han_run.push_back(l);
            else flush_han();
            continue;
        }
        flush_han();
        std::string_view f = d.folded(t);
        if (t.kind != TokenKind::word || !t.capitalized || is_stopword(f)) {
            flush_run();
            continue;
        }
        std::string_view l = d.lexicon->latin(t.id);
        if (l.empty()) {
            flush_run();
            continue;
        }
        if (l.size() >= 4 && k != s.first_token) out.push_back("s" + std::string(l.substr(0, 5)));
        run.emplace_back(l);
    }
    flush_run();
    flush_han();
}

// A Chinese name in a Russian text, written in Palladius syllables, by the
// same "p" key as its Han characters and its Latin pinyin ("Ван Сяомин",
// "王小明" and "Wang Xiaoming" are "pwangxiaoming"). Many Russian words split
// into such syllables too (a Russian surname may read pu-ting), so only the
// shapes of names count: two or three capitalised words in a row, the first
// of one syllable (a surname: "Ван Бин", "Чжао Лицзянь"), or one capitalised word of two or three
// syllables inside a sentence (a place: "Ханчжоу"). A key the other text
// does not hold is dropped anyway.
void palladius_keys(const Document& d, const Sentence& s, std::vector<std::string>& out) {
    if (d.language != "ru") return;
    struct Word {
        std::size_t token;
        std::vector<std::string_view> syllables;
    };
    std::vector<Word> run;
    auto flush = [&] {
        for (std::size_t i = 0; i < run.size(); ++i) {
            std::string joined;
            for (auto sy : run[i].syllables) joined += sy;
            if (run.size() == 1 && run[i].syllables.size() >= 2 && run[i].syllables.size() <= 3 &&
                run[i].token != s.first_token)
                out.push_back("p" + joined);
            if (run[i].syllables.size() != 1) continue;
            for (std::size_t k = i + 1; k < run.size() && k < i + 3; ++k) {
                for (auto sy : run[k].syllables) joined += sy;
                out.push_back("p" + joined);
            }
        }
        run.clear();
    };
    for (std::size_t k = s.first_token; k < s.end_token; ++k) {
        const Token& t = d.tokens[k];
        auto syllables = t.kind == TokenKind::word && t.capitalized
                             ? facts_detail::palladius_syllables(d.folded(t))
                             : std::vector<std::string_view>{};
        if (syllables.empty() || syllables.size() > 3) {
            flush();
            continue;
        }
        run.push_back({k, std::move(syllables)});
    }
    flush();
}

// Words a bilingual dictionary translates (--dictionary): "rey" in a
// Spanish text and "king" in an English one share the key "xen:king".
void dictionary_keys(const Document& d, const Sentence& s, std::vector<std::string>& out) {
    const Glossary* g = d.lexicon ? d.lexicon->glossary() : nullptr;
    if (!g) return;
    for (std::size_t t = s.first_token; t < s.end_token; ++t)
        if (d.tokens[t].kind == TokenKind::word)
            for (auto& k : g->keys(d.folded(d.tokens[t]), d.language)) out.push_back(std::move(k));
}

void sort_unique(std::vector<std::string>& keys) {
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
}

std::vector<std::vector<std::string>> keys_by_paragraph(const Document& d) {
    std::vector<std::vector<std::string>> out;
    out.reserve(d.paragraphs.size());
    for (const auto& p : d.paragraphs) {
        std::vector<std::string> keys;
        figure_keys(std::string_view(d.text).substr(p.span.start, p.span.size()), keys);
        for (const auto& s : p.sentences) {
            name_keys(d, s, keys), transliterated_keys(d, s, keys), palladius_keys(d, s, keys);
            han_names::sound_keys(d, s, keys), dictionary_keys(d, s, keys);
        }
        sort_unique(keys);
        out.push_back(std::move(keys));
    }
    return out;
}

}  // namespace

// A Han character says about as much as four to five letters of an English
// translation (measured on Foreign Ministry transcripts and their official
// translations), a kana character three.
std::size_t length_units(std::string_view text) {
    double units = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        char32_t c = unicode::next(text, pos);
        units += han(c) ? 4.5 : kana(c) ? 3.0 : 1.0;
    }
    return static_cast<std::size_t>(units);
}

std::vector<std::string> anchor_keys(const Document& d, const Sentence& s) {
    std::vector<std::string> keys;
    figure_keys(std::string_view(d.text).substr(s.span.start, s.span.size()), keys);
    name_keys(d, s, keys);
    transliterated_keys(d, s, keys);
    palladius_keys(d, s, keys);
    han_names::sound_keys(d, s, keys);
    dictionary_keys(d, s, keys);
    sort_unique(keys);
    return keys;
}

bool cross_language(const Document& a, const Document& b) {
    auto norm = [](const std::string& l) { return l == "und" ? std::string_view("en") : std::string_view(l); };
    return norm(a.language) != norm(b.language);
}

AnchorProfiles anchor_profiles(const Document& a, const Document& b) {
    auto ka = keys_by_paragraph(a), kb = keys_by_paragraph(b);
    std::set<std::string> in_a, in_b;
    for (const auto& ks : ka) in_a.insert(ks.begin(), ks.end());
    for (const auto& ks : kb) in_b.insert(ks.begin(), ks.end());
    std::unordered_map<std::string, std::uint32_t> ids;  // shared keys, numbered in sorted order
    for (const auto& k : in_a)
        if (in_b.count(k)) ids.emplace(k, static_cast<std::uint32_t>(ids.size()));
    std::vector<std::uint32_t> df(ids.size(), 0);
    auto profiles = [&](const Document& d, const std::vector<std::vector<std::string>>& keys) {
        std::vector<Profile> out;
        for (std::size_t p = 0; p < keys.size(); ++p) {
            Profile prof;
            const Paragraph& para = d.paragraphs[p];
            prof.chars = length_units(std::string_view(d.text).substr(para.span.start, para.span.size()));
            for (const auto& k : keys[p])
                if (auto it = ids.find(k); it != ids.end()) prof.terms.push_back(it->second);
            std::sort(prof.terms.begin(), prof.terms.end());
            for (auto id : prof.terms) ++df[id];
            out.push_back(std::move(prof));
        }
        return out;
    };
    AnchorProfiles out{profiles(a, ka), profiles(b, kb)};
    const double n = static_cast<double>(std::max<std::size_t>(1, a.paragraphs.size() + b.paragraphs.size()));
    for (auto* side : {&out.first, &out.second})
        for (auto& prof : *side)
            for (auto id : prof.terms) {
                float w = static_cast<float>(std::log(1.0 + n / df[id]));
                prof.weights.push_back(w);
                prof.total += w;
            }
    return out;
}

}  // namespace parallax
