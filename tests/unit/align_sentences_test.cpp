// Sentence alignment inside one row: 1:1, splits, added and dropped sentences.
#include <catch2/catch.hpp>

#include "parallax/align.hpp"
#include "test_docs.hpp"

using namespace parallax;

namespace {

using Pairs = std::vector<std::pair<std::vector<std::size_t>, std::vector<std::size_t>>>;

Pairs links_of(const std::string& a, const std::string& b) {
    Document da = make_doc("a", a), db = make_doc("b", b);
    std::vector<int> ca, cb;
    for (const auto& p : da.paragraphs) ca.push_back(p.id);
    for (const auto& p : db.paragraphs) cb.push_back(p.id);
    Pairs out;
    for (const auto& l : align_sentences(da, cell_sentences(da, ca), db, cell_sentences(db, cb))) out.push_back({l.base, l.other});
    return out;
}

using V = std::vector<std::size_t>;

}  // namespace

TEST_CASE("align sentences: sentences in the same order link one to one", "[align]") {
    auto links = links_of(
        "The harbour authority closed the northern pier on Tuesday. Fishing boats were moved to the southern basin. "
        "Repairs will take three weeks.",
        "On Tuesday the harbour authority shut the northern pier. The fishing boats moved to the southern basin. "
        "The repairs are expected to take three weeks.");
    REQUIRE(links.size() == 3);
    CHECK(links[0] == std::make_pair(V{0}, V{0}));
    CHECK(links[1] == std::make_pair(V{1}, V{1}));
    CHECK(links[2] == std::make_pair(V{2}, V{2}));
}

TEST_CASE("align sentences: a sentence split in two links one to two", "[align]") {
    auto links = links_of(
        "The harbour authority closed the northern pier on Tuesday and moved the fishing boats to the southern basin. "
        "Repairs will take three weeks.",
        "The harbour authority closed the northern pier on Tuesday. It moved the fishing boats to the southern basin. "
        "Repairs will take three weeks.");
    REQUIRE(links.size() == 2);
    CHECK(links[0] == std::make_pair(V{0}, V{0, 1}));
    CHECK(links[1] == std::make_pair(V{1}, V{2}));
}

TEST_CASE("align sentences: a sentence only the other cell has links to nothing", "[align]") {
    auto links = links_of(
        "The harbour authority closed the northern pier on Tuesday. Repairs will take three weeks.",
        "The harbour authority closed the northern pier on Tuesday. Local traders protested outside the town hall. "
        "Repairs will take three weeks.");
    REQUIRE(links.size() == 3);
    CHECK(links[0] == std::make_pair(V{0}, V{0}));
    CHECK(links[1] == std::make_pair(V{}, V{1}));
    CHECK(links[2] == std::make_pair(V{1}, V{2}));
}

TEST_CASE("align sentences: a sentence the other cell drops links to nothing", "[align]") {
    auto links = links_of(
        "The harbour authority closed the northern pier on Tuesday. Local traders protested outside the town hall. "
        "Repairs will take three weeks.",
        "The harbour authority closed the northern pier on Tuesday. Repairs will take three weeks.");
    REQUIRE(links.size() == 3);
    CHECK(links[0] == std::make_pair(V{0}, V{0}));
    CHECK(links[1] == std::make_pair(V{1}, V{}));
    CHECK(links[2] == std::make_pair(V{2}, V{1}));
}
