#include <catch2/catch.hpp>

#include <sstream>
#include <string>

#include "test_docs.hpp"
#include "parallax/batch.hpp"
#include "parallax/engine.hpp"
#include "parallax/report/html.hpp"
#include "sha256.hpp"
#include "report/view.hpp"

using namespace parallax;

namespace {

Comparison crafted() {
    Comparison c;
    Rendering a, b, u;
    a.doc.name = "a<b>";
    a.doc.path = "dir/\"a\".txt";
    a.doc.text = "Heading\n\nThe film \"The Musician\" <script>alert(1)</script> opened. \xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7 \xE4\xB8\xAD\xE6\x96\x87\n";
    a.doc.paragraphs = {{0, {0, 7}, {}, {}, false}, {1, {9, a.doc.text.size() - 1}, {}, {}, true}};
    b.doc.name = "b";
    b.doc.path = "b.txt";
    b.doc.text = "The film \"The Composer\" \"><img src=x onerror=alert(2)></textarea> opened.\n";
    b.doc.paragraphs = {{0, {0, b.doc.text.size() - 1}, {}, {}, true}};
    b.coverage = 1.0;
    u.doc.name = "unrelated-doc";
    u.doc.path = "u.txt";
    u.doc.text = "Something else entirely.\n";
    u.doc.paragraphs = {{0, {0, 24}, {}, {}, true}};
    u.status = Status::unrelated;
    u.reason = "shares 2% of content words <i>";
    c.renderings = {a, b, u};
    c.rows = {{{{1}, {0}, {}}, 0.5}};
    std::size_t am = a.doc.text.find("The Musician"), bm = b.doc.text.find("The Composer");
    c.diffs = {{0, 1, {{EditOp::same, {9, 18}, {0, 9}}, {EditOp::changed, {am, am + 12}, {bm, bm + 12}}}}};
    c.discrepancies = {make_finding(Kind::title, Severity::high, {{0, {am, am + 12}}, {1, {bm, bm + 12}}}, "film title differs: <\"The Musician\"> & co"),
                       make_finding(Kind::phrasing, Severity::low, {{1, b.doc.paragraphs[0].span}}, "wording differs")};
    std::size_t as = a.doc.text.find("<script>");
    c.discrepancies.push_back(make_finding(Kind::quote, Severity::medium, {{0, {as, as + 25}}}, "quotation not found"));
    c.notes = {Note{NoteReason::diff_too_large, 0, 0, {1, 2}, "note with <tags>"}};
    return c;
}

std::string render(const Comparison& c) {
    std::ostringstream out;
    report::write_html(c, out);
    return out.str();
}

std::size_t count(const std::string& s, const std::string& what) {
    std::size_t n = 0;
    for (auto p = s.find(what); p != std::string::npos; p = s.find(what, p + 1)) ++n;
    return n;
}

// The text between the first `open` and the next `close`.
std::string between(const std::string& s, const std::string& open, const std::string& close) {
    auto a = s.find(open);
    if (a == std::string::npos) return "<none>";
    a += open.size();
    return s.substr(a, s.find(close, a) - a);
}

// The page's only style and only script are the ones its policy names.
void check_policy(const std::string& page) {
    CHECK(count(page, "<style") == 1);
    CHECK(count(page, "<script") == 1);
    CHECK(count(page, "Content-Security-Policy") == 1);
    std::string csp = between(page, "Content-Security-Policy\" content=\"", "\"");
    CHECK(csp == "default-src 'none'; style-src 'sha256-" + sha256_base64(between(page, "<style>", "</style>")) + "'; script-src 'sha256-" +
                     sha256_base64(between(page, "<script>", "</script>")) + "'; base-uri 'none'; form-action 'none'");
    CHECK(between(page, "<style>", "</style>").size() > 100);
    CHECK(between(page, "<script>", "</script>").size() > 100);
}

}  // namespace

TEST_CASE("report html: the policy hashes the embedded style and script", "[report]") {
    check_policy(render(Comparison{}));
    check_policy(render(crafted()));
}

TEST_CASE("batch index: the same strict policy and escaper as the report", "[report]") {
    batch::SetSummary s;
    s.id = "<b>set";
    s.status = batch::SetStatus::differ;
    s.renderings = {"a\"><script>alert(1)</script>"};
    s.high = 1;
    s.worst_severity = "high";
    s.worst_kind = "figure";
    s.worst_message = "<img src=x onerror=alert(2)>";
    std::ostringstream out;
    batch::write_index_html({s}, out);
    std::string page = out.str();
    check_policy(page);
    CHECK(page.find("&lt;b&gt;set") != std::string::npos);
    CHECK(page.find("a&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
    CHECK(page.find("<img") == std::string::npos);
}

TEST_CASE("report html: an empty comparison is a whole page", "[report]") {
    std::string out = render(Comparison{});
    CHECK(out.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(out.find("</html>\n") != std::string::npos);
    CHECK(out.find("No discrepancies") != std::string::npos);
}

TEST_CASE("report html: sha256 matches the standard test vectors", "[report]") {
    CHECK(sha256_base64("") == "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
    CHECK(sha256_base64("abc") == "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=");
    CHECK(sha256_base64(std::string(1000, 'a')) == "Qe3s5C1j6Nm/UVqbppMuHCDLyfWl0TRkWttdsblzfqM=");
}

TEST_CASE("report html: every piece of input is escaped, only the page's own script runs", "[report]") {
    std::string out = render(crafted());
    CHECK(count(out, "<script") == 1);
    CHECK(out.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
    CHECK(out.find("<img") == std::string::npos);
    CHECK(out.find("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;&lt;/textarea&gt;") != std::string::npos);
    CHECK(out.find("</textarea>") == std::string::npos);
    CHECK(out.find("a&lt;b&gt;") != std::string::npos);
    CHECK(out.find("<b>") == std::string::npos);
    CHECK(out.find("dir/&quot;a&quot;.txt") != std::string::npos);
    CHECK(out.find("&lt;&quot;The Musician&quot;&gt; &amp; co") != std::string::npos);
    CHECK(out.find("note with &lt;tags&gt;") != std::string::npos);
    CHECK(out.find("<i>") == std::string::npos);
    // A strict policy: nothing fetched, scripts and styles only by hash.
    CHECK(out.find("default-src 'none'; style-src 'sha256-") != std::string::npos);
    CHECK(out.find("script-src 'sha256-") != std::string::npos);
    CHECK(out.find("unsafe-inline") == std::string::npos);
    CHECK(out.find("http://") == out.find("http://www.w3.org/2000/svg"));
    CHECK(out.find("https://") == std::string::npos);
}

TEST_CASE("report html: columns, marks, badges, list and map", "[report]") {
    std::string out = render(crafted());
    // aligned renderings are columns; the unrelated one is listed with its reason
    CHECK(out.find("<th>a&lt;b&gt;<span class=\"tag\">base</span></th><th>b<span class=\"tag\">100% coverage</span></th></tr></thead>") !=
          std::string::npos);
    CHECK(out.find("<th>unrelated-doc") == std::string::npos);
    CHECK(out.find("unrelated: shares 2% of content words &lt;i&gt;") != std::string::npos);
    CHECK(out.find("<tr id=\"row-0\"") != std::string::npos);
    CHECK(out.find("dir=\"auto\"") != std::string::npos);
    // the changed words, marked with the discrepancy, carry the base's words
    CHECK(out.find("<span class=\"chg x s-high d1\" title=\"base: The Musician\">The Composer</span>") != std::string::npos);
    CHECK(out.find("<span class=\"del x s-high d1\">The Musician</span>") != std::string::npos);
    // badge: symbol and number, not colour alone; whole-paragraph discrepancy as a cell badge
    CHECK(out.find("data-d=\"1\" title=\"high title: film title differs") != std::string::npos);
    CHECK(out.find("\u25B2" "1</a>") != std::string::npos);
    CHECK(out.find("<div class=\"cb\"><a class=\"b s-low\" href=\"#d-2\"") != std::string::npos);
    // the list, with filter attributes
    CHECK(out.find("<li id=\"d-1\" class=\"s-high\" data-d=\"1\" data-id=\"\" data-kind=\"title\" data-sev=\"high\" data-r=\" 0 1 \" "
                   "data-row=\"0\">") != std::string::npos);
    CHECK(out.find("<option value=\"phrasing\">phrasing (1)</option>") != std::string::npos);
    // the map: blocks link to rows, the heading outside the article is grey
    CHECK(out.find("<svg") != std::string::npos);
    CHECK(out.find("fill=\"#c8ccd2\"") != std::string::npos);
    CHECK(out.find("<a href=\"#row-0\"><path") != std::string::npos);
}

TEST_CASE("report html: deterministic", "[report]") { CHECK(render(crafted()) == render(crafted())); }

TEST_CASE("report html: the title names the renderings, escaped", "[report]") {
    CHECK(between(render(crafted()), "<title>", "</title>") == "parallax: a&lt;b&gt; \u00b7 b");
    CHECK(between(render(Comparison{}), "<title>", "</title>") == "parallax report");
}

TEST_CASE("report html: review marks under the stable id, a switcher, the map after the list", "[report]") {
    Comparison c = crafted();
    std::string without = render(c);
    CHECK(without.find("class=\"rv\"") == std::string::npos);  // no id, nothing to keep a mark under
    c.discrepancies[0].id = "d-0123456789ab\"<";
    std::string out = render(c);
    CHECK(out.find("data-id=\"d-0123456789ab&quot;&lt;\"") != std::string::npos);
    CHECK(count(out, "<div class=\"rv\" hidden>") == 1);
    CHECK(out.find("aria-label=\"#1 not a problem\"") != std::string::npos);
    CHECK(out.find("<button type=\"button\" id=\"m-export\">") != std::string::npos);
    // one switcher button per column, the base pressed
    CHECK(out.find("data-col=\"0\" aria-checked=\"true\">a&lt;b&gt;</button><button type=\"button\" role=\"radio\" data-col=\"1\" "
                   "aria-checked=\"false\">b</button>") != std::string::npos);
    // keyboard order is page order: list, then table, then map
    CHECK(out.find("id=\"dlist\"") < out.find("<table class=\"align\">"));
    CHECK(out.find("<table class=\"align\">") < out.find("<figure class=\"map\">"));
}

namespace {

const char* harbour =
    "The harbour council approved a new breakwater for the fishing fleet of Marlow on Tuesday.\n\n"
    "The mayor said the work would begin in spring and cost about four million euros.\n\n"
    "Fishermen have asked the council for protection from winter storms for many years.\n";

Comparison pair(const char* other) { return compare({read_doc("a", harbour), read_doc("b", other)}); }

}  // namespace

TEST_CASE("report html: a paraphrase opens on the findings, a near copy on the word diff", "[report]") {
    Comparison copy = pair(
        "The harbour council approved a new breakwater for the fishing fleet of Marlow on Monday.\n\n"
        "The mayor said the work would begin in spring and cost about four million euros.\n\n"
        "Fishermen have asked the council for protection from winter storms for many years.\n");
    Comparison paraphrase = pair(
        "On Tuesday, Marlow's harbour council gave its approval to building a breakwater that will shelter fishing boats.\n\n"
        "Construction, the mayor announced, starts in spring, with costs estimated at roughly four million euros.\n\n"
        "For years, fishermen sought shelter from storms in winter, pressing the council.\n");
    REQUIRE(copy.rows.size() == 3);
    REQUIRE(paraphrase.rows.size() == 3);
    CHECK(report::same_word_share(copy) > 0.9);
    CHECK(report::same_word_share(paraphrase) < 0.6);
    CHECK(report::default_view(copy) == report::View::diff);
    CHECK(report::default_view(paraphrase) == report::View::findings);
    std::string c = render(copy), p = render(paraphrase);
    CHECK(c.find("<main class=\"v-diff\">") != std::string::npos);
    CHECK(p.find("<main class=\"v-findings\">") != std::string::npos);
    // The radio button the page opens with is the one checked.
    CHECK(c.find("value=\"v-diff\" checked> Word diff") != std::string::npos);
    CHECK(p.find("value=\"v-findings\" checked> Findings only") != std::string::npos);
    // Nothing compared: nothing would drown in colour.
    CHECK(report::default_view(Comparison{}) == report::View::diff);
}

TEST_CASE("report html: the view toggle, the rows filter and each row's discrepancy numbers", "[report]") {
    std::string out = render(crafted());
    CHECK(out.find("<fieldset class=\"view\" id=\"view\" hidden><legend>View</legend><label><input type=\"radio\" name=\"view\" "
                   "value=\"v-findings\"") != std::string::npos);
    CHECK(out.find("> Findings only</label><label><input type=\"radio\" name=\"view\" value=\"v-diff\"") != std::string::npos);
    CHECK(out.find("> Word diff</label></fieldset>") != std::string::npos);
    CHECK(out.find("<kbd>v</kbd>: findings only / word diff") != std::string::npos);
    CHECK(out.find("<input type=\"checkbox\" id=\"f-rows\"> only rows with shown discrepancies</label>") != std::string::npos);
    CHECK(out.find("<tr id=\"row-0\" data-ds=\" 1 2 3 \">") != std::string::npos);
    // Input text inside a finding's span is escaped like any other.
    CHECK(out.find("<span class=\"x s-medium d3\">&lt;script&gt;alert(1)&lt;/script&gt;</span>") != std::string::npos);
    // Both views are explained.
    CHECK(out.find("<strong>Findings only</strong> marks just the discrepancies") != std::string::npos);
    CHECK(out.find("<strong>Word diff</strong> also colours every word") != std::string::npos);
}

TEST_CASE("report html: a row without discrepancies carries no numbers", "[report]") {
    Comparison c = pair(harbour);
    REQUIRE(c.discrepancies.empty());
    std::string out = render(c);
    CHECK(out.find("<tr id=\"row-0\">") != std::string::npos);
    CHECK(out.find("data-ds") == std::string::npos);
}
