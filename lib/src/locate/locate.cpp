#include <algorithm>
#include <cstdlib>
#include <iterator>
#include <numeric>
#include <sstream>

#include "../parallel.hpp"
#include "parallax/display.hpp"
#include "parallax/locate.hpp"

namespace parallax {

namespace {

struct PairResult {
    Chain chain;       // a = first document, b = second
    long shorter = 0;  // substantive paragraphs of the shorter side
    double share = 0;  // chained paragraphs / paragraphs of the shorter side
    double mean = 0;   // mean similarity of chained links
    // across languages: a chained link sharing two anchors or more, and the
    // ratio of the two texts' lengths (shorter / longer)
    bool anchored = false;
    double length_ratio = 0;
};

// A heading or teaser line: one line, no sentence stop, few words.
bool headline_like(const Document& doc, int id) {
    const Paragraph& p = doc.paragraphs[static_cast<std::size_t>(id)];
    std::string_view t = std::string_view(doc.text).substr(p.span.start, p.span.size());
    auto tokens = doc.tokens_of(p);
    if (t.find('\n') != std::string_view::npos || tokens.empty()) return false;
    std::size_t words = 0;
    for (const auto& tok : tokens) words += tok.kind != TokenKind::punct;
    std::string_view last = std::string_view(doc.text).substr(tokens.back().span.start, tokens.back().span.size());
    return words <= 20 && last != "." && last != "!" && last != "?";
}

// A chain's ends are where coincidence creeps in: a weak link set apart
// from the rest by skipped paragraphs, or a link between two headlines set
// apart from the next strong link (a page's headline meeting another page's
// headline). Weak links right next to the chain stay: align decides them.
void trim_edges(Chain& c, const Document& a, const Document& b, const LocateOptions& opt) {
    auto& L = c.links;
    auto apart = [](const Link& x, const Link& y) { return std::abs(x.a - y.a) > 1 || std::abs(x.b - y.b) > 1; };
    auto edge_goes = [&](std::size_t edge, int step) {
        const Link& l = L[edge];
        std::size_t k = edge + static_cast<std::size_t>(step);
        if (l.sim < opt.edge_threshold && apart(l, L[k])) return true;
        if (!headline_like(a, l.a) || !headline_like(b, l.b)) return false;
        while (k != edge && L[k].sim < opt.edge_threshold && k + static_cast<std::size_t>(step) < L.size())
            k += static_cast<std::size_t>(step);
        return std::abs(L[k].a - l.a) > 1 && std::abs(L[k].b - l.b) > 1;
    };
    while (L.size() > 2) {
        if (edge_goes(0, 1)) L.erase(L.begin());
        else if (edge_goes(L.size() - 1, -1)) L.pop_back();
        else break;
    }
}

PairResult pair_of(const Profiles& pr, const std::vector<Document>& docs, std::size_t x, std::size_t y,
                   const LocateOptions& opt, unsigned jobs) {
    PairResult r;
    // renderings in two languages are matched on their anchors
    const auto* ax = pr.across_of(x, y);
    const auto* ay = pr.across_of(y, x);
    auto links = ax ? candidate_links(*ax, *ay, opt.candidates, jobs) : candidate_links(pr.docs[x], pr.docs[y], opt.candidates, jobs);
    r.chain = best_chain(links, opt.link_threshold, opt.gap_cost);
    trim_edges(r.chain, docs[x], docs[y], opt);
    if (r.chain.links.empty()) return r;
    if (ax) {
        std::size_t lx = 0, ly = 0;
        for (const auto& p : *ax) lx += p.chars;
        for (const auto& p : *ay) ly += p.chars;
        r.length_ratio = std::max(lx, ly) ? static_cast<double>(std::min(lx, ly)) / static_cast<double>(std::max(lx, ly)) : 0;
        for (const auto& l : r.chain.links) {
            const auto& ta = (*ax)[static_cast<std::size_t>(l.a)].terms;
            const auto& tb = (*ay)[static_cast<std::size_t>(l.b)].terms;
            std::vector<std::uint32_t> both;
            std::set_intersection(ta.begin(), ta.end(), tb.begin(), tb.end(), std::back_inserter(both));
            r.anchored |= both.size() >= 2;
        }
    }
    double sum = 0;
    for (const auto& l : r.chain.links) sum += l.sim;
    r.mean = sum / static_cast<double>(r.chain.links.size());
    auto substantive = [](const std::vector<Profile>& doc) {
        return std::count_if(doc.begin(), doc.end(), [](const Profile& p) { return p.terms.size() >= 3; });
    };
    r.shorter = std::max<long>(1, std::min(substantive(pr.docs[x]), substantive(pr.docs[y])));
    r.share = static_cast<double>(r.chain.links.size()) / static_cast<double>(r.shorter);
    return r;
}

bool related(const PairResult& r, const LocateOptions& opt) {
    // One link proves little, unless one side has only the one paragraph —
    // or, across languages, the link shares two anchors (a sum and a date)
    // between texts of like length: a short translation of a short text.
    bool enough = r.chain.links.size() >= 2 || (r.chain.links.size() == 1 && r.shorter == 1) ||
                  (r.chain.links.size() == 1 && r.anchored && r.length_ratio >= 0.5);
    return enough && r.share >= opt.related_share && r.mean >= opt.related_mean;
}

// For each document, the neighbour through which related links first reach
// the base (breadth first, nearest by pair score on ties), or -1.
std::vector<int> reach(const std::vector<std::vector<PairResult>>& pairs, std::size_t base, const LocateOptions& opt) {
    const std::size_t n = pairs.size();
    std::vector<int> via(n, -1);
    via[base] = static_cast<int>(base);
    std::vector<std::size_t> frontier{base};
    while (!frontier.empty()) {
        std::vector<std::size_t> next;
        for (std::size_t y = 0; y < n; ++y) {
            if (via[y] >= 0) continue;
            int best = -1;
            for (std::size_t p : frontier)
                if (related(pairs[y][p], opt) &&
                    (best < 0 || pairs[y][p].chain.score > pairs[y][static_cast<std::size_t>(best)].chain.score))
                    best = static_cast<int>(p);
            if (best >= 0) via[y] = best, next.push_back(y);
        }
        frontier = std::move(next);
    }
    return via;
}

// Documents in the order breadth-first search reached them: each after the
// one it is reached through.
std::vector<std::size_t> by_distance(const std::vector<int>& via, std::size_t base) {
    std::vector<std::size_t> order{base};
    for (std::size_t k = 0; k < order.size(); ++k)
        for (std::size_t y = 0; y < via.size(); ++y)
            if (y != base && via[y] == static_cast<int>(order[k])) order.push_back(y);
    return order;
}

// The links of y to the base through partner p: y's links to p whose p
// paragraph p links to the base, plus y's own links to the base, chained.
Chain through(const Chain& y_p, const Chain& p_base, const Chain& y_base, const LocateOptions& opt) {
    std::vector<Link> links = y_base.links;
    for (const auto& l : y_p.links)
        for (const auto& m : p_base.links)
            if (m.a == l.b) links.push_back({l.a, m.b, std::min(l.sim, m.sim)});
    Chain c = best_chain(links, 0.0, opt.gap_cost);
    return c;
}

// The same words in the same order, punctuation aside.
bool same_words(const Document& a, int pa, const Document& b, int pb) {
    auto ta = a.tokens_of(a.paragraphs[static_cast<std::size_t>(pa)]);
    auto tb = b.tokens_of(b.paragraphs[static_cast<std::size_t>(pb)]);
    std::size_t i = 0, j = 0;
    for (;; ++i, ++j) {
        while (i < ta.size() && ta[i].kind == TokenKind::punct) ++i;
        while (j < tb.size() && tb[j].kind == TokenKind::punct) ++j;
        if (i == ta.size() || j == tb.size()) return i == ta.size() && j == tb.size();
        if (ta[i].id != tb[j].id) return false;
    }
}

// A copy: most of the shorter text chained, nearly every link between
// paragraphs of the same words (similarity alone cannot tell, since a
// close paraphrase shares the same rare words).
bool copy_of(const PairResult& r, const Document& a, const Document& b, const LocateOptions& opt) {
    if (r.chain.links.empty() || r.share < opt.copy_share) return false;
    std::size_t same = 0;
    for (const auto& l : r.chain.links) same += same_words(a, l.a, b, l.b);
    return static_cast<double>(same) >= opt.copy_links * static_cast<double>(r.chain.links.size());
}

std::string fmt(double v) {
    std::ostringstream o;
    o.precision(2);
    o << std::fixed << v;
    return o.str();
}

}  // namespace

Location locate(std::vector<Document>& docs, const Profiles& pr, const LocateOptions& opt, unsigned jobs) {
    const std::size_t n = docs.size();
    Location loc;
    loc.status.assign(n, Status::aligned);
    loc.reason.assign(n, "");
    loc.first.assign(n, -1);
    loc.last.assign(n, -1);
    loc.chains.resize(n);
    if (n == 0) return loc;

    std::vector<std::vector<PairResult>> pairs(n, std::vector<PairResult>(n));
    std::vector<std::pair<std::size_t, std::size_t>> todo;
    for (std::size_t x = 0; x < n; ++x)
        for (std::size_t y = x + 1; y < n; ++y) todo.push_back({x, y});
    // several pairs: one per thread; fewer pairs than threads: each pair's
    // look-ups on every thread, one pair after the other
    const bool by_pair = todo.size() >= jobs;
    parallel_for(todo.size(), by_pair ? jobs : 1, [&](std::size_t k) {
        auto [x, y] = todo[k];
        pairs[x][y] = pair_of(pr, docs, x, y, opt, by_pair ? 1 : jobs);
        pairs[y][x] = pairs[x][y];
        for (auto& l : pairs[y][x].chain.links) std::swap(l.a, l.b);
    });

    // Article size of a document: bytes its longest related chain covers.
    auto covered = [&](std::size_t x, std::size_t y) {
        const auto& links = pairs[x][y].chain.links;
        if (links.empty()) return std::size_t{0};
        const auto& ps = docs[x].paragraphs;
        return ps[static_cast<std::size_t>(links.back().a)].span.end - ps[static_cast<std::size_t>(links.front().a)].span.start;
    };
    // Copies (near-identical renderings) form one class, which counts once
    // towards any document's centrality: two reprints of a summary must not
    // outvote the full text.
    std::vector<std::size_t> cls(n);
    std::iota(cls.begin(), cls.end(), std::size_t{0});
    for (std::size_t x = 0; x < n; ++x)
        for (std::size_t y = x + 1; y < n; ++y)
            if (related(pairs[x][y], opt) && copy_of(pairs[x][y], docs[x], docs[y], opt)) {
                std::size_t from = cls[y], to = cls[x];
                for (auto& k : cls)
                    if (k == from) k = to;
            }
    std::vector<std::size_t> article(n, 0);
    std::vector<bool> has_partner(n, false);
    std::vector<double> central(n, 0.0);
    for (std::size_t x = 0; x < n; ++x) {
        std::vector<double> by_class(n, 0.0);
        for (std::size_t y = 0; y < n; ++y)
            if (x != y && related(pairs[x][y], opt)) {
                has_partner[x] = true;
                article[x] = std::max(article[x], covered(x, y));
                if (cls[y] == cls[x]) continue;
                // a link across languages is likeness of anchors alone (a
                // short paragraph sharing its one date scores 1): it counts half
                const double weight = pr.across_of(x, y) ? 0.5 : 1.0;
                double sum = 0;
                for (const auto& l : pairs[x][y].chain.links) sum += weight * l.sim;
                by_class[cls[y]] = std::max(by_class[cls[y]], sum);
            }
        central[x] = std::accumulate(by_class.begin(), by_class.end(), 0.0);
    }

    // The base: the related document that renders most of what the others
    // say, most closely — the sum of its links' similarities to every
    // related document (a summary links few paragraphs, a spun or loose
    // translation links them weakly); then the most article text; with no
    // related pair at all, the longest document. Names break ties.
    auto better = [&](std::size_t x, std::size_t y) {
        std::size_t ax = has_partner[x] ? article[x] : 0, ay = has_partner[y] ? article[y] : 0;
        if (has_partner[x] != has_partner[y]) return has_partner[x] > has_partner[y];
        if (central[x] != central[y]) return central[x] > central[y];
        if (ax != ay) return ax > ay;
        if (docs[x].text.size() != docs[y].text.size()) return docs[x].text.size() > docs[y].text.size();
        return docs[x].name < docs[y].name;
    };
    std::size_t base = 0;
    for (std::size_t x = 1; x < n; ++x)
        if (better(x, base)) base = x;
    for (std::size_t x = 0; x < n; ++x)
        if (!opt.base.empty() && (docs[x].name == opt.base || docs[x].path == opt.base)) base = x;
    loc.base = static_cast<int>(base);

    // A document related to another rendering that reaches the base (a report
    // quoting a translation that renders the base's article) is a rendering
    // too: its links to the base pass through that rendering's links.
    std::vector<int> via = reach(pairs, base, opt);
    std::vector<Chain> to_base(n);
    for (std::size_t y : by_distance(via, base)) {
        if (y == base) continue;
        auto p = static_cast<std::size_t>(via[y]);
        to_base[y] = p == base ? pairs[y][base].chain : through(pairs[y][p].chain, to_base[p], pairs[y][base].chain, opt);
    }

    // Base article region: hull of its chain with the best partner, widened
    // by other partners' chains that overlap it.
    int bf = -1, bl = -1;
    std::vector<std::size_t> partners;
    for (std::size_t y = 0; y < n; ++y)
        if (y != base && via[y] >= 0 && !to_base[y].links.empty()) partners.push_back(y);
    std::stable_sort(partners.begin(), partners.end(), [&](std::size_t x, std::size_t y) {
        bool dx = via[x] == static_cast<int>(base), dy = via[y] == static_cast<int>(base);  // direct partners first
        return dx != dy ? dx : to_base[x].score > to_base[y].score;
    });
    for (std::size_t y : partners) {
        const auto& links = to_base[y].links;  // y against the base: b is the base's side
        int f = links.front().b, l = links.back().b;
        if (bf < 0) bf = f, bl = l;
        else if (f <= bl && l >= bf) bf = std::min(bf, f), bl = std::max(bl, l);
    }

    for (std::size_t y = 0; y < n; ++y) {
        if (y == base) continue;
        PairResult r = pairs[y][base];
        if (via[y] >= 0 && via[y] != static_cast<int>(base)) {
            r.chain = to_base[y];
            if (r.chain.links.empty()) {
                loc.status[y] = Status::unrelated;
                loc.reason[y] = "shares passages with " + docs[static_cast<std::size_t>(via[y])].name + " but none of " +
                                docs[base].name + "'s article";
                continue;
            }
        } else if (!related(r, opt)) {
            loc.status[y] = Status::unrelated;
            loc.reason[y] = r.chain.links.empty()
                ? "shares no passage with " + docs[base].name
                : "shares too little with " + docs[base].name + ": " + counted(r.chain.links.size(), "paragraph", "paragraphs") +
                      " in sequence (" + fmt(r.share * 100) + "% of the shorter text), mean similarity " + fmt(r.mean);
            continue;
        }
        Chain kept;
        for (const auto& l : r.chain.links)
            if (l.b >= bf && l.b <= bl) kept.links.push_back(l);
        kept.score = r.chain.score;
        if (kept.links.empty()) {
            loc.status[y] = Status::unrelated;
            loc.reason[y] = "matches " + docs[base].name + " only outside its article";
            continue;
        }
        loc.first[y] = kept.links.front().a;
        loc.last[y] = kept.links.back().a;
        loc.chains[y] = std::move(kept);
    }
    if (bf < 0 && n > 0) {  // nothing related: the whole base is "the article"
        bf = 0;
        bl = static_cast<int>(docs[base].paragraphs.size()) - 1;
    }
    loc.first[base] = bf;
    loc.last[base] = bl;

    for (std::size_t d = 0; d < n; ++d)
        for (auto& p : docs[d].paragraphs)
            p.in_article = loc.status[d] == Status::aligned && p.id >= loc.first[d] && p.id <= loc.last[d];

    // Each aligned copy names the original of its class: the base when the
    // base is in it, else the smallest name (input order never matters);
    // the original itself is no copy.
    loc.copy_of.assign(n, -1);
    for (std::size_t d = 0; d < n; ++d) {
        if (loc.status[d] != Status::aligned) continue;
        int original = -1;
        for (std::size_t e = 0; e < n; ++e) {
            if (cls[e] != cls[d] || loc.status[e] != Status::aligned) continue;
            if (e == base) {
                original = static_cast<int>(e);
                break;
            }
            if (original < 0 || docs[e].name < docs[static_cast<std::size_t>(original)].name) original = static_cast<int>(e);
        }
        if (original != static_cast<int>(d)) loc.copy_of[d] = original;
    }
    return loc;
}

}  // namespace parallax
