#include <algorithm>
#include <string_view>
#include <unordered_map>
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

// The local alignment over haystack words lo..hi (inclusive), started from
// nothing, as one pass of the full dynamic programme would compute it there:
// updates `best` where a cell ending on a shared word beats `best_score`.
// Words are compared by id (`quote[j]` is the id of the quote's j-th word in
// the haystack's vocabulary, or none).
void best_passage(const std::vector<std::size_t>& quote, const std::vector<std::size_t>& hay, std::size_t lo,
                  std::size_t hi, Aligned& best, double& best_score) {
    std::size_t m = quote.size();
    std::vector<Cell> prev(m + 1), cur(m + 1);
    for (std::size_t i = lo + 1; i <= hi + 1; ++i) {
        cur[0] = Cell{0, i, 0};
        const std::size_t word = hay[i - 1];
        for (std::size_t j = 1; j <= m; ++j) {
            bool eq = word == quote[j - 1];
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
}

}  // namespace

struct QuoteHaystack::Index {
    std::vector<Tok> toks;
    std::vector<std::size_t> words;  // token index of every word
    std::unordered_map<std::string, std::size_t> id;  // folded word -> its id
    std::vector<std::size_t> ids;                      // the id of every word
    std::vector<std::vector<std::size_t>> at;          // by id: indices into `words`, ascending
};

QuoteHaystack::QuoteHaystack(std::string_view text) : index_(std::make_unique<Index>()) {
    Index& ix = *index_;
    ix.toks = scan(text);
    ix.words = word_indices(ix.toks);
    ix.ids.reserve(ix.words.size());
    for (std::size_t i = 0; i < ix.words.size(); ++i) {
        auto [it, fresh] = ix.id.emplace(ix.toks[ix.words[i]].low, ix.at.size());
        if (fresh) ix.at.emplace_back();
        ix.at[it->second].push_back(i);
        ix.ids.push_back(it->second);
    }
}
QuoteHaystack::~QuoteHaystack() = default;
QuoteHaystack::QuoteHaystack(QuoteHaystack&&) noexcept = default;
QuoteHaystack& QuoteHaystack::operator=(QuoteHaystack&&) noexcept = default;

QuoteLookup look_up_quote(std::string_view quote, const QuoteHaystack& haystack) {
    const QuoteHaystack::Index& ix = haystack.index();
    const std::vector<Tok>& h = ix.toks;
    const std::vector<std::size_t>& hw = ix.words;
    std::vector<Tok> q = scan(quote);
    std::vector<std::size_t> qw = word_indices(q);
    if (qw.empty() || hw.empty()) return {};
    const std::size_t m = qw.size();
    auto span_of = [&](std::size_t a, std::size_t b) { return Span{h[hw[a]].span.start, h[hw[b]].span.end}; };

    // Each of the quote's words by id, and where it occurs in the haystack.
    const std::size_t absent = ix.at.size();  // an id no haystack word has
    const std::vector<std::size_t> nowhere;
    std::vector<std::size_t> qid(m, absent);
    std::vector<const std::vector<std::size_t>*> occ(m, &nowhere);
    for (std::size_t j = 0; j < m; ++j)
        if (auto it = ix.id.find(q[qw[j]].low); it != ix.id.end()) qid[j] = it->second, occ[j] = &ix.at[it->second];

    // 1. The quote's words in sequence: every occurrence of its rarest word
    // is a candidate start, checked word by word; in haystack order.
    std::size_t rare = 0;
    for (std::size_t j = 1; j < m; ++j)
        if (occ[j]->size() < occ[rare]->size()) rare = j;
    std::vector<std::size_t> starts;
    for (std::size_t p : *occ[rare]) {
        if (p < rare || p - rare + m > hw.size()) continue;
        std::size_t s = p - rare, j = 0;
        while (j < m && ix.ids[s + j] == qid[j]) ++j;
        if (j == m) starts.push_back(s);
    }
    for (std::size_t s : starts) {
        std::size_t e = s + m - 1;
        if (same_inner_tokens(q, qw.front(), qw.back(), h, hw[s], hw[e])) return {QuoteMatch::exact, span_of(s, e), 1.0};
    }
    if (!starts.empty()) return {QuoteMatch::punctuation_only, span_of(starts.front(), starts.front() + m - 1), 1.0};

    // 2. The best passage sharing enough words. One with `need` shared words
    // leaves out at most m - need of them, so it holds one of any m - need + 1
    // of the quote's words: the rarest are the anchors. A passage scoring
    // above 0 spans fewer than matches / gap_cost unmatched haystack words, so
    // it lies within `reach` words of its anchor; the alignment is run on
    // those windows only (merged where they overlap), in haystack order.
    std::size_t need = 0;
    while (static_cast<double>(need) / static_cast<double>(m) < altered_share) ++need;
    std::vector<std::size_t> by_rarity(m);
    for (std::size_t j = 0; j < m; ++j) by_rarity[j] = j;
    std::stable_sort(by_rarity.begin(), by_rarity.end(), [&](std::size_t a, std::size_t b) { return occ[a]->size() < occ[b]->size(); });
    by_rarity.resize(std::min(m, m - need + 1));
    const std::size_t reach = m + static_cast<std::size_t>(static_cast<double>(m) / gap_cost) + 2;
    std::vector<std::pair<std::size_t, std::size_t>> windows;
    for (std::size_t j : by_rarity)
        for (std::size_t p : *occ[j]) windows.push_back({p > reach ? p - reach : 0, std::min(hw.size() - 1, p + reach)});
    std::sort(windows.begin(), windows.end());
    // Inside a window, only stretches of `reach` words that hold `need` of the
    // quote's words (each counted at most as often as the quote has it) can
    // hold such a passage: frequent anchors ("the", "of") make wide windows,
    // and this keeps the alignment to the few places that can matter.
    std::vector<std::size_t> in_quote(absent + 1, 0);  // by id: how often the quote has it
    for (std::size_t id : qid) ++in_quote[id];
    in_quote[absent] = 0;
    std::vector<std::size_t> seen(absent + 1, 0);
    std::vector<std::pair<std::size_t, std::size_t>> dense;
    for (std::size_t w = 0; w < windows.size();) {
        auto [lo, hi] = windows[w];
        for (++w; w < windows.size() && windows[w].first <= hi + 1; ++w) hi = std::max(hi, windows[w].second);
        std::size_t held = 0;
        for (std::size_t i = lo; i <= hi; ++i) {
            std::size_t id = ix.ids[i];
            held += ++seen[id] <= in_quote[id];
            if (i >= lo + reach) {
                std::size_t old = ix.ids[i - reach];
                held -= seen[old]-- <= in_quote[old];
            }
            if (held >= need) {
                std::size_t from = i + 1 >= lo + reach ? i + 1 - reach : lo;
                if (!dense.empty() && from <= dense.back().second + 1) dense.back().second = i;
                else dense.push_back({from, i});
            }
        }
        for (std::size_t i = hi + 1 > lo + reach ? hi + 1 - reach : lo; i <= hi; ++i) --seen[ix.ids[i]];
    }
    Aligned a;
    double best_score = 0;
    for (auto [lo, hi] : dense) best_passage(qid, ix.ids, lo, hi, a, best_score);
    double share = static_cast<double>(a.matches) / static_cast<double>(m);
    if (a.matches > 0 && share >= altered_share) return {QuoteMatch::altered, span_of(a.start, a.end), share};
    return {QuoteMatch::not_found, Span{}, share};
}

QuoteLookup look_up_quote(std::string_view quote, std::string_view haystack) {
    return look_up_quote(quote, QuoteHaystack(haystack));
}

}  // namespace parallax
