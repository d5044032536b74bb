#include "row_view.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <tuple>

#include "summary.hpp"

namespace parallax::report {

namespace {

bool within(const Comparison& c, int y, Span s) {
    return y >= 0 && static_cast<std::size_t>(y) < c.renderings.size() && s.start <= s.end &&
           s.end <= c.renderings[static_cast<std::size_t>(y)].doc.text.size();
}

// A marked byte range before it is cut into pieces.
struct Range {
    Span s;
    Mark mark = Mark::same;  // same: a discrepancy's span, not a diff mark
    Span was;
    std::size_t finding = 0;
};

// The word diff's marks in cell y: in the base cell the base side of every
// rendering's changes, elsewhere that rendering's added and changed words.
// Diffs between two non-base renderings are the finders' alone.
void diff_ranges(const Comparison& c, const RowIndex& index, int row, int y, std::vector<Range>& out) {
    for (std::size_t k : index.diffs[static_cast<std::size_t>(row)]) {
        const CellDiff& df = c.diffs[k];
        if (y == c.base) {
            for (const auto& e : df.edits)
                if (e.op != EditOp::same && !e.base.empty() && within(c, y, e.base)) out.push_back({e.base, Mark::removed, {}, 0});
        } else if (df.rendering == y) {
            for (const auto& e : df.edits) {
                if (e.other.empty() || !within(c, y, e.other)) continue;
                if (e.op == EditOp::added) out.push_back({e.other, Mark::added, {}, 0});
                if (e.op == EditOp::changed) out.push_back({e.other, Mark::changed, within(c, c.base, e.base) ? e.base : Span{}, 0});
            }
        }
    }
}

// Discrepancy spans in cell y; those covering a whole paragraph (or, on the
// base, having no span at all) are about the cell and go to cell_findings.
// A finding of another row whose span lies inside one of this cell's
// paragraphs (a sentence moved across rows) is marked where that span is.
void finding_ranges(const Comparison& c, const RowIndex& index, int row, int y, const std::vector<int>& ids,
                    const std::vector<ParagraphView>& paras, std::vector<Range>& out, std::vector<std::size_t>& cell) {
    // other rows' findings, in the order of the findings and their spans
    std::vector<RowIndex::Inside> moved;
    const auto& inside = index.inside[static_cast<std::size_t>(y)];
    for (int id : ids)
        if (id >= 0 && static_cast<std::size_t>(id) < inside.size())
            for (const auto& at : inside[static_cast<std::size_t>(id)])
                if (c.discrepancies[at.finding].row != row) moved.push_back(at);
    std::sort(moved.begin(), moved.end(),
              [](const RowIndex::Inside& a, const RowIndex::Inside& b) { return std::tie(a.finding, a.span) < std::tie(b.finding, b.span); });
    for (const auto& at : moved) out.push_back({c.discrepancies[at.finding].spans[at.span].span, Mark::same, {}, at.finding});
    for (std::size_t i : index.findings[static_cast<std::size_t>(row)]) {
        const Discrepancy& d = c.discrepancies[i];
        bool whole = false;
        for (const auto& s : d.spans) {
            if (s.rendering != y || !within(c, s.rendering, s.span)) continue;
            for (const auto& p : paras)
                if (s.span.start <= p.span.start && s.span.end >= p.span.end) whole = true;
            if (!whole) out.push_back({s.span, Mark::same, {}, i});
        }
        if (whole || (d.spans.empty() && y == c.base)) cell.push_back(i);
    }
}

// A paragraph cut at every boundary of a range inside it; each piece takes
// the strongest diff mark over it (changed > added > removed) and every
// discrepancy over it, so marks never need to nest.
std::vector<Piece> cut(Span p, const std::vector<Range>& ranges) {
    std::vector<std::size_t> cuts{p.start, p.end};
    for (const auto& r : ranges) {
        if (r.s.start > p.start && r.s.start < p.end) cuts.push_back(r.s.start);
        if (r.s.end > p.start && r.s.end < p.end) cuts.push_back(r.s.end);
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    std::vector<Piece> pieces;
    for (std::size_t k = 0; k + 1 < cuts.size(); ++k) {
        Piece piece{{cuts[k], cuts[k + 1]}, Mark::same, {}, {}};
        for (const auto& r : ranges) {
            if (r.s.start > piece.span.start || r.s.end < piece.span.end || r.s.empty()) continue;
            if (r.mark == Mark::same) piece.findings.push_back(r.finding);
            else if (static_cast<int>(r.mark) > static_cast<int>(piece.mark)) piece.mark = r.mark, piece.was = r.was;
        }
        std::sort(piece.findings.begin(), piece.findings.end());
        piece.findings.erase(std::unique(piece.findings.begin(), piece.findings.end()), piece.findings.end());
        pieces.push_back(std::move(piece));
    }
    return pieces;
}

CellView cell_view(const Comparison& c, const RowIndex& index, int row, int y) {
    CellView cell;
    cell.rendering = y;
    const Row& r = c.rows[static_cast<std::size_t>(row)];
    if (static_cast<std::size_t>(y) >= r.cells.size() || r.cells[static_cast<std::size_t>(y)].empty()) return cell;
    cell.present = true;
    for (std::size_t k : index.diffs[static_cast<std::size_t>(row)])
        if (c.diffs[k].rendering == y && !c.diffs[k].across) {
            cell.diff = &c.diffs[k];
            break;
        }
    const auto& paras = c.renderings[static_cast<std::size_t>(y)].doc.paragraphs;
    std::vector<int> ids;  // the paragraphs shown
    for (int id : r.cells[static_cast<std::size_t>(y)]) {
        if (id < 0 || static_cast<std::size_t>(id) >= paras.size()) continue;
        Span s = paras[static_cast<std::size_t>(id)].span;
        if (within(c, y, s)) cell.paragraphs.push_back({s, {}}), ids.push_back(id);
    }
    if (cell.paragraphs.empty()) return cell;
    std::vector<Range> ranges;
    diff_ranges(c, index, row, y, ranges);
    finding_ranges(c, index, row, y, ids, cell.paragraphs, ranges, cell.cell_findings);
    for (auto& p : cell.paragraphs) p.pieces = cut(p.span, ranges);
    return cell;
}

}  // namespace

std::vector<int> columns(const Comparison& c) {
    std::vector<int> cols;
    if (c.base < 0 || static_cast<std::size_t>(c.base) >= c.renderings.size()) return cols;
    for (std::size_t y = 0; y < c.renderings.size(); ++y)
        if (c.renderings[y].status == Status::aligned) cols.push_back(static_cast<int>(y));
    return cols;
}

RowIndex row_index(const Comparison& c) {
    RowIndex index;
    index.diffs.resize(c.rows.size());
    index.findings.resize(c.rows.size());
    auto row_ok = [&](int r) { return r >= 0 && static_cast<std::size_t>(r) < c.rows.size(); };
    for (std::size_t k = 0; k < c.diffs.size(); ++k)
        if (c.diffs[k].left == c.base && row_ok(c.diffs[k].row)) index.diffs[static_cast<std::size_t>(c.diffs[k].row)].push_back(k);
    index.inside.resize(c.renderings.size());
    for (std::size_t y = 0; y < c.renderings.size(); ++y) index.inside[y].resize(c.renderings[y].doc.paragraphs.size());
    for (std::size_t i = 0; i < c.discrepancies.size(); ++i) {
        const Discrepancy& d = c.discrepancies[i];
        if (row_ok(d.row)) index.findings[static_cast<std::size_t>(d.row)].push_back(i);
        for (std::size_t k = 0; k < d.spans.size(); ++k) {
            const SpanRef& s = d.spans[k];
            if (s.span.empty() || !within(c, s.rendering, s.span)) continue;
            // paragraphs lie in text order and do not overlap: the one that
            // starts last at or before the span is the only one it can lie in
            const auto& paras = c.renderings[static_cast<std::size_t>(s.rendering)].doc.paragraphs;
            auto after = std::upper_bound(paras.begin(), paras.end(), s.span.start,
                                          [](std::size_t at, const Paragraph& p) { return at < p.span.start; });
            if (after == paras.begin()) continue;
            const Paragraph& p = *std::prev(after);
            const bool inside = s.span.start >= p.span.start && s.span.end <= p.span.end && !(s.span.start == p.span.start && s.span.end == p.span.end);
            if (inside) index.inside[static_cast<std::size_t>(s.rendering)][static_cast<std::size_t>(std::prev(after) - paras.begin())].push_back({i, k});
        }
    }
    return index;
}

RowView row_view(const Comparison& c, const RowIndex& index, int row, const std::vector<int>& cols) {
    RowView v;
    v.row = row;
    v.similarity = percent(c.rows[static_cast<std::size_t>(row)].similarity);
    for (int y : cols) v.cells.push_back(cell_view(c, index, row, y));
    return v;
}

std::string percent(double share) { return std::to_string(std::lround(share * 100)) + "%"; }

}  // namespace parallax::report
