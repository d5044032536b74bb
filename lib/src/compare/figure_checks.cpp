#include <algorithm>
#include <cmath>
#include <string>

#include "../parallel.hpp"
#include "fact_checks.hpp"
#include "grammar.hpp"

namespace parallax {

CellFacts gather(const RenderingFacts& facts, int rendering, const std::vector<int>& ids) {
    CellFacts cf;
    cf.rendering = rendering;
    cf.facts = &facts;
    cf.ids = ids;
    for (int id : ids) {
        const auto& pf = facts[static_cast<std::size_t>(id)];
        for (const auto& f : pf.figures) cf.figures.push_back(&f), cf.figure_paragraph.push_back(id);
        for (const auto& n : pf.names) cf.names.push_back(&n);
        for (const auto& q : pf.quotes) cf.quotes.push_back(&q);
    }
    return cf;
}

int row_of(const Comparison& c, int rendering, int paragraph) {
    for (std::size_t r = 0; r < c.rows.size(); ++r) {
        const auto& cell = c.rows[r].cells[static_cast<std::size_t>(rendering)];
        if (std::find(cell.begin(), cell.end(), paragraph) != cell.end()) return static_cast<int>(r);
    }
    return -1;
}

std::vector<Figure> dateline_dates(const Comparison& c, unsigned jobs) {
    // every paragraph's first line is parsed: one rendering per thread
    std::vector<std::vector<Figure>> by(c.renderings.size());
    parallel_for(c.renderings.size(), jobs, [&](std::size_t y) {
        const Rendering& r = c.renderings[y];
        if (r.status != Status::aligned) return;
        for (const auto& p : r.doc.paragraphs)
            if (auto f = dateline_date(std::string_view(r.doc.text).substr(p.span.start, p.span.size()))) by[y].push_back(*f);
    });
    return joined(std::move(by));
}

namespace {
bool specific(const Figure& f) {
    return f.kind == FigureKind::date || f.kind == FigureKind::year || f.kind == FigureKind::money || f.kind == FigureKind::percent;
}
}  // namespace

ArticleFigures article_figures(const Comparison& c, const std::vector<RenderingFacts>& facts, unsigned jobs) {
    ArticleFigures out;
    out.by_rendering.resize(c.renderings.size());
    parallel_for(c.renderings.size(), jobs, [&](std::size_t y) {
        const Rendering& r = c.renderings[y];
        if (r.status != Status::aligned) return;
        for (const auto& p : r.doc.paragraphs) {
            if (!p.in_article) continue;
            const auto id = static_cast<std::size_t>(p.id);
            if (y < facts.size() && id < facts[y].size() && facts[y][id].figures_as_written) {
                for (const Figure& f : facts[y][id].figures)
                    if (specific(f)) {
                        Figure own = f;
                        own.span = {f.span.start - p.span.start, f.span.end - p.span.start};
                        out.by_rendering[y].emplace_back(std::move(own), p.span.start);
                    }
                continue;
            }
            for (Figure& f : find_figures(std::string_view(r.doc.text).substr(p.span.start, p.span.size())))
                if (specific(f)) out.by_rendering[y].emplace_back(std::move(f), p.span.start);
        }
    });
    return out;
}

namespace {

// Small number words ("two countries", "first") come and go with phrasing;
// a figure only one side has is worth a reader's time when it is written in
// digits, carries a unit or qualifier, is a date, year, percentage or sum,
// or is large.
bool substantive(const Figure& f) {
    bool digits = false;
    for (char ch : f.text) digits |= ch >= '0' && ch <= '9';
    return digits || !f.unit.empty() || f.qualifier != Qualifier::none || f.kind == FigureKind::year ||
           f.kind == FigureKind::date || f.kind == FigureKind::percent || f.kind == FigureKind::money ||
           std::fabs(f.value) > 10;
}


bool is_quantity(FigureKind k) {
    return k == FigureKind::count || k == FigureKind::money || k == FigureKind::percent || k == FigureKind::range;
}

// Two figures that could state the same quantity: both dates, both years,
// both ordinals, or both amounts (a changed currency, scale or unit is a
// changed value, so amounts of any unit compare).
bool comparable(const Figure& a, const Figure& b) {
    if (is_quantity(a.kind) && is_quantity(b.kind)) return true;
    return a.kind == b.kind;
}

// A figure with no unit and nothing unit-like at its edges: no symbol the
// facts stage did not know ("20€", "₪20") and no word it did not take for a
// currency ("ten shekels": context "shekels").
bool bare(std::string_view text, const Figure& f) {
    std::size_t before = f.span.start, after = f.span.end;
    while (before > 0 && text[before - 1] == ' ') --before;
    while (after < text.size() && text[after] == ' ') ++after;
    auto symbol = [](char ch) { return ch == '$' || static_cast<unsigned char>(ch) >= 0x80; };
    return f.unit.empty() && (before == 0 || !symbol(text[before - 1])) && (after == text.size() || !symbol(text[after]));
}

// "41 billion" against "41 billion yuan": one side leaves the currency out.
// Only a bare figure followed by the same word as the sum qualifies, so an
// unknown currency ("ten shekels" vs "10 USD") stays a difference.
bool same_but_currency(const Figure& a, bool a_bare, const Figure& b, bool b_bare) {
    if (a.unit.empty() == b.unit.empty()) return false;
    const Figure& plain = a.unit.empty() ? a : b;
    const Figure& sum = a.unit.empty() ? b : a;
    if (!(a.unit.empty() ? a_bare : b_bare) || plain.context != sum.context) return false;
    if (plain.kind != FigureKind::count || sum.kind != FigureKind::money) return false;
    Figure as_sum = plain;
    as_sum.kind = sum.kind;
    as_sum.unit = sum.unit;
    return same_value(as_sum, sum);
}

// Dates as yyyymmdd with 0 for a part not written: "June 4" agrees with
// "June 4, 2021" but not with "June 5".
bool same_day(double a, double b) {
    auto year = [](double v) { return std::floor(v / 10000); };
    return std::fmod(a, 10000) == std::fmod(b, 10000) && (year(a) == year(b) || year(a) == 0 || year(b) == 0);
}

// A figure and the text of the document it was found in.
struct Placed {
    const Figure& f;
    std::string_view text;
};

bool same_figure(const Placed& a, const Placed& b) {
    if (a.f.kind == FigureKind::date && b.f.kind == FigureKind::date)
        return same_day(a.f.value, b.f.value) && same_day(a.f.value_hi, b.f.value_hi);
    return same_value(a.f, b.f) || same_but_currency(a.f, bare(a.text, a.f), b.f, bare(b.text, b.f));
}

std::string_view text_of(const Comparison& c, int rendering) { return c.renderings[static_cast<std::size_t>(rendering)].doc.text; }

// Where a figure sits: the content stems near it and in its sentence.
struct Site {
    std::vector<std::string> window;    // up to `reach` content stems on each side, inside the sentence
    std::vector<std::string> sentence;  // every content stem of the sentence but the figure's
    std::size_t sentence_index = 0;     // global index of the sentence's first token
};

Site site_of(const Comparison& c, const RenderingFacts& facts, int rendering, int paragraph, const Figure& f) {
    constexpr std::size_t reach = 6;
    const Document& doc = c.renderings[static_cast<std::size_t>(rendering)].doc;
    const Paragraph& p = doc.paragraphs[static_cast<std::size_t>(paragraph)];
    const auto& stems = facts[static_cast<std::size_t>(paragraph)].stems;
    Site s;
    if (p.sentences.empty() || stems.size() != p.tokens.size()) return s;
    const Sentence* in = &p.sentences.back();
    for (const auto& sent : p.sentences)
        if (f.span.start < sent.span.end) {
            in = &sent;
            break;
        }
    s.sentence_index = in->first_token;
    auto stem = [&](std::size_t t) { return stems[t - p.tokens.first]; };
    auto usable = [&](std::size_t t) { return doc.tokens[t].kind == TokenKind::word && !stem(t).empty(); };
    auto inside = [&](std::size_t t) { return doc.tokens[t].span.end > f.span.start && doc.tokens[t].span.start < f.span.end; };
    std::size_t first = in->end_token, last = in->first_token;  // the figure's tokens
    for (std::size_t t = in->first_token; t < in->end_token; ++t)
        if (inside(t)) first = std::min(first, t), last = std::max(last, t);
    for (std::size_t t = in->first_token; t < in->end_token; ++t)
        if (!inside(t) && usable(t)) s.sentence.emplace_back(stem(t));
    if (first <= last) {
        std::size_t n = 0;
        for (std::size_t t = first; t-- > in->first_token && n < reach;)
            if (usable(t)) s.window.emplace_back(stem(t)), ++n;
        n = 0;
        for (std::size_t t = last + 1; t < in->end_token && n < reach; ++t)
            if (usable(t)) s.window.emplace_back(stem(t)), ++n;
    }
    for (auto* v : {&s.window, &s.sentence}) {
        std::sort(v->begin(), v->end());
        v->erase(std::unique(v->begin(), v->end()), v->end());
    }
    return s;
}

// Dice coefficient of two sorted sets of stems.
double dice(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    if (a.empty() || b.empty()) return 0;
    std::size_t common = 0;
    for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
        if (a[i] == b[j]) ++common, ++i, ++j;
        else if (a[i] < b[j]) ++i;
        else ++j;
    }
    return 2.0 * static_cast<double>(common) / static_cast<double>(a.size() + b.size());
}

// A number word whose scale the other side states as a vague plural:
// "a hundred-year-old bridge" against "for hundreds of years".
bool vague_on_other_side(const Figure& f, const CellFacts& other) {
    if (std::any_of(f.text.begin(), f.text.end(), [](char ch) { return ch >= '0' && ch <= '9'; })) return false;
    std::string words = " " + folded_letters(f.text) + " ";
    for (const char* scale : {"hundred", "thousand", "million", "billion", "trillion", "dozen"}) {
        if (words.find(" " + std::string(scale) + " ") == std::string::npos) continue;
        std::string plural = " " + std::string(scale) + "s ";
        for (int id : other.ids)
            if ((" " + (*other.facts)[static_cast<std::size_t>(id)].letters + " ").find(plural) != std::string::npos) return true;
    }
    return false;
}

// A date against a weekday or a relative day ("on March 3" / "on
// Friday", "yesterday"): the same day told another way, as far as a
// reader can check without a calendar.
bool day_word_on_other_side(const Figure& f, const CellFacts& other) {
    if (f.kind != FigureKind::date) return false;
    for (int id : other.ids)
        for (const auto& w : split_words((*other.facts)[static_cast<std::size_t>(id)].letters))
            if (weekday_of(w) || w == "today" || w == "yesterday" || w == "tomorrow") return true;
    return false;
}

// Both figures name what they count, and the nouns differ beyond a plural
// ending ("peoples" / "year"); a bare number or a unit word that one side
// drops ("41 billion" / "41 billion dollars") says nothing either way.
bool counts_other_things(const Figure& a, const Figure& b) {
    if (a.context.empty() || b.context.empty() || a.kind != FigureKind::count || b.kind != FigureKind::count) return false;
    auto singular = [](std::string w) {
        if (w.size() > 3 && w.compare(w.size() - 3, 3, "ies") == 0) return w.substr(0, w.size() - 3) + "y";
        if (w.size() > 1 && w.back() == 's') w.pop_back();
        return w;
    };
    return singular(a.context) != singular(b.context);
}

// The figures of one rendering's paragraph, found afresh: the engine finds
// facts only in rows whose wording changed.
std::vector<Figure> figures_of(const Comparison& c, int rendering, int paragraph) {
    const Document& doc = c.renderings[static_cast<std::size_t>(rendering)].doc;
    const Paragraph& p = doc.paragraphs[static_cast<std::size_t>(paragraph)];
    return find_figures(std::string_view(doc.text).substr(p.span.start, p.span.size()));
}

// The same figure stated by `missing` within two rows of this one: moved
// across a paragraph break, not left out.
bool nearby(const FigureScope& scope, int row, const Placed& f, int missing) {
    const auto& rows = scope.c.rows;
    int lo = std::max(0, row - 2), hi = std::min(static_cast<int>(rows.size()) - 1, row + 2);
    for (int r = lo; r <= hi; ++r)
        for (int id : rows[static_cast<std::size_t>(r)].cells[static_cast<std::size_t>(missing)]) {
            const Paragraph& p = scope.c.renderings[static_cast<std::size_t>(missing)].doc.paragraphs[static_cast<std::size_t>(id)];
            for (const Figure& g : figures_of(scope.c, missing, id))
                if (same_figure(f, {g, text_of(scope.c, missing).substr(p.span.start)})) return true;
        }
    return false;
}

bool is_dateline(const FigureScope& scope, int rendering, int paragraph, const Figure& f) {
    if (f.kind != FigureKind::date) return false;
    const Document& doc = scope.c.renderings[static_cast<std::size_t>(rendering)].doc;
    const Paragraph& p = doc.paragraphs[static_cast<std::size_t>(paragraph)];
    auto d = dateline_date(std::string_view(doc.text).substr(p.span.start, p.span.size()));
    return d && d->span.start + p.span.start == f.span.start;
}

// A figure with no counterpart in the other cell, worth a reader's time?
bool worth_reporting(const FigureScope& scope, int row, const CellFacts& side, std::size_t i, const CellFacts& missing) {
    const Figure& f = *side.figures[i];
    // a small number word counts only when the other side counts the same
    // thing ("my second visit" against "my fourth visit" elsewhere in the row)
    bool counted_there = !f.context.empty() && std::any_of(missing.figures.begin(), missing.figures.end(),
                                                           [&](const Figure* g) { return g->context == f.context; });
    if (!substantive(f) && !counted_there) return false;
    // a summary leaves out by design what it does not repeat
    if (scope.abridged && side.rendering == scope.left) return false;
    if (scope.summary_base && side.rendering != scope.left) return false;
    if (is_dateline(scope, side.rendering, side.figure_paragraph[i], f)) return false;
    // "On June 4" restates the day a dateline gives
    if (f.kind == FigureKind::date &&
        std::any_of(scope.datelines.begin(), scope.datelines.end(), [&](const Figure& d) { return same_day(d.value, f.value); }))
        return false;
    // a date, year, sum or percentage the other rendering states anywhere in
    // its article is moved, not missing (a report gives the visit's dates in
    // its lead, the full text in its first paragraph)
    if (specific(f) && scope.article) {
        std::string_view there = text_of(scope.c, missing.rendering);
        for (const auto& [g, at] : scope.article->by_rendering[static_cast<std::size_t>(missing.rendering)])
            if (same_figure({f, text_of(scope.c, side.rendering)}, {g, there.substr(at)})) return false;
    }
    return !vague_on_other_side(f, missing) && !day_word_on_other_side(f, missing) && !nearby(scope, row, {f, text_of(scope.c, side.rendering)}, missing.rendering);
}

}  // namespace

bool same_figure(const Figure& a, std::string_view a_text, const Figure& b, std::string_view b_text) {
    return same_figure(Placed{a, a_text}, Placed{b, b_text});
}

int qualifier_class(Qualifier q) { return q == Qualifier::exact ? static_cast<int>(Qualifier::none) : static_cast<int>(q); }

Discrepancy figure_finding(Kind kind, Finding finding, Severity sev, int row, std::vector<std::pair<int, const Figure*>> figures,
                           int against) {
    Discrepancy d;
    d.kind = kind;
    d.finding = finding;
    d.severity = sev;
    d.row = row;
    for (auto [rendering, f] : figures) {
        d.spans.push_back({rendering, f->span});
        d.qualifiers.push_back(f->qualifier);
    }
    d.against = {against};
    return d;
}

void check_figures(const FigureScope& scope, int row, const CellFacts& base, const CellFacts& other, std::vector<Discrepancy>& out) {
    std::vector<bool> used_b(base.figures.size()), used_o(other.figures.size());
    // 1. the same value in any form: check only the qualifier
    for (std::size_t i = 0; i < base.figures.size(); ++i) {
        const Figure& fb = *base.figures[i];
        for (std::size_t j = 0; j < other.figures.size(); ++j) {
            if (used_o[j] || !same_figure({fb, text_of(scope.c, base.rendering)}, {*other.figures[j], text_of(scope.c, other.rendering)}))
                continue;
            used_b[i] = used_o[j] = true;
            const Figure& fo = *other.figures[j];
            // a change of class is a change of claim, whichever side is bare
            if (qualifier_class(fb.qualifier) != qualifier_class(fo.qualifier))
                out.push_back(figure_finding(Kind::qualifier, Finding::qualifier_differs, Severity::medium, row,
                                   {{base.rendering, &fb}, {other.rendering, &fo}}, other.rendering));
            break;
        }
    }
    // 2. another value in the same place: the same word after it, the same
    // words around it, or the one figure left in sentences that say the same
    std::vector<Site> site_b(base.figures.size()), site_o(other.figures.size());
    for (std::size_t i = 0; i < base.figures.size(); ++i)
        if (!used_b[i]) site_b[i] = site_of(scope.c, *base.facts, base.rendering, base.figure_paragraph[i], *base.figures[i]);
    for (std::size_t j = 0; j < other.figures.size(); ++j)
        if (!used_o[j]) site_o[j] = site_of(scope.c, *other.facts, other.rendering, other.figure_paragraph[j], *other.figures[j]);
    auto alone_in_sentence = [](const std::vector<bool>& used, const std::vector<Site>& sites, std::size_t k) {
        for (std::size_t m = 0; m < sites.size(); ++m)
            if (m != k && !used[m] && sites[m].sentence_index == sites[k].sentence_index) return false;
        return true;
    };
    struct Candidate {
        double score;
        std::size_t i, j;
        bool stamps = false;
    };
    // A line that is a time stamp and at most a source's name ("2023-07-17
    // 18:12", "Morvale Post 2023-07-18 17:20") has no words to pair its date
    // by; two in one row date the page, a lesser claim than the text's own
    auto stamp = [](const Figure& f, const Site& s) { return f.kind == FigureKind::date && s.sentence.size() <= 2; };
    std::vector<Candidate> candidates;
    for (std::size_t i = 0; i < base.figures.size(); ++i) {
        if (used_b[i]) continue;
        const Figure& fb = *base.figures[i];
        for (std::size_t j = 0; j < other.figures.size(); ++j) {
            if (used_o[j]) continue;
            const Figure& fo = *other.figures[j];
            if (!comparable(fb, fo)) continue;
            bool context = !fb.context.empty() && fb.context == fo.context;
            // two figures that count different things ("two peoples", "a
            // thousand years") are not one figure changed
            if (counts_other_things(fb, fo)) continue;
            double window = dice(site_b[i].window, site_o[j].window);
            double sentence = dice(site_b[i].sentence, site_o[j].sentence);
            bool sole = alone_in_sentence(used_b, site_b, i) && alone_in_sentence(used_o, site_o, j);
            if (context || window >= 0.5 || (sentence >= 0.5 && sole))
                candidates.push_back({(context ? 1.0 : 0.0) + window + sentence / 2, i, j});
            else if (sole && stamp(fb, site_b[i]) && stamp(fo, site_o[j]))
                candidates.push_back({0.0, i, j, true});
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& x, const Candidate& y) { return x.score > y.score; });
    for (const auto& k : candidates) {
        if (used_b[k.i] || used_o[k.j]) continue;
        used_b[k.i] = used_o[k.j] = true;
        out.push_back(figure_finding(Kind::figure, Finding::figure_differs, k.stamps ? Severity::medium : Severity::high, row,
                           {{base.rendering, base.figures[k.i]}, {other.rendering, other.figures[k.j]}}, other.rendering));
    }
    // 3. what is left is only on one side
    auto alone = [&](const CellFacts& side, const std::vector<bool>& used, const CellFacts& missing) {
        for (std::size_t i = 0; i < side.figures.size(); ++i) {
            if (used[i] || !worth_reporting(scope, row, side, i, missing)) continue;
            out.push_back(figure_finding(Kind::figure, Finding::figure_one_sided, Severity::medium, row, {{side.rendering, side.figures[i]}},
                               missing.rendering));
        }
    };
    alone(base, used_b, other);
    alone(other, used_o, base);
}

}  // namespace parallax
