// A name spelled one way in one rendering and another way in another, in
// rows that do not meet (a report names someone in its lead, the article in
// its fifth paragraph): the row checks never see the two side by side
// (docs/discrepancies.md, Spellings across the document).
#include <algorithm>
#include <iterator>
#include <optional>
#include <string_view>
#include <unordered_map>

#include "../parallel.hpp"
#include "fact_checks.hpp"
#include "parallax/normalize.hpp"

namespace parallax {

namespace {

// One spelling of a name in one rendering's compared article: every
// occurrence of the same folded letters.
struct Spelling {
    std::string folded;                 // folded_letters of the name
    const Name* name = nullptr;         // its first occurrence outside a heading line, else its first
    int paragraph = -1;                 // the paragraph of `name`
    bool heading_only = true;           // every occurrence lies in a heading line
    std::vector<Span> spans;            // every occurrence
    std::vector<int> rows;              // the row of every occurrence
};

// The names (not titles of works) of a rendering's article paragraphs that
// lie in a row, one entry per spelling, in reading order.
std::vector<Spelling> spellings_of(const Comparison& c, const RenderingFacts& facts, int rendering) {
    const auto y = static_cast<std::size_t>(rendering);
    const Document& doc = c.renderings[y].doc;
    std::vector<int> row(doc.paragraphs.size(), -1);
    for (std::size_t r = 0; r < c.rows.size(); ++r)
        for (int id : c.rows[r].cells[y])
            if (static_cast<std::size_t>(id) < row.size()) row[static_cast<std::size_t>(id)] = static_cast<int>(r);
    const std::vector<bool> heading = heading_lines(c, rendering);
    std::vector<Spelling> out;
    std::unordered_map<std::string, std::size_t> index;
    for (std::size_t id = 0; id < facts.size() && id < doc.paragraphs.size(); ++id) {
        if (!doc.paragraphs[id].in_article || row[id] < 0) continue;
        for (const Name& n : facts[id].names) {
            if (n.kind == NameKind::title) continue;
            std::string f = folded_letters(n.text);
            if (f.empty()) continue;
            auto [at, fresh] = index.try_emplace(f, out.size());
            if (fresh) {
                out.emplace_back();
                out.back().folded = std::move(f);
                out.back().name = &n;
                out.back().paragraph = static_cast<int>(id);
            }
            Spelling& s = out[at->second];
            if (!heading[id] && s.heading_only) s.name = &n, s.paragraph = static_cast<int>(id), s.heading_only = false;
            s.spans.push_back(n.span);
            s.rows.push_back(row[id]);
        }
    }
    return out;
}

// A rendering's article, asked whether it writes a name: looked up at the
// name's first word's places (ArticleText::starts), not by scanning the
// whole article for every name.
struct ArticleWords {
    ArticleText* text;
    int rendering;
    bool has(std::string_view folded) const { return text->has_words(rendering, folded); }
};

constexpr std::size_t max_spelling_pairs = 40'000;

bool touches(const std::vector<Span>& spans, Span s) {
    return std::any_of(spans.begin(), spans.end(), [&](Span x) { return overlaps(x, s); });
}

// The words two spellings of a name write differently: each side's words
// the other lacks that have a spelling variant among the other's
// ("Zhanibek" / "Janibek" in "President Zhanibek Tursunov" / "Janibek
// Tursunov"; "President" is no spelling). Sorted. When no single word pairs
// (words cut otherwise), every word either side has alone.
struct Respelled {
    std::vector<std::string> left, right;
};
Respelled respelled(std::string_view a, std::string_view b, NameRelations& relations) {
    auto wa = split_words(folded_letters(a)), wb = split_words(folded_letters(b));
    std::sort(wa.begin(), wa.end());
    std::sort(wb.begin(), wb.end());
    std::vector<std::string> only_a, only_b;
    std::set_difference(wa.begin(), wa.end(), wb.begin(), wb.end(), std::back_inserter(only_a));
    std::set_difference(wb.begin(), wb.end(), wa.begin(), wa.end(), std::back_inserter(only_b));
    Respelled out;
    for (const auto& x : only_a)
        for (const auto& y : only_b)
            if (relations(x, y).relation == NameRelation::variant) {
                out.left.push_back(x);
                out.right.push_back(y);
            }
    if (out.left.empty()) return {only_a, only_b};
    for (auto* v : {&out.left, &out.right}) {
        std::sort(v->begin(), v->end());
        v->erase(std::unique(v->begin(), v->end()), v->end());
    }
    return out;
}

bool within(const std::vector<std::string>& part, const std::vector<std::string>& whole) {
    return std::includes(whole.begin(), whole.end(), part.begin(), part.end());
}

bool share_row(const Spelling& a, const Spelling& b) {
    return std::any_of(a.rows.begin(), a.rows.end(), [&](int r) { return std::find(b.rows.begin(), b.rows.end(), r) != b.rows.end(); });
}

}  // namespace

void check_spellings(const Comparison& c, const std::vector<RenderingFacts>& facts, ArticleLetters& letters,
                     std::vector<NameRelations>& relations_of, std::vector<Discrepancy>& out) {
    const unsigned threads = static_cast<unsigned>(relations_of.size());
    NameRelations& relations = relations_of.front();
    const int base = c.base;
    const std::size_t count = c.renderings.size();
    if (base < 0 || static_cast<std::size_t>(base) >= count || facts.size() != count) return;
    std::vector<std::vector<Spelling>> by(count);
    for (std::size_t y = 0; y < count; ++y)
        if (c.renderings[y].status == Status::aligned) by[y] = spellings_of(c, facts[y], static_cast<int>(y));
    auto article = [&](int y) { return ArticleWords{&letters.text, y}; };

    std::vector<Discrepancy> found;
    auto pair = [&](int left, int right) {
        const auto& lefts = by[static_cast<std::size_t>(left)];
        const auto& rights = by[static_cast<std::size_t>(right)];
        if (lefts.empty() || rights.empty()) return;
        const ArticleWords in_left = article(left);
        const ArticleWords in_right = article(right);
        // Two non-base renderings: a spelling the base writes is the base
        // pairs' to judge, and a heading's capitalised words are no names.
        const bool with_base = left == base;
        const ArticleWords in_base = article(base);
        auto eligible = [&](const Spelling& s, const ArticleWords& other_side) {
            return !other_side.has(s.folded) && (with_base || (!s.heading_only && !in_base.has(s.folded)));
        };
        std::vector<const Spelling*> from_left, from_right;
        for (const auto& s : lefts)
            if (eligible(s, in_right)) from_left.push_back(&s);
        for (const auto& s : rights)
            if (eligible(s, in_left)) from_right.push_back(&s);
        if (from_left.empty() || from_right.empty()) return;
        // Every spelling against every other is quadratic: an article has tens
        // of names, a book thousands (the 2 MB benchmark pair: 1.8 s of 3.8).
        // Past the budget this pair is left to the rows' own name checks
        // (docs/limits.md); an index of names by sound would lift it (issue 13).
        if (from_left.size() * from_right.size() > max_spelling_pairs) return;
        // fuller spellings first, so that a shorter one inside them is not
        // the same difference again
        std::stable_sort(from_left.begin(), from_left.end(),
                         [](const Spelling* x, const Spelling* y) { return x->folded.size() > y->folded.size(); });
        auto on_both = [&](const Spelling& a, const Spelling& b) {
            return std::any_of(out.begin(), out.end(), [&](const Discrepancy& d) {
                if (d.kind != Kind::name && d.kind != Kind::title) return false;
                auto on = [&](int rendering, const Spelling& s) {
                    return std::any_of(d.spans.begin(), d.spans.end(),
                                       [&](const SpanRef& x) { return x.rendering == rendering && touches(s.spans, x.span); });
                };
                return on(left, a) && on(right, b);
            });
        };
        // The word differences stated already between the two: by a finding
        // of their rows (gathered when first needed), or reported here.
        std::vector<Respelled> said;
        bool gathered = false;
        auto stated = [&](const Respelled& words) {
            if (!gathered) {
                gathered = true;
                for (const auto& d : out) {
                    if ((d.kind != Kind::name && d.kind != Kind::title) || d.spans.size() < 2) continue;
                    auto l = std::find_if(d.spans.begin(), d.spans.end(), [&](const SpanRef& x) { return x.rendering == left; });
                    auto r = std::find_if(d.spans.begin(), d.spans.end(), [&](const SpanRef& x) { return x.rendering == right; });
                    if (l != d.spans.end() && r != d.spans.end()) said.push_back(respelled(c.text(left, l->span), c.text(right, r->span), relations));
                }
            }
            return std::any_of(said.begin(), said.end(),
                               [&](const Respelled& r) { return within(words.left, r.left) && within(words.right, r.right); });
        };
        auto writes = [](const ArticleWords& in, const std::vector<std::string>& ws) {
            return std::any_of(ws.begin(), ws.end(), [&](const std::string& w) { return in.has(w); });
        };
        // Each left spelling's closest variant on the right, on the threads'
        // own memos (the quadratic part); then the findings in order.
        std::vector<std::pair<const Spelling*, NameMatch>> closest(from_left.size(), {nullptr, NameMatch{}});
        parallel_for(from_left.size(), threads, [&](std::size_t i, unsigned thread) {
            const Spelling* a = from_left[i];
            auto& [best, best_m] = closest[i];
            for (const Spelling* b : from_right) {
                NameMatch m = relations_of[thread](a->name->text, b->name->text);
                if (m.relation != NameRelation::variant) continue;
                if (!best || m.score > best_m.score) best = b, best_m = m;
            }
        });
        for (std::size_t i = 0; i < from_left.size(); ++i) {
            const Spelling* a = from_left[i];
            const auto& [best, best_m] = closest[i];
            // in one row the row's name checks have compared them already
            if (!best || share_row(*a, *best) || on_both(*a, *best)) continue;
            // either side writes the other's spelling of a word somewhere:
            // it varies its own spelling, the two do not differ
            Respelled respelt = respelled(a->name->text, best->name->text, relations);
            if (writes(in_right, respelt.left) || writes(in_left, respelt.right) || stated(respelt)) continue;
            said.push_back(respelt);
            Discrepancy d;
            d.kind = Kind::name;
            set_name_finding(d, best_m);
            d.row = row_of(c, left, a->paragraph);
            d.spans = {{left, a->name->span}, {right, best->name->span}};
            d.against = {right};
            found.push_back(std::move(d));
        }
    };
    for (std::size_t y = 0; y < count; ++y)
        if (static_cast<int>(y) != base) pair(base, static_cast<int>(y));
    for (std::size_t x = 0; x < count; ++x)
        for (std::size_t y = x + 1; y < count; ++y)
            if (static_cast<int>(x) != base && static_cast<int>(y) != base) pair(static_cast<int>(x), static_cast<int>(y));
    out.insert(out.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
}

}  // namespace parallax
