#include <catch2/catch.hpp>

#include <string>

#include "facts/scan.hpp"
#include "parallax/segment.hpp"

using namespace parallax;
using namespace parallax::facts_detail;

// scan reads plain ASCII words without segment's word_end; both must end a
// word at the same byte, whatever follows its letters.
TEST_CASE("scan: an ASCII word ends where segment's word_end ends it", "[facts]") {
    for (int c = 1; c < 0x80; ++c)
        for (const char* word : {"ab", "Ab", "AB"})
            for (const char* after : {"cd", "", "5", " x", "\xE2\x80\x99s", "\xC3\xA9"}) {
                std::string s = std::string(word) + static_cast<char>(c) + after;
                INFO("byte " << c << " after " << word);
                auto t = scan(s);
                REQUIRE_FALSE(t.empty());
                CHECK(t[0].span.end == word_end(s, 0, s.size()));
            }
}

TEST_CASE("scan: an ASCII word's folded form and case", "[facts]") {
    auto t = scan("NATO Smith iPhone don't");
    REQUIRE(t.size() >= 4);
    CHECK(t[0].low == "nato");
    CHECK(t[0].all_caps);
    CHECK(t[0].cap);
    CHECK(t[1].low == "smith");
    CHECK(t[1].cap);
    CHECK_FALSE(t[1].all_caps);
    CHECK(t[2].low == "iphone");
    CHECK_FALSE(t[2].cap);
    CHECK(t[3].low == "don't");
}
