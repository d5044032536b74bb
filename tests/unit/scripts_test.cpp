// Other scripts in the lexicon: Lexicon::latin (each script's Latin form,
// the contract in lexicon.hpp) and traditional Chinese folded onto
// simplified (issue 12). ICU does the transforms (lib/src/unicode/icu.cpp).
#include <catch2/catch.hpp>

#include <algorithm>

#include "parallax/engine.hpp"
#include "parallax/lexicon.hpp"
#include "test_docs.hpp"
#include "unicode/icu.hpp"

using namespace parallax;

namespace {

std::string latin(Lexicon& lex, std::string_view raw) { return std::string(lex.latin(lex.intern_raw(raw))); }

}  // namespace

TEST_CASE("normalize: latin of a Han character is its toneless pinyin, read as in names", "[normalize]") {
    Lexicon lex;
    struct Case { const char* han; const char* latin; };
    const Case cases[] = {
        {"习", "xi"}, {"近", "jin"}, {"平", "ping"}, {"毛", "mao"}, {"宁", "ning"}, {"解", "xie"},
        {"振", "zhen"}, {"华", "hua"}, {"北", "bei"}, {"京", "jing"}, {"重", "chong"}, {"庆", "qing"},
        {"曾", "zeng"}, {"绿", "lu"},  // ü written u
        {"習", "xi"},                  // traditional: folded to 习 first
    };
    for (const auto& c : cases) {
        CAPTURE(c.han);
        CHECK(latin(lex, c.han) == c.latin);
    }
    // the common reading differs from the one in names for a polyphone only
    CHECK(lex.common_reading(lex.intern_raw("解")) == "jie");
    CHECK(lex.common_reading(lex.intern_raw("重")) == "zhong");
    CHECK(lex.common_reading(lex.intern_raw("长")) == "zhang");
    CHECK(lex.latin(lex.intern_raw("长")) == "chang");
    CHECK(lex.common_reading(lex.intern_raw("近")) == "jin");
    CHECK(lex.common_reading(lex.intern_raw("Tokayev")) == "tokayev");
    // a form of several characters runs its syllables together
    CHECK(lex.latin(lex.intern("习近平")) == "xijinping");
}

TEST_CASE("normalize: latin of a Cyrillic word is its BGN/PCGN romanization, Kazakh letters read as Russian ones", "[normalize]") {
    Lexicon lex;
    struct Case { const char* word; const char* latin; };
    const Case cases[] = {
        {"Токаев", "tokayev"}, {"Жомарт", "zhomart"}, {"Ельцин", "yeltsin"}, {"Щукин", "shchukin"},
        {"Юрий", "yuriy"}, {"Хабаровск", "khabarovsk"}, {"Игорь", "igor"}, {"соглашение", "soglasheniye"},
        // Kazakh: every letter of its own to a plain Latin letter
        {"Тоқаев", "tokayev"}, {"Әлихан", "alikhan"}, {"ә", "a"}, {"ғ", "g"}, {"қ", "k"}, {"ң", "n"},
        {"ө", "o"}, {"ұ", "u"}, {"ү", "u"}, {"һ", "h"}, {"і", "i"}, {"Қасым", "kasym"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.word);
        CHECK(latin(lex, c.word) == c.latin);
    }
}

TEST_CASE("normalize: latin of a Latin word drops its diacritics, numbers and punctuation stay as they are", "[normalize]") {
    Lexicon lex;
    struct Case { const char* raw; const char* latin; };
    const Case cases[] = {
        {"Tokayev", "tokayev"}, {"O'Neill", "o'neill"}, {"G20", "g20"},
        {"Jesús", "jesus"}, {"Jørgen", "jorgen"}, {"Łódź", "lodz"}, {"Straße", "strasse"},
        {"Məmməd", "mammad"}, {"Nguyễn", "nguyen"}, {"Đức", "duc"},
        {"2024", "2024"}, {"3,5", "3,5"}, {",", ","}, {"。", "。"}, {"«", "\""}, {"—", "-"},
        {"Αθήνα", "athena"},  // another script: ICU Any-Latin
    };
    for (const auto& c : cases) {
        CAPTURE(c.raw);
        CHECK(latin(lex, c.raw) == c.latin);
    }
}

TEST_CASE("normalize: latin is cached per id and its views stay valid while the lexicon grows", "[normalize]") {
    Lexicon lex;
    auto id = lex.intern_raw("Токаев");
    std::string_view first = lex.latin(id);
    for (int i = 0; i < 2000; ++i) lex.latin(lex.intern("w" + std::to_string(i)));
    CHECK(first == "tokayev");
    CHECK(lex.latin(id).data() == first.data());
}

TEST_CASE("normalize: traditional and simplified Chinese characters fold to one id", "[normalize]") {
    auto lex = std::make_shared<Lexicon>();
    CHECK(lex->intern_raw("篤") == lex->intern_raw("笃"));
    CHECK(lex->folded(lex->intern_raw("篤")) == "笃");
    CHECK(lex->intern_raw("習") == lex->intern_raw("习"));
    CHECK(lex->intern_raw("近") != lex->intern_raw("习"));
    Document a = read_doc("a", "同心篤行，共創未來。");
    Document b = read_doc("b", "同心笃行，共创未来。");
    for (Document* d : {&a, &b}) {
        segment(*d);
        normalize(*d, lex);
    }
    REQUIRE(a.tokens.size() == b.tokens.size());
    for (std::size_t i = 0; i < a.tokens.size(); ++i) CHECK(a.tokens[i].id == b.tokens[i].id);
    // the original bytes are kept
    CHECK(a.text.substr(a.tokens[2].span.start, a.tokens[2].span.size()) == "篤");
}

TEST_CASE("normalize: the simplified step leaves everything but Han alone", "[unicode]") {
    unicode::Transforms t;
    CHECK(t.simplified("同心篤行 Tokayev Токаев 2024") == "同心笃行 Tokayev Токаев 2024");
    CHECK(t.latin("Tokayev") == "tokayev");
    CHECK(t.latin("习近平", unicode::HanReading::names) == "xi jin ping");
}

namespace {

const char* traditional =
    "兩國元首在會談中同意加強經貿合作，擴大能源、交通和農業領域的交流。雙方將共同舉辦文化年活動，推動青年和媒體交往。\n\n"
    "會談後，兩國元首見證了多項合作文件的簽署，並共同會見了記者。";
const char* simplified =
    "两国元首在会谈中同意加强经贸合作，扩大能源、交通和农业领域的交流。双方将共同举办文化年活动，推动青年和媒体交往。\n\n"
    "会谈后，两国元首见证了多项合作文件的签署，并共同会见了记者。";

bool all_same(const Comparison& c) {
    return std::all_of(c.diffs.begin(), c.diffs.end(), [](const CellDiff& d) {
        return std::all_of(d.edits.begin(), d.edits.end(), [](const Edit& e) { return e.op == EditOp::same; });
    });
}

}  // namespace

TEST_CASE("normalize: a traditional and a simplified rendering of one text agree", "[normalize]") {
    auto c = compare({read_doc("trad", traditional), read_doc("simp", simplified)});
    REQUIRE(c.renderings.size() == 2);
    CHECK(c.renderings[1].status == Status::aligned);
    CHECK(c.rows.size() == 2);
    CHECK(all_same(c));
    CHECK(c.discrepancies.empty());
}

TEST_CASE("normalize: one character that differs between traditional and simplified is still found", "[normalize]") {
    std::string other = simplified;
    other.replace(other.find("扩大"), std::string("扩大").size(), "缩小");  // expand -> reduce
    auto c = compare({read_doc("trad", traditional), read_doc("simp", other)});
    REQUIRE(c.renderings.size() == 2);
    CHECK_FALSE(all_same(c));
    const std::size_t at = other.find("缩小");
    bool found = false;
    for (const auto& d : c.discrepancies)
        for (const auto& s : d.spans)
            found |= s.rendering == 1 && s.span.start <= at && at < s.span.end;
    CHECK(found);
}

TEST_CASE("normalize: Russian words get their Snowball stems, Kazakh and English words keep theirs", "[normalize]") {
    CHECK(stem("соглашения") == "соглашен");
    CHECK(stem("соглашение") == "соглашен");
    CHECK(stem("соглашением") == "соглашен");
    CHECK(stem("сотрудничества") == stem("сотрудничество"));
    CHECK(stem("президентом") == "президент");
    CHECK(stem("соглашения") != stem("сотрудничества"));
    CHECK(stem("қазақстанның") == "қазақстанның");  // Kazakh letters: no Russian endings cut
    CHECK(stem("supported") == "support");
    CHECK(stem("relations") == "relation");
    CHECK(stem("") == "");
}
