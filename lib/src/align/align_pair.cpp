#include <algorithm>
#include <cmath>
#include <limits>

#include "../parallel.hpp"
#include "parallax/align.hpp"

namespace parallax {

double length_bonus(const Profile& a, const Profile& b, double weight) {
    if (weight <= 0 || a.chars == 0 || b.chars == 0) return 0;
    double r = static_cast<double>(std::min(a.chars, b.chars)) / static_cast<double>(std::max(a.chars, b.chars));
    return weight * std::clamp((r - 0.5) * 2, 0.0, 1.0);
}

namespace {

// Profiles of runs of up to `max_merge` consecutive paragraphs, so a 2:1 or
// 3:1 link costs one similarity, not a merge, inside the inner loop.
struct Runs {
    std::vector<std::vector<Profile>> by_len;  // by_len[k-1][i] = paragraphs i..i+k-1
    const Profile& get(int i, int k) const { return by_len[static_cast<std::size_t>(k - 1)][static_cast<std::size_t>(i)]; }
};

Runs runs_of(const std::vector<Profile>& ps, int first, int n, int max_merge) {
    Runs r;
    r.by_len.resize(static_cast<std::size_t>(max_merge));
    for (int i = 0; i < n; ++i) r.by_len[0].push_back(ps[static_cast<std::size_t>(first + i)]);
    for (int k = 2; k <= max_merge; ++k)
        for (int i = 0; i + k <= n; ++i) r.by_len[static_cast<std::size_t>(k - 1)].push_back(merge(r.get(i, k - 1), r.get(i + k - 1, 1)));
    return r;
}

struct Band {
    std::vector<int> lo, hi;  // per i, inclusive j range
    std::vector<std::size_t> offset;
    std::size_t cells = 0;
    bool has(int i, int j) const {
        return i >= 0 && i < static_cast<int>(lo.size()) && j >= lo[static_cast<std::size_t>(i)] && j <= hi[static_cast<std::size_t>(i)];
    }
    std::size_t at(int i, int j) const { return offset[static_cast<std::size_t>(i)] + static_cast<std::size_t>(j - lo[static_cast<std::size_t>(i)]); }
};

// Full table when small; otherwise a band around the path the anchors
// trace, interpolated between them.
Band band_for(int na, int nb, const std::vector<std::pair<int, int>>& anchors, const AlignOptions& opt) {
    Band b;
    b.lo.resize(static_cast<std::size_t>(na + 1));
    b.hi.resize(static_cast<std::size_t>(na + 1));
    bool full = static_cast<std::size_t>(na + 1) * static_cast<std::size_t>(nb + 1) <= opt.full_cells;
    std::vector<std::pair<int, int>> pts{{0, 0}};
    for (auto p : anchors)
        if (p.first > pts.back().first && p.second >= pts.back().second) pts.push_back(p);
    pts.push_back({na, nb});
    std::size_t seg = 0;
    for (int i = 0; i <= na; ++i) {
        if (full) {
            b.lo[static_cast<std::size_t>(i)] = 0, b.hi[static_cast<std::size_t>(i)] = nb;
            continue;
        }
        while (seg + 1 < pts.size() - 1 && pts[seg + 1].first <= i) ++seg;
        auto [x0, y0] = pts[seg];
        auto [x1, y1] = pts[seg + 1];
        double c = x1 == x0 ? y0 : y0 + (double(i - x0) * (y1 - y0)) / double(x1 - x0);
        int w = opt.band + (x1 == x0 ? 0 : static_cast<int>(std::ceil(double(y1 - y0) / double(x1 - x0))));
        b.lo[static_cast<std::size_t>(i)] = std::clamp(static_cast<int>(c) - w, 0, nb);
        b.hi[static_cast<std::size_t>(i)] = std::clamp(static_cast<int>(c) + w, 0, nb);
    }
    b.lo[0] = 0;
    b.hi[static_cast<std::size_t>(na)] = nb;
    for (int i = 1; i <= na; ++i)  // keep the band connected and monotone
        b.lo[static_cast<std::size_t>(i)] = std::max(b.lo[static_cast<std::size_t>(i)], b.lo[static_cast<std::size_t>(i - 1)]);
    for (int i = na - 1; i >= 0; --i)
        b.hi[static_cast<std::size_t>(i)] = std::min(b.hi[static_cast<std::size_t>(i)], b.hi[static_cast<std::size_t>(i + 1)]);
    for (int i = 0; i <= na; ++i) {
        b.hi[static_cast<std::size_t>(i)] = std::max(b.hi[static_cast<std::size_t>(i)], b.lo[static_cast<std::size_t>(i)]);
        b.offset.push_back(b.cells);
        b.cells += static_cast<std::size_t>(b.hi[static_cast<std::size_t>(i)] - b.lo[static_cast<std::size_t>(i)] + 1);
    }
    return b;
}

double length_bonus(const Profile& a, const Profile& b, const AlignOptions& opt) { return length_bonus(a, b, opt.length_weight); }

struct Step {
    int k, l;  // paragraphs taken from base and other
};

}  // namespace

std::vector<Bead> align_pair(const std::vector<Profile>& base, int bf, int bl,
                             const std::vector<Profile>& other, int of, int ol,
                             const std::vector<Link>& anchors, const AlignOptions& opt, unsigned jobs) {
    const int na = bl >= bf ? bl - bf + 1 : 0;
    const int nb = ol >= of ? ol - of + 1 : 0;
    std::vector<Bead> out;
    if (na == 0 || nb == 0) {
        for (int i = 0; i < na; ++i) out.push_back({{bf + i}, {}, 0});
        for (int j = 0; j < nb; ++j) out.push_back({{}, {of + j}, 0});
        return out;
    }
    Runs ra = runs_of(base, bf, na, opt.max_merge);
    Runs rb = runs_of(other, of, nb, opt.max_merge);
    std::vector<std::pair<int, int>> pts;
    for (const auto& l : anchors)
        if (l.a >= bf && l.a <= bl && l.b >= of && l.b <= ol) pts.push_back({l.a - bf + 1, l.b - of + 1});
    Band band = band_for(na, nb, pts, opt);

    std::vector<Step> steps{{1, 1}, {1, 0}, {0, 1}};
    for (int k = 2; k <= opt.max_merge; ++k) steps.push_back({k, 1}), steps.push_back({1, k});

    const double none = -std::numeric_limits<double>::infinity();
    std::vector<double> score(band.cells, none);
    std::vector<std::uint8_t> from(band.cells, 0);
    // similarity of the 1:1 link ending at each cell, kept to bound merges
    std::vector<float> one(band.cells, 0.0f);
    score[band.at(0, 0)] = 0;
    // the 1:1 similarities depend on no other cell: each row of the band on
    // any thread, before the table is filled in order
    parallel_for(static_cast<std::size_t>(na), jobs, [&](std::size_t row) {
        const int i = static_cast<int>(row) + 1;
        for (int j = std::max(1, band.lo[row + 1]); j <= band.hi[row + 1]; ++j)
            one[band.at(i, j)] = static_cast<float>(similarity(ra.get(i - 1, 1), rb.get(j - 1, 1)));
    });
    for (int i = 0; i <= na; ++i) {
        for (int j = band.lo[static_cast<std::size_t>(i)]; j <= band.hi[static_cast<std::size_t>(i)]; ++j) {
            double best = i == 0 && j == 0 ? 0 : none;
            std::uint8_t how = 0;
            const double one_bonus = i > 0 && j > 0 ? length_bonus(ra.get(i - 1, 1), rb.get(j - 1, 1), opt) : 0.0;
            for (std::size_t s = 0; s < steps.size(); ++s) {
                const int k = steps[s].k, l = steps[s].l;
                int pi = i - k, pj = j - l;
                if (pi < 0 || pj < 0 || !band.has(pi, pj)) continue;
                double prev = score[band.at(pi, pj)];
                if (prev == none) continue;
                double gain = 0;
                if (k > 0 && l > 0) {
                    double cost = opt.link_threshold + (k + l > 2 ? opt.merge_cost * (k + l - 2) : 0);
                    double sim;
                    if (k + l == 2) {
                        sim = one[band.at(i, j)] + one_bonus;
                    } else {
                        // A merged link is at most the sum of its parts'
                        // similarities over the length factor's floor (0.7):
                        // skip merges that cannot pay.
                        double bound = 0;
                        bool known = true;
                        for (int x = 0; x < k && known; ++x)
                            for (int y = 0; y < l && known; ++y) {
                                int ci = i - x, cj = j - y;
                                if (!band.has(ci, cj)) known = false;
                                else bound += one[band.at(ci, cj)];
                            }
                        if (known && bound / 0.7 + opt.length_weight <= cost) continue;
                        sim = similarity(ra.get(pi, k), rb.get(pj, l)) + length_bonus(ra.get(pi, k), rb.get(pj, l), opt);
                    }
                    gain = sim - cost;
                    if (gain <= 0) continue;
                }
                if (prev + gain > best) best = prev + gain, how = static_cast<std::uint8_t>(s);
            }
            score[band.at(i, j)] = best;
            from[band.at(i, j)] = how;
        }
    }
    int i = na, j = nb;
    while (i > 0 || j > 0) {
        const Step& st = steps[from[band.at(i, j)]];
        Bead b;
        for (int x = i - st.k; x < i; ++x) b.base.push_back(bf + x);
        for (int y = j - st.l; y < j; ++y) b.other.push_back(of + y);
        if (st.k > 0 && st.l > 0) b.sim = similarity(ra.get(i - st.k, st.k), rb.get(j - st.l, st.l));
        out.push_back(std::move(b));
        i -= st.k, j -= st.l;
    }
    std::reverse(out.begin(), out.end());
    return out;
}

}  // namespace parallax
