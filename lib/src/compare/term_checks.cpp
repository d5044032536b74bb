#include <algorithm>
#include <mutex>

#include "fact_checks.hpp"
#include "parallax/normalize.hpp"

namespace parallax {

struct ArticleText::Rendering {
    std::once_flag letters_built, starts_built;
    std::string letters;
    std::unordered_map<std::string_view, std::vector<std::size_t>> starts;
};

ArticleText::ArticleText(const Comparison& c) : c_(c) {
    for (std::size_t y = 0; y < c.renderings.size(); ++y) by_.push_back(std::make_unique<Rendering>());
}

ArticleText::~ArticleText() = default;

const std::string& ArticleText::letters(int rendering) {
    Rendering& r = *by_[static_cast<std::size_t>(rendering)];
    std::call_once(r.letters_built, [&] {
        const Document& doc = c_.renderings[static_cast<std::size_t>(rendering)].doc;
        r.letters.assign(1, ' ');
        for (const auto& p : doc.paragraphs)
            if (p.in_article) r.letters += folded_letters(std::string_view(doc.text).substr(p.span.start, p.span.size())) + " ";
    });
    return r.letters;
}

const std::vector<std::size_t>& ArticleText::starts(int rendering, std::string_view word) {
    Rendering& r = *by_[static_cast<std::size_t>(rendering)];
    const std::string& hay = letters(rendering);
    std::call_once(r.starts_built, [&] {
        for (std::size_t start = 1; start < hay.size();) {
            std::size_t end = hay.find(' ', start);
            if (end == std::string::npos) end = hay.size();
            if (end > start) r.starts[std::string_view(hay).substr(start, end - start)].push_back(start);
            start = end + 1;
        }
    });
    static const std::vector<std::size_t> none;
    auto it = r.starts.find(word);
    return it == r.starts.end() ? none : it->second;
}

bool ArticleText::has_words(int rendering, std::string_view folded) {
    const std::string& hay = letters(rendering);
    for (std::size_t start : starts(rendering, folded.substr(0, folded.find(' '))))
        if (hay.compare(start, folded.size(), folded) == 0 && (start + folded.size() == hay.size() || hay[start + folded.size()] == ' '))
            return true;
    return false;
}

std::size_t ArticleLetters::count(int rendering, const std::string& needle) {
    const std::string& hay = of(rendering);
    const auto y = static_cast<std::size_t>(rendering);
    if (counts.size() <= y) counts.resize(y + 1);
    auto [memo, fresh] = counts[y].try_emplace(needle, 0);
    if (!fresh) return memo->second;
    std::size_t n = 0;
    // " word ...": every hit starts one before a word's first letter, and
    // that word is the needle's first; anything else is searched plainly
    if (needle.size() < 3 || needle.front() != ' ' || needle[1] == ' ' || needle.back() != ' ') {
        for (std::size_t at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + 1)) ++n;
        return memo->second = n;
    }
    std::string_view first = std::string_view(needle).substr(1, needle.find(' ', 1) - 1);
    for (std::size_t start : text.starts(rendering, first))
        if (hay.compare(start - 1, needle.size(), needle) == 0) ++n;
    return memo->second = n;
}

namespace {

// The tokens whose bytes lie inside `s`.
std::span<const Token> tokens_in(const Document& doc, Span s) {
    auto first = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), s.start,
                                  [](const Token& t, std::size_t at) { return t.span.start < at; });
    auto last = first;
    while (last != doc.tokens.end() && last->span.end <= s.end) ++last;
    return {first, last};
}

bool lowercase_word(const Document& doc, const Token& t) {
    return t.kind == TokenKind::word && !t.capitalized && !is_stopword(doc.folded(t));
}

// A modifier run of a term: one to three lower-case content words, hyphens
// between them allowed ("rock-solid", "all-weather").
bool modifiers(const Document& doc, std::span<const Token> ts) {
    std::size_t words = 0;
    for (std::size_t k = 0; k < ts.size(); ++k) {
        const Token& t = ts[k];
        if (t.kind == TokenKind::punct) {
            if (doc.folded(t) != "-" || k == 0 || k + 1 == ts.size()) return false;
            continue;
        }
        if (!lowercase_word(doc, t)) return false;
        ++words;
    }
    return words >= 1 && words <= 3;
}

std::string without_spaces(std::string s) {
    s.erase(std::remove(s.begin(), s.end(), ' '), s.end());
    return s;
}

}  // namespace

void check_terms(const Comparison& c, const CellDiff& diff, ArticleLetters& letters, std::vector<Discrepancy>& out) {
    const int left = diff.left, other = diff.rendering;
    const Document& db = c.renderings[static_cast<std::size_t>(left)].doc;
    const Document& dot = c.renderings[static_cast<std::size_t>(other)].doc;
    for (std::size_t k = 0; k + 1 < diff.edits.size(); ++k) {
        const Edit& e = diff.edits[k];
        const Edit& next = diff.edits[k + 1];
        if (e.op != EditOp::changed || next.op != EditOp::same) continue;
        auto mb = tokens_in(db, e.base), mo = tokens_in(dot, e.other);
        if (!modifiers(db, mb) || !modifiers(dot, mo)) continue;
        // the head noun both sides share right after: "... friendship"
        auto head_b = tokens_in(db, next.base), head_o = tokens_in(dot, next.other);
        if (head_b.empty() || head_o.empty() || !lowercase_word(db, head_b.front())) continue;
        Span tb{e.base.start, head_b.front().span.end}, to{e.other.start, head_o.front().span.end};
        auto spaced = [](std::string_view text) {  // piecewise: g++ 12 warns (-Wrestrict) on " " + std::string
            std::string s(1, ' ');
            s += folded_letters(text);
            s += ' ';
            return s;
        };
        std::string term_b = spaced(c.text(left, tb)), term_o = spaced(c.text(other, to));
        // a term recurs on at least one side, and neither side ever uses
        // the other's wording: otherwise it is phrasing, not a term
        if (letters.count(left, term_b) < 2 && letters.count(other, term_o) < 2) continue;
        if (letters.has(left, term_o) || letters.has(other, term_b)) continue;
        Discrepancy d;
        d.kind = Kind::term;
        bool spelling = without_spaces(term_b) == without_spaces(term_o);
        d.finding = spelling ? Finding::term_variant : Finding::term_differs;
        d.severity = spelling ? Severity::low : Severity::medium;
        d.row = diff.row;
        d.spans = {{left, tb}, {other, to}};
        d.against = {other};
        out.push_back(std::move(d));
    }
}

}  // namespace parallax
