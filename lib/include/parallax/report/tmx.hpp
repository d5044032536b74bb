// report: the TMX 1.4 export. Takes the finished Comparison and a stream;
// computes nothing the engine did not.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "parallax/compare.hpp"
#include "parallax/model.hpp"

namespace parallax::report {

struct TmxOptions {
    // Language codes (BCP 47): one for every rendering, or one per rendering
    // in input order; a rendering without one has its document's language
    // (detect_language: "und" when undetermined).
    std::vector<std::string> langs;
};

// "zh, en" -> {"zh", "en"}; "" -> {"und"}.
std::vector<std::string> split_langs(const std::string& s);

// A translation memory: one <tu> per row and non-base aligned rendering whose
// cells are both present, holding the base's cell and that rendering's
// (paragraphs joined by a space). srclang is the base's language.
void write_tmx(const Comparison& c, std::ostream& out, const TmxOptions& opt = {});

}  // namespace parallax::report
