// Small views over a Comparison that more than one renderer shows.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "parallax/model.hpp"

namespace parallax::report {

// Discrepancies per severity, indexed by Severity.
std::array<std::size_t, 3> severity_counts(const Comparison& c);

// "2 renderings, 15 rows, 23 discrepancies (2 high, 10 medium, 11 low)"
std::string summary_line(const Comparison& c);

// The text of a cell: its paragraphs joined by a blank line.
std::string cell_text(const Comparison& c, int rendering, const std::vector<int>& ids);

}  // namespace parallax::report

namespace parallax::report {

// 1-based line and column of a byte offset. Lines end at '\n' (so CRLF
// counts once); the column counts characters (Unicode code points) or bytes
// (as vim's %c, Emacs's compilation mode with byte columns, grep and
// ripgrep: docs/report.md) from the line start, a leading byte-order mark
// not counted.
struct LineCol {
    std::size_t line = 1;
    std::size_t col = 1;
};
enum class Columns { characters, bytes };

// Line and column of byte `byte` of doc.text, counted in the file as an editor
// opens it: for an HTML page, where that byte is written in the page's
// source (Document::source); else in the text itself (a UTF-16 file as
// decoded; a PDF's or DOCX's extracted text).
LineCol line_col(const Document& doc, std::size_t byte, Columns cols = Columns::characters);

// line_col for many bytes of one document: where each line starts is found
// once, so a look-up is a binary search and a count within its line. The
// list, CSV and facts reports place every finding; a scan from the top of
// the file for each made them quadratic on a book. Holds views of `doc`.
class DocumentLines {
public:
    explicit DocumentLines(const Document& doc);
    LineCol operator()(std::size_t byte, Columns cols = Columns::characters) const;

private:
    const Document* doc_;
    std::string_view text_;             // the bytes lines are counted in: the page's source, or doc.text
    std::vector<std::size_t> starts_;  // the first byte of each line of text_
};

// Where a discrepancy points: its first span, or the start of its row's
// first cell when it has none. rendering = -1 when there is nothing at all.
struct Location {
    int rendering = -1;
    std::size_t byte = 0;
};
Location locate_discrepancy(const Comparison& c, const Discrepancy& d);

// A shape per severity, so severity never rests on colour alone.
const char* severity_symbol(Severity s);

// Kinds in first-seen order with counts per severity (indexed by Severity).
struct KindCount {
    Kind kind = Kind::phrasing;
    std::array<std::size_t, 3> n{};
};
std::vector<KindCount> kind_counts(const Comparison& c);

}  // namespace parallax::report

namespace parallax::report {

// At most `max_chars` code points of `s`, with "…" when cut; never splits a
// UTF-8 sequence. Runs of whitespace (newlines included) become one space.
std::string clip(std::string_view s, std::size_t max_chars);

}  // namespace parallax::report
