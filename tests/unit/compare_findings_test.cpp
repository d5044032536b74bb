// Findings and notes are typed values: kind, finding, spans, the renderings
// compared against, the odd one out; messages are composed from them last.
#include <catch2/catch.hpp>

#include <algorithm>

#include "parallax/engine.hpp"
#include "test_docs.hpp"

using namespace parallax;

namespace {

Document doc(std::string name, std::string text) { return read_doc(std::move(name), std::move(text)); }

const char* opening =
    "Traders in Morvale sold amber beads along the river market every Sunday.\n\n"
    "The mayor opened a bridge over the canal in the old quarter last week.\n\n";

}  // namespace

TEST_CASE("findings: a figure several renderings lack is one finding naming each of them", "[compare]") {
    std::string with_figure = std::string(opening) + "The council counted 4,812 new residents in the valley towns last year.";
    std::string without = std::string(opening) + "The council counted many new residents in the valley towns last year.";
    auto c = compare({doc("a", with_figure), doc("b", without), doc("c", without)});
    REQUIRE(c.base == 0);
    auto found = with(c, Finding::figure_one_sided);
    REQUIRE(found.size() == 1);
    const Discrepancy& d = *found[0];
    CHECK(d.kind == Kind::figure);
    REQUIRE(d.spans.size() == 1);
    CHECK(d.spans[0].rendering == 0);
    CHECK(c.text(0, d.spans[0].span) == "4,812");
    CHECK(d.against == std::vector<int>{1, 2});
    CHECK(d.message == "figure only in a: '4,812' has no counterpart in b, c");
}

TEST_CASE("findings: the odd one out is a record with its counts", "[compare]") {
    std::string same = std::string(opening) + "The delegation was received by President Marta Villanueva at the palace on Monday.";
    std::string other = std::string(opening) + "The delegation was received by President Olga Petrenko at the palace on Monday.";
    auto c = compare({doc("a", same), doc("b", same), doc("c", other)});
    REQUIRE(c.base == 0);
    auto found = with(c, Finding::name_differs);
    REQUIRE(found.size() == 1);
    const Discrepancy& d = *found[0];
    CHECK(d.severity == Severity::high);
    CHECK(d.against == std::vector<int>{2});
    REQUIRE(d.outlier);
    CHECK(d.outlier->odd == 2);
    CHECK(d.outlier->agreeing == 2);
    CHECK(d.outlier->present == 3);
    CHECK(d.outlier->says.rendering == 0);
    CHECK(c.text(0, d.outlier->says.span) == "President Marta Villanueva");
    CHECK(d.message.find("; odd one out: c (2 of 3 renderings say 'President Marta Villanueva')") != std::string::npos);
}

TEST_CASE("findings: a name finding carries its relation, not only words in a message", "[compare]") {
    std::string a = std::string(opening) + "The delegation was received by President Marta Villanueva at the palace on Monday.";
    std::string b = std::string(opening) + "The delegation was received by Chancellor Marta Villanueva at the palace on Monday.";
    auto c = compare({doc("a", a), doc("b", b)});
    auto found = with(c, Finding::name_rank);
    REQUIRE(found.size() == 1);
    CHECK(found[0]->kind == Kind::name);
    CHECK(found[0]->severity == Severity::medium);
    CHECK_FALSE(found[0]->outlier);  // two renderings have no odd one out
}

TEST_CASE("findings: initials are a fuller form, not another rank", "[compare]") {
    // issue 11: "President V. V. Putin" vs "President Putin"; names from the
    // nalgeon/iuliia samples (icao_doc_9303.json) and bench/facts initials
    const char* pairs[][2] = {
        {"President Marta Villanueva", "President M. Villanueva"},
        {"Mikhail Gorbachev", "M. Gorbachev"},
        {"Yuliya Shcheglova", "Yu. Shcheglova"},
    };
    for (auto& p : pairs) {
        INFO(p[0] << " / " << p[1]);
        std::string a = std::string(opening) + "The delegation was received by " + p[0] + " at the palace on Monday.";
        std::string b = std::string(opening) + "The delegation was received by " + p[1] + " at the palace on Monday.";
        auto c = compare({doc("a", a), doc("b", b)});
        CHECK(with(c, Finding::name_rank).empty());
        CHECK(with(c, Finding::name_differs).empty());
        CHECK(with(c, Finding::name_fuller).size() == 1);
    }
}

TEST_CASE("findings: a rank written as its initials is the same rank", "[compare]") {
    // "PM X" is "Prime Minister X": no other rank, at most a fuller form
    const char* pairs[][2] = {
        {"Prime Minister Marta Villanueva", "PM Marta Villanueva"},
        {"Foreign Minister Marta Villanueva", "FM Marta Villanueva"},
    };
    for (auto& p : pairs) {
        INFO(p[0] << " / " << p[1]);
        std::string a = std::string(opening) + "The delegation was received by " + p[0] + " at the palace on Monday.";
        std::string b = std::string(opening) + "The delegation was received by " + p[1] + " at the palace on Monday.";
        auto c = compare({doc("a", a), doc("b", b)});
        CHECK(with(c, Finding::name_rank).empty());
        CHECK(with(c, Finding::name_differs).empty());
    }
}

TEST_CASE("notes: a cell pair past the word-diff limit is a typed note", "[compare]") {
    std::string a = std::string(opening) + "Fishermen mended their nets on the quay.";
    std::string b = std::string(opening) + "Fishermen repaired their nets on the quay.";
    EngineOptions opt;
    opt.compare.max_diff_product = 1;
    auto c = compare({doc("a", a), doc("b", b)}, opt);
    REQUIRE_FALSE(c.notes.empty());
    const int other = 1 - c.base;
    for (const auto& n : c.notes) {
        CHECK(n.reason == NoteReason::diff_too_large);
        CHECK(n.rendering == other);
        REQUIRE(n.counts.size() == 2);
        CHECK(n.text == "row " + std::to_string(n.row) + ": " + c.renderings[other].doc.name + " not word-diffed: " +
                            std::to_string(n.counts[0]) + " x " +
                            std::to_string(n.counts[1]) + " tokens is past the limit");
    }
}

TEST_CASE("notes: a quotation not looked up says not_checked, and a note counts them", "[compare]") {
    std::string quote = "\n\nThe mayor told the merchants: \"Every family in the valley will have clean water by summer.\"";
    std::string a = std::string(opening) + quote;
    std::string b = std::string(opening) + "The mayor spoke to the merchants." + quote;
    EngineOptions opt;
    opt.compare.quote_max_haystack_bytes = 10;
    auto c = compare({doc("a", a), doc("b", b)}, opt);
    REQUIRE_FALSE(c.quotes.empty());
    for (const auto& q : c.quotes)
        for (const auto& f : q.findings) CHECK(f.match == QuoteMatch::not_checked);
    auto note = std::find_if(c.notes.begin(), c.notes.end(), [](const Note& n) { return n.reason == NoteReason::quotes_not_checked; });
    REQUIRE(note != c.notes.end());
    CHECK(note->counts.at(0) == c.quotes.size());
    CHECK(note->row == -1);
}

TEST_CASE("findings: no odd one out is claimed when the others do not say the same", "[compare]") {
    // a names one person, b another, c no one: b is not outvoted two to one
    std::string a = std::string(opening) + "The delegation was received by President Marta Villanueva at the palace on Monday.";
    std::string b = std::string(opening) + "The delegation was received by President Olga Petrenko at the palace on Monday.";
    std::string c3 = std::string(opening) + "The delegation was received by the president at the palace on Monday.";
    EngineOptions opt;
    opt.locate.base = "a";  // the rule is about the others, whichever is base
    auto c = compare({doc("a", a), doc("b", b), doc("c", c3)}, opt);
    REQUIRE(c.base == 0);
    auto found = with(c, Finding::name_differs);
    REQUIRE(found.size() == 1);
    CHECK_FALSE(found[0]->outlier);
    CHECK(found[0]->message.find("odd one out") == std::string::npos);
}

TEST_CASE("findings: a sentence several renderings lack names each of them in its message", "[compare]") {
    std::string tail = "Fishermen mended their nets on the quay before the autumn storms arrived.";
    std::string extra = " The harbour master counted every boat twice and recorded their names in a ledger.";
    std::string full = std::string(opening) + tail + extra;
    std::string cut = std::string(opening) + tail;
    auto c = compare({doc("a", full), doc("b", cut), doc("c", cut)});
    REQUIRE(c.base == 0);
    auto found = with(c, Finding::sentence_one_sided);
    REQUIRE(found.size() == 1);
    CHECK(found[0]->kind == Kind::omission);
    CHECK(found[0]->against == std::vector<int>{1, 2});
    CHECK(found[0]->message.find("content words appear in b; also missing from c)") != std::string::npos);
}

TEST_CASE("findings: when the base is a summary, what only the fuller rendering says is not an addition", "[compare]") {
    std::string summary = std::string(opening) +
                          "The council counted many new residents in the valley towns last year, the mayor said.";
    std::string full = std::string(opening) +
                       "The council counted many new residents in the valley towns last year, the mayor said. "
                       "Most of them came from the coast after the floods of the spring season. "
                       "Schools in the valley opened three new classes for their children in the autumn term. "
                       "The ferry company added a second boat on the river route to the market towns.";
    EngineOptions opt;
    opt.locate.base = "summary";
    auto c = compare({doc("summary", summary), doc("full", full)}, opt);
    REQUIRE(c.base == 0);
    CHECK(with(c, Finding::sentence_one_sided).empty());
    // the other way round they are omissions of a summary: not listed either
    auto d = compare({doc("summary", summary), doc("full", full)});
    REQUIRE(d.base == 1);
    CHECK(with(d, Finding::sentence_one_sided).empty());
}

TEST_CASE("findings: a quoted phrase of under four words not found is low, a quoted statement is medium", "[compare]") {
    std::string a = std::string(opening) +
                    "The mayor thanked the \"many volunteers\" and said: \"We will open two more bridges over the canal next year.\"";
    std::string b = std::string(opening) +
                    "The mayor thanked the numerous helpers and said that the town would build further crossings soon.";
    auto c = compare({doc("a", a), doc("b", b)});
    REQUIRE(c.base == 0);
    auto found = with(c, Finding::quote_not_found);
    REQUIRE(found.size() == 2);
    for (const auto* d : found) {
        auto words = c.text(0, d->spans[0].span) == "many volunteers" ? Severity::low : Severity::medium;
        CHECK(d->severity == words);
    }
}

TEST_CASE("findings: a sentence one rendering prints twice is a repeat, stated once", "[compare]") {
    // A reprint that repeats a sentence as a pull quote (no full stop) and
    // again in the text: the others print it once.
    std::string sentence = "The council has always viewed the harbour from a strategic and long-term perspective";
    std::string once = std::string(opening) + sentence + ". Fishermen mended their nets on the quay before the storms.";
    std::string twice = std::string(opening) + sentence + "\n\n" + sentence +
                        ". Fishermen mended their nets on the quay before the storms.";
    auto c = compare({doc("a", once), doc("b", twice), doc("c", once)});
    auto found = with(c, Finding::sentence_repeated);
    REQUIRE(found.size() == 1);
    const Discrepancy& d = *found[0];
    CHECK(d.kind == Kind::addition);
    CHECK(d.severity == Severity::low);
    bool in_b = false, in_other = false;
    for (const auto& s : d.spans) {
        in_b = in_b || s.rendering == 1;
        in_other = in_other || s.rendering != 1;
    }
    CHECK(in_b);
    CHECK(in_other);
    CHECK(d.message.find("printed twice in b") != std::string::npos);
}

TEST_CASE("findings: a sentence every rendering repeats is no repeat", "[compare]") {
    std::string sentence = "The council has always viewed the harbour from a strategic and long-term perspective.";
    std::string text = std::string(opening) + sentence + "\n\n" + sentence;
    auto c = compare({doc("a", text), doc("b", text)});
    CHECK(with(c, Finding::sentence_repeated).empty());
}

TEST_CASE("findings: a dropped sentence whose words recur around it is still an omission", "[compare]") {
    // The missing sentence shares a third of its words with its neighbours,
    // so a bag of the cell's words hides it; the sentence alignment does not.
    std::string full = std::string(opening) +
                       "The harbour council met the fishermen on the quay in March. "
                       "The fishermen asked the council for a new breakwater and two cranes. "
                       "The council promised the fishermen nets before the storms.";
    std::string cut = std::string(opening) +
                      "The harbour council met the fishermen on the quay in March. "
                      "The council promised the fishermen nets before the storms.";
    EngineOptions opt;
    opt.locate.base = "a";
    auto c = compare({doc("a", full), doc("b", cut)}, opt);
    auto found = with(c, Finding::sentence_one_sided);
    REQUIRE(found.size() == 1);
    CHECK(found[0]->kind == Kind::omission);
    CHECK(c.text(0, found[0]->spans[0].span) == "The fishermen asked the council for a new breakwater and two cranes.");
}

TEST_CASE("findings: a sentence one rendering cuts with an elision mark is a low elision, naming the mark", "[compare]") {
    std::string s1 = "Fishermen mended their nets on the quay before the autumn storms arrived.";
    std::string s2 = "The harbour master counted every boat twice and recorded their names in a ledger.";
    std::string s3 = "Storm warnings were posted at the lighthouse and on the church door.";
    std::string full = std::string(opening) + s1 + " " + s2 + " " + s3;
    for (const char* mark : {"…", "[...]", "(…)"}) {
        std::string cut = std::string(opening) + s1 + " " + mark + " " + s3;
        INFO(mark);
        EngineOptions opt;
        opt.locate.base = "full";
        auto c = compare({doc("full", full), doc("cut", cut)}, opt);
        REQUIRE(c.base == 0);
        CHECK(with(c, Finding::sentence_one_sided).empty());
        auto found = with(c, Finding::sentence_elided);
        REQUIRE(found.size() == 1);
        const Discrepancy& d = *found[0];
        CHECK(d.kind == Kind::omission);
        CHECK(d.severity == Severity::low);
        REQUIRE(d.spans.size() == 2);
        CHECK(c.text(d.spans[0].rendering, d.spans[0].span) == s2);
        CHECK(d.spans[1].rendering == 1);
        CHECK(c.text(1, d.spans[1].span) == mark);
        CHECK(d.message.rfind("sentence elided", 0) == 0);
        // the base the one that elides: what the other has there is no addition
        opt.locate.base = "cut";
        auto e = compare({doc("full", full), doc("cut", cut)}, opt);
        REQUIRE(e.base == 1);
        CHECK(with(e, Finding::sentence_one_sided).empty());
        auto added = with(e, Finding::sentence_elided);
        REQUIRE(added.size() == 1);
        CHECK(added[0]->kind == Kind::addition);
        CHECK(c.text(added[0]->spans[1].rendering, added[0]->spans[1].span) == mark);
    }
    // without the mark the sentence is a plain omission
    auto plain = compare({doc("full", full), doc("cut", std::string(opening) + s1 + " " + s3)});
    CHECK(with(plain, Finding::sentence_elided).empty());
}

namespace {
const char* article_sentences[] = {
    "Fishermen mended their nets on the quay before the autumn storms arrived.",
    "The harbour master counted every boat twice and recorded their names in a ledger.",
    "Storm warnings were posted at the lighthouse and on the church door.",
    "The ferry to the islands stopped running for three days in a row.",
    "Bakers in the upper town sold bread from their windows to the sailors.",
    "When the wind fell, the children ran to the beach to collect driftwood.",
};
std::string sentences_of(std::initializer_list<int> which) {
    std::string out;
    for (int k : which) out += std::string(out.empty() ? "" : " ") + article_sentences[k];
    return out;
}
}  // namespace

TEST_CASE("findings: each rendering's form: full, partial, report or copy of another", "[compare]") {
    std::string full = std::string(opening) + sentences_of({0, 1, 2, 3, 4, 5});
    std::string partial = std::string(opening) + sentences_of({0, 3, 5});
    std::string report = std::string(opening) +
                         "Reporters from three newspapers travelled to the coast on Tuesday to meet the mayor's office. " +
                         sentences_of({1}) +
                         " A spokeswoman for the regional government declined every request for an interview that week. " +
                         "Officials in the capital promised an inquiry into the funding of the coastal guard.";
    EngineOptions opt;
    opt.locate.base = "full";
    auto c = compare({doc("full", full), doc("partial", partial), doc("report", report), doc("reprint", full)}, opt);
    REQUIRE(c.base == 0);
    CHECK(c.renderings[0].form == Form::full);
    CHECK(c.renderings[1].form == Form::partial);
    CHECK(c.renderings[2].form == Form::report);
    CHECK(c.renderings[3].form == Form::copy);
    CHECK(c.renderings[3].copy_of == 0);
    CHECK(c.renderings[1].copy_of == -1);
    // what the report leaves out is no omission; what it says of its own is low
    for (const Discrepancy* d : with(c, Finding::sentence_one_sided)) {
        INFO(d->message);
        CHECK(std::none_of(d->against.begin(), d->against.end(), [](int y) { return y == 2; }));
        if (d->spans[0].rendering == 2) CHECK(d->severity == Severity::low);
    }
}

TEST_CASE("findings: a paragraph missing in the middle of a rendering is one omission, one only it has, an addition", "[compare]") {
    std::string p1 = "Fishermen mended their nets on the quay before the autumn storms arrived in the bay.";
    std::string p2 = "The harbour master counted every boat twice and recorded their names in a ledger of red leather.";
    std::string p3 = "Storm warnings were posted at the lighthouse and on the church door by the mayor's clerk.";
    std::string p4 = "Bakers in the upper town sold bread from their windows to the sailors waiting for the ferry.";
    std::string full = std::string(opening) + p1 + "\n\n" + p2 + "\n\n" + p3 + "\n\n" + p4;
    std::string gap = std::string(opening) + p1 + "\n\n" + p3 + "\n\n" + p4;
    EngineOptions opt;
    opt.locate.base = "full";
    auto c = compare({doc("full", full), doc("gap", gap)}, opt);
    REQUIRE(c.base == 0);
    auto found = with(c, Finding::paragraph_one_sided);
    REQUIRE(found.size() == 1);
    CHECK(found[0]->kind == Kind::omission);
    CHECK(found[0]->severity == Severity::medium);
    CHECK(c.text(found[0]->spans[0].rendering, found[0]->spans[0].span) == p2);
    CHECK(found[0]->against == std::vector<int>{1});
    CHECK(found[0]->message.rfind("paragraph only in full", 0) == 0);
    // the other way round: the paragraph only the non-base rendering has
    opt.locate.base = "gap";
    auto d = compare({doc("full", full), doc("gap", gap)}, opt);
    REQUIRE(d.base == 1);
    auto added = with(d, Finding::paragraph_one_sided);
    REQUIRE(added.size() == 1);
    CHECK(added[0]->kind == Kind::addition);
    CHECK(d.text(added[0]->spans[0].rendering, added[0]->spans[0].span) == p2);
    // past the end of a rendering that simply stops, nothing is missing
    auto e = compare({doc("full", full), doc("short", std::string(opening) + p1)}, opt);
    CHECK(with(e, Finding::paragraph_one_sided).empty());
    // what a partial rendering leaves out in its span is listed, low
    opt.locate.base = "full";
    auto f = compare({doc("full", full), doc("sparse", std::string(opening) + p1 + "\n\n" + p4)}, opt);
    REQUIRE(f.renderings[1].form == Form::partial);
    auto left_out = with(f, Finding::paragraph_one_sided);
    REQUIRE(left_out.size() == 2);
    for (const Discrepancy* x : left_out) CHECK(x->severity == Severity::low);
}

TEST_CASE("findings: a sentence replaced by one sharing no content word, of other length, is an omission and an addition", "[compare]") {
    std::string s1 = "Fishermen mended their nets on the quay before the autumn storms arrived.";
    std::string s3 = "Storm warnings were posted at the lighthouse and on the church door.";
    std::string reworded_a = "The harbour master counted every boat twice and wrote their names into a ledger.";
    std::string reworded_b = "Every boat was counted twice by the harbour master, who listed the names in his ledger.";
    std::string unrelated =
        "A chess tournament opened in the capital with players from nine distant nations, and the organisers "
        "expected record crowds at the final games in the old opera house.";
    EngineOptions opt;
    opt.locate.base = "a";
    auto same_place = [&](const std::string& x, const std::string& y) {
        return compare({doc("a", std::string(opening) + s1 + " " + x + " " + s3), doc("b", std::string(opening) + s1 + " " + y + " " + s3)},
                       opt);
    };
    auto c = same_place(reworded_a, unrelated);
    REQUIRE(c.base == 0);
    CHECK(with(c, Finding::sentence_reworded).empty());
    auto one_sided = with(c, Finding::sentence_one_sided);
    REQUIRE(one_sided.size() == 2);
    CHECK(one_sided[0]->kind != one_sided[1]->kind);
    // sharing words, the two are one sentence said another way
    auto d = same_place(reworded_a, reworded_b);
    CHECK(with(d, Finding::sentence_one_sided).empty());
}

TEST_CASE("findings: a quotation worded differently is medium in renderings that share their words, low between paraphrases", "[compare]") {
    std::string said = "The mayor said: \"We will rebuild every bridge over the river before the winter comes.\" "
                       "Fishermen mended their nets on the quay before the autumn storms arrived.";
    std::string altered = "The mayor said: \"We may repair some bridges over the river before the winter comes.\" "
                          "Fishermen mended their nets on the quay before the autumn storms arrived.";
    std::string paraphrase = "According to the mayor, \"every bridge on the river will be restored before the cold season.\" "
                             "Before the autumn storms, the fishermen on the quay repaired their nets.";
    EngineOptions opt;
    opt.locate.base = "a";
    auto c = compare({doc("a", std::string(opening) + said), doc("b", std::string(opening) + altered)}, opt);
    auto close = with(c, Finding::quote_reworded);
    REQUIRE(close.size() == 1);
    CHECK(close[0]->severity == Severity::medium);
    auto d = compare({doc("a", std::string(opening) + said), doc("b", std::string(opening) + paraphrase)}, opt);
    auto loose = with(d, Finding::quote_reworded);
    REQUIRE(loose.size() == 1);
    CHECK(loose[0]->severity == Severity::low);
}

TEST_CASE("findings: a quotation that differs only in grammar words, a preposition or a word's inflection is low, in a content word or a negation it is not", "[compare]") {
    std::string said = "The mayor said: \"We have been working tirelessly against all forms of neglect of the old harbour walls.\" "
                       "Fishermen mended their nets on the quay before the autumn storms arrived.";
    auto with_quote = [&](std::string quote) {
        return std::string(opening) + "The mayor said: \"" + quote + "\" Fishermen mended their nets on the quay before the autumn storms arrived.";
    };
    EngineOptions opt;
    opt.locate.base = "a";
    auto severity = [&](std::string quote) {
        auto c = compare({doc("a", std::string(opening) + said), doc("b", with_quote(std::move(quote)))}, opt);
        auto found = with(c, Finding::quote_reworded);
        REQUIRE(found.size() == 1);
        return found[0]->severity;
    };
    // the same words in other grammar: the perfect for the progressive, a preposition, "any form" for "all forms"
    CHECK(severity("We have worked tirelessly towards any form of neglect of the old harbour walls.") == Severity::low);
    // a content word replaced, or the clause negated, is a changed quotation
    CHECK(severity("We have been working tirelessly against all forms of decay of the old harbour walls.") == Severity::medium);
    CHECK(severity("We have not been working tirelessly against all forms of neglect of the old harbour walls.") != Severity::low);
}

TEST_CASE("findings: a reprint of a rendering is a copy of it, and a difference both carry is reported once", "[compare]") {
    std::string a = std::string(opening) + "The council counted 4,812 new residents in the valley towns last year.";
    std::string b = std::string(opening) + "The council counted 4,821 new residents in the valley towns last year.";
    EngineOptions opt;
    opt.locate.base = "a";
    auto c = compare({doc("a", a), doc("b", b), doc("b-reprint", b)}, opt);
    REQUIRE(c.base == 0);
    CHECK(c.renderings[1].form != Form::copy);  // the original of the two
    CHECK(c.renderings[2].form == Form::copy);
    CHECK(c.renderings[2].copy_of == 1);
    auto found = with(c, Finding::figure_differs);
    REQUIRE(found.size() == 1);
    CHECK(found[0]->against == std::vector<int>{1, 2});
    REQUIRE(found[0]->spans.size() == 3);
    CHECK(found[0]->spans[2].rendering == 2);
    CHECK(found[0]->message.find("[b, b-reprint]") != std::string::npos);
}

TEST_CASE("findings: a report's quotation whose words the other rendering says in a nearby sentence is worded differently, not 'not found'", "[compare]") {
    std::string full = std::string(opening) +
                       "The mayor spoke on the radio about the floods of the spring and thanked the volunteers at the dam.\n\n"
                       "Farmers in the valley lost their barns and most of their cattle to the water in April.\n\n"
                       "These events show once again that the harbour must be guarded like the apple of an eye, like a fragile vessel.\n\n"
                       "Fishermen mended their nets on the quay before the autumn storms arrived.";
    std::string report = std::string(opening) +
                         "In a radio address the mayor spoke about the spring floods, thanked the volunteers at the dam and urged "
                         "listeners \"to protect the harbour like the apple of one's eye\".\n\n"
                         "Farmers in the valley lost their barns and most of their cattle to the water in April.\n\n"
                         "Fishermen mended their nets on the quay before the autumn storms arrived.";
    EngineOptions opt;
    opt.locate.base = "full";
    auto c = compare({doc("full", full), doc("report", report)}, opt);
    REQUIRE(c.base == 0);
    CHECK(with(c, Finding::quote_not_found).empty());
    CHECK(with(c, Finding::quote_reworded).size() == 1);
}

TEST_CASE("findings: a paragraph one rendering lacks does not hide how another words it", "[compare]") {
    std::string p1 = "Fishermen mended their nets on the quay before the autumn storms arrived in the bay.";
    std::string p2 = "The harbour master will count every boat twice and record their names in a ledger of red leather.";
    std::string p2_past = "The harbour master counted every boat twice and recorded their names in a ledger of red leather.";
    std::string p3 = "Storm warnings were posted at the lighthouse and on the church door by the mayor's clerk.";
    std::string p4 = "Bakers in the upper town sold bread from their windows to the sailors waiting for the ferry.";
    auto text = [&](const std::string& second) {
        return std::string(opening) + p1 + "\n\n" + (second.empty() ? "" : second + "\n\n") + p3 + "\n\n" + p4;
    };
    EngineOptions opt;
    opt.locate.base = "a";
    auto c = compare({doc("a", text(p2)), doc("b", text(p2_past)), doc("c", text(""))}, opt);
    REQUIRE(c.base == 0);
    CHECK(with(c, Finding::paragraph_one_sided).size() == 1);
    CHECK(with(c, Finding::tense_differs).size() == 1);
}

TEST_CASE("findings: a name written without its diacritics is one low finding naming both spellings", "[compare]") {
    std::string with_marks = std::string(opening) + "President Aleksandar Vučić welcomed the guests at the palace in Belgrade on Tuesday.";
    std::string without = std::string(opening) + "President Aleksandar Vucic welcomed the guests at the palace in Belgrade on Tuesday.";
    EngineOptions opt;
    opt.locate.base = "a";
    auto c = compare({doc("a", with_marks), doc("b", without)}, opt);
    auto found = with(c, Finding::diacritics_differ);
    REQUIRE(found.size() == 1);
    CHECK(found[0]->kind == Kind::name);
    CHECK(found[0]->severity == Severity::low);
    CHECK(c.text(found[0]->spans[0].rendering, found[0]->spans[0].span) == "Vučić");
    CHECK(c.text(found[0]->spans[1].rendering, found[0]->spans[1].span) == "Vucic");
    CHECK(found[0]->message == "spelled without diacritics: \"Vučić\" vs \"Vucic\"");
    // another letter is not a matter of marks
    auto d = compare({doc("a", with_marks), doc("b", std::string(opening) + "President Aleksandar Vucik welcomed the guests at the palace in Belgrade on Tuesday.")}, opt);
    CHECK(with(d, Finding::diacritics_differ).empty());
}

TEST_CASE("findings: a title with the country's demonym and with its name is one rank, not another", "[compare]") {
    for (auto [x, y] : {std::pair<const char*, const char*>{"Uzbek President Ana Ruiz", "President of Uzbekistan Ana Ruiz"},
                        {"Serbian President Ana Ruiz", "President of Serbia Ana Ruiz"}}) {
        INFO(x);
        std::string a = std::string(opening) + "The delegation was received by " + x + " at the palace on Monday.";
        std::string b = std::string(opening) + "The delegation was received by " + y + " at the palace on Monday.";
        auto c = compare({doc("a", a), doc("b", b)});
        CHECK(with(c, Finding::name_rank).empty());
        CHECK(with(c, Finding::name_differs).empty());
    }
}

TEST_CASE("findings: a sentence a report moves to another row is compared where it went, not called missing", "[compare]") {
    std::string council = "The council has always viewed the harbour from a long-term perspective and regards it as the first priority of the town.";
    std::string full = std::string(opening) +
                       "Farmers in the valley lost their barns and most of their cattle to the water in April.\n\n" + council + "\n\n" +
                       "Fishermen mended their nets on the quay before the autumn storms arrived.";
    std::string report = std::string(opening) +
                         "The council always views the harbour from a long-term perspective and regards it as the first priority of the town. "
                         "Volunteers at the dam were thanked by the mayor in a radio address.\n\n"
                         "Farmers in the valley lost their barns and most of their cattle to the water in April.\n\n"
                         "Fishermen mended their nets on the quay before the autumn storms arrived.";
    EngineOptions opt;
    opt.locate.base = "full";
    auto c = compare({doc("full", full), doc("report", report)}, opt);
    REQUIRE(c.base == 0);
    std::size_t at = full.find(council);
    // the two sentences sit in different rows
    const Discrepancy* tense = nullptr;
    for (const auto* d : with(c, Finding::tense_differs))
        for (const auto& sp : d->spans)
            if (sp.rendering == 0 && sp.span.start >= at && sp.span.end <= at + council.size()) tense = d;
    REQUIRE(tense != nullptr);
    CHECK(tense->spans.size() == 2);
    CHECK(tense->spans[1].rendering == 1);
    for (const auto* d : with(c, Finding::sentence_one_sided))
        CHECK_FALSE((d->spans[0].rendering == 0 && d->spans[0].span.start == at));  // it is not missing from the report
}

TEST_CASE("findings: a one-sided line of names (a speaker label) or a heading is low, a one-sided statement medium", "[compare]") {
    std::string speech = "We will rebuild every bridge over the river before the winter comes, and the council will pay for it.";
    auto one_sided_severity = [&](const std::string& extra) {
        EngineOptions opt;
        opt.locate.base = "a";
        auto c = compare({doc("a", std::string(opening) + extra + " " + speech), doc("b", std::string(opening) + speech)}, opt);
        std::vector<Severity> out;
        for (const auto* d : with(c, Finding::sentence_one_sided)) out.push_back(d->severity);
        return out;
    };
    CHECK(one_sided_severity("Mayor of the Valley Council Ana Ruiz of Morvale.") == std::vector<Severity>{Severity::low});
    CHECK(one_sided_severity("The harbour master counted every boat twice last spring.") == std::vector<Severity>{Severity::medium});
}

TEST_CASE("findings: a country's possessive names what its demonym does", "[compare]") {
    // "Chinese Prime Minister X" / "China's Prime Minister X": one office, one person
    std::string a = std::string(opening) + "The delegation was received by the Danish Prime Minister Marta Villanueva on Monday.";
    std::string b = std::string(opening) + "The delegation was received by Denmark\xE2\x80\x99s Prime Minister Marta Villanueva on Monday.";
    auto c = compare({doc("a", a), doc("b", b)});
    CHECK(with(c, Finding::name_differs).empty());
    CHECK(with(c, Finding::name_rank).empty());
}

TEST_CASE("findings: a Russian name declined beside its office is no other rank", "[compare]") {
    // "с премьером Госсовета КНР Ван Сяомином" (instrumental) / "Ван Сяомин
    // прибыл" (nominative); "Президент России Пётр Иванов" / "в Россию": a
    // person and the country of his office are no rank of one name
    std::string lead = "Делегация прибыла в столицу во вторник утром.\n\nМэр открыл новый мост через канал в старом квартале.\n\n";
    std::string a = lead + "Президент России Пётр Иванов на встрече с премьером Госсовета КНР Ван Сяомином заявил о росте торговли.";
    std::string b = lead + "Ван Сяомин прибыл в Россию для встречи, заявил о росте торговли.";
    auto c = compare({doc("a", a), doc("b", b)});
    CHECK(with(c, Finding::name_rank).empty());
    CHECK(with(c, Finding::name_differs).empty());
}

TEST_CASE("findings: two names that swap places are no name put for another", "[compare]") {
    // "X met with the Premier ... Y" / "Premier Y met with President X of Z":
    // the word diff pairs the runs where the names moved; each is written
    // on the other side in this or a fuller form
    std::string a = std::string(opening) +
                    "October 14, 2014, The Castle, Morvale\n\n"
                    "Olga Petrenko met with the Premier of the State Council of the People\xE2\x80\x99s Republic of Ruritania Jan Novak.";
    std::string b = std::string(opening) +
                    "In the afternoon of October 14 local time, Premier Jan Novak met with President Olga Petrenko of Morvalia at the Castle in Morvale.";
    EngineOptions opt;
    opt.locate.base = "a";
    auto c = compare({doc("a", a), doc("b", b)}, opt);
    CHECK(with(c, Finding::name_differs).empty());
    CHECK(with(c, Finding::name_fuller).size() == 2);  // "Olga Petrenko" and "Jan Novak" each written more fully
}

TEST_CASE("findings: a name beside a shorter one both sides write is still a name put for another", "[compare]") {
    // "the SCO Summit ... the SCO Astana Summit" / "... the SCO Astnaa Summit":
    // the shorter name is shared context, not where the changed one went
    std::string a = std::string(opening) +
                    "The ministers will attend the Delta Forum Summit. I have no doubt that the Delta Forum Morvale Summit will be a great success.";
    std::string b = std::string(opening) +
                    "The ministers will attend the Delta Forum Summit. I have no doubt that the Delta Forum Morvlae Summit will be a great success.";
    auto c = compare({doc("a", a), doc("b", b)});
    CHECK(with(c, Finding::name_differs).size() + with(c, Finding::name_variant).size() == 1);
}
