// Internal to facts: English number words ("Forty-one", "nine hundred and
// thirty", "a dozen", "threescore and ten", "twenty-first").
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "scan.hpp"

namespace parallax::facts_detail {

struct WordNumber {
    double value = 0;
    std::size_t end = 0;  // token index past the last number word
    bool ordinal = false;
};

// The number spelled by the words starting at token i, if any. A lone "one",
// "first" or "second" is accepted only where it reads as a number (see
// docs/facts.md); plural "dozens", "hundreds", "thousands" are not numbers.
std::optional<WordNumber> parse_number_words(const std::vector<Tok>& t, std::size_t i);

// "million" -> 1e6 etc. for a scale word written after digits ("12 billion",
// "1.2m", "$41bn"); 0 if the word is not a scale. `attached`: no space before.
double scale_word(std::string_view folded, bool attached);

}  // namespace parallax::facts_detail
