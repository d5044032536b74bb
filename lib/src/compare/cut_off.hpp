// Findings that only say a cut-off page stops (or starts) where it does.
#pragma once

#include <string_view>
#include <vector>

#include "parallax/model.hpp"

namespace parallax {

// Drops what lies beyond a rendering's cut: a base sentence, quotation or
// figure past the point where its word diff last matched, quotations looked
// up in it from rows past its end, its own quotation or name cut mid-word,
// and another rendering's additions past the base's own cut.
void drop_beyond_cuts(const Comparison& c, std::vector<Discrepancy>& out);

// Whether `s` (trailing blanks aside) ends a sentence: . ! ? or …, perhaps
// inside closing quotes or brackets; with `closer_alone`, a closing quote or
// bracket by itself ends one too (a quoted line).
bool ends_sentence(std::string_view s, bool closer_alone);

}  // namespace parallax
