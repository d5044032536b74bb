#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "parallax/facts.hpp"

using namespace parallax;

namespace {

std::vector<std::string> texts(const std::vector<Quote>& qs) {
    std::vector<std::string> out;
    for (const auto& q : qs) out.push_back(q.text);
    return out;
}

using V = std::vector<std::string>;

std::string at(std::string_view s, Span sp) { return std::string(s.substr(sp.start, sp.size())); }

}  // namespace

TEST_CASE("quotes: empty input has no quotes", "[facts]") {
    CHECK(find_quotes("").empty());
    CHECK(find_quotes("\"\"").empty());
    auto r = look_up_quote("", "some text");
    CHECK(r.match == QuoteMatch::not_found);
    CHECK(look_up_quote("some words here", "").match == QuoteMatch::not_found);
}

TEST_CASE("quotes: straight and curly pairs, span inside the marks", "[facts]") {
    std::string s = "She said \"we will win\" and he replied \u201Cnot this year\u201D.";
    auto q = find_quotes(s);
    CHECK(texts(q) == V{"we will win", "not this year"});
    for (const auto& x : q) CHECK(at(s, x.span) == x.text);
    CHECK(texts(find_quotes("\u201EGuten Tag\u201C, sagte er.")) == V{"Guten Tag"});
    CHECK(texts(find_quotes("Il a dit \u00AB bonjour \u00E0 tous \u00BB hier.")) == V{"bonjour \u00E0 tous"});
}

TEST_CASE("quotes: a quote may span sentences", "[facts]") {
    auto q = find_quotes("\u201CWe came. We saw. We stayed,\u201D the mayor said.");
    CHECK(texts(q) == V{"We came. We saw. We stayed,"});
}

TEST_CASE("quotes: single curly quotes need three words and ignore apostrophes", "[facts]") {
    CHECK(texts(find_quotes("He called it \u2018a very good start\u2019 today.")) == V{"a very good start"});
    CHECK(find_quotes("It\u2019s the \u2018best\u2019 one.").empty());
    CHECK(texts(find_quotes("\u2018The students\u2019 union won\u2019, she said.")) == V{"The students\u2019 union won"});
    auto nested = find_quotes("\u201CHe told me \u2018we are not done yet\u2019 again,\u201D she said.");
    CHECK(texts(nested) == V{"He told me \u2018we are not done yet\u2019 again,", "we are not done yet"});
}

TEST_CASE("quotes: an unclosed mark yields nothing and does not cross a blank line", "[facts]") {
    CHECK(find_quotes("He said \"nothing more.").empty());
    CHECK(find_quotes("One \"open\n\nclose\" two").empty());
}

TEST_CASE("quotes: look-up classifies exact, punctuation-only, altered, not found", "[facts]") {
    std::string hay = "Earlier that day the minister said: \"Our doors remain open, and our hands stay joined.\" Then she left.";
    SECTION("exact, curly vs straight and case do not matter") {
        auto r = look_up_quote("our doors remain open, and our hands stay joined.", hay);
        CHECK(r.match == QuoteMatch::exact);
        CHECK(at(hay, r.span) == "Our doors remain open, and our hands stay joined");
        CHECK(r.score == 1.0);
        std::string curly = "He said \u201Cit\u2019s a \u201Cnew\u201D day\u201D.";
        CHECK(look_up_quote("it's a \"new\" day", curly).match == QuoteMatch::exact);
    }
    SECTION("whitespace differences are exact") {
        CHECK(look_up_quote("Our  doors remain\nopen, and our hands stay joined", hay).match == QuoteMatch::exact);
    }
    SECTION("a dropped comma is punctuation only") {
        auto r = look_up_quote("Our doors remain open and our hands stay joined", hay);
        CHECK(r.match == QuoteMatch::punctuation_only);
        CHECK(at(hay, r.span) == "Our doors remain open, and our hands stay joined");
    }
    SECTION("changed words are altered") {
        auto r = look_up_quote("Our doors will remain open, and our hands stay united", hay);
        CHECK(r.match == QuoteMatch::altered);
        CHECK(r.score >= 0.6);
        CHECK(r.score < 1.0);
        CHECK(at(hay, r.span).find("doors remain open") != std::string::npos);
    }
    SECTION("an unrelated sentence is not found") {
        auto r = look_up_quote("The weather will be cold tomorrow in the north", hay);
        CHECK(r.match == QuoteMatch::not_found);
        CHECK(r.span.empty());
        CHECK(r.score < 0.6);
    }
    SECTION("a quote sharing only a few words is not found") {
        CHECK(look_up_quote("our hands are tired and our feet are sore today", hay).match == QuoteMatch::not_found);
    }
}

TEST_CASE("quotes: look-up prefers an exact occurrence over a punctuation variant", "[facts]") {
    std::string hay = "They said: we go, now. Later: we go now.";
    auto r = look_up_quote("we go now", hay);
    CHECK(r.match == QuoteMatch::exact);
    CHECK(at(hay, r.span) == "we go now");
}

TEST_CASE("quotes: match names", "[facts]") {
    CHECK(std::string(to_string(QuoteMatch::punctuation_only)) == "punctuation_only");
    CHECK(std::string(to_string(NameRelation::fuller_form)) == "fuller_form");
    CHECK(std::string(to_string(NameKind::honorific_name)) == "honorific_name");
}

TEST_CASE("quotes: folded letters break words at curly quotes and dashes as at ASCII ones", "[facts]") {
    CHECK(folded_letters("Europe\u2019s \u201cOpen\u201d 2020\u20132024 a\u2014b") == "europe s open 2020 2024 a b");
    CHECK(folded_letters("Europe's \"Open\" 2020-2024 a-b") == "europe s open 2020 2024 a b");
    CHECK(folded_letters("\u201c\u2018x\u2019\u201d") == "x");
    CHECK(folded_letters("Caf\u00c9 \u2014") == "caf\u00e9");
}

TEST_CASE("quotes: a look-up within a part of the text is a look-up in that part alone", "[facts]") {
    // three paragraphs joined by blank lines, as the quote checks join them
    std::string first = "Our doors remain open, and our hands stay joined.";
    std::string second = "The minister said the talks will go on in spring, not in winter.";
    std::string third = "Then she left the hall and our doors remain open today.";
    std::string text = first + "\n\n" + second + "\n\n" + third;
    QuoteHaystack all(text);
    const Span p1{0, first.size()};
    const Span p2{first.size() + 2, first.size() + 2 + second.size()};
    const Span p3{p2.end + 2, text.size()};
    const std::vector<std::string> quotes = {"Our doors remain open, and our hands stay joined",
                                             "Our doors remain open and our hands stay joined",
                                             "Our doors will remain open, and our hands stay united",
                                             "the talks will go on in spring",
                                             "the talks will go on in the spring and summer",
                                             "our doors remain open",
                                             "nothing of this is said anywhere"};
    for (Span part : {p1, p2, p3, Span{p1.start, p2.end}, Span{p2.start, p3.end}, Span{0, text.size()}}) {
        const std::string alone = text.substr(part.start, part.size());
        for (const auto& q : quotes) {
            INFO(q << " in [" << part.start << ", " << part.end << ")");
            QuoteLookup in_part = look_up_quote(q, all, part);
            QuoteLookup by_itself = look_up_quote(q, alone);
            CHECK(in_part.match == by_itself.match);
            CHECK(in_part.score == by_itself.score);
            if (!by_itself.span.empty()) {
                CHECK(in_part.span.start == by_itself.span.start + part.start);
                CHECK(in_part.span.end == by_itself.span.end + part.start);
            } else {
                CHECK(in_part.span.empty());
            }
        }
    }
    // the part bounds the look-up: the first paragraph's words are not in the second
    CHECK(look_up_quote("our hands stay joined", all, p2).match == QuoteMatch::not_found);
    CHECK(look_up_quote("our hands stay joined", all, p1).match == QuoteMatch::exact);
}
