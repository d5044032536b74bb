#include <catch2/catch.hpp>

#include "parallax/locate.hpp"
#include "test_docs.hpp"

using namespace parallax;

namespace {
const char* article_a =
    "Harbour workers in Valdora unloaded record grain shipments this spring.\n\n"
    "The port authority reported forty ships waiting near the breakwater.\n\n"
    "Farmers from the northern valleys welcomed the higher wheat prices.\n\n"
    "Engineers plan to dredge the channel before the autumn storms arrive.";
const char* article_b =
    "In Valdora, harbour workers unloaded grain shipments at a record pace this spring.\n\n"
    "Forty ships were waiting near the breakwater, the port authority reported.\n\n"
    "Higher wheat prices were welcomed by farmers from the northern valleys.\n\n"
    "Before the autumn storms arrive, engineers plan to dredge the channel.";
const char* other_story =
    "A chess tournament opened in the capital with players from nine nations.\n\n"
    "The youngest competitor, aged eleven, drew against the reigning champion.\n\n"
    "Organisers expect the final round to be broadcast on public television.";
}  // namespace

TEST_CASE("locate: no documents, no location", "[locate]") {
    std::vector<Document> none;
    auto loc = locate(none, build_profiles(none));
    CHECK(loc.status.empty());
    CHECK(best_chain({}, 0.1, 0.03).links.empty());
    CHECK(similarity(Profile{}, Profile{}) == 0);
}

TEST_CASE("locate: similarity rewards shared rare words", "[locate]") {
    std::vector<Document> docs{make_doc("a", article_a), make_doc("b", article_b), make_doc("c", other_story)};
    auto pr = build_profiles(docs);
    double same = similarity(pr.docs[0][1], pr.docs[1][1]);
    double different = similarity(pr.docs[0][1], pr.docs[2][1]);
    CHECK(same > 0.4);
    CHECK(different < 0.1);
    CHECK(similarity(pr.docs[0][0], pr.docs[0][0]) == Approx(1.0));
}

TEST_CASE("locate: the best chain is monotone and skips stray links", "[locate]") {
    std::vector<Link> links{{0, 0, 0.6}, {1, 1, 0.5}, {2, 0, 0.9}, {2, 2, 0.5}, {3, 3, 0.6}};
    auto c = best_chain(links, 0.1, 0.03);
    REQUIRE(c.links.size() == 4);
    for (std::size_t k = 0; k < c.links.size(); ++k) {
        CHECK(c.links[k].a == static_cast<int>(k));
        CHECK(c.links[k].b == static_cast<int>(k));
    }
}

TEST_CASE("locate: an article inside a page of other stories", "[locate]") {
    std::string page = std::string(other_story) + "\n\n" + article_b + "\n\nUnrelated footer about the weather and travel.";
    std::vector<Document> docs{make_doc("a", article_a), make_doc("page", page)};
    auto loc = locate(docs, build_profiles(docs));
    CHECK(loc.status[0] == Status::aligned);
    CHECK(loc.status[1] == Status::aligned);
    CHECK(loc.first[1] == 3);
    CHECK(loc.last[1] == 6);
    CHECK_FALSE(docs[1].paragraphs[0].in_article);
    CHECK(docs[1].paragraphs[4].in_article);
    CHECK_FALSE(docs[1].paragraphs[7].in_article);
}

TEST_CASE("locate: a text about something else is unrelated, whatever the order", "[locate]") {
    for (bool swap : {false, true}) {
        std::vector<Document> docs{make_doc("a", article_a), make_doc("c", other_story)};
        if (swap) std::swap(docs[0], docs[1]);
        auto loc = locate(docs, build_profiles(docs));
        int c = swap ? 0 : 1;
        CHECK(loc.status[static_cast<std::size_t>(c)] == Status::unrelated);
        CHECK(loc.status[static_cast<std::size_t>(1 - c)] == Status::aligned);
        CHECK_FALSE(loc.reason[static_cast<std::size_t>(c)].empty());
    }
}

TEST_CASE("locate: two one-paragraph renderings are related", "[locate]") {
    std::vector<Document> docs{
        make_doc("a", "Harbour workers in Valdora unloaded record grain shipments this spring while forty ships waited."),
        make_doc("b", "In Valdora, harbour workers unloaded grain shipments at a record pace this spring; forty ships waited.")};
    auto loc = locate(docs, build_profiles(docs));
    CHECK(loc.status[0] == Status::aligned);
    CHECK(loc.status[1] == Status::aligned);
    CHECK(docs[0].paragraphs[0].in_article);
    CHECK(docs[1].paragraphs[0].in_article);
}

TEST_CASE("locate: the base renders most of what the others say, not the longest page", "[locate]") {
    // A wordy report that retells two paragraphs at length has more article
    // bytes than either full rendering, but links to fewer paragraphs.
    std::string report =
        "Harbour workers in the port city of Valdora, long known for its busy docks and crowded quays, unloaded "
        "record grain shipments this spring, according to officials who spoke at length about the season.\n\n"
        "The port authority, which manages the docks and the harbour approaches, reported that forty ships were "
        "waiting near the breakwater at the peak of the season, the highest number since records began in the city.";
    std::vector<Document> docs{make_doc("report", report), make_doc("a", article_a), make_doc("b", article_b)};
    auto loc = locate(docs, build_profiles(docs));
    CHECK(loc.status[0] == Status::aligned);
    CHECK(loc.base != 0);
}

TEST_CASE("locate: near-identical copies count once when the base is chosen", "[locate]") {
    // Two copies of a shorter text must not outvote the fuller rendering.
    std::string fuller = std::string(article_a) + "\n\nThe harbour master expects more ships before the winter closes the channel.";
    std::vector<Document> docs{make_doc("copy1", article_a), make_doc("copy2", article_a), make_doc("fuller", fuller)};
    auto loc = locate(docs, build_profiles(docs));
    CHECK(loc.base == 2);
}

TEST_CASE("locate: a text related to a rendering that the base relates to is a rendering too", "[locate]") {
    // b has a paragraph a lacks; the report retells that one and one both
    // have. Against a alone it shares one paragraph (too little); beside b
    // it belongs to the set, linked to a through b.
    std::string b = std::string(article_b) + "\n\nCustoms officers inspected every container for smuggled tobacco and spirits.";
    std::string report =
        "Forty ships were waiting near the breakwater this spring, the Valdora port authority reported.\n\n"
        "Customs officers also inspected every container for smuggled tobacco and spirits, officials said.";
    std::vector<Document> alone{make_doc("a", article_a), make_doc("r", report)};
    auto loc_alone = locate(alone, build_profiles(alone));
    CHECK(loc_alone.status[1] == Status::unrelated);
    std::vector<Document> docs{make_doc("a", article_a), make_doc("b", b), make_doc("r", report)};
    auto loc = locate(docs, build_profiles(docs));
    CHECK(loc.status[2] == Status::aligned);
    CHECK(docs[2].paragraphs[0].in_article);
}

TEST_CASE("locate: candidate links found on several threads are one thread's, in order", "[locate][parallel]") {
    std::string a, b;
    for (int i = 0; i < 90; ++i) {
        std::string w = "topic" + std::to_string(i % 30) + " item" + std::to_string(i * 7) + " word" + std::to_string(i * 13);
        a += "Paragraph about " + w + " in the first text.\n\n";
        b += "A paragraph on " + w + " and topic" + std::to_string((i + 1) % 30) + " in the second text.\n\n";
    }
    std::vector<Document> docs{make_doc("a", a), make_doc("b", b)};
    auto pr = build_profiles(docs);
    auto one = candidate_links(pr.docs[0], pr.docs[1], 4, 1);
    REQUIRE(one.size() > 90);
    for (unsigned jobs : {2u, 5u}) {
        auto many = candidate_links(pr.docs[0], pr.docs[1], 4, jobs);
        REQUIRE(many.size() == one.size());
        for (std::size_t k = 0; k < one.size(); ++k) {
            CHECK(many[k].a == one[k].a);
            CHECK(many[k].b == one[k].b);
            CHECK(many[k].sim == one[k].sim);
        }
    }
}
