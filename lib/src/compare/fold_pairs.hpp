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
//    differ over "4,812" / "4,821");
//  - a one-sided finding (a sentence, figure or quotation only one side has)
//    whose span overlaps a one-sided finding's span of the same kind (an
//    omission and an addition are one kind here) adds its `against`; one
//    whose span is where the word diff puts another holder's span of such
//    a finding, lacking from the same renderings, lends it its span.
// The fold is the pair's finding dropped; what no finding states is kept as
// a finding of its own (the later ones may fold into it). Wording findings
// are kept as they are.
void fold_pair_findings(const Comparison& c, std::vector<Discrepancy> pairs, std::vector<Discrepancy>& out);

}  // namespace parallax
