#include <catch2/catch.hpp>

#include <algorithm>

#include "diff/edit_script.hpp"
#include "parallax/engine.hpp"
#include "test_docs.hpp"
#include "parallax/read.hpp"

using namespace parallax;

namespace {
Document doc(std::string name, std::string text) { return read_doc(std::move(name), std::move(text)); }

std::vector<std::string> kinds(const Comparison& c) {
    std::vector<std::string> out;
    for (const auto& d : c.discrepancies) out.push_back(to_string(d.kind));
    return out;
}

const char* text_a =
    "Traders in Morvale sold amber beads along the river market every Sunday.\n\n"
    "The mayor opened a bridge over the canal in the old quarter last week.\n\n"
    "Teachers asked for more books in the village schools of the valley.";
}  // namespace

TEST_CASE("compare: no documents, empty comparison", "[compare]") {
    auto c = compare({});
    CHECK(c.renderings.empty());
    CHECK(c.rows.empty());
    CHECK(c.discrepancies.empty());
    CHECK(diff::edit_script({}, {}).empty());
}

TEST_CASE("compare: the dtl adapter gives a shortest edit script", "[compare]") {
    using diff::Op;
    auto ops = diff::edit_script({1, 2, 3, 4}, {1, 3, 4, 5});
    CHECK(ops == std::vector<Op>{Op::common, Op::removed, Op::common, Op::common, Op::added});
    CHECK(diff::edit_script({7}, {}) == std::vector<Op>{Op::removed});
}

TEST_CASE("compare: identical renderings agree", "[compare]") {
    auto c = compare({doc("a", text_a), doc("b", text_a)});
    CHECK(c.rows.size() == 3);
    CHECK(c.discrepancies.empty());
    for (const auto& d : c.diffs)
        CHECK(std::all_of(d.edits.begin(), d.edits.end(), [](const Edit& e) { return e.op == EditOp::same; }));
}

TEST_CASE("compare: word diff spans point at the changed words", "[compare]") {
    std::string b = text_a;
    b.replace(b.find("amber"), 5, "copper");
    auto c = compare({doc("a", text_a), doc("b", b)});
    const CellDiff* changed = nullptr;
    for (const auto& d : c.diffs)
        if (std::any_of(d.edits.begin(), d.edits.end(), [](const Edit& e) { return e.op != EditOp::same; })) changed = &d;
    REQUIRE(changed);
    auto e = std::find_if(changed->edits.begin(), changed->edits.end(), [](const Edit& x) { return x.op == EditOp::changed; });
    REQUIRE(e != changed->edits.end());
    int other = changed->rendering, base = c.base;
    CHECK(c.text(base, e->base) == (base == 0 ? "amber" : "copper"));
    CHECK(c.text(other, e->other) == (other == 0 ? "amber" : "copper"));
}

TEST_CASE("compare: a sentence one side lacks is an omission or addition", "[compare]") {
    std::string b = text_a;
    b.insert(b.find("\n\nTeachers"), " Fireworks lit the northern harbour sky until midnight.");
    auto c = compare({doc("a", text_a), doc("b", b)});
    auto k = kinds(c);
    bool one_sided = std::count(k.begin(), k.end(), "omission") + std::count(k.begin(), k.end(), "addition") == 1;
    CHECK(one_sided);
    auto d = std::find_if(c.discrepancies.begin(), c.discrepancies.end(),
                          [](const Discrepancy& x) { return x.kind == Kind::omission || x.kind == Kind::addition; });
    REQUIRE(d != c.discrepancies.end());
    REQUIRE(d->spans.size() == 1);
    CHECK(c.text(d->spans[0].rendering, d->spans[0].span) == "Fireworks lit the northern harbour sky until midnight.");
}

TEST_CASE("compare: a sentence reworded in place is phrasing, not an omission and an addition", "[compare]") {
    std::string a = std::string(text_a) + "\n\nHarvest festivals filled the squares with music and dancing crowds. "
                                          "Visitors bought cheese, honey and woollen blankets from hill farmers.";
    std::string b = a;
    std::string was = "Harvest festivals filled the squares with music and dancing crowds.";
    b.replace(b.find(was), was.size(), "Autumn fairs brought bands, singers and merry revellers downtown.");
    auto c = compare({doc("a", a), doc("b", b)});
    auto k = kinds(c);
    CHECK(std::count(k.begin(), k.end(), "omission") == 0);
    CHECK(std::count(k.begin(), k.end(), "addition") == 0);
    auto d = std::find_if(c.discrepancies.begin(), c.discrepancies.end(), [&](const Discrepancy& x) {
        return x.kind == Kind::phrasing && x.spans.size() == 2 && c.text(x.spans[0].rendering, x.spans[0].span).size() < 80;
    });
    REQUIRE(d != c.discrepancies.end());
    CHECK(d->severity == Severity::low);
}

#ifdef PARALLAX_FIXTURES
TEST_CASE("compare: rows do not depend on the order of the files", "[compare]") {
    std::string dir = std::string(PARALLAX_FIXTURES) + "/xi-2024-kazakhstan/input/";
    std::vector<std::string> names{"000_254708b96a3181c4.txt", "001_a9fdb92ff107e12b.txt", "002_48ee3b88d5783a4d.txt",
                                   "003_437013d52067c750.txt", "004_68f6cba787527639.txt"};
    // rows as sets of (file name, paragraph id) so column order drops out
    auto canonical = [&](const std::vector<std::string>& order) {
        std::vector<Document> docs;
        for (const auto& n : order) docs.push_back(read_file(dir + n));
        auto c = compare(std::move(docs));
        std::vector<std::vector<std::pair<std::string, int>>> rows;
        for (const auto& r : c.rows) {
            std::vector<std::pair<std::string, int>> cells;
            for (std::size_t y = 0; y < r.cells.size(); ++y)
                for (int id : r.cells[y]) cells.push_back({c.renderings[y].doc.name, id});
            std::sort(cells.begin(), cells.end());
            rows.push_back(cells);
        }
        std::vector<std::pair<std::string, std::string>> status;
        for (const auto& r : c.renderings) status.push_back({r.doc.name, to_string(r.status)});
        std::sort(status.begin(), status.end());
        return std::make_pair(rows, status);
    };
    auto reference = canonical(names);
    CHECK(reference.first.size() > 10);
    std::vector<std::string> order = names;
    for (int k = 0; k < 6; ++k) {
        std::rotate(order.begin(), order.begin() + 2, order.end());
        if (k % 2) std::swap(order[0], order[3]);
        INFO("order starts with " << order[0] << ", " << order[1]);
        CHECK(canonical(order) == reference);
    }
}
#endif

TEST_CASE("compare: quotations are looked up in every other rendering", "[compare]") {
    std::string full = std::string(text_a) +
                       "\n\nThe governor said: \u201CWe will rebuild every school, every clinic and every road before winter.\u201D";
    std::string summary =
        "Traders in Morvale sold amber beads along the river market every Sunday.\n\n"
        "She added: \"Nobody will be left without shelter this year.\"\n\n"
        "\u201CWe will rebuild every school every clinic and every road before winter,\u201D the governor said.";
    auto c = compare({doc("full", full), doc("summary", summary)});
    std::vector<std::string> got;
    for (const auto& q : c.quotes)
        if (c.renderings[static_cast<std::size_t>(q.rendering)].doc.name == "summary") {
            REQUIRE(q.findings.size() == 1);
            got.push_back(to_string(q.findings[0].match));
        }
    CHECK(got == std::vector<std::string>{"not_found", "punctuation_only"});
    for (const auto& q : c.quotes)
        if (c.renderings[static_cast<std::size_t>(q.rendering)].doc.name == "full") {
            REQUIRE(q.findings.size() == 1);
            CHECK(q.findings[0].match == QuoteMatch::punctuation_only);
            CHECK(c.text(q.findings[0].rendering, q.findings[0].span).find("We will rebuild every school") == 0);
        }
}

TEST_CASE("compare: a small number word changed before the same noun is a figure mismatch", "[compare]") {
    std::string b = text_a;
    b.replace(b.find("a bridge"), 8, "two bridges");
    std::string a = text_a;
    a.replace(a.find("a bridge"), 8, "three bridges");
    auto c = compare({doc("a", a), doc("b", b)});
    auto d = std::find_if(c.discrepancies.begin(), c.discrepancies.end(), [](const Discrepancy& x) { return x.kind == Kind::figure; });
    REQUIRE(d != c.discrepancies.end());
    CHECK(d->severity == Severity::high);
    REQUIRE(d->spans.size() == 2);
    CHECK((c.text(d->spans[0].rendering, d->spans[0].span) == "three" || c.text(d->spans[0].rendering, d->spans[0].span) == "two"));
}

TEST_CASE("compare: two different figures too long for a double are a figure mismatch", "[compare]") {
    std::string a = text_a, b = text_a;
    a.replace(a.find("amber beads"), 5, "1" + std::string(320, '0'));
    b.replace(b.find("amber beads"), 5, "2" + std::string(320, '0'));
    auto c = compare({doc("a", a), doc("b", b)});
    auto d = std::find_if(c.discrepancies.begin(), c.discrepancies.end(), [](const Discrepancy& x) { return x.kind == Kind::figure; });
    REQUIRE(d != c.discrepancies.end());
    CHECK(d->severity == Severity::high);
}

TEST_CASE("compare: the same person under another rank is not a fuller form", "[compare]") {
    std::string a = std::string(text_a) + "\n\nThe delegation was received by President Marta Villanueva at the palace on Monday.";
    std::string b = std::string(text_a) + "\n\nThe delegation was received by Chancellor Marta Villanueva at the palace on Monday.";
    auto c = compare({doc("a", a), doc("b", b)});
    auto d = std::find_if(c.discrepancies.begin(), c.discrepancies.end(), [](const Discrepancy& x) { return x.kind == Kind::name; });
    REQUIRE(d != c.discrepancies.end());
    CHECK(d->severity == Severity::medium);
    CHECK(d->message.find("fuller form") == std::string::npos);
    CHECK(d->message.find("rank or title") != std::string::npos);
}

TEST_CASE("compare: identical rows next to changed rows", "[compare]") {
    // rows whose cells are identical get no facts; nothing may read them
    std::string a = "Harbour workers in Valdora unloaded record grain shipments this spring season.\n\n"
                    "The mayor opened forty new market stalls along the eastern canal quay.";
    std::string b = "Harbour workers in Valdora unloaded record grain shipments this spring season.\n\n"
                    "The mayor opened fifty new market stalls along the eastern canal quay.";
    auto c = compare({doc("a", a), doc("b", b)});
    REQUIRE(c.rows.size() == 2);
    auto d = std::find_if(c.discrepancies.begin(), c.discrepancies.end(), [](const Discrepancy& x) { return x.kind == Kind::figure; });
    REQUIRE(d != c.discrepancies.end());
    CHECK(d->row == 1);
}

TEST_CASE("compare: a quotation is paired only with a counterpart that shares its words", "[compare]") {
    std::string lead = "\n\nAt the town hall of Morvale on Monday evening the mayor addressed the assembled merchants and said: ";
    std::string a = std::string(text_a) + lead + "\"Every family will have clean water by summer.\"";
    std::string b = std::string(text_a) + lead + "\"Sport and the coming football season matter most.\"";
    auto c = compare({doc("a", a), doc("b", b)});
    std::vector<std::string> messages;
    for (const auto& d : c.discrepancies)
        if (d.kind == Kind::quote) messages.push_back(d.message);
    REQUIRE_FALSE(messages.empty());
    for (const auto& m : messages) {
        INFO(m);
        CHECK(m.find("worded differently") == std::string::npos);
        CHECK(m.find("not found") != std::string::npos);
    }
}

TEST_CASE("compare: a summary's left-out sentences are not omissions", "[compare]") {
    std::string full =
        "Traders in Morvale sold amber beads along the river market every Sunday. Prices rose sharply after the floods of "
        "early spring. Buyers came from the coastal towns in painted wagons.\n\n"
        "The mayor opened a bridge over the canal in the old quarter last week. Engineers had worked on it for three long "
        "winters. Children crossed it first, carrying paper lanterns.\n\n"
        "Teachers asked for more books in the village schools of the valley. Several classrooms still lack proper heating. "
        "The council promised to review the budget in autumn.";
    std::string summary =
        "Traders in Morvale sold amber beads along the river market every Sunday.\n\n"
        "The mayor opened a bridge over the canal in the old quarter last week.\n\n"
        "Teachers asked for more books in the village schools of the valley.";
    auto c = compare({doc("full", full), doc("summary", summary)});
    REQUIRE(c.renderings[static_cast<std::size_t>(c.base)].doc.name == "full");
    for (const auto& d : c.discrepancies) {
        INFO(d.message);
        CHECK(d.kind != Kind::omission);
    }
    // the same sentences gone from only one paragraph of a full rendering are omissions
    std::string most = full;
    most.erase(most.find(" Prices rose"), std::string(" Prices rose sharply after the floods of early spring.").size());
    auto m = compare({doc("full", full), doc("most", most)});
    CHECK(std::count_if(m.discrepancies.begin(), m.discrepancies.end(), [](const Discrepancy& d) { return d.kind == Kind::omission; }) == 1);
}

TEST_CASE("engine: each rendering's language is detected, and the languages given replace it", "[compare]") {
    std::vector<Document> docs{read_doc("a", "The council met in the old town hall on the first day of the month."),
                               read_doc("b", "Совет собрался в старой ратуше в первый день месяца.")};
    auto c = compare(docs);
    CHECK(c.renderings[0].doc.language == "en");
    CHECK(c.renderings[1].doc.language == "ru");
    EngineOptions opt;
    opt.languages = {"en-GB", ""};
    auto d = compare(docs, opt);
    CHECK(d.renderings[0].doc.language == "en-GB");
    CHECK(d.renderings[1].doc.language == "ru");
}
