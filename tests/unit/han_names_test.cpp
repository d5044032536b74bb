// Foreign names written in Chinese characters by sound, against their
// Latin spelling: the matcher on pinyin syllables, the detector of such
// names in Chinese sentences. Names are of real public figures (a
// transcription is only checkable on real names); sentences are invented.
#include <catch2/catch.hpp>

#include "facts/han_transcription.hpp"
#include "test_docs.hpp"

using namespace parallax;
using han_names::transcription_score;
using han_names::transcribes_from;

namespace {

using Syl = std::vector<std::string_view>;

bool matches(const Syl& s, std::string_view latin) { return transcription_score(s, latin) >= transcribes_from; }

// The names a sentence's detector finds, as the text of each.
std::vector<std::string> names_in(const std::string& text) {
    Document d = make_doc("zh", text);
    std::vector<std::string> out;
    for (const auto& p : d.paragraphs)
        for (const auto& s : p.sentences)
            for (const auto& n : han_names::find_han_names(d, s)) out.push_back(d.text.substr(n.span.start, n.span.size()));
    return out;
}

}  // namespace

TEST_CASE("han names: a transcription matches the Latin spelling it renders", "[facts]") {
    CHECK(matches({"nu", "er", "te", "lie", "wu"}, "nurtleu"));
    CHECK(matches({"ku", "lu", "ba", "ye", "fu"}, "kulubaev"));
    CHECK(matches({"mu", "he", "li", "ding"}, "muhriddin"));
    CHECK(matches({"ha", "ji", "ye", "fu"}, "hajiyev"));
    CHECK(matches({"sai", "yi", "duo", "fu"}, "saidov"));
    CHECK(matches({"ke", "li"}, "kerry"));
    CHECK(matches({"pu", "jing"}, "putin"));
    CHECK(matches({"tuo", "ka", "ye", "fu"}, "tokayev"));
    CHECK(matches({"ai", "er", "duo", "an"}, "erdogan"));
    CHECK(matches({"tuo", "ka", "ye", "fu"}, "tokaev"));  // BGN/PCGN of Токаев without y
    CHECK(matches({"te", "lang", "pu"}, "trump"));          // m before p in the n row
    CHECK(matches({"ze", "lian", "si", "ji"}, "zelensky")); // 基 for ky
    CHECK(matches({"bo", "bo", "fu"}, "popov"));            // 波 for po
    CHECK(matches({"bai", "deng"}, "biden"));
}

TEST_CASE("han names: a near miss is no match", "[facts]") {
    CHECK_FALSE(matches({"sai", "yi", "duo", "fu"}, "sadyrov"));
    CHECK_FALSE(matches({"sai", "yi", "duo", "fu"}, "davidov"));
    CHECK_FALSE(matches({"ku", "lu", "ba", "ye", "fu"}, "kurbanov"));
    CHECK_FALSE(matches({"ke", "li"}, "blinken"));
    CHECK_FALSE(matches({"ke", "li"}, "li"));  // too short to tell
    CHECK_FALSE(matches({"ha", "ji", "ye", "fu"}, "aliyev"));
    CHECK_FALSE(matches({"tuo", "ka", "ye", "fu"}, "nazarbayev"));
    // two syllables: the letters the tables write keep short names apart
    CHECK_FALSE(matches({"pu", "jing"}, "biden"));
    CHECK_FALSE(matches({"bai", "deng"}, "putin"));
    CHECK_FALSE(matches({"ha", "ji", "ye", "fu"}, "tokayev"));
}

TEST_CASE("han names: a transcription and its name share a sound key", "[facts]") {
    CHECK(han_names::sound_key(Syl{"nu", "er", "te", "lie", "wu"}) == han_names::sound_key("nurtleu"));
    CHECK(han_names::sound_key(Syl{"ku", "lu", "ba", "ye", "fu"}) == han_names::sound_key("kulubaev"));
    CHECK(han_names::sound_key(Syl{"sai", "yi", "duo", "fu"}) == han_names::sound_key("saidov"));
    CHECK(han_names::sound_key(Syl{"tuo", "ka", "ye", "fu"}) == han_names::sound_key("tokayev"));
    CHECK(han_names::sound_key(Syl{"sai", "yi", "duo", "fu"}) != han_names::sound_key("sadyrov"));
    CHECK(han_names::sound_key(Syl{"ke", "li"}).empty());  // two classes: too short for a key
}

TEST_CASE("han names: names after an office word, before a form of address, or with a middle dot", "[facts]") {
    CHECK(names_in("乌兹别克斯坦外长赛义多夫将来华访问。") == std::vector<std::string>{"赛义多夫"});
    CHECK(names_in("美国总统特使克里今天抵达北京。") == std::vector<std::string>{"克里"});
    CHECK(names_in("克里先生表示欢迎。") == std::vector<std::string>{"克里"});
    CHECK(names_in("弗拉基米尔·普京出席会议。") == std::vector<std::string>{"弗拉基米尔·普京"});
    // ordinary words of transcription characters, and Chinese names, are no foreign names
    CHECK(names_in("总统特别代表出席会议。").empty());
    CHECK(names_in("外交部发言人毛宁主持例行记者会。").empty());
    CHECK(names_in("双方同意加强合作，克服困难。").empty());
}

TEST_CASE("han names: the lexicon's readings of transcription characters match", "[facts]") {
    Document d = make_doc("zh", "吉尔吉斯斯坦外长库鲁巴耶夫出席。");
    auto names = han_names::find_han_names(d, d.paragraphs[0].sentences[0]);
    REQUIRE(names.size() == 1);
    CHECK(transcription_score(han_names::syllables(d, names[0].parts[0]), "kulubaev") >= transcribes_from);
}
