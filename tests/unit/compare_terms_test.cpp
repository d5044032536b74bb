// Key terms: a recurring lower-case phrase one rendering words differently
// (docs/discrepancies.md, Key terms).
#include <catch2/catch.hpp>

#include <string>

#include "parallax/engine.hpp"
#include "test_docs.hpp"

using namespace parallax;

namespace {

std::vector<const Discrepancy*> terms(const Comparison& c) {
    std::vector<const Discrepancy*> out;
    for (const auto& d : c.discrepancies)
        if (d.kind == Kind::term) out.push_back(&d);
    return out;
}

std::string article(const std::string& term, const std::string& once) {
    return "The two river towns have kept a " + term + " for a century, the mayor said at the market.\n\n"
           "Traders sold amber beads along the " + once + " every Sunday, and the ferry ran until spring.\n\n"
           "Both councils promised to carry the " + term + " forward to the next generation of traders.";
}

}  // namespace

TEST_CASE("terms: a recurring term in other words is one medium finding per row, on the terms", "[compare]") {
    auto c = compare({read_doc("a", article("golden partnership", "river market")),
                      read_doc("b", article("steady partnership", "river market"))});
    auto found = terms(c);
    REQUIRE(found.size() == 2);
    for (const auto* d : found) {
        CHECK(d->finding == Finding::term_differs);
        CHECK(d->severity == Severity::medium);
        REQUIRE(d->spans.size() == 2);
        CHECK(c.text(d->spans[0].rendering, d->spans[0].span) ==
              (d->spans[0].rendering == 0 ? "golden partnership" : "steady partnership"));
        CHECK(c.text(d->spans[1].rendering, d->spans[1].span) ==
              (d->spans[1].rendering == 0 ? "golden partnership" : "steady partnership"));
    }
    CHECK(found[0]->message == "term rendered differently: \"" + std::string(c.text(found[0]->spans[0].rendering, found[0]->spans[0].span)) +
                                   "\" vs \"" + std::string(c.text(found[0]->spans[1].rendering, found[0]->spans[1].span)) + "\"");
}

TEST_CASE("terms: a phrase said once in other words is phrasing, not a term", "[compare]") {
    auto c = compare({read_doc("a", article("partnership", "busy river market")),
                      read_doc("b", article("partnership", "crowded river market"))});
    CHECK(terms(c).empty());
}

TEST_CASE("terms: a hyphen or space is a spelling of the term, low", "[compare]") {
    auto c = compare({read_doc("a", article("ironbound partnership", "river market")),
                      read_doc("b", article("iron-bound partnership", "river market"))});
    auto found = terms(c);
    REQUIRE_FALSE(found.empty());
    for (const auto* d : found) {
        CHECK(d->finding == Finding::term_variant);
        CHECK(d->severity == Severity::low);
    }
}

TEST_CASE("terms: a rendering that uses both wordings raises nothing", "[compare]") {
    std::string b = article("steady partnership", "river market") + "\n\nIt is a golden partnership, the mayor added.";
    auto c = compare({read_doc("a", article("golden partnership", "river market") + "\n\nIt is a golden partnership, the mayor added."),
                      read_doc("b", b)});
    CHECK(terms(c).empty());
}
