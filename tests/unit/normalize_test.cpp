#include <catch2/catch.hpp>

#include "parallax/normalize.hpp"
#include "parallax/segment.hpp"
#include "unicode/unicode.hpp"

using namespace parallax;

TEST_CASE("normalize: empty input folds to empty", "[normalize]") {
    CHECK(fold("").empty());
    Document d;
    normalize(d);
    CHECK(d.paragraphs.empty());
}

TEST_CASE("normalize: case folding and NFKC", "[normalize]") {
    CHECK(fold("Kazakhstan") == "kazakhstan");
    CHECK(fold("STRASSE") == "strasse");
    CHECK(fold("Stra\xC3\x9F" "e") == "strasse");          // ß folds to ss
    CHECK(fold("\xEF\xAC\x81nance") == "finance");         // fi ligature
    CHECK(fold("Cafe\xCC\x81") == fold("Caf\xC3\xA9"));    // combining vs precomposed
    CHECK(fold("\xEF\xBC\x91\xEF\xBC\x92") == "12");       // full-width digits
}

TEST_CASE("normalize: quotes, apostrophes and dashes fold to ASCII", "[normalize]") {
    CHECK(fold("\xE2\x80\x9CPanda\xE2\x80\x9D") == "\"panda\"");
    CHECK(fold("Xi\xE2\x80\x99" "an") == "xi'an");
    CHECK(fold("\xC2\xAB" "oui\xC2\xBB") == "\"oui\"");
    CHECK(fold("2017\xE2\x80\x93" "2018") == "2017-2018");
    CHECK(fold("a\xE2\x80\x94" "b") == "a-b");
    CHECK(fold("co\xC2\xAD" "operate") == "cooperate");  // soft hyphen vanishes
}

TEST_CASE("normalize: tokens get folded forms, text is untouched", "[normalize]") {
    Document d;
    d.text = "\xE2\x80\x9CHello\xE2\x80\x9D World";
    segment(d);
    normalize(d);
    REQUIRE(d.paragraphs.size() == 1);
    auto t = d.tokens_of(d.paragraphs[0]);
    REQUIRE(t.size() == 4);
    CHECK(d.folded(t[0]) == "\"");
    CHECK(d.folded(t[1]) == "hello");
    CHECK(d.folded(t[3]) == "world");
    CHECK(t[0].id == t[2].id);  // both curly quotes fold to '"'
    CHECK(t[1].id != t[3].id);
    CHECK(d.text == "\xE2\x80\x9CHello\xE2\x80\x9D World");
}

TEST_CASE("normalize: stopwords and stems", "[normalize]") {
    CHECK(is_stopword("the"));
    CHECK_FALSE(is_stopword("refinery"));
    // the table's shortest, longest and last words; near misses, a longer
    // word that starts like one, the empty word, and an unfolded one
    for (const char* w : {"a", "s", "t", "between", "through", "further", "yours", "new", "itself"}) CHECK(is_stopword(w));
    for (const char* w : {"", "b", "th", "thee", "betweens", "throughout", "The", "newer", "x\0"}) CHECK_FALSE(is_stopword(w));
    CHECK_FALSE(is_stopword(std::string_view("a\0", 2)));
    CHECK(stem("supported") == "support");
    CHECK(stem("countries") == "country");
    CHECK(stem("visits") == "visit");
    CHECK(stem("process") == "process");
    CHECK(stem("is") == "is");
}

TEST_CASE("unicode adapter: validation, widths", "[normalize]") {
    CHECK(unicode::first_invalid_byte("plain") == unicode::valid);
    CHECK(unicode::first_invalid_byte("\xE4\xB8\xAD\xE6\x96\x87") == unicode::valid);
    CHECK(unicode::first_invalid_byte("ab\x80") == 2);
    CHECK(unicode::display_width(U'a') == 1);
    CHECK(unicode::display_width(U'\u4E2D') == 2);
    CHECK(unicode::display_width(U'\u0301') == 0);
}
