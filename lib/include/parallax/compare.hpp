// compare: word diffs per aligned row, the discrepancies found in them, the
// quotation table, and the messages every finding and note carries.
#pragma once

#include <cstddef>
#include <vector>

#include "parallax/align.hpp"
#include "parallax/facts.hpp"
#include "parallax/model.hpp"

namespace parallax {

struct CompareOptions {
    // A cell pair whose token counts multiply past this is not word-diffed
    // (dtl is O((N+M)D)); the row says so instead of hanging.
    std::size_t max_diff_product = std::size_t{400} * 1000 * 1000;
    double omission_overlap = 0.2;   // a sentence sharing less content than this is omitted
    double omission_overlap_unlinked = 0.5;  // ...or less than this when the sentence alignment links it to nothing
    double omission_neighbour_sim = 0.7;     // ...between neighbours that it links this closely
    double omission_coverage = 0.5;  // omissions are not reported against renderings covering less
    double abridged_share = 0.25;    // ... nor against renderings that omit more than this share of the base's sentences (summaries)
    std::size_t omission_min_words = 5;  // shorter sentences are too slight to call omitted
    // Across languages a one-sided sentence is this long at least (length
    // units, a Han character 4.5: about fifteen English words).
    std::size_t across_omission_units = 80;
    // Between two non-base renderings, a sentence the other one says in its
    // cells of this many rows before or after is not one-sided either: rows
    // are aligned against the base, so two other renderings may break the
    // same text at other rows (nearby_paragraphs).
    int pair_row_reach = 1;
    // A sentence two renderings each leave without a counterpart in its row
    // is one sentence moved when the two are this similar (sentence
    // similarity) and at most this many rows apart, each the other's best.
    double moved_sentence_sim = 0.5;
    int moved_sentence_reach = 6;
    std::size_t quote_min_words = 4;     // shorter quotations are not looked up in the quote table
    // Quotation look-up time grows with quote words x text words: larger
    // texts are not searched (match not_checked), and a note says how many.
    std::size_t quote_max_haystack_bytes = 100 * 1024;
};

// Word diff of every pair of cells present in a row, each unordered pair
// once: per row, the base cell against each other cell first (left = base,
// as reports show them), then each pair of non-base cells, the lower
// rendering index on the left. A pair past max_diff_product gets a note
// instead (Note::left names a non-base left side). Rows run on `jobs`
// threads; the result is the same for any number.
std::vector<CellDiff> word_diffs(const std::vector<Rendering>& rs, int base, const std::vector<Row>& rows,
                                 const CompareOptions& opt, std::vector<Note>& notes, unsigned jobs = 1);

// The paragraphs of `rendering` in `row` and in its `reach` nearest rows on
// either side that it has a cell in, in row order.
std::vector<int> nearby_paragraphs(const std::vector<Row>& rows, int row, int rendering, int reach);

// Marks each aligned rendering whose article ends mid-sentence or mid-word,
// or begins mid-sentence: a page saved or pasted only in part.
void mark_cut_offs(std::vector<Rendering>& rs);

// The sentences of a cell pair (the diff's left cell, then its right cell)
// and their alignment, computed once and read by the form, omission and
// wording checks.
struct CellSentences {
    std::vector<const Sentence*> left, right;
    std::vector<SentenceLink> links;  // SentenceLink::base indexes `left`, ::other `right`
};

// Per cell diff (parallel to Comparison::diffs): its sentences aligned, for
// diffs that changed anything; empty for identical cells. `jobs`: threads
// (cell diffs are aligned independently); any number gives the same result.
std::vector<CellSentences> sentence_links(const Comparison& c, unsigned jobs = 1);

// Sets each aligned rendering's form, copy_of, rendered and own from the
// base-pair sentence links (`copy_of`: locate's copies).
void mark_forms(Comparison& c, const std::vector<int>& copy_of, const std::vector<CellSentences>& links);

// Discrepancies of every kind, ordered by row, then severity, then position.
// Messages are left empty: compose_messages fills them once all are known.
// `links`: sentence_links(c), or computed here when not given. `jobs`:
// threads for the cell pairs' checks (independent once aligned); any number
// gives the same result, byte for byte.
std::vector<Discrepancy> find_discrepancies(const Comparison& c, const std::vector<RenderingFacts>& facts,
                                            const std::vector<CellSentences>& links, const CompareOptions& opt,
                                            unsigned jobs = 1);
std::vector<Discrepancy> find_discrepancies(const Comparison& c, const std::vector<RenderingFacts>& facts,
                                            const CompareOptions& opt);

// Every quotation of at least opt.quote_min_words words in any aligned
// rendering, looked up in every other aligned rendering: first near its own
// row, then anywhere in the article. `jobs`: threads, one rendering's
// quotations each; any number gives the same result.
std::vector<QuoteCheck> check_all_quotes(const Comparison& c, const std::vector<RenderingFacts>& facts,
                                         std::vector<Note>& notes, const CompareOptions& opt = {}, unsigned jobs = 1);

// The one place where messages are written: every discrepancy's and every
// note's text, from their fields and the renderings' names and texts.
void compose_messages(Comparison& c);

// Every discrepancy's stable id: a digest of its kind, its finding, and for
// each span the rendering's name and the span's text with white space
// collapsed, plus the names of the renderings it is against. The row number
// and byte offsets are left out, so an edit elsewhere in the article leaves
// the id alone; two discrepancies alike in all of that get "-2", "-3", ... in
// report order.
void assign_ids(Comparison& c, unsigned jobs = 1);

}  // namespace parallax
