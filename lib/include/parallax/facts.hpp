// facts: the checkable pieces of a paragraph — figures (numbers with their
// unit, scale and qualifier), proper names and titles of works, and quotes —
// each with the byte span it came from. Pure functions over one string; the
// rules and thresholds are documented in docs/facts.md.
#pragma once

#include <memory>
#include <optional>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "parallax/model.hpp"

namespace parallax {

// ---------------------------------------------------------------- figures

enum class FigureKind { count, ordinal, percent, money, year, date, range };

struct Figure {
    // Byte offsets into the text passed in, covering qualifier + number +
    // scale + currency: "about 750,000", "US$12 billion", "Forty-one".
    Span span;
    FigureKind kind = FigureKind::count;
    double value = 0;     // fully scaled: "12 billion" -> 1.2e10; dates: yyyymmdd, 0 for a missing part
    double value_hi = 0;  // upper end of a range ("2017-2018" -> 2018); else == value
    // The number, exactly, scale word applied: digits without leading or
    // trailing zeros times a power of ten ("41e9" for "US$41 billion",
    // "35e-1" for "3.50", "725e-2" for "seven point two five"), and "lo-hi"
    // for a range. Empty for dates and for fractions with no finite decimal
    // ("a third"). A double overflows past 308 digits and stops telling
    // neighbours apart past 15; this does neither.
    std::string exact;
    // "" (plain number), "percent", "percentage point", or an ISO 4217 code
    // ("USD", "CNY", ...); for a sign or name several currencies share and
    // the text does not decide, their codes joined by '|' ("CNY|JPY" for "¥").
    std::string unit;
    Qualifier qualifier = Qualifier::none;
    std::string context;  // folded word right after the figure ("years", "visit"), "" if none
    std::string text;     // the exact bytes of span
};

// Every figure in `text`, in order; offsets are relative to `text`.
// Linear in the length of the text.
std::vector<Figure> find_figures(std::string_view text);

// Same fact in another form: the same unit (same_unit) and equal kind ("in 2013" is a year
// and never equals the count in "2013 people"), and the same number: equal
// `exact` forms when both have one, else equal value and value_hi (relative
// tolerance 1e-9). Qualifier and context are not compared.
bool same_value(const Figure& a, const Figure& b);

// Units that name the same thing: equal, or one is a set of currency codes
// that several currencies share ("CNY|JPY" for "¥") and holds the other.
bool same_unit(std::string_view a, std::string_view b);

const char* to_string(FigureKind);

// The date of a dateline at the start of `paragraph` ("LISBON, June 4
// (Reuters) --", "Porto, March 3 -", "June 4."): a place in capitalised
// words and a comma, or nothing, then a date, then a dash, a parenthesis or a
// full stop. A dateline says where and when a page was filed, not what the
// article states. Offsets are relative to `paragraph`.
std::optional<Figure> dateline_date(std::string_view paragraph);

// ------------------------------------------------------------------ names

enum class NameKind { name, title, honorific_name };

struct Name {
    // "Jane Smith", "O'Neill", "Dr. Jane Smith", or for a title of a work the
    // text inside the quotes.
    Span span;
    NameKind kind = NameKind::name;
    std::string text;
    std::string work;  // titles only: the folded cue word ("film", "book", "entitled", ...)
};

// Proper names and titles of works in `text`, in order. Linear time.
std::vector<Name> find_names(std::string_view text);

// related: a country and its own demonym ("Denmark" / "Danish"): one
// referent in another grammatical form, neither a spelling nor another name.
enum class NameRelation { same, fuller_form, variant, related, different };

// score in [0, 1]: mean skeleton similarity of the shorter name's words to
// their best partners in the longer one (see docs/facts.md).
struct NameMatch {
    NameRelation relation = NameRelation::different;
    double score = 0;
    // Decided by the syllables of romanized Mandarin (pinyin, Wade–Giles),
    // not by how alike the letters look: no spelling likeness overrides it.
    bool by_syllables = false;
};

// Folded skeleton for comparing transliterations: case folded, marks
// stripped, letters only, digraphs unified (sh/sch -> S, ch/tch -> C,
// zh/dzh/dj/j -> J, kh -> h, q/ck -> k, w -> v, y -> i, ...), doubled letters
// collapsed. Words stay separated by one space.
std::string translit_fold(std::string_view name);

// Similarity of translit_fold forms: 1 - weighted edit cost / longer length.
double skeleton_similarity(std::string_view folded_a, std::string_view folded_b);

// The country a word or name names, as a country or by its demonym (its
// first name in the table: "Uzbek" -> "Uzbekistan"); "" when none or
// several.
std::string country_of(std::string_view name);

NameMatch relate_names(std::string_view a, std::string_view b);
// What relate_names works out about each spelling on its own (its words,
// whether it names an office, its readings as a place and as Mandarin) and
// about each pair of words, kept for a caller that relates many pairs of one
// run's names: relating every spelling of an article with every other
// otherwise reads each spelling again for every pair. For one thread.
class NameForms {
public:
    NameForms();
    ~NameForms();
    NameForms(NameForms&&) noexcept;
    NameForms& operator=(NameForms&&) noexcept;
    struct Spelling;
    struct Memo;
    Memo& memo() { return *memo_; }

private:
    std::unique_ptr<Memo> memo_;
};
// relate_names(a, b), the same answer, each spelling read once per `forms`.
NameMatch relate_names(std::string_view a, std::string_view b, NameForms& forms);
// Each Cyrillic word of a name without its Russian case ending, when a stem
// of three letters or more remains ("Ван Сяомином" -> "Ван Сяомин"); other
// words as they are.
std::string name_stems(std::string_view name);
// "PM" / "PMs" for "Prime Minister(s)", "FM" for "Foreign Minister": the
// short form is the initials of the long one's words, a plural s aside.
bool initials_of(std::string_view short_form, std::string_view long_form);

const char* to_string(NameKind);
const char* to_string(NameRelation);

// ----------------------------------------------------------------- quotes

struct Quote {
    Span span;         // the text inside the quote marks
    std::string text;  // the bytes of span
};

// Straight "..." and curly “...” (also „...“ and «...») pairs, and single
// curly ‘...’ when it holds at least three words. Linear time.
std::vector<Quote> find_quotes(std::string_view text);


struct QuoteLookup {
    QuoteMatch match = QuoteMatch::not_found;
    Span span;         // the matched passage of the haystack; empty when not found
    double score = 0;  // share of the quote's words found in order in that passage
};

// A text prepared for many quotation look-ups: scanned once and its words
// indexed, so that a look-up costs about the quote's length times the
// occurrences of the quote's rarest words, not the length of the text.
// Building it is linear in the text (expected, hashing each token's form).
// Holds no reference to the text.
class QuoteHaystack {
public:
    explicit QuoteHaystack(std::string_view text);
    ~QuoteHaystack();
    QuoteHaystack(QuoteHaystack&&) noexcept;
    QuoteHaystack& operator=(QuoteHaystack&&) noexcept;

    struct Index;  // internal to facts
    const Index& index() const { return *index_; }

private:
    std::unique_ptr<Index> index_;
};

// Looks for `quote` in `haystack`: exact (same words and inner punctuation
// after folding case, whitespace and curly/straight quotes), punctuation_only
// (same words, inner punctuation differs), altered (a passage shares >= 0.6
// of the quote's words in order), or not_found. The altered passage is the
// best local alignment of the quote's words (a shared word +1, any gap -0.3)
// near an occurrence of one of the quote's rarest words: a passage sharing
// 0.6 of the words must hold one of any 0.4 of them.
QuoteLookup look_up_quote(std::string_view quote, const QuoteHaystack& haystack);
// The same within the part `within` of the haystack's text (bytes, from and
// to a boundary between tokens, such as a blank line between paragraphs):
// as if that part alone were the haystack, the span still counted in the
// whole text's bytes. One text indexed once serves look-ups in any of its
// parts.
QuoteLookup look_up_quote(std::string_view quote, const QuoteHaystack& haystack, Span within);
// The same for a text looked up once.
QuoteLookup look_up_quote(std::string_view quote, std::string_view haystack);


// ------------------------------------------------------ per paragraph

// The facts of one paragraph, with spans made absolute (bytes into the file).
struct ParagraphFacts {
    std::vector<Figure> figures;
    std::vector<Name> names;
    std::vector<Quote> quotes;
    std::string letters;             // folded text, letters and digits only, words split by one space
    // per token: its content stem, "" for punctuation and stopwords. Views
    // into stem_table, which the paragraphs of one document share: each
    // distinct word's stem is stored once, not once per token.
    std::vector<std::string_view> stems;
    std::shared_ptr<const std::deque<std::string>> stem_table;
    // `figures` were found in the paragraph's own text, no annotation cut
    // out: they are what find_figures gives for it, spans placed in the document
    bool figures_as_written = false;
};
using RenderingFacts = std::vector<ParagraphFacts>;  // by paragraph id

// The folded form that name matching compares: letters and digits of fold(s),
// every other run of characters one space.
std::string folded_letters(std::string_view s);

// The facts of every paragraph of a segmented, normalized document; filled
// only for paragraphs inside the article when `article_only`. `compared`,
// when given, says per paragraph whether a word diff found a change in its
// row: only those need figures, names, letters and stems; quotations are
// found everywhere (the quote table looks them all up).
RenderingFacts facts_of(const Document& doc, bool article_only = true, const std::vector<bool>* compared = nullptr);

}  // namespace parallax
