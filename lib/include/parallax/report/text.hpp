// report: the text renderer. Takes the finished Comparison and a stream;
// computes nothing the engine did not.
#pragma once

#include <ostream>

#include "parallax/compare.hpp"
#include "parallax/model.hpp"

namespace parallax::report {

struct TextOptions {
    bool color = false;  // ANSI colours; without them changes are marked [-base-] {+other+}
    // Terminal columns for the side-by-side view (one column per aligned
    // rendering, wrapped by display width). 0 = no side-by-side: each row as
    // lines, each rendering's cell as a word diff against the base.
    int width = 0;
    // Instead of the report, the discrepancy list of report/list.hpp
    // (write_list): kept here so that one TextOptions picks the text layout.
    bool list = false;
};

// A summary line and the renderings, then the rows (side by side when
// opt.width > 0, else each cell word-diffed against the base as
// [-old-]{+new+}) with each row's discrepancies; or, with opt.list, only the
// discrepancy lines. Control characters in the input are shown (\x1b, \r;
// report/terminal.hpp), never sent to the terminal; line structure is kept.
void write_text(const Comparison& c, std::ostream& out, const TextOptions& opt = {}, unsigned jobs = 1);  // rows on `jobs` threads, same bytes

}  // namespace parallax::report
