#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "parallax/facts.hpp"

using namespace parallax;

// Currencies, minor units, ranges and scale abbreviations: two ways of
// writing one amount must read as the same value, and a changed amount,
// currency, scale or range end must not.

namespace {

// The one figure in `text`; fails the test if there is not exactly one.
Figure only_figure(const std::string& text) {
    auto figs = find_figures(text);
    INFO(text);
    REQUIRE(figs.size() == 1);
    return figs[0];
}

struct Pair {
    const char* a;
    const char* b;
    bool same;
};

// Both phrases in the same sentence frame, so that context is equal too.
void check_pairs(const std::vector<Pair>& pairs, const char* frame_before, const char* frame_after) {
    for (const Pair& p : pairs) {
        std::string ta = std::string(frame_before) + p.a + frame_after;
        std::string tb = std::string(frame_before) + p.b + frame_after;
        Figure fa = only_figure(ta), fb = only_figure(tb);
        INFO(p.a << " | " << p.b << "  (" << fa.unit << " " << fa.exact << " " << fa.value << " / " << fb.unit << " "
                 << fb.exact << " " << fb.value << ")");
        CHECK(fa.text == p.a);
        CHECK(fb.text == p.b);
        CHECK(same_value(fa, fb) == p.same);
        CHECK(same_value(fb, fa) == p.same);
    }
}

}  // namespace

// Sources (facts only, each pair rewritten as a same/different test):
//  [D]  facebook/duckling Duckling/AmountOfMoney/EN/Corpus.hs
//  [R]  microsoft/Recognizers-Text Specs/NumberWithUnit/English/CurrencyModel.json
//  [RN] microsoft/Recognizers-Text Specs/Number/English/NumberRangeModel.json
//  [RS] microsoft/Recognizers-Text Specs/Number/English/NumberModel.json
//  [P]  scrapinghub/price-parser tests/test_price_parsing.py (amounts with a point or
//       space grouping; the other form is the amount with the currency's name)
//  [N]  savoirfairelinux/num2words tests/test_en.py (to_currency)
//  [T]  allo-media/text2num tests/test_text_to_num_en.py
// "different" pairs change one digit, the scale or the currency of a sourced amount.
TEST_CASE("money: the same amount in two forms, and a changed one", "[facts]") {
    const std::vector<Pair> pairs = {
        // symbols and codes, before and after the number [D]
        {"$10", "10$", true},
        {"$10", "$ 10", true},
        {"$10", "ten dollars", true},
        {"$1", "one dollar", true},
        {"$10K", "$10,000", true},
        {"10k$", "$10,000", true},
        {"USD3.14", "3.14US$", true},
        {"US$ 3.14", "USD3.14", true},
        {"US$3.14", "US$3.41", false},
        {"20€", "20 euros", true},
        {"20 €", "EUR 20", true},
        {"20 Euros", "EUR 20.0", true},
        {"20€", "20 dollars", false},
        {"£10", "ten pounds", true},
        {"£10", "ten euros", false},
        {"Rs. 20", "20 Rupees", true},
        {"Rs 20", "Rs20", true},
        {"Rs20", "20Rs", true},
        {"Rs. 20", "20 dollars", false},
        {"GBP3.01", "GBP 3.01", true},
        {"GBP3.01", "GBP 3.10", false},
        {"42 KWD", "42 kuwaiti Dinar", true},
        {"42 LBP", "42 Lebanese Pounds", true},
        {"42 LBP", "42 pounds", false},
        {"42 QAR", "42 qatari riyals", true},
        {"42 QAR", "42 saudi riyals", false},
        {"42 MYR", "42 RM", true},
        {"RM42", "42 malaysian ringgits", true},
        {"MYR 42", "42 ringgit", true},
        {"ten shekels", "10 ILS", true},
        {"10 riyals", "10 SAR", true},
        {"10 rials", "10 IRR", true},
        {"10 rials", "10 riyals", false},
        // minor units: one figure, not two [D] [N] [T]
        {"$20 and 43c", "20 dollars 43 cents", true},
        {"20 dollar 43c", "twenty dollar 43 cents", true},
        {"$20 and 43c", "20 dollars 34 cents", false},
        {"20 ringgit and 43 sen", "RM20.43", true},
        {"3 GBP 1 pence", "GBP3.01", true},
        {"one dollar and one cent", "$1.01", true},
        {"one dollar and one cent", "$1.10", false},
        {"thirty-eight dollars and 40 cents", "$38.40", true},
        {"thirty-eight dollars and 40 cents", "$38.04", false},
        {"forty five hundred thirty eight dollars and eighteen cents", "4538 dollars and 18 cents", true},
        {"4538 dollars and 18 cents", "$4,538.18", true},
        {"4538 dollars and 18 cents", "$4,538.81", false},
        {"two dollars and fifty cents", "$2.50", true},
        {"two dollars and fifty cents", "$2.05", false},
        {"$2.50", "$2.05", false},
        {"more than 1 dollar and forty-two cents", "over 1.42 dollars", true},
        {"above 1 dollar and 42 cents", "at least $1.42", true},
        // currencies named with their country [R] [D]
        {"C$16.4 million", "16.4 million Canadian dollars", true},
        {"C$16.4 million", "16.4 million U.S. dollars", false},
        {"HK$10.05 billion", "10.05 billion Hong Kong dollars", true},
        {"125 million Australian dollars", "A$125 million", true},
        {"10,000 Swiss francs", "CHF 10,000", true},
        {"10,000 Swiss francs", "CHF 100,000", false},
        {"100 Chinese yuan", "100 yuan", true},
        {"100 Chinese yuan", "100 yen", false},
        {"10 Turkish lira", "TRY 10", true},
        {"10 Turkish lira", "TRY 100", false},
        {"450,000 yen", "JPY 450,000", true},
        {"four thousand seven hundred and seventy-eight US dollars", "US$4,778", true},
        {"US$41 billion", "41 billion U.S. dollars", true},
        {"US$41 billion", "US$14 billion", false},
        {"£7", "seven pounds", true},
        {"£7", "GBP 7", true},
        {"NZ$5 million", "5 million New Zealand dollars", true},
        {"R$5 million", "5 million Brazilian reais", true},
        {"5 million Mexican pesos", "MXN 5 million", true},
        {"5 million pesos", "MXN 5 million", true},
        {"5 million pesos", "5 million euros", false},
        // the yen sign: yen or yuan
        {"¥300", "300 yen", true},
        {"¥300", "300 yuan", true},
        {"¥300", "400 yen", false},
        {"JP¥300", "300 yen", true},
        {"JP¥300", "300 yuan", false},
        // shop prices with a symbol or code [P]
        {"₪ 115", "115 shekels", true},
        {"₪ 115", "₪98", false},
        {"฿ 3.3900", "3.39 Thai baht", true},
        {"880,000 ₫", "880,000 Vietnamese dong", true},
        {"A$190.00", "190 Australian dollars", true},
        {"€ 11.69", "11.69 euros", true},
        {"€ 11.69", "€ 11.96", false},
        {"£ 8.29", "8.29 pounds", true},
        {"$ 119,999", "$119,999", true},
        {"AED 8000", "8,000 UAE dirhams", true},
        {"3 250 000 €", "€3.25 million", true},
        {"CHF 47.00", "47 Swiss francs", true},
        {"9 800 Kč", "CZK 9,800", true},
        {"49 Kč", "49 Czech korunas", true},
        {"1849.00 zł", "PLN 1,849", true},
        {"HUF 39900", "39,900 Hungarian forints", true},
        {"$0.31", "$1.06", false},
        // symbols from bengourley/currency-symbol-map map.js, names from Unicode CLDR en
        {"₹ 2,500", "2500 rupees", true},
        {"₺ 50", "50 Turkish lira", true},
        {"₩ 5,000", "5,000 South Korean won", true},
        {"100 kr", "100 Swedish kronor", true},
        {"100 kr", "100 Norwegian kroner", true},
        {"100 Swedish kronor", "100 Norwegian kroner", false},
    };
    check_pairs(pairs, "The council said ", " was spent on the programme.");
}

// "¥" is yen or yuan: a text that names only one of them elsewhere decides it.
TEST_CASE("money: the yen sign takes the reading the same text gives", "[facts]") {
    auto yen = find_figures("Tokyo pledged ¥300 billion, on top of the 500 yen fee.");
    REQUIRE(yen.size() == 2);
    CHECK(yen[0].unit == "JPY");
    auto yuan = find_figures("Beijing pledged ¥300 billion, on top of the 500 yuan fee.");
    REQUIRE(yuan.size() == 2);
    CHECK(yuan[0].unit == "CNY");
    auto both = find_figures("It cost ¥300, or 500 yen, or 20 yuan.");
    REQUIRE(both.size() == 3);
    CHECK(both[0].unit == "CNY|JPY");
    CHECK(same_unit("CNY|JPY", "JPY"));
    CHECK(same_unit("CNY", "CNY|JPY"));
    CHECK_FALSE(same_unit("CNY", "JPY"));
    CHECK_FALSE(same_unit("USD", "CNY|JPY"));
}

TEST_CASE("money: amounts with minor units are one figure", "[facts]") {
    Figure f = only_figure("He paid two dollars and fifty cents for it.");
    CHECK(f.kind == FigureKind::money);
    CHECK(f.unit == "USD");
    CHECK(f.value == Approx(2.5));
    CHECK(f.text == "two dollars and fifty cents");
    Figure g = only_figure("He paid $20 and 43c for it.");
    CHECK(g.exact == "2043e-2");
    // cents above 99 are no minor part; "and" then another count stays apart
    CHECK(find_figures("He paid 5 dollars and 150 cents.").size() == 2);
    CHECK(find_figures("He paid 5 dollars and 3 people came.").size() == 2);
    // a scaled amount takes no cents
    CHECK(find_figures("It cost $2 million and 50 cents.").size() == 2);
}

TEST_CASE("money: a currency-like word that is no currency", "[facts]") {
    // "won" only after a scale or with its country; "real" only with its country
    for (const Figure& f : find_figures("Of the 10 candidates, 6 won seats.")) CHECK(f.unit.empty());
    CHECK(only_figure("They found 10 real problems.").unit.empty());
    CHECK(only_figure("It cost 5 billion won in total.").unit == "KRW");
    // an ISO code that is also an English word, in a headline in capitals
    CHECK(only_figure("WE TRY 10 TIMES").unit.empty());
    CHECK(only_figure("The fee was TRY 10 in all.").unit == "TRY");
}

TEST_CASE("money: currency prefixes are not names", "[facts]") {
    for (const char* text : {"The bill was C$16.4 million in all.", "The bill was Rs. 20 in all.",
                             "The bill was HK$10 in all.", "The bill was USD 200 in all."}) {
        INFO(text);
        CHECK(find_names(text).empty());
    }
}

// [RN] [D], and "X to Y" / "between X and Y" read as ranges.
TEST_CASE("ranges: the same range in two forms, and a changed end", "[facts]") {
    const std::vector<Pair> pairs = {
        {"between 20 and 30", "20-30", true},
        {"between 20 and 30", "20 to 30", true},
        {"20-30", "20 to 30", true},
        {"between 20 and 30", "20-40", false},
        {"1000-5000", "1000–5000", true},
        {"1000 - 5000", "1,000 to 5,000", true},
        {"1000-5000", "1000–6000", false},
        {"from 200 to 3000000", "200 to 3 million", true},
        {"5k-20k", "5,000-20,000", true},
        {"5k-20k", "5,000-25,000", false},
        {"from one thousand to one thousand and five hundred", "1,000 to 1,500", true},
        {"from one thousand to one thousand and five hundred", "1,000 to 1,050", false},
        {"between 10 and 20 dollars", "from 10 to 20 dollars", true},
        {"10-20 dollars", "between 10 dollars and 20 dollars", true},
        {"from 10 dollars to 20 dollars", "$10-$20", true},
        {"from 10 dollars to 20 dollars", "$10-$12", false},
        {"between 1.1 and 1.3 dollars", "$1.1-$1.3", true},
        {"between 1.1 and 1.3 dollars", "$1.1-$1.8", false},
        {"10-20 dollars", "between 10 euros and 20 euros", false},
        {"about $10-$20", "around 10-20 dollars", true},
        {"between 10 and 20 million", "10-20 million", true},
        {"US$10-20 billion", "between $10 billion and $20 billion", true},
        {"20% to 30%", "20-30%", true},
        {"between 20 and 30 percent", "20-30%", true},
        {"20-30", "20", false},
        {"5", "5-8", false},
    };
    check_pairs(pairs, "The report said the figure was ", " in the period.");
}

TEST_CASE("ranges: what a range is and is not", "[facts]") {
    Figure r = only_figure("They expect 10 to 15 people.");
    CHECK(r.kind == FigureKind::range);
    CHECK(r.value == 10);
    CHECK(r.value_hi == 15);
    CHECK(r.context == "people");
    Figure y = only_figure("The plan ran from 2019 to 2021 in the region.");
    CHECK(y.kind == FigureKind::range);
    CHECK(y.text == "from 2019 to 2021");
    CHECK(y.exact == "2019-2021");
    CHECK(same_value(y, only_figure("The plan ran 2019-2021 in the region.")));
    CHECK(same_value(y, only_figure("The plan ran between 2019 and 2021 in the region.")));
    // a fall is two figures, not a range (the end must exceed the start)
    CHECK(find_figures("It fell from 100 to 80 last year.").size() == 2);
    // a date after "to" is a date, not the end of a range
    auto d = find_figures("It runs from 2 to 5 July.");
    REQUIRE(d.size() == 2);
    CHECK(d[1].kind == FigureKind::date);
    // a score or a lone "one" is no range
    CHECK(find_figures("They won 5 to 4.").size() == 2);
    CHECK(find_figures("They moved from one to another.").empty());
}

// [RS] and [D] Duckling/Numeral/EN/Corpus.hs
TEST_CASE("scales: abbreviations and the same value", "[facts]") {
    const std::vector<Pair> pairs = {
        {"2.33 k", "2,330", true},
        {"2.33 k", "2,303", false},
        {"10 tln", "10 trillion", true},
        {"10 tln", "10 billion", false},
        {"2mil", "2 million", true},
        {"2mil", "2 billion", false},
        {"1200k", "1.2 million", true},
        {"1200k", "1.2 billion", false},
        {"100K", "100,000", true},
        {"3M", "3 million", true},
        {"1.2b", "1.2 billion", true},
        {"10 bln", "10 billion", true},
        {"10 bln", "10 million", false},
    };
    check_pairs(pairs, "The report said the figure was ", " in the period.");
    // a scaled four-digit number is no year
    CHECK(only_figure("The figure was 1200k in all.").kind == FigureKind::count);
    // a lone spaced capital K or M is a unit, not a scale
    CHECK(only_figure("It was 300 K in the lab.").value == 300);
}

// [RS] Specs/Number/English/PercentModel.json
TEST_CASE("percent: 'percentage' alone is percent", "[facts]") {
    Figure a = only_figure("Turnout rose by thirty percentage in the period.");
    CHECK(a.kind == FigureKind::percent);
    CHECK(same_value(a, only_figure("Turnout rose by 30% in the period.")));
    CHECK(only_figure("Turnout rose by 3 percentage points in the period.").unit == "percentage point");
}

// [D] under/above in Duckling/AmountOfMoney/EN/Corpus.hs
TEST_CASE("qualifiers: lower than and higher than", "[facts]") {
    CHECK(only_figure("It cost lower than 7€ in all.").qualifier == Qualifier::upper_bound);
    CHECK(only_figure("It cost higher than 7€ in all.").qualifier == Qualifier::lower_bound);
}
