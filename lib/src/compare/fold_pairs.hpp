// Findings of two non-base renderings, folded into the findings that state
// the same difference already.
#pragma once

#include <vector>

#include "parallax/model.hpp"

namespace parallax {

// Adds each finding of `pairs` (found between two non-base renderings) to
// `out` (the base pairs' findings, merged), unless it repeats one there:
//  - a pairwise finding (two spans) whose span on either side overlaps a
//    span of a pairwise finding of the same kind and row, on the same
//    rendering, lends it its other span ("4,812" in a, where base x and b
//    differ over "4,812" / "4,821"; a third form joins too);
//  - a one-sided finding (a sentence, figure or quotation only one side has)
//    whose span overlaps a one-sided finding's span of the same kind (an
//    omission and an addition are one kind here) adds its `against`; one
//    whose span is where the word diff puts another holder's span of such
//    a finding, lacking from the same renderings, lends it its span.
// The fold is the pair's finding dropped. A finding one side of which the
// base states too (word for word where the word diff puts it; a name or
// figure anywhere in the base cell; a one-sided sentence whose content words
// the base cell has at least `overlap` of) is the base pairs' to judge, and
// so is a one-sided span a finding of its rendering's pair with the base is
// about: dropped. What no finding states is kept as a finding of its own
// (later ones may fold into it). Row wording findings are kept as they are.
void fold_pair_findings(const Comparison& c, std::vector<Discrepancy> pairs, std::vector<Discrepancy>& out, double overlap);

}  // namespace parallax
