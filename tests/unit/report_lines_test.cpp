#include <catch2/catch.hpp>

#include <string>

#include "report/summary.hpp"
#include "test_docs.hpp"

using namespace parallax;
using report::Columns;
using report::LineCol;

namespace {

// Counted from the top for every byte, as an editor does: the reference the
// line index must agree with.
LineCol counted(std::string_view text, std::size_t byte, Columns cols) {
    LineCol lc;
    std::size_t i = text.substr(0, 3) == "\xEF\xBB\xBF" && byte >= 3 ? 3 : 0;
    for (; i < byte && i < text.size(); ++i) {
        auto ch = static_cast<unsigned char>(text[i]);
        if (ch == '\n') lc.line++, lc.col = 1;
        else if (cols == Columns::bytes || (ch & 0xC0) != 0x80) lc.col++;
    }
    return lc;
}

}  // namespace

TEST_CASE("line positions: every byte's line and column, as counted from the top of the file", "[report]") {
    // a byte-order mark, CRLF and LF lines, an empty line, two- and
    // three-byte characters, no newline at the end
    const std::string text = "\xEF\xBB\xBF" "First line\r\nZwei \xC3\xBC\xC3\xB6 and \xE2\x80\x9Cquoted\xE2\x80\x9D\n\n\xE4\xB8\xAD\xE6\x96\x87 last";
    Document doc = make_doc("t", text);
    REQUIRE(doc.text == text);
    const report::DocumentLines lines(doc);
    for (Columns cols : {Columns::bytes, Columns::characters})
        for (std::size_t b = 0; b <= text.size() + 2; ++b) {
            INFO("byte " << b);
            LineCol want = counted(text, b, cols), got = lines(b, cols);
            CHECK(got.line == want.line);
            CHECK(got.col == want.col);
            CHECK(report::line_col(doc, b, cols).col == want.col);
        }
    CHECK(lines(text.find("Zwei"), Columns::bytes).line == 2);
    CHECK(lines(text.find("last"), Columns::characters).col == 4);
}
