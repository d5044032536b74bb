// Pinyin mirrors (issue 12): reprint sites print pinyin in brackets after
// Han characters ("習(xí)近平"). The shapes below are those of real pages
// (after some characters, after every one, toneless, doubled); the
// sentences are invented.
#include <catch2/catch.hpp>

#include <algorithm>

#include "parallax/engine.hpp"
#include "parallax/facts.hpp"
#include "test_docs.hpp"

using namespace parallax;

namespace {

std::vector<std::string> token_texts(const Document& d) {
    std::vector<std::string> out;
    for (const auto& t : d.tokens) out.push_back(d.text.substr(t.span.start, t.span.size()));
    return out;
}

std::vector<std::string> annotation_texts(const Document& d) {
    std::vector<std::string> out;
    for (const auto& s : d.annotations) out.push_back(d.text.substr(s.start, s.size()));
    return out;
}

}  // namespace

TEST_CASE("normalize: pinyin in brackets after the characters it spells is an annotation, not tokens", "[normalize]") {
    struct Case { const char* text; std::vector<std::string> annotations; std::vector<std::string> tokens; };
    const Case cases[] = {
        {"習(xí)近平会见", {"(xí)"}, {"習", "近", "平", "会", "见"}},
        {"习(xí)近(jìn)平(píng)", {"(xí)", "(jìn)", "(píng)"}, {"习", "近", "平"}},
        {"习近平(Xí Jìnpíng)说", {"(Xí Jìnpíng)"}, {"习", "近", "平", "说"}},
        {"习近平（xí jìn píng）说", {"（xí jìn píng）"}, {"习", "近", "平", "说"}},
        {"中(zhong)(zhong)共", {"(zhong)", "(zhong)"}, {"中", "共"}},     // printed twice
        {"会长(zhǎng)说", {"(zhǎng)"}, {"会", "长", "说"}},                  // the common reading, not the one in names (chang)
        {"解(jiě)决", {"(jiě)"}, {"解", "决"}},                              // jie, not the surname's xie
        {"绿(lǜ)色", {"(lǜ)"}, {"绿", "色"}},
        {"西安(xī'ān)", {"(xī'ān)"}, {"西", "安"}},
        {"北京(Beijing)", {"(Beijing)"}, {"北", "京"}},                    // the pinyin, whatever its intent
    };
    for (const auto& c : cases) {
        CAPTURE(c.text);
        Document d = make_doc("m", c.text);
        CHECK(annotation_texts(d) == c.annotations);
        CHECK(token_texts(d) == c.tokens);
        CHECK(d.text == c.text);  // the text is never changed
    }
}

TEST_CASE("normalize: bracketed Latin that is not the pinyin of what precedes stays as it is", "[normalize]") {
    const char* texts[] = {
        "中国(China)发展",       // a translation
        "总统(Tokayev)表示",     // a name in another language
        "峰会(2024)举行",        // digits
        "近平(xi)",              // the pinyin of another character
        "(xí)习近平",            // before the characters, not after
        "习近平（Си Цзиньпин）",  // Cyrillic
        "习近平。(xí jìn píng)", // a full stop between
        "Astana (astana) hosts", // no Han character before
        "习()近平",              // empty
    };
    for (const char* t : texts) {
        CAPTURE(t);
        Document d = make_doc("m", t);
        CHECK(d.annotations.empty());
        CHECK(std::any_of(d.tokens.begin(), d.tokens.end(), [&](const Token& x) { return d.folded(x) == "("; }));
    }
}

TEST_CASE("normalize: dropping an annotation's tokens renumbers paragraphs and sentences", "[normalize]") {
    Document d = make_doc("m", "習(xí)近平抵达。会谈(huì tán)开始。\n\n双方签署文件。");
    REQUIRE(d.paragraphs.size() == 2);
    CHECK(d.annotations.size() == 2);
    std::string joined;
    for (const auto& p : d.paragraphs) {
        for (const auto& t : d.tokens_of(p)) joined += d.text.substr(t.span.start, t.span.size());
        joined += "|";
        for (const auto& s : p.sentences) {
            CHECK(p.tokens.first <= s.first_token);
            CHECK(s.end_token <= p.tokens.end);
            CHECK(d.tokens[s.first_token].span.start == s.span.start);
            CHECK(d.tokens[s.end_token - 1].span.end == s.span.end);
        }
    }
    CHECK(joined == "習近平抵达。会谈开始。|双方签署文件。|");
}

namespace {

const char* plain =
    "2021年7月1日，习近平在北京出席庆祝大会并发表重要讲话。新华社记者报道了大会的情况。\n\n"
    "讲话强调，要坚持和平发展道路，同各国一道推动构建人类命运共同体。";
// the reprint: traditional characters, pinyin after some of them
const char* mirror =
    "2021年(nian)7月1日，習(xí)近平在北京出席慶祝大會(huì)並發表重要講話(hua)。新(xin)華(hua)社記者報道了大(da)會的(de)情況。\n\n"
    "講話(hua)強調，要堅持和(hé)平發(fā)展道路，同各國(guo)一道推動構(gou)建人類命運共同體(ti)。";

}  // namespace

TEST_CASE("normalize: a pinyin mirror against the plain text gives no finding", "[normalize]") {
    auto c = compare({read_doc("plain", plain), read_doc("mirror", mirror)});
    REQUIRE(c.renderings.size() == 2);
    CHECK(c.renderings[1].status == Status::aligned);
    for (const auto& d : c.discrepancies) FAIL_CHECK(d.message);
    CHECK(c.discrepancies.empty());
    for (const auto& d : c.diffs)
        for (const auto& e : d.edits) CHECK(e.op == EditOp::same);
}

TEST_CASE("normalize: facts do not read annotations", "[normalize]") {
    Document a = make_doc("plain", plain);
    Document b = make_doc("mirror", mirror);
    auto fa = facts_of(a), fb = facts_of(b);
    REQUIRE(fa.size() == fb.size());
    for (std::size_t p = 0; p < fa.size(); ++p) {
        REQUIRE(fa[p].figures.size() == fb[p].figures.size());
        for (std::size_t i = 0; i < fa[p].figures.size(); ++i) CHECK(same_value(fa[p].figures[i], fb[p].figures[i]));
        CHECK(fb[p].names.size() == fa[p].names.size());
    }
    Document named = make_doc("named", "习近平(Xí Jìnpíng)在北京会见了来访的总统。");
    CHECK(facts_of(named)[0].names.empty());
}

TEST_CASE("normalize: the reading text cuts annotations out and maps offsets back", "[normalize]") {
    Document d = make_doc("m", "2021年(nian)7月1日，習(xí)近平抵达。");
    REQUIRE(d.paragraphs.size() == 1);
    ReadingText r;
    reading_text(d, d.paragraphs[0].span, r);
    CHECK(r.text == "2021年7月1日，習近平抵达。");
    const std::string date = "2021年7月1日";
    CHECK(original_span(r, {0, date.size()}) == Span{0, d.text.find("，")});  // the annotation inside is inside
    const std::size_t xi = r.text.find("習");
    CHECK(original_span(r, {xi, xi + 3}) == Span{d.text.find("習"), d.text.find("習") + 3});
    const std::size_t jin = r.text.find("近");  // just after a cut: the cut lies before it
    CHECK(original_span(r, {jin, jin + 3}).start == d.text.find("近"));
    // a span without annotations is read in place
    Document plain_doc = make_doc("p", "习近平抵达。");
    reading_text(plain_doc, plain_doc.paragraphs[0].span, r);
    CHECK(r.text.data() == plain_doc.text.data());
    CHECK(r.cut.empty());
    CHECK(original_span(r, {3, 6}) == Span{3, 6});
}
