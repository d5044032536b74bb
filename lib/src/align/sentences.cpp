// Sentence alignment inside one row: which sentence of one cell renders
// which sentence of the other, so that compare can look for small changes
// inside sentences that say the same thing.
#include <algorithm>
#include <limits>
#include <map>
#include <set>
#include <string>

#include "parallax/align.hpp"
#include "parallax/normalize.hpp"
#include "parallax/similarity.hpp"

namespace parallax {

namespace {

constexpr double link_threshold = 0.1;  // a link must be at least this similar
constexpr double merge_cost = 0.05;     // a 1:2 or 2:1 link must earn its keep
constexpr std::size_t max_cells = 250'000;  // sentence pairs past which a row is not aligned by sentence

using Terms = std::map<std::string, double>;  // term -> weight

// Stems of content words and numbers; numbers and capitalised words inside a
// sentence are anchors (figures, names) and weigh double.
Terms terms_of(const Document& d, const std::vector<const Sentence*>& ss) {
    Terms out;
    for (const Sentence* s : ss)
        for (std::size_t k = s->first_token; k < s->end_token; ++k) {
            const Token& t = d.tokens[k];
            if (t.kind == TokenKind::punct) continue;
            std::string_view f = d.folded(t);
            std::string term;
            double w = 1;
            if (t.kind == TokenKind::number) {
                for (char ch : f)
                    if (ch != ',') term += ch;
                term = "#" + term;
                w = 2;
            } else {
                if (f.size() < 2 || is_stopword(f)) continue;
                if (f.size() > 2 && f.substr(f.size() - 2) == "'s") f.remove_suffix(2);
                term = stem(f);
                if (t.capitalized && k != s->first_token) w = 2;
            }
            double& have = out[term];
            have = std::max(have, w);
        }
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
    for (const auto& [t, w] : a)
        if (auto it = b.find(t); it != b.end()) shared += std::min(w, it->second);
    double r = ca && cb ? static_cast<double>(std::min(ca, cb)) / static_cast<double>(std::max(ca, cb)) : 0;
    return 2 * shared / (ta + tb) * (0.7 + 0.3 * r);  // the length damping of paragraph similarity
}

std::vector<Terms> terms_each(const Document& d, const std::vector<const Sentence*>& ss) {
    std::vector<Terms> each;
    for (const Sentence* s : ss) each.push_back(terms_of(d, {s}));
    return each;
}

// Across languages a sentence's terms are its anchors (figures, dates,
// names in Latin letters).
std::vector<Terms> anchors_each(const Document& d, const std::vector<const Sentence*>& ss) {
    std::vector<Terms> each;
    for (const Sentence* s : ss) {
        Terms t;
        for (auto& k : anchor_keys(d, *s)) t.emplace(std::move(k), 1.0);
        each.push_back(std::move(t));
    }
    return each;
}

// Only anchors both cells hold count: an English name the Chinese writes in
// characters would only lower every likeness.
void keep_shared(std::vector<Terms>& a, std::vector<Terms>& b) {
    std::set<std::string> in_a, in_b;
    for (const auto& t : a)
        for (const auto& [k, w] : t) in_a.insert(k);
    for (const auto& t : b)
        for (const auto& [k, w] : t) in_b.insert(k);
    auto keep = [](std::vector<Terms>& side, const std::set<std::string>& other) {
        for (auto& t : side)
            for (auto it = t.begin(); it != t.end();) it = other.count(it->first) ? std::next(it) : t.erase(it);
    };
    keep(a, in_b);
    keep(b, in_a);
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
    return similarity_of(terms_of(a, sa), chars_of(sa), terms_of(b, sb), chars_of(sb));
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
    std::vector<Terms> ta = across ? anchors_each(a, sa) : terms_each(a, sa);
    std::vector<Terms> tb = across ? anchors_each(b, sb) : terms_each(b, sb);
    if (across) keep_shared(ta, tb);
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
    auto run = [](const std::vector<Terms>& ts, const std::vector<std::size_t>& lengths, std::size_t i, std::size_t k) {
        Terms t = ts[i];
        std::size_t chars = lengths[i];
        for (std::size_t x = i + 1; x < i + k; ++x) {
            for (const auto& [term, w] : ts[x]) t[term] = std::max(t[term], w);
            chars += lengths[x];
        }
        return std::make_pair(std::move(t), chars);
    };
    // similarity of base sentences [i, i+k) against other sentences [j, j+l);
    // across languages anchors and length (align_pair's length_bonus)
    auto sim = [&](std::size_t i, std::size_t k, std::size_t j, std::size_t l) {
        auto [x, cx] = run(ta, la, i, k);
        auto [y, cy] = run(tb, lb, j, l);
        double s = similarity_of(x, cx, y, cy);
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
