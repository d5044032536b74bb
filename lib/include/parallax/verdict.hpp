// The one verdict over a comparison, from which every command's exit status
// is mapped (in the app, never here).
#pragma once

#include "parallax/model.hpp"

namespace parallax {

enum class Verdict {
    agree,       // every rendering compared, nothing found
    differ,      // a discrepancy, or a rendering that is not of this article
    incomplete,  // nothing found, but part of the input was not compared
};

// differ wins over incomplete: what was found stays found.
Verdict verdict(const Comparison& c);

const char* to_string(Verdict v);

}  // namespace parallax
