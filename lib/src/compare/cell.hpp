// The tokens of one cell (a rendering's paragraphs in a row), shared by the
// word diff and the discrepancy finders.
#pragma once

#include <vector>

#include "parallax/model.hpp"

namespace parallax {

struct CellToken {
    const Token* token;
    int paragraph;
};

// Tokens that take part in comparison: words, numbers and punctuation other
// than hyphens and dashes (so "Confidence-Building" meets "Confidence Building").
std::vector<CellToken> cell_tokens(const Document& doc, const std::vector<int>& ids);

// The tokens of `doc` inside the byte range `run` that cell_tokens keeps: a
// `same` run of a word diff has as many on each side, pairwise equal.
std::vector<const Token*> run_tokens(const Document& doc, Span run);

// The word diff of two spans (two sentences), each inside one paragraph
// (`pa`, `pb`), as a cell diff's edits: for sentences in different rows.
std::vector<Edit> span_edits(const Document& a, int pa, Span sa, const Document& b, int pb, Span sb);

// A cell pair's bytes (both sides): all of them, and those in runs its word
// diff finds the same.
struct SameBytes {
    std::size_t same = 0, total = 0;
};
SameBytes same_bytes(const CellDiff& d);

// Their share: 1 for identical cells, near 0 for unrelated wording.
double same_share(const CellDiff& d);

}  // namespace parallax
