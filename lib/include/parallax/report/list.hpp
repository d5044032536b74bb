// report: the discrepancy list for editors and scripts — one line per
// discrepancy, as compilers write errors. Takes the finished Comparison and a
// stream; computes nothing the engine did not.
#pragma once

#include <ostream>

#include "parallax/compare.hpp"
#include "parallax/model.hpp"

namespace parallax::report {

struct ListOptions {
    bool color = false;  // ANSI bold location and coloured severity
};

// FILE:LINE:COL: severity: kind: message, one line per place a discrepancy
// is written: each of its spans, in every rendering it concerns, or its
// row's first cell when it has none. LINE and COL are 1-based and COL counts
// bytes, as vim's %c, grep and ripgrep do (docs/report.md); for an HTML page
// they point into the page's source. Control characters in the file name
// and the message are shown as \n, \x1b, ..., so a line of the listing is
// always exactly one place.
void write_list(const Comparison& c, std::ostream& out, const ListOptions& opt = {});

}  // namespace parallax::report
