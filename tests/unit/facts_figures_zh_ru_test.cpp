// Figures in Chinese and Russian text (docs/facts.md, Chinese figures,
// Russian figures). Chinese: digits or numerals in characters, the scales 万
// and 亿, 多 for "more than", a qualifier before, a currency or percent after,
// dates. Russian: scale words and currencies in every case form, percent,
// qualifiers, dates with genitive months. Sentences written for this test
// from general Chinese and Russian usage.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "parallax/facts.hpp"

using namespace parallax;

namespace {

struct LangCase {
    const char* input;
    const char* text;  // expected span text
    FigureKind kind;
    double value;
    const char* unit;
    Qualifier qualifier;
    const char* context;  // nullptr: not checked
};

using K = FigureKind;
using Q = Qualifier;

const std::vector<LangCase> cases = {
    {"去年双边贸易额达到410亿美元，同比增长。", "达到410亿美元", K::money, 4.1e10, "USD", Q::exact, nullptr},
    {"贸易额为1.5万亿元人民币。", "1.5万亿元人民币", K::money, 1.5e12, "CNY", Q::none, nullptr},
    {"两国贸易额同比增长32%。", "32%", K::percent, 32, "percent", Q::none, nullptr},
    {"同比增长３２％。", "３２％", K::percent, 32, "percent", Q::none, nullptr},
    {"两国友好交往有2000多年历史。", "2000多", K::count, 2000, "", Q::lower_bound, nullptr},
    {"今年是中哈建交32周年。", "32", K::count, 32, "", Q::none, "anniversary"},
    {"三十二年前，两国建交。", "三十二", K::count, 32, "", Q::none, "years"},
    {"约1.5万人参加了活动。", "约1.5万", K::count, 15000, "", Q::approximate, "people"},
    {"近百名儿童挥舞国旗。", "近百", K::count, 100, "", Q::approximate, "people"},
    {"超过四百亿美元的投资。", "超过四百亿美元", K::money, 4e10, "USD", Q::lower_bound, nullptr},
    {"习近平于2024年7月2日抵达。", "2024年7月2日", K::date, 20240702, "", Q::none, nullptr},
    {"2022年6月举行的会晤。", "2022年6月", K::date, 20220600, "", Q::none, nullptr},
    {"7月2日，代表团抵达。", "7月2日", K::date, 702, "", Q::none, nullptr},
    {"2013年，倡议提出。", "2013年", K::year, 2013, "", Q::none, nullptr},
    {"这是我第五次访问。", "第五", K::ordinal, 5, "", Q::none, "times"},
};

const std::vector<LangCase> russian = {
    {"Товарооборот достиг 41 миллиарда долларов.", "41 миллиарда долларов", K::money, 4.1e10, "USD", Q::none, nullptr},
    {"Товарооборот составил 41 млрд долларов США.", "41 млрд долларов", K::money, 4.1e10, "USD", Q::none, nullptr},
    {"Инвестиции превысили 500 миллионов рублей.", "500 миллионов рублей", K::money, 5e8, "RUB", Q::none, nullptr},
    {"Объем вырос на 32 процента.", "32 процента", K::percent, 32, "percent", Q::none, nullptr},
    {"В мероприятии участвовали около 100 человек.", "около 100", K::count, 100, "", Q::approximate, nullptr},
    {"Было подписано более 30 документов.", "более 30", K::count, 30, "", Q::lower_bound, nullptr},
    {"Визит состоялся 2 июля 2024 года.", "2 июля 2024", K::date, 20240702, "", Q::none, nullptr},
    {"Выделено 15 тыс. тенге.", "15 тыс. тенге", K::money, 15000, "KZT", Q::none, nullptr},
    // a decimal comma, as Russian writes decimals
    {"Рост составил 1,6 процента.", "1,6 процента", K::percent, 1.6, "percent", Q::none, nullptr},
    {"Оборот достиг 61,6 миллиарда долларов.", "61,6 миллиарда долларов", K::money, 6.16e10, "USD", Q::none, nullptr},
    // a unit a transcript's editor put in brackets
    {"Рост уже более 4,5 [процента] за полугодие.", "более 4,5 [процента]", K::percent, 4.5, "percent", Q::lower_bound, nullptr},
};

// Characters that are numerals inside words: none of these is a figure.
const std::vector<const char*> no_figures = {
    "推动共建一带一路高质量发展。",
    "这十分重要。",
    "千万不要忘记。",
    "万一出现问题。",
    "我们一起努力，一直向前。",
    "一些国家表示支持。",
};

}  // namespace

TEST_CASE("figures (Chinese, Russian): one figure per sentence, value, unit, qualifier and context", "[facts]") {
    const LangCase c = GENERATE(from_range(cases), from_range(russian));
    CAPTURE(c.input);
    std::string input = c.input;
    auto figs = find_figures(input);
    REQUIRE(figs.size() == 1);
    const Figure& f = figs[0];
    CAPTURE(f.text, to_string(f.kind), f.value, f.unit, to_string(f.qualifier), f.context);
    CHECK(f.text == c.text);
    CHECK(input.substr(f.span.start, f.span.size()) == f.text);
    CHECK(to_string(f.kind) == std::string(to_string(c.kind)));
    CHECK(f.value == Approx(c.value).epsilon(1e-12));
    CHECK(f.unit == c.unit);
    CHECK(to_string(f.qualifier) == std::string(to_string(c.qualifier)));
    if (c.context) CHECK(f.context == c.context);
}

TEST_CASE("figures (Chinese): numerals inside words are no figures", "[facts]") {
    const char* input = GENERATE(from_range(no_figures));
    CAPTURE(input);
    auto figs = find_figures(input);
    INFO("first figure: " << (figs.empty() ? std::string() : figs[0].text));
    CHECK(figs.empty());
}

TEST_CASE("figures (Chinese): the same amount in Chinese and in English has the same value", "[facts]") {
    auto one = [](const char* s) {
        auto f = find_figures(s);
        REQUIRE(f.size() == 1);
        return f[0];
    };
    CHECK(same_value(one("贸易额达到410亿美元。"), one("Trade reached US$41 billion.")));
    CHECK(same_value(one("贸易额达到四百一十亿美元。"), one("Trade reached 41 billion US dollars.")));
    CHECK_FALSE(same_value(one("贸易额达到400亿美元。"), one("Trade reached US$41 billion.")));
    CHECK(same_value(one("增长32%。"), one("It grew by 32 percent.")));
    CHECK(same_value(one("于2024年7月2日抵达。"), one("He arrived on July 2, 2024.")));
    CHECK(same_value(one("2022年6月举行的会晤。"), one("the meeting held in June 2022.")));
}

TEST_CASE("figures (Chinese): a number of 400 digits is read without overflow", "[facts]") {
    std::string s = "贸易额达到" + std::string(400, '9') + "亿美元。";
    std::vector<Figure> figs;
    REQUIRE_NOTHROW(figs = find_figures(s));
    REQUIRE(figs.size() == 1);
    CHECK(figs[0].exact.size() > 400);
}

TEST_CASE("figures (Russian): the same amount in Russian and in English has the same value", "[facts]") {
    auto one = [](const char* s) {
        auto f = find_figures(s);
        REQUIRE(f.size() == 1);
        return f[0];
    };
    CHECK(same_value(one("Товарооборот достиг 41 миллиарда долларов."), one("Trade reached US$41 billion.")));
    CHECK_FALSE(same_value(one("Товарооборот достиг 40 миллиардов долларов."), one("Trade reached US$41 billion.")));
    CHECK(same_value(one("Визит состоялся 2 июля 2024 года."), one("The visit took place on July 2, 2024.")));
}
