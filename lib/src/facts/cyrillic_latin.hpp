// Romanized Russian: whether two Latin spellings of a word can be readings of
// one Cyrillic word under the common romanization systems. Data:
// lib/src/facts/cyrillic_latin.cpp (generated from the nalgeon/iuliia schemas).
#pragma once

#include <cstddef>
#include <memory>
#include <string_view>

namespace parallax::facts_detail {

struct CyrillicSpellings {
    std::string_view cyrillic;  // a letter, or a word ending such as "ий"
    std::string_view latin;     // its spellings, '|'-separated, lower case
    bool word_end = false;      // read only at the end of a word
};

extern const CyrillicSpellings cyrillic_latin[];
extern const std::size_t cyrillic_latin_size;

// `a` and `b`: one case-folded word each (apostrophes and sign marks may be
// present or not). True when some Russian word is spelled `a` by one system
// and `b` by another, letter by letter ("Yegorov" / "Egorov",
// "Shchukin" / "Ŝukin", "Dikiy" / "Diky"). A letter that no system
// writes ("w", "q") or one letter more or less makes it false.
bool same_cyrillic_word(std::string_view a, std::string_view b);

// One word read once (the table's spellings that start at each of its
// letters), for comparing it with many: same_cyrillic_word(a, b) is
// same_cyrillic_word(*cyrillic_reading(a), *cyrillic_reading(b)).
struct CyrillicReading;
std::shared_ptr<const CyrillicReading> cyrillic_reading(std::string_view word);
bool same_cyrillic_word(const CyrillicReading& a, const CyrillicReading& b);

// `s` (case folded) is how some system writes one Russian letter with two or
// more Latin ones: "yu" (ю), "sh" (ш), "shch" (щ). Such a letter's initial
// is written with all of them ("Zh. Petrova").
bool spells_one_cyrillic_letter(std::string_view s);

}  // namespace parallax::facts_detail
