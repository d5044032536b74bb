// similarity: how much two paragraphs (or runs of paragraphs) say the same,
// from their content words and length. locate chains documents with it and
// align builds rows with it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "parallax/model.hpp"

namespace parallax {

// A paragraph as a set of weighted terms (stemmed content words and numbers,
// weighted by inverse document frequency over all paragraphs given).
struct Profile {
    std::vector<std::uint32_t> terms;  // sorted, unique
    std::vector<float> weights;        // parallel to terms
    float total = 0;                   // sum of weights
    std::size_t chars = 0;             // bytes of text, for the length factor
};

struct Profiles {
    std::vector<std::vector<Profile>> docs;  // [document][paragraph]
};

Profiles build_profiles(const std::vector<Document>& docs);

// Weighted Dice over shared terms, damped when lengths differ (Gale-Church's
// observation that translations keep length). In [0, 1].
double similarity(const Profile& a, const Profile& b);
Profile merge(const Profile& a, const Profile& b);

}  // namespace parallax
