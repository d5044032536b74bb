#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "parallax/facts.hpp"
#include "test_docs.hpp"

using namespace parallax;

TEST_CASE("facts: each token's stem, one stored copy per word, valid as long as any paragraph's facts are", "[facts]") {
    ParagraphFacts kept;
    {
        Document doc = make_doc("a", "The partners supported the support.\n\nPartners, supporting partners.");
        RenderingFacts facts = facts_of(doc);
        REQUIRE(facts.size() == 2);
        std::vector<std::string> first(facts[0].stems.begin(), facts[0].stems.end());
        // stopwords and punctuation have none; inflected forms share a stem
        CHECK(first == std::vector<std::string>{"", "partner", "support", "", "support", ""});
        // the same word in two paragraphs: one stored string, not two
        CHECK(facts[0].stems[1].data() == facts[1].stems[0].data());
        kept = facts[1];
    }  // the document and every other paragraph's facts are gone
    std::vector<std::string> second(kept.stems.begin(), kept.stems.end());
    CHECK(second == std::vector<std::string>{"partner", "", "support", "partner", ""});
}
