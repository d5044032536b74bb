// Which view of the table the HTML report opens with: the findings alone or
// the whole word diff. Chosen from the comparison the engine made, so the
// same input always opens the same way.
#pragma once

#include "parallax/model.hpp"

namespace parallax::report {

enum class View { findings, diff };

// The share of the words in the base pairs' word diffs (the base against each
// other rendering, rows both have) that the diff found the same, counted on
// both sides; 1 when no words were compared.
double same_word_share(const Comparison& c);

// Findings when the renderings are paraphrases, the word diff when they are
// close copies.
View default_view(const Comparison& c);

// The class of the element wrapping the table: "v-findings" or "v-diff".
const char* view_class(View v);

}  // namespace parallax::report
