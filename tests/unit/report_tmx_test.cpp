#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <vector>

#include "parallax/report/tmx.hpp"

using namespace parallax;

namespace {

std::string render(const Comparison& c, report::TmxOptions o = {}) {
    std::ostringstream out;
    report::write_tmx(c, out, o);
    return out.str();
}

// Enough of XML to catch what a renderer could break: every '<' starts a
// well-formed tag, tags nest, '&' starts a known entity, no raw control chars.
bool well_formed(const std::string& s) {
    std::vector<std::string> open;
    for (std::size_t i = 0; i < s.size(); ++i) {
        unsigned char ch = static_cast<unsigned char>(s[i]);
        if (ch < 0x20 && ch != '\n' && ch != '\t' && ch != '\r') return false;
        if (ch == '&') {
            auto semi = s.find(';', i);
            std::string ent = s.substr(i, semi == std::string::npos ? 0 : semi - i + 1);
            if (ent != "&amp;" && ent != "&lt;" && ent != "&gt;" && ent != "&quot;" && ent != "&apos;" && ent != "&#13;") return false;
        }
        if (ch == '>' && (open.empty() || true)) {
            // a '>' in text is legal XML; nothing to check
        }
        if (ch != '<') continue;
        auto close = s.find('>', i);
        if (close == std::string::npos) return false;
        std::string tag = s.substr(i + 1, close - i - 1);
        if (tag.find('<') != std::string::npos) return false;
        if (tag[0] == '?') {
            if (tag.back() != '?') return false;
        } else if (tag[0] == '/') {
            if (open.empty() || open.back() != tag.substr(1)) return false;
            open.pop_back();
        } else if (tag.back() != '/') {
            open.push_back(tag.substr(0, tag.find(' ')));
        }
        i = close;
    }
    return open.empty();
}

std::size_t count(const std::string& s, const std::string& what) {
    std::size_t n = 0;
    for (auto p = s.find(what); p != std::string::npos; p = s.find(what, p + 1)) ++n;
    return n;
}

Comparison crafted() {
    Comparison c;
    Rendering a, b, u;
    a.doc.name = "a";
    a.doc.text = "One <script>alert(1)</script> & more\x01.\n\nTwo.\n\nThree.";
    a.doc.paragraphs = {{0, {0, 38}, {}, {}, true}, {1, {40, 44}, {}, {}, true}, {2, {46, 52}, {}, {}, true}};
    b.doc.name = "b\"q";
    b.doc.text = "Un ]]> \"deux\"\r\n\r\nTrois.";
    b.doc.paragraphs = {{0, {0, 13}, {}, {}, true}, {1, {17, 23}, {}, {}, true}};
    u.doc.name = "u";
    u.doc.text = "unrelated";
    u.doc.paragraphs = {{0, {0, 9}, {}, {}, true}};
    u.status = Status::unrelated;
    c.renderings = {a, b, u};
    c.rows = {{{{0, 1}, {0}, {0}}, 0.4}, {{{2}, {1}, {}}, 0.9}, {{{}, {}, {}}, 0.0}};
    return c;
}

}  // namespace

TEST_CASE("report tmx: an empty comparison is a well-formed empty memory", "[report]") {
    std::string out = render(Comparison{});
    CHECK(well_formed(out));
    CHECK(out.find("<tmx version=\"1.4\">") != std::string::npos);
    CHECK(count(out, "<tu ") == 0);
}

TEST_CASE("report tmx: one tu per aligned pair, escaped, with languages", "[report]") {
    std::string out = render(crafted(), {report::split_langs("zh, en")});
    CHECK(well_formed(out));
    CHECK(count(out, "<tu ") == 2);  // the unrelated rendering makes no pair
    CHECK(out.find("srclang=\"zh\"") != std::string::npos);
    CHECK(out.find("<tuv xml:lang=\"zh\"><prop type=\"x-rendering\">a</prop><seg>One &lt;script&gt;alert(1)&lt;/script&gt; &amp; more\xEF\xBF\xBD. Two.</seg>") !=
          std::string::npos);
    CHECK(out.find("<tuv xml:lang=\"en\"><prop type=\"x-rendering\">b&quot;q</prop><seg>Un ]]&gt; &quot;deux&quot;</seg>") != std::string::npos);
    CHECK(render(crafted()).find("xml:lang=\"und\"") != std::string::npos);
}

TEST_CASE("report tmx: language lists", "[report]") {
    CHECK(report::split_langs("") == std::vector<std::string>{"und"});
    CHECK(report::split_langs("en") == std::vector<std::string>{"en"});
    CHECK(report::split_langs("zh , en,") == std::vector<std::string>{"zh", "en", ""});
}

TEST_CASE("report tmx: without --lang each rendering has its detected language", "[report]") {
    Comparison c = crafted();
    c.renderings[0].doc.language = "zh";
    c.renderings[1].doc.language = "en";
    std::string out = render(c);
    CHECK(out.find("srclang=\"zh\"") != std::string::npos);
    CHECK(out.find("<tuv xml:lang=\"en\"><prop type=\"x-rendering\">b&quot;q</prop>") != std::string::npos);
    // what the user gives wins
    CHECK(render(c, {report::split_langs("ru")}).find("xml:lang=\"zh\"") == std::string::npos);
}
