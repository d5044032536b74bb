// Facts matched across one aligned cell pair and classified.
#pragma once

#include <vector>

#include "parallax/compare.hpp"

namespace parallax {

// What one side of a cell pair holds: its rendering and facts.
struct CellFacts {
    int rendering = 0;
    const RenderingFacts* facts = nullptr;
    std::vector<int> ids;  // the cell's paragraphs
    std::vector<const Figure*> figures;
    std::vector<int> figure_paragraph;  // the paragraph id of each figure
    std::vector<const Name*> names;
    std::vector<const Quote*> quotes;
};

// The words of a space-separated folded form (folded_letters, translit_fold).
inline std::vector<std::string> split_words(std::string_view spaced) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < spaced.size()) {
        std::size_t end = spaced.find(' ', start);
        if (end == std::string_view::npos) end = spaced.size();
        if (end > start) out.emplace_back(spaced.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

CellFacts gather(const RenderingFacts& facts, int rendering, const std::vector<int>& ids);

// What figure checks look at beyond the two cells: the documents, every
// rendering's facts, the dates of every dateline in the comparison, and
// whether either side omits by design (a summary or report).
struct FigureScope {
    const Comparison& c;
    const std::vector<RenderingFacts>& facts;
    const std::vector<Figure>& datelines;
    bool abridged = false;
    bool summary_base = false;  // the base summarizes the other rendering: its extra figures are by design
};
// The dates of every rendering's datelines (facts `dateline_date`).
std::vector<Figure> dateline_dates(const Comparison& c);
void check_figures(const FigureScope& scope, int row, const CellFacts& base, const CellFacts& other, std::vector<Discrepancy>& out);
void check_names(const Comparison& c, const CellDiff& diff, const CellFacts& base, const CellFacts& other, std::vector<Discrepancy>& out);
// `abridged`: the other rendering is a summary, so base quotations it lacks are not reported.
void check_quotes(const Comparison& c, const CellDiff& diff, const CellFacts& base, const CellFacts& other, bool abridged,
                  std::vector<Discrepancy>& out);

// The article text of each rendering as folded letters (folded_letters),
// " " at both ends, made when first asked for: term checks count phrases in it.
struct ArticleLetters {
    const Comparison& c;
    std::vector<std::string> cache;
    const std::string& of(int rendering);
};
// Recurring terms one side words differently ("golden partnership" vs
// "steady partnership"): docs/discrepancies.md, Key terms.
void check_terms(const Comparison& c, const CellDiff& diff, ArticleLetters& letters, std::vector<Discrepancy>& out);
// Titles of works (and each article's headline) one rendering states and the
// other states nowhere, paired document-wide: docs/discrepancies.md, Titles.
void check_titles(const Comparison& c, const std::vector<RenderingFacts>& facts, ArticleLetters& letters, std::vector<Discrepancy>& out);

}  // namespace parallax
