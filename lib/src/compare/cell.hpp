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

}  // namespace parallax
