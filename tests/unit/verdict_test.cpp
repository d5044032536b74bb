#include <catch2/catch.hpp>

#include <string>

#include "parallax/engine.hpp"
#include "parallax/verdict.hpp"

using namespace parallax;

namespace {
Document doc(const std::string& name, std::string text) {
    Document d;
    d.name = name;
    d.path = name + ".txt";
    d.text = std::move(text);
    return d;
}

// One paragraph of `words` words: past the word-diff limit at 22,000.
std::string long_paragraph(int words) {
    const char* w[] = {"alpha", "beta", "gamma", "delta", "river", "stone", "city", "market", "road", "green"};
    std::string s;
    unsigned x = 1;
    for (int i = 0; i < words; ++i) {
        x = x * 1103515245u + 12345u;
        s += w[(x >> 16) % 10];
        s += ' ';
    }
    s.back() = '.';
    return s;
}
}  // namespace

TEST_CASE("verdict: nothing compared, nothing found: agree", "[compare]") {
    CHECK(verdict(Comparison{}) == Verdict::agree);
    CHECK(std::string(to_string(Verdict::agree)) == "agree");
    CHECK(std::string(to_string(Verdict::incomplete)) == "incomplete");
}

TEST_CASE("verdict: a discrepancy or an unrelated rendering differs, even with notes", "[compare]") {
    Comparison c;
    c.renderings.resize(2);
    c.notes.push_back(Note{NoteReason::diff_too_large, 0, 1, {22001, 22001}, "row 0: b not word-diffed"});
    c.discrepancies.push_back(Discrepancy{});
    CHECK(verdict(c) == Verdict::differ);
    c.discrepancies.clear();
    c.renderings[1].status = Status::unrelated;
    CHECK(verdict(c) == Verdict::differ);
}

TEST_CASE("verdict: identical files too long to word-diff are incomplete, not agree", "[compare]") {
    std::string text = long_paragraph(22000);
    Comparison c = compare({doc("a", text), doc("b", text)});
    CHECK(c.discrepancies.empty());
    REQUIRE(c.notes.size() == 1);
    CHECK(c.notes[0].reason == NoteReason::diff_too_large);
    CHECK(c.notes[0].text.find("not word-diffed") != std::string::npos);
    CHECK(verdict(c) == Verdict::incomplete);
    // The same text short enough to diff agrees.
    std::string shorter = long_paragraph(200);
    CHECK(verdict(compare({doc("a", shorter), doc("b", shorter)})) == Verdict::agree);
}
