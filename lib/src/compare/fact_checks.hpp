// Facts matched across one aligned cell pair and classified.
#pragma once

#include <algorithm>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <tuple>
#include <utility>
#include <vector>

#include "parallax/align.hpp"
#include "parallax/compare.hpp"

namespace parallax {

// What one side of a cell pair holds: its rendering and facts. The cell-pair
// checks call the pair's left side (CellDiff::left: the base rendering, or
// the lower index of two non-base renderings) `base` and its right side
// `other`; nothing in them may assume the left side is Comparison::base.
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

// The row that holds paragraph `paragraph` of `rendering`, or -1.
int row_of(const Comparison& c, int rendering, int paragraph);

// Removes the elements whose `drop` is set, keeping the order of the rest.
template <class T>
void erase_marked(std::vector<T>& xs, const std::vector<bool>& drop) {
    std::size_t w = 0;
    for (std::size_t k = 0; k < xs.size(); ++k)
        if (!drop[k]) {
            if (w != k) xs[w] = std::move(xs[k]);
            ++w;
        }
    xs.resize(w);
}

// A finding about something only some renderings have (a figure, a
// quotation, a sentence): its first span is what was found, `against` those
// lacking it. The others are pairwise: their first two spans are the pair.
inline bool one_sided(const Discrepancy& d) {
    return d.finding == Finding::figure_one_sided || d.finding == Finding::quote_not_found || d.finding == Finding::sentence_one_sided;
}
// How many of a finding's spans are its own, before those folded in from
// other pairs (fold_pair_findings); every span of a wording finding.
inline std::size_t own_spans(const Discrepancy& d) {
    if (d.finding == Finding::wording_differs) return d.spans.size();
    return std::min<std::size_t>(d.spans.size(), one_sided(d) ? 1 : 2);
}

CellSentences cell_sentences_of(const Comparison& c, const CellDiff& diff);

// Sentences without a counterpart in their rows that render each other a
// few rows apart (moved_sentences.cpp): two renderings' sentence, moved.
struct MovedLink {
    int left = 0, right = 0;  // renderings: the base or the lower index on the left
    int row_left = 0, row_right = 0;
    int paragraph_left = 0, paragraph_right = 0;
    const Sentence* left_sentence = nullptr;
    const Sentence* right_sentence = nullptr;
    double sim = 0;
};
struct MovedSentences {
    std::vector<MovedLink> links;
    std::set<std::tuple<int, const Sentence*, int>> rendered;  // (rendering, sentence, rendering that has it elsewhere)
    bool rendered_in(int rendering, const Sentence* s, int other) const;
};
MovedSentences moved_sentences(const Comparison& c, const std::vector<CellSentences>& links, const CompareOptions& opt);
// The wording checks on each moved pair, as on a sentence pair in one row.
void check_moved_wording(const Comparison& c, const std::vector<RenderingFacts>& facts, const MovedSentences& moved,
                         std::vector<Discrepancy>& base_out, std::vector<Discrepancy>& pair_out);

// Paragraphs in rows some renderings lack inside the rows they cover
// (gap_checks.cpp): against the base an omission, when the base lacks them an
// addition. `omits_by_design[y]`: y abridges the base (nothing it lacks is
// an omission); `base_abridges[y]`: the base abridges y (nothing only y has
// is an addition).
// `moved`: a paragraph whose sentences a lacking rendering all has elsewhere is not missing from it.
void check_gaps(const Comparison& c, const std::vector<RenderingFacts>& facts, const std::vector<bool>& omits_by_design,
                const std::vector<bool>& base_abridges, const MovedSentences& moved, const CompareOptions& opt,
                std::vector<Discrepancy>& out);

// Finding and severity of a pair of names or titles from how they relate:
// different -> high, variant -> medium, fuller form -> low (medium as
// another rank when `rank`). Same and related are never reported; a caller
// that still asks gets the low fuller form.
void set_name_finding(Discrepancy& d, const NameMatch& m, bool rank = false);

// What figure checks look at beyond the two cells: the documents, every
// rendering's facts, the dates of every dateline in the comparison, and
// whether either side omits by design (a summary or report).
// Per rendering, the dates, years, sums and percentages of its article
// (each with the offset of its paragraph, which its span is relative to):
// figures specific enough that stating one anywhere in the article states it.
struct ArticleFigures {
    std::vector<std::vector<std::pair<Figure, std::size_t>>> by_rendering;
};
// Found again only where the facts stage did not scan a paragraph's own
// text; `jobs` threads, one rendering each.
ArticleFigures article_figures(const Comparison& c, const std::vector<RenderingFacts>& facts, unsigned jobs = 1);

// A pure function of an ordered pair of spellings, remembered: a look-up
// hashes the two names and builds no key (heterogeneous look-up); only a
// new pair is copied in.
template <class T>
class PairMemo {
public:
    template <class F>
    T operator()(std::string_view a, std::string_view b, F&& compute) {
        if (auto it = map_.find(Views{a, b}); it != map_.end()) return it->second;
        T value = compute();
        map_.emplace(Key{std::string(a), std::string(b)}, value);
        return value;
    }

private:
    using Views = std::pair<std::string_view, std::string_view>;
    using Key = std::pair<std::string, std::string>;
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(Views v) const {
            std::size_t h = std::hash<std::string_view>{}(v.first);
            return h ^ (std::hash<std::string_view>{}(v.second) + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2));
        }
        std::size_t operator()(const Key& k) const { return (*this)(Views{k.first, k.second}); }
    };
    struct Equal {
        using is_transparent = void;
        template <class X, class Y>
        bool operator()(const X& x, const Y& y) const {
            return std::string_view(x.first) == std::string_view(y.first) && std::string_view(x.second) == std::string_view(y.second);
        }
    };
    std::unordered_map<Key, T, Hash, Equal> map_;
};

// relate_names remembered per pair of spellings for one run: a long text
// names the same people row after row, and the spelling check relates every
// word pair of its candidates. A pure function's memo; it changes no result.
struct NameRelations {
    PairMemo<NameMatch> memo = {};
    NameForms forms = {};         // each spelling read once, whatever it is paired with
    PairMemo<bool> close = {};    // name_checks' every_word_close
    NameMatch operator()(std::string_view a, std::string_view b);
};

struct FigureScope {
    const Comparison& c;
    const std::vector<RenderingFacts>& facts;
    const std::vector<Figure>& datelines;
    bool abridged = false;      // the right side summarizes the left: the left's extra figures are by design
    bool summary_base = false;  // the left side summarizes the right: the right's extra figures are by design
    int left = 0;               // the left side of the cell pair (the base, or the lower of two non-base renderings)
    const ArticleFigures* article = nullptr;
};
// The same figure however written ("4,812" / "4812", "June 4" / "June 4,
// 2021", "41 billion" / "41 billion yuan"); each text is the one its
// figure's span points into.
bool same_figure(const Figure& a, std::string_view a_text, const Figure& b, std::string_view b_text);
// The dates of every rendering's datelines (facts `dateline_date`).
std::vector<Figure> dateline_dates(const Comparison& c, unsigned jobs = 1);
void check_figures(const FigureScope& scope, int row, const CellFacts& base, const CellFacts& other, std::vector<Discrepancy>& out);
// Linked sentences that name one weekday each, and different ones (weekday_checks.cpp).
void check_weekdays(const Comparison& c, const CellDiff& diff, const CellSentences& sentences, std::vector<Discrepancy>& out);
void check_names(const Comparison& c, const CellDiff& diff, const CellFacts& base, const CellFacts& other, NameRelations& relations,
                 std::vector<Discrepancy>& out);
// `abridged`: the right side is a summary, so quotations of the left side it lacks are not reported.
void check_quotes(const Comparison& c, const CellDiff& diff, const CellFacts& base, const CellFacts& other, bool abridged,
                  std::vector<Discrepancy>& out);

// Each rendering's article (its article paragraphs) as folded letters, a
// space around every word, and where each word starts in them: built once
// per comparison when first asked for, by whichever thread asks first, then
// read by all of them (a copy per thread was two more indexes of a book).
class ArticleText {
public:
    explicit ArticleText(const Comparison& c);
    ~ArticleText();
    const std::string& letters(int rendering);
    // Where `word` starts in letters(rendering), ascending; empty when nowhere.
    const std::vector<std::size_t>& starts(int rendering, std::string_view word);
    // `folded` (words separated by one space) occurs there as whole words.
    bool has_words(int rendering, std::string_view folded);

private:
    struct Rendering;
    const Comparison& c_;
    std::vector<std::unique_ptr<Rendering>> by_;
};

// One thread's view of the article text, with its own memo of counts: term
// checks count phrases in it. `count` finds a phrase through the word index,
// and remembers each phrase's count: a lookup costs the occurrences of the
// phrase's first word, not the length of the article.
struct ArticleLetters {
    ArticleText& text;
    std::vector<std::unordered_map<std::string, std::size_t>> counts = {};
    const std::string& of(int rendering) { return text.letters(rendering); }
    // How often `needle` occurs in of(rendering), overlaps counted (as
    // repeated std::string::find from one past each hit would count them).
    std::size_t count(int rendering, const std::string& needle);
    bool has(int rendering, const std::string& needle) { return count(rendering, needle) > 0; }
};
// Recurring terms one side words differently ("golden partnership" vs
// "steady partnership"): docs/discrepancies.md, Key terms.
void check_terms(const Comparison& c, const CellDiff& diff, ArticleLetters& letters, std::vector<Discrepancy>& out);
// Small changes inside sentences both cells render, each on the smallest
// run of words that carries it: docs/discrepancies.md, Wording.
void check_wording(const Comparison& c, const CellDiff& diff, const CellFacts& base, const CellFacts& other,
                   const CellSentences& sentences, std::vector<Discrepancy>& out);
// Drops wording findings that overlap, in the same row, a finding of another
// kind (not phrasing) or a sentence already said in other words: stated once.
void drop_repeated_wording(std::vector<Discrepancy>& ds);
// Name and title findings inside either rendering's headline or another
// heading line (one line of up to 30 words ending no sentence): headlines are
// compared whole, against the base, by check_titles; between two non-base
// renderings a heading's capitalised words are no names of their own.
void drop_headline_names(const Comparison& c, std::vector<Discrepancy>& ds);
// Per paragraph of `rendering` (by id): a heading line, the rule of
// drop_headline_names (its headline, or one line of up to 30 words that
// ends no sentence).
std::vector<bool> heading_lines(const Comparison& c, int rendering);
// Titles of works (and each article's headline) one rendering states and the
// other states nowhere, paired document-wide: docs/discrepancies.md, Titles.
void check_titles(const Comparison& c, const std::vector<RenderingFacts>& facts, ArticleLetters& letters, std::vector<Discrepancy>& out);
// Names (not titles) one rendering spells one way and another rendering
// another way anywhere in their articles, whatever rows they fall in: a
// medium name_variant per pair of spellings, when no finding states it
// already: docs/discrepancies.md, Spellings across the document.
// The closest spellings are found on one thread per entry of `relations_of`
// (each thread's own memo; at least one).
void check_spellings(const Comparison& c, const std::vector<RenderingFacts>& facts, ArticleLetters& letters,
                     std::vector<NameRelations>& relations_of, std::vector<Discrepancy>& out);
// A sentence one rendering prints twice, the others once: docs/discrepancies.md, Repeats.
void check_repeats(const Comparison& c, std::vector<Discrepancy>& out);

// Runs of the word diff that differ only in diacritics (diacritic_checks.cpp):
// low, kind name when capitalised, else wording.
void check_diacritics(const Comparison& c, const CellDiff& diff, std::vector<Discrepancy>& out);

// "none" and "exact" both state the number as it is: one class.
int qualifier_class(Qualifier q);
// A finding about figures: the figures' spans and qualifiers, in order.
Discrepancy figure_finding(Kind kind, Finding finding, Severity sev, int row, std::vector<std::pair<int, const Figure*>> figures,
                           int against);

// Two cells in different languages (across_checks.cpp): figures, dates and
// qualifiers of each linked sentence pair; wording is not judged.
void check_across(const Comparison& c, const CellDiff& cd, const CellSentences& cs, const CellFacts& left, const CellFacts& right,
                  std::vector<Discrepancy>& out);

// One linked sentence pair, Chinese against Latin or Cyrillic letters
// (han_name_checks.cpp): a foreign name in Han characters whose counterpart
// names the person with more parts is a low name_fuller.
void check_han_names(const Comparison& c, int row, int han_rendering, const std::vector<const Sentence*>& han_sentences,
                     const std::vector<std::size_t>& han_which, int other_rendering,
                     const std::vector<const Sentence*>& other_sentences, const std::vector<std::size_t>& other_which,
                     bool han_left, std::vector<Discrepancy>& out);

}  // namespace parallax
