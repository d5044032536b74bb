// Sentence alignment inside one row: which sentence of one cell renders
// which sentence of the other, so that compare can look for small changes
// inside sentences that say the same thing.
#include <algorithm>
#include <limits>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "parallax/align.hpp"
#include "parallax/normalize.hpp"
#include "parallax/similarity.hpp"

namespace parallax {

namespace {

constexpr double link_threshold = 0.1;  // a link must be at least this similar
constexpr double merge_cost = 0.05;     // a 1:2 or 2:1 link must earn its keep
constexpr std::size_t max_cells = 250'000;  // sentence pairs past which a row is not aligned by sentence

// A sentence's terms as (id, weight), sorted by id: ids are given by one
// Interner per alignment, so two cells' terms compare as integers and a run
// of sentences merges in one pass. The weights are 1 and 2, so sums are
// exact in any order.
using Terms = std::vector<std::pair<std::uint32_t, double>>;

struct Interner {
    std::unordered_map<std::string, std::uint32_t> ids;
    std::uint32_t operator()(std::string term) { return ids.try_emplace(std::move(term), static_cast<std::uint32_t>(ids.size())).first->second; }
};

// Sorts by id and keeps one entry per id, its largest weight.
void settle(Terms& t) {
    std::sort(t.begin(), t.end());
    std::size_t w = 0;
    for (std::size_t r = 0; r < t.size(); ++r) {
        if (w > 0 && t[w - 1].first == t[r].first) t[w - 1].second = std::max(t[w - 1].second, t[r].second);
        else t[w++] = t[r];
    }
    t.resize(w);
}

// Stems of content words and numbers; numbers and capitalised words inside a
// sentence are anchors (figures, names) and weigh double.
Terms terms_of(const Document& d, const std::vector<const Sentence*>& ss, Interner& intern) {
    Terms out;
    for (const Sentence* s : ss)
        for (std::size_t k = s->first_token; k < s->end_token; ++k) {
            const Token& t = d.tokens[k];
            if (t.kind == TokenKind::punct) continue;
            std::string_view f = d.folded(t);
            std::string term;
            double w = 1;
            if (t.kind == TokenKind::number) {
                term = "#";
                for (char ch : f)
                    if (ch != ',') term += ch;
                w = 2;
            } else {
                if (f.size() < 2 || is_stopword(f)) continue;
                if (f.size() > 2 && f.substr(f.size() - 2) == "'s") f.remove_suffix(2);
                term = stem(f);
                if (t.capitalized && k != s->first_token) w = 2;
            }
            out.emplace_back(intern(std::move(term)), w);
        }
    settle(out);
    return out;
}

std::size_t chars_of(const std::vector<const Sentence*>& ss) {
    std::size_t n = 0;
    for (const Sentence* s : ss) n += s->span.size();
    return n;
}

double similarity_of(const Terms& a, std::size_t ca, const Terms& b, std::size_t cb) {
    double ta = 0, tb = 0, shared = 0;
    for (const auto& [t, w] : a) ta += w;
    for (const auto& [t, w] : b) tb += w;
    if (ta + tb == 0) return 0;
    for (auto x = a.begin(), y = b.begin(); x != a.end() && y != b.end();) {
        if (x->first < y->first) ++x;
        else if (y->first < x->first) ++y;
        else shared += std::min(x->second, y->second), ++x, ++y;
    }
    double r = ca && cb ? static_cast<double>(std::min(ca, cb)) / static_cast<double>(std::max(ca, cb)) : 0;
    return 2 * shared / (ta + tb) * (0.7 + 0.3 * r);  // the length damping of paragraph similarity
}

std::vector<Terms> terms_each(const Document& d, const std::vector<const Sentence*>& ss, Interner& intern) {
    std::vector<Terms> each;
    for (const Sentence* s : ss) each.push_back(terms_of(d, {s}, intern));
    return each;
}

// Across languages a sentence's terms are its anchors (figures, dates,
// names in Latin letters).
std::vector<Terms> anchors_each(const Document& d, const std::vector<const Sentence*>& ss, Interner& intern) {
    std::vector<Terms> each;
    for (const Sentence* s : ss) {
        Terms t;
        for (auto& k : anchor_keys(d, *s)) t.emplace_back(intern(std::move(k)), 1.0);
        settle(t);
        each.push_back(std::move(t));
    }
    return each;
}

// Only anchors both cells hold count: an English name the Chinese writes in
// characters would only lower every likeness.
void keep_shared(std::vector<Terms>& a, std::vector<Terms>& b, std::size_t ids) {
    std::vector<char> in_a(ids, 0), in_b(ids, 0);
    for (const auto& t : a)
        for (const auto& [k, w] : t) in_a[k] = 1;
    for (const auto& t : b)
        for (const auto& [k, w] : t) in_b[k] = 1;
    auto keep = [](std::vector<Terms>& side, const std::vector<char>& other) {
        for (auto& t : side) t.erase(std::remove_if(t.begin(), t.end(), [&](const auto& x) { return !other[x.first]; }), t.end());
    };
    keep(a, in_b);
    keep(b, in_a);
}

// The terms of a run of sentences: each id once, its largest weight.
Terms merged(const std::vector<Terms>& ts, std::size_t i, std::size_t k) {
    Terms t;
    for (std::size_t x = i; x < i + k; ++x) t.insert(t.end(), ts[x].begin(), ts[x].end());
    settle(t);
    return t;
}

constexpr double across_length_weight = 0.4;  // AlignOptions::across_length_weight, for sentences

}  // namespace

std::vector<const Sentence*> cell_sentences(const Document& doc, const std::vector<int>& paragraphs) {
    std::vector<const Sentence*> out;
    for (int id : paragraphs)
        for (const auto& s : doc.paragraphs[static_cast<std::size_t>(id)].sentences) out.push_back(&s);
    return out;
}

double sentence_similarity(const Document& a, const std::vector<const Sentence*>& sa, const Document& b,
                           const std::vector<const Sentence*>& sb) {
    Interner intern;
    Terms ta = terms_of(a, sa, intern);
    Terms tb = terms_of(b, sb, intern);
    return similarity_of(ta, chars_of(sa), tb, chars_of(sb));
}

std::vector<SentenceLink> align_sentences(const Document& a, const std::vector<const Sentence*>& sa, const Document& b,
                                          const std::vector<const Sentence*>& sb) {
    const std::size_t na = sa.size(), nb = sb.size();
    std::vector<SentenceLink> out;
    if (na * nb > max_cells) {  // a row this large is not a paragraph: no sentence links
        for (std::size_t i = 0; i < na; ++i) out.push_back({{i}, {}, 0});
        for (std::size_t j = 0; j < nb; ++j) out.push_back({{}, {j}, 0});
        return out;
    }
    // terms of each sentence once; a 2:1 link merges two of them
    const bool across = cross_language(a, b);
    Interner intern;
    std::vector<Terms> ta = across ? anchors_each(a, sa, intern) : terms_each(a, sa, intern);
    std::vector<Terms> tb = across ? anchors_each(b, sb, intern) : terms_each(b, sb, intern);
    if (across) keep_shared(ta, tb, intern.ids.size());
    auto length = [&](const Document& d, const Sentence* s) {
        return across ? length_units(std::string_view(d.text).substr(s->span.start, s->span.size())) : s->span.size();
    };
    std::vector<std::size_t> la, lb;
    for (const Sentence* s : sa) la.push_back(length(a, s));
    for (const Sentence* s : sb) lb.push_back(length(b, s));
    if (across) {
        // The two cells render each other (align linked them): their own
        // length ratio calibrates the languages' (Gale and Church's c), in
        // the range a translation keeps.
        double total_a = 0, total_b = 0;
        for (auto x : la) total_a += static_cast<double>(x);
        for (auto x : lb) total_b += static_cast<double>(x);
        if (total_a > 0 && total_b > 0) {
            double c = std::clamp(total_a / total_b, 0.5, 2.0);
            for (auto& x : lb) x = static_cast<std::size_t>(static_cast<double>(x) * c);
        }
    }
    auto chars = [](const std::vector<std::size_t>& lengths, std::size_t i, std::size_t k) {
        std::size_t n = 0;
        for (std::size_t x = i; x < i + k; ++x) n += lengths[x];
        return n;
    };
    // similarity of base sentences [i, i+k) against other sentences [j, j+l);
    // across languages anchors and length (align_pair's length_bonus); one
    // sentence's terms are used as they are, a run's merged
    auto sim = [&](std::size_t i, std::size_t k, std::size_t j, std::size_t l) {
        std::size_t cx = chars(la, i, k), cy = chars(lb, j, l);
        double s = k == 1 && l == 1 ? similarity_of(ta[i], cx, tb[j], cy)
                   : k == 1        ? similarity_of(ta[i], cx, merged(tb, j, l), cy)
                   : l == 1        ? similarity_of(merged(ta, i, k), cx, tb[j], cy)
                                   : similarity_of(merged(ta, i, k), cx, merged(tb, j, l), cy);
        if (!across) return s;
        Profile px, py;
        px.chars = cx, py.chars = cy;
        return s + length_bonus(px, py, across_length_weight);  // past 1: length still tells 1:2 from 1:1
    };
    struct Step {
        std::size_t k, l;
    };
    // a Chinese sentence joined by commas is often two or three English ones
    const Step steps[] = {{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}, {3, 1}, {1, 3}};
    const int n_steps = across ? 7 : 5;
    const double none = -std::numeric_limits<double>::infinity();
    std::vector<std::vector<double>> score(na + 1, std::vector<double>(nb + 1, none));
    std::vector<std::vector<int>> from(na + 1, std::vector<int>(nb + 1, -1));
    score[0][0] = 0;
    for (std::size_t i = 0; i <= na; ++i)
        for (std::size_t j = 0; j <= nb; ++j)
            for (int s = 0; s < n_steps; ++s) {
                const auto [k, l] = steps[s];
                if (k > i || l > j || score[i - k][j - l] == none) continue;
                double gain = 0;
                if (k && l) {
                    gain = sim(i - k, k, j - l, l) - link_threshold - (k + l > 2 ? merge_cost * static_cast<double>(k + l - 2) : 0);
                    if (gain <= 0) continue;
                }
                // ties keep the earlier step: 1:1 before one-sided before merges
                if (score[i - k][j - l] + gain > score[i][j]) score[i][j] = score[i - k][j - l] + gain, from[i][j] = s;
            }
    std::size_t i = na, j = nb;
    while (i > 0 || j > 0) {
        const auto [k, l] = steps[from[i][j]];
        SentenceLink link;
        for (std::size_t x = i - k; x < i; ++x) link.base.push_back(x);
        for (std::size_t y = j - l; y < j; ++y) link.other.push_back(y);
        if (k && l) link.sim = std::min(1.0, sim(i - k, k, j - l, l));
        out.push_back(std::move(link));
        i -= k, j -= l;
    }
    std::reverse(out.begin(), out.end());
    return out;
}

}  // namespace parallax
