// Figures in Russian text (docs/facts.md, Russian figures): scale words and
// currencies in every case form, percent, qualifiers, dates with genitive
// months. Sentences written for this test from general Russian usage.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "parallax/facts.hpp"

using namespace parallax;

namespace {

struct RuCase {
    const char* input;
    const char* text;  // expected span text
    FigureKind kind;
    double value;
    const char* unit;
    Qualifier qualifier;
};

using K = FigureKind;
using Q = Qualifier;

const std::vector<RuCase> cases = {
    {"Товарооборот достиг 41 миллиарда долларов.", "41 миллиарда долларов", K::money, 4.1e10, "USD", Q::none},
    {"Товарооборот составил 41 млрд долларов США.", "41 млрд долларов", K::money, 4.1e10, "USD", Q::none},
    {"Инвестиции превысили 500 миллионов рублей.", "500 миллионов рублей", K::money, 5e8, "RUB", Q::none},
    {"Объем вырос на 32 процента.", "32 процента", K::percent, 32, "percent", Q::none},
    {"В мероприятии участвовали около 100 человек.", "около 100", K::count, 100, "", Q::approximate},
    {"Было подписано более 30 документов.", "более 30", K::count, 30, "", Q::lower_bound},
    {"Визит состоялся 2 июля 2024 года.", "2 июля 2024", K::date, 20240702, "", Q::none},
    {"Выделено 15 тыс. тенге.", "15 тыс. тенге", K::money, 15000, "KZT", Q::none},
};

}  // namespace

TEST_CASE("figures (Russian): scale words, currencies, percent, qualifiers and dates", "[facts]") {
    const RuCase c = GENERATE(from_range(cases));
    CAPTURE(c.input);
    std::string input = c.input;
    auto figs = find_figures(input);
    REQUIRE(figs.size() == 1);
    const Figure& f = figs[0];
    CAPTURE(f.text, to_string(f.kind), f.value, f.unit, to_string(f.qualifier));
    CHECK(f.text == c.text);
    CHECK(to_string(f.kind) == std::string(to_string(c.kind)));
    CHECK(f.value == Approx(c.value).epsilon(1e-12));
    CHECK(f.unit == c.unit);
    CHECK(to_string(f.qualifier) == std::string(to_string(c.qualifier)));
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
