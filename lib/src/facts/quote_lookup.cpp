#include <algorithm>
#include <cstdint>
#include <limits>
#include <stdexcept>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "parallax/facts.hpp"
#include "scan.hpp"

namespace parallax {

using namespace facts_detail;

namespace {

using Id = std::uint32_t;
constexpr Id absent = std::numeric_limits<Id>::max();  // a quote's word the haystack does not have

struct Bytes {
    Id start = 0, end = 0;  // a token's span in the text
};

constexpr double altered_share = 0.6;  // share of the quote's words, in order
// Local alignment weights: a shared word gains 1, anything else costs this.
constexpr double gap_cost = 0.3;
constexpr double prune_margin = 0.05;

// Best local alignment of the quote's words against the haystack's words.
struct Aligned {
    std::size_t start = 0, end = 0;  // haystack word indices, inclusive
    std::size_t matches = 0;
};

// The quote's distinct words (those the haystack has), each with the
// quote's positions (1-based columns of the alignment) where it stands.
// Built per look-up: O(m log m) for a quote of m words.
struct QuoteWords {
    std::vector<Id> ids;                   // ascending
    std::vector<std::size_t> first;        // by slot: where its columns begin in `columns`; one past the last slot too
    std::vector<std::size_t> columns;      // by slot, ascending
    explicit QuoteWords(const std::vector<Id>& qid) {
        std::vector<std::pair<Id, std::size_t>> by_id;
        for (std::size_t j = 0; j < qid.size(); ++j)
            if (qid[j] != absent) by_id.push_back({qid[j], j + 1});
        std::sort(by_id.begin(), by_id.end());
        for (std::size_t k = 0; k < by_id.size(); ++k) {
            if (k == 0 || by_id[k].first != by_id[k - 1].first) ids.push_back(by_id[k].first), first.push_back(k);
            columns.push_back(by_id[k].second);
        }
        first.push_back(columns.size());
    }
    // The slot of a haystack word, or ids.size() when the quote lacks it: O(log m).
    std::size_t slot(Id id) const {
        auto it = std::lower_bound(ids.begin(), ids.end(), id);
        return it != ids.end() && *it == id ? static_cast<std::size_t>(it - ids.begin()) : ids.size();
    }
};

// The local alignment over haystack words lo..hi (inclusive), started from
// nothing, as one pass of the full dynamic programme would compute it there:
// updates `best` where a cell ending on a shared word beats `best_score`.
// Words are compared by id (`quote[j]` is the id of the quote's j-th word in
// the haystack's vocabulary, or none).
// Only the cells that can score above 0 are computed: those of a row's
// shared words and those next to (right of, below) a cell above 0. Every
// other cell scores 0 in the full programme too (it can only be reached by
// a gap from nothing), and a cell scoring 0 passes nothing on, so the
// result is the same, cell for cell, at the cost of the band round the
// alignments that score, not quote length times window length.
void best_passage(const std::vector<Id>& quote, const QuoteWords& words, const std::vector<double>& gain_after, const Id* hay,
                  std::size_t lo, std::size_t hi, Aligned& best, double& best_score) {
    const std::size_t m = quote.size();
    // By column, for the previous row (p*) and the current one (c*): a
    // cell's score, the haystack word where its alignment begins, and the
    // quote's words it matches. Cells outside the band of the last row
    // computed score 0 in both rows: columns of the previous row that score
    // above 0 lie in [plo, phi] (none when plo > phi), and the current row
    // is all zeros before it is computed.
    std::vector<double> ps(m + 1, 0), cs(m + 1, 0);
    std::vector<std::size_t> pst(m + 1, 0), pm(m + 1, 0), cst(m + 1, 0), cm(m + 1, 0);
    std::size_t plo = 1, phi = 0;
    for (std::size_t i = lo + 1; i <= hi + 1; ++i) {
        const Id word = hay[i - 1];
        const std::size_t s = words.slot(word);
        const bool shared = s < words.ids.size();
        if (plo > phi && !shared) continue;  // a row of zeros below a row of zeros
        std::size_t a = plo <= phi ? plo : m + 1, b = plo <= phi ? std::min(m, phi + 1) : 0;
        if (shared) a = std::min(a, words.columns[words.first[s]]), b = std::max(b, words.columns[words.first[s + 1] - 1]);
        std::size_t clo = m + 1, chi = 0;
        for (std::size_t j = a; j <= m; ++j) {
            const double left = cs[j - 1];
            if (j > b && left <= 0) break;
            const bool eq = word == quote[j - 1];
            // from the diagonal, or from nothing when it scores 0
            double score = ps[j - 1];
            std::size_t start = pst[j - 1], matches = pm[j - 1];
            if (score <= 0) score = 0, start = i - 1, matches = 0;
            if (eq) score = score + 1, ++matches;
            else score = score - gap_cost;
            if (ps[j] - gap_cost > score) score = ps[j] - gap_cost, start = pst[j], matches = pm[j];
            if (left - gap_cost > score) score = left - gap_cost, start = cst[j - 1], matches = cm[j - 1];
            if (score <= 0) {
                cs[j] = 0;
                continue;
            }
            if (eq && score > best_score) {
                best_score = score;
                best = {start, i - 1, matches};
            }
            // An alignment through this cell gains at most 1 for each column
            // after it that the haystack's words can match (gain_after[j]):
            // when that cannot beat the best so far, the cell is left at 0.
            // A cell that later beats the best has no best path through it,
            // so its score, start and matches are the same.
            if (score + gain_after[j] <= best_score) {
                cs[j] = 0;
                continue;
            }
            cs[j] = score, cst[j] = start, cm[j] = matches;
            clo = std::min(clo, j), chi = j;
        }
        for (std::size_t j = plo; j <= phi; ++j) ps[j] = 0;
        std::swap(ps, cs), std::swap(pst, cst), std::swap(pm, cm);
        plo = clo, phi = chi;
    }
}

// Same tokens, punctuation included, from the first word to the last.
bool same_inner_tokens(const std::vector<Id>& q, std::size_t qa, std::size_t qb, const std::vector<Id>& h, std::size_t ha,
                       std::size_t hb) {
    if (qb - qa != hb - ha) return false;
    for (std::size_t k = 0; k <= qb - qa; ++k)
        if (q[qa + k] != h[ha + k]) return false;
    return true;
}

}  // namespace

// Every token's folded form as an id in one vocabulary (words, numbers and
// marks alike: equal ids are equal forms), and each word's occurrences as
// one array grouped by id. Built in O(tokens) expected time; 20 bytes a token
// and the distinct forms once (texts under 4 GB).
struct QuoteHaystack::Index {
    std::vector<Bytes> spans;                // of every token
    std::vector<Id> low;                     // of every token: its folded form's id
    std::vector<Id> words;                   // token index of every word (numbers count as words)
    std::vector<Id> ids;                     // the id of every word: low[words[i]]
    std::unordered_map<std::string, Id> id;  // folded form -> its id
    std::vector<Id> at_first;                // by id: where its occurrences begin in `at`; one past the last id too
    std::vector<Id> at;                      // indices into `words`, grouped by id, ascending within one
};

QuoteHaystack::QuoteHaystack(std::string_view text) : index_(std::make_unique<Index>()) {
    Index& ix = *index_;
    std::vector<Tok> toks = scan(text);
    if (text.size() >= absent) throw std::length_error("quote haystack: text too long");
    ix.spans.reserve(toks.size());
    ix.low.reserve(toks.size());
    for (std::size_t k = 0; k < toks.size(); ++k) {
        auto it = ix.id.find(toks[k].low);
        if (it == ix.id.end()) it = ix.id.emplace(std::move(toks[k].low), static_cast<Id>(ix.id.size())).first;
        ix.spans.push_back({static_cast<Id>(toks[k].span.start), static_cast<Id>(toks[k].span.end)});
        ix.low.push_back(it->second);
        if (toks[k].kind != TokKind::punct) ix.words.push_back(static_cast<Id>(k)), ix.ids.push_back(it->second);
    }
    // occurrences by id: a counting sort of the word positions
    ix.at_first.assign(ix.id.size() + 1, 0);
    for (Id w : ix.ids) ++ix.at_first[w + 1];
    for (std::size_t k = 1; k < ix.at_first.size(); ++k) ix.at_first[k] += ix.at_first[k - 1];
    ix.at.resize(ix.ids.size());
    std::vector<Id> fill(ix.at_first.begin(), ix.at_first.end() - 1);
    for (std::size_t i = 0; i < ix.ids.size(); ++i) ix.at[fill[ix.ids[i]]++] = static_cast<Id>(i);
}
QuoteHaystack::~QuoteHaystack() = default;
QuoteHaystack::QuoteHaystack(QuoteHaystack&&) noexcept = default;
QuoteHaystack& QuoteHaystack::operator=(QuoteHaystack&&) noexcept = default;

QuoteLookup look_up_quote(std::string_view quote, const QuoteHaystack& haystack, Span within) {
    const QuoteHaystack::Index& ix = haystack.index();
    // the words whose tokens lie inside `within`: hw[0 .. n), ids hid[0 .. n)
    const std::size_t t0 = static_cast<std::size_t>(
        std::lower_bound(ix.spans.begin(), ix.spans.end(), within.start, [](const Bytes& s, std::size_t v) { return s.start < v; }) -
        ix.spans.begin());
    const std::size_t t1 = static_cast<std::size_t>(
        std::lower_bound(ix.spans.begin() + static_cast<std::ptrdiff_t>(t0), ix.spans.end(), within.end,
                         [](const Bytes& s, std::size_t v) { return s.end <= v; }) -
        ix.spans.begin());
    const std::size_t w0 = static_cast<std::size_t>(std::lower_bound(ix.words.begin(), ix.words.end(), t0) - ix.words.begin());
    const std::size_t w1 = static_cast<std::size_t>(std::lower_bound(ix.words.begin(), ix.words.end(), t1) - ix.words.begin());
    const Id* hw = ix.words.data() + w0;
    const Id* hid = ix.ids.data() + w0;
    const std::size_t n = w1 - w0;

    std::vector<Tok> qt = scan(quote);
    std::vector<Id> q(qt.size(), absent);  // every token's id
    std::vector<std::size_t> qw;           // token index of every word
    for (std::size_t k = 0; k < qt.size(); ++k) {
        if (auto it = ix.id.find(qt[k].low); it != ix.id.end()) q[k] = it->second;
        if (qt[k].kind != TokKind::punct) qw.push_back(k);
    }
    if (qw.empty() || n == 0) return {};
    const std::size_t m = qw.size();
    auto span_of = [&](std::size_t a, std::size_t b) { return Span{ix.spans[hw[a]].start, ix.spans[hw[b]].end}; };

    // Each of the quote's words by id, and where it occurs among hw (global
    // word indices, ascending: take w0 off).
    std::vector<Id> qid(m);
    std::vector<std::pair<const Id*, const Id*>> occ(m, {nullptr, nullptr});
    for (std::size_t j = 0; j < m; ++j) {
        qid[j] = q[qw[j]];
        if (qid[j] == absent) continue;
        const Id* b = ix.at.data() + ix.at_first[qid[j]];
        const Id* e = ix.at.data() + ix.at_first[qid[j] + 1];
        occ[j] = {std::lower_bound(b, e, static_cast<Id>(w0)), std::lower_bound(b, e, static_cast<Id>(w1))};
    }
    auto count = [&](std::size_t j) { return static_cast<std::size_t>(occ[j].second - occ[j].first); };

    // 1. The quote's words in sequence: every occurrence of its rarest word
    // is a candidate start, checked word by word; in haystack order.
    std::size_t rare = 0;
    for (std::size_t j = 1; j < m; ++j)
        if (count(j) < count(rare)) rare = j;
    std::vector<std::size_t> starts;
    for (const Id* o = occ[rare].first; o != occ[rare].second; ++o) {
        std::size_t p = *o - w0;
        if (p < rare || p - rare + m > n) continue;
        std::size_t s = p - rare, j = 0;
        while (j < m && hid[s + j] == qid[j]) ++j;
        if (j == m) starts.push_back(s);
    }
    for (std::size_t s : starts) {
        std::size_t e = s + m - 1;
        if (same_inner_tokens(q, qw.front(), qw.back(), ix.low, hw[s], hw[e])) return {QuoteMatch::exact, span_of(s, e), 1.0};
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
    std::stable_sort(by_rarity.begin(), by_rarity.end(), [&](std::size_t a, std::size_t b) { return count(a) < count(b); });
    by_rarity.resize(std::min(m, m - need + 1));
    const std::size_t reach = m + static_cast<std::size_t>(static_cast<double>(m) / gap_cost) + 2;
    std::vector<std::pair<std::size_t, std::size_t>> windows;
    for (std::size_t j : by_rarity)
        for (const Id* o = occ[j].first; o != occ[j].second; ++o) {
            std::size_t p = *o - w0;
            windows.push_back({p > reach ? p - reach : 0, std::min(n - 1, p + reach)});
        }
    std::sort(windows.begin(), windows.end());
    // Inside a window, only stretches of `reach` words that hold `need` of the
    // quote's words (each counted at most as often as the quote has it) can
    // hold such a passage: frequent anchors ("the", "of") make wide windows,
    // and this keeps the alignment to the few places that can matter.
    const QuoteWords words(qid);
    const std::size_t none = words.ids.size();
    std::vector<std::size_t> in_quote(none + 1, 0);  // by slot: how often the quote has it
    for (std::size_t s = 0; s < none; ++s) in_quote[s] = words.first[s + 1] - words.first[s];
    std::vector<std::size_t> seen(none + 1, 0);
    std::vector<std::size_t> slot_of;  // the slot of each word of the window being read
    std::vector<std::pair<std::size_t, std::size_t>> dense;
    for (std::size_t w = 0; w < windows.size();) {
        auto [lo, hi] = windows[w];
        for (++w; w < windows.size() && windows[w].first <= hi + 1; ++w) hi = std::max(hi, windows[w].second);
        std::size_t held = 0;
        slot_of.resize(hi - lo + 1);
        for (std::size_t i = lo; i <= hi; ++i) {
            std::size_t s = slot_of[i - lo] = words.slot(hid[i]);
            held += ++seen[s] <= in_quote[s];
            if (i >= lo + reach) {
                std::size_t old = slot_of[i - reach - lo];
                held -= seen[old]-- <= in_quote[old];
            }
            if (held >= need) {
                std::size_t from = i + 1 >= lo + reach ? i + 1 - reach : lo;
                if (!dense.empty() && from <= dense.back().second + 1) dense.back().second = i;
                else dense.push_back({from, i});
            }
        }
        std::fill(seen.begin(), seen.end(), 0);
    }
    Aligned a;
    double best_score = 0;
    // by column: how many later columns hold a word of the haystack, plus a
    // margin far above rounding (scores are tenths)
    std::vector<double> gain_after(m + 1, prune_margin);
    for (std::size_t j = m; j-- > 0;) gain_after[j] = gain_after[j + 1] + (count(j) > 0 ? 1.0 : 0.0);
    for (auto [lo, hi] : dense) best_passage(qid, words, gain_after, hid, lo, hi, a, best_score);
    double share = static_cast<double>(a.matches) / static_cast<double>(m);
    if (a.matches > 0 && share >= altered_share) return {QuoteMatch::altered, span_of(a.start, a.end), share};
    return {QuoteMatch::not_found, Span{}, share};
}

QuoteLookup look_up_quote(std::string_view quote, const QuoteHaystack& haystack) {
    return look_up_quote(quote, haystack, Span{0, std::numeric_limits<std::size_t>::max()});
}

QuoteLookup look_up_quote(std::string_view quote, std::string_view haystack) {
    return look_up_quote(quote, QuoteHaystack(haystack));
}

}  // namespace parallax
