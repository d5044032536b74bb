// Every pair of bench/facts (figures.tsv, names.tsv: collected from public
// number-parser test suites, romanization tables and name lists, each line
// citing its source; see bench/facts/SOURCES.md) as a table test: a pair
// passes or fails exactly as bench/facts/known_failures.tsv says. A fixed
// pair fails this test too, until it is taken off that list, so the list
// stays the honest account of what does not work yet.
#include <catch2/catch.hpp>

#include <fstream>
#include <set>
#include <string>
#include <utility>

#include "facts/pairs.hpp"

namespace {

std::set<std::pair<std::string, std::string>> known_failures() {
    std::ifstream in(PARALLAX_BENCH "/facts/known_failures.tsv", std::ios::binary);
    REQUIRE(in);
    std::set<std::pair<std::string, std::string>> out;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        auto t1 = line.find('\t');
        auto t2 = line.find('\t', t1 + 1);
        REQUIRE(t1 != std::string::npos);
        out.insert({line.substr(0, t1), line.substr(t1 + 1, t2 - t1 - 1)});
    }
    return out;
}

}  // namespace

TEST_CASE("pairs: every figure pair of bench/facts passes unless listed as a known failure", "[facts]") {
    auto known = known_failures();
    auto pairs = facts_pairs::load(PARALLAX_BENCH "/facts/figures.tsv", facts_pairs::figure_frame);
    REQUIRE(pairs.size() >= 300);
    for (const auto& p : pairs) {
        auto j = facts_pairs::judge_figure(p);
        INFO("figures.tsv:" << p.line << " [" << p.category << "] " << p.a << " | " << p.b << " -> " << j.got << " (" << p.source << ")");
        CHECK(j.pass == !known.count({p.a, p.b}));
    }
}

TEST_CASE("pairs: every name pair of bench/facts passes unless listed as a known failure", "[facts]") {
    auto known = known_failures();
    auto pairs = facts_pairs::load(PARALLAX_BENCH "/facts/names.tsv", facts_pairs::name_frame);
    REQUIRE(pairs.size() >= 150);
    for (const auto& p : pairs) {
        auto j = facts_pairs::judge_name(p);
        INFO("names.tsv:" << p.line << " [" << p.category << "] " << p.a << " | " << p.b << " -> " << j.got << " (" << p.source << ")");
        CHECK(j.pass == !known.count({p.a, p.b}));
    }
}
