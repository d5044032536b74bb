#include <catch2/catch.hpp>

#include <sstream>
#include <string>

#include "test_docs.hpp"
#include "parallax/report/text.hpp"
#include "unicode/unicode.hpp"

using namespace parallax;

namespace {

// Two renderings of one paragraph: a (with a heading outside the article and
// multibyte letters before the title) and b (BOM, CJK, CRLF).
Comparison crafted() {
    Comparison c;
    Rendering a, b;
    a.doc.name = "a";
    a.doc.path = "dir/a.txt";
    a.doc.text = "Heading\n\n\xC3\x9Cn\xC3\xAF" "c\xC3\xB6" "d\xC3\xA9 words & \"The Musician\" <script>alert(1)</script> end.\n";
    std::size_t p1 = a.doc.text.find("\xC3\x9C");
    a.doc.paragraphs = {{0, {0, 7}, {}, {}, false}, {1, {p1, a.doc.text.size() - 1}, {}, {}, true}};
    b.doc.name = "b";
    b.doc.path = "b.txt";
    b.doc.text = "\xEF\xBB\xBF\xE4\xB8\xAD\xE6\x96\x87 The Composer, \xE4\xB8\xAD\xE6\x96\x87\xE4\xB8\xAD\xE6\x96\x87\xE4\xB8\xAD\xE6\x96\x87 end.\r\n";
    b.doc.paragraphs = {{0, {3, b.doc.text.size() - 2}, {}, {}, true}};
    b.coverage = 1.0;
    c.renderings = {a, b};
    c.base = 0;
    c.rows = {{{{1}, {0}}, 0.5}};
    std::size_t am = a.doc.text.find("The Musician"), bm = b.doc.text.find("The Composer");
    c.diffs = {{0, 1, {{EditOp::changed, {am, am + 12}, {bm, bm + 12}}}}};
    c.discrepancies = {make_finding(Kind::title, Severity::high, {{0, {am, am + 12}}, {1, {bm, bm + 12}}}, "film title differs:\n\"The Musician\" vs \"The Composer\"")};
    return c;
}

std::string render(const Comparison& c, report::TextOptions o) {
    std::ostringstream out;
    report::write_text(c, out, o);
    return out.str();
}

int display_width(const std::string& line) {
    int w = 0;
    std::size_t pos = 0;
    while (pos < line.size()) w += std::max(0, unicode::display_width(unicode::next(line, pos)));
    return w;
}

}  // namespace

TEST_CASE("report text: an empty comparison renders in every layout", "[report]") {
    Comparison c;
    CHECK(render(c, {}).rfind("parallax: 0 renderings", 0) == 0);
    CHECK_NOTHROW(render(c, {false, 80, false}));
    CHECK(render(c, {false, 0, true}).empty());
}

TEST_CASE("report text: --list gives FILE:LINE:COL with the column in bytes, one line per rendering", "[report]") {
    std::string out = render(crafted(), {false, 0, true});
    // "Ünïcödé words & \"" is 17 characters but 21 bytes before the title on
    // line 3: vim's %c, grep and ripgrep count bytes. The title is in both
    // renderings, so both places are listed; the newline in the message is
    // shown, so each line of the listing is one place.
    CHECK(out == "dir/a.txt:3:22: high: title: film title differs:\\n\"The Musician\" vs \"The Composer\"\n"
                 "b.txt:1:8: high: title: film title differs:\\n\"The Musician\" vs \"The Composer\"\n");
}

TEST_CASE("report text: --list column skips a BOM and counts CJK as its bytes", "[report]") {
    Comparison c = crafted();
    std::swap(c.discrepancies[0].spans[0], c.discrepancies[0].spans[1]);
    // BOM (3 bytes, not counted), two Han characters (6 bytes), a space
    CHECK(render(c, {false, 0, true}).rfind("b.txt:1:8: high: title:", 0) == 0);
}

TEST_CASE("report text: side by side fits the width, CJK and combining marks included", "[report]") {
    Comparison c = crafted();
    c.renderings[1].doc.text.insert(c.renderings[1].doc.text.find(" end"), "e\xCC\x81\xCC\x81");  // e + two combining acutes
    c.renderings[1].doc.paragraphs[0].span.end += 5;
    for (int width : {30, 40, 80, 160}) {
        std::string out = render(c, {false, width, false});
        std::istringstream lines(out);
        std::string line;
        bool in_table = false;
        while (std::getline(lines, line)) {
            if (line.rfind("[0] a", 0) == 0) in_table = true;
            if (in_table) CHECK(display_width(line) <= width);
        }
        CHECK(in_table);
        if (width < 80) continue;  // narrower, the marked words wrap
        CHECK(out.find("{+The Composer+}") != std::string::npos);
        CHECK(out.find("[-The Musician-]") != std::string::npos);
        CHECK(out.find("high title") != std::string::npos);
    }
}

TEST_CASE("report text: colour only when asked", "[report]") {
    CHECK(render(crafted(), {false, 80, false}).find('\x1b') == std::string::npos);
    CHECK(render(crafted(), {false, 0, false}).find('\x1b') == std::string::npos);
    CHECK(render(crafted(), {true, 80, false}).find("\x1b[33mThe Composer") != std::string::npos);
    CHECK(render(crafted(), {true, 0, true}).find('\x1b') != std::string::npos);
}

TEST_CASE("report text: high and medium findings lead, before the rows, in both layouts", "[report]") {
    Comparison c = crafted();
    std::size_t end = c.renderings[0].doc.text.find("end.");
    c.discrepancies.push_back(make_finding(Kind::wording, Severity::low, {{0, {end, end + 3}}, {1, {end, end + 3}}}, "words replaced: faint change"));
    for (int width : {0, 80}) {
        std::string text = render(c, {false, width, false});
        std::size_t lead = text.find("findings: 1 high, 0 medium, 1 low");
        REQUIRE(lead != std::string::npos);
        std::size_t first = text.find("The Composer", lead);
        REQUIRE(first != std::string::npos);
        std::size_t rows = text.find(width ? "row 0 \u00b7" : "== row 0");
        REQUIRE(rows != std::string::npos);
        CHECK(first < rows);                      // before the rows
        CHECK(rows < text.find("faint change", lead));  // a low one only under its row
        if (width) for (std::size_t at = 0, next; (next = text.find('\n', at)) != std::string::npos; at = next + 1)
            CHECK(display_width(text.substr(at, next - at)) <= width);
    }
}

TEST_CASE("report text: counts agree with their nouns (1 row, 1 discrepancy)", "[report]") {
    CHECK(render(crafted(), {false, 0, false}).rfind("parallax: 2 renderings, 1 row, 1 discrepancy (1 high, 0 medium, 0 low)\n", 0) == 0);
    Comparison c = crafted();
    c.discrepancies.push_back(c.discrepancies[0]);
    c.rows.push_back(c.rows[0]);
    CHECK(render(c, {false, 0, false}).rfind("parallax: 2 renderings, 2 rows, 2 discrepancies (2 high, 0 medium, 0 low)\n", 0) == 0);
}

TEST_CASE("report text: side by side, a separator stays in its column beside an empty cell", "[report]") {
    // Three columns; the middle and the last end long before the first, so
    // lines hold nothing right of the first separator but more separators.
    Comparison c = crafted();
    Rendering third = c.renderings[1];
    third.doc.name = "c";
    third.doc.path = "c.txt";
    c.renderings.push_back(third);
    c.renderings[0].doc.text.insert(c.renderings[0].doc.text.find(" end."), " and a long tail of words that wraps over many lines of its column");
    c.renderings[0].doc.paragraphs[1].span.end = c.renderings[0].doc.text.size() - 1;
    c.rows[0].cells.push_back({0});
    std::string out = render(c, {false, 60, false});
    std::istringstream lines(out);
    std::vector<std::vector<int>> at;
    for (std::string line; std::getline(lines, line);) {
        std::vector<int> cols;
        for (std::size_t p = line.find("\u2502"); p != std::string::npos; p = line.find("\u2502", p + 1))
            cols.push_back(display_width(line.substr(0, p)));
        if (!cols.empty()) at.push_back(cols);
    }
    REQUIRE(at.size() > 4);
    for (const auto& cols : at) CHECK(cols == at.front());
}
