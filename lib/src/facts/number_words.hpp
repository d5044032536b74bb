// Internal to facts: English number words ("Forty-one", "nine hundred and
// thirty", "a dozen", "threescore and ten", "twenty-first", "seven point two
// five", "two and a half million", "nineteen ninety", "three decades") and
// the exact arithmetic that lets them compare with digits digit for digit.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "scan.hpp"

namespace parallax::facts_detail {

// A non-negative rational p/q. Word numbers hold halves, quarters, thirds
// and decimals, so a double would lose what `Figure::exact` must keep.
// `ok` is false once a step overflowed (the value is then only a double).
struct Ratio {
    long long p = 0;
    long long q = 1;
    bool ok = true;
};
Ratio ratio_add(Ratio a, Ratio b);
Ratio ratio_mul(Ratio a, Ratio b);
// "1200.5" -> 12005/10; not ok past 18 digits.
Ratio ratio_of_digits(std::string_view digits);
double ratio_value(Ratio r);
// The `Figure::exact` form ("25e4", "725e-2"); "" when the value has no
// finite decimal expansion (a third) or overflowed.
std::string exact_string(Ratio r);

struct WordNumber {
    double value = 0;
    Ratio ratio;
    std::size_t end = 0;  // token index past the last number word
    bool ordinal = false;
    // Written the way only years are spoken: two two-digit halves
    // ("nineteen ninety", "twenty twenty-four", "nineteen oh-one").
    bool year_form = false;
    // A whole number and nothing else: no fraction, decimal or period word.
    bool plain = true;
    // A period word made the value a number of years ("three decades" = 30,
    // "a century" = 100): the figure counts years whatever word follows.
    bool years = false;
};

struct NumberWordsOptions {
    // A strong year cue ("in", "since", ...) stands right before the number.
    bool year_cue = false;
    // Read two-digit pairs as years at all (off when a plural noun follows).
    bool year_pairs = true;
};

// The number spelled by the words starting at token i, if any. A lone "one",
// "first" or "second" is accepted only where it reads as a number (see
// docs/facts.md); plural "dozens", "hundreds", "thousands" are not numbers.
std::optional<WordNumber> parse_number_words(const std::vector<Tok>& t, std::size_t i,
                                             NumberWordsOptions opt = {});

// Every word parse_number_words may begin with: the number words and
// articles of its table (not "and"), and the openers of a period or
// fraction ("past", "half").
// Any other first word gives no number (find_figures skips on this).
std::vector<std::string_view> number_word_openers();

// "million" -> 1e6 etc. for a scale word written after digits ("12 billion",
// "1.2m", "$41bn", "13 lakh"); 0 if the word is not a scale. `attached`: no space before.
double scale_word(std::string_view folded, bool attached);

// " point five one", " point 1" after a whole number: the decimal digits
// written out ("51", "1"), and the token past them.
struct PointDigits {
    std::string digits;
    std::size_t end = 0;
};
std::optional<PointDigits> point_digits(const std::vector<Tok>& t, std::size_t j);

// " and a half", " and three quarters" after a number and its scale.
struct FractionTail {
    Ratio value;
    std::size_t end = 0;
};
std::optional<FractionTail> and_fraction(const std::vector<Tok>& t, std::size_t j);

// Years in a period word: decade(s) 10, century/centuries 100; else 0.
int period_years(std::string_view folded);

}  // namespace parallax::facts_detail
