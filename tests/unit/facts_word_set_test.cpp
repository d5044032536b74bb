#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "facts/word_set.hpp"

using namespace parallax::facts_detail;

TEST_CASE("word set: holds each word once, through growth, as a view or a copy", "[facts]") {
    WordSet set;
    CHECK_FALSE(contains(set, "word"));
    std::vector<std::string> words;
    for (int i = 0; i < 5000; ++i) words.push_back("w" + std::to_string(i));
    for (const std::string& w : words) insert(set, w, w);
    for (const std::string& w : words) insert(set, w, w);  // again: no second copy
    CHECK(set.size == words.size());
    for (const std::string& w : words) CHECK(contains(set, w));
    CHECK_FALSE(contains(set, "w5000"));
    CHECK(set.copies.empty());
    // written differently from its folded form: kept as a copy of the folded form
    std::string written = "iPhone";
    insert(set, "iphone", written);
    written = "xxxxxx";
    CHECK(contains(set, "iphone"));
    CHECK_FALSE(contains(set, "iPhone"));
    CHECK(set.copies.size() == 1);
}
