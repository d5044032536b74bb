// Small views over a Comparison that more than one renderer shows.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "parallax/model.hpp"

namespace parallax::report {

// Discrepancies per severity, indexed by Severity.
std::array<std::size_t, 3> severity_counts(const Comparison& c);

// "2 renderings, 15 rows, 23 discrepancies (2 high, 10 medium, 11 low)"
std::string summary_line(const Comparison& c);

// The word diff of a row's rendering against the base, or null.
const CellDiff* diff_for(const Comparison& c, int row, int rendering);

// The text of a cell: its paragraphs joined by a blank line.
std::string cell_text(const Comparison& c, int rendering, const std::vector<int>& ids);

}  // namespace parallax::report
