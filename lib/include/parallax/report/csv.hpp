// report: the CSV export. Takes the finished Comparison and a stream;
// computes nothing the engine did not.
#pragma once

#include <ostream>

#include "parallax/compare.hpp"
#include "parallax/model.hpp"

namespace parallax::report {

// RFC 4180: a header, then one record per discrepancy, CRLF line ends, UTF-8
// without BOM. Columns: id, kind, severity, row, message, then the first two
// spans (rendering, file, line, column, text; line and column 1-based, the
// column in characters) and further spans as "rendering:line:column: text"
// joined by " | ". A field is quoted when it holds a comma, quote, CR or LF;
// a text field starting with = + - @ or a tab gets a leading ' so that no
// spreadsheet runs it as a formula.
void write_csv(const Comparison& c, std::ostream& out);

}  // namespace parallax::report
