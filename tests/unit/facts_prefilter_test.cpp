#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "facts/figure_parts.hpp"
#include "facts/number_words.hpp"

using namespace parallax;
using namespace parallax::facts_detail;

// find_figures parses only at tokens may_start_figure lets through. These
// tests hold the prefilter to the parsers: a figure that begins at a token
// the prefilter skips would silently vanish from the reports.

namespace {

Tok word(std::string_view w) {
    Tok t;
    t.kind = TokKind::word;
    t.low = std::string(w);
    return t;
}

std::string read_all(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// Texts rich in figures: the figure pairs of bench/facts, the facts unit
// tests' own sources (every phrase they assert on), the fixture articles.
std::vector<std::string> corpus() {
    namespace fs = std::filesystem;
    std::vector<std::string> out;
    out.push_back(read_all(PARALLAX_BENCH "/facts/figures.tsv"));
    out.push_back(read_all(PARALLAX_BENCH "/facts/names.tsv"));
    for (const auto& e : fs::directory_iterator(fs::path(PARALLAX_FIXTURES) / ".." / "tests" / "unit")) {
        std::string name = e.path().filename().string();
        if (name.rfind("facts_", 0) == 0 && name != "facts_prefilter_test.cpp") out.push_back(read_all(e.path()));
    }
    for (const auto& e : fs::recursive_directory_iterator(PARALLAX_FIXTURES))
        if (e.is_regular_file() && e.path().extension() == ".txt") out.push_back(read_all(e.path()));
    return out;
}

// Every token of `text` where a figure begins must pass the prefilter.
// Returns how many figures began (so a test can see it read something).
std::size_t check_every_start(std::string_view text) {
    std::size_t figures = 0;
    for (Span line : lines(text)) {
        std::string_view part = text.substr(line.start, line.size());
        std::vector<Tok> t = scan(part);
        for (std::size_t i = 0; i < t.size(); ++i) {
            if (!figure_at(t, part, i)) continue;
            ++figures;
            if (!may_start_figure(t, i)) FAIL("a figure begins at a skipped token: \"" << t[i].low << "\" in: " << part);
        }
    }
    return figures;
}

}  // namespace

TEST_CASE("figures prefilter: every opener of every table may start a figure", "[facts]") {
    std::vector<std::vector<std::string_view>> tables = {month_words(), currency_prefix_openers(), number_word_openers()};
    for (const auto& table : tables) {
        REQUIRE_FALSE(table.empty());
        for (std::string_view w : table) {
            INFO(w);
            CHECK(may_open_amount(word(w)));
            CHECK(may_start_figure({word(w)}, 0));
        }
    }
    REQUIRE_FALSE(qualifier_openers().empty());
    for (std::string_view w : qualifier_openers()) {
        INFO(w);
        CHECK(may_open_qualifier(word(w)));
    }
    Tok sign;
    sign.kind = TokKind::punct;
    sign.low = "€";
    CHECK(may_open_amount(sign));
    for (std::string_view w : {"between", "from", "half", "past", "sept", "u", "rmb", "января"}) {
        INFO(w);
        CHECK(may_open_amount(word(w)));
    }
    Tok number;
    number.kind = TokKind::number;
    number.low = "5";
    CHECK(may_start_figure({number}, 0));
    // a qualifier phrase starts a figure only before what may open an amount
    CHECK(may_start_figure(scan("more than 5"), 0));
    CHECK(may_start_figure(scan("in excess of five"), 0));
    CHECK(may_start_figure(scan("около 5"), 0));
    CHECK_FALSE(may_start_figure(scan("more than ever"), 0));
    CHECK_FALSE(may_start_figure(scan("in the house"), 0));
}

TEST_CASE("figures prefilter: ordinary words are skipped", "[facts]") {
    for (std::string_view w : {"the", "said", "president", "people", "percent", "of", "cooperation", "and"}) {
        INFO(w);
        CHECK_FALSE(may_start_figure({word(w)}, 0));
    }
    Tok comma;
    comma.kind = TokKind::punct;
    comma.low = ",";
    CHECK_FALSE(may_start_figure({comma}, 0));
}

TEST_CASE("figures prefilter: no figure begins at a token it skips, in real and test texts", "[facts]") {
    std::size_t figures = 0;
    for (const std::string& text : corpus()) figures += check_every_start(text);
    CHECK(figures > 1000);
}

TEST_CASE("figures prefilter: no word of the corpus starts a figure unseen, in figure-making frames", "[facts]") {
    // Every distinct word of the corpus, in lower case, capitalised and in
    // capitals, before what makes a figure of an opener: a number, a day
    // and month, a number in words, a scale, a sign.
    std::set<std::string> words;
    for (const std::string& text : corpus())
        for (Span line : lines(text)) {
            std::string_view part = std::string_view(text).substr(line.start, line.size());
            for (const Tok& x : scan(part))
                if (x.kind == TokKind::word && x.low.size() < 24) words.insert(std::string(part.substr(x.span.start, x.span.size())));
        }
    REQUIRE(words.size() > 1000);
    const char* frames[] = {"{} 25", "{} 5 July 2024", "{} five hundred", "{} a half million", "{}$5", "{}¥5",
                            "{} decade", "{}. 20", "{} than 5", "{} of 5", "{} 5 and 10"};
    std::size_t figures = 0;
    for (const std::string& w : words)
        for (const char* frame : frames) {
            std::string s = frame;
            figures += check_every_start(s.replace(s.find("{}"), 2, w));
        }
    CHECK(figures > 1000);
}
