// Chinese names in Russian (the Palladius system) read back as pinyin. The
// pairs are how Russian and English wire copy write officials' names; the
// negatives are common Russian words and surnames.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "facts/palladius.hpp"

using parallax::facts_detail::palladius_pinyin;
using parallax::facts_detail::palladius_syllables;

TEST_CASE("palladius: Chinese names in Russian read as their pinyin", "[facts]") {
    auto name = [](const std::string& surname, const std::string& given) {
        return palladius_pinyin(surname) + " " + palladius_pinyin(given);
    };
    CHECK(name("си", "цзиньпин") == "xi jinping");
    CHECK(name("ли", "кэцян") == "li keqiang");
    CHECK(name("ван", "и") == "wang yi");
    CHECK(name("мао", "нин") == "mao ning");
    CHECK(name("хуа", "чуньин") == "hua chunying");
    CHECK(name("чжао", "лицзянь") == "zhao lijian");
    CHECK(palladius_pinyin("ханчжоу") == "hangzhou");
    CHECK(palladius_pinyin("гуанчжоу") == "guangzhou");
}

TEST_CASE("palladius: the syllables are split exactly, with backtracking", "[facts]") {
    CHECK(palladius_syllables("цзиньпин") == std::vector<std::string_view>{"jin", "ping"});
    CHECK(palladius_syllables("цзинпин") == std::vector<std::string_view>{"jing", "ping"});  // no soft sign: jing
    CHECK(palladius_syllables("чуньин") == std::vector<std::string_view>{"chun", "ying"});
    CHECK(palladius_pinyin("сюнъань") == "xiongan");   // the hard sign parts two syllables
    CHECK(palladius_pinyin("кецян") == "keqiang");     // е for э after к, as some papers print it
    CHECK(palladius_pinyin("сюе") == "xue");
    CHECK(palladius_pinyin("лё") == palladius_pinyin("ле"));  // ё reads as е
    CHECK(palladius_pinyin("цзиньп").empty());         // a letter left over
    CHECK(palladius_pinyin("").empty());
    CHECK(palladius_pinyin("xi").empty());
}

TEST_CASE("palladius: common Russian words and surnames mostly do not split", "[facts]") {
    const std::vector<std::string> words = {
        "путин",  "москва",  "токаев",   "сотрудничество", "медведев", "лавров",     "россия",  "кремль",
        "песков", "шойгу",   "мишустин", "сергей",         "владимир", "дмитрий",    "иванов",  "петров",
        "сидоров", "кузнецов", "смирнов", "президент",      "министр",  "переговоры", "заявил",  "договор",
        "экономика", "визит", "глава",   "встреча",        "китай",    "также"};
    REQUIRE(words.size() == 30);
    std::vector<std::string> split;
    for (const auto& w : words)
        if (!palladius_pinyin(w).empty()) split.push_back(w);
    // пу-тин and э-ко-но-ми-ка: a word of five syllables is no name key
    CHECK(split == std::vector<std::string>{"путин", "экономика"});
    CHECK(palladius_syllables("экономика").size() == 5);
}
