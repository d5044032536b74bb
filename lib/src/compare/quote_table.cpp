#include <algorithm>
#include <map>
#include <memory>

#include "../parallel.hpp"
#include "parallax/compare.hpp"
#include "parallax/similarity.hpp"

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

// A haystack with its look-up index.
struct Prepared {
    Haystack text;
    QuoteHaystack index;
    explicit Prepared(Haystack h) : text(std::move(h)), index(text.text) {}
};

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
                                         std::vector<Note>& notes, const CompareOptions& opt, unsigned jobs) {
    const std::size_t min_words = opt.quote_min_words, max_haystack_bytes = opt.quote_max_haystack_bytes;
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

    // The quotations of each rendering are looked up on a thread of their
    // own, with haystacks of their own; joined in rendering order.
    std::vector<std::vector<QuoteCheck>> checks_of(n);
    std::vector<std::size_t> skipped_of(n, 0);
    parallel_for(n, jobs, [&](std::size_t r) {
        if (c.renderings[r].status != Status::aligned) return;
        auto& out = checks_of[r];
        auto& skipped = skipped_of[r];
        // Every haystack is joined and indexed once and reused by every quotation
        // looked up in it: the text near a row (per rendering and row) and a
        // rendering's whole article. Rebuilding them per quotation made a text of
        // quotations cost quotations x text length.
        std::map<std::pair<std::size_t, std::size_t>, Prepared> near_cache;
        std::size_t cached_row = static_cast<std::size_t>(-1);
        std::vector<std::unique_ptr<Prepared>> whole_cache(n);
        auto near = [&](std::size_t y, std::size_t row) -> const Prepared& {
            auto it = near_cache.find({y, row});
            if (it == near_cache.end()) it = near_cache.emplace(std::make_pair(y, row), Prepared(haystack(c.renderings[y].doc, near_ids(y, row)))).first;
            return it->second;
        };
        auto whole = [&](std::size_t y) -> const Prepared& {
            if (!whole_cache[y]) whole_cache[y] = std::make_unique<Prepared>(haystack(c.renderings[y].doc, article[y]));
            return *whole_cache[y];
        };
        for (std::size_t pid = 0; pid < facts[r].size(); ++pid) {
            auto where = row_of.find({r, static_cast<int>(pid)});
            if (where == row_of.end()) continue;
            for (const auto& q : facts[r][pid].quotes) {
                if (words_in(q.text) < min_words) continue;
                // A rendering's paragraphs come in row order, so the text near
                // a row is needed only while its quotations are looked up:
                // keeping every row's would hold the whole text several times.
                if (where->second != cached_row) {
                    near_cache.clear();
                    cached_row = where->second;
                }
                QuoteCheck check{static_cast<int>(r), q.span, {}};
                for (std::size_t y = 0; y < n; ++y) {
                    if (y == r || c.renderings[y].status != Status::aligned) continue;
                    // a quotation is not looked up in another language's words
                    if (cross_language(c.renderings[r].doc, c.renderings[y].doc)) continue;
                    const Prepared* h = &near(y, where->second);
                    // a bound on the work per look-up: past this size the
                    // look-up is skipped, and the report says so
                    if (h->text.text.size() > max_haystack_bytes) {
                        check.findings.push_back({static_cast<int>(y), QuoteMatch::not_checked, {}});
                        ++skipped;
                        continue;
                    }
                    QuoteLookup l = look_up_quote(q.text, h->index);
                    if (!found(l) && article_bytes[y] <= max_haystack_bytes) {
                        const Prepared& all = whole(y);
                        QuoteLookup w = look_up_quote(q.text, all.index);
                        if (found(w) || (w.match == QuoteMatch::altered && l.match == QuoteMatch::not_found)) l = w, h = &all;
                    }
                    QuoteFinding f{static_cast<int>(y), l.match, {}};
                    if (l.match != QuoteMatch::not_found && !l.span.empty()) f.span = h->text.to_file(l.span);
                    check.findings.push_back(std::move(f));
                }
                out.push_back(std::move(check));
            }
        }
    });
    std::vector<QuoteCheck> out = joined(std::move(checks_of));
    std::size_t skipped = 0;
    for (std::size_t k : skipped_of) skipped += k;
    if (skipped)
        notes.push_back({NoteReason::quotes_not_checked, -1, -1, {skipped, max_haystack_bytes}, {}});
    return out;
}

}  // namespace parallax
