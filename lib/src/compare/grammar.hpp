// English grammar words and word forms (grammar.cpp): negators, modals,
// tense auxiliaries, personal pronouns, prepositions, number words; and
// when two words or runs are the same words in another form.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace parallax {

// The tense an auxiliary marks. has/have/had mark the perfect: "promised" /
// "has promised" is one event, so a difference in the perfect alone is low.
enum class Tense { none, future, past, present, conditional, perfect };
// Personal pronouns and possessives, by grammatical person.
enum class Person { none, first_singular, first_plural, second, third };

bool is_negator(std::string_view w);  // "not", "never", "n't" forms
bool is_modal(std::string_view w);    // "may", "must"
Tense tense_of(std::string_view w);
Person person_of(std::string_view w);
bool is_preposition(std::string_view w);
// English number words (cardinals, ordinals, scales, and their plurals).
bool is_number_word(std::string_view w);
// 1 for "monday" to 7 for "sunday"; 0 for any other word.
int weekday_of(std::string_view w);
// A stopword or any of the above but prepositions and number words.
bool is_grammar_word(std::string_view w);

// A word with its British or American spelling made one ("organise" / "organize").
std::string spelling_key(std::string_view word);
// The letters of a run in spelling keys: equal when two runs differ only in
// case, punctuation, hyphenation, quote marks or British/American spelling.
std::string letters_key(std::string_view text);
// One word inflected differently ("pay" / "paid", "strong" / "stronger").
bool inflected(std::string_view a, std::string_view b);
// As many words on each side, pairing in order by `inflected`.
bool same_words(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b);
// The words of `longer` not paired (in order) with one of `shorter`, if
// every word of `shorter` pairs: what one side adds.
std::optional<std::vector<std::string_view>> extra_words(const std::vector<std::string_view>& longer,
                                                         const std::vector<std::string_view>& shorter);

}  // namespace parallax
