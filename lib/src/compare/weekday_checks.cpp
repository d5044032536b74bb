// Two renderings that give one sentence two different weekdays: a date that
// differs, though neither is a figure (docs/discrepancies.md, Figures).
#include "fact_checks.hpp"
#include "grammar.hpp"

namespace parallax {

namespace {

// The one weekday the sentences name, and where; none when they name no
// day or several different ones (which day is which is then unclear).
struct Day {
    int day = 0;
    Span span;
};

Day one_day(const Document& doc, const std::vector<const Sentence*>& all, const std::vector<std::size_t>& picked) {
    Day found;
    for (std::size_t k : picked) {
        const Sentence& s = *all[k];
        for (std::size_t t = s.first_token; t < s.end_token; ++t) {
            int day = weekday_of(doc.folded(doc.tokens[t]));
            if (day == 0 || day == found.day) continue;
            if (found.day != 0) return {};
            found = {day, doc.tokens[t].span};
        }
    }
    return found;
}

}  // namespace

void check_weekdays(const Comparison& c, const CellDiff& diff, const CellSentences& sentences, std::vector<Discrepancy>& out) {
    const Document& left = c.renderings[static_cast<std::size_t>(diff.left)].doc;
    const Document& right = c.renderings[static_cast<std::size_t>(diff.rendering)].doc;
    for (const auto& link : sentences.links) {
        if (link.base.empty() || link.other.empty()) continue;
        Day a = one_day(left, sentences.left, link.base), b = one_day(right, sentences.right, link.other);
        if (a.day == 0 || b.day == 0 || a.day == b.day) continue;
        Discrepancy d;
        d.kind = Kind::figure;
        d.finding = Finding::figure_differs;
        // a report may date the statement where the other dates the event: medium, not high
        d.severity = Severity::medium;
        d.row = diff.row;
        d.spans = {{diff.left, a.span}, {diff.rendering, b.span}};
        d.against = {diff.rendering};
        d.qualifiers = {Qualifier::none, Qualifier::none};
        out.push_back(std::move(d));
    }
}

}  // namespace parallax
