// A page cut off mid-sentence: nothing past the cut is reported missing
// (docs/discrepancies.md, Cut-off pages).
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "parallax/compare.hpp"
#include "parallax/engine.hpp"
#include "test_docs.hpp"

using namespace parallax;

namespace {

const std::string full =
    "Traders in Morvale sold amber beads along the river market every Sunday before dawn.\n\n"
    "The mayor opened a bridge over the canal in the old quarter last week, and crowds came.\n\n"
    "The council said the bridge cost 4,812 crowns. \"We will open two more bridges next year,\" the mayor said. "
    "Engineers from the northern province inspected the frame before the opening.";

std::vector<std::string> findings(const Comparison& c) {
    std::vector<std::string> out;
    for (const auto& d : c.discrepancies)
        if (d.finding != Finding::wording_differs) out.push_back(std::string(to_string(d.finding)) + "/" + to_string(d.severity));
    return out;
}

}  // namespace

TEST_CASE("cut-off: a page that stops mid-sentence or starts mid-sentence is marked", "[compare]") {
    std::vector<Rendering> rs(3);
    rs[0].doc = make_doc("a", "One whole sentence here.\n\nAnother whole one.");
    rs[1].doc = make_doc("b", "One whole sentence here.\n\nAnother that stops in the mid");
    rs[2].doc = make_doc("c", "sentence here.\n\nAnother whole one.");
    mark_cut_offs(rs);
    CHECK_FALSE(rs[0].cut_end);
    CHECK_FALSE(rs[0].cut_start);
    REQUIRE(rs[1].cut_end);
    CHECK(*rs[1].cut_end == rs[1].doc.text.size());
    CHECK(rs[2].cut_start == std::optional<std::size_t>(0));
}

TEST_CASE("cut-off: a Chinese page that ends at a full-width stop or closing mark is whole, one that stops mid-sentence is cut", "[compare]") {
    std::vector<Rendering> rs(3);
    rs[0].doc = make_doc("a", "两国关系良好。\n\n合作成果丰硕！");
    rs[1].doc = make_doc("b", "两国关系良好。\n\n他说：“合作成果丰硕。”");
    rs[2].doc = make_doc("c", "两国关系良好。\n\n合作成果");
    mark_cut_offs(rs);
    CHECK_FALSE(rs[0].cut_end);
    CHECK_FALSE(rs[1].cut_end);
    CHECK(rs[2].cut_end);
}

TEST_CASE("cut-off: what the base says past the other page's cut is not missing from it", "[compare]") {
    // b stops inside the quotation: no omission of the last sentence, no
    // quotation worded differently or not found, no figure only in a
    std::string cut = full.substr(0, full.find("two more") + 6);
    auto c = compare({read_doc("a", full), read_doc("b", cut)});
    REQUIRE(c.base == 0);
    CHECK(c.renderings[1].cut_end);
    CHECK(findings(c).empty());
}

TEST_CASE("cut-off: the same gap in a page that ends cleanly is reported", "[compare]") {
    std::string clean = full.substr(0, full.find("\"We will")) ;
    auto c = compare({read_doc("a", full), read_doc("b", clean)});
    REQUIRE(c.base == 0);
    CHECK_FALSE(c.renderings[1].cut_end);
    auto f = findings(c);
    CHECK(std::count(f.begin(), f.end(), "sentence_one_sided/medium") >= 1);
}

TEST_CASE("cut-off: what another page adds past the base's own cut is not an addition", "[compare]") {
    std::string cut = full.substr(0, full.find("two more") + 6);
    std::string longer = full + " The ferry kept running until the spring floods of that year.";
    EngineOptions opt;
    opt.locate.base = "a";
    auto c = compare({read_doc("a", cut), read_doc("b", longer)}, opt);
    REQUIRE(c.base == 0);
    CHECK(c.renderings[0].cut_end);
    for (const auto& d : c.discrepancies) CHECK(d.kind != Kind::addition);
}
