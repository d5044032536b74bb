// Chinese names written in Russian (the Palladius system: Ван Сяомин,
// Чжао Лицзянь, Ван Бин) read back as toneless pinyin, so a Russian rendering
// of a Chinese name meets its Han characters (王小明 "wang" "xiao" "ming") and
// its Latin spelling (Wang Xiaoming). Data: lib/src/facts/palladius.cpp.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace parallax::facts_detail {

// `word`: one Cyrillic word in lower case. Its pinyin syllables when the
// whole word splits into Palladius syllables (the longest syllable first at
// each place, backing off when the rest does not split): "цзиньпин"
// {"jin", "ping"}, "кэцян" {"ke", "qiang"}; empty when it does not split
// ("москва") or is not Cyrillic. A hard sign or apostrophe between two
// syllables is a separator (Сюнъань "xiong" "an"); ё reads as е.
std::vector<std::string_view> palladius_syllables(std::string_view word);

// The syllables joined ("цзиньпин" "jinping"); "" when the word does not split.
std::string palladius_pinyin(std::string_view word);

}  // namespace parallax::facts_detail
