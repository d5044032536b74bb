#include <algorithm>
#include <string_view>
#include <vector>

#include "parallax/facts.hpp"
#include "scan.hpp"

namespace parallax {

using namespace facts_detail;

namespace {

constexpr double altered_share = 0.6;  // share of the quote's words, in order
// Local alignment weights: a shared word gains 1, anything else costs this.
constexpr double gap_cost = 0.3;

std::vector<std::size_t> word_indices(const std::vector<Tok>& t) {
    std::vector<std::size_t> w;
    for (std::size_t i = 0; i < t.size(); ++i)
        if (t[i].kind != TokKind::punct) w.push_back(i);
    return w;
}

// Starts (indices into hw) where the quote's words occur in sequence: KMP.
std::vector<std::size_t> occurrences(const std::vector<Tok>& q, const std::vector<std::size_t>& qw,
                                     const std::vector<Tok>& h, const std::vector<std::size_t>& hw) {
    std::size_t m = qw.size();
    std::vector<std::size_t> fail(m + 1, 0);
    for (std::size_t i = 1, k = 0; i < m; ++i) {
        while (k > 0 && q[qw[i]].low != q[qw[k]].low) k = fail[k];
        if (q[qw[i]].low == q[qw[k]].low) ++k;
        fail[i + 1] = k;
    }
    std::vector<std::size_t> starts;
    for (std::size_t i = 0, k = 0; i < hw.size(); ++i) {
        while (k > 0 && (k == m || h[hw[i]].low != q[qw[k]].low)) k = fail[k];
        if (h[hw[i]].low == q[qw[k]].low) ++k;
        if (k == m) starts.push_back(i + 1 - m);
    }
    return starts;
}

// Same tokens, punctuation included, from the first word to the last.
bool same_inner_tokens(const std::vector<Tok>& q, std::size_t qa, std::size_t qb, const std::vector<Tok>& h,
                       std::size_t ha, std::size_t hb) {
    if (qb - qa != hb - ha) return false;
    for (std::size_t k = 0; k <= qb - qa; ++k)
        if (q[qa + k].low != h[ha + k].low) return false;
    return true;
}

struct Cell {
    double score = 0;
    std::size_t start = 0;  // haystack word where the alignment begins
    std::size_t matches = 0;
};

// Best local alignment of the quote's words against the haystack's words.
struct Aligned {
    std::size_t start = 0, end = 0;  // haystack word indices, inclusive
    std::size_t matches = 0;
};

Aligned best_passage(const std::vector<Tok>& q, const std::vector<std::size_t>& qw, const std::vector<Tok>& h,
                     const std::vector<std::size_t>& hw) {
    std::size_t m = qw.size();
    std::vector<Cell> prev(m + 1), cur(m + 1);
    Aligned best;
    double best_score = 0;
    for (std::size_t i = 1; i <= hw.size(); ++i) {
        cur[0] = Cell{0, i, 0};
        for (std::size_t j = 1; j <= m; ++j) {
            bool eq = h[hw[i - 1]].low == q[qw[j - 1]].low;
            Cell diag = prev[j - 1];
            if (diag.score <= 0) diag = Cell{0, i - 1, 0};
            Cell c = eq ? Cell{diag.score + 1, diag.start, diag.matches + 1} : Cell{diag.score - gap_cost, diag.start, diag.matches};
            if (prev[j].score - gap_cost > c.score) c = {prev[j].score - gap_cost, prev[j].start, prev[j].matches};
            if (cur[j - 1].score - gap_cost > c.score) c = {cur[j - 1].score - gap_cost, cur[j - 1].start, cur[j - 1].matches};
            if (c.score <= 0) c = Cell{0, i, 0};
            cur[j] = c;
            if (eq && c.score > best_score) {
                best_score = c.score;
                best = {c.start, i - 1, c.matches};
            }
        }
        std::swap(prev, cur);
    }
    return best;
}

}  // namespace

QuoteLookup look_up_quote(std::string_view quote, std::string_view haystack) {
    std::vector<Tok> q = scan(quote), h = scan(haystack);
    std::vector<std::size_t> qw = word_indices(q), hw = word_indices(h);
    if (qw.empty() || hw.empty()) return {};
    auto span_of = [&](std::size_t a, std::size_t b) { return Span{h[hw[a]].span.start, h[hw[b]].span.end}; };

    std::vector<std::size_t> starts = occurrences(q, qw, h, hw);
    for (std::size_t s : starts) {
        std::size_t e = s + qw.size() - 1;
        if (same_inner_tokens(q, qw.front(), qw.back(), h, hw[s], hw[e])) return {QuoteMatch::exact, span_of(s, e), 1.0};
    }
    if (!starts.empty()) {
        std::size_t s = starts.front();
        return {QuoteMatch::punctuation_only, span_of(s, s + qw.size() - 1), 1.0};
    }
    Aligned a = best_passage(q, qw, h, hw);
    double share = static_cast<double>(a.matches) / static_cast<double>(qw.size());
    if (a.matches > 0 && share >= altered_share) return {QuoteMatch::altered, span_of(a.start, a.end), share};
    return {QuoteMatch::not_found, Span{}, share};
}

}  // namespace parallax
