// A sentence one rendering prints twice while the others print it once: a
// pasted pull quote or a doubled paragraph, a production slip a reader of
// the reprint sees but no word diff against another rendering shows.
#include <map>

#include "fact_checks.hpp"

namespace parallax {

namespace {

// Sentences shorter than this repeat by nature ("Thank you.", "Long live
// our friendship!").
constexpr std::size_t min_words = 6;

struct Occurrence {
    int paragraph = 0;
    Span span;
};

using Words = std::vector<std::uint32_t>;

// Every article sentence of a rendering by its words (punctuation aside, so
// a pull quote without its full stop is the same sentence).
std::map<Words, std::vector<Occurrence>> sentences_by_words(const Document& doc) {
    std::map<Words, std::vector<Occurrence>> out;
    for (const auto& p : doc.paragraphs) {
        if (!p.in_article) continue;
        for (const auto& s : p.sentences) {
            Words w;
            for (std::size_t k = s.first_token; k < s.end_token; ++k)
                if (doc.tokens[k].kind != TokenKind::punct) w.push_back(doc.tokens[k].id);
            if (w.size() >= min_words) out[w].push_back({p.id, s.span});
        }
    }
    return out;
}

}  // namespace

void check_repeats(const Comparison& c, std::vector<Discrepancy>& out) {
    const std::size_t n = c.renderings.size();
    std::vector<std::map<Words, std::vector<Occurrence>>> by(n);
    for (std::size_t y = 0; y < n; ++y)
        if (c.renderings[y].status == Status::aligned) by[y] = sentences_by_words(c.renderings[y].doc);
    for (std::size_t y = 0; y < n; ++y) {
        for (const auto& [words, seen] : by[y]) {
            if (seen.size() < 2) continue;
            std::vector<int> once;
            bool repeated_elsewhere = false;
            for (std::size_t z = 0; z < n; ++z) {
                if (z == y) continue;
                auto it = by[z].find(words);
                if (it == by[z].end()) continue;
                if (it->second.size() >= seen.size()) repeated_elsewhere = true;
                else once.push_back(static_cast<int>(z));
            }
            if (repeated_elsewhere || once.empty()) continue;
            Discrepancy d;
            d.kind = Kind::addition;
            d.finding = Finding::sentence_repeated;
            d.severity = Severity::low;
            d.row = row_of(c, static_cast<int>(y), seen[1].paragraph);
            if (d.row < 0) continue;
            // the repeat first, then where this rendering and the others print it
            d.spans.push_back({static_cast<int>(y), seen[1].span});
            d.spans.push_back({static_cast<int>(y), seen[0].span});
            for (int z : once) d.spans.push_back({z, by[static_cast<std::size_t>(z)].at(words).front().span});
            d.against = once;
            out.push_back(std::move(d));
        }
    }
}

}  // namespace parallax
