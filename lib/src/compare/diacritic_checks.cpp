// Words one rendering writes with diacritics and another without
// ("Jovanović" / "Jovanovic", "Trần Văn Minh" / "Tran Van Minh"): the same words, a spelling
// policy a reader may want to see, never a changed fact.
#include <algorithm>

#include "../unicode/unicode.hpp"
#include "cell.hpp"
#include "fact_checks.hpp"
#include "parallax/normalize.hpp"

namespace parallax {

namespace {

bool ascii(std::string_view s) {
    for (char ch : s)
        if (static_cast<unsigned char>(ch) >= 0x80) return false;
    return true;
}

struct Word {
    const Token* token;
    std::size_t index;  // in the document's tokens: adjacent words make one name
    std::string_view text;
    std::string plain;  // case folded, marks stripped
    bool marked;        // a byte past ASCII: it may carry marks
};

std::vector<Word> words_of(const Comparison& c, int rendering, const std::vector<Span>& runs) {
    const Document& doc = c.renderings[static_cast<std::size_t>(rendering)].doc;
    std::vector<Word> ws;
    for (Span run : runs)
        for (const Token* t : run_tokens(doc, run)) {
            if (t->kind != TokenKind::word) continue;
            std::string_view text = c.text(rendering, t->span);
            ws.push_back({t, static_cast<std::size_t>(t - doc.tokens.data()), text, unicode::casefold_strip_marks(text), !ascii(text)});
        }
    return ws;
}

// Pairs of words, in order on both sides, that differ only in marks.
void pair_words(const std::vector<Word>& a, const std::vector<Word>& b, std::vector<bool>& used_a, std::vector<bool>& used_b,
                std::vector<std::pair<std::size_t, std::size_t>>& out) {
    std::size_t from = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (used_a[i]) continue;
        for (std::size_t k = from; k < b.size(); ++k) {
            if (used_b[k] || (!a[i].marked && !b[k].marked) || a[i].token->id == b[k].token->id || a[i].plain != b[k].plain)
                continue;
            used_a[i] = used_b[k] = true;
            out.push_back({i, k});
            from = k + 1;
            break;
        }
    }
}

}  // namespace

// Inside each changed run of the word diff first (the runs pair the right
// occurrences), then over all that the diff removed and added in the cell
// pair: the marked and the plain spelling need not fall in one run ("at the
// invitation of Mayor Ana Jovanovic" against another wording round
// "Jovanović"). Adjacent words make one finding ("Tran Van Minh").
void check_diacritics(const Comparison& c, const CellDiff& diff, std::vector<Discrepancy>& out) {
    std::vector<Span> left_runs, right_runs;
    for (const auto& e : diff.edits) {
        if (e.op == EditOp::same) continue;
        if (!e.base.empty()) left_runs.push_back(e.base);
        if (!e.other.empty()) right_runs.push_back(e.other);
    }
    std::vector<Word> mine = words_of(c, diff.left, left_runs), theirs = words_of(c, diff.rendering, right_runs);
    if (std::none_of(mine.begin(), mine.end(), [](const Word& w) { return w.marked; }) &&
        std::none_of(theirs.begin(), theirs.end(), [](const Word& w) { return w.marked; }))
        return;
    std::vector<bool> used_a(mine.size(), false), used_b(theirs.size(), false);
    std::vector<std::pair<std::size_t, std::size_t>> pairs;
    for (const auto& e : diff.edits) {  // changed runs: only their own words
        if (e.op != EditOp::changed) continue;
        std::vector<bool> in_a(mine.size(), true), in_b(theirs.size(), true);
        for (std::size_t i = 0; i < mine.size(); ++i) in_a[i] = used_a[i] || !overlaps(mine[i].token->span, e.base);
        for (std::size_t k = 0; k < theirs.size(); ++k) in_b[k] = used_b[k] || !overlaps(theirs[k].token->span, e.other);
        std::vector<std::pair<std::size_t, std::size_t>> found;
        pair_words(mine, theirs, in_a, in_b, found);
        for (auto [i, k] : found) used_a[i] = used_b[k] = true, pairs.push_back({i, k});
    }
    pair_words(mine, theirs, used_a, used_b, pairs);
    std::sort(pairs.begin(), pairs.end());
    for (std::size_t p = 0; p < pairs.size();) {
        std::size_t q = p + 1;  // a run of adjacent words on both sides
        while (q < pairs.size() && mine[pairs[q].first].index == mine[pairs[q - 1].first].index + 1 &&
               theirs[pairs[q].second].index == theirs[pairs[q - 1].second].index + 1)
            ++q;
        const Word& a0 = mine[pairs[p].first];
        Discrepancy d;
        d.kind = a0.token->capitalized ? Kind::name : Kind::wording;
        d.finding = Finding::diacritics_differ;
        d.severity = Severity::low;
        d.row = diff.row;
        d.spans = {{diff.left, {a0.token->span.start, mine[pairs[q - 1].first].token->span.end}},
                   {diff.rendering, {theirs[pairs[p].second].token->span.start, theirs[pairs[q - 1].second].token->span.end}}};
        d.against = {diff.rendering};
        out.push_back(std::move(d));
        p = q;
    }
}

}  // namespace parallax
