// Renderings in different languages: anchored alignment, and the checks
// that hold across languages (figures, dates, qualifiers, sentences without
// a counterpart) with wording not judged. Texts invented in wire style.
#include <catch2/catch.hpp>

#include "parallax/align.hpp"
#include "parallax/engine.hpp"
#include "parallax/similarity.hpp"
#include "test_docs.hpp"

using namespace parallax;

namespace {

const char* const english =
    "Trade between the two countries reached 41 billion US dollars in 2023, the ministry said on July 2.\n\n"
    "The two sides agreed to open a new rail line connecting the border towns, which will carry both passengers and "
    "freight from next spring.\n\n"
    "The first trains are expected to run more than 2,000 kilometres across the region.";

std::string chinese(const std::string& amount = "410亿美元", const std::string& distance = "2000多公里") {
    return "外交部7月2日表示，2023年两国贸易额达到" + amount + "。\n\n"
           "双方同意开通连接边境城镇的新铁路线，自明年春季起客货两用。\n\n"
           "首批列车预计将在该地区运行" + distance + "。";
}

Comparison run(std::string a, std::string b) {
    std::vector<Document> docs;
    docs.push_back(read_doc("zh", std::move(a)));
    docs.push_back(read_doc("en", std::move(b)));
    return compare(std::move(docs), {});
}

// The rows as (paragraphs of the first rendering, of the second).
std::vector<std::pair<std::vector<int>, std::vector<int>>> rows_of(const Comparison& c) {
    std::vector<std::pair<std::vector<int>, std::vector<int>>> out;
    for (const auto& r : c.rows) out.push_back({r.cells[0], r.cells[1]});
    return out;
}

using P = std::vector<int>;

}  // namespace

TEST_CASE("across: a language pair is told from a rewording", "[locate]") {
    CHECK(cross_language(make_doc("a", chinese()), make_doc("b", english)));
    CHECK_FALSE(cross_language(make_doc("a", english), make_doc("b", "Trade reached 41 billion dollars in 2023, it said.")));
    CHECK(cross_language(make_doc("a", "Товарооборот двух стран в 2023 году достиг 41 млрд долларов."), make_doc("b", english)));
}

TEST_CASE("across: paragraphs share their figures and dates as anchors", "[locate]") {
    Document zh = make_doc("zh", chinese()), en = make_doc("en", english);
    AnchorProfiles p = anchor_profiles(zh, en);
    REQUIRE(p.first.size() == 3);
    REQUIRE(p.second.size() == 3);
    CHECK(similarity(p.first[0], p.second[0]) > 0.5);  // 410亿美元 = 41 billion US dollars, 2023, 7月2日 = July 2
    CHECK(similarity(p.first[2], p.second[2]) > 0.5);  // 2000多公里 = more than 2,000 kilometres
    CHECK(similarity(p.first[0], p.second[2]) == 0);
    CHECK(p.first[1].terms.empty());  // nothing survives translation there: length decides
}

TEST_CASE("across: a Chinese text and its English translation align paragraph by paragraph", "[align]") {
    Comparison c = run(chinese(), english);
    REQUIRE(c.renderings[0].status == Status::aligned);
    REQUIRE(c.renderings[1].status == Status::aligned);
    CHECK(c.renderings[0].doc.language == "zh");
    auto rows = rows_of(c);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0] == std::make_pair(P{0}, P{0}));
    CHECK(rows[1] == std::make_pair(P{1}, P{1}));  // no anchor: placed by length between anchored links
    CHECK(rows[2] == std::make_pair(P{2}, P{2}));
}

TEST_CASE("across: the same figures in another script and form are no finding, and wording is not judged", "[compare]") {
    Comparison c = run(chinese(), english);
    CHECK(c.discrepancies.empty());
    REQUIRE(c.notes.size() == 1);  // said once
    CHECK(c.notes[0].reason == NoteReason::wording_across_languages);
    CHECK(c.notes[0].text.find("zh, en") != std::string::npos);
    for (const auto& d : c.diffs) CHECK(d.across);
}

TEST_CASE("across: a changed sum is a high figure finding", "[compare]") {
    Comparison c = run(chinese("400亿美元"), english);
    auto found = with(c, Finding::figure_differs);
    REQUIRE(found.size() == 1);
    CHECK(found[0]->severity == Severity::high);
    CHECK(c.text(1, found[0]->spans[0].span) == "reached 41 billion US dollars");  // the base (English) first
    CHECK(c.text(0, found[0]->spans[1].span) == "达到400亿美元");
}

TEST_CASE("across: 'more than' dropped from a distance is a qualifier finding", "[compare]") {
    Comparison c = run(chinese("410亿美元", "2000公里"), english);
    auto found = with(c, Finding::qualifier_differs);
    REQUIRE(found.size() == 1);
    CHECK(found[0]->severity == Severity::medium);
    CHECK(with(c, Finding::figure_differs).empty());
}

TEST_CASE("across: thirty-two years against thirty years differ, in any script", "[compare]") {
    const std::string zh = "2024年7月2日，两国建交已经32年。\n\n双方同意继续合作。";
    Comparison same = run(zh, "On July 2, 2024, the two countries had established ties thirty-two years ago.\n\nThe two sides agreed to keep working together.");
    REQUIRE(same.renderings[0].status == Status::aligned);
    CHECK(with(same, Finding::figure_differs).empty());
    Comparison changed = run(zh, "On July 2, 2024, the two countries had established ties thirty years ago.\n\nThe two sides agreed to keep working together.");
    CHECK(with(changed, Finding::figure_differs).size() == 1);
}

TEST_CASE("across: a Russian sum against the English one", "[compare]") {
    std::string ru =
        "Товарооборот двух стран в 2023 году достиг 40 млрд долларов, сообщило министерство 2 июля.\n\n"
        "Стороны договорились открыть новую железнодорожную линию между приграничными городами.";
    std::string en =
        "Trade between the two countries reached $41 billion in 2023, the ministry said on July 2.\n\n"
        "The two sides agreed to open a new rail line between the border towns.";
    Comparison c = run(ru, en);
    REQUIRE(c.renderings[0].status == Status::aligned);
    auto found = with(c, Finding::figure_differs);
    REQUIRE(found.size() == 1);
    CHECK(c.text(found[0]->spans[0].rendering, found[0]->spans[0].span) == "40 млрд долларов");
}

TEST_CASE("across: a Chinese sentence rendered as two English ones links one to two", "[align]") {
    Document zh = make_doc("zh", "记者：7月13日举行的外长会发表了联合声明，请问中方如何评价？");
    Document en = make_doc("en", "Reporter: The foreign ministers' meeting held on July 13 adopted a joint statement. How do you comment on it?");
    auto links = align_sentences(zh, cell_sentences(zh, {0}), en, cell_sentences(en, {0}));
    REQUIRE(links.size() == 1);
    CHECK(links[0].base == std::vector<std::size_t>{0});
    CHECK(links[0].other == std::vector<std::size_t>{0, 1});
}

TEST_CASE("across: a cell's own length ratio calibrates its sentences' lengths", "[align]") {
    // The Chinese is wordier than the 4.5 letters a character counts for:
    // measured so, its second sentence would be too long to join the first
    // in one link and would be left one-sided.
    Document zh = make_doc("zh", "记者：你刚刚宣布中方将于4月27日在西安举行外长第四次会晤。能否请你简要地介绍一下本次外长会晤的主要安排和各方面的有关情况？");
    Document en = make_doc("en", "Reporter: Could you share the agenda of the fourth foreign ministers' meeting in Xi'an on April 27?");
    auto links = align_sentences(zh, cell_sentences(zh, {0}), en, cell_sentences(en, {0}));
    REQUIRE(links.size() == 1);
    CHECK(links[0].base == std::vector<std::size_t>{0, 1});
    CHECK(links[0].other == std::vector<std::size_t>{0});
}

TEST_CASE("across: names transliterated to Latin are anchors", "[locate]") {
    auto shared = [](const std::string& a, const std::string& b) {
        AnchorProfiles p = anchor_profiles(make_doc("a", a), make_doc("b", b));
        return p.first[0].terms.size();
    };
    CHECK(shared("主席习近平在北京会见了来宾。", "President Xi Jinping met the guests in Beijing.") == 3);  // xijinping, jinping, beijing
    // tokay, tokayev, ankar; and the sound keys of Tokayev and Ankara
    CHECK(shared("Президент Токаев прибыл в Анкару.", "President Tokayev arrived in Ankara.") == 5);
    CHECK(shared("Президент Токаев прибыл.", "The president arrived.") == 0);
    // a foreign name in Han characters and its Latin spelling (hTKF)
    CHECK(shared("哈萨克斯坦总统托卡耶夫抵达北京。", "Kazakh President Kassym-Jomart Tokayev arrived in Beijing.") == 2);  // tokayev, beijing
    CHECK(shared("哈萨克斯坦总统托卡耶夫抵达。", "Kazakh President Kassym-Jomart Tokayev arrived.") == 1);
    CHECK(shared("哈萨克斯坦总统托卡耶夫抵达。", "Kazakh President Kassym-Jomart Sultanov arrived.") == 0);
}

TEST_CASE("across: Chinese names written in Russian are anchors against their Han characters", "[locate]") {
    auto shared = [](const std::string& a, const std::string& b) {
        AnchorProfiles p = anchor_profiles(make_doc("a", a), make_doc("b", b));
        return p.first[0].terms.size();
    };
    // wangyi, hangzhou
    CHECK(shared("外交部长王毅在杭州会见了来宾。", "Министр иностранных дел Ван И встретился с гостями в Ханчжоу.") == 2);
    CHECK(shared("外交部长王毅会见了来宾。", "Министр иностранных дел Ван Бин встретился с гостями.") == 0);
    // Ван И in Russian against Wang Yi in English
    CHECK(shared("Министр иностранных дел Ван И встретился с гостями.", "Foreign Minister Wang Yi met the guests.") == 1);
}

TEST_CASE("across: a Chinese and a Russian text align on the names between them", "[align]") {
    const std::string zh =
        "国务委员王毅在杭州会见了来访的代表团，双方就合作交换了意见。\n\n"
        "副部长赵立新随后在广州出席了论坛并致辞。";
    const std::string ru =
        "Член Госсовета Ван И встретился в Ханчжоу с приехавшей делегацией, стороны обменялись мнениями о "
        "сотрудничестве.\n\n"
        "Встреча прошла в дружественной и деловой атмосфере, отметили участники, добавив, что диалог будет "
        "продолжен в ближайшее время на разных уровнях.\n\n"
        "Затем замминистра Чжао Лисинь выступил на форуме в Гуанчжоу.";
    std::vector<Document> docs;
    docs.push_back(read_doc("zh", zh));
    docs.push_back(read_doc("ru", ru));
    Comparison c = compare(std::move(docs), {});
    auto rows = rows_of(c);
    // the second Chinese paragraph is the third Russian one; the second
    // Russian one has no counterpart
    bool linked = false;
    for (const auto& r : rows)
        if (r.first == P{1}) linked = r.second == P{2};
    CHECK(linked);
}

TEST_CASE("across: a Chinese name its translation spells as someone else's is a high name finding", "[compare]") {
    const std::string zh = "外交部发言人毛宁2023年7月17日主持例行记者会。\n\n她说，中方欢迎各方参与。";
    Comparison right = run(zh, "Foreign Ministry spokesperson Mao Ning held a regular press conference on July 17, 2023.\n\nShe said China welcomes all parties.");
    REQUIRE(right.renderings[0].status == Status::aligned);
    CHECK(with(right, Finding::name_differs).empty());
    Comparison wrong = run(zh, "Foreign Ministry spokesperson Mao Ling held a regular press conference on July 17, 2023.\n\nShe said China welcomes all parties.");
    auto found = with(wrong, Finding::name_differs);
    REQUIRE(found.size() == 1);
    CHECK(found[0]->severity == Severity::high);
    CHECK(wrong.text(1, found[0]->spans[0].span) == "Mao Ling");
    CHECK(wrong.text(0, found[0]->spans[1].span) == "毛宁");
}

TEST_CASE("across: a Chinese name its Russian translation spells as someone else's is a high name finding", "[compare]") {
    const std::string zh = "外交部发言人毛宁2024年3月5日主持例行记者会。\n\n她说，中方欢迎各方参与。";
    auto ru_run = [&](const std::string& name) {
        std::vector<Document> docs;
        docs.push_back(read_doc("zh", zh));
        docs.push_back(read_doc("ru", "Официальный представитель МИД " + name +
                                          " 5 марта 2024 года провела очередную пресс-конференцию.\n\n"
                                          "Она заявила, что Китай приветствует участие всех сторон."));
        return compare(std::move(docs), {});
    };
    Comparison right = ru_run("Мао Нин");
    REQUIRE(right.renderings[1].status == Status::aligned);
    CHECK(with(right, Finding::name_differs).empty());
    Comparison wrong = ru_run("Мао Линь");
    auto found = with(wrong, Finding::name_differs);
    REQUIRE(found.size() == 1);
    CHECK(found[0]->severity == Severity::high);
    CHECK(wrong.text(1, found[0]->spans[0].span) == "Мао Линь");  // not "МИД Мао Линь"
    CHECK(wrong.text(0, found[0]->spans[1].span) == "毛宁");
}

TEST_CASE("across: a foreign surname in Han characters given more fully in English is a low name finding", "[compare]") {
    const std::string zh = "外交部7月2日宣布，乌兹别克斯坦外长赛义多夫将于7月5日访华。\n\n双方将就双边关系交换意见。";
    Comparison fuller = run(zh, "The foreign ministry said on July 2 that Uzbek Foreign Minister Bakhtiyor Saidov will visit China on July 5.\n\n"
                                "The two sides will exchange views on bilateral ties.");
    REQUIRE(fuller.renderings[1].status == Status::aligned);
    auto found = with(fuller, Finding::name_fuller);
    REQUIRE(found.size() == 1);
    CHECK(found[0]->severity == Severity::low);
    REQUIRE(found[0]->spans.size() == 2);
    for (const SpanRef& s : found[0]->spans)
        CHECK(fuller.text(s.rendering, s.span) == (s.rendering == 0 ? "赛义多夫" : "Bakhtiyor Saidov"));
    // the surname alone, or another person's name: no such finding
    Comparison same = run(zh, "The foreign ministry said on July 2 that Uzbek Foreign Minister Saidov will visit China on July 5.\n\n"
                              "The two sides will exchange views on bilateral ties.");
    CHECK(with(same, Finding::name_fuller).empty());
    Comparison other = run(zh, "The foreign ministry said on July 2 that Uzbek Foreign Minister Bakhtiyor Sadyrov will visit China on July 5.\n\n"
                               "The two sides will exchange views on bilateral ties.");
    CHECK(with(other, Finding::name_fuller).empty());
}

TEST_CASE("across: a foreign surname in Han characters given with name and patronymic in Russian", "[compare]") {
    std::vector<Document> docs;
    docs.push_back(read_doc("zh", "外交部7月2日宣布，乌兹别克斯坦外长赛义多夫将于7月5日访华。\n\n双方将就双边关系交换意见。"));
    docs.push_back(read_doc("ru", "МИД 2 июля сообщил, что министр иностранных дел Узбекистана Бахтиёр Саидов посетит Китай 5 июля.\n\n"
                                  "Стороны обменяются мнениями о двусторонних связях."));
    Comparison c = compare(std::move(docs), {});
    REQUIRE(c.renderings[1].status == Status::aligned);
    auto found = with(c, Finding::name_fuller);
    REQUIRE(found.size() == 1);
    for (const SpanRef& s : found[0]->spans)
        CHECK(c.text(s.rendering, s.span) == (s.rendering == 0 ? "赛义多夫" : "Бахтиёр Саидов"));
}

TEST_CASE("across: another name in the middle of a list of foreign names is a high name finding", "[compare]") {
    const std::string zh = "外交部7月2日宣布，塔吉克斯坦外长纳扎罗夫、吉尔吉斯斯坦外长卡里莫夫和土库曼斯坦外长图尔苏诺夫将于7月5日来华参会。\n\n"
                           "双方将就双边关系交换意见。";
    auto english = [](const std::string& middle) {
        return "The ministry said on July 2 that Tajik Foreign Minister Davlat Nazarov, Kyrgyz Foreign Minister " + middle +
               " and Turkmen Foreign Minister Rashid Tursunov will attend the meeting on July 5.\n\nThe two sides will exchange views on bilateral ties.";
    };
    Comparison other = run(zh, english("Ruslan Sadykov"));
    REQUIRE(other.renderings[1].status == Status::aligned);
    auto differs = with(other, Finding::name_differs);
    REQUIRE(differs.size() == 1);
    CHECK(differs[0]->severity == Severity::high);
    for (const SpanRef& s : differs[0]->spans)
        CHECK(other.text(s.rendering, s.span) == (s.rendering == 0 ? "卡里莫夫" : "Ruslan Sadykov"));
    CHECK(with(other, Finding::name_fuller).size() == 2);  // Nazarov and Tursunov, given more fully
    // the same three people: no other name; a name the matcher nearly reads: nothing sure
    CHECK(with(run(zh, english("Ruslan Karimov")), Finding::name_differs).empty());
    CHECK(with(run(zh, english("Ruslan Karimow")), Finding::name_differs).empty());
}

TEST_CASE("across: one paragraph may render five of the other language", "[align]") {
    Comparison c = run(
        "El ministro Ortega dijo en Toledo el 1 de julio de 2024 que el plan es bueno para los que viven en el sur y que se hará con ellos.\n\n"
        "Lopez llegó a Madrid el 2 de julio de 2024. Se reunió con Garcia durante 45 minutos. El acuerdo prevé 300 "
        "millones de euros para Valencia. Martinez lo firmará en 2025. El tren unirá Sevilla con Bilbao.\n\n"
        "La próxima reunión será en Granada el 9 de octubre de 2024, y el ministro dijo que es por el bien de todos los que se unen.",
        "Minister Ortega said in Toledo on 1 July 2024 that the plan is good for those who live in the south and will be carried out with them.\n\n"
        "Lopez arrived in Madrid on 2 July 2024.\n\nHe met Garcia for 45 minutes.\n\nThe agreement provides 300 million "
        "euros for Valencia.\n\nMartinez will sign it in 2025.\n\nThe train will link Sevilla with Bilbao.\n\n"
        "The next meeting will be in Granada on 9 October 2024, and the minister said it is for the good of all who join.");
    REQUIRE(c.renderings[0].doc.language == "es");
    auto rows = rows_of(c);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0] == std::make_pair(P{0}, P{0}));
    CHECK(rows[1] == std::make_pair(P{1}, P{1, 2, 3, 4, 5}));
    CHECK(rows[2] == std::make_pair(P{2}, P{6}));
}
