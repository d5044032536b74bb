// Romanized Mandarin: one name in pinyin and Wade–Giles is one name; two
// pinyin names that differ in a syllable are two. Pairs from public sources:
// the Wade–Giles names of the Boorman "Biographical Dictionary of Republican
// China" entries (xboorman.enpchina.eu, related_people pages) with their
// pinyin; the issue's own examples; University of Chicago Wade–Giles/pinyin
// conversion table for single syllables.
#include <catch2/catch.hpp>

#include "facts/romanization.hpp"
#include "parallax/facts.hpp"

using namespace parallax;
using facts_detail::compare_mandarin;
using facts_detail::MandarinMatch;

TEST_CASE("romanization: empty names are not Mandarin", "[facts]") {
    CHECK(compare_mandarin("", "") == MandarinMatch::unknown);
    CHECK(compare_mandarin("", "Deng Xiaoping") == MandarinMatch::unknown);
}

TEST_CASE("romanization: Wade-Giles syllables read as pinyin", "[facts]") {
    using facts_detail::pinyin_for_wade_giles;
    CHECK(pinyin_for_wade_giles("hsiao") == std::vector<std::string>{"xiao"});
    auto ping = pinyin_for_wade_giles("ping");  // aspiration mark left out in print
    CHECK(std::find(ping.begin(), ping.end(), "bing") != ping.end());
    CHECK(std::find(ping.begin(), ping.end(), "ping") != ping.end());
    CHECK(pinyin_for_wade_giles("p'ing") == std::vector<std::string>{"ping"});
    CHECK(pinyin_for_wade_giles("xiao").empty());
    CHECK(facts_detail::is_pinyin_syllable("zhuang"));
    CHECK_FALSE(facts_detail::is_pinyin_syllable("hsiao"));
}

TEST_CASE("romanization: one name in two systems is the same name", "[facts]") {
    const char* pairs[][2] = {
        {"Teng Hsiao-ping", "Deng Xiaoping"},  {"Chou En-lai", "Zhou Enlai"},     {"Hsinhua", "Xinhua"},
        {"Mao Tse-tung", "Mao Zedong"},        {"Liao Chung-k'ai", "Liao Zhongkai"},
        {"Ch'ü Ch'iu-pai", "Qu Qiubai"},       {"Ku Wei-chun", "Gu Weijun"},     {"Chiang K'ang-hu", "Jiang Kanghu"},
        {"Wu Hsiu-ch'üan", "Wu Xiuquan"},      {"Chou Pao-chung", "Zhou Baozhong"}, {"P'eng P'ai", "Peng Pai"},
    };
    for (auto& p : pairs) {
        INFO(p[0] << " / " << p[1]);
        CHECK(compare_mandarin(p[0], p[1]) == MandarinMatch::same);
        CHECK(compare_mandarin(p[1], p[0]) == MandarinMatch::same);
        NameMatch m = relate_names(p[0], p[1]);
        CHECK(m.relation == NameRelation::variant);
        CHECK(m.by_syllables);
    }
}

TEST_CASE("romanization: two pinyin names that differ in a syllable are two people", "[facts]") {
    const char* pairs[][2] = {{"Li Qiang", "Li Jiang"}, {"Wang Yi", "Wang Yu"}, {"Zhou Enlai", "Zhou Enlei"}};
    for (auto& p : pairs) {
        INFO(p[0] << " / " << p[1]);
        CHECK(compare_mandarin(p[0], p[1]) == MandarinMatch::different);
        NameMatch m = relate_names(p[0], p[1]);
        CHECK(m.relation == NameRelation::different);
        CHECK(m.by_syllables);
    }
}

TEST_CASE("romanization: names that are not Mandarin are left to spelling likeness", "[facts]") {
    // both read as pinyin syllables, but nothing marks either as Wade-Giles
    CHECK(compare_mandarin("Tina", "Dina") == MandarinMatch::unknown);
    CHECK(compare_mandarin("Anna Lin", "Ana Lin") == MandarinMatch::unknown);
    CHECK(compare_mandarin("Vladimir Putin", "Vladimir Putin") == MandarinMatch::unknown);
    CHECK(compare_mandarin("Peking", "Beijing") == MandarinMatch::unknown);  // postal spellings are no syllable system
}

TEST_CASE("names: case and diacritics alone make the same name", "[facts]") {
    CHECK(relate_names("Vučić", "Vucic").relation == NameRelation::same);
    CHECK(relate_names("Việt Nam", "Viet Nam").relation == NameRelation::same);
    CHECK(relate_names("Zürich", "ZURICH").relation == NameRelation::same);
}

TEST_CASE("romanization: a rank before the same name is no romanization", "[facts]") {
    // what differs is the rank, not the spelling of the name
    CHECK(compare_mandarin("President Li Qiang", "Premier Li Qiang") == MandarinMatch::unknown);
    CHECK(compare_mandarin("President of the People's Republic of China", "Chairman of the People's Republic of China") ==
          MandarinMatch::unknown);
    CHECK(compare_mandarin("Premier Chou En-lai", "Zhou Enlai") == MandarinMatch::same);
}

TEST_CASE("names: a romanized given name keeps its lower-case hyphenated syllable", "[facts]") {
    auto n = find_names("The talks between Teng Hsiao-ping and Chou En-lai ended; Liao Chung-k'ai wrote later.");
    std::vector<std::string> texts;
    for (const auto& x : n) texts.push_back(x.text);
    CHECK(std::find(texts.begin(), texts.end(), "Teng Hsiao-ping") != texts.end());
    CHECK(std::find(texts.begin(), texts.end(), "Chou En-lai") != texts.end());
    CHECK(std::find(texts.begin(), texts.end(), "Liao Chung-k'ai") != texts.end());
    // an English compound is not a syllable pair
    auto e = find_names("Officials met in Coca-cola country.");
    for (const auto& x : e) CHECK(x.text != "Coca-cola");
}
