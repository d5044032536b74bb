// similarity: how much two paragraphs (or runs of paragraphs) say the same,
// from their content words and length. locate chains documents with it and
// align builds rows with it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
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

// Two documents in different languages share no words: what survives
// translation (anchors.cpp) is numbers and dates, names in Latin letters or
// transliterated to them, and length. Their paragraphs are compared by
// profiles over such anchors, built for each pair of documents in
// different languages, of the anchors both documents hold.
struct AnchorProfiles {
    std::vector<Profile> first, second;  // the pair's lower and higher document index
};

struct Profiles {
    std::vector<std::vector<Profile>> docs;  // [document][paragraph]
    std::map<std::pair<std::size_t, std::size_t>, AnchorProfiles> across;  // keyed (lower, higher) index
    // x's paragraphs against y's when the two are in different languages,
    // else nullptr.
    const std::vector<Profile>* across_of(std::size_t x, std::size_t y) const;
};

// "zh" against "en", "ru" against "kk": a translation, not a rewording.
// "und" (a Latin text with few English stopwords) counts as English.
bool cross_language(const Document& a, const Document& b);

Profiles build_profiles(const std::vector<Document>& docs);

// Profiles of a's and b's paragraphs over the anchors both hold, weighted
// by inverse paragraph frequency within the pair; Profile::chars is the
// length in Latin letters' worth (a Han character counts three).
AnchorProfiles anchor_profiles(const Document& a, const Document& b);

// The anchors of one sentence, as keys: "n41e9" (a number), "d713" (a
// date's month and day), "wasean" (a name in Latin letters).
std::vector<std::string> anchor_keys(const Document& d, const Sentence& s);

// Length in Latin letters' worth: a Han character counts 4.5.
std::size_t length_units(std::string_view text);

// Weighted Dice over shared terms, damped when lengths differ (Gale-Church's
// observation that translations keep length). In [0, 1].
double similarity(const Profile& a, const Profile& b);
Profile merge(const Profile& a, const Profile& b);

}  // namespace parallax
