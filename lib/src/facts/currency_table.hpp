// Internal to facts: currency data — ISO 4217 codes, currency signs, names
// in English with their country adjectives, minor units. Lookups on folded
// strings only; the token matchers are in currencies.cpp.
//
// A unit is an ISO 4217 code, or for a sign or name that several currencies
// share and nothing in the phrase decides (the yen sign, "pesos", "dinars"),
// their codes in alphabetical order joined by '|': "CNY|JPY".
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace parallax::facts_detail {

// "usd" -> "USD" for an ISO 4217 code in use (and RMB, NIS); "" otherwise.
std::string currency_code(std::string_view folded);
// Codes that are also English words or common names ("try", "all", "top",
// "php"): taken only where the text is not written in capitals.
bool code_is_word(std::string_view folded);

// "€" -> "EUR", "¥" -> "CNY|JPY"; "" if the mark is no currency sign.
std::string_view currency_sign(std::string_view mark);
// Letters written before "$": "us" -> "USD", "hk" -> "HKD", "c" -> "CAD".
std::string_view dollar_letters(std::string_view folded);
// Letters written before "¥": "jp" -> "JPY", "cn" -> "CNY".
std::string_view yen_letters(std::string_view folded);
// Abbreviations written before the number: "Rs" -> rupees, "RM" -> MYR.
std::string_view abbreviation_before(std::string_view word);
// Abbreviations written after the number: "zł" -> PLN, "Kč" -> CZK, "kr".
std::string_view abbreviation_after(std::string_view word);

// Every key of the tables above that match_currency_prefix reads at the
// first token of an amount: codes, signs, letters before "$" or "¥",
// abbreviations before the number (find_figures skips other tokens).
std::vector<std::string_view> currency_prefix_keys();

// A currency named in words: up to four folded words from the token after
// the number ("" past the end). `words` = how many of them the name takes.
struct NamedCurrency {
    std::string_view unit;
    std::size_t words = 0;
};
NamedCurrency currency_name(const std::array<std::string_view, 4>& folded);

// The minor unit's name ("cents", "pence", "kopecks", "sen") if it belongs to
// `unit` (or to one of its codes); every such unit is 1/100 of the major
// (ISO 4217 minor unit 2).
bool minor_unit_of(std::string_view folded, std::string_view unit);

// `a` and `b` name the same currency or unit: equal, or one is a set of codes
// that holds the other.
bool units_agree(std::string_view a, std::string_view b);

}  // namespace parallax::facts_detail
