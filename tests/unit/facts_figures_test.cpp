#include <catch2/catch.hpp>

#include <cmath>
#include <string>
#include <vector>

#include "parallax/facts.hpp"

using namespace parallax;

namespace {

constexpr double same = -1;  // value_hi: equal to value

struct FigureCase {
    const char* input;
    const char* text;  // expected span text
    FigureKind kind;
    double value;
    double value_hi;
    const char* unit;
    Qualifier qualifier;
    const char* context;  // nullptr: not checked
};

using K = FigureKind;
using Q = Qualifier;

// Each sentence holds exactly one figure. Written for this test, from
// general English usage.
const std::vector<FigureCase> cases = {
    // digits, separators, decimals
    {"The bridge is 2,000 metres long.", "2,000", K::count, 2000, same, "", Q::none, "metres"},
    {"The index gained 41.5 points.", "41.5", K::count, 41.5, same, "", Q::none, "points"},
    {"A crowd of 1 200 gathered outside.", "1 200", K::count, 1200, same, "", Q::none, "gathered"},
    {"They sold 1\u202F200 tickets.", "1\u202F200", K::count, 1200, same, "", Q::none, "tickets"},
    {"The archive holds 5\u00A0000 pages.", "5\u00A0000", K::count, 5000, same, "", Q::none, "pages"},
    {"Sales rose to 1.2m units.", "1.2m", K::count, 1.2e6, same, "", Q::none, "units"},
    {"The firm employs 12,500,000 workers.", "12,500,000", K::count, 1.25e7, same, "", Q::none, "workers"},
    {"It was 0.5 degrees warmer.", "0.5", K::count, 0.5, same, "", Q::none, "degrees"},
    {"The fund holds 3.75 million shares.", "3.75 million", K::count, 3.75e6, same, "", Q::none, "shares"},
    {"The city has 5k cameras.", "5k", K::count, 5000, same, "", Q::none, "cameras"},
    {"The herd grew to 7 000 000 animals.", "7 000 000", K::count, 7e6, same, "", Q::none, "animals"},
    // ranges
    {"The survey ran during 2017-2018 across the region.", "2017-2018", K::range, 2017, 2018, "", Q::none, nullptr},
    {"The survey ran in 2017\u20132018.", "2017\u20132018", K::range, 2017, 2018, "", Q::none, ""},
    {"It was held from 2017 \u2013 2018.", "2017 \u2013 2018", K::range, 2017, 2018, "", Q::none, ""},
    {"The 2019-20 season was cut short.", "2019-20", K::range, 2019, 2020, "", Q::none, "season"},
    {"Delivery takes 5-10 days.", "5-10", K::range, 5, 10, "", Q::none, "days"},
    {"Prices rose 20-30% last year.", "20-30%", K::range, 20, 30, "percent", Q::none, nullptr},
    // percentages
    {"Turnout was 32%.", "32%", K::percent, 32, same, "percent", Q::none, ""},
    {"Turnout was 32 percent.", "32 percent", K::percent, 32, same, "percent", Q::none, ""},
    {"Turnout was 32 per cent.", "32 per cent", K::percent, 32, same, "percent", Q::none, ""},
    {"Rates rose 2.5 percentage points.", "2.5 percentage points", K::percent, 2.5, same, "percentage point", Q::none, ""},
    {"Support stood at about 40 % in May polls.", "about 40 %", K::percent, 40, same, "percent", Q::approximate, nullptr},
    {"Output fell thirty percent.", "thirty percent", K::percent, 30, same, "percent", Q::none, ""},
    // number words
    {"Thirty-two years have passed.", "Thirty-two", K::count, 32, same, "", Q::none, "years"},
    {"The club fielded eleven players.", "eleven", K::count, 11, same, "", Q::none, "players"},
    {"The school has nine hundred and thirty students.", "nine hundred and thirty", K::count, 930, same, "", Q::none, "students"},
    {"There were forty-six thousand five hundred voters.", "forty-six thousand five hundred", K::count, 46500, same, "", Q::none, "voters"},
    {"She bought a dozen eggs.", "a dozen", K::count, 12, same, "", Q::none, "eggs"},
    {"He sent three dozen roses.", "three dozen", K::count, 36, same, "", Q::none, "roses"},
    {"Our days are threescore and ten years.", "threescore and ten", K::count, 70, same, "", Q::none, "years"},
    {"Fourscore and seven years ago it began.", "Fourscore and seven", K::count, 87, same, "", Q::none, "years"},
    {"He lived to fourscore.", "fourscore", K::count, 80, same, "", Q::none, ""},
    {"The storm hit a score of villages.", "a score", K::count, 20, same, "", Q::none, nullptr},
    {"Nearly two million people voted.", "Nearly two million", K::count, 2e6, same, "", Q::approximate, "people"},
    {"They walked a hundred miles.", "a hundred", K::count, 100, same, "", Q::none, "miles"},
    {"The film shows one hundred and one dogs.", "one hundred and one", K::count, 101, same, "", Q::none, "dogs"},
    {"They fired twenty one guns.", "twenty one", K::count, 21, same, "", Q::none, "guns"},
    {"SEVENTEEN candles were lit.", "SEVENTEEN", K::count, 17, same, "", Q::none, "candles"},
    {"Two thousand and twenty-four entries arrived.", "Two thousand and twenty-four", K::count, 2024, same, "", Q::none, "entries"},
    {"He ran one mile.", "one", K::count, 1, same, "", Q::none, "mile"},
    // ordinals
    {"She won the fifth round.", "fifth", K::ordinal, 5, same, "", Q::none, "round"},
    {"It is the twenty-first century.", "twenty-first", K::ordinal, 21, same, "", Q::none, "century"},
    {"It was her 24th birthday.", "24th", K::ordinal, 24, same, "", Q::none, "birthday"},
    {"Profits fell in the first quarter.", "first", K::ordinal, 1, same, "", Q::none, "quarter"},
    {"This is the 3rd edition.", "3rd", K::ordinal, 3, same, "", Q::none, "edition"},
    {"They marked the hundredth anniversary.", "hundredth", K::ordinal, 100, same, "", Q::none, "anniversary"},
    {"It was the one hundred and first session.", "one hundred and first", K::ordinal, 101, same, "", Q::none, "session"},
    {"He began his second term.", "second", K::ordinal, 2, same, "", Q::none, "term"},
    {"It will be my fourth visit.", "fourth", K::ordinal, 4, same, "", Q::none, "visit"},
    {"The 1st prize went abroad.", "1st", K::ordinal, 1, same, "", Q::none, "prize"},
    // money
    {"Trade reached US$41 billion.", "reached US$41 billion", K::money, 4.1e10, same, "USD", Q::exact, ""},
    {"Trade was 41 billion U.S. dollars.", "41 billion U.S. dollars", K::money, 4.1e10, same, "USD", Q::none, ""},
    {"Trade was $41bn last year.", "$41bn", K::money, 4.1e10, same, "USD", Q::none, nullptr},
    {"Trade was USD 41 billion.", "USD 41 billion", K::money, 4.1e10, same, "USD", Q::none, ""},
    {"Trade was 41 billion US dollars.", "41 billion US dollars", K::money, 4.1e10, same, "USD", Q::none, ""},
    {"There is a $5 fee.", "$5", K::money, 5, same, "USD", Q::none, "fee"},
    {"The plant cost 500 million yuan.", "500 million yuan", K::money, 5e8, same, "CNY", Q::none, ""},
    {"The plant cost RMB 3 billion.", "RMB 3 billion", K::money, 3e9, same, "CNY", Q::none, ""},
    {"The budget is 2 trillion tenge.", "2 trillion tenge", K::money, 2e12, same, "KZT", Q::none, ""},
    {"The club paid \u20AC20m for him.", "\u20AC20m", K::money, 2e7, same, "EUR", Q::none, nullptr},
    {"The grant is 15 million euros.", "15 million euros", K::money, 1.5e7, same, "EUR", Q::none, ""},
    {"A ticket costs 300 roubles.", "300 roubles", K::money, 300, same, "RUB", Q::none, ""},
    {"A ticket costs 300 rubles.", "300 rubles", K::money, 300, same, "RUB", Q::none, ""},
    {"The deal is worth \u00A31.5 billion.", "\u00A31.5 billion", K::money, 1.5e9, same, "GBP", Q::none, ""},
    {"He left 10 million pounds sterling.", "10 million pounds sterling", K::money, 1e7, same, "GBP", Q::none, ""},
    {"The fine is KZT 500.", "KZT 500", K::money, 500, same, "KZT", Q::none, ""},
    {"Output hit 5 tn yuan.", "5 tn yuan", K::money, 5e12, same, "CNY", Q::none, ""},
    {"Prizes start at $5k.", "$5k", K::money, 5000, same, "USD", Q::none, ""},
    {"The war cost forty billion dollars.", "forty billion dollars", K::money, 4e10, same, "USD", Q::none, ""},
    {"He won a million dollars.", "a million dollars", K::money, 1e6, same, "USD", Q::none, ""},
    {"It costs \u20B8 2,000 a month.", "\u20B8 2,000", K::money, 2000, same, "KZT", Q::none, nullptr},
    // qualifiers
    {"The fair drew nearly 600,000 visitors.", "nearly 600,000", K::count, 6e5, same, "", Q::approximate, "visitors"},
    {"The fair drew a total of 600,000 visitors.", "a total of 600,000", K::count, 6e5, same, "", Q::exact, "visitors"},
    {"More than 300 delegates came.", "More than 300", K::count, 300, same, "", Q::lower_bound, "delegates"},
    {"It is sold in over 40 countries.", "over 40", K::count, 40, same, "", Q::lower_bound, "countries"},
    {"At least 12 people were hurt.", "At least 12", K::count, 12, same, "", Q::lower_bound, "people"},
    {"It drew upwards of 5,000 fans.", "upwards of 5,000", K::count, 5000, same, "", Q::lower_bound, "fans"},
    {"Sales exceeded 1 million units.", "exceeded 1 million", K::count, 1e6, same, "", Q::lower_bound, "units"},
    {"Growth was less than 5%.", "less than 5%", K::percent, 5, same, "percent", Q::upper_bound, ""},
    {"Trucks carry up to 20 tonnes.", "up to 20", K::count, 20, same, "", Q::upper_bound, "tonnes"},
    {"There are fewer than ten stations.", "fewer than ten", K::count, 10, same, "", Q::upper_bound, "stations"},
    {"Children under 18 travel free.", "under 18", K::count, 18, same, "", Q::upper_bound, "travel"},
    {"Inflation stayed below 3 percent.", "below 3 percent", K::percent, 3, same, "percent", Q::upper_bound, ""},
    {"It takes at most 7 days.", "at most 7", K::count, 7, same, "", Q::upper_bound, "days"},
    {"It created approximately 1,000 jobs.", "approximately 1,000", K::count, 1000, same, "", Q::approximate, "jobs"},
    {"The lake is roughly 30 kilometres wide.", "roughly 30", K::count, 30, same, "", Q::approximate, "kilometres"},
    {"Close to 90 percent agreed.", "Close to 90 percent", K::percent, 90, same, "percent", Q::approximate, "agreed"},
    {"Some 400 firms took part.", "Some 400", K::count, 400, same, "", Q::approximate, "firms"},
    {"Police found almost a dozen cases.", "almost a dozen", K::count, 12, same, "", Q::approximate, "cases"},
    {"The trip took exactly 17 minutes.", "exactly 17", K::count, 17, same, "", Q::exact, "minutes"},
    {"Investment amounted to 3.2 billion yuan.", "amounted to 3.2 billion yuan", K::money, 3.2e9, same, "CNY", Q::exact, ""},
    {"Shipments totalled 80,000 tons.", "totalled 80,000", K::count, 8e4, same, "", Q::exact, "tons"},
    {"Deliveries totaled 80,000 tons.", "totaled 80,000", K::count, 8e4, same, "", Q::exact, "tons"},
    {"The deal is worth around US$2 billion.", "around US$2 billion", K::money, 2e9, same, "USD", Q::approximate, ""},
    {"They expect 500 or more guests.", "500 or more", K::count, 500, same, "", Q::lower_bound, "guests"},
    {"Around thirty-two countries signed.", "Around thirty-two", K::count, 32, same, "", Q::approximate, "countries"},
    {"No more than 50 people may enter.", "No more than 50", K::count, 50, same, "", Q::upper_bound, "people"},
    {"They will stay 3 weeks or so.", "3", K::count, 3, same, "", Q::none, "weeks"},
    // years and dates
    {"The line opened in 2013.", "2013", K::year, 2013, same, "", Q::none, ""},
    {"The hall seats 2013 people.", "2013", K::count, 2013, same, "", Q::none, "people"},
    {"It has been free since 1991, they say.", "1991", K::year, 1991, same, "", Q::none, ""},
    {"The ban lasts until 2030.", "2030", K::year, 2030, same, "", Q::none, ""},
    {"In 2013 people voted early.", "2013", K::year, 2013, same, "", Q::none, nullptr},
    {"The 2008 crisis hurt exports.", "2008", K::year, 2008, same, "", Q::none, "crisis"},
    {"The wall stood 1,500 years.", "1,500", K::count, 1500, same, "", Q::none, "years"},
    {"Emissions peak by 2035, the plan says.", "2035", K::year, 2035, same, "", Q::none, ""},
    {"Work resumed in mid-2020.", "2020", K::year, 2020, same, "", Q::none, ""},
    {"The talks began on July 2.", "July 2", K::date, 702, same, "", Q::none, ""},
    {"The talks began on 2 July.", "2 July", K::date, 702, same, "", Q::none, ""},
    {"The talks began on July 2, 2024.", "July 2, 2024", K::date, 20240702, same, "", Q::none, ""},
    {"The talks began on 2024-07-02.", "2024-07-02", K::date, 20240702, same, "", Q::none, ""},
    {"The talks began on the 2nd of July 2024.", "2nd of July 2024", K::date, 20240702, same, "", Q::none, ""},
    {"The talks began in September 2024.", "September 2024", K::date, 20240900, same, "", Q::none, ""},
    {"The law took effect on 1 January 2020.", "1 January 2020", K::date, 20200101, same, "", Q::none, ""},
    {"The fair closes around July 20.", "around July 20", K::date, 720, same, "", Q::approximate, ""},
    {"Rules changed over 2 July.", "2 July", K::date, 702, same, "", Q::none, ""},
    {"The show opens Sept. 5 downtown.", "Sept. 5", K::date, 905, same, "", Q::none, "downtown"},
    {"The state visit is set for December 12-13 this year.", "December 12-13", K::date, 1212, 1213, "", Q::none, nullptr},
    {"The state visit ran 12\u201313 December 2023.", "12\u201313 December 2023", K::date, 20231212, 20231213, "", Q::none, ""},
};

// Sentences without any figure: pronoun "one", idioms, codes, vague plurals.
const std::vector<const char*> no_figures = {
    "One of the reasons is cost.",
    "No one came to the meeting.",
    "At first, nobody noticed.",
    "First of all, thank you.",
    "The G20 summit ended.",
    "COVID-19 cases rose.",
    "Dozens of people gathered.",
    "Hundreds of thousands marched.",
    "It was the one that got away.",
    "Wait a second.",
    "He has a score to settle.",
    "We meet at 10:30 today.",
    "It happened in the 1990s.",
    "They helped one another.",
    "The 5G network is new.",
    "A book and a pen.",
    "Some people came over to help.",
    "We talked about it for a while.",
    // a time zone is part of a time stamp, not a quantity
    "Posted at 3:36 PM GMT+7 by the desk.",
    "Updated 11:44 UTC+3.",
    "Filed at 09:10 (GMT-5).",
    // the number of a list item ("1. At the invitation of ...") counts nothing
    "1. At the invitation of the council, the mayor opened the bridge.",
    "2) The parties agreed to meet again.",
    "\"1. At the invitation of the council, the mayor opened the bridge.",
    "(3) The parties agreed to meet again.",
};

}  // namespace

TEST_CASE("figures: empty input has no figures", "[facts]") {
    CHECK(find_figures("").empty());
    CHECK(find_figures("   \n\t").empty());
}

TEST_CASE("figures: one figure per sentence, value, unit and qualifier", "[facts]") {
    const FigureCase c = GENERATE(from_range(cases));
    CAPTURE(c.input);
    std::string input = c.input;
    auto figs = find_figures(input);
    REQUIRE(figs.size() == 1);
    const Figure& f = figs[0];
    CAPTURE(f.text, to_string(f.kind), f.value, f.value_hi, f.unit, to_string(f.qualifier), f.context);
    CHECK(f.text == c.text);
    CHECK(input.substr(f.span.start, f.span.size()) == f.text);
    CHECK(to_string(f.kind) == std::string(to_string(c.kind)));
    CHECK(f.value == Approx(c.value).epsilon(1e-12));
    CHECK(f.value_hi == Approx(c.value_hi == same ? c.value : c.value_hi).epsilon(1e-12));
    CHECK(f.unit == c.unit);
    CHECK(to_string(f.qualifier) == std::string(to_string(c.qualifier)));
    if (c.context) CHECK(f.context == c.context);
}

TEST_CASE("figures: no false figures in running text", "[facts]") {
    const char* input = GENERATE(from_range(no_figures));
    CAPTURE(input);
    auto figs = find_figures(input);
    INFO("first figure: " << (figs.empty() ? std::string() : figs[0].text));
    CHECK(figs.empty());
}

TEST_CASE("figures: several figures in one paragraph keep their order and offsets", "[facts]") {
    std::string p = "Trade grew from 1.5 billion to 2.3 billion yuan in 2023, and 32% of it went by rail.";
    auto figs = find_figures(p);
    REQUIRE(figs.size() == 4);
    CHECK(figs[0].text == "1.5 billion");
    CHECK(figs[0].kind == FigureKind::count);
    CHECK(figs[1].text == "2.3 billion yuan");
    CHECK(figs[1].unit == "CNY");
    CHECK(figs[2].kind == FigureKind::year);
    CHECK(figs[3].kind == FigureKind::percent);
    for (const auto& f : figs) CHECK(p.substr(f.span.start, f.span.size()) == f.text);
    for (std::size_t i = 1; i < figs.size(); ++i) CHECK(figs[i - 1].span.end <= figs[i].span.start);
}

TEST_CASE("figures: the same fact in another form has the same value", "[facts]") {
    auto one = [](const char* s) {
        auto f = find_figures(s);
        REQUIRE(f.size() == 1);
        return f[0];
    };
    CHECK(same_value(one("32 years"), one("Thirty-two years")));
    CHECK(same_value(one("US$41 billion"), one("41 billion U.S. dollars")));
    CHECK(same_value(one("$41bn"), one("USD 41 billion")));
    CHECK(same_value(one("32%"), one("thirty-two per cent")));
    CHECK(same_value(one("nearly 600,000"), one("a total of 600,000")));  // qualifier is compared elsewhere
    CHECK(same_value(one("in 2017-2018"), one("in 2017\u20132018")));
    CHECK(same_value(one("fourth time"), one("4th time")));
    CHECK_FALSE(same_value(one("in 2013"), one("2013 people")));
    CHECK_FALSE(same_value(one("41 billion yuan"), one("41 billion dollars")));
    CHECK_FALSE(same_value(one("32 years"), one("33 years")));
    CHECK_FALSE(same_value(one("fourth visit"), one("four visits")));
}

TEST_CASE("figures: numbers too long for a double are compared by their digits", "[facts]") {
    // 309 digits and more overflow a double; 17 and more no longer tell
    // neighbours apart. Neither may make two different figures the same.
    auto one = [](const std::string& s) {
        auto f = find_figures(s);
        REQUIRE(f.size() == 1);
        return f[0];
    };
    std::string ones = "1" + std::string(320, '0');
    std::string twos = "2" + std::string(320, '0');
    Figure a = one(ones + " people"), b = one(twos + " people");
    CHECK(a.value > 1e300);  // as large as a double goes, not 0
    CHECK_FALSE(same_value(a, b));
    CHECK(same_value(a, one(ones + " people")));
    CHECK_FALSE(same_value(one("12345678901234567 people"), one("12345678901234568 people")));
    CHECK(same_value(one("12,345,678,901,234,567 people"), one("12345678901234567 people")));
    CHECK(same_value(one("1.2 billion people"), one("1,200,000,000 people")));
    CHECK(same_value(one("3.50 percent"), one("3.5 percent")));
    CHECK(same_value(one("2 dozen eggs"), one("24 eggs")));
}

TEST_CASE("figures: names of kinds and qualifiers", "[facts]") {
    CHECK(std::string(to_string(FigureKind::money)) == "money");
    CHECK(std::string(to_string(Qualifier::lower_bound)) == "lower_bound");
}

TEST_CASE("figures: a unit an editor put in brackets is the figure's unit", "[facts]") {
    // transcripts insert a word the speaker left out: "4.5 [percent]"
    auto f = find_figures("Growth was 4.5 [percent] in the spring.");
    REQUIRE(f.size() == 1);
    CHECK(f[0].kind == FigureKind::percent);
    CHECK(f[0].value == 4.5);
    CHECK(f[0].text == "4.5 [percent]");
    // a list written without spaces is no decimal: "1,2,3"; groups of three stay thousands
    CHECK(find_figures("Articles 1,2,3 apply.").size() != 1);
    auto g = find_figures("They counted 4,500 votes.");
    REQUIRE(g.size() == 1);
    CHECK(g[0].value == 4500);
}
