#include <algorithm>

#include "cut_off.hpp"
#include "fact_checks.hpp"
#include "parallax/compare.hpp"

namespace parallax {

namespace {

bool space(char ch) { return ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n'; }

}  // namespace

bool ends_sentence(std::string_view s, bool closer_alone) {
    static constexpr std::string_view enders[] = {".", "!", "?", "\xE2\x80\xA6" /* … */, "\xE3\x80\x82" /* 。 */,
                                                  "\xEF\xBC\x81" /* ！ */, "\xEF\xBC\x9F" /* ？ */};
    static constexpr std::string_view closers[] = {"\"", "'", ")", "]", "\xE2\x80\x9D" /* ” */, "\xE2\x80\x99" /* ’ */,
                                                   "\xC2\xBB" /* » */, "\xE3\x80\x8D" /* 」 */, "\xE3\x80\x8F" /* 』 */,
                                                   "\xE3\x80\x8B" /* 》 */, "\xEF\xBC\x89" /* ） */};
    auto ends_with = [&](std::string_view c) { return s.size() >= c.size() && s.substr(s.size() - c.size()) == c; };
    while (!s.empty() && space(s.back())) s.remove_suffix(1);
    if (closer_alone && std::any_of(std::begin(closers), std::end(closers), ends_with)) return true;
    for (bool stripped = true; stripped;) {  // the closers after the mark
        stripped = false;
        for (std::string_view c : closers)
            if (ends_with(c)) {
                s.remove_suffix(c.size());
                stripped = true;
                break;
            }
    }
    return std::any_of(std::begin(enders), std::end(enders), ends_with);
}

void mark_cut_offs(std::vector<Rendering>& rs) {
    for (auto& r : rs) {
        if (r.status != Status::aligned) continue;
        const auto& ps = r.doc.paragraphs;
        auto first = std::find_if(ps.begin(), ps.end(), [](const Paragraph& p) { return p.in_article; });
        auto last = std::find_if(ps.rbegin(), ps.rend(), [](const Paragraph& p) { return p.in_article; });
        if (first == ps.end()) continue;
        std::string_view text = r.doc.text;
        std::string_view tail = text.substr(last->span.start, last->span.size());
        while (!tail.empty() && space(tail.back())) tail.remove_suffix(1);
        if (!tail.empty() && !ends_sentence(tail, true)) r.cut_end = last->span.start + tail.size();
        std::string_view head = text.substr(first->span.start, first->span.size());
        std::size_t k = 0;
        while (k < head.size() && space(head[k])) ++k;
        if (k < head.size() && head[k] >= 'a' && head[k] <= 'z') r.cut_start = first->span.start + k;
    }
}

namespace {

int row_at(const Comparison& c, int y, std::size_t offset) {
    for (const auto& p : c.renderings[static_cast<std::size_t>(y)].doc.paragraphs)
        if (p.span.start <= offset && offset <= p.span.end) return row_of(c, y, p.id);
    return -1;
}

// Where the word diff of rendering y's cell in its cut row last (first)
// matched rendering `other`'s cell: the bytes of `other` past which (before
// which) y says nothing because its page stops (starts); `known` is false
// when the pair has no word diff there.
struct Reach {
    bool known = false;
    std::size_t from = 0, to = static_cast<std::size_t>(-1);  // `other`'s bytes y's cut row matches
};

Reach reach_against(const Comparison& c, int y, int row, int other, bool at_end) {
    Reach r;
    for (const auto& d : c.diffs) {
        if (d.row != row) continue;
        bool y_right = d.rendering == y && d.left == other, y_left = d.left == y && d.rendering == other;
        if (!y_right && !y_left) continue;
        r.known = true;
        bool any = false;
        for (const auto& e : d.edits) {
            if (e.op != EditOp::same) continue;
            Span theirs = y_right ? e.base : e.other;
            if (at_end) r.to = theirs.end;
            else if (!any) r.from = theirs.start;
            any = true;
        }
    }
    return r;
}

}  // namespace

void drop_beyond_cuts(const Comparison& c, std::vector<Discrepancy>& out) {
    const int base = c.base;
    for (std::size_t yy = 0; yy < c.renderings.size(); ++yy) {
        const int y = static_cast<int>(yy);
        const Rendering& ren = c.renderings[yy];
        for (bool at_end : {true, false}) {
            auto cut = at_end ? ren.cut_end : ren.cut_start;
            if (!cut) continue;
            const int cut_row = row_at(c, y, *cut);
            if (cut_row < 0) continue;
            // past the cut on the far side of the row, or in rows beyond it
            auto beyond_row = [&](int row) { return at_end ? row > cut_row : row < cut_row; };
            // a span of another rendering in the cut row lies past what y's
            // word diff against that rendering matched; without such a diff
            // the base's spans are not past and the others' do not decide
            std::vector<Reach> reach(c.renderings.size());
            for (std::size_t o = 0; o < c.renderings.size(); ++o)
                if (static_cast<int>(o) != y) reach[o] = reach_against(c, y, cut_row, static_cast<int>(o), at_end);
            // A sentence y's page begins but does not finish is cut, not left
            // out: it counts as past the cut when it runs past the last match.
            auto beyond = [&](const Discrepancy& d, const SpanRef& s) {
                const Reach& r = reach[static_cast<std::size_t>(s.rendering)];
                if (!r.known) return s.rendering != base;
                if (d.kind == Kind::omission || d.kind == Kind::addition) return at_end ? s.span.end > r.to : s.span.start < r.from;
                return at_end ? s.span.start >= r.to : s.span.end <= r.from;
            };
            std::vector<bool> drop(out.size());
            for (std::size_t k = 0; k < out.size(); ++k) {
                Discrepancy& d = out[k];
                if (d.kind == Kind::phrasing && d.finding == Finding::wording_differs) continue;
                bool on_y = std::any_of(d.spans.begin(), d.spans.end(), [&](const SpanRef& s) { return s.rendering == y; });
                bool against_y = std::find(d.against.begin(), d.against.end(), y) != d.against.end();
                if (!on_y && !against_y) continue;
                if (y != base && on_y) {
                    // y's own text cut mid-quotation or mid-name: its span runs into the cut
                    auto touches = [&](const SpanRef& s) {
                        return s.rendering == y && (at_end ? s.span.end >= *cut : s.span.start <= *cut);
                    };
                    if (d.row != cut_row) continue;
                    auto own_end = d.spans.begin() + static_cast<std::ptrdiff_t>(own_spans(d));
                    if (std::any_of(d.spans.begin(), own_end, touches)) {
                        drop[k] = true;
                    } else {
                        // a span folded in from another pair: that holder is left out, the finding stays
                        std::vector<bool> cut_span(d.spans.size());
                        for (std::size_t j = own_spans(d); j < d.spans.size(); ++j) cut_span[j] = touches(d.spans[j]);
                        if (d.qualifiers.size() == d.spans.size()) erase_marked(d.qualifiers, cut_span);
                        erase_marked(d.spans, cut_span);
                    }
                    continue;
                }
                if (y == base) {
                    // the base stops: what another rendering adds past its end is not an addition
                    bool all_beyond = std::all_of(d.spans.begin(), d.spans.end(), [&](const SpanRef& s) {
                        return s.rendering == base ? (at_end ? s.span.end >= *cut : s.span.start <= *cut) : true;
                    }) && d.row == cut_row && d.kind == Kind::addition;
                    bool unfound = d.kind == Kind::quote && d.finding == Finding::quote_not_found && against_y;
                    if (d.kind == Kind::addition && (all_beyond || beyond_row(d.row))) drop[k] = true;
                    if (unfound && (d.row == cut_row || beyond_row(d.row))) {
                        d.against.erase(std::remove(d.against.begin(), d.against.end(), y), d.against.end());
                        drop[k] = d.against.empty();
                    }
                    continue;
                }
                // against y: the base (or another rendering) has something y lacks
                bool past = beyond_row(d.row) || (d.row == cut_row && std::all_of(d.spans.begin(), d.spans.end(),
                                                                                 [&](const SpanRef& s) { return beyond(d, s); }));
                if (d.row == cut_row && d.kind == Kind::quote && d.finding == Finding::quote_not_found) past = true;
                if (!past) continue;
                d.against.erase(std::remove(d.against.begin(), d.against.end(), y), d.against.end());
                drop[k] = d.against.empty();
            }
            erase_marked(out, drop);
        }
    }
}

}  // namespace parallax
