#include "view.hpp"

#include <algorithm>

namespace parallax::report {

namespace {

// Words and numbers only: punctuation agrees in nearly any translation and
// would make a paraphrase look like a copy.
std::size_t words_in(const Document& doc, Span s) {
    if (s.empty()) return 0;
    auto t = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), s.start, [](const Token& x, std::size_t at) { return x.span.start < at; });
    std::size_t n = 0;
    for (; t != doc.tokens.end() && t->span.end <= s.end; ++t) n += t->kind != TokenKind::punct;
    return n;
}

}  // namespace

double same_word_share(const Comparison& c) {
    if (c.base < 0 || static_cast<std::size_t>(c.base) >= c.renderings.size()) return 1.0;
    const Document& base = c.renderings[static_cast<std::size_t>(c.base)].doc;
    std::size_t same = 0, all = 0;
    // Rows hold article paragraphs only, and a pair is diffed only where both
    // cells are present: these are the words both renderings put side by side.
    for (const CellDiff& d : c.diffs) {
        if (d.left != c.base || d.rendering < 0 || static_cast<std::size_t>(d.rendering) >= c.renderings.size()) continue;
        const Document& other = c.renderings[static_cast<std::size_t>(d.rendering)].doc;
        for (const Edit& e : d.edits) {
            std::size_t n = words_in(base, e.base) + words_in(other, e.other);
            all += n;
            if (e.op == EditOp::same) same += n;
        }
    }
    return all == 0 ? 1.0 : static_cast<double>(same) / static_cast<double>(all);
}

// Where most words agree (two translations of one text, a reprint) the word
// diff's colour is sparse and shows what each side changed. Where fewer than
// 0.6 agree (a report, a rewrite, a machine translation) nearly every line is
// coloured and the few discrepancies that matter drown in it, so the page
// opens on the findings. On the fixtures a machine translation against an
// official text measures about 0.5, a report of it about 0.35, two close
// translations 0.65-0.87 (docs/report.md).
View default_view(const Comparison& c) { return same_word_share(c) < 0.6 ? View::findings : View::diff; }

const char* view_class(View v) { return v == View::findings ? "v-findings" : "v-diff"; }

}  // namespace parallax::report
