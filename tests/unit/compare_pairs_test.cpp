// Every pair of renderings is compared, not only the base against each other
// one: a difference between two non-base renderings is found, and one the
// base pairs already state is folded into their finding, not repeated.
#include <catch2/catch.hpp>

#include <algorithm>

#include "parallax/compare.hpp"
#include "parallax/engine.hpp"
#include "test_docs.hpp"

using namespace parallax;

namespace {

Document doc(std::string name, std::string text) { return read_doc(std::move(name), std::move(text)); }

const char* opening =
    "Traders in Morvale sold amber beads along the river market every Sunday.\n\n"
    "The mayor opened a bridge over the canal in the old quarter last week.\n\n";

std::vector<const Discrepancy*> of_kind(const Comparison& c, Kind k) {
    std::vector<const Discrepancy*> out;
    for (const auto& d : c.discrepancies)
        if (d.kind == k) out.push_back(&d);
    return out;
}

// The renderings a finding has spans in, sorted.
std::vector<int> holders(const Discrepancy& d) {
    std::vector<int> out;
    for (const auto& s : d.spans) out.push_back(s.rendering);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

// The base `x` words the row plainly; `a` and `b` state a figure and a name
// the base does not, each their own way.
EngineOptions base_x() {
    EngineOptions opt;
    opt.locate.base = "x";
    return opt;
}

}  // namespace

TEST_CASE("pairs: two non-base renderings that differ in a figure and a name give one finding each", "[compare]") {
    std::string x = std::string(opening) + "The council met the new minister at the town hall on Monday to discuss the harbour.";
    std::string a = std::string(opening) +
                    "The council of 4,812 residents met Minister Olga Petrenko at the town hall on Monday to discuss the harbour.";
    std::string b = std::string(opening) +
                    "The council of 6,350 residents met Minister Irena Bogdanovic at the town hall on Monday to discuss the harbour.";
    auto c = compare({doc("x", x), doc("a", a), doc("b", b)}, base_x());
    REQUIRE(c.base == 0);
    auto figures = with(c, Finding::figure_differs);
    REQUIRE(figures.size() == 1);
    CHECK(holders(*figures[0]) == std::vector<int>{1, 2});
    CHECK(c.text(1, figures[0]->spans[0].span) == "4,812");
    CHECK(c.text(2, figures[0]->spans[1].span) == "6,350");
    CHECK(figures[0]->severity == Severity::high);
    CHECK(figures[0]->message == "figure differs: '4,812' vs '6,350' [a vs b]");
    auto names = with(c, Finding::name_differs);
    REQUIRE(names.size() == 1);
    CHECK(holders(*names[0]) == std::vector<int>{1, 2});
    CHECK(c.text(1, names[0]->spans[0].span).find("Olga Petrenko") != std::string_view::npos);
    CHECK(c.text(2, names[0]->spans[1].span).find("Irena Bogdanovic") != std::string_view::npos);
    CHECK_FALSE(names[0]->outlier);  // the base says neither: nobody is outvoted
}

TEST_CASE("pairs: base against b differs, a agrees with the base: one finding with the spans of all three", "[compare]") {
    std::string x = std::string(opening) + "The council counted 4,812 new residents in the valley towns last year.";
    std::string b = std::string(opening) + "The council counted 4,821 new residents in the valley towns last year.";
    auto c = compare({doc("x", x), doc("a", x), doc("b", b)}, base_x());
    REQUIRE(c.base == 0);
    auto figures = of_kind(c, Kind::figure);
    REQUIRE(figures.size() == 1);
    const Discrepancy& d = *figures[0];
    CHECK(d.finding == Finding::figure_differs);
    CHECK(holders(d) == std::vector<int>{0, 1, 2});
    // the pair it was found in comes first: the base, then the one that differs
    REQUIRE(d.spans.size() == 3);
    CHECK(d.spans[0].rendering == 0);
    CHECK(d.spans[1].rendering == 2);
    CHECK(c.text(1, d.spans[2].span) == "4,812");
    CHECK(d.against == std::vector<int>{2});
    REQUIRE(d.outlier);
    CHECK(d.outlier->odd == 2);
    CHECK(d.outlier->agreeing == 2);
    CHECK(d.message == "figure differs: '4,812' vs '4,821'; odd one out: b (2 of 3 renderings say '4,812')");
}

TEST_CASE("pairs: three forms: the non-base pair folds into both base findings, and nobody is the odd one out", "[compare]") {
    std::string x = std::string(opening) + "The council counted 4,812 new residents in the valley towns last year.";
    std::string a = std::string(opening) + "The council counted 4,821 new residents in the valley towns last year.";
    std::string b = std::string(opening) + "The council counted 4,128 new residents in the valley towns last year.";
    auto c = compare({doc("x", x), doc("a", a), doc("b", b)}, base_x());
    REQUIRE(c.base == 0);
    auto figures = of_kind(c, Kind::figure);
    REQUIRE(figures.size() == 2);  // x/a and x/b; a/b says nothing they do not
    for (const auto* d : figures) {
        CHECK(d->spans[0].rendering == 0);
        // each finding shows every rendering's form: its pair's two and the third
        CHECK(holders(*d) == std::vector<int>{0, 1, 2});
        CHECK_FALSE(d->outlier);
        CHECK(d->message.find("odd one out") == std::string::npos);
    }
}

TEST_CASE("pairs: a sentence the base and a have and b lacks is one omission naming both holders", "[compare]") {
    std::string tail = "Fishermen mended their nets on the quay before the autumn storms arrived.";
    std::string extra = " The harbour master counted every boat twice and recorded their names in a ledger.";
    std::string full = std::string(opening) + tail + extra;
    std::string cut = std::string(opening) + tail;
    auto c = compare({doc("x", full), doc("a", full), doc("b", cut)}, base_x());
    REQUIRE(c.base == 0);
    auto found = with(c, Finding::sentence_one_sided);
    REQUIRE(found.size() == 1);
    CHECK(found[0]->kind == Kind::omission);
    CHECK(holders(*found[0]) == std::vector<int>{0, 1});
    CHECK(found[0]->against == std::vector<int>{2});
    CHECK(found[0]->message.rfind("sentence only in x, a (", 0) == 0);
}

TEST_CASE("pairs: a sentence only b has, against base and a, is one addition naming both", "[compare]") {
    std::string tail = "Fishermen mended their nets on the quay before the autumn storms arrived.";
    std::string extra = " The harbour master counted every boat twice and recorded their names in a ledger.";
    std::string full = std::string(opening) + tail + extra;
    std::string cut = std::string(opening) + tail;
    auto c = compare({doc("x", cut), doc("a", cut), doc("b", full)}, base_x());
    REQUIRE(c.base == 0);
    auto found = with(c, Finding::sentence_one_sided);
    REQUIRE(found.size() == 1);
    CHECK(found[0]->kind == Kind::addition);
    CHECK(holders(*found[0]) == std::vector<int>{2});
    CHECK(found[0]->against == std::vector<int>{0, 1});
}

TEST_CASE("pairs: a row without a base cell is compared between the renderings it has", "[compare]") {
    // The aligner puts what only one rendering adds in a row of its own; a
    // row two non-base renderings share, built here by hand, is compared all
    // the same.
    auto lexicon = std::make_shared<Lexicon>();
    std::vector<std::string> texts = {
        "The mayor opened a bridge over the canal in the old quarter last week.",
        "The mayor opened a bridge over the canal in the old quarter last week.\n\n"
        "The council counted 4,812 new residents in the valley towns last year.",
        "The mayor opened a bridge over the canal in the old quarter last week.\n\n"
        "The council counted 4,821 new residents in the valley towns last year.",
    };
    Comparison c;
    for (std::size_t k = 0; k < texts.size(); ++k) {
        Rendering r;
        r.doc = read_doc(std::string(1, static_cast<char>('x' + k)), texts[k]);
        prepare(r.doc, lexicon);
        r.coverage = 1.0;
        c.renderings.push_back(std::move(r));
    }
    c.base = 0;
    c.rows = {{{{0}, {0}, {0}}, 1.0}, {{{}, {1}, {1}}, 0.0}};
    CompareOptions opt;
    c.diffs = word_diffs(c.renderings, c.base, c.rows, opt, c.notes);
    auto pair = std::find_if(c.diffs.begin(), c.diffs.end(), [](const CellDiff& d) { return d.row == 1; });
    REQUIRE(pair != c.diffs.end());
    CHECK(pair->left == 1);
    CHECK(pair->rendering == 2);
    std::vector<RenderingFacts> facts;
    for (const auto& r : c.renderings) facts.push_back(facts_of(r.doc));
    c.discrepancies = find_discrepancies(c, facts, opt);
    compose_messages(c);
    auto figures = of_kind(c, Kind::figure);
    REQUIRE(figures.size() == 1);
    CHECK(figures[0]->row == 1);
    CHECK(figures[0]->finding == Finding::figure_differs);
    CHECK(holders(*figures[0]) == std::vector<int>{1, 2});
    CHECK(figures[0]->message == "figure differs: '4,812' vs '4,821' [y vs z]");
}

TEST_CASE("pairs: word diffs of the base pairs come first in each row, the others after, each pair once", "[compare]") {
    std::string x = std::string(opening) + "The council counted 4,812 new residents in the valley towns last year.";
    std::string b = std::string(opening) + "The council counted 4,821 new residents in the valley towns last year.";
    auto c = compare({doc("x", x), doc("a", x), doc("b", b)}, base_x());
    REQUIRE(c.base == 0);
    std::vector<std::tuple<int, int, int>> seen;
    for (const auto& d : c.diffs) {
        CHECK(d.left != d.rendering);
        CHECK((d.left == c.base || d.left < d.rendering));
        seen.emplace_back(d.row, d.left, d.rendering);
    }
    std::vector<std::tuple<int, int, int>> want;
    for (int r = 0; r < static_cast<int>(c.rows.size()); ++r)
        for (auto [l, o] : {std::pair{0, 1}, std::pair{0, 2}, std::pair{1, 2}}) want.emplace_back(r, l, o);
    CHECK(seen == want);
}

TEST_CASE("pairs: the word-diff limit holds for every pair", "[compare]") {
    std::string a = std::string(opening) + "Fishermen mended their nets on the quay.";
    std::string b = std::string(opening) + "Fishermen repaired their nets on the quay.";
    EngineOptions opt = base_x();
    opt.compare.max_diff_product = 1;
    auto c = compare({doc("x", a), doc("a", b), doc("b", a)}, opt);
    CHECK(c.diffs.empty());
    // every row, every pair: a note each, the non-base pairs naming their left side
    CHECK(c.notes.size() == 3 * c.rows.size());
    auto pair = std::find_if(c.notes.begin(), c.notes.end(), [](const Note& n) { return n.left == 1; });
    REQUIRE(pair != c.notes.end());
    CHECK(pair->rendering == 2);
    CHECK(pair->text.find(": a vs b not word-diffed: ") != std::string::npos);
}

TEST_CASE("pairs: a figure two non-base renderings pair where the base agrees with one side is the base pairs' to judge", "[compare]") {
    // b keeps the base's "two"; a words the sentence otherwise. a/b pairs
    // 'a thousand' with 'two' (alike sentences), but the base states b's
    // figure, and its pair with a compared it and found nothing to report.
    std::string x = std::string(opening) + "The two nations have been good neighbours since ancient times.";
    std::string a = std::string(opening) + "Our nations, sharing a thousand-year history of friendly contacts, are good neighbours.";
    std::string b = std::string(opening) +
                    "The two nations have a history of friendly contacts for thousands of years and are good neighbours.";
    auto c = compare({doc("x", x), doc("a", a), doc("b", b)}, base_x());
    REQUIRE(c.base == 0);
    for (const auto& d : c.discrepancies) {
        INFO(d.message);
        CHECK_FALSE((d.kind == Kind::figure && d.severity == Severity::high));
    }
}

TEST_CASE("pairs: a sentence the other non-base rendering says in the next row is not one-sided", "[compare]") {
    // the base x is a short report; a and b translate in full but break
    // their paragraphs differently, so the council's sentence sits in
    // another row in each
    std::string close = "\n\nThe ferry will run again from Monday, the port office said.";
    std::string x = std::string(opening) + "The mayor said the storm damaged the harbour wall." + close;
    std::string a = std::string(opening) +
                    "The mayor said the storm damaged the harbour wall. The council will repair it before the winter fishing season.\n\n"
                    "Volunteers cleared the beach of timber and nets over the weekend." + close;
    std::string b = std::string(opening) +
                    "The mayor said the storm damaged the harbour wall.\n\n"
                    "The council will repair it before the winter fishing season. Volunteers cleared the beach of timber and nets over "
                    "the weekend." + close;
    auto c = compare({doc("x", x), doc("a", a), doc("b", b)}, base_x());
    REQUIRE(c.base == 0);
    for (const auto& d : c.discrepancies) {
        INFO(d.message);
        if (d.kind != Kind::omission && d.kind != Kind::addition) continue;
        auto held_by = [&](int y) {
            return std::any_of(d.spans.begin(), d.spans.end(), [&](const SpanRef& s) { return s.rendering == y; });
        };
        auto lacking = [&](int y) { return std::find(d.against.begin(), d.against.end(), y) != d.against.end(); };
        CHECK_FALSE((held_by(1) && lacking(2)));
        CHECK_FALSE((held_by(2) && lacking(1)));
    }
}

TEST_CASE("pairs: a sentence the base words otherwise is the base pairs' to report missing", "[compare]") {
    // x and a say the harbour master's sentence in other words; b lacks it:
    // x/b reports it, and a/b adds no second omission
    std::string tail = "Fishermen mended their nets on the quay before the autumn storms arrived.";
    std::string x = std::string(opening) + tail + " The harbour master counted every boat twice and wrote their names in a ledger.";
    std::string a = std::string(opening) + tail + " Every boat was counted two times by the harbour master, who kept a ledger of names.";
    std::string b = std::string(opening) + tail;
    auto c = compare({doc("x", x), doc("a", a), doc("b", b)}, base_x());
    REQUIRE(c.base == 0);
    auto found = with(c, Finding::sentence_one_sided);
    REQUIRE(found.size() == 1);
    CHECK(found[0]->spans[0].rendering == 0);
    CHECK(found[0]->against == std::vector<int>{2});
}
