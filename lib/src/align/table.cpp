#include <algorithm>
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

}  // namespace

Alignment align(std::vector<Document>& docs, const Profiles& pr, const Location& loc, const AlignOptions& opt) {
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
        out.beads[y] = align_pair(pr.docs[base], loc.first[base], loc.last[base], pr.docs[y], loc.first[y],
                                  loc.last[y], [&] {
                                      std::vector<Link> a;  // chain links are (other, base): flip
                                      for (auto l : loc.chains[y].links) a.push_back({l.b, l.a, l.sim});
                                      return a;
                                  }(), opt);
        trim_unlinked_edges(out.beads[y], docs[y], base_linked);
    }
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
    for (std::size_t y = 0; y < n; ++y) {
        int last_base = -1;
        for (const auto& b : out.beads[y]) {
            if (!b.base.empty()) {
                last_base = group[static_cast<std::size_t>(b.base.back())];
                if (b.other.empty()) continue;
                Row& r = base_row(b.base[0]);
                for (int id : b.other) r.cells[y].push_back(id);
                continue;
            }
            Key k{last_base, 1, docs[y].name + '\0' + std::to_string(y), b.other.front()};
            Row& r = rows[k];
            if (r.cells.empty()) r.cells.resize(n);
            for (int id : b.other) r.cells[y].push_back(id);
        }
    }
    for (auto& [k, r] : rows) {
        for (auto& c : r.cells) std::sort(c.begin(), c.end()), c.erase(std::unique(c.begin(), c.end()), c.end());
        // row similarity: mean over renderings present beside the base
        double sum = 0;
        int count = 0;
        for (std::size_t y = 0; y < n; ++y) {
            if (y == base || r.cells[y].empty() || r.cells[base].empty()) continue;
            Profile a = pr.docs[base][static_cast<std::size_t>(r.cells[base][0])];
            for (std::size_t q = 1; q < r.cells[base].size(); ++q) a = merge(a, pr.docs[base][static_cast<std::size_t>(r.cells[base][q])]);
            Profile b = pr.docs[y][static_cast<std::size_t>(r.cells[y][0])];
            for (std::size_t q = 1; q < r.cells[y].size(); ++q) b = merge(b, pr.docs[y][static_cast<std::size_t>(r.cells[y][q])]);
            sum += similarity(a, b);
            ++count;
        }
        r.similarity = count ? sum / count : 0.0;
        out.rows.push_back(std::move(r));
    }
    out.coverage = coverage(out.rows, base, n);
    return out;
}

}  // namespace parallax
