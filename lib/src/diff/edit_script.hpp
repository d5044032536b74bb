// The only doorway to dtl: an edit script between two sequences of ids.
#pragma once

#include <cstdint>
#include <vector>

namespace parallax::diff {

enum class Op : std::uint8_t { common, removed, added };

// Shortest edit script (Wu's O(NP)) from `a` to `b`, one Op per element of
// a and b in order. Past `max_cost` (sequence lengths times the difference)
// the caller should not call at all: see compare's degradation rule.
std::vector<Op> edit_script(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b);

}  // namespace parallax::diff
