// The run's string table, the fold steps it is built on, and the one word
// rule that segment and facts share.
#include <catch2/catch.hpp>

#include "facts/scan.hpp"
#include "parallax/lexicon.hpp"
#include "parallax/normalize.hpp"
#include "parallax/segment.hpp"
#include "unicode/marks.hpp"
#include "unicode/unicode.hpp"

using namespace parallax;

TEST_CASE("normalize: an empty lexicon holds nothing", "[normalize]") {
    Lexicon lex;
    CHECK(lex.size() == 0);
    CHECK_FALSE(lex.find("word").has_value());
}

TEST_CASE("normalize: the lexicon gives one id per folded form", "[normalize]") {
    Lexicon lex;
    auto a = lex.intern_raw("Kazakhstan");
    CHECK(lex.intern_raw("KAZAKHSTAN") == a);              // same folded form, same id
    CHECK(lex.intern_raw("kazakhstan") == a);
    CHECK(lex.intern("kazakhstan") == a);
    CHECK(lex.folded(a) == "kazakhstan");
    CHECK(lex.intern_raw("Xi\xE2\x80\x99" "an") == lex.intern_raw("Xi'an"));  // curly apostrophe
    CHECK(lex.intern_raw("\xE2\x80\x94") == lex.intern_raw("-"));             // em dash
    CHECK(lex.intern_raw("Kabi\xE2\x80\x8B" "bekov") == lex.intern_raw("Kabibekov"));  // ZWSP
    CHECK(lex.intern_raw("Astana") != a);                  // distinct forms, distinct ids
    CHECK(lex.intern_raw("\"") != lex.intern_raw("'"));
    CHECK(lex.size() == 7);
    REQUIRE(lex.find("-").has_value());
    CHECK(lex.folded(*lex.find("-")) == "-");
}

TEST_CASE("normalize: documents of one run share the lexicon", "[normalize]") {
    auto lex = std::make_shared<Lexicon>();
    Document a, b;
    a.text = "The Composer";
    b.text = "the COMPOSER";
    for (Document* d : {&a, &b}) {
        segment(*d);
        normalize(*d, lex);
    }
    REQUIRE(a.tokens.size() == 2);
    REQUIRE(b.tokens.size() == 2);
    CHECK(a.tokens[0].id == b.tokens[0].id);
    CHECK(a.tokens[1].id == b.tokens[1].id);
    CHECK(a.lexicon == b.lexicon);
    CHECK(lex->size() == 2);
}

TEST_CASE("normalize: each fold step alone", "[normalize]") {
    using namespace parallax::unicode;
    CHECK(drop_ignorable("").empty());
    CHECK(drop_ignorable("Kabi\xE2\x80\x8B" "bekov") == "Kabibekov");   // ZWSP
    CHECK(drop_ignorable("a\xE2\x80\x8C" "b\xE2\x80\x8D" "c") == "abc");  // ZWNJ, ZWJ
    CHECK(drop_ignorable("a\xE2\x81\xA0" "b\xEF\xBB\xBF" "c") == "abc");  // word joiner, BOM
    CHECK(drop_ignorable("co\xC2\xAD" "operate") == "cooperate");        // soft hyphen
    CHECK(drop_ignorable("Caf\xC3\xA9 \xE2\x80\x9Cx\xE2\x80\x9D") == "Caf\xC3\xA9 \xE2\x80\x9Cx\xE2\x80\x9D");

    CHECK(nfkc_casefold("STRA\xC3\x9F" "E") == "strasse");
    CHECK(nfkc_casefold("\xE2\x80\x9C" "A\xE2\x80\x9D") == "\xE2\x80\x9C" "a\xE2\x80\x9D");  // quotes untouched

    CHECK(fold_quotes("\xE2\x80\x9CO\xE2\x80\x99Neill\xE2\x80\x9D") == "\"O'Neill\"");
    CHECK(fold_quotes("\xC2\xAB" "a\xC2\xBB \xE2\x80\x98" "b\xE2\x80\x99 `c") == "\"a\" 'b' 'c");
    CHECK(fold_quotes("2017\xE2\x80\x93" "18") == "2017\xE2\x80\x93" "18");  // dashes untouched

    CHECK(fold_dashes("2017\xE2\x80\x93" "18 a\xE2\x80\x94" "b \xE2\x88\x92" "5") == "2017-18 a-b -5");
    CHECK(fold_dashes("\xE2\x80\x9Cx\xE2\x80\x9D") == "\xE2\x80\x9Cx\xE2\x80\x9D");  // quotes untouched
    CHECK(fold_dashes("plain ascii - text") == "plain ascii - text");
}

TEST_CASE("normalize: the fold is the steps composed", "[normalize]") {
    using namespace parallax::unicode;
    for (std::string_view s : {"Kabi\xE2\x80\x8B" "bekov", "\xE2\x80\x9CKAZAKH\xE2\x80\x9D\xE2\x80\x94" "Stra\xC3\x9F" "e",
                               "\xEF\xAC\x81nance \xE2\x80\x99", "plain", "`quoted'", ""}) {
        CAPTURE(s);
        CHECK(fold(s) == fold_dashes(fold_quotes(nfkc_casefold(drop_ignorable(s)))));
    }
    CHECK(fold("\xE2\x80\x9CKabi\xE2\x80\x8B" "bekov\xE2\x80\x9D\xE2\x80\x94") == "\"kabibekov\"-");
}

TEST_CASE("normalize: one table of apostrophes, quotes and dashes", "[normalize]") {
    using namespace parallax::unicode;
    CHECK(mark_of('a') == Mark::none);
    CHECK(is_apostrophe('\''));
    CHECK(is_apostrophe(0x2019));
    CHECK(is_apostrophe(0x02BC));
    CHECK_FALSE(is_apostrophe(0x2018));  // an opening quote never joins a word
    CHECK(is_apostrophe_like(0x2018));
    CHECK(is_apostrophe_like('`'));
    CHECK(mark_of(0x201E) == Mark::double_quote);
    CHECK(mark_of(0x00AB) == Mark::double_quote);
    CHECK(mark_of(0x2014) == Mark::dash);
    CHECK(mark_of(0x2212) == Mark::dash);
    CHECK(mark_of(0x2026) == Mark::none);  // ellipsis
}

TEST_CASE("segment: zero-width characters inside a word keep it one token", "[segment]") {
    std::string t = "Kabi\xE2\x80\x8B" "bekov met \xE2\x80\x8B" "Mor\xE2\x81\xA0vale.";
    auto toks = tokenize(t, {0, t.size()});
    REQUIRE(toks.size() == 4);
    CHECK(t.substr(toks[0].span.start, toks[0].span.size()) == "Kabi\xE2\x80\x8B" "bekov");
    CHECK(t.substr(toks[2].span.start, toks[2].span.size()) == "Mor\xE2\x81\xA0vale");
    CHECK(word_end("", 0, 0) == 0);
    CHECK(word_end(t, 0, t.size()) == toks[0].span.end);
}

TEST_CASE("facts: words end where segment's words end", "[facts]") {
    // No digits: numbers are where the stages differ on purpose (facts
    // reads "1 200" as one figure; segment keeps words like "24th" whole).
    std::string t =
        "O'Neill and Xi\xE2\x80\x99" "an's Kabi\xE2\x80\x8B" "bekov met \xE2\x80\x9CThe Composer\xE2\x80\x9D "
        "in S\xC3\xA3o Paulo \xE2\x80\x94 don't ask, Confidence-Building \xE4\xB8\xAD\xE5\x9B\xBD caf\xC3\xA9" "s.";
    std::vector<Span> seg, facts;
    for (const auto& x : tokenize(t, {0, t.size()}))
        if (x.kind == TokenKind::word) seg.push_back(x.span);
    for (const auto& x : facts_detail::scan(t))
        if (x.kind == facts_detail::TokKind::word) facts.push_back(x.span);
    CHECK(seg.size() == 17);
    CHECK(seg == facts);
}
