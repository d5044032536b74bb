#include <algorithm>
#include <cstdint>
#include <optional>
#include <set>
#include <string_view>

#include "cell.hpp"
#include "fact_checks.hpp"
#include "grammar.hpp"
#include "parallax/normalize.hpp"

namespace parallax {

namespace {


std::string cell_text(const Comparison& c, int rendering, const std::vector<int>& ids) {
    std::string all;
    for (int id : ids) {
        if (!all.empty()) all += "\n\n";
        all += c.text(rendering, c.renderings[static_cast<std::size_t>(rendering)].doc.paragraphs[static_cast<std::size_t>(id)].span);
    }
    return all;
}

// Where the other side renders `s`: the hull of the other-side spans of the
// word-diff runs that overlap it. Empty when nothing there renders it.
Span counterpart(const CellDiff& d, Span s, bool s_in_base) {
    Span hull{};
    bool any = false;
    for (const auto& e : d.edits) {
        Span mine = s_in_base ? e.base : e.other, theirs = s_in_base ? e.other : e.base;
        if (mine.empty() || theirs.empty() || !overlaps(mine, s)) continue;
        if (!any) hull = theirs;
        hull.start = std::min(hull.start, theirs.start);
        hull.end = std::max(hull.end, theirs.end);
        any = true;
    }
    return hull;
}

// Share of the quotation's content words (stemmed) that the candidate
// counterpart also has: a counterpart sharing none is not one.
std::vector<std::string> content_stems(std::string_view s) {
    std::vector<std::string> out;
    for (const auto& w : split_words(folded_letters(s)))
        if (!is_stopword(w)) out.push_back(stem(w));
    return out;
}

double shared_content(const std::vector<std::string>& q, std::string_view there) {
    auto t = content_stems(there);
    if (q.empty()) return 0;
    std::sort(t.begin(), t.end());
    std::size_t shared = 0;
    for (const auto& w : q) shared += std::binary_search(t.begin(), t.end(), w);
    return static_cast<double>(shared) / static_cast<double>(q.size());
}

double shared_content(std::string_view quote, std::string_view there) { return shared_content(content_stems(quote), there); }

// The sentence of a rendering's cells in and near `row` (three rows either
// side: a report moves what it quotes) sharing the most of `quote`'s
// content words, when it shares 70% of them or more; else empty.
Span best_sentence(const Comparison& c, int row, const CellFacts& side, std::string_view quote) {
    Span best{};
    const auto q = content_stems(quote);  // once, not once per sentence
    if (q.size() < 4) return best;        // a phrase of a few content words matches too much
    double most = 0.7;  // most of them: a sentence on the same subject shares half or more
    const Document& doc = c.renderings[static_cast<std::size_t>(side.rendering)].doc;
    for (int id : nearby_paragraphs(c.rows, row, side.rendering, 3))
        for (const auto& s : doc.paragraphs[static_cast<std::size_t>(id)].sentences) {
            double share = shared_content(q, c.text(side.rendering, s.span));
            if (share >= most && (best.empty() || share > most)) best = s.span, most = share;
        }
    return best;
}

// The words a quotation and its counterpart do not share, run by run,
// between the words they share (a longest common subsequence); the
// counterpart's words before the first shared word and after the last are
// the sentence round the quotation, not part of it.
struct WordRun {
    std::vector<std::string_view> quoted, there;
};
constexpr std::size_t max_lcs_cells = 250000;  // longer pairs are judged by their content words alone

std::optional<std::vector<WordRun>> changed_runs(const std::vector<std::string>& q, const std::vector<std::string>& t) {
    const std::size_t n = q.size(), m = t.size();
    if (n * m > max_lcs_cells) return std::nullopt;
    std::vector<std::vector<std::uint16_t>> len(n + 1, std::vector<std::uint16_t>(m + 1, 0));
    for (std::size_t i = n; i-- > 0;)
        for (std::size_t j = m; j-- > 0;)
            len[i][j] = q[i] == t[j] ? static_cast<std::uint16_t>(len[i + 1][j + 1] + 1) : std::max(len[i + 1][j], len[i][j + 1]);
    std::vector<WordRun> runs;
    WordRun open;
    bool shared_yet = false;
    auto close = [&](bool edge) {
        if (edge && open.quoted.empty()) open.there.clear();  // the counterpart's sentence round the quotation
        if (!open.quoted.empty() || !open.there.empty()) runs.push_back(open);
        open = {};
    };
    std::size_t i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && q[i] == t[j]) {
            close(!shared_yet);
            shared_yet = true;
            ++i, ++j;
        } else if (j < m && (i == n || len[i][j + 1] >= len[i + 1][j])) {
            open.there.push_back(t[j++]);
        } else {
            open.quoted.push_back(q[i++]);
        }
    }
    close(true);
    return runs;
}

// The two sides of a run are the same statement in other grammar: the same
// negations, modals, persons and future, and content words that are the
// same words inflected ("have been working" / "have worked", "against all
// forms" / "towards any form").
bool grammar_only(const WordRun& r) {
    auto count = [](const std::vector<std::string_view>& ws, auto pred) { return std::count_if(ws.begin(), ws.end(), pred); };
    auto sorted = [](const std::vector<std::string_view>& ws, auto pred) {
        std::vector<std::string_view> out;
        for (auto w : ws)
            if (pred(w)) out.push_back(w);
        std::sort(out.begin(), out.end());
        return out;
    };
    auto persons = [](const std::vector<std::string_view>& ws) {
        std::vector<Person> out;
        for (auto w : ws)
            if (Person p = person_of(w); p != Person::none) out.push_back(p);
        std::sort(out.begin(), out.end());
        out.erase(std::unique(out.begin(), out.end()), out.end());
        return out;
    };
    auto future = [](std::string_view w) { return tense_of(w) == Tense::future || tense_of(w) == Tense::conditional; };
    if (count(r.quoted, is_negator) != count(r.there, is_negator) || sorted(r.quoted, is_modal) != sorted(r.there, is_modal) ||
        persons(r.quoted) != persons(r.there) || count(r.quoted, future) != count(r.there, future))
        return false;
    auto content = [](const std::vector<std::string_view>& ws) {
        std::vector<std::string_view> out;
        for (auto w : ws)
            if (!is_stopword(w) && !is_preposition(w)) out.push_back(w);
        return out;
    };
    return same_words(content(r.quoted), content(r.there));
}

bool differs_in_grammar_only(std::string_view quoted, std::string_view there) {
    auto q = split_words(folded_letters(quoted)), t = split_words(folded_letters(there));
    auto runs = changed_runs(q, t);
    return runs && std::all_of(runs->begin(), runs->end(), grammar_only);
}

// Between renderings that word the same passage differently throughout
// (two translations, a report), a quotation whose counterpart shares few of
// its content words is the translator's wording; between ones that share
// most of their words (a reprint, a close translation), or where the two
// quotations share most words and differ in a few, it is an altered
// quotation.
constexpr double close_renderings = 0.6;

}  // namespace

void check_quotes(const Comparison& c, const CellDiff& diff, const CellFacts& base, const CellFacts& other, bool abridged,
                  std::vector<Discrepancy>& out) {
    const auto& cells = c.rows[static_cast<std::size_t>(diff.row)].cells;
    std::string base_text = cell_text(c, base.rendering, cells[static_cast<std::size_t>(base.rendering)]);
    std::string other_text = cell_text(c, other.rendering, cells[static_cast<std::size_t>(other.rendering)]);
    std::set<std::pair<std::size_t, std::size_t>> reported;  // (base start, other start)

    auto check = [&](const CellFacts& side, const CellFacts& hay_side, const std::string& haystack, bool side_is_base) {
        if (side.quotes.empty()) return;
        const QuoteHaystack prepared(haystack);  // once per cell, not once per quotation
        for (const Quote* q : side.quotes) {
            QuoteLookup l = look_up_quote(q->text, prepared);
            if (l.match == QuoteMatch::exact || l.match == QuoteMatch::punctuation_only) continue;
            Span there = counterpart(diff, q->span, side_is_base);
            // prefer a quotation on the other side that sits in that place
            for (const Quote* p : hay_side.quotes)
                if (!there.empty() && overlaps(p->span, there)) there = p->span;
            if (!there.empty() && shared_content(q->text, c.text(hay_side.rendering, there)) < 1.0 / 3) there = {};
            // Between paraphrases the word diff may put the quoted words
            // nowhere useful: the sentence of the other cell that shares
            // most of the quotation's content words, if half or more, is
            // where it is rendered — a claim of "not found" must be sure.
            if (there.empty()) there = best_sentence(c, diff.row, hay_side, q->text);
            Discrepancy d;
            d.kind = Kind::quote;
            // a quoted phrase of a few words ("numerous appeals") is a
            // translator's wording more often than a statement: shown, low
            d.severity = split_words(folded_letters(q->text)).size() < 4 ? Severity::low : Severity::medium;
            d.row = diff.row;
            d.spans.push_back({side.rendering, q->span});
            d.against = {hay_side.rendering};
            if (there.empty()) {
                if (side_is_base && abridged) continue;  // a summary need not quote what the article quotes
                d.finding = Finding::quote_not_found;
            } else {
                auto key = side_is_base ? std::make_pair(q->span.start, there.start) : std::make_pair(there.start, q->span.start);
                if (!reported.insert(key).second) continue;
                d.finding = Finding::quote_reworded;
                d.spans.push_back({hay_side.rendering, there});
                std::string_view there_text = c.text(hay_side.rendering, there);
                if ((same_share(diff) < close_renderings && shared_content(q->text, there_text) < close_renderings) ||
                    differs_in_grammar_only(q->text, there_text))
                    d.severity = Severity::low;
            }
            if (!side_is_base) std::reverse(d.spans.begin(), d.spans.end());
            out.push_back(std::move(d));
        }
    };
    check(base, other, other_text, true);
    check(other, base, base_text, false);
}

}  // namespace parallax
