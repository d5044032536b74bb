// report: the text renderer. Takes the finished Comparison and a stream;
// computes nothing the engine did not.
#pragma once

#include <ostream>

#include "parallax/compare.hpp"
#include "parallax/model.hpp"

namespace parallax::report {

struct TextOptions {
    bool color = false;
};

// A summary line, the renderings, then per row each rendering with changed
// words marked [-old-]{+new+} against the base, and the row's discrepancies.
void write_text(const Comparison& c, std::ostream& out, const TextOptions& opt = {});

}  // namespace parallax::report
