// Sentences two renderings leave without a counterpart in their own rows
// that render each other a few rows apart: a report puts first what the
// article says later, a translator joins two paragraphs differently. Such a
// sentence is not missing; it is compared where it went
// (docs/discrepancies.md, Moved sentences).
#include <algorithm>
#include <map>
#include <tuple>

#include "cell.hpp"
#include "fact_checks.hpp"

namespace parallax {

namespace {

struct Orphan {
    int row = 0;
    int paragraph = 0;
    const Sentence* sentence = nullptr;
    std::size_t words = 0;
};

// The paragraph of `cell` holding sentence `s`.
int paragraph_of(const Document& doc, const std::vector<int>& cell, const Sentence* s) {
    for (int id : cell) {
        const Paragraph& p = doc.paragraphs[static_cast<std::size_t>(id)];
        if (s->span.start >= p.span.start && s->span.end <= p.span.end) return id;
    }
    return cell.empty() ? 0 : cell.front();
}

std::size_t words_of(const Document& doc, const Sentence& s) {
    std::size_t n = 0;
    for (std::size_t k = s.first_token; k < s.end_token; ++k) n += doc.tokens[k].kind == TokenKind::word;
    return n;
}

}  // namespace

bool MovedSentences::rendered_in(int rendering, const Sentence* s, int other) const {
    return rendered.count({rendering, s, other}) > 0;
}

MovedSentences moved_sentences(const Comparison& c, const std::vector<CellSentences>& links, const CompareOptions& opt) {
    MovedSentences out;
    const int n = static_cast<int>(c.renderings.size());
    std::map<std::tuple<int, int, int>, std::size_t> diff_at;  // (row, left, right) -> index into c.diffs
    for (std::size_t k = 0; k < c.diffs.size(); ++k) diff_at[{c.diffs[k].row, c.diffs[k].left, c.diffs[k].rendering}] = k;
    auto aligned = [&](int y) { return c.renderings[static_cast<std::size_t>(y)].status == Status::aligned; };
    // the pairs in the order word_diffs makes them: the base first, then by index
    std::vector<std::pair<int, int>> pairs;
    for (int y = 0; y < n; ++y)
        if (y != c.base && c.base >= 0 && aligned(y) && aligned(c.base)) pairs.push_back({c.base, y});
    for (int x = 0; x < n; ++x)
        for (int y = x + 1; y < n; ++y)
            if (x != c.base && y != c.base && aligned(x) && aligned(y)) pairs.push_back({x, y});
    for (auto [left, right] : pairs) {
        const Document& dl = c.renderings[static_cast<std::size_t>(left)].doc;
        const Document& dr = c.renderings[static_cast<std::size_t>(right)].doc;
        std::vector<Orphan> ol, orr;
        auto add = [&](std::vector<Orphan>& to, const Document& d, int row, const std::vector<int>& cell, const Sentence* s) {
            std::size_t w = words_of(d, *s);
            if (w >= opt.omission_min_words) to.push_back({row, paragraph_of(d, cell, s), s, w});
        };
        for (std::size_t r = 0; r < c.rows.size(); ++r) {
            const auto& cl = c.rows[r].cells[static_cast<std::size_t>(left)];
            const auto& cr = c.rows[r].cells[static_cast<std::size_t>(right)];
            const int row = static_cast<int>(r);
            if (cl.empty() || cr.empty()) {  // every sentence of the lone cell
                const auto& cell = cl.empty() ? cr : cl;
                const Document& d = cl.empty() ? dr : dl;
                for (int id : cell)
                    for (const auto& s : d.paragraphs[static_cast<std::size_t>(id)].sentences) add(cl.empty() ? orr : ol, d, row, cell, &s);
                continue;
            }
            auto at = diff_at.find({row, left, right});
            if (at == diff_at.end() || at->second >= links.size()) continue;
            const CellSentences& cs = links[at->second];
            for (const auto& l : cs.links) {
                if (l.other.empty())
                    for (std::size_t i : l.base) add(ol, dl, row, cl, cs.left[i]);
                if (l.base.empty())
                    for (std::size_t i : l.other) add(orr, dr, row, cr, cs.right[i]);
            }
        }
        if (ol.empty() || orr.empty()) continue;
        // each orphan's most similar one on the other side, near enough; kept when mutual
        // orphans are gathered row by row, so those near a row are one range of them
        auto best = [&](const Orphan& o, const Document& from, const std::vector<Orphan>& there, const Document& to) {
            int pick = -1;
            double most = opt.moved_sentence_sim;
            auto first = std::lower_bound(there.begin(), there.end(), o.row - opt.moved_sentence_reach,
                                          [](const Orphan& x, int row) { return x.row < row; });
            for (auto k = static_cast<std::size_t>(first - there.begin()); k < there.size() && there[k].row <= o.row + opt.moved_sentence_reach; ++k) {
                double sim = sentence_similarity(from, {o.sentence}, to, {there[k].sentence});
                if (sim >= most) most = sim, pick = static_cast<int>(k);
            }
            return std::make_pair(pick, most);
        };
        for (const Orphan& a : ol) {
            auto [k, sim] = best(a, dl, orr, dr);
            if (k < 0) continue;
            const Orphan& b = orr[static_cast<std::size_t>(k)];
            auto [back, unused] = best(b, dr, ol, dl);
            if (back < 0 || ol[static_cast<std::size_t>(back)].sentence != a.sentence) continue;
            out.links.push_back({left, right, a.row, b.row, a.paragraph, b.paragraph, a.sentence, b.sentence, sim});
            out.rendered.insert({left, a.sentence, right});
            out.rendered.insert({right, b.sentence, left});
        }
    }
    return out;
}

void check_moved_wording(const Comparison& c, const std::vector<RenderingFacts>& facts, const MovedSentences& moved,
                         std::vector<Discrepancy>& base_out, std::vector<Discrepancy>& pair_out) {
    for (const auto& m : moved.links) {
        const Document& dl = c.renderings[static_cast<std::size_t>(m.left)].doc;
        const Document& dr = c.renderings[static_cast<std::size_t>(m.right)].doc;
        CellDiff diff{m.row_left, m.right, span_edits(dl, m.paragraph_left, m.left_sentence->span, dr, m.paragraph_right, m.right_sentence->span),
                      m.left};
        CellSentences cs{{m.left_sentence}, {m.right_sentence}, {{{0}, {0}, m.sim}}};
        CellFacts fl = gather(facts[static_cast<std::size_t>(m.left)], m.left, {m.paragraph_left});
        CellFacts fr = gather(facts[static_cast<std::size_t>(m.right)], m.right, {m.paragraph_right});
        check_wording(c, diff, fl, fr, cs, m.left == c.base ? base_out : pair_out);
    }
}

}  // namespace parallax
