#include <algorithm>
#include <limits>
#include <map>
#include <numeric>

#include "parallax/align.hpp"

namespace parallax {

namespace {

bool linked(const Bead& b) { return !b.base.empty() && !b.other.empty(); }

// Paragraphs at the edges of a region that no link reaches are not part of
// the shared article: drop those beads and mark the paragraphs outside.
void trim_unlinked_edges(std::vector<Bead>& beads, Document& other, std::vector<bool>& base_linked) {
    auto first = std::find_if(beads.begin(), beads.end(), linked);
    if (first == beads.end()) {
        for (const auto& b : beads)
            for (int id : b.other) other.paragraphs[static_cast<std::size_t>(id)].in_article = false;
        beads.clear();
        return;
    }
    auto last = std::find_if(beads.rbegin(), beads.rend(), linked).base();
    for (auto it = beads.begin(); it != first; ++it)
        for (int id : it->other) other.paragraphs[static_cast<std::size_t>(id)].in_article = false;
    for (auto it = last; it != beads.end(); ++it)
        for (int id : it->other) other.paragraphs[static_cast<std::size_t>(id)].in_article = false;
    beads = std::vector<Bead>(first, last);
    for (const auto& b : beads)
        if (linked(b))
            for (int id : b.base) base_linked[static_cast<std::size_t>(id)] = true;
}

// Share of the base's article paragraphs each rendering renders.
std::vector<double> coverage(const std::vector<Row>& rows, std::size_t base, std::size_t n) {
    std::size_t base_total = 0;
    std::vector<std::size_t> rendered(n, 0);
    for (const auto& row : rows) {
        if (row.cells[base].empty()) continue;
        base_total += row.cells[base].size();
        for (std::size_t y = 0; y < n; ++y)
            if (!row.cells[y].empty()) rendered[y] += row.cells[base].size();
    }
    std::vector<double> out(n, 0.0);
    for (std::size_t y = 0; y < n; ++y)
        out[y] = base_total ? static_cast<double>(rendered[y]) / static_cast<double>(base_total) : 0.0;
    return out;
}

// Profile of a run of paragraphs (a cell).
Profile profile_of(const std::vector<Profile>& doc, const std::vector<int>& ids) {
    Profile p = doc[static_cast<std::size_t>(ids[0])];
    for (std::size_t q = 1; q < ids.size(); ++q) p = merge(p, doc[static_cast<std::size_t>(ids[q])]);
    return p;
}

// A paragraph just before a rendering's first link to the base (or just
// after its last) that makes that link closer when joined to it is the rest
// of the same unit: a title line printed as two paragraphs where the base
// prints one, a closing sentence a report condenses into its last
// paragraph. Locate's chain links paragraphs one to one, so such a half
// falls outside the region align_pair sees.
void absorb_edges(Document& doc, const Profiles& pr, std::size_t y, std::size_t base, std::vector<Bead>& beads,
                  const AlignOptions& opt) {
    auto first = std::find_if(beads.begin(), beads.end(), linked);
    if (first == beads.end()) return;
    auto last = std::find_if(beads.rbegin(), beads.rend(), linked);
    // across languages, the pair's anchor profiles
    const auto& mine = pr.across_of(y, base) ? *pr.across_of(y, base) : pr.docs[y];
    const auto& theirs = pr.across_of(base, y) ? *pr.across_of(base, y) : pr.docs[base];
    auto profile = [](const std::vector<Profile>& ps, const std::vector<int>& ids) {
        Profile p = ps[static_cast<std::size_t>(ids.front())];
        for (std::size_t k = 1; k < ids.size(); ++k) p = merge(p, ps[static_cast<std::size_t>(ids[k])]);
        return p;
    };
    auto grow = [&](Bead& b, bool before) {
        std::vector<int> taken;  // every paragraph some bead holds
        for (const auto& x : beads) taken.insert(taken.end(), x.other.begin(), x.other.end());
        for (;;) {
            int id = before ? b.other.front() - 1 : b.other.back() + 1;
            if (id < 0 || id >= static_cast<int>(mine.size()) || pr.docs[y][static_cast<std::size_t>(id)].terms.size() < 3 ||
                std::find(taken.begin(), taken.end(), id) != taken.end())
                return;
            std::vector<int> joined = b.other;
            if (before) joined.insert(joined.begin(), id);
            else joined.push_back(id);
            Profile target = profile(theirs, b.base);
            if (similarity(profile(mine, joined), target) < similarity(profile(mine, b.other), target) + opt.edge_gain) return;
            // ...unless it renders the base's paragraph beyond the link
            // better: then it is that paragraph's rendering, not this one's rest
            int beyond = before ? b.base.front() - 1 : b.base.back() + 1;
            const Profile& cand = mine[static_cast<std::size_t>(id)];
            if (beyond >= 0 && beyond < static_cast<int>(theirs.size()) &&
                similarity(cand, theirs[static_cast<std::size_t>(beyond)]) >= similarity(cand, target))
                return;
            b.other = std::move(joined);
            doc.paragraphs[static_cast<std::size_t>(id)].in_article = true;
            taken.push_back(id);
        }
    };
    grow(*first, true);
    grow(*last, false);
}

// Paragraphs just past the last (or before the first) paragraph a
// rendering links to the base belong to the article when another rendering
// has them too: the base may be cut shorter, or leave them out. Each
// rendering keeps its edge paragraphs up to the farthest one that some
// other rendering's edge paragraphs match; the rest stays outside.
void keep_shared_edges(std::vector<Document>& docs, const Profiles& pr, std::size_t base, std::vector<std::vector<Bead>>& beads,
                       const AlignOptions& opt) {
    const std::size_t n = docs.size();
    std::vector<std::vector<int>> head(n), tail(n);
    for (std::size_t y = 0; y < n; ++y) {
        if (y == base) continue;
        int first = -1, last = -1;
        for (const auto& b : beads[y])
            if (linked(b)) {
                if (first < 0) first = b.other.front();
                last = b.other.back();
            }
        if (first < 0) continue;
        int size = static_cast<int>(docs[y].paragraphs.size());
        for (int id = std::max(0, first - opt.edge_reach); id < first; ++id) head[y].push_back(id);
        for (int id = last + 1; id < std::min(size, last + 1 + opt.edge_reach); ++id) tail[y].push_back(id);
    }
    // ...or what another rendering says inside its article where the base
    // says nothing (a paragraph of its own the base lacks): one page's lead
    // that another page gives further down
    std::vector<std::vector<int>> extra(n);
    for (std::size_t z = 0; z < n; ++z)
        if (z != base)
            for (const auto& b : beads[z])
                if (b.base.empty()) extra[z].insert(extra[z].end(), b.other.begin(), b.other.end());
    auto substantive = [&](std::size_t y, int id) { return pr.docs[y][static_cast<std::size_t>(id)].terms.size() >= 3; };
    auto shared = [&](const std::vector<std::vector<int>>& edge, std::size_t y, int id) {
        if (!substantive(y, id)) return false;
        for (std::size_t z = 0; z < n; ++z) {
            if (z == y) continue;
            for (const std::vector<int>* list : {&edge[z], static_cast<const std::vector<int>*>(&extra[z])})
                for (int q : *list)
                    if (substantive(z, q) &&
                        similarity(pr.docs[y][static_cast<std::size_t>(id)], pr.docs[z][static_cast<std::size_t>(q)]) >= opt.edge_share)
                        return true;
        }
        return false;
    };
    for (std::size_t y = 0; y < n; ++y) {
        std::vector<Bead> front, back;
        int keep_from = -1;
        for (int id : head[y])
            if (shared(head, y, id)) {
                keep_from = id;
                break;
            }
        if (keep_from >= 0)
            for (int id : head[y])
                if (id >= keep_from) front.push_back({{}, {id}, 0.0});
        int keep_to = -1;
        for (int id : tail[y])
            if (shared(tail, y, id)) keep_to = id;
        for (int id : tail[y])
            if (id <= keep_to) back.push_back({{}, {id}, 0.0});
        for (const auto& b : front) docs[y].paragraphs[static_cast<std::size_t>(b.other[0])].in_article = true;
        for (const auto& b : back) docs[y].paragraphs[static_cast<std::size_t>(b.other[0])].in_article = true;
        beads[y].insert(beads[y].begin(), front.begin(), front.end());
        beads[y].insert(beads[y].end(), back.begin(), back.end());
    }
}

}  // namespace

Alignment align(std::vector<Document>& docs, const Profiles& pr, const Location& loc, const AlignOptions& opt, unsigned jobs) {
    Alignment out;
    const std::size_t n = docs.size();
    const std::size_t base = static_cast<std::size_t>(loc.base);
    out.beads.resize(n);
    if (n == 0) return out;
    Document& bdoc = docs[base];
    std::vector<bool> base_linked(bdoc.paragraphs.size(), false);
    bool any_other = false;
    for (std::size_t y = 0; y < n; ++y) {
        if (y == base || loc.status[y] != Status::aligned) continue;
        any_other = true;
        const auto* across = pr.across_of(base, y);
        AlignOptions pair_opt = opt;
        if (across) pair_opt.length_weight = opt.across_length_weight, pair_opt.max_merge = opt.across_max_merge;
        out.beads[y] = align_pair(across ? *across : pr.docs[base], loc.first[base], loc.last[base],
                                  across ? *pr.across_of(y, base) : pr.docs[y], loc.first[y], loc.last[y], [&] {
                                      std::vector<Link> a;  // chain links are (other, base): flip
                                      for (auto l : loc.chains[y].links) a.push_back({l.b, l.a, l.sim});
                                      return a;
                                  }(), pair_opt, jobs);
        trim_unlinked_edges(out.beads[y], docs[y], base_linked);
        absorb_edges(docs[y], pr, y, base, out.beads[y], opt);
    }
    keep_shared_edges(docs, pr, base, out.beads, opt);
    // Base paragraphs at the region's edges that no rendering links leave too.
    if (any_other) {
        int f = loc.first[base], l = loc.last[base];
        while (f <= l && !base_linked[static_cast<std::size_t>(f)]) bdoc.paragraphs[static_cast<std::size_t>(f++)].in_article = false;
        while (l >= f && !base_linked[static_cast<std::size_t>(l)]) bdoc.paragraphs[static_cast<std::size_t>(l--)].in_article = false;
    }

    // Group base paragraphs that any bead joins (2:1 and up).
    std::vector<int> group(bdoc.paragraphs.size());
    std::iota(group.begin(), group.end(), 0);
    for (std::size_t y = 0; y < n; ++y)
        for (const auto& b : out.beads[y])
            for (std::size_t k = 1; k < b.base.size(); ++k)
                for (int id = b.base[0] + 1; id <= b.base[k]; ++id) group[static_cast<std::size_t>(id)] = group[static_cast<std::size_t>(b.base[0])];

    // Rows keyed by (position in base order, insertion rank): base rows sit at
    // (first base id, 0); paragraphs only another rendering has sit just
    // after the base row before them, ordered by rendering name for
    // independence from input order.
    struct Key {
        int base_pos;
        int tier;  // 0: base row, 1: insertion
        std::string name;
        int first_id;
        bool operator<(const Key& o) const {
            return std::tie(base_pos, tier, name, first_id) < std::tie(o.base_pos, o.tier, o.name, o.first_id);
        }
    };
    std::map<Key, Row> rows;
    auto base_row = [&](int id) -> Row& {
        Key k{group[static_cast<std::size_t>(id)], 0, "", 0};
        Row& r = rows[k];
        if (r.cells.empty()) r.cells.resize(n);
        return r;
    };
    for (const auto& p : bdoc.paragraphs)
        if (p.in_article) base_row(p.id).cells[base].push_back(p.id);
    // Paragraphs the base lacks: one rendering's joins the row another
    // rendering's opened at the same place when they say the same thing, so
    // the two are compared; renderings in name order, so input order never
    // decides.
    std::vector<std::size_t> by_name(n);
    std::iota(by_name.begin(), by_name.end(), std::size_t{0});
    std::stable_sort(by_name.begin(), by_name.end(), [&](std::size_t x, std::size_t y) { return docs[x].name < docs[y].name; });
    // Rows a paragraph only `y` (of the two) has may join: rows only other
    // renderings have, placed between y's last link to the base and its
    // next (base positions last_base .. next_base - 1), so y's paragraphs
    // stay in reading order.
    auto joinable = [&](std::size_t y, int last_base, int next_base, const Profile& mine) -> Row* {
        Row* best = nullptr;
        double best_sim = opt.insertion_join;
        for (auto it = rows.lower_bound(Key{last_base, 1, "", -1}); it != rows.end() && it->first.base_pos < next_base; ++it) {
            if (it->first.tier != 1) continue;
            Row& r = it->second;
            if (!r.cells[y].empty()) continue;
            for (std::size_t z = 0; z < n; ++z) {
                if (r.cells[z].empty()) continue;
                double sim = similarity(mine, profile_of(pr.docs[z], r.cells[z]));
                if (sim >= best_sim) best_sim = sim, best = &r;
                break;
            }
        }
        return best;
    };
    for (std::size_t y : by_name) {
        int last_base = -1;
        // per bead, the base position of y's next link (or past the end);
        // base paragraphs y lacks do not bound it, since y says nothing there
        std::vector<int> next_base(out.beads[y].size(), std::numeric_limits<int>::max());
        for (std::size_t k = out.beads[y].size(); k-- > 1;)
            next_base[k - 1] = linked(out.beads[y][k]) ? group[static_cast<std::size_t>(out.beads[y][k].base.front())] : next_base[k];
        for (std::size_t k = 0; k < out.beads[y].size(); ++k) {
            const Bead& b = out.beads[y][k];
            if (!b.base.empty()) {
                last_base = group[static_cast<std::size_t>(b.base.back())];
                if (b.other.empty()) continue;
                Row& r = base_row(b.base[0]);
                for (int id : b.other) r.cells[y].push_back(id);
                continue;
            }
            Row* r = joinable(y, last_base, next_base[k], profile_of(pr.docs[y], b.other));
            if (!r) {
                Key key{last_base, 1, docs[y].name + '\0' + std::to_string(y), b.other.front()};
                r = &rows[key];
                if (r->cells.empty()) r->cells.resize(n);
            }
            for (int id : b.other) r->cells[y].push_back(id);
        }
    }
    for (auto& [k, r] : rows) {
        for (auto& c : r.cells) std::sort(c.begin(), c.end()), c.erase(std::unique(c.begin(), c.end()), c.end());
        // row similarity: mean over renderings present beside the base
        double sum = 0;
        int count = 0;
        for (std::size_t y = 0; y < n; ++y) {
            if (y == base || r.cells[y].empty() || r.cells[base].empty()) continue;
            const auto* across = pr.across_of(base, y);
            Profile a = profile_of(across ? *across : pr.docs[base], r.cells[base]);
            Profile b = profile_of(across ? *pr.across_of(y, base) : pr.docs[y], r.cells[y]);
            // across languages: anchors and length, as align_pair judged the link
            sum += across ? std::min(1.0, similarity(a, b) + length_bonus(a, b, opt.across_length_weight)) : similarity(a, b);
            ++count;
        }
        r.similarity = count ? sum / count : 0.0;
        out.rows.push_back(std::move(r));
    }
    out.coverage = coverage(out.rows, base, n);
    return out;
}

}  // namespace parallax
