// A name spelled one way in one rendering and another way in another is
// found however the rows fall (docs/discrepancies.md, Spellings across the
// document). Names here are invented.
#include <catch2/catch.hpp>

#include <string>

#include "parallax/engine.hpp"
#include "test_docs.hpp"

using namespace parallax;

namespace {

const char* opening = "Traders in Morvale sold amber beads along the river market every Sunday, and the stalls stayed open late.\n\n";
const char* body =
    "The mayor opened a bridge over the canal in the old quarter last week, after two years of building.\n\n"
    "Both councils promised to keep the market open for the next generation of traders and their families.\n\n";

// A wire report that names the president in its lead, and fuller
// renderings that name him only in a closing paragraph the report lacks.
std::string report(const std::string& lead_name) {
    return opening + lead_name + " informed the council on Monday that the ferry to Morvale will run again in spring.\n\n" + body;
}
std::string fuller(const std::string& late_name) {
    return opening + std::string("The ferry to Morvale will run again in spring, the council was told on Monday.\n\n") + body +
           "Speaking at the harbour in the evening, " + late_name +
           " thanked the boatmen and the traders for their patience over the long winter months.";
}

}  // namespace

TEST_CASE("spellings: a name spelled differently in rows that do not align is one medium variant finding", "[compare]") {
    auto c = compare({read_doc("a", report("President Aleksandr Petrovsky")), read_doc("b", fuller("Aleksandr Petrovskiy")),
                      read_doc("c", fuller("Aleksandr Petrovskiy"))});
    REQUIRE(c.base >= 0);
    auto found = with(c, Finding::name_variant);
    REQUIRE(found.size() == 1);
    const Discrepancy& d = *found[0];
    CHECK(d.kind == Kind::name);
    CHECK(d.severity == Severity::medium);
    REQUIRE(d.spans.size() >= 2);
    for (const auto& s : d.spans)
        CHECK(c.text(s.rendering, s.span) == (s.rendering == 0 ? "President Aleksandr Petrovsky" : "Aleksandr Petrovskiy"));
    CHECK(d.spans[0].rendering == c.base);
    CHECK_FALSE(d.against.empty());
}

TEST_CASE("spellings: the same spelling anywhere in the other rendering raises nothing", "[compare]") {
    // b and c write "Petrovskiy" in the closing paragraph but also the
    // report's spelling in it: the name is present, not misspelled
    std::string late = "Aleksandr Petrovskiy, whom the harbour staff call Aleksandr Petrovsky,";
    auto c = compare({read_doc("a", report("President Aleksandr Petrovsky")), read_doc("b", fuller(late)), read_doc("c", fuller(late))});
    CHECK(with(c, Finding::name_variant).empty());
}

TEST_CASE("spellings: a shorter or fuller form of the name elsewhere raises nothing", "[compare]") {
    auto c = compare({read_doc("a", report("President Petrovsky")), read_doc("b", fuller("Aleksandr Petrovsky")),
                      read_doc("c", fuller("Aleksandr Petrovsky"))});
    CHECK(with(c, Finding::name_variant).empty());
    CHECK(with(c, Finding::name_differs).empty());
}

TEST_CASE("spellings: a variant between two renderings without the base, in no heading, is reported once", "[compare]") {
    // the base (a) names nobody; b and c name one man two ways in paragraphs
    // that align nowhere
    std::string a = opening + std::string("The ferry to Morvale will run again in spring, the council was told on Monday by its chairman.\n\n") +
                    body + "The harbour master thanked the boatmen and the traders for their patience over the long winter months.";
    EngineOptions opt;
    opt.locate.base = "a";
    auto c = compare({read_doc("a", a), read_doc("b", report("President Zhanibek Tursunov")), read_doc("c", fuller("Janibek Tursunov"))},
                     opt);
    REQUIRE(c.base == 0);
    auto found = with(c, Finding::name_variant);
    REQUIRE(found.size() == 1);
    const Discrepancy& d = *found[0];
    REQUIRE(d.spans.size() == 2);
    CHECK(d.spans[0].rendering == 1);
    CHECK(c.text(1, d.spans[0].span) == "President Zhanibek Tursunov");
    CHECK(d.spans[1].rendering == 2);
    CHECK(c.text(2, d.spans[1].span) == "Janibek Tursunov");
    CHECK(d.against == std::vector<int>{2});
}

TEST_CASE("spellings: one respelled word is one finding, however many forms of the name carry it", "[compare]") {
    auto c = compare({read_doc("a", report("President Aleksandr Petrovsky, known to the boatmen as Petrovsky,")),
                      read_doc("b", fuller("Aleksandr Petrovskiy, known to the boatmen as Petrovskiy,")),
                      read_doc("c", fuller("Aleksandr Petrovskiy, known to the boatmen as Petrovskiy,"))});
    auto found = with(c, Finding::name_variant);
    REQUIRE(found.size() == 1);
    CHECK(c.text(found[0]->spans[0].rendering, found[0]->spans[0].span) == "Aleksandr Petrovskiy");
}

TEST_CASE("spellings: a name two renderings without the base spell differently only in heading lines raises nothing", "[compare]") {
    std::string a = opening + std::string("The ferry to Morvale will run again in spring, the council was told on Monday by its chairman.\n\n") +
                    body + "The harbour master thanked the boatmen and the traders for their patience over the long winter months.";
    EngineOptions opt;
    opt.locate.base = "a";
    // subheadings inside the articles, in rows of their own
    std::string b = report("The chairman").insert(std::string(opening).size(), "Zhanibek Tursunov at the harbour\n\n");
    std::string late = fuller("the chairman");
    late.insert(late.find("Speaking at"), "Janibek Tursunov and the boatmen\n\n");
    auto c = compare({read_doc("a", a), read_doc("b", b), read_doc("c", late)},
                     opt);
    REQUIRE(c.base == 0);
    CHECK(with(c, Finding::name_variant).empty());
}
