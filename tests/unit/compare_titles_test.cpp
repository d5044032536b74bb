// Titles of works and headlines are compared document-wide
// (docs/discrepancies.md, Titles across the document).
#include <catch2/catch.hpp>

#include <string>

#include "parallax/engine.hpp"
#include "test_docs.hpp"

using namespace parallax;

namespace {

const char* body =
    "Traders sold amber beads along the river market every Sunday, and the ferry ran until spring.\n\n"
    "Both councils promised to keep the market open for the next generation of traders.";

std::vector<const Discrepancy*> of_kind(const Comparison& c, Kind k) {
    std::vector<const Discrepancy*> out;
    for (const auto& d : c.discrepancies)
        if (d.kind == k) out.push_back(&d);
    return out;
}

}  // namespace

TEST_CASE("titles: a title named in different rows is one title finding, and its quotation is not 'not found'", "[compare]") {
    std::string a = "The mayor published an article titled \"Rivers of Amber and Salt\" in the Morvale Herald on Monday.\n\n" +
                    std::string(body);
    std::string b = "The mayor published an article in the Morvale Herald on Monday.\n\n" + std::string(body) +
                    " The article was entitled \"The Salt Road of Amber\".";
    auto c = compare({read_doc("a", a), read_doc("b", b)});
    auto titles = of_kind(c, Kind::title);
    REQUIRE(titles.size() == 1);
    CHECK(titles[0]->finding == Finding::name_differs);
    CHECK(titles[0]->severity == Severity::high);
    REQUIRE(titles[0]->spans.size() == 2);
    for (const auto& s : titles[0]->spans)
        CHECK(c.text(s.rendering, s.span) == (s.rendering == 0 ? "Rivers of Amber and Salt" : "The Salt Road of Amber"));
    CHECK(of_kind(c, Kind::quote).empty());
}

TEST_CASE("titles: two headlines that differ in spelling and case are one medium title finding on the whole lines", "[compare]") {
    std::string ha = "Building a river market with a shared future for the modernization of trade";
    std::string hb = "Building a River Market with a Shared Future for the Modernisation of Trade";
    auto c = compare({read_doc("a", ha + "\n\n" + body), read_doc("b", hb + "\n\n" + body)});
    auto titles = of_kind(c, Kind::title);
    REQUIRE(titles.size() == 1);
    CHECK(titles[0]->severity == Severity::medium);
    for (const auto& s : titles[0]->spans) CHECK(c.text(s.rendering, s.span) == (s.rendering == 0 ? ha : hb));
}

TEST_CASE("titles: a time stamp line is no headline", "[compare]") {
    auto c = compare({read_doc("a", "Release time: May 07, 2024 15:44 PM\n\n" + std::string(body)),
                      read_doc("b", "Wire 16:52, May 07, 2024\n\n" + std::string(body))});
    CHECK(of_kind(c, Kind::title).empty());
}

TEST_CASE("titles: a title the other rendering states anywhere raises nothing", "[compare]") {
    std::string a = "The mayor published an article titled \"Rivers of Amber\" in the Herald.\n\n" + std::string(body);
    std::string b = "The mayor published an article in the Herald.\n\n" + std::string(body) + " It was titled \"Rivers of Amber\".";
    auto c = compare({read_doc("a", a), read_doc("b", b)});
    CHECK(of_kind(c, Kind::title).empty());
}

TEST_CASE("titles: a byline is no headline, so a changed rank in it stays a name finding", "[compare]") {
    auto c = compare({read_doc("a", "Marta Villanueva, President of the Morvale Council\n\n" + std::string(body)),
                      read_doc("b", "Marta Villanueva, Chairman of the Morvale Council\n\n" + std::string(body))});
    CHECK(of_kind(c, Kind::title).empty());
}
