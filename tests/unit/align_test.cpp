#include <algorithm>
#include <catch2/catch.hpp>

#include "parallax/align.hpp"
#include "test_docs.hpp"

using namespace parallax;

namespace {
std::vector<Bead> beads_of(const std::string& a, const std::string& b) {
    std::vector<Document> docs{make_doc("a", a), make_doc("b", b)};
    auto pr = build_profiles(docs);
    return align_pair(pr.docs[0], 0, static_cast<int>(pr.docs[0].size()) - 1, pr.docs[1], 0,
                      static_cast<int>(pr.docs[1].size()) - 1, {});
}
}  // namespace

TEST_CASE("align: empty sides give one-sided beads", "[align]") {
    std::vector<Profile> none, two(2);
    CHECK(align_pair(none, 0, -1, none, 0, -1, {}).empty());
    auto b = align_pair(two, 0, 1, none, 0, -1, {});
    REQUIRE(b.size() == 2);
    CHECK(b[0].other.empty());
}

TEST_CASE("align: one to one in order", "[align]") {
    auto b = beads_of("Glaciers retreat in the northern mountains.\n\nVolcanic ash covered the southern farms.",
                      "In the northern mountains glaciers retreat.\n\nAsh from the volcano covered southern farms.");
    REQUIRE(b.size() == 2);
    CHECK(b[0].base == std::vector<int>{0});
    CHECK(b[0].other == std::vector<int>{0});
    CHECK(b[1].base == std::vector<int>{1});
    CHECK(b[1].other == std::vector<int>{1});
}

TEST_CASE("align: one paragraph split in two is a 1:2 link", "[align]") {
    auto b = beads_of(
        "Miners in Corvel dug a new tunnel under the lake. Geologists found copper ore near the granite wall.",
        "Miners in Corvel dug a new tunnel under the lake.\n\nNear the granite wall geologists found copper ore.");
    REQUIRE(b.size() == 1);
    CHECK(b[0].base == std::vector<int>{0});
    CHECK(b[0].other == std::vector<int>{0, 1});
}

TEST_CASE("align: a paragraph only one side has stays alone", "[align]") {
    auto b = beads_of(
        "Bakers in Lumora opened at dawn.\n\nOrchestra musicians rehearsed the symphony overnight.\n\nFishermen sold mackerel at the pier.",
        "Bakers in Lumora opened at dawn.\n\nFishermen sold mackerel at the pier.");
    REQUIRE(b.size() == 3);
    CHECK(b[1].base == std::vector<int>{1});
    CHECK(b[1].other.empty());
    CHECK(b[2].other == std::vector<int>{1});
}

TEST_CASE("align: a band around anchors gives the same result as the full table", "[align]") {
    std::string a, b;
    for (int i = 0; i < 60; ++i) {
        std::string w = "topic" + std::to_string(i) + " item" + std::to_string(i * 7) + " word" + std::to_string(i * 13);
        a += "Paragraph about " + w + " in the first text.\n\n";
        b += "A paragraph on " + w + " in the second text.\n\n";
    }
    std::vector<Document> docs{make_doc("a", a), make_doc("b", b)};
    auto pr = build_profiles(docs);
    std::vector<Link> anchors{{10, 10, 0.5}, {30, 30, 0.5}, {50, 50, 0.5}};
    AlignOptions banded;
    banded.full_cells = 10;
    banded.band = 3;
    auto full = align_pair(pr.docs[0], 0, 59, pr.docs[1], 0, 59, anchors);
    auto band = align_pair(pr.docs[0], 0, 59, pr.docs[1], 0, 59, anchors, banded);
    REQUIRE(full.size() == 60);
    REQUIRE(band.size() == full.size());
    for (std::size_t k = 0; k < full.size(); ++k) CHECK(band[k].other == full[k].other);
}

TEST_CASE("align: the table's similarities on several threads give one thread's beads", "[align][parallel]") {
    // merges and gaps too: the second text joins every fifth pair of
    // paragraphs and leaves every seventh out
    std::string a, b;
    for (int i = 0; i < 80; ++i) {
        std::string w = "topic" + std::to_string(i) + " item" + std::to_string(i * 7) + " word" + std::to_string(i * 13);
        a += "Paragraph about " + w + " in the first text.\n\n";
        if (i % 7 == 3) continue;
        b += "A paragraph on " + w + " in the second text." + (i % 5 == 1 ? " " : "\n\n");
    }
    std::vector<Document> docs{make_doc("a", a), make_doc("b", b)};
    auto pr = build_profiles(docs);
    const int nb = static_cast<int>(pr.docs[1].size()) - 1;
    std::vector<Link> anchors{{10, 9, 0.5}, {40, 30, 0.5}, {70, 52, 0.5}};
    AlignOptions banded;
    banded.full_cells = 10;
    banded.band = 4;
    for (const AlignOptions& opt : {AlignOptions{}, banded}) {
        auto one = align_pair(pr.docs[0], 0, 79, pr.docs[1], 0, nb, anchors, opt, 1);
        REQUIRE(one.size() > 60);
        CHECK(std::any_of(one.begin(), one.end(), [](const Bead& x) { return x.other.size() == 2 || x.other.empty(); }));
        for (unsigned jobs : {2u, 4u}) {
            auto many = align_pair(pr.docs[0], 0, 79, pr.docs[1], 0, nb, anchors, opt, jobs);
            REQUIRE(many.size() == one.size());
            for (std::size_t k = 0; k < one.size(); ++k) {
                CHECK(many[k].base == one[k].base);
                CHECK(many[k].other == one[k].other);
                CHECK(many[k].sim == one[k].sim);
            }
        }
    }
}

TEST_CASE("align: a paragraph the base lacks shares one row across the renderings that have it", "[align]") {
    // Two fuller renderings have a paragraph the (shorter, but central) base
    // leaves out; the two must meet in one row to be compared at all.
    const char* shared =
        "Glaciers retreat in the northern mountains of Tervia every summer.\n\n"
        "Volcanic ash covered the southern farms after the eruption in May.\n\n"
        "The ministry promised new roads to the mountain villages by winter.";
    std::string base = shared;
    std::string a = std::string(shared) + "\n\nShepherds moved 9,000 sheep to the lowland pastures before the first snow.";
    std::string b = std::string(shared) + "\n\nBefore the first snow, shepherds drove 9,000 sheep down to lowland pastures.";
    std::vector<Document> docs{make_doc("base", base), make_doc("x", a), make_doc("y", b)};
    auto pr = build_profiles(docs);
    LocateOptions lo;
    lo.base = "base";
    auto loc = locate(docs, pr, lo);
    REQUIRE(loc.base == 0);
    auto al = align(docs, pr, loc);
    int with_both = 0, alone = 0;
    for (const auto& r : al.rows) {
        if (!r.cells[0].empty()) continue;
        if (!r.cells[1].empty() && !r.cells[2].empty()) ++with_both;
        else ++alone;
    }
    CHECK(with_both == 1);
    CHECK(alone == 0);
}

TEST_CASE("align: paragraphs the base lacks stay apart when they say different things", "[align]") {
    const char* shared =
        "Glaciers retreat in the northern mountains of Tervia every summer.\n\n"
        "Volcanic ash covered the southern farms after the eruption in May.";
    std::string a = std::string(shared) + "\n\nShepherds moved 9,000 sheep to the lowland pastures before the first snow.";
    std::string b = std::string(shared) + "\n\nA chess tournament opened in the capital with players from nine nations.";
    std::vector<Document> docs{make_doc("base", shared), make_doc("x", a), make_doc("y", b)};
    auto pr = build_profiles(docs);
    LocateOptions lo;
    lo.base = "base";
    auto loc = locate(docs, pr, lo);
    auto al = align(docs, pr, loc);
    for (const auto& r : al.rows) CHECK_FALSE((!r.cells[1].empty() && !r.cells[2].empty() && r.cells[0].empty()));
}

TEST_CASE("align: a title line one rendering splits in two joins the row of the base's one-line title", "[align]") {
    // The base prints title and subtitle as one paragraph; the other as two,
    // and its chain to the base starts at the subtitle.
    std::string base =
        "The address of the Governor Ana Ruiz to the people of Tervia GLACIERS, ASH AND FLOODS ARE THE GREAT TEST OF OUR GENERATION AND THE MEASURE OF OUR RESOLVE\n\n"
        "Glaciers retreat in the northern mountains of Tervia every summer, the governor said on Monday.\n\n"
        "Volcanic ash covered the southern farms after the eruption in May, she told reporters in the capital.\n\n"
        "The ministry promised new roads to the mountain villages by winter.";
    std::string other =
        "Address from the Governor Ana Ruis to the people of Tervia\n\n"
        "GLACIERS, ASH AND FLOODS ARE THE GREAT TEST OF OUR GENERATION AND THE MEASURE OF OUR RESOLVE\n\n"
        "Every summer glaciers retreat in the northern mountains of Tervia, the governor said on Monday.\n\n"
        "Volcanic ash covered the southern farms after the May eruption, she told reporters in the capital.\n\n"
        "The ministry promised new roads to the mountain villages by winter.";
    std::vector<Document> docs{make_doc("base", base), make_doc("other", other)};
    auto pr = build_profiles(docs);
    LocateOptions lo;
    lo.base = "base";
    auto loc = locate(docs, pr, lo);
    auto al = align(docs, pr, loc);
    REQUIRE_FALSE(al.rows.empty());
    std::vector<int> want{0, 1};
    CHECK(al.rows[0].cells[0] == std::vector<int>{0});
    CHECK(al.rows[0].cells[1] == want);
    CHECK(docs[1].paragraphs[0].in_article);
}

TEST_CASE("align: paragraphs the base lacks meet across renderings between the same links, not only at one place", "[align]") {
    // y leaves out the base's second paragraph and says its extra paragraph
    // there; x says the same extra paragraph after the second one.
    const char* p1 = "Glaciers retreat in the northern mountains of Tervia every summer.";
    const char* p2 = "Volcanic ash covered the southern farms after the eruption in May.";
    const char* p3 = "The ministry promised new roads to the mountain villages by winter.";
    std::string base = std::string(p1) + "\n\n" + p2 + "\n\n" + p3;
    std::string x = std::string(p1) + "\n\n" + p2 + "\n\nShepherds moved 9,000 sheep to the lowland pastures before the first snow.\n\n" + p3;
    std::string y = std::string(p1) + "\n\nBefore the first snow, shepherds drove 9,000 sheep down to lowland pastures.\n\n" + p3;
    std::vector<Document> docs{make_doc("base", base), make_doc("x", x), make_doc("y", y)};
    auto pr = build_profiles(docs);
    LocateOptions lo;
    lo.base = "base";
    auto loc = locate(docs, pr, lo);
    auto al = align(docs, pr, loc);
    int with_both = 0;
    for (const auto& r : al.rows) with_both += r.cells[0].empty() && !r.cells[1].empty() && !r.cells[2].empty();
    CHECK(with_both == 1);
}

TEST_CASE("align: a lead one page gives before its first link stays in the article when another page says it further down", "[align]") {
    const char* p1 = "Glaciers retreat in the northern mountains of Tervia every summer.";
    const char* p2 = "Volcanic ash covered the southern farms after the eruption in May.";
    const char* p3 = "The ministry promised new roads to the mountain villages by winter.";
    std::string base = std::string(p1) + "\n\n" + p2 + "\n\n" + p3;
    // x leads with a paragraph the base lacks; y says it between its links
    std::string x = "Shepherds moved 9,000 sheep to the lowland pastures before the first snow, the herders' union said.\n\n" +
                    std::string(p1) + "\n\n" + p2 + "\n\n" + p3;
    std::string y = std::string(p1) + "\n\n" + p2 +
                    "\n\nBefore the first snow, shepherds drove 9,000 sheep down to lowland pastures, the herders' union said.\n\n" + p3;
    std::vector<Document> docs{make_doc("base", base), make_doc("x", x), make_doc("y", y)};
    auto pr = build_profiles(docs);
    LocateOptions lo;
    lo.base = "base";
    auto loc = locate(docs, pr, lo);
    align(docs, pr, loc);
    CHECK(docs[1].paragraphs[0].in_article);
}
