#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "../parallel.hpp"
#include "parallax/locate.hpp"
#include "parallax/normalize.hpp"

namespace parallax {

namespace {

// The matching key of a folded word or number, or "" when it carries no
// content.
std::string term_of(TokenKind kind, std::string_view folded) {
    if (kind == TokenKind::punct) return {};
    if (kind == TokenKind::number) {
        std::string digits;
        for (char c : folded)
            if (c != ',') digits += c;
        return "#" + digits;
    }
    if (folded.size() < 2 || is_stopword(folded)) return {};
    std::string_view w = folded;
    if (w.size() > 2 && w.substr(w.size() - 2) == "'s") w.remove_suffix(2);
    return stem(w);
}

// Term ids by lexicon id and token kind, so each distinct word is stemmed
// once (a symbol such as "™" can fold to the same form as a word).
class TermCache {
public:
    static constexpr std::uint32_t none = UINT32_MAX;     // no content
    static constexpr std::uint32_t unknown = UINT32_MAX - 1;

    void use(const Document& d) {
        if (d.lexicon == lexicon_) return;
        lexicon_ = d.lexicon;
        by_id_.clear();
    }
    std::uint32_t term(const Token& t, std::unordered_map<std::string, std::uint32_t>& ids) {
        std::size_t at = std::size_t{t.id} * kinds + static_cast<std::size_t>(t.kind);
        if (at >= by_id_.size()) by_id_.resize(lexicon_->size() * kinds, unknown);
        std::uint32_t& slot = by_id_[at];
        if (slot == unknown) {
            std::string key = term_of(t.kind, lexicon_->folded(t.id));
            slot = key.empty() ? none : ids.try_emplace(std::move(key), static_cast<std::uint32_t>(ids.size())).first->second;
        }
        return slot;
    }

private:
    static constexpr std::size_t kinds = 3;
    std::shared_ptr<const Lexicon> lexicon_;
    std::vector<std::uint32_t> by_id_;
};

}  // namespace

Profiles build_profiles(const std::vector<Document>& docs) {
    std::unordered_map<std::string, std::uint32_t> ids;
    std::vector<std::uint32_t> df;
    TermCache cache;
    Profiles out;
    out.docs.resize(docs.size());
    std::size_t paragraphs = 0;
    for (std::size_t d = 0; d < docs.size(); ++d) {
        cache.use(docs[d]);
        for (const auto& p : docs[d].paragraphs) {
            Profile prof;
            prof.chars = p.span.size();
            for (const auto& t : docs[d].tokens_of(p)) {
                std::uint32_t term = cache.term(t, ids);
                if (term == TermCache::none) continue;
                if (term == df.size()) df.push_back(0);
                prof.terms.push_back(term);
            }
            std::sort(prof.terms.begin(), prof.terms.end());
            prof.terms.erase(std::unique(prof.terms.begin(), prof.terms.end()), prof.terms.end());
            for (auto id : prof.terms) ++df[id];
            out.docs[d].push_back(std::move(prof));
            ++paragraphs;
        }
    }
    // Weights come after all counts, so they do not depend on document order.
    const double n = static_cast<double>(std::max<std::size_t>(paragraphs, 1));
    for (auto& doc : out.docs)
        for (auto& prof : doc) {
            prof.weights.reserve(prof.terms.size());
            for (auto id : prof.terms) {
                float w = static_cast<float>(std::log(1.0 + n / df[id]));
                prof.weights.push_back(w);
                prof.total += w;
            }
        }
    for (std::size_t x = 0; x < docs.size(); ++x)
        for (std::size_t y = x + 1; y < docs.size(); ++y)
            if (cross_language(docs[x], docs[y])) out.across.emplace(std::make_pair(x, y), anchor_profiles(docs[x], docs[y]));
    return out;
}

const std::vector<Profile>* Profiles::across_of(std::size_t x, std::size_t y) const {
    auto it = across.find({std::min(x, y), std::max(x, y)});
    if (it == across.end()) return nullptr;
    return x < y ? &it->second.first : &it->second.second;
}

namespace {
double length_factor(std::size_t a, std::size_t b) {
    if (a == 0 || b == 0) return 0;
    double r = static_cast<double>(std::min(a, b)) / static_cast<double>(std::max(a, b));
    return 0.7 + 0.3 * r;
}
}  // namespace

double similarity(const Profile& a, const Profile& b) {
    if (a.total <= 0 || b.total <= 0) return 0;
    double shared = 0;
    std::size_t i = 0, j = 0;
    while (i < a.terms.size() && j < b.terms.size()) {
        if (a.terms[i] < b.terms[j]) ++i;
        else if (b.terms[j] < a.terms[i]) ++j;
        else {
            shared += std::min(a.weights[i], b.weights[j]);
            ++i, ++j;
        }
    }
    return 2 * shared / (a.total + b.total) * length_factor(a.chars, b.chars);
}

Profile merge(const Profile& a, const Profile& b) {
    Profile m;
    m.chars = a.chars + b.chars;
    std::size_t i = 0, j = 0;
    auto take = [&](std::uint32_t t, float w) {
        m.terms.push_back(t);
        m.weights.push_back(w);
        m.total += w;
    };
    while (i < a.terms.size() || j < b.terms.size()) {
        if (j == b.terms.size() || (i < a.terms.size() && a.terms[i] < b.terms[j])) take(a.terms[i], a.weights[i]), ++i;
        else if (i == a.terms.size() || b.terms[j] < a.terms[i]) take(b.terms[j], b.weights[j]), ++j;
        else take(a.terms[i], a.weights[i]), ++i, ++j;
    }
    return m;
}

std::vector<Link> candidate_links(const std::vector<Profile>& a, const std::vector<Profile>& b,
                                  std::size_t per_paragraph, unsigned jobs) {
    // Inverted index over b. Terms present in very many paragraphs say little
    // and would make this quadratic, so they only count in exact scoring.
    std::unordered_map<std::uint32_t, std::vector<std::pair<int, float>>> index;
    for (std::size_t j = 0; j < b.size(); ++j)
        for (std::size_t k = 0; k < b[j].terms.size(); ++k)
            index[b[j].terms[k]].push_back({static_cast<int>(j), b[j].weights[k]});
    // A term in more paragraphs than this is too common to find candidates
    // by (it still counts in the exact similarity); growing with the square
    // root, up to a fixed ceiling, keeps the work linear in the input.
    const auto common = static_cast<std::size_t>(std::clamp(4.0 * std::sqrt(static_cast<double>(b.size())), 64.0, 256.0));

    // Each paragraph of `a` on its own: its links kept by its index, the
    // accumulators per thread.
    struct Scratch {
        std::vector<float> acc;
        std::vector<int> touched;
        std::vector<Link> mine;  // every candidate of one paragraph; only the best few are kept
    };
    const unsigned threads = threads_for(a.size(), jobs);
    std::vector<Scratch> scratch(threads, Scratch{std::vector<float>(b.size(), 0.0f), {}, {}});
    std::vector<std::vector<Link>> links_of(a.size());
    parallel_for(a.size(), threads, [&](std::size_t i, unsigned thread) {
        auto& [acc, touched, mine] = scratch[thread];
        touched.clear();
        mine.clear();
        for (std::size_t k = 0; k < a[i].terms.size(); ++k) {
            auto it = index.find(a[i].terms[k]);
            if (it == index.end() || it->second.size() > common) continue;
            for (auto [j, w] : it->second) {
                if (acc[j] == 0) touched.push_back(j);
                acc[j] += std::min(w, a[i].weights[k]);
            }
        }
        // Rank by the shared weight of rare terms, then score only the best
        // few exactly.
        for (int j : touched) {
            const Profile& pb = b[static_cast<std::size_t>(j)];
            double estimate = 2.0 * acc[static_cast<std::size_t>(j)] / (a[i].total + pb.total) * length_factor(a[i].chars, pb.chars);
            acc[static_cast<std::size_t>(j)] = 0;
            mine.push_back({static_cast<int>(i), j, estimate});
        }
        auto by_sim = [](const Link& x, const Link& y) { return x.sim != y.sim ? x.sim > y.sim : x.b < y.b; };
        std::size_t keep = std::min(mine.size(), 3 * per_paragraph);
        std::partial_sort(mine.begin(), mine.begin() + static_cast<std::ptrdiff_t>(keep), mine.end(), by_sim);
        mine.resize(keep);
        for (auto& l : mine) l.sim = similarity(a[i], b[static_cast<std::size_t>(l.b)]);
        std::sort(mine.begin(), mine.end(), by_sim);
        if (mine.size() > per_paragraph) mine.resize(per_paragraph);
        links_of[i].assign(mine.begin(), mine.end());
    });
    return joined(std::move(links_of));
}

}  // namespace parallax
