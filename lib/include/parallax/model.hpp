// The plain data that flows through the pipeline. Every stage reads and
// writes these structs; nothing here computes.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace parallax {

// Half-open byte range [start, end) into a document's original text.
struct Span {
    std::size_t start = 0;
    std::size_t end = 0;
    std::size_t size() const { return end - start; }
    bool empty() const { return end <= start; }
    friend bool operator==(const Span&, const Span&) = default;
};

enum class TokenKind { word, number, punct };

// A token keeps its source span and the folded form used for matching; the
// original bytes are never changed.
struct Token {
    Span span;
    TokenKind kind = TokenKind::word;
    std::string norm;       // NFKC + case fold + quote/dash folding
    bool capitalized = false;  // first letter upper case in the original
};

struct Sentence {
    Span span;
    std::size_t first_token = 0;  // index into Paragraph::tokens
    std::size_t end_token = 0;
};

struct Paragraph {
    int id = 0;
    Span span;
    std::vector<Sentence> sentences;
    std::vector<Token> tokens;
    bool in_article = true;
};

// One file as read: its bytes and what segment found in them.
struct Document {
    std::string name;  // label shown in reports (file stem)
    std::string path;
    std::string text;  // original bytes, BOM and CRLF kept
    std::vector<Paragraph> paragraphs;
};

enum class Status { aligned, unrelated };

struct Rendering {
    Document doc;
    Status status = Status::aligned;
    std::string reason;     // why unrelated, or why degraded
    double coverage = 0.0;  // share of the base article's paragraphs it renders
};

// One unit of meaning: for each rendering the paragraph ids it contributes.
struct Row {
    std::vector<std::vector<int>> cells;
    double similarity = 0.0;
};

enum class Severity { high, medium, low };

struct SpanRef {
    int rendering = 0;
    Span span;
};

struct Discrepancy {
    std::string kind;  // figure | qualifier | name | title | quote | omission | addition | phrasing
    Severity severity = Severity::low;
    int row = 0;
    std::vector<SpanRef> spans;
    std::string message;
};

enum class EditOp { same, removed, added, changed };

// A run of tokens the word diff found equal in both cells, only in the base
// cell (removed), only in the other cell (added), or replaced (changed: a
// removed run directly followed by an added one). Spans are byte ranges in
// the base and the other rendering; empty on the side a run is absent from.
struct Edit {
    EditOp op = EditOp::same;
    Span base;
    Span other;
};

// The word diff of one rendering's cell against the base rendering's cell.
struct CellDiff {
    int row = 0;
    int rendering = 0;  // the non-base side
    std::vector<Edit> edits;
};

// A quotation in one rendering looked up in another: exact,
// punctuation_only, altered or not_found, and where it was found.
struct QuoteFinding {
    int rendering = 0;
    std::string match;
    Span span;  // in `rendering`; empty when not found
};

struct QuoteCheck {
    int rendering = 0;
    Span span;  // the quoted text, inside the marks
    std::vector<QuoteFinding> findings;  // one per other aligned rendering
};

// The one result handed from the engine to every renderer.
struct Comparison {
    std::vector<Rendering> renderings;
    int base = 0;
    std::vector<Row> rows;
    std::vector<CellDiff> diffs;
    std::vector<Discrepancy> discrepancies;
    std::vector<QuoteCheck> quotes;
    std::vector<std::string> notes;  // degradations, with reasons

    std::string_view text(int rendering, Span s) const {
        return std::string_view(renderings[rendering].doc.text).substr(s.start, s.size());
    }
};

const char* to_string(Severity);
const char* to_string(Status);

}  // namespace parallax
