// compare: word diffs per aligned row and the discrepancies found in them;
// and the engine that runs every stage from segment to here.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "parallax/facts.hpp"
#include "parallax/model.hpp"

namespace parallax {

struct CompareOptions {
    // A cell pair whose token counts multiply past this is not word-diffed
    // (dtl is O((N+M)D)); the row says so instead of hanging.
    std::size_t max_diff_product = std::size_t{400} * 1000 * 1000;
    double omission_overlap = 0.2;   // a sentence sharing less content than this is omitted
    double omission_coverage = 0.5;  // omissions are not reported against renderings covering less
    double abridged_share = 0.25;    // ... nor against renderings that omit more than this share of the base's sentences (summaries)
    std::size_t omission_min_words = 5;  // shorter sentences are too slight to call omitted
};

// Word diff of every non-base cell against the base cell of its row.
std::vector<CellDiff> word_diffs(const std::vector<Rendering>& rs, int base, const std::vector<Row>& rows,
                                 const CompareOptions& opt, std::vector<std::string>& notes);

// The facts of every paragraph of a rendering, with spans made absolute
// (bytes into the file). Filled only for paragraphs inside the article.
struct ParagraphFacts {
    std::vector<Figure> figures;
    std::vector<Name> names;
    std::vector<Quote> quotes;
    std::string letters;             // folded text, letters and digits only, words split by one space
    std::vector<std::string> stems;  // per token: its content stem, "" for punctuation and stopwords
};

// The folded form that name matching compares: letters and digits of fold(s),
// every other run of characters one space.
std::string folded_letters(std::string_view s);
using RenderingFacts = std::vector<ParagraphFacts>;  // by paragraph id

// `compared`, when given, says per paragraph whether a word diff found a
// change in its row: only those need figures, names, letters and stems;
// quotations are found everywhere (the quote table looks them all up).
RenderingFacts facts_of(const Document& doc, bool article_only = true, const std::vector<bool>* compared = nullptr);

// Discrepancies of every kind, ordered by row, then severity, then position.
std::vector<Discrepancy> find_discrepancies(const Comparison& c, const std::vector<RenderingFacts>& facts,
                                            const CompareOptions& opt);

// Every quotation of at least `min_words` words in any aligned rendering,
// looked up in every other aligned rendering: first near its own row, then
// anywhere in the article. Texts larger than `max_haystack_bytes` are not
// searched (match "not_checked"), with a note saying how many.
std::vector<QuoteCheck> check_all_quotes(const Comparison& c, const std::vector<RenderingFacts>& facts,
                                         std::vector<std::string>& notes, std::size_t min_words = 4,
                                         std::size_t max_haystack_bytes = 100 * 1024);

struct EngineOptions {
    CompareOptions compare;
    std::string base_name;  // --base: a rendering name or path; "" = most complete
};

// Runs segment → normalize → locate → align → facts → compare on documents
// already read. Deterministic: the same documents give the same result, in
// any order (columns follow the given order).
Comparison run(std::vector<Document> docs, const EngineOptions& opt = {});

}  // namespace parallax
