#include "fold_pairs.hpp"

#include <algorithm>

#include "cell.hpp"
#include "fact_checks.hpp"
#include "parallax/facts.hpp"
#include "parallax/normalize.hpp"

namespace parallax {

namespace {


bool has_span(const Discrepancy& d, const SpanRef& s) {
    return std::any_of(d.spans.begin(), d.spans.end(),
                       [&](const SpanRef& t) { return t.rendering == s.rendering && overlaps(t.span, s.span); });
}

// An omission of one pair is the addition of the same sentence in another
// ("x has it, b lacks it" / "b lacks it, a has it"): one kind for folding.
bool same_kind(const Discrepancy& a, const Discrepancy& b) {
    auto sentence = [](Kind k) { return k == Kind::omission || k == Kind::addition; };
    return a.kind == b.kind || (sentence(a.kind) && sentence(b.kind));
}

void add_span(Discrepancy& d, const Discrepancy& from, std::size_t k) {
    // figures keep one qualifier per span
    if (!d.qualifiers.empty() && d.qualifiers.size() == d.spans.size())
        d.qualifiers.push_back(k < from.qualifiers.size() ? from.qualifiers[k] : Qualifier::none);
    d.spans.push_back(from.spans[k]);
}

bool wordlike(const Token& t) { return t.kind != TokenKind::punct; }

// Where rendering `to` says word for word what `s` covers in rendering
// `from`: the equal runs of their word diff in `row`, token for token.
struct Said {
    Span there;        // hull of the equal tokens in `to`; empty when none
    double share = 0;  // of the words (and numbers) of `s` that are equal there
};

Said said_in(const Comparison& c, int row, const SpanRef& s, int to) {
    Said out;
    const Document& from_doc = c.renderings[static_cast<std::size_t>(s.rendering)].doc;
    const Document& to_doc = c.renderings[static_cast<std::size_t>(to)].doc;
    std::size_t words = 0, equal = 0;
    for (const Token* t : run_tokens(from_doc, s.span)) words += wordlike(*t);
    if (words == 0) return out;
    for (const auto& d : c.diffs) {
        if (d.row != row || !((d.left == s.rendering && d.rendering == to) || (d.left == to && d.rendering == s.rendering))) continue;
        const bool from_left = d.left == s.rendering;
        for (const auto& e : d.edits) {
            Span mine = from_left ? e.base : e.other, theirs = from_left ? e.other : e.base;
            if (e.op != EditOp::same || !overlaps(mine, s.span)) continue;
            auto a = run_tokens(from_doc, mine);
            auto b = run_tokens(to_doc, theirs);
            if (a.size() != b.size()) continue;
            for (std::size_t k = 0; k < a.size(); ++k) {
                if (!overlaps(a[k]->span, s.span)) continue;
                equal += wordlike(*a[k]);
                if (out.there.empty()) out.there = b[k]->span;
                out.there.start = std::min(out.there.start, b[k]->span.start);
                out.there.end = std::max(out.there.end, b[k]->span.end);
            }
        }
        break;  // one diff per pair and row
    }
    out.share = static_cast<double>(equal) / static_cast<double>(words);
    return out;
}

// How much of a span must be said word for word elsewhere to be the same
// text: all of a name or figure, most of a sentence or quotation (which a
// word or two of other wording does not make another one).
double needed(const Discrepancy& d) {
    return d.kind == Kind::omission || d.kind == Kind::addition || d.kind == Kind::quote || d.kind == Kind::phrasing ? 0.5 : 1.0;
}

// The first figure written in `s`, if any (its span relative to `s`).
std::optional<Figure> figure_in(std::string_view s) {
    auto fs = find_figures(s);
    if (fs.empty()) return std::nullopt;
    return fs.front();
}

// Two spans that state the same thing: the same letters and digits, or for
// a figure the same figure however written.
bool same_form(const Comparison& c, Kind kind, const SpanRef& a, const SpanRef& b) {
    std::string_view ta = c.text(a.rendering, a.span), tb = c.text(b.rendering, b.span);
    if (folded_letters(ta) == folded_letters(tb)) return true;
    if (kind != Kind::figure) return false;
    auto fa = figure_in(ta), fb = figure_in(tb);
    return fa && fb && same_figure(*fa, ta, *fb, tb);
}

// The base cell of the row states `s` too: word for word where the word
// diff puts it, or for a name the same name and for a figure the same
// figure anywhere in the cell. Then the pair of `s`'s rendering with the
// base has judged it, and the base's pair with the other side has compared
// the same thing: the base pairs speak for it.
// A sentence the base cell renders in other words: its content words (stemmed)
// occur there at least as much as the one-sided rule asks.
bool base_renders(std::string_view sentence, const std::string& base_words, double overlap) {
    std::size_t total = 0, shared = 0;
    for (const auto& w : split_words(folded_letters(sentence))) {
        if (is_stopword(w)) continue;
        ++total;
        shared += base_words.find(" " + stem(w) + " ") != std::string::npos;
    }
    return total > 0 && static_cast<double>(shared) >= overlap * static_cast<double>(total);
}

bool base_says(const Comparison& c, const Discrepancy& d, const SpanRef& s, double overlap) {
    if (s.rendering == c.base) return true;
    const auto& cell = c.rows[static_cast<std::size_t>(d.row)].cells[static_cast<std::size_t>(c.base)];
    if (cell.empty()) return false;
    if (said_in(c, d.row, s, c.base).share >= needed(d)) return true;
    std::string_view mine = c.text(s.rendering, s.span);
    const Document& bdoc = c.renderings[static_cast<std::size_t>(c.base)].doc;
    if (d.kind == Kind::omission || d.kind == Kind::addition) {
        // not one-sided against the base: the base's pair with the other side judges it
        std::string words = " ";
        for (int id : cell)
            for (const auto& w : split_words(folded_letters(c.text(c.base, bdoc.paragraphs[static_cast<std::size_t>(id)].span))))
                if (!is_stopword(w)) words += stem(w) + " ";
        return base_renders(mine, words, overlap);
    }
    auto fig = d.kind == Kind::figure ? figure_in(mine) : std::nullopt;
    std::string name = d.kind == Kind::name || d.kind == Kind::title ? " " + folded_letters(mine) + " " : std::string();
    for (int id : cell) {
        std::string_view text = c.text(c.base, bdoc.paragraphs[static_cast<std::size_t>(id)].span);
        if (name.size() > 2 && (" " + folded_letters(text) + " ").find(name) != std::string::npos) return true;
        if (fig)
            for (const Figure& g : find_figures(text))
                if (same_figure(*fig, mine, g, text)) return true;
    }
    return false;
}

// A pairwise finding sharing a span with `f` states the difference already:
// `f`'s other span joins it, so that the finding shows what every rendering
// compared there says (the form of one of its sides, or a third one).
bool fold_pairwise(const Discrepancy& f, std::vector<Discrepancy>& out) {
    bool folded = false;
    for (auto& e : out) {
        if (e.row != f.row || !same_kind(e, f) || one_sided(e) || e.finding == Finding::wording_differs || e.spans.size() < 2) continue;
        for (std::size_t k = 0; k < 2; ++k) {
            if (!has_span(e, f.spans[k])) continue;
            if (!has_span(e, f.spans[1 - k])) add_span(e, f, 1 - k);
            folded = true;
            break;
        }
    }
    return folded;
}

bool fold_one_sided(const Comparison& c, const Discrepancy& f, std::vector<Discrepancy>& out) {
    const SpanRef& s = f.spans.front();
    auto candidate = [&](const Discrepancy& e) { return e.row == f.row && same_kind(e, f) && one_sided(e) && !e.spans.empty(); };
    for (auto& e : out) {
        // the same span: lacking from one more rendering
        if (!candidate(e) || !has_span(e, s)) continue;
        for (int y : f.against)
            if (std::find(e.against.begin(), e.against.end(), y) == e.against.end()) e.against.push_back(y);
        return true;
    }
    auto lacks_all = [&](const Discrepancy& e) {
        return std::all_of(f.against.begin(), f.against.end(),
                           [&](int y) { return std::find(e.against.begin(), e.against.end(), y) != e.against.end(); });
    };
    for (auto& e : out) {
        if (!candidate(e) || !lacks_all(e)) continue;
        // another holder says it word for word where it says it (a figure:
        // the same figure), lacking from the same renderings: one more holder
        for (const auto& held : e.spans) {
            if (held.rendering == s.rendering) continue;
            Said there = said_in(c, f.row, s, held.rendering);
            bool same = f.kind == Kind::figure ? same_form(c, f.kind, s, held)
                                               : there.share >= needed(f) && overlaps(there.there, held.span);
            if (!same) continue;
            add_span(e, f, 0);
            return true;
        }
    }
    return false;
}

}  // namespace

void fold_pair_findings(const Comparison& c, std::vector<Discrepancy> pairs, std::vector<Discrepancy>& out, double overlap) {
    const std::size_t from_base = out.size();  // the base pairs' findings; kept pair findings follow
    // a span some finding of its rendering's pair with the base is about
    auto judged = [&](const SpanRef& s, int row) {
        return std::any_of(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(from_base), [&](const Discrepancy& e) {
            return e.row == row && e.finding != Finding::wording_differs && has_span(e, s);
        });
    };
    for (auto& f : pairs) {
        if (f.finding == Finding::wording_differs || f.spans.empty()) {
            out.push_back(std::move(f));
            continue;
        }
        if (one_sided(f)) {
            if (fold_one_sided(c, f, out)) continue;
            // what the base says as this rendering does, or what the base
            // pair already has a finding about, the base pairs speak for
            if (base_says(c, f, f.spans[0], overlap) || judged(f.spans[0], f.row)) continue;
        } else {
            if (f.spans.size() < 2 || fold_pairwise(f, out)) continue;
            // one side says what the base says: the other side's pair with
            // the base compared the same words
            if (base_says(c, f, f.spans[0], overlap) || base_says(c, f, f.spans[1], overlap)) continue;
        }
        out.push_back(std::move(f));
    }
}

}  // namespace parallax
