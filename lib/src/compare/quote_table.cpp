#include <algorithm>
#include <map>

#include "parallax/compare.hpp"

namespace parallax {

namespace {

// Paragraphs of one rendering joined by blank lines, remembering where each
// starts so that a match maps back to file offsets.
struct Haystack {
    std::string text;
    std::vector<std::pair<std::size_t, std::size_t>> starts;  // (offset in text, offset in file)
    Span to_file(Span s) const {
        auto it = std::upper_bound(starts.begin(), starts.end(), std::make_pair(s.start, ~std::size_t{0})) - 1;
        return {it->second + (s.start - it->first), it->second + (s.end - it->first)};
    }
};

Haystack haystack(const Document& doc, const std::vector<int>& ids) {
    Haystack h;
    for (int id : ids) {
        Span s = doc.paragraphs[static_cast<std::size_t>(id)].span;
        if (!h.text.empty()) h.text += "\n\n";
        h.starts.push_back({h.text.size(), s.start});
        h.text += std::string_view(doc.text).substr(s.start, s.size());
    }
    return h;
}

std::size_t words_in(std::string_view s) {
    std::size_t n = 0;
    bool in = false;
    for (char ch : s) {
        bool w = ch != ' ' && ch != '\n' && ch != '\t';
        n += w && !in;
        in = w;
    }
    return n;
}

bool found(const QuoteLookup& l) { return l.match == QuoteMatch::exact || l.match == QuoteMatch::punctuation_only; }

}  // namespace

std::vector<QuoteCheck> check_all_quotes(const Comparison& c, const std::vector<RenderingFacts>& facts,
                                         std::vector<Note>& notes, const CompareOptions& opt) {
    const std::size_t min_words = opt.quote_min_words, max_haystack_bytes = opt.quote_max_haystack_bytes;
    std::vector<QuoteCheck> out;
    std::size_t skipped = 0;
    const std::size_t n = c.renderings.size();
    // row of each (rendering, paragraph)
    std::map<std::pair<std::size_t, int>, std::size_t> row_of;
    for (std::size_t r = 0; r < c.rows.size(); ++r)
        for (std::size_t y = 0; y < n; ++y)
            for (int id : c.rows[r].cells[y]) row_of[{y, id}] = r;
    auto near_ids = [&](std::size_t y, std::size_t row) {
        std::vector<int> ids;
        std::size_t lo = row >= 2 ? row - 2 : 0, hi = std::min(c.rows.size(), row + 3);
        for (std::size_t r = lo; r < hi; ++r) ids.insert(ids.end(), c.rows[r].cells[y].begin(), c.rows[r].cells[y].end());
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    std::vector<std::vector<int>> article(n);
    std::vector<std::size_t> article_bytes(n, 0);
    for (std::size_t y = 0; y < n; ++y)
        for (const auto& p : c.renderings[y].doc.paragraphs)
            if (p.in_article) article[y].push_back(p.id), article_bytes[y] += p.span.size();

    for (std::size_t r = 0; r < n; ++r) {
        if (c.renderings[r].status != Status::aligned) continue;
        for (std::size_t pid = 0; pid < facts[r].size(); ++pid) {
            auto where = row_of.find({r, static_cast<int>(pid)});
            if (where == row_of.end()) continue;
            for (const auto& q : facts[r][pid].quotes) {
                if (words_in(q.text) < min_words) continue;
                QuoteCheck check{static_cast<int>(r), q.span, {}};
                for (std::size_t y = 0; y < n; ++y) {
                    if (y == r || c.renderings[y].status != Status::aligned) continue;
                    Haystack h = haystack(c.renderings[y].doc, near_ids(y, where->second));
                    // look-up time grows with quote words x text words: past
                    // this size the look-up is skipped, and the report says so
                    if (h.text.size() > max_haystack_bytes) {
                        check.findings.push_back({static_cast<int>(y), QuoteMatch::not_checked, {}});
                        ++skipped;
                        continue;
                    }
                    QuoteLookup l = look_up_quote(q.text, h.text);
                    if (!found(l) && article_bytes[y] <= max_haystack_bytes) {
                        Haystack whole = haystack(c.renderings[y].doc, article[y]);
                        QuoteLookup w = look_up_quote(q.text, whole.text);
                        if (found(w) || (w.match == QuoteMatch::altered && l.match == QuoteMatch::not_found)) l = w, h = std::move(whole);
                    }
                    QuoteFinding f{static_cast<int>(y), l.match, {}};
                    if (l.match != QuoteMatch::not_found && !l.span.empty()) f.span = h.to_file(l.span);
                    check.findings.push_back(std::move(f));
                }
                out.push_back(std::move(check));
            }
        }
    }
    if (skipped)
        notes.push_back({NoteReason::quotes_not_checked, -1, -1, {skipped, max_haystack_bytes}, {}});
    return out;
}

}  // namespace parallax
