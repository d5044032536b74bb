#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <sstream>

#include "parallax/engine.hpp"
#include "parallax/report/render.hpp"

using namespace parallax;
using report::Format;

namespace {
// A rendering named `name` (read from `path`) of one short sentence, and an
// identical one named "b": the comparison renderers are given.
Comparison two_alike(std::string name, std::string path) {
    Document a;
    a.name = std::move(name);
    a.path = std::move(path);
    a.text = "The bridge opened over the canal in the old quarter last week.";
    Document b = a;
    b.name = "b";
    b.path = "b.txt";
    return compare({a, b});
}
}  // namespace

TEST_CASE("render: format names round-trip, unknown names are refused", "[report]") {
    for (Format f : {Format::text, Format::json, Format::html, Format::csv, Format::tmx})
        CHECK(report::parse_format(report::to_string(f)) == f);
    CHECK(!report::parse_format("pdf"));
    CHECK(!report::parse_format(""));
    CHECK(!report::parse_format("JSON"));
}

TEST_CASE("render: each format reaches its own renderer with its options", "[report]") {
    Comparison c = two_alike("a", "a.txt");
    auto out = [&](Format f, report::RenderOptions o = {}) {
        std::ostringstream s;
        report::render(c, f, o, s);
        return s.str();
    };
    CHECK(out(Format::json).rfind("{", 0) == 0);
    CHECK(out(Format::html).rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(out(Format::tmx).find("<tmx") != std::string::npos);
    CHECK(out(Format::csv).find("id,kind,severity") == 0);
    report::RenderOptions o;
    o.tmx.langs = {"en", "fr"};
    CHECK(out(Format::tmx, o).find("xml:lang=\"fr\"") != std::string::npos);
    CHECK(out(Format::text).find("parallax: 2 renderings") == 0);
}

TEST_CASE("render: JSON never throws on bytes that are not UTF-8", "[report]") {
    Comparison c = two_alike("caf\xe9", "caf\xe9.txt");  // as a caller might fill it without read()
    std::ostringstream s;
    CHECK_NOTHROW(report::render(c, Format::json, {}, s));
    CHECK(s.str().find("\"caf\xef\xbf\xbd.txt\"") != std::string::npos);  // U+FFFD
}

TEST_CASE("render: JSON diffs are against the base only, as documented", "[report]") {
    Document a;
    a.name = "a";
    a.path = "a.txt";
    a.text = "The bridge opened over the canal in the old quarter last week.";
    Document b = a, d = a;
    b.name = "b", b.path = "b.txt";
    d.name = "d", d.path = "d.txt";
    d.text = "The bridge opened over the river in the old quarter last week.";
    Comparison c = compare({a, b, d});
    REQUIRE(c.base == 0);
    REQUIRE(c.diffs.size() == 3);  // a/b, a/d, and b/d
    std::ostringstream s;
    report::render(c, Format::json, {}, s);
    std::string json = s.str();
    CHECK(json.find("{\"row\": 0, \"rendering\": 1, \"edits\"") != std::string::npos);
    CHECK(json.find("{\"row\": 0, \"rendering\": 2, \"edits\"") != std::string::npos);
    std::size_t rows = 0;
    for (std::size_t at = json.find("\"edits\""); at != std::string::npos; at = json.find("\"edits\"", at + 1)) ++rows;
    CHECK(rows == 2);
}

TEST_CASE("render: JSON strings escaped as nlohmann/json escapes them", "[report]") {
    // every kind of byte a text may hold: quotes, backslash, the named
    // escapes, other controls, non-ASCII
    const std::string tricky = "He said \"no\" \\ then\ttab\x01\x1f\x7f caf\xc3\xa9 \xe2\x80\x94 end";
    Comparison c = two_alike(tricky, "a.txt");
    std::ostringstream s;
    report::render(c, Format::json, {}, s);
    const std::string expected = nlohmann::json(tricky).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    CHECK(expected == "\"He said \\\"no\\\" \\\\ then\\ttab\\u0001\\u001f\x7f caf\xc3\xa9 \xe2\x80\x94 end\"");
    CHECK(s.str().find(expected) != std::string::npos);
    auto parsed = nlohmann::json::parse(s.str());
    CHECK(parsed.dump().find(expected) != std::string::npos);
}
