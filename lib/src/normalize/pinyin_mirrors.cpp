#include "pinyin_mirrors.hpp"

#include <algorithm>

#include "../unicode/unicode.hpp"

namespace parallax {

namespace {

// Characters a bracket may spell: a given name and surname are four at
// most, a place or a term a few more.
constexpr std::size_t max_characters = 12;

bool is_han_token(const Token& t, const Lexicon& lex) {
    if (t.kind != TokenKind::word) return false;
    std::string_view f = lex.folded(t.id);
    std::size_t pos = 0;
    return !f.empty() && unicode::is_han(unicode::next(f, pos));
}

// A word in Latin letters, marks allowed ("xí", "lǜ"): its letters lower
// case without marks and apostrophes ("xi'an" is two syllables).
bool latin_syllables(const Token& t, const Lexicon& lex, std::string& out) {
    if (t.kind != TokenKind::word) return false;
    std::string plain = unicode::casefold_strip_marks(lex.folded(t.id));
    for (char ch : plain) {
        if (ch >= 'a' && ch <= 'z') out += ch;
        else if (ch != '\'') return false;  // a digit or a letter of another script
    }
    return true;
}

// Whether `s` is the readings of han[0..n) run together, the last
// character's reading at the end of `s`.
bool spells(std::string_view s, const std::vector<std::uint32_t>& han, std::size_t n, const Lexicon& lex) {
    if (n == 0) return false;
    std::uint32_t id = han[n - 1];
    auto fits = [&](std::string_view r) {
        if (r.empty() || r.size() > s.size() || s.substr(s.size() - r.size()) != r) return false;
        std::string_view rest = s.substr(0, s.size() - r.size());
        return rest.empty() || spells(rest, han, n - 1, lex);
    };
    if (fits(lex.latin(id))) return true;
    std::string_view common = lex.common_reading(id);  // ICU's second transliterator: only when needed
    return common != lex.latin(id) && fits(common);
}

}  // namespace

std::vector<Span> pinyin_mirrors(const Document& doc, const Lexicon& lex) {
    std::vector<Span> out;
    const auto& toks = doc.tokens;
    for (const auto& p : doc.paragraphs) {
        std::size_t last_end = p.tokens.first;  // the tokens after the last annotation found start here
        std::size_t last_first = p.tokens.first;
        for (std::size_t i = p.tokens.first; i < p.tokens.end; ++i) {
            if (toks[i].kind != TokenKind::punct || lex.folded(toks[i].id) != "(") continue;
            // the characters before, past an annotation of them found just before
            std::size_t k = i;
            if (k == last_end && k > last_first) k = last_first;
            std::vector<std::uint32_t> han;  // nearest last
            while (k > p.tokens.first && han.size() < max_characters && is_han_token(toks[k - 1], lex)) han.push_back(toks[--k].id);
            if (han.empty()) continue;
            std::reverse(han.begin(), han.end());
            std::string letters;
            std::size_t j = i + 1;
            while (j < p.tokens.end && latin_syllables(toks[j], lex, letters)) ++j;
            if (j == i + 1 || j >= p.tokens.end || toks[j].kind != TokenKind::punct || lex.folded(toks[j].id) != ")") continue;
            if (letters.empty() || !spells(letters, han, han.size(), lex)) continue;
            out.push_back({toks[i].span.start, toks[j].span.end});
            last_first = i;
            last_end = j + 1;
            i = j;
        }
    }
    return out;
}

void drop_tokens(Document& doc, const std::vector<Span>& spans) {
    if (spans.empty()) return;
    // new index of every old token index (and of the end)
    std::vector<std::size_t> renumber(doc.tokens.size() + 1);
    std::vector<Token> kept;
    kept.reserve(doc.tokens.size());
    auto s = spans.begin();
    for (std::size_t i = 0; i < doc.tokens.size(); ++i) {
        renumber[i] = kept.size();
        const Span& t = doc.tokens[i].span;
        while (s != spans.end() && s->end <= t.start) ++s;
        if (s != spans.end() && s->start <= t.start && t.end <= s->end) continue;
        kept.push_back(doc.tokens[i]);
    }
    renumber[doc.tokens.size()] = kept.size();
    doc.tokens = std::move(kept);
    for (auto& p : doc.paragraphs) {
        p.tokens = {renumber[p.tokens.first], renumber[p.tokens.end]};
        for (auto& x : p.sentences) x.first_token = renumber[x.first_token], x.end_token = renumber[x.end_token];
    }
}

}  // namespace parallax
