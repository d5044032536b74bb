// The view of an aligned row that the side-by-side renderers (HTML, text)
// share: which renderings are columns, each cell's paragraphs cut into pieces
// marked by the word diff and by the discrepancies over them, and the row's
// similarity as a percentage. Computed here once, so the renderers only
// format it and cannot disagree on what is marked or how it is rounded.
#pragma once

#include <string>
#include <vector>

#include "parallax/model.hpp"

namespace parallax::report {

// What the word diff says about a piece of a cell. In the base cell, removed
// marks words that some other rendering lacks or changes; in the others,
// added and changed are against the base.
enum class Mark { same, removed, added, changed };

struct Piece {
    Span span;  // bytes of the cell's rendering
    Mark mark = Mark::same;
    Span was;   // changed: the base words it replaces, when valid; else empty
    std::vector<std::size_t> findings;  // discrepancies marked over it (indices, ascending)
};

struct ParagraphView {
    Span span;
    std::vector<Piece> pieces;  // cut at every mark boundary; together they cover span
};

struct CellView {
    int rendering = 0;
    bool present = false;  // the rendering has paragraphs in this row
    std::vector<ParagraphView> paragraphs;
    // Discrepancies about the cell as a whole (a span covering a whole
    // paragraph, or no span at all, shown on the base), not a part of it.
    std::vector<std::size_t> cell_findings;
    const CellDiff* diff = nullptr;  // the word diff against the base, if any
};

struct RowView {
    int row = 0;
    std::string similarity;       // percent(row.similarity)
    std::vector<CellView> cells;  // one per column
};

// The aligned renderings in input order: the columns of a side-by-side view.
// Empty when the base is out of range (nothing can be laid out safely).
std::vector<int> columns(const Comparison& c);

// Each row's word diffs against the base and findings, and the findings of
// other rows marked inside each paragraph (a sentence moved across rows),
// found in one pass over the comparison: a row view looks its row up
// instead of scanning every diff and finding, which made a report of a book
// (thousands of rows, tens of thousands of findings) quadratic.
struct RowIndex {
    std::vector<std::vector<std::size_t>> diffs;     // per row: c.diffs against the base, ascending
    std::vector<std::vector<std::size_t>> findings;  // per row: c.discrepancies of that row, ascending
    struct Inside {
        std::size_t finding, span;  // c.discrepancies[finding].spans[span]
    };
    // per rendering, per paragraph id: spans strictly inside the paragraph
    std::vector<std::vector<std::vector<Inside>>> inside;
};
RowIndex row_index(const Comparison& c);

RowView row_view(const Comparison& c, const RowIndex& index, int row, const std::vector<int>& cols);

// A share in [0, 1] as a whole percentage, "87%": the one rounding rule
// (half away from zero) every report uses.
std::string percent(double share);

}  // namespace parallax::report
