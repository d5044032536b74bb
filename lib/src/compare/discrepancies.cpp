#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>
#include <optional>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "cell.hpp"
#include "cut_off.hpp"
#include "../parallel.hpp"
#include "fact_checks.hpp"
#include "fold_pairs.hpp"
#include "parallax/align.hpp"
#include "parallax/compare.hpp"
#include "parallax/normalize.hpp"
#include "parallax/similarity.hpp"

namespace parallax {

namespace {

// The content stems of some paragraphs, as a hash set of views into their
// facts: built in O(stems) expected, looked up in O(1), no stem copied
// (sorting copies made each cell pair cost its stems' n log n twice over).
std::unordered_set<std::string_view> cell_terms(const RenderingFacts& facts, const std::vector<int>& ids) {
    std::unordered_set<std::string_view> out;
    for (int id : ids)
        for (const auto& st : facts[static_cast<std::size_t>(id)].stems)
            if (!st.empty()) out.insert(st);
    return out;
}

bool changed(const CellDiff& cd) {
    return cd.across || std::any_of(cd.edits.begin(), cd.edits.end(), [](const Edit& e) { return e.op != EditOp::same; });
}

// Sentences of `from` whose content words barely occur in `to`: rendered by
// one side only.
// Every word of the sentence that is no stopword is capitalised, and there
// are few: a line of names and titles ("Mayor of the Valley Council, Ana
// Ruiz."), a speaker label or a byline, not a statement.
bool names_only(const Document& d, const Sentence& s) {
    std::size_t words = 0;
    for (std::size_t k = s.first_token; k < s.end_token; ++k) {
        const Token& t = d.tokens[k];
        if (t.kind != TokenKind::word) continue;
        ++words;
        if (!t.capitalized && !is_stopword(d.folded(t))) return false;
    }
    return words > 0 && words <= 12;
}

struct OneSided {
    Discrepancy d;
    double position;  // where in its cell the sentence sits, 0 (first) .. 1 (last)
    const Sentence* sentence;
};

// Sentences of one side that the sentence alignment leaves without a
// counterpart, between neighbours it links closely: their words may still
// occur around the place they are missing from (a dropped sentence on the
// same subject), so a looser share applies. Between two paraphrases a
// sentence merged into its neighbour's counterpart is left unlinked too,
// and is no omission: hence the close neighbours.
std::set<const Sentence*> unlinked_sentences(const CellSentences& cs, bool left, const CompareOptions& opt) {
    const auto& links = cs.links;
    auto mine = [&](const SentenceLink& l) -> const std::vector<std::size_t>& { return left ? l.base : l.other; };
    auto theirs = [&](const SentenceLink& l) -> const std::vector<std::size_t>& { return left ? l.other : l.base; };
    auto linked = [&](std::size_t k) { return !links[k].base.empty() && !links[k].other.empty(); };
    auto close = [&](std::size_t k) { return linked(k) && links[k].sim >= opt.omission_neighbour_sim; };
    std::set<const Sentence*> out;
    for (std::size_t k = 0; k < links.size(); ++k) {
        if (!theirs(links[k]).empty()) continue;
        std::size_t before = k, after = k + 1;
        while (before > 0 && !linked(before - 1)) --before;
        while (after < links.size() && !linked(after)) ++after;
        bool has_before = before > 0, has_after = after < links.size();
        if (!has_before && !has_after) continue;
        if ((has_before && !close(before - 1)) || (has_after && !close(after))) continue;
        for (std::size_t i : mine(links[k])) out.insert(left ? cs.left[i] : cs.right[i]);
    }
    return out;
}

// An elision mark ("…", "...", "[…]", "(...)") that a rendering puts where
// it leaves a sentence out: an editor's intentional cut, not a silent gap.
std::optional<Span> elision_mark(std::string_view text, std::size_t from, std::size_t to) {
    static const char* const marks[] = {"[\xE2\x80\xA6]", "[...]", "(\xE2\x80\xA6)", "(...)", "\xE2\x80\xA6", "..."};
    to = std::min(to, text.size());
    if (from >= to) return std::nullopt;
    std::string_view window = text.substr(from, to - from);
    for (const char* m : marks)
        if (auto at = window.find(m); at != std::string_view::npos) return Span{from + at, from + at + std::strlen(m)};
    return std::nullopt;
}

// Sentences of one side left without a counterpart where the other side's
// text, at the gap (a few bytes round the boundary of the sentences it
// links on either side), holds an elision mark: the mark's span by sentence.
std::map<const Sentence*, Span> elided_sentences(const Comparison& c, const CellDiff& cd, const CellSentences& cs, bool left) {
    const auto& links = cs.links;
    const auto& theirs_list = left ? cs.right : cs.left;
    const std::string& text = c.renderings[static_cast<std::size_t>(left ? cd.rendering : cd.left)].doc.text;
    auto mine = [&](const SentenceLink& l) -> const std::vector<std::size_t>& { return left ? l.base : l.other; };
    auto theirs = [&](const SentenceLink& l) -> const std::vector<std::size_t>& { return left ? l.other : l.base; };
    constexpr std::size_t slack = 8;  // bytes round a boundary: a mark and its spaces
    std::map<const Sentence*, Span> out;
    for (std::size_t k = 0; k < links.size(); ++k) {
        if (mine(links[k]).empty() || !theirs(links[k]).empty()) continue;
        std::size_t before = k, after = k + 1;
        while (before > 0 && theirs(links[before - 1]).empty()) --before;
        while (after < links.size() && theirs(links[after]).empty()) ++after;
        if (before == 0 && after == links.size()) continue;
        std::size_t from = 0, to = text.size();
        if (before > 0) {
            const Sentence* s = theirs_list[theirs(links[before - 1]).back()];
            from = s->span.end > slack ? s->span.end - slack : 0;
        } else {
            from = theirs_list.front()->span.start;
        }
        if (after < links.size()) to = theirs_list[theirs(links[after]).front()]->span.start + slack;
        else to = theirs_list.back()->span.end;
        if (auto mark = elision_mark(text, from, to))
            for (std::size_t i : mine(links[k])) out.emplace(left ? cs.left[i] : cs.right[i], *mark);
    }
    return out;
}

// `reach`: rows on either side whose `to` cells count too
// (CompareOptions::pair_row_reach). `unlinked`: sentences of `from` the
// sentence alignment gives no counterpart (unlinked_sentences). `elided`:
// those `to` cuts with a mark (elided_sentences), low and naming the mark.
std::vector<OneSided> one_sided_sentences(const Comparison& c, const std::vector<RenderingFacts>& facts, int row, int from,
                                          int to, Kind kind, const CompareOptions& opt, int reach,
                                          const std::set<const Sentence*>& unlinked,
                                          const std::map<const Sentence*, Span>& elided, bool across) {
    std::vector<OneSided> out;
    std::size_t total = 0, index = 0;
    for (int id : c.rows[static_cast<std::size_t>(row)].cells[static_cast<std::size_t>(from)])
        total += c.renderings[static_cast<std::size_t>(from)].doc.paragraphs[static_cast<std::size_t>(id)].sentences.size();
    const auto& cells = c.rows[static_cast<std::size_t>(row)].cells;
    const Document& fd = c.renderings[static_cast<std::size_t>(from)].doc;
    auto other = cell_terms(facts[static_cast<std::size_t>(to)], nearby_paragraphs(c.rows, row, to, reach));
    const RenderingFacts& ff = facts[static_cast<std::size_t>(from)];
    for (int id : cells[static_cast<std::size_t>(from)]) {
        const Paragraph& p = fd.paragraphs[static_cast<std::size_t>(id)];
        for (const auto& s : p.sentences) {
            double position = total > 1 ? static_cast<double>(index) / static_cast<double>(total - 1) : 0.0;
            ++index;
            std::vector<std::string_view> terms;
            for (std::size_t k = s.first_token; k < s.end_token; ++k)
                if (const auto& st = ff[static_cast<std::size_t>(id)].stems[k - p.tokens.first]; !st.empty()) terms.push_back(st);
            std::size_t words = 0;
            for (std::size_t k = s.first_token; k < s.end_token; ++k) words += fd.tokens[k].kind != TokenKind::punct;
            double overlap = 0;
            if (across) {
                // no word is shared across languages: only the sentence
                // alignment, between close neighbours, says it is one-sided;
                // a short sentence ("How do you comment?") may have been
                // joined to its neighbour's counterpart, which length
                // alone cannot tell
                if (words < opt.omission_min_words || !unlinked.count(&s) ||
                    length_units(c.text(from, s.span)) < opt.across_omission_units)
                    continue;
            } else {
                if (words < opt.omission_min_words || terms.size() < 2) continue;
                std::size_t shared = 0;
                for (auto t : terms) shared += other.count(t);
                overlap = static_cast<double>(shared) / static_cast<double>(terms.size());
                if (overlap >= (unlinked.count(&s) ? opt.omission_overlap_unlinked : opt.omission_overlap)) continue;
            }
            Discrepancy d;
            d.kind = kind;
            d.finding = Finding::sentence_one_sided;
            d.severity = Severity::medium;
            d.row = row;
            d.spans.push_back({from, s.span});
            d.against.push_back(to);
            d.score = overlap;
            // a report's own sentences are its reporting, not the article's;
            // a heading or a line of names (a speaker label, a byline) states nothing
            if (c.renderings[static_cast<std::size_t>(from)].form == Form::report || !ends_sentence(c.text(from, s.span), false) ||
                names_only(fd, s))
                d.severity = Severity::low;
            if (auto e = elided.find(&s); e != elided.end()) {
                d.finding = Finding::sentence_elided;
                d.severity = Severity::low;
                d.spans.push_back({to, e->second});
            }
            out.push_back({std::move(d), position, &s});
        }
    }
    return out;
}

// A sentence only the base has and one only the other has, at the same
// place in their cells, are one sentence said in other words — when they
// share some content word (a stem, a number, a name), or failing that are
// of like length (a free translation keeps length: Gale and Church). Two
// that share nothing and differ in length are a sentence left out and
// another put in its place.
void pair_reworded(const Comparison& c, std::vector<OneSided> omitted, std::vector<OneSided> added, std::vector<Discrepancy>& out) {
    auto related = [&](const OneSided& a, const OneSided& b) {
        const Document& da = c.renderings[static_cast<std::size_t>(a.d.spans[0].rendering)].doc;
        const Document& db = c.renderings[static_cast<std::size_t>(b.d.spans[0].rendering)].doc;
        if (sentence_similarity(da, {a.sentence}, db, {b.sentence}) > 0.0) return true;
        double la = static_cast<double>(a.sentence->span.size()), lb = static_cast<double>(b.sentence->span.size());
        return std::min(la, lb) >= 0.6 * std::max(la, lb);
    };
    std::vector<bool> used(added.size(), false);
    for (auto& o : omitted) {
        if (o.d.finding == Finding::sentence_elided) {  // a marked cut is no rewording
            out.push_back(std::move(o.d));
            continue;
        }
        std::size_t best = added.size();
        for (std::size_t k = 0; k < added.size(); ++k)
            if (!used[k] && added[k].d.finding != Finding::sentence_elided && std::abs(added[k].position - o.position) <= 0.25 &&
                related(o, added[k]) &&
                (best == added.size() || std::abs(added[k].position - o.position) < std::abs(added[best].position - o.position)))
                best = k;
        if (best == added.size()) {
            out.push_back(std::move(o.d));
            continue;
        }
        used[best] = true;
        Discrepancy d;
        d.kind = Kind::phrasing;
        d.finding = Finding::sentence_reworded;
        d.severity = Severity::low;
        d.row = o.d.row;
        d.spans = {o.d.spans[0], added[best].d.spans[0]};
        d.against = {added[best].d.spans[0].rendering};
        out.push_back(std::move(d));
    }
    for (std::size_t k = 0; k < added.size(); ++k)
        if (!used[k]) out.push_back(std::move(added[k].d));
}

// A quoted name or title that differs is already reported as a name or
// title, and a quotation already paired with its counterpart needs no "not
// found" of its own: drop such quotation findings as repeats.
// `also`: findings kept elsewhere that may state them already.
void drop_repeated_quotes(const Comparison& c, std::vector<Discrepancy>& ds, const std::vector<Discrepancy>& also) {
    auto within = [](const Discrepancy& q, const Discrepancy& n) {
        return std::all_of(q.spans.begin(), q.spans.end(), [&](const SpanRef& a) {
            return std::any_of(n.spans.begin(), n.spans.end(), [&](const SpanRef& b) {
                return a.rendering == b.rendering && a.span.start < b.span.end && b.span.start < a.span.end;
            });
        });
    };
    // Only titles (anywhere) and findings of the quote's own row can state
    // it: those are looked up by row, not by scanning every finding for every
    // quote (linear in the findings, not quadratic).
    std::vector<const Discrepancy*> titles;
    std::unordered_map<int, std::vector<const Discrepancy*>> by_row;
    auto index = [&](const std::vector<Discrepancy>& list) {
        for (const Discrepancy& n : list) {
            if (n.kind == Kind::title) titles.push_back(&n);
            by_row[n.row].push_back(&n);
        }
    };
    index(ds);
    index(also);
    auto repeated = [&](const Discrepancy& q) {
        if (q.kind != Kind::quote) return false;
        // titles are paired document-wide: a quoted title the title finding
        // already states, wherever it stands, is the same title again
        auto states_title = [&](const Discrepancy& n) {
            if (&n == &q) return false;
            for (const auto& mine : q.spans) {
                std::string quoted = folded_letters(c.text(mine.rendering, mine.span));
                for (const auto& s : n.spans) {
                    if (s.rendering != mine.rendering || quoted.empty()) continue;
                    std::string stated = folded_letters(c.text(s.rendering, s.span));
                    if (!stated.empty() && (stated.find(quoted) != std::string::npos || quoted.find(stated) != std::string::npos))
                        return true;
                }
            }
            return false;
        };
        auto states_in_row = [&](const Discrepancy& n) {
            if (&n == &q) return false;
            bool named = n.kind == Kind::name || n.kind == Kind::title;
            bool paired_quote = n.kind == Kind::quote && n.spans.size() > q.spans.size();
            return (named || paired_quote) && within(q, n);
        };
        if (std::any_of(titles.begin(), titles.end(), [&](const Discrepancy* n) { return states_title(*n); })) return true;
        auto row = by_row.find(q.row);
        return row != by_row.end() &&
               std::any_of(row->second.begin(), row->second.end(), [&](const Discrepancy* n) { return states_in_row(*n); });
    };
    std::vector<bool> drop(ds.size());
    for (std::size_t k = 0; k < ds.size(); ++k) drop[k] = repeated(ds[k]);
    erase_marked(ds, drop);
}

// The same span found missing from several renderings is one discrepancy
// naming them all, not one per rendering.
void merge_one_sided(std::vector<Discrepancy>& ds) {
    std::vector<Discrepancy> out;
    std::map<std::tuple<int, Kind, int, std::size_t, std::size_t>, std::size_t> first;
    for (auto& d : ds) {
        if (d.spans.size() != 1 || d.kind == Kind::phrasing) {
            out.push_back(std::move(d));
            continue;
        }
        auto key = std::make_tuple(d.row, d.kind, d.spans[0].rendering, d.spans[0].span.start, d.spans[0].span.end);
        auto [it, fresh] = first.try_emplace(key, out.size());
        if (fresh) {
            out.push_back(std::move(d));
            continue;
        }
        auto& against = out[it->second].against;
        for (int y : d.against)
            if (std::find(against.begin(), against.end(), y) == against.end()) against.push_back(y);
    }
    ds = std::move(out);
}

// With three or more renderings in a row, a difference only one rendering
// shows makes it the odd one out; say so, and how many agree.
void mark_outliers(const Comparison& c, std::vector<Discrepancy>& ds) {
    const int base = c.base;
    std::map<std::tuple<int, Kind, std::size_t>, std::vector<Discrepancy*>> by_base_span;
    for (auto& d : ds) {
        if (d.kind != Kind::figure && d.kind != Kind::name && d.kind != Kind::title && d.kind != Kind::term && d.kind != Kind::qualifier)
            continue;
        // a pairwise finding of the base: the base and the other side first,
        // then any spans folded in from other pairs
        if (d.spans.size() < 2 || one_sided(d) || d.spans[0].rendering != base || d.severity == Severity::low) continue;
        by_base_span[{d.row, d.kind, d.spans[0].span.start}].push_back(&d);
    }
    for (auto& [key, group] : by_base_span) {
        const Row& row = c.rows[static_cast<std::size_t>(std::get<0>(key))];
        int present = 0;
        for (std::size_t y = 0; y < row.cells.size(); ++y)
            present += !row.cells[y].empty() && c.renderings[y].status == Status::aligned;
        if (present < 3) continue;
        const Discrepancy& any = *group.front();
        if (group.size() == 1) {
            // The others must say what the base says, not merely raise no
            // finding: a rendering silent on it does not outvote anyone.
            int odd = any.spans[1].rendering;
            std::string said = ' ' + folded_letters(c.text(base, any.spans[0].span)) + ' ';
            int agreeing = 0;
            for (std::size_t y = 0; y < row.cells.size(); ++y) {
                if (static_cast<int>(y) == odd || row.cells[y].empty() || c.renderings[y].status != Status::aligned) continue;
                std::string cell;
                for (int id : row.cells[y])
                    cell += ' ' + folded_letters(c.text(static_cast<int>(y), c.renderings[y].doc.paragraphs[static_cast<std::size_t>(id)].span)) + ' ';
                agreeing += cell.find(said) != std::string::npos;
            }
            if (agreeing == present - 1) group.front()->outlier = Outlier{odd, agreeing, present, any.spans[0]};
            continue;
        }
        if (static_cast<int>(group.size()) != present - 1) continue;
        std::string theirs(c.text(any.spans[1].rendering, any.spans[1].span));
        bool agree = std::all_of(group.begin(), group.end(), [&](const Discrepancy* d) {
            return fold(c.text(d->spans[1].rendering, d->spans[1].span)) == fold(theirs);
        });
        if (!agree) continue;
        for (auto* d : group) d->outlier = Outlier{base, present - 1, present, any.spans[1]};
    }
}

// The same difference from the base in several renderings (a rendering
// and its reprint, two translations that agree against the base) is one
// finding naming them all: the same row, finding and base span, and the
// other side's words the same.
void merge_same_pairs(const Comparison& c, std::vector<Discrepancy>& ds) {
    std::map<std::tuple<int, Finding, std::size_t, std::size_t, std::string>, std::size_t> first;
    std::vector<bool> drop(ds.size(), false);
    for (std::size_t k = 0; k < ds.size(); ++k) {
        Discrepancy& d = ds[k];
        if (d.kind == Kind::phrasing || one_sided(d) || d.spans.size() < 2 || d.spans[0].rendering != c.base ||
            d.spans[1].rendering == c.base || d.against.size() != 1)
            continue;
        auto key = std::make_tuple(d.row, d.finding, d.spans[0].span.start, d.spans[0].span.end,
                                   fold(c.text(d.spans[1].rendering, d.spans[1].span)));
        auto [it, fresh] = first.try_emplace(key, k);
        if (fresh) continue;
        Discrepancy& keep = ds[it->second];
        for (std::size_t s = 1; s < d.spans.size(); ++s) {
            bool known = std::any_of(keep.spans.begin(), keep.spans.end(), [&](const SpanRef& x) {
                return x.rendering == d.spans[s].rendering && x.span.start == d.spans[s].span.start && x.span.end == d.spans[s].span.end;
            });
            if (!known) keep.spans.push_back(d.spans[s]);
        }
        for (int y : d.against)
            if (std::find(keep.against.begin(), keep.against.end(), y) == keep.against.end()) keep.against.push_back(y);
        keep.severity = std::min(keep.severity, d.severity);
        drop[k] = true;
    }
    erase_marked(ds, drop);
}

}  // namespace

std::vector<int> nearby_paragraphs(const std::vector<Row>& rows, int row, int rendering, int reach) {
    auto y = static_cast<std::size_t>(rendering);
    int first = row, last = row;
    for (int found = 0; first > 0 && found < reach;) found += !rows[static_cast<std::size_t>(--first)].cells[y].empty();
    for (int found = 0; last + 1 < static_cast<int>(rows.size()) && found < reach;) found += !rows[static_cast<std::size_t>(++last)].cells[y].empty();
    std::vector<int> out;
    for (int r = first; r <= last; ++r)
        for (int id : rows[static_cast<std::size_t>(r)].cells[y]) out.push_back(id);
    return out;
}

CellSentences cell_sentences_of(const Comparison& c, const CellDiff& diff) {
    const auto& cells = c.rows[static_cast<std::size_t>(diff.row)].cells;
    const Document& dl = c.renderings[static_cast<std::size_t>(diff.left)].doc;
    const Document& dr = c.renderings[static_cast<std::size_t>(diff.rendering)].doc;
    CellSentences cs;
    cs.left = cell_sentences(dl, cells[static_cast<std::size_t>(diff.left)]);
    cs.right = cell_sentences(dr, cells[static_cast<std::size_t>(diff.rendering)]);
    cs.links = align_sentences(dl, cs.left, dr, cs.right);
    return cs;
}

std::vector<CellSentences> sentence_links(const Comparison& c, unsigned jobs) {
    std::vector<CellSentences> out(c.diffs.size());
    parallel_for(c.diffs.size(), jobs, [&](std::size_t k) {
        if (changed(c.diffs[k])) out[k] = cell_sentences_of(c, c.diffs[k]);
    });
    return out;
}

std::vector<Discrepancy> find_discrepancies(const Comparison& c, const std::vector<RenderingFacts>& facts,
                                            const CompareOptions& opt) {
    return find_discrepancies(c, facts, sentence_links(c), opt);
}

std::vector<Discrepancy> find_discrepancies(const Comparison& c, const std::vector<RenderingFacts>& facts,
                                            const std::vector<CellSentences>& sentence_links, const CompareOptions& opt,
                                            unsigned jobs) {
    std::vector<Discrepancy> out;    // found between the base and another rendering
    std::vector<Discrepancy> pairs;  // found between two non-base renderings: folded in below
    const int base = c.base;
    const MovedSentences moved = moved_sentences(c, sentence_links, opt);
    // Each cell pair is a left side (the base, or the lower index of two
    // non-base renderings) and a right side. When the right side leaves out
    // a large share of the left side's sentences in the rows it renders, it
    // is a summary or a report: it omits by design, so its omissions (and
    // the left side's quotations it does not repeat) are not listed.
    // The same holds the other way: when the left side is the summary of a
    // fuller rendering, what only the fuller one says is not an addition.
    // Counts are kept per pair (left * n + right).
    const std::size_t n = c.renderings.size();
    auto pair_of = [n](const CellDiff& cd) { return static_cast<std::size_t>(cd.left) * n + static_cast<std::size_t>(cd.rendering); };
    std::vector<std::size_t> left_sentences(n * n, 0), omitted_sentences(n * n, 0), right_sentences(n * n, 0), added_sentences(n * n, 0);
    std::vector<std::vector<OneSided>> omitted(c.diffs.size()), added(c.diffs.size());  // per cell diff, reused below
    auto sentences = [&](int y, const std::vector<int>& ids) {
        std::size_t total = 0;
        for (int id : ids) total += c.renderings[static_cast<std::size_t>(y)].doc.paragraphs[static_cast<std::size_t>(id)].sentences.size();
        return total;
    };
    parallel_for(c.diffs.size(), jobs, [&](std::size_t k) {
        const CellDiff& cd = c.diffs[k];
        if (!changed(cd)) return;
        const int reach = cd.left == base ? 0 : opt.pair_row_reach;
        omitted[k] = one_sided_sentences(c, facts, cd.row, cd.left, cd.rendering, Kind::omission, opt, reach,
                                         unlinked_sentences(sentence_links[k], true, opt),
                                         elided_sentences(c, cd, sentence_links[k], true), cd.across);
        added[k] = one_sided_sentences(c, facts, cd.row, cd.rendering, cd.left, Kind::addition, opt, reach,
                                       unlinked_sentences(sentence_links[k], false, opt),
                                       elided_sentences(c, cd, sentence_links[k], false), cd.across);
    });
    for (std::size_t k = 0; k < c.diffs.size(); ++k) {
        const CellDiff& cd = c.diffs[k];
        const std::size_t p = pair_of(cd);
        const auto& cells = c.rows[static_cast<std::size_t>(cd.row)].cells;
        left_sentences[p] += sentences(cd.left, cells[static_cast<std::size_t>(cd.left)]);
        right_sentences[p] += sentences(cd.rendering, cells[static_cast<std::size_t>(cd.rendering)]);
        omitted_sentences[p] += omitted[k].size();
        added_sentences[p] += added[k].size();
    }
    // a sentence the other side has a few rows away is moved, not one-sided
    // (counted above all the same: whether a rendering abridges is judged row by row)
    for (std::size_t k = 0; k < c.diffs.size(); ++k) {
        const CellDiff& cd = c.diffs[k];
        auto elsewhere = [&](int to) {
            return [&, to](const OneSided& o) { return moved.rendered_in(o.d.spans[0].rendering, o.sentence, to); };
        };
        omitted[k].erase(std::remove_if(omitted[k].begin(), omitted[k].end(), elsewhere(cd.rendering)), omitted[k].end());
        added[k].erase(std::remove_if(added[k].begin(), added[k].end(), elsewhere(cd.left)), added[k].end());
    }
    // Share of the left side's article paragraphs in rows the right side
    // renders too: against the base, the aligner's coverage.
    auto coverage = [&](const CellDiff& cd) {
        if (cd.left == base) return c.renderings[static_cast<std::size_t>(cd.rendering)].coverage;
        std::size_t total = 0, rendered = 0;
        for (const auto& row : c.rows) {
            std::size_t mine = row.cells[static_cast<std::size_t>(cd.left)].size();
            total += mine;
            if (!row.cells[static_cast<std::size_t>(cd.rendering)].empty()) rendered += mine;
        }
        return total ? static_cast<double>(rendered) / static_cast<double>(total) : 0.0;
    };
    auto abridged_pair = [&](const CellDiff& cd) {
        auto p = pair_of(cd);
        return coverage(cd) < opt.omission_coverage ||
               static_cast<double>(omitted_sentences[p]) > opt.abridged_share * static_cast<double>(left_sentences[p]);
    };
    // A rendering that summarizes the base summarizes by design whatever it
    // is compared with: between two non-base renderings, either side's
    // summary of the base holds as well as the pair's own counts.
    std::vector<bool> summarizes_base(n, false);
    for (const auto& cd : c.diffs)
        if (cd.left == base) summarizes_base[static_cast<std::size_t>(cd.rendering)] = abridged_pair(cd);
    // ...and so does one whose sentences say it is partial or a report
    // (mark_forms).
    auto abridged_form = [&](std::size_t y) {
        return c.renderings[y].form == Form::partial || c.renderings[y].form == Form::report;
    };
    for (std::size_t y = 0; y < n; ++y)
        if (static_cast<int>(y) != base && (c.renderings[y].coverage < opt.omission_coverage || abridged_form(y)))
            summarizes_base[y] = true;
    auto abridged_right = [&](const CellDiff& cd) {
        return abridged_pair(cd) || summarizes_base[static_cast<std::size_t>(cd.rendering)];
    };
    auto abridged_left = [&](const CellDiff& cd) {
        auto p = pair_of(cd);
        return static_cast<double>(added_sentences[p]) > opt.abridged_share * static_cast<double>(right_sentences[p]) ||
               (cd.left != base && summarizes_base[static_cast<std::size_t>(cd.left)]);
    };
    const std::vector<Figure> datelines = dateline_dates(c, jobs);
    const ArticleFigures article = article_figures(c, facts, jobs);
    // The memos below are per thread; the first thread's serve the
    // article-wide checks after the rows (the spelling check's search, all).
    const unsigned threads = threads_for(c.diffs.size(), jobs);
    ArticleText article_text(c);
    std::vector<ArticleLetters> letters_of(threads, ArticleLetters{article_text, {}});
    std::vector<NameRelations> relations_of(threads);
    ArticleLetters& article_letters = letters_of[0];
    std::vector<std::vector<Discrepancy>> found_in(c.diffs.size());  // per cell diff, joined in order below
    parallel_for(c.diffs.size(), threads, [&](std::size_t k, unsigned thread) {
        const CellDiff& cd = c.diffs[k];
        // identical cells hold identical facts (and engine computed none for them)
        if (!changed(cd)) return;
        const Row& row = c.rows[static_cast<std::size_t>(cd.row)];
        auto& found = found_in[k];
        ArticleLetters& letters = letters_of[thread];
        NameRelations& relations = relations_of[thread];
        CellFacts fl = gather(facts[static_cast<std::size_t>(cd.left)], cd.left, row.cells[static_cast<std::size_t>(cd.left)]);
        CellFacts fr = gather(facts[static_cast<std::size_t>(cd.rendering)], cd.rendering, row.cells[static_cast<std::size_t>(cd.rendering)]);
        bool abridged = abridged_right(cd);
        bool summary_left = abridged_left(cd);
        if (cd.across) {
            // across languages: figures and missing sentences, never wording
            check_across(c, cd, sentence_links[k], fl, fr, found);
            if (!abridged)
                for (auto& o : omitted[k]) found.push_back(std::move(o.d));
            if (!summary_left)
                for (auto& a : added[k]) found.push_back(std::move(a.d));
            return;
        }
        check_figures({c, facts, datelines, abridged, summary_left, cd.left, &article}, cd.row, fl, fr, found);
        check_weekdays(c, cd, sentence_links[k], found);
        check_names(c, cd, fl, fr, relations, found);
        check_diacritics(c, cd, found);
        check_terms(c, cd, letters, found);
        check_quotes(c, cd, fl, fr, abridged, found);
        if (abridged) omitted[k].clear();
        std::size_t before = found.size();
        pair_reworded(c, std::move(omitted[k]), std::move(added[k]), found);
        check_wording(c, cd, fl, fr, sentence_links[k], found);
        if (summary_left)  // what only the fuller rendering says, left unpaired
            found.erase(std::remove_if(found.begin() + static_cast<std::ptrdiff_t>(before), found.end(),
                                       [](const Discrepancy& d) { return d.kind == Kind::addition; }),
                        found.end());
        // A row's wording is shown against the base; two non-base
        // renderings' wording only where the row has no base cell to show.
        if (cd.left != base && !row.cells[static_cast<std::size_t>(base)].empty()) return;
        Discrepancy d;
        d.kind = Kind::phrasing;
        d.finding = Finding::wording_differs;
        d.severity = Severity::low;
        d.row = cd.row;
        for (int who : {cd.left, cd.rendering})
            for (int id : row.cells[static_cast<std::size_t>(who)])
                d.spans.push_back({who, c.renderings[static_cast<std::size_t>(who)].doc.paragraphs[static_cast<std::size_t>(id)].span});
        d.against = {cd.rendering};
        d.score = row.similarity;
        found.push_back(std::move(d));
    });
    {
        // sized once: grown by doubling, the lists held up to twice their findings
        std::size_t to_out = out.size(), to_pairs = pairs.size();
        for (std::size_t k = 0; k < c.diffs.size(); ++k) (c.diffs[k].left == base ? to_out : to_pairs) += found_in[k].size();
        out.reserve(to_out);
        pairs.reserve(to_pairs);
    }
    for (std::size_t k = 0; k < c.diffs.size(); ++k) {
        auto& to = c.diffs[k].left == base ? out : pairs;
        to.insert(to.end(), std::make_move_iterator(found_in[k].begin()), std::make_move_iterator(found_in[k].end()));
    }
    found_in = {};  // the moved-from findings' storage, not kept through the article-wide checks
    {
        std::vector<bool> base_abridges(n, false);
        for (const auto& cd : c.diffs)
            if (cd.left == base && abridged_left(cd)) base_abridges[static_cast<std::size_t>(cd.rendering)] = true;
        check_gaps(c, facts, summarizes_base, base_abridges, moved, opt, out);
    }
    check_moved_wording(c, facts, moved, out, pairs);
    check_titles(c, facts, article_letters, out);
    check_spellings(c, facts, article_letters, relations_of, out);
    check_repeats(c, out);
    drop_repeated_quotes(c, out, {});
    drop_repeated_wording(out);
    merge_one_sided(out);
    drop_repeated_quotes(c, pairs, out);
    drop_repeated_wording(pairs);
    drop_headline_names(c, pairs);
    fold_pair_findings(c, std::move(pairs), out, opt.omission_overlap);
    drop_beyond_cuts(c, out);
    mark_outliers(c, out);
    merge_same_pairs(c, out);
    auto sev = [](Severity s) { return static_cast<int>(s); };
    std::stable_sort(out.begin(), out.end(), [&](const Discrepancy& x, const Discrepancy& y) {
        auto pos = [](const Discrepancy& d) { return d.spans.empty() ? std::size_t{0} : d.spans.front().span.start; };
        return std::make_tuple(x.row, sev(x.severity), pos(x)) < std::make_tuple(y.row, sev(y.severity), pos(y));
    });
    return out;
}

}  // namespace parallax
