#include <algorithm>
#include <limits>

#include "parallax/locate.hpp"

namespace parallax {

namespace {

// Prefix maximum over b positions, remembering which link holds it.
class PrefixMax {
public:
    explicit PrefixMax(std::size_t n) : tree_(n + 1, {-std::numeric_limits<double>::infinity(), -1}) {}
    void update(std::size_t pos, double v, int who) {
        for (++pos; pos < tree_.size(); pos += pos & (~pos + 1))
            if (v > tree_[pos].first) tree_[pos] = {v, who};
    }
    // max over positions < pos
    std::pair<double, int> query(std::size_t pos) const {
        std::pair<double, int> best{-std::numeric_limits<double>::infinity(), -1};
        for (; pos > 0; pos -= pos & (~pos + 1))
            if (tree_[pos].first > best.first) best = tree_[pos];
        return best;
    }

private:
    std::vector<std::pair<double, int>> tree_;
};

}  // namespace

// Local alignment over sparse links in O(k log k): each link scores its
// weight plus the best earlier chain it can extend, minus a cost per skipped
// paragraph on either side; a chain restarts when that would go negative.
Chain best_chain(const std::vector<Link>& given, double threshold, double gap_cost) {
    std::vector<Link> links = given;
    std::sort(links.begin(), links.end(), [](const Link& x, const Link& y) {
        return x.a != y.a ? x.a < y.a : x.b < y.b;
    });
    int max_b = 0;
    for (const auto& l : links) max_b = std::max(max_b, l.b);
    PrefixMax tree(static_cast<std::size_t>(max_b) + 1);
    std::vector<double> score(links.size());
    std::vector<int> prev(links.size(), -1);
    int best = -1;
    for (std::size_t g = 0; g < links.size();) {
        std::size_t h = g;
        while (h < links.size() && links[h].a == links[g].a) ++h;
        for (std::size_t k = g; k < h; ++k) {
            const Link& l = links[k];
            double gain = l.sim - threshold;
            auto [carry, from] = tree.query(static_cast<std::size_t>(l.b));
            double extend = carry + gap_cost * (2 - l.a - l.b);
            score[k] = gain + std::max(0.0, extend);
            if (extend > 0) prev[k] = from;
            if (best < 0 || score[k] > score[static_cast<std::size_t>(best)]) best = static_cast<int>(k);
        }
        for (std::size_t k = g; k < h; ++k)
            if (links[k].sim > threshold)
                tree.update(static_cast<std::size_t>(links[k].b), score[k] + gap_cost * (links[k].a + links[k].b), static_cast<int>(k));
        g = h;
    }
    Chain c;
    if (best < 0 || score[static_cast<std::size_t>(best)] <= 0) return c;
    c.score = score[static_cast<std::size_t>(best)];
    for (int k = best; k >= 0; k = prev[static_cast<std::size_t>(k)]) c.links.push_back(links[static_cast<std::size_t>(k)]);
    std::reverse(c.links.begin(), c.links.end());
    return c;
}

}  // namespace parallax
