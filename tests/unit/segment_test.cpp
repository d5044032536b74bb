#include <catch2/catch.hpp>

#include "parallax/segment.hpp"

using namespace parallax;

namespace {
std::vector<std::string> paragraphs(std::string_view text) {
    std::vector<std::string> out;
    for (auto s : split_paragraphs(text)) out.emplace_back(text.substr(s.start, s.size()));
    return out;
}
std::vector<std::string> sentences(const std::string& text) {
    auto toks = tokenize(text, {0, text.size()});
    std::vector<std::string> out;
    for (const auto& s : split_sentences(text, toks)) out.push_back(text.substr(s.span.start, s.span.size()));
    return out;
}
std::vector<std::string> tokens(const std::string& text) {
    std::vector<std::string> out;
    for (const auto& t : tokenize(text, {0, text.size()})) out.push_back(text.substr(t.span.start, t.span.size()));
    return out;
}
}  // namespace

TEST_CASE("segment: empty text has no units", "[segment]") {
    CHECK(split_paragraphs("").empty());
    CHECK(split_paragraphs("\n\n  \n").empty());
    CHECK(tokenize("", {0, 0}).empty());
    CHECK(split_sentences("", {}).empty());
}

TEST_CASE("segment: paragraphs split at blank lines, spans exclude whitespace", "[segment]") {
    std::string t = "First para\nstill first.\n\n  Second.  \n\n\n\nThird";
    CHECK(paragraphs(t) == std::vector<std::string>{"First para\nstill first.", "Second.", "Third"});
}

TEST_CASE("segment: CRLF, BOM and whitespace-only lines", "[segment]") {
    std::string t = "\xEF\xBB\xBFOne.\r\n\r\nTwo.\r\n \t\r\nThree.";
    auto spans = split_paragraphs(t);
    REQUIRE(spans.size() == 3);
    CHECK(spans[0].start == 3);
    CHECK(paragraphs(t) == std::vector<std::string>{"One.", "Two.", "Three."});
}

TEST_CASE("segment: bullet items and indented lines start paragraphs", "[segment]") {
    CHECK(paragraphs("Tags:\n\xE2\x80\xA2 first item\n\xE2\x80\xA2 second item") ==
          std::vector<std::string>{"Tags:", "\xE2\x80\xA2 first item", "\xE2\x80\xA2 second item"});
    CHECK(paragraphs("    One ends here.\n    Two starts here.") ==
          std::vector<std::string>{"One ends here.", "Two starts here."});
    // a wrapped line that does not end a sentence continues its paragraph
    CHECK(paragraphs("    One goes on\n    and on.") == std::vector<std::string>{"One goes on\n    and on."});
}

TEST_CASE("segment: tokens keep inner apostrophes and number separators", "[segment]") {
    CHECK(tokens("Xi'an's 2,000 US$41.5 24th") ==
          std::vector<std::string>{"Xi'an's", "2,000", "US", "$", "41.5", "24th"});
    CHECK(tokens("Confidence-Building, \xE2\x80\x9Cquoted\xE2\x80\x9D") ==
          std::vector<std::string>{"Confidence", "-", "Building", ",", "\xE2\x80\x9C", "quoted", "\xE2\x80\x9D"});
    CHECK(tokens("end. 3.") == std::vector<std::string>{"end", ".", "3", "."});
}

TEST_CASE("segment: sentences are not fooled by abbreviations", "[segment]") {
    CHECK(sentences("The U.S. Senate met. It agreed.") == std::vector<std::string>{"The U.S. Senate met.", "It agreed."});
    CHECK(sentences("Dr. Smith spoke. Then Mr. Jones left.") ==
          std::vector<std::string>{"Dr. Smith spoke.", "Then Mr. Jones left."});
    CHECK(sentences("It cost US$41 billion. Trade grew.") == std::vector<std::string>{"It cost US$41 billion.", "Trade grew."});
    CHECK(sentences("See No. 5 below. J. R. Tolkien wrote it.") ==
          std::vector<std::string>{"See No. 5 below.", "J. R. Tolkien wrote it."});
}

TEST_CASE("segment: closing quotes stay with their sentence", "[segment]") {
    CHECK(sentences("He said, \xE2\x80\x9CWe agree.\xE2\x80\x9D Then he left.") ==
          std::vector<std::string>{"He said, \xE2\x80\x9CWe agree.\xE2\x80\x9D", "Then he left."});
    CHECK(sentences("Is it? Yes! Fine") == std::vector<std::string>{"Is it?", "Yes!", "Fine"});
    CHECK(sentences("a lower case start. and more") == std::vector<std::string>{"a lower case start. and more"});
}

TEST_CASE("segment: a document gets ids, tokens and sentences with offsets", "[segment]") {
    Document d;
    d.text = "Title\n\nOne two. Three four.";
    segment(d);
    REQUIRE(d.paragraphs.size() == 2);
    CHECK(d.paragraphs[1].id == 1);
    CHECK(d.paragraphs[1].span.start == 7);
    REQUIRE(d.paragraphs[1].sentences.size() == 2);
    CHECK(d.paragraphs[1].sentences[1].span.start == 16);
    CHECK(d.tokens[d.paragraphs[1].tokens.first].capitalized);
    // paragraphs and sentences are ranges of the one token array
    CHECK(d.paragraphs[0].tokens.first == 0);
    CHECK(d.paragraphs[0].tokens.end == 1);
    CHECK(d.paragraphs[1].tokens.first == 1);
    CHECK(d.paragraphs[1].tokens.end == d.tokens.size());
    CHECK(d.paragraphs[1].sentences[1].first_token == 4);
    CHECK(d.tokens_of(d.paragraphs[1]).size() == 6);
}

TEST_CASE("segment: CJK text without spaces is one token per character", "[segment]") {
    // Chinese and Japanese write words without spaces between them
    std::string t = "\xE4\xB8\xAD\xE5\x9B\xBD\xE5\x92\x8C 2024";
    CHECK(tokens(t) == std::vector<std::string>{"\xE4\xB8\xAD", "\xE5\x9B\xBD", "\xE5\x92\x8C", "2024"});
    // Latin letters glued to CJK still split at the script change
    CHECK(tokens("ABC\xE4\xB8\xAD") == std::vector<std::string>{"ABC", "\xE4\xB8\xAD"});
}

TEST_CASE("segment: Chinese sentences end at full-width stops without a space after them, digits after a character are a number", "[segment]") {
    using V = std::vector<std::string>;
    CHECK(sentences("今年是建交32周年。两国关系良好！合作如何？很好") == V{"今年是建交32周年。", "两国关系良好！", "合作如何？", "很好"});
    CHECK(sentences("他说：“我们同意。”然后他走了。") == V{"他说：“我们同意。”", "然后他走了。"});
    CHECK(tokens("达到400亿") == V{"达", "到", "400", "亿"});
    // Latin letters with digits inside stay one word
    CHECK(tokens("G20 会议") == V{"G20", "会", "议"});
}

TEST_CASE("segment: a document's language from its script, and English by its stopwords", "[segment]") {
    auto language = [](std::string text) {
        Document d;
        d.text = std::move(text);
        segment(d);
        return d.language;
    };
    CHECK(language("今年是中哈建交32周年。两国关系发展势头良好。") == "zh");
    CHECK(language("Президент провел переговоры с Председателем в Астане.") == "ru");
    CHECK(language("Мемлекет басшысы Қазақстан мен Қытай арасындағы ынтымақтастықты атап өтті.") == "kk");
    CHECK(language("The president held talks with the chairman in the capital of the country.") == "en");
    CHECK(language("Le président a rencontré le premier ministre dans la capitale du pays.") == "fr");
    CHECK(language("Y dijo Dios: Sea la luz; y fué la luz. Y vió Dios que la luz era buena.") == "es");
    CHECK(language("Der Präsident traf sich mit dem Premierminister in der Hauptstadt des Landes.") == "de");
    CHECK(language("Liu Wei, Zhang Min, Wang Fang.") == "und");  // a line of names: no language's stopwords
    CHECK(language("") == "und");
    // a few English words in a Chinese text leave it Chinese
    CHECK(language("上海合作组织（SCO）峰会在阿斯塔纳举行。习近平出席会议并发表讲话。") == "zh");
}
