#include <catch2/catch.hpp>

#include "report/row_view.hpp"
#include "test_docs.hpp"

using namespace parallax;
using report::Mark;

namespace {

// A base and two renderings of one paragraph; both change words of the base,
// over spans that overlap ("red big" and "big dog").
Comparison three() {
    Comparison c;
    Rendering a, b, d;
    a.doc.text = "the red big dog ran";
    b.doc.text = "the blue dog ran";
    d.doc.text = "the red cat ran";
    for (Rendering* r : {&a, &b, &d}) r->doc.paragraphs = {{0, {0, r->doc.text.size()}, {}, {}, true}};
    c.renderings = {a, b, d};
    c.rows = {{{{0}, {0}, {0}}, 0.625}};
    c.diffs = {{0, 1, {{EditOp::same, {0, 3}, {0, 3}}, {EditOp::changed, {4, 11}, {4, 8}}, {EditOp::same, {12, 19}, {9, 16}}}},
               {0, 2, {{EditOp::same, {0, 7}, {0, 7}}, {EditOp::changed, {8, 15}, {8, 11}}, {EditOp::same, {16, 19}, {12, 15}}}}};
    c.discrepancies = {make_finding(Kind::name, Severity::high, {{0, {12, 15}}, {2, {8, 11}}}, "dog vs cat"),
                       make_finding(Kind::phrasing, Severity::low, {}, "wording differs")};
    return c;
}

}  // namespace

TEST_CASE("row view: an empty comparison has no columns", "[report]") {
    Comparison c;
    CHECK(report::columns(c).empty());
    c.base = 3;  // out of range: nothing is laid out
    c.renderings.resize(2);
    CHECK(report::columns(c).empty());
}

TEST_CASE("row view: percentages are rounded one way everywhere", "[report]") {
    CHECK(report::percent(0) == "0%");
    CHECK(report::percent(0.625) == "63%");
    CHECK(report::percent(0.004999) == "0%");
    CHECK(report::percent(0.005) == "1%");
    CHECK(report::percent(1) == "100%");
}

TEST_CASE("row view: the base cell marks the union of what every rendering changes", "[report]") {
    Comparison c = three();
    auto v = report::row_view(c, report::row_index(c), 0, report::columns(c));
    REQUIRE(v.cells.size() == 3);
    CHECK(v.similarity == "63%");
    const auto& base = v.cells[0];
    REQUIRE(base.paragraphs.size() == 1);
    // pieces cover the paragraph without gaps
    std::size_t at = 0;
    std::string removed;
    for (const auto& p : base.paragraphs[0].pieces) {
        CHECK(p.span.start == at);
        at = p.span.end;
        if (p.mark == Mark::removed) removed += c.text(0, p.span);
    }
    CHECK(at == c.renderings[0].doc.text.size());
    CHECK(removed == "red big dog");  // "red big" (b) and "big dog" (d), overlapping
    // the name finding's span is its own piece, marked with the finding
    bool found = false;
    for (const auto& p : base.paragraphs[0].pieces)
        if (c.text(0, p.span) == "dog") found = p.findings == std::vector<std::size_t>{0};
    CHECK(found);
    // a finding without spans is about the base cell as a whole
    CHECK(base.cell_findings == std::vector<std::size_t>{1});
    CHECK(v.cells[1].cell_findings.empty());
}

TEST_CASE("row view: other cells mark their changes with the base words they replace", "[report]") {
    Comparison c = three();
    auto v = report::row_view(c, report::row_index(c), 0, report::columns(c));
    const auto& cell = v.cells[2];
    CHECK(cell.present);
    CHECK(cell.diff == &c.diffs[1]);
    std::vector<std::string> changed, was;
    for (const auto& p : cell.paragraphs[0].pieces)
        if (p.mark == Mark::changed) changed.emplace_back(c.text(2, p.span)), was.emplace_back(c.text(0, p.was));
    CHECK(changed == std::vector<std::string>{"cat"});
    CHECK(was == std::vector<std::string>{"big dog"});
}

TEST_CASE("row view: a rendering without paragraphs in the row is absent", "[report]") {
    Comparison c = three();
    c.rows[0].cells[1].clear();
    auto v = report::row_view(c, report::row_index(c), 0, report::columns(c));
    CHECK_FALSE(v.cells[1].present);
    CHECK(v.cells[1].paragraphs.empty());
    CHECK(v.cells[0].present);
}

TEST_CASE("row view: word diffs between two non-base renderings mark nothing", "[report]") {
    // the engine also diffs b against d; the row view shows each rendering
    // against the base only
    Comparison c = three();
    c.diffs.push_back({0, 2, {{EditOp::same, {0, 3}, {0, 3}}, {EditOp::changed, {4, 12}, {4, 11}}, {EditOp::same, {13, 16}, {12, 15}}}, 1});
    auto v = report::row_view(c, report::row_index(c), 0, report::columns(c));
    CHECK(v.cells[2].diff == &c.diffs[1]);
    CHECK(v.cells[1].diff == &c.diffs[0]);
    std::string removed;
    for (const auto& p : v.cells[0].paragraphs[0].pieces)
        if (p.mark == Mark::removed) removed += c.text(0, p.span);
    CHECK(removed == "red big dog");
    std::vector<std::string> changed;
    for (const auto& p : v.cells[2].paragraphs[0].pieces)
        if (p.mark == Mark::changed) changed.emplace_back(c.text(2, p.span));
    CHECK(changed == std::vector<std::string>{"cat"});
}

TEST_CASE("row view: a finding's span that lies in another row's cell is marked there too, inside its paragraph only", "[report]") {
    // a sentence moved: the finding belongs to row 0, its right side sits in row 1
    Comparison c;
    Rendering a, b;
    a.doc.text = "one two\n\nthree four";
    b.doc.text = "three five\n\none two";
    a.doc.paragraphs = {{0, {0, 7}, {}, {}, true}, {1, {9, 19}, {}, {}, true}};
    b.doc.paragraphs = {{0, {0, 10}, {}, {}, true}, {1, {12, 19}, {}, {}, true}};
    c.renderings = {a, b};
    c.base = 0;
    c.rows = {{{{0}, {1}}, 1.0}, {{{1}, {0}}, 0.5}};
    c.discrepancies = {make_finding(Kind::wording, Severity::low, {{0, {15, 19}}, {1, {6, 10}}}, "four vs five")};
    c.discrepancies[0].row = 1;
    auto marked = [&](int row, int y) {
        std::string out;
        auto v = report::row_view(c, report::row_index(c), row, report::columns(c));
        for (const auto& p : v.cells[static_cast<std::size_t>(y)].paragraphs)
            for (const auto& piece : p.pieces)
                if (!piece.findings.empty()) out += c.text(y, piece.span);
        return out;
    };
    CHECK(marked(1, 0) == "four");
    CHECK(marked(1, 1) == "five");
    CHECK(marked(0, 0).empty());
    // moved: the finding's row is 0, its right side is in row 1
    c.discrepancies[0].row = 0;
    c.discrepancies[0].spans = {{0, {0, 3}}, {1, {6, 10}}};
    CHECK(marked(0, 0) == "one");
    CHECK(marked(1, 1) == "five");
    CHECK(report::row_view(c, report::row_index(c), 1, report::columns(c)).cells[1].cell_findings.empty());
    // a span across two paragraphs lies inside neither: not marked in the other row
    c.discrepancies[0].spans = {{0, {0, 3}}, {1, {8, 14}}};
    CHECK(marked(1, 1).empty());
    // the last paragraph of the text, found by the index as the first is
    c.discrepancies[0].spans = {{0, {0, 3}}, {1, {15, 19}}};
    CHECK(marked(1, 1).empty());  // b's paragraph 1 is row 0's cell
    c.discrepancies[0].row = 1;
    c.discrepancies[0].spans = {{0, {9, 14}}, {1, {15, 19}}};
    CHECK(marked(0, 1) == " two");
}
