// Paragraphs some renderings have and others lack inside the span they
// cover: rows with no cell pair to diff, so no sentence check sees them.
#include <algorithm>
#include <string>
#include <string_view>

#include "cut_off.hpp"
#include "fact_checks.hpp"

namespace parallax {

namespace {

// Rows each rendering covers: its first and last row with a cell.
std::vector<std::pair<int, int>> covered_rows(const Comparison& c) {
    std::vector<std::pair<int, int>> out(c.renderings.size(), {-1, -1});
    for (std::size_t r = 0; r < c.rows.size(); ++r)
        for (std::size_t y = 0; y < c.renderings.size(); ++y)
            if (!c.rows[r].cells[y].empty()) {
                if (out[y].first < 0) out[y].first = static_cast<int>(r);
                out[y].second = static_cast<int>(r);
            }
    return out;
}

}  // namespace

void check_gaps(const Comparison& c, const std::vector<RenderingFacts>& facts, const std::vector<bool>& omits_by_design,
                const std::vector<bool>& base_abridges, const MovedSentences& moved, const CompareOptions& opt,
                std::vector<Discrepancy>& out) {
    const int base = c.base;
    const auto span = covered_rows(c);
    auto aligned = [&](std::size_t y) { return c.renderings[y].status == Status::aligned; };
    for (std::size_t r = 0; r < c.rows.size(); ++r) {
        const auto& cells = c.rows[r].cells;
        const int row = static_cast<int>(r);
        std::vector<int> holders, lackers;
        for (std::size_t y = 0; y < cells.size(); ++y) {
            if (!aligned(y)) continue;
            if (!cells[y].empty()) holders.push_back(static_cast<int>(y));
            else if (span[y].first < row && row < span[y].second) lackers.push_back(static_cast<int>(y));
        }
        if (holders.empty() || lackers.empty()) continue;
        const bool base_holds = !cells[static_cast<std::size_t>(base)].empty();
        const bool base_lacks = std::find(lackers.begin(), lackers.end(), base) != lackers.end();
        if (!base_holds && !base_lacks) continue;  // outside the base's span: nothing to judge against
        // against the base, what the others leave out; without it, what
        // the others add (the first holder's paragraphs stand for all)
        // what only renderings that abridge the base lack is listed too, low:
        // the reader of a summary may want to know what it leaves out
        std::vector<int> against, by_design;
        for (int y : lackers)
            (base_lacks || !omits_by_design[static_cast<std::size_t>(y)] ? against : by_design).push_back(y);
        const bool abridged_only = against.empty();
        if (abridged_only) against = by_design;
        if (against.empty()) continue;
        int from = base_holds ? base : -1;
        for (int y : holders)  // what a fuller rendering says beyond a base that abridges it is no addition
            if (from < 0 && !base_abridges[static_cast<std::size_t>(y)]) from = y;
        if (from < 0) continue;
        const Document& doc = c.renderings[static_cast<std::size_t>(from)].doc;
        const RenderingFacts& ff = facts[static_cast<std::size_t>(from)];
        for (int id : cells[static_cast<std::size_t>(from)]) {
            const Paragraph& p = doc.paragraphs[static_cast<std::size_t>(id)];
            std::size_t words = 0, terms = 0;
            for (std::size_t k = p.tokens.first; k < p.tokens.end; ++k) words += doc.tokens[k].kind == TokenKind::word;
            for (const auto& st : ff[static_cast<std::size_t>(id)].stems) terms += !st.empty();
            // a salutation, a heading, a byline, a time stamp, a link teaser:
            // no sentence of prose to miss
            if (words < opt.omission_min_words || terms < 2 || !ends_sentence(c.text(from, p.span), false)) continue;
            // a lacking rendering that says every sentence of it a few rows away moved it
            std::vector<int> lack;
            for (int y : against)
                if (!std::all_of(p.sentences.begin(), p.sentences.end(), [&](const Sentence& s) { return moved.rendered_in(from, &s, y); }))
                    lack.push_back(y);
            if (lack.empty()) continue;
            Discrepancy d;
            d.kind = base_holds ? Kind::omission : Kind::addition;
            d.finding = Finding::paragraph_one_sided;
            // a paragraph a report or an excerpt has beyond the base is its own
            // framing; one a full rendering has, or the base has and a full
            // rendering lacks, is a gap in the text
            Form form = c.renderings[static_cast<std::size_t>(from)].form;
            d.severity = abridged_only || (!base_holds && (form == Form::report || form == Form::partial)) ? Severity::low
                                                                                                          : Severity::medium;
            d.row = row;
            d.spans.push_back({from, p.span});
            if (!base_holds)
                for (int y : holders)
                    if (y != from && !base_abridges[static_cast<std::size_t>(y)])
                        for (int other : cells[static_cast<std::size_t>(y)])
                            d.spans.push_back({y, c.renderings[static_cast<std::size_t>(y)].doc.paragraphs[static_cast<std::size_t>(other)].span});
            d.against = lack;
            out.push_back(std::move(d));
        }
    }
}

}  // namespace parallax
