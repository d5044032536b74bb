// report: the json renderer. Takes the finished Comparison and a stream;
// computes nothing the engine did not.
#pragma once

#include <ostream>

#include "parallax/compare.hpp"
#include "parallax/model.hpp"

namespace parallax::report {

// The JSON contract of docs/json.md: renderings with paragraphs, rows,
// discrepancies, plus word diffs and notes.
void write_json(const Comparison& c, std::ostream& out);

}  // namespace parallax::report
