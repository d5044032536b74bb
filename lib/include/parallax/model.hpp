// The plain data that flows through the pipeline. Every stage reads and
// writes these structs; nothing here computes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <optional>
#include <string_view>
#include <vector>

#include "parallax/lexicon.hpp"

namespace parallax {

// Half-open byte range [start, end) into a document's original text.
struct Span {
    std::size_t start = 0;
    std::size_t end = 0;
    std::size_t size() const { return end - start; }
    bool empty() const { return end <= start; }
    friend bool operator==(const Span&, const Span&) = default;
};

// Whether two byte ranges share a byte.
inline bool overlaps(Span a, Span b) { return a.start < b.end && b.start < a.end; }

enum class TokenKind : unsigned char { word, number, punct };

// A token is its source span plus the id of its folded form in the run's
// Lexicon; the original bytes are never changed and no token owns a string.
struct Token {
    Span span;
    std::uint32_t id = 0;  // folded form (NFKC + case fold + quote/dash folding) in Document::lexicon
    TokenKind kind = TokenKind::word;
    bool capitalized = false;  // first letter upper case in the original
};

// Paragraphs and sentences are ranges of the one token array of their
// document, Document::tokens.
struct TokenRange {
    std::size_t first = 0;
    std::size_t end = 0;
    std::size_t size() const { return end - first; }
    bool empty() const { return end <= first; }
};

struct Sentence {
    Span span;
    std::size_t first_token = 0;  // index into Document::tokens
    std::size_t end_token = 0;
};

struct Paragraph {
    int id = 0;
    Span span;
    std::vector<Sentence> sentences;
    TokenRange tokens;
    bool in_article = true;
};

// Where the text of a document came from when it is not the file's own
// UTF-8 bytes: decoded (UTF-16) or extracted (an HTML page, a PDF, a DOCX).
// For an HTML page, `bytes` keeps the page and `pieces` map every byte of
// Document::text back into it, so a span is shown at its line and column in
// the HTML source (report: line_col).
struct SourcePiece {
    std::size_t text = 0;    // first byte of the piece in Document::text
    std::size_t source = 0;  // where it starts in SourceMap::bytes
    bool verbatim = true;    // copied byte for byte (else: one entity, a collapsed space, a break)
};
struct SourceMap {
    std::string format;  // "utf-16le", "utf-16be", "html", "pdf", "docx"
    std::string bytes;   // html only: the page as read
    std::vector<SourcePiece> pieces;  // html only: in text order
};

// One file as read: its bytes and what segment found in them.
struct Document {
    std::string name;  // label shown in reports (file stem)
    std::string path;
    // "zh", "ja", "ru", "kk", "en", or "und" (segment: detect_language), or
    // what the user gave (--lang)
    std::string language = "und";
    std::string text;  // original bytes, BOM and CRLF kept (or the text decoded or extracted: `source`)
    std::optional<SourceMap> source;  // set when `text` is not the file's own bytes
    std::vector<Paragraph> paragraphs;
    std::vector<Token> tokens;  // every token in reading order
    // Reading aids printed inside the text: pinyin in brackets after the Han
    // characters it spells ("學(xué)生"), found by normalize. Their bytes
    // stay in `text`; no token is made of them and facts do not read them.
    std::vector<Span> annotations;
    // The run's string table (shared by every document compared together),
    // set by normalize.
    std::shared_ptr<const Lexicon> lexicon;

    std::span<const Token> tokens_of(const Paragraph& p) const {
        return std::span<const Token>(tokens).subspan(p.tokens.first, p.tokens.size());
    }
    std::string_view folded(const Token& t) const { return lexicon->folded(t.id); }
};

enum class Status { aligned, unrelated };

// How a figure's number is qualified; classes of wordings (docs/facts.md).
enum class Qualifier { none, approximate, lower_bound, upper_bound, exact };

// How a quotation was found in another rendering.
enum class QuoteMatch { exact, punctuation_only, altered, not_found, not_checked };

// What an aligned rendering is, judged sentence by sentence against the
// base over the span it covers (docs/how-it-works.md, forms): all of it
// (full), part of it with little of its own (partial: abridged, a summary,
// an excerpt), the article's sentences among much text of its own
// (report: a wire story quoting it), or near-identical to another
// rendering (copy).
enum class Form { full, partial, report, copy };

struct Rendering {
    Document doc;
    Status status = Status::aligned;
    std::string reason;     // why unrelated, or why degraded
    double coverage = 0.0;  // share of the base article's paragraphs it renders
    Form form = Form::full;
    int copy_of = -1;       // for a copy: the rendering it copies (the base when it is one)
    double rendered = 0.0;  // share of the base's sentences, within the rows it covers, that it renders
    double own = 0.0;       // share of its own article sentences with no counterpart in the base
    // Where the page is cut: the byte offset at which its article stops
    // mid-sentence or mid-word (`cut_end`), or begins mid-sentence
    // (`cut_start`). Nothing beyond a cut is reported missing.
    std::optional<std::size_t> cut_end, cut_start;
};

// One unit of meaning: for each rendering the paragraph ids it contributes.
struct Row {
    std::vector<std::vector<int>> cells;
    double similarity = 0.0;
};

enum class Severity { high, medium, low };

// What a discrepancy is about; the JSON "kind" field (docs/json.md).
enum class Kind { figure, qualifier, name, title, term, quote, omission, addition, phrasing, wording };

// Which finding of its kind a discrepancy is: decides its message.
enum class Finding {
    figure_differs,       // same quantity, another value in the same place
    figure_one_sided,     // a figure with no counterpart
    qualifier_differs,    // same value, another qualifier class
    name_differs,         // another name or title (also kind title)
    name_variant,         // the same name spelled differently
    name_fuller,          // the same name in a fuller form
    name_rank,            // the same name under another rank or title
    diacritics_differ,    // the same words, one side without the other's diacritics ("Jovanović" / "Jovanovic")
    term_differs,         // a recurring term rendered with other words ("golden partnership" / "steady partnership")
    term_variant,         // a recurring term spelled differently (hyphen, space, case)
    quote_reworded,       // a quotation whose counterpart is worded differently
    quote_not_found,      // a quotation with no counterpart
    sentence_one_sided,   // omission or addition: a sentence only one side has
    sentence_elided,      // a sentence one side cuts with an elision mark ("…", "[...]")
    paragraph_one_sided,  // omission or addition: a paragraph only some renderings have, inside the others' span
    sentence_reworded,    // a sentence each side says in entirely other words
    sentence_repeated,    // a sentence one rendering prints twice, the others once
    wording_differs,      // the row's wording differs (the word diff shows where)
    // kind wording: the smallest run inside a matched sentence pair
    negation_differs,     // one side negates what the other states ("has not" / "has")
    modality_differs,     // another modal verb ("must" / "may")
    tense_differs,        // an auxiliary of another tense ("will pay" / "paid")
    person_differs,       // a pronoun of another person ("we" / "I")
    modifier_one_sided,   // 1-3 words only one side has ("even stronger" / "strong")
    words_one_sided,      // a longer run only one side has
    words_replaced,       // a run said with other words ("high-level" / "high-ranking")
    word_doubled,         // a word printed twice
    text_inserted,        // text in another script or a web address inside a shared sentence
    sentence_differs,     // a sentence pair too different to point at runs, or with too many
};

struct SpanRef {
    int rendering = 0;
    Span span;
};

// With three or more renderings in a row, the one that disagrees with all
// the others, and what they say instead.
struct Outlier {
    int odd = 0;          // the rendering that is the odd one out
    int agreeing = 0;     // how many renderings say `says`
    int present = 0;      // renderings with a cell in the row
    SpanRef says;         // where one of the agreeing renderings says it
};

struct Discrepancy {
    Kind kind = Kind::phrasing;
    Finding finding = Finding::wording_differs;
    Severity severity = Severity::low;
    int row = 0;
    // The spans concerned; where two sides are compared, the left side of
    // the pair first (the base, or the lower index of two non-base
    // renderings), then the right side. Spans after those (after the first
    // one of a one-sided finding) are other renderings that say the same as
    // one of them, folded in from the comparison of another pair.
    std::vector<SpanRef> spans;
    // Renderings compared against: for a one-sided finding those that lack
    // a counterpart, in order; for a pairwise finding the right side.
    std::vector<int> against;
    // Figures: the qualifier of each span's figure, parallel to spans.
    std::vector<Qualifier> qualifiers;
    // Share in [0, 1]: name similarity, a row's similarity, or the share of
    // a one-sided sentence's content words found on the other side.
    double score = 0;
    // Names and titles: the cue word of a work's title ("film"), if any.
    std::string work;
    std::optional<Outlier> outlier;
    // Composed once, last, from the fields above; nothing reads it back.
    std::string message;
    // "d-" and 12 hex digits, the same for the same finding in another run
    // or another version of the article (assign_ids, docs/json.md): what a
    // reviewer's marks are kept under.
    std::string id;
};

const char* to_string(Kind);
const char* to_string(Finding);

// Why part of the input was not compared; every note means the comparison
// is incomplete.
enum class NoteReason {
    diff_too_large,       // a cell pair past the word-diff limit: row, rendering, counts = token counts
    quotes_not_checked,   // quotation look-ups skipped: counts = {how many, limit in bytes}
    // renderings in different languages are compared: their wording is not
    // (informative: the rest is checked)
    wording_across_languages,
};

struct Note {
    NoteReason reason = NoteReason::diff_too_large;
    int row = -1;        // -1 when the note is not about one row
    int rendering = -1;  // -1 when the note is not about one rendering
    std::vector<std::size_t> counts;
    std::string text;    // composed from the other fields
    int left = -1;       // diff_too_large of two non-base renderings: the left one (-1: the base)
};

const char* to_string(NoteReason);

enum class EditOp { same, removed, added, changed };

// A run of tokens the word diff found equal in both cells, only in the left
// cell (removed), only in the other cell (added), or replaced (changed: a
// removed run directly followed by an added one). Spans are byte ranges in
// the left rendering (the base, for every diff a report shows) and the other
// rendering; empty on the side a run is absent from.
struct Edit {
    EditOp op = EditOp::same;
    Span base;   // in the diff's left rendering
    Span other;
};

// The word diff of one rendering's cell against another's: against the base
// cell (left == base: the diffs reports show), or between two non-base
// renderings (left < rendering), which only the discrepancy finders read.
struct CellDiff {
    int row = 0;
    int rendering = 0;  // the right side: never the base
    std::vector<Edit> edits;
    int left = 0;  // the left side: the base, or a non-base rendering of lower index
    // The two cells are in different languages: no word diff (wording is
    // not judged across languages), and the pair counts as changed.
    bool across = false;
};

// A quotation in one rendering looked up in another: exact,
// punctuation_only, altered, not_found or not_checked, and where it was found.
struct QuoteFinding {
    int rendering = 0;
    QuoteMatch match = QuoteMatch::not_found;
    Span span;  // in `rendering`; empty when not found
};

struct QuoteCheck {
    int rendering = 0;
    Span span;  // the quoted text, inside the marks
    std::vector<QuoteFinding> findings;  // one per other aligned rendering
};

// One link of a sentence alignment inside a row: indices into the two
// cells' sentence lists (align.hpp: cell_sentences), 1:1, 1:2, 2:1, or one
// side alone.
struct SentenceLink {
    std::vector<std::size_t> base;
    std::vector<std::size_t> other;
    double sim = 0;  // content-word similarity of the two sides, 0 when one-sided
};

// The one result handed from the engine to every renderer.
struct Comparison {
    std::vector<Rendering> renderings;
    int base = 0;
    std::vector<Row> rows;
    std::vector<CellDiff> diffs;  // every pair of cells in each row; renderers show those with left == base
    // Parallel to diffs: the pair's sentences linked (SentenceLink::base
    // indexes the left cell's sentences); empty where the cells are the same
    // words, whose sentences pair one to one.
    std::vector<std::vector<SentenceLink>> sentence_links;
    std::vector<Discrepancy> discrepancies;
    std::vector<QuoteCheck> quotes;
    std::vector<Note> notes;  // degradations, with reasons

    std::string_view text(int rendering, Span s) const {
        return std::string_view(renderings[rendering].doc.text).substr(s.start, s.size());
    }
};

// "cut off at the end", "cut off at the start", "cut off at both ends", or "".
const char* cut_off_label(const Rendering&);
// What a non-base aligned rendering is, for a reader: "full rendering",
// "partial rendering (62% of the base's sentences)", "report (55% of its
// sentences its own)", "copy of NAME"; "" for the base and unrelated ones.
std::string form_label(const Comparison& c, int rendering);

const char* to_string(Severity);
const char* to_string(Status);
const char* to_string(Form);
const char* to_string(Qualifier);
const char* to_string(QuoteMatch);

}  // namespace parallax
