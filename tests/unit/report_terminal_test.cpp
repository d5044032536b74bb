#include <catch2/catch.hpp>

#include <sstream>
#include <string>

#include "parallax/report/text.hpp"
#include "report/terminal.hpp"
#include "test_docs.hpp"

using namespace parallax;
using report::Newlines;
using report::terminal_safe;

namespace {

// No byte that a terminal acts on: C0 controls (newlines only where allowed),
// DEL, and C1 controls in either their UTF-8 or their 8-bit form.
bool inert(const std::string& s, bool newlines_ok) {
    for (std::size_t i = 0; i < s.size(); ++i) {
        auto b = static_cast<unsigned char>(s[i]);
        if (b == '\n' && newlines_ok) continue;
        if (b < 0x20 || b == 0x7F) return false;
        if (b == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0x80 && static_cast<unsigned char>(s[i + 1]) <= 0x9F) return false;
    }
    return true;
}

// One paragraph per rendering, full of escape sequences, with a title
// discrepancy whose spans and message carry them too.
Comparison hostile() {
    Comparison c;
    Rendering a, b;
    a.doc.name = "a\x1b]0;pwned\x07";
    a.doc.path = "dir/a\nFAKE.txt:9:9: high: name: forged";
    a.doc.text = "The film \x1b[31m\"The Musician\"\x1b[0m and \x1b]8;;http://evil/\x1b\\a link\x1b]8;;\x1b\\ rang\x07 back\rOVER.\n";
    a.doc.paragraphs = {{0, {0, a.doc.text.size() - 1}, {}, {}, true}};
    b.doc.name = "b";
    b.doc.path = "b.txt";
    b.doc.text = "The film \"The\nComposer\" \xC2\x9B" "2J and a link rang\x7F back.\n";
    b.doc.paragraphs = {{0, {0, b.doc.text.size() - 1}, {}, {}, true}};
    b.coverage = 1.0;
    c.renderings = {a, b};
    c.rows = {{{{0}, {0}}, 0.5}};
    std::size_t am = a.doc.text.find("\"The Musician\""), bm = b.doc.text.find("\"The\nComposer\"");
    c.diffs = {{0, 1,
                {{EditOp::same, {0, 9}, {0, 9}},
                 {EditOp::changed, {am, am + 14}, {bm, bm + 14}},
                 {EditOp::same, {am + 14, a.doc.paragraphs[0].span.end}, {bm + 14, b.doc.paragraphs[0].span.end}}}}};
    c.discrepancies = {make_finding(Kind::title, Severity::high, {{0, {am, am + 14}}, {1, {bm, bm + 14}}},
                                    "film title differs: \"The\x1b[31m Musician\" vs \"The\nComposer\"")};
    c.notes = {Note{NoteReason::diff_too_large, 0, 1, {1, 2}, "note \x1b[2J"}};
    c.quotes = {{1, {bm + 1, bm + 13}, {{0, QuoteMatch::not_found, {}}}}};
    return c;
}

std::string render(const Comparison& c, report::TextOptions o) {
    std::ostringstream out;
    report::write_text(c, out, o);
    return out.str();
}

}  // namespace

TEST_CASE("terminal_safe: empty and plain text pass unchanged", "[report]") {
    CHECK(terminal_safe("").empty());
    CHECK(terminal_safe("plain \xE4\xB8\xAD\xE6\x96\x87 \xC3\xA9 text \\ ok") == "plain \xE4\xB8\xAD\xE6\x96\x87 \xC3\xA9 text \\ ok");
}

TEST_CASE("terminal_safe: controls are shown as escapes", "[report]") {
    CHECK(terminal_safe("\x1b[31mred\x1b[0m") == "\\x1b[31mred\\x1b[0m");
    CHECK(terminal_safe("\x1b]8;;http://x/\x1b\\link\x1b]8;;\x1b\\") == "\\x1b]8;;http://x/\\x1b\\link\\x1b]8;;\\x1b\\");
    CHECK(terminal_safe("bell\x07") == "bell\\x07");
    CHECK(terminal_safe("a\tb\nc\rd") == "a\\tb\\nc\\rd");
    CHECK(terminal_safe(std::string("nul\0!", 5)) == "nul\\x00!");
    CHECK(terminal_safe("del\x7f") == "del\\x7f");
    CHECK(terminal_safe("csi\xC2\x9B" "2J") == "csi\\u009b2J");
    CHECK(terminal_safe("nel\xC2\x85") == "nel\\u0085");
    CHECK(terminal_safe("\xC2\xA0nbsp") == "\xC2\xA0nbsp");  // U+00A0 is no control
}

TEST_CASE("terminal_safe: bytes outside valid UTF-8 are shown, not passed", "[report]") {
    CHECK(terminal_safe("a\x9b" "2Jb") == "a\\x9b2Jb");
    CHECK(terminal_safe("cut \xE4\xB8") == "cut \\xe4\\xb8");
    CHECK(terminal_safe("\xFF") == "\\xff");
}

TEST_CASE("terminal_safe: keeping lines passes newlines and CRLF, shows a lone CR", "[report]") {
    CHECK(terminal_safe("one\ntwo\r\nthree", Newlines::keep) == "one\ntwo\r\nthree");
    CHECK(terminal_safe("text\rOVER\x1b[2K", Newlines::keep) == "text\\rOVER\\x1b[2K");
    CHECK(terminal_safe("tab\there", Newlines::keep) == "tab\\there");
}

TEST_CASE("report text: --list lines cannot be forged or recoloured by the input", "[report]") {
    std::string out = render(hostile(), {false, 0, true});
    CHECK(inert(out, true));
    // one discrepancy in two renderings, two lines; the newline in the path
    // and the message shown as \n
    CHECK(std::count(out.begin(), out.end(), '\n') == 2);
    CHECK(out.rfind("dir/a\\nFAKE.txt:9:9: high: name: forged:1:15: high: title: film title differs: \"The\\x1b[31m Musician\" vs \"The\\nComposer\"\n", 0) == 0);
}

TEST_CASE("report text: the row view shows controls and keeps its lines", "[report]") {
    std::string out = render(hostile(), {false, 0, false});
    CHECK(inert(out, true));
    CHECK(out.find("\\x1b[31m") != std::string::npos);
    CHECK(out.find("rang\\x07 back\\rOVER.") != std::string::npos);
    CHECK(out.find("\\u009b2J") != std::string::npos);
    CHECK(out.find("rang\\x7f") != std::string::npos);
    CHECK(out.find("a\\x1b]0;pwned\\x07") != std::string::npos);  // the rendering's name
    CHECK(out.find("note \\x1b[2J") != std::string::npos);
}

TEST_CASE("report text: side by side shows controls and fits the width", "[report]") {
    for (bool color : {false, true}) {
        std::string out = render(hostile(), {color, 60, false});
        if (!color) CHECK(inert(out, true));
        CHECK(out.find("\\x1b[31m") != std::string::npos);
        CHECK(out.find("\\x07") != std::string::npos);
        CHECK(out.find("\\u009b") != std::string::npos);
        CHECK(out.find("]0;pwned") != std::string::npos);
        // With colour the only escapes are the renderer's own SGR sequences.
        for (std::size_t p = out.find('\x1b'); p != std::string::npos; p = out.find('\x1b', p + 1)) CHECK(out.compare(p, 2, "\x1b[") == 0);
        CHECK(out.find("\x1b]") == std::string::npos);
        CHECK(out.find('\x07') == std::string::npos);
    }
}
