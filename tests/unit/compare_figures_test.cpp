// How figures left over after same-value matching are paired, and which
// one-sided figures are worth a reader's time (docs/discrepancies.md, Figures).
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "parallax/engine.hpp"
#include "test_docs.hpp"

using namespace parallax;

namespace {

const char* opening =
    "Traders in Morvale sold amber beads along the river market every Sunday.\n\n"
    "The mayor opened a bridge over the canal in the old quarter last week.\n\n";

Comparison two(const std::string& a, const std::string& b) {
    return compare({read_doc("a", std::string(opening) + a), read_doc("b", std::string(opening) + b)});
}

// Every finding but the row's low wording note, as "finding/severity".
std::vector<std::string> findings(const Comparison& c) {
    std::vector<std::string> out;
    for (const auto& d : c.discrepancies)
        if (d.finding != Finding::wording_differs) out.push_back(std::string(to_string(d.finding)) + "/" + to_string(d.severity));
    return out;
}

using List = std::vector<std::string>;

}  // namespace

TEST_CASE("figures: a changed value in the same sentence is one high finding naming both", "[compare]") {
    struct Case {
        const char* a;
        const char* b;
        const char* span_a;
        const char* span_b;
    };
    // the word after each figure is a stopword, so the old "same context
    // word" rule had no evidence; the sentence around the figure is the evidence
    auto [a, b, span_a, span_b] = GENERATE(values<Case>({
        {"According to the report, the figure was 4,812 in the period under review.",
         "According to the report, the figure was 4,821 in the period under review.", "4,812", "4,821"},
        {"The ministry said US$41 billion of it was spent on the northern railway.",
         "The ministry said US$14 billion of it was spent on the northern railway.", "US$41 billion", "US$14 billion"},
        {"The ministry said 3.4 billion of it was spent on the northern railway.",
         "The ministry said 3.4 million of it was spent on the northern railway.", "3.4 billion", "3.4 million"},
        {"The ministry said $41 of it was spent on the northern railway.",
         "The ministry said €41 of it was spent on the northern railway.", "$41", "€41"},
        {"The council said that 20 of them were still open in the spring.",
         "The council said that 20-30 of them were still open in the spring.", "20", "20-30"},
        {"The visit to the northern provinces is planned for December 12 this year.",
         "The visit to the northern provinces is planned for December 12-13 this year.", "December 12", "December 12-13"},
    }));
    auto c = two(a, b);
    REQUIRE(findings(c) == List{"figure_differs/high"});
    const Discrepancy& d = c.discrepancies.front().finding == Finding::figure_differs ? c.discrepancies.front() : c.discrepancies.back();
    REQUIRE(d.spans.size() == 2);
    for (const auto& s : d.spans) CHECK(c.text(s.rendering, s.span) == (s.rendering == 0 ? span_a : span_b));
}

TEST_CASE("figures: a currency the facts stage does not know is still another currency", "[compare]") {
    // a bare "10" would match "10 dollars" if the unknown word or symbol were ignored
    auto [a, b] = GENERATE(values<std::pair<const char*, const char*>>({
        {"The ministry said 10 cowries of it was spent on the northern railway.",
         "The ministry said 10 dollars of it was spent on the northern railway."},
        {"The ministry said \u20AD10 of it was spent on the northern railway.",  // kip sign
         "The ministry said $10 of it was spent on the northern railway."},
    }));
    CHECK(findings(two(a, b)) == List{"figure_differs/high"});
}

TEST_CASE("figures: different values in sentences about different things are not paired", "[compare]") {
    auto c = two("The old bridge was built in 1887 by the river guild. Nobody crossed it at night.",
                 "Nobody crossed the old bridge at night. The guild kept 412 boats on the water.");
    CHECK(findings(c) == List{"figure_one_sided/medium", "figure_one_sided/medium"});
}

TEST_CASE("figures: a class change of qualifier is medium whichever side is bare", "[compare]") {
    // docs/discrepancies.md: no qualifier states the number as it is (exact)
    auto [a, b] = GENERATE(values<std::pair<const char*, const char*>>({
        {"The guild counted more than 40 boats on the water.", "The guild counted 40 boats on the water."},
        {"The guild counted a total of 40 boats on the water.", "The guild counted nearly 40 boats on the water."},
        {"The guild counted about 40 boats on the water.", "The guild counted 40 boats on the water."},
    }));
    CHECK(findings(two(a, b)) == List{"qualifier_differs/medium"});
}

TEST_CASE("figures: the same sum with and without its currency is the same figure", "[compare]") {
    CHECK(findings(two("The guild spent 41 billion on new boats last year.",
                       "The guild spent 41 billion yuan on new boats last year.")).empty());
}

TEST_CASE("figures: a dateline is publication data, not a fact of the article", "[compare]") {
    // a reprint adds its own dateline; the date in it is not a figure the other lacks
    auto c = compare({read_doc("a", "The guild counted 412 boats on the water.\n\nNobody crossed the old bridge at night."),
                      read_doc("b", "MORVALE, December 12 (Wire) -- The guild counted 412 boats on the water.\n\n"
                                    "Nobody crossed the old bridge at night.")});
    CHECK(findings(c).empty());
    auto d = compare({read_doc("a", "The guild counted 412 boats on the water.\n\nNobody crossed the old bridge at night."),
                      read_doc("b", "Morvale, May 7. On May 7 the guild counted 412 boats on the water.\n\n"
                                    "Nobody crossed the old bridge at night.")});
    CHECK(findings(d).empty());
}

TEST_CASE("figures: a figure the other rendering has in a neighbouring row is not one-sided", "[compare]") {
    std::string a = std::string(opening) + "In 1887 the guild built the old bridge over the river.\n\n"
                    "Nobody crossed it at night, and the ferry kept running until spring.";
    std::string b = std::string(opening) + "The guild built the old bridge over the river.\n\n"
                    "Nobody crossed it at night in 1887, and the ferry kept running until spring.";
    auto c = compare({read_doc("a", a), read_doc("b", b)});
    CHECK(findings(c).empty());
}

TEST_CASE("figures: 'a thousand years' against 'thousands of years' is not a figure only one side has", "[compare]") {
    CHECK(findings(two("The two towns share a thousand-year history of trade along the river.",
                       "The two towns have traded along the river for thousands of years.")).empty());
}

TEST_CASE("figures: a date against a weekday in the other rendering is not one-sided", "[compare]") {
    CHECK(findings(two("The article was published on Tuesday in the Morvale Herald before the fair.",
                       "The article was published on September 13 in the Morvale Herald before the fair.")).empty());
    // ... but a date against nothing is
    CHECK(findings(two("The article was published in the Morvale Herald before the fair.",
                       "The article was published on September 13 in the Morvale Herald before the fair.")) ==
          List{"figure_one_sided/medium"});
}

TEST_CASE("figures: a small number word the other side counts differently is one-sided", "[compare]") {
    // "fourth" is matched across the sentences; "second visit" is left, and
    // the other side counts visits too
    CHECK(findings(two("After an interval of five years, it will be my fourth visit to the valley towns.",
                       "This is my second visit to the valley towns after five years, and it is also the fourth time.")) ==
          List{"figure_one_sided/medium"});
    // a small number word about something the other side does not count stays unreported
    CHECK(findings(two("After an interval of five years, the mayor walked to the valley towns.",
                       "After an interval of five years, the mayor walked to the two valley towns.")).empty());
}

TEST_CASE("figures: two numbers that count different things are not one figure changed", "[compare]") {
    auto f = findings(two("China and Tervia are linked by mountains. The two peoples have traded along the river for ages.",
                          "China and Tervia are linked by mountains. Our peoples, sharing a thousand-year history, traded along the river."));
    CHECK(std::count(f.begin(), f.end(), "figure_differs/high") == 0);
    // the same thing counted: a changed figure
    CHECK(findings(two("The two towns signed 26 agreements on trade along the river last spring.",
                       "The two towns signed 28 agreements on trade along the river last spring.")) == List{"figure_differs/high"});
}

TEST_CASE("figures: a date the other rendering gives in another paragraph of its article is moved, not one-sided", "[compare]") {
    std::string a =
                    "The prime minister of Tervia paid an official visit to Morvale from October 1-3 at the invitation of the mayor.\n\n"
                    "The two sides signed a statement on trade along the river and on the new bridge.\n\n"
                    "Bakers in the upper town sold bread from their windows to the sailors waiting for the ferry.\n\n"
                    "Storm warnings were posted at the lighthouse and on the church door by the clerk.\n\n"
                    "The harbour master counted every boat twice and recorded their names in a ledger.\n\n"
                    "Fishermen mended their nets on the quay before the autumn storms arrived.";
    std::string b =
                    "The prime minister of Tervia visited Morvale at the invitation of the mayor.\n\n"
                    "The two sides signed a statement on trade along the river and on the new bridge.\n\n"
                    "Bakers in the upper town sold bread from their windows to the sailors waiting for the ferry.\n\n"
                    "Storm warnings were posted at the lighthouse and on the church door by the clerk.\n\n"
                    "The harbour master counted every boat twice and recorded their names in a ledger.\n\n"
                    "Fishermen mended their nets on the quay before the autumn storms arrived, during the visit of October 1-3.";
    auto f = findings(two(a, b));
    CHECK(std::count(f.begin(), f.end(), "figure_one_sided/medium") == 0);
}

TEST_CASE("figures: two weekdays for the same sentence are a date that differs, medium", "[compare]") {
    auto c = two("The ministry condemned the attack on the embassy building on Wednesday and called for calm in the city.",
                 "The ministry said on Thursday that it condemned the attack on the embassy building and called for calm.");
    const Discrepancy* d = nullptr;
    for (const auto& x : c.discrepancies)
        if (x.finding == Finding::figure_differs) d = &x;
    REQUIRE(d != nullptr);
    CHECK(d->severity == Severity::medium);
    CHECK(d->message.find("'Wednesday' vs 'Thursday'") != std::string::npos);
    // the same day in other words, and a sentence naming two days, say nothing
    CHECK(findings(two("The ministry condemned the attack on the embassy building on Wednesday and called for calm in the city.",
                       "On Wednesday the ministry condemned the attack on the embassy building and called for calm in the city.")) == List{});
    auto two_days = findings(two("The ministry condemned the attack on Monday and the envoy left the embassy building on Tuesday.",
                                 "The ministry condemned the attack on Monday and the envoy left the embassy building soon after."));
    CHECK(std::count(two_days.begin(), two_days.end(), "figure_differs/medium") == 0);
}

TEST_CASE("figures: two page stamps with another day are one finding naming both", "[compare]") {
    // a line that is only a time stamp (and a source's name) has no words to
    // pair its date by; two such lines in one row state the page's date
    const std::string body = "The council counted new residents in the valley towns last year.";
    auto c = two("2023-07-17 18:12\n\n" + body, "Morvale Post 2023-07-18 17:20\n\n" + body);
    CHECK(findings(c) == List{"figure_differs/medium"});
    auto same = two("2023-07-17 18:12\n\n" + body, "Morvale Post 2023-07-17 17:20\n\n" + body);
    CHECK(findings(same).empty());
}
