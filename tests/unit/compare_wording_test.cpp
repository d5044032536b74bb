// Localized wording findings: inside a sentence pair both renderings share,
// the smallest run that carries a change, typed (tense, negation, person,
// modality, a one-sided modifier, replaced words, a doubled word, inserted
// text), and none for the same words in another form.
#include <catch2/catch.hpp>

#include <algorithm>

#include "parallax/engine.hpp"
#include "test_docs.hpp"

using namespace parallax;

namespace {

const char* opening =
    "Traders in Morvale sold amber beads along the river market every Sunday.\n\n"
    "The mayor opened a bridge over the canal in the old quarter last week.\n\n";

Comparison pair(const std::string& a, const std::string& b) {
    return compare({read_doc("a", std::string(opening) + a), read_doc("b", std::string(opening) + b)});
}

std::vector<const Discrepancy*> wording(const Comparison& c) {
    std::vector<const Discrepancy*> out;
    for (const auto& d : c.discrepancies)
        if (d.kind == Kind::wording) out.push_back(&d);
    return out;
}

// The one wording finding of a comparison, with its two texts.
struct One {
    Finding finding;
    Severity severity;
    std::string a, b, message;
};

One only(const Comparison& c) {
    auto ws = wording(c);
    REQUIRE(ws.size() == 1);
    const Discrepancy& d = *ws[0];
    REQUIRE(d.spans.size() == 2);
    // the base is the engine's choice: a is the text of rendering a, b of b
    std::size_t ka = d.spans[0].rendering == 0 ? 0 : 1;
    return {d.finding, d.severity, std::string(c.text(0, d.spans[ka].span)), std::string(c.text(1, d.spans[1 - ka].span)),
            d.message};
}

}  // namespace

TEST_CASE("wording: an auxiliary of another tense is a tense difference on the smallest span", "[compare]") {
    auto c = pair("The minister will pay a visit to the northern provinces from May 3 to May 5.",
                  "The minister paid a visit to the northern provinces from May 3 to May 5.");
    One w = only(c);
    CHECK(w.finding == Finding::tense_differs);
    CHECK(w.severity == Severity::medium);
    CHECK(w.a == "will pay");
    CHECK(w.b == "paid");
    CHECK(w.message == "tense differs: \"will pay\" vs \"paid\"");
    CHECK(std::string(to_string(Kind::wording)) == "wording");
}

TEST_CASE("wording: a tense change around a shared adverb is one change", "[compare]") {
    auto c = pair("The port authority always views the canal as its main route to the sea.",
                  "The port authority has always viewed the canal as its main route to the sea.");
    One w = only(c);
    CHECK(w.finding == Finding::tense_differs);
    CHECK(w.a == "always views");
    CHECK(w.b == "has always viewed");
}

TEST_CASE("wording: a dropped negation is high, shown with the words around it", "[compare]") {
    auto c = pair("The council has not approved the budget for the new harbour wall.",
                  "The council has approved the budget for the new harbour wall.");
    One w = only(c);
    CHECK(w.finding == Finding::negation_differs);
    CHECK(w.severity == Severity::high);
    CHECK(w.a == "has not approved");
    CHECK(w.b == "has approved");
}

TEST_CASE("wording: another pronoun person and another modal verb", "[compare]") {
    One person = only(pair("The governor said we will support the farmers of the valley through the winter.",
                           "The governor said I will support the farmers of the valley through the winter."));
    CHECK(person.finding == Finding::person_differs);
    CHECK(person.severity == Severity::medium);
    CHECK(person.a == "we");
    CHECK(person.b == "I");
    One modal = only(pair("Farmers must register their land with the district office before the harvest.",
                          "Farmers may register their land with the district office before the harvest."));
    CHECK(modal.finding == Finding::modality_differs);
    CHECK(modal.severity == Severity::medium);
    CHECK(modal.message == "modality differs: \"must\" vs \"may\"");
}

TEST_CASE("wording: replaced words are shown as whole hyphenated words, low", "[compare]") {
    One w = only(pair("The mayor led a high-level delegation to the coastal towns for the talks.",
                      "The mayor led a high-ranking delegation to the coastal towns for the talks."));
    CHECK(w.finding == Finding::words_replaced);
    CHECK(w.severity == Severity::low);
    CHECK(w.a == "high-level");
    CHECK(w.b == "high-ranking");
}

TEST_CASE("wording: a modifier only one side has", "[compare]") {
    One w = only(pair("The trade ties between the two river ports will grow even stronger, she told the traders.",
                      "The trade ties between the two river ports will grow strong, she told the traders."));
    CHECK(w.finding == Finding::modifier_one_sided);
    CHECK(w.severity == Severity::low);
    CHECK(w.a == "even stronger");
    CHECK(w.b == "strong");
}

TEST_CASE("wording: a word printed twice", "[compare]") {
    One w = only(pair("The ferry left the harbour at noon on Sunday with the grain for the islands.",
                      "The ferry left the the harbour at noon on Sunday with the grain for the islands."));
    CHECK(w.finding == Finding::word_doubled);
    CHECK(w.severity == Severity::low);
}

TEST_CASE("wording: a web address or foreign-script text inside a shared sentence is inserted text", "[compare]") {
    One url = only(pair("The ferry left the harbour at noon on Sunday with the grain for the islands.",
                        "The ferry left the harbour at noon www.cheap-ferry-tickets.example on Sunday with the grain for the islands."));
    CHECK(url.finding == Finding::text_inserted);
    CHECK(url.severity == Severity::medium);
    One script = only(pair("The ferry left the harbour at noon on Sunday with the grain for the islands.",
                           "The ferry left the harbour at noon on Sunday with the grain паром for the islands."));
    CHECK(script.finding == Finding::text_inserted);
}

TEST_CASE("wording: the same words in another form raise nothing", "[compare]") {
    const char* same[][2] = {
        {"The district adopted a long-term plan for the labour market and the school programme.",
         "The district adopted a long term plan for the labor market and the school program."},
        {"The museum's \"panda man\" exhibit drew large crowds of families to the old quarter.",
         "The museum's “panda-man” exhibit drew large crowds of families to the old quarter."},
        {"The bridge was opened 32 years ago by the regional transport office.",
         "The bridge was opened thirty-two years ago by the regional transport office."},
        {"More than 2,000 years ago traders crossed the valley with salt and amber.",
         "Over 2,000 years ago traders crossed the valley with salt and amber."},
        {"The ferry crews honoured the agreement on the northern route through the summer.",
         "The ferry crews honored the agreement on the Northern route through the summer."},
    };
    for (const auto& p : same) {
        auto c = pair(p[0], p[1]);
        INFO(p[0]);
        CHECK(wording(c).empty());
    }
}

TEST_CASE("wording: never a flood: past three changes a sentence pair gets one finding", "[compare]") {
    auto c = pair("The quiet fishermen sold fresh trout at the crowded market near the eastern gate each morning.",
                  "The silent fishermen sold cold trout at the busy market near the western gate each morning.");
    auto ws = wording(c);
    REQUIRE(ws.size() == 1);
    CHECK(ws[0]->finding == Finding::sentence_differs);
    CHECK(ws[0]->severity == Severity::low);
}

TEST_CASE("wording: a name already reported raises no wording finding of its own", "[compare]") {
    auto c = pair("The delegation was received by President Marta Villanueva at the palace on Monday.",
                  "The delegation was received by President Olga Petrenko at the palace on Monday.");
    CHECK(wording(c).empty());
    CHECK(std::any_of(c.discrepancies.begin(), c.discrepancies.end(), [](const Discrepancy& d) { return d.kind == Kind::name; }));
}

TEST_CASE("wording: tense shifts of reported speech and the perfect are low, the future against the past is medium", "[compare]") {
    One perfect = only(pair("The governor said that I promised new roads to the valley towns before the winter.",
                            "The governor said that I have promised new roads to the valley towns before the winter."));
    CHECK(perfect.finding == Finding::tense_differs);
    CHECK(perfect.severity == Severity::low);
    One reported = only(pair("The engineers said the new bridge would open to traffic in the spring.",
                             "The engineers said the new bridge will open to traffic in the spring."));
    CHECK(reported.finding == Finding::tense_differs);
    CHECK(reported.severity == Severity::low);
    // "have" as a main verb is no auxiliary
    auto c = pair("The farmers now have the right to sell their grain at the river market.",
                  "The farmers now hold the right to sell their grain at the river market.");
    REQUIRE(wording(c).size() == 1);
    CHECK(wording(c)[0]->finding == Finding::words_replaced);
}

TEST_CASE("wording: a grammar word replaced by a content word is replaced words, not a modifier", "[compare]") {
    One w = only(pair("The new rules cover traders from all districts along the river.",
                      "The new rules cover traders from different districts along the river."));
    CHECK(w.finding == Finding::words_replaced);
    One m = only(pair("The council approved a plan for the harbour after a long debate.",
                      "The council approved an ambitious plan for the harbour after a long debate."));
    CHECK(m.finding == Finding::modifier_one_sided);
    CHECK(m.a == "a");
    CHECK(m.b == "an ambitious");
}

TEST_CASE("wording: a clause moved inside its sentence raises no run findings", "[compare]") {
    auto c = pair("The ferry to the northern islands was cancelled on Monday because of the storm.",
                  "Because of the storm on Monday, the ferry was cancelled to the northern islands.");
    for (const auto* d : wording(c)) CHECK(d->finding == Finding::sentence_differs);
}

TEST_CASE("wording: the speaker's 'we' against words naming them is a low person shift", "[compare]") {
    One w = only(pair("In building the canal, we shared our tools and expanded our trade with the coastal towns.",
                      "In building the canal, the two towns shared tools and expanded trade with the coastal towns."));
    CHECK(w.finding == Finding::person_differs);
    CHECK(w.severity == Severity::low);
    CHECK(w.a == "we");
    CHECK(w.b == "the two towns");
}

TEST_CASE("wording: foreign-script words in place of words the other side has are low", "[compare]") {
    One w = only(pair("The ferry left the harbour at noon on Sunday with the grain for the islands.",
                      "The ferry left the harbour at noon on Sunday with the паром for the islands."));
    CHECK(w.finding == Finding::text_inserted);
    CHECK(w.severity == Severity::low);
}
