#include <cmath>

#include "fact_checks.hpp"

namespace parallax {

CellFacts gather(const RenderingFacts& facts, int rendering, const std::vector<int>& ids) {
    CellFacts cf;
    cf.rendering = rendering;
    cf.facts = &facts;
    for (int id : ids) {
        const auto& pf = facts[static_cast<std::size_t>(id)];
        for (const auto& f : pf.figures) cf.figures.push_back(&f);
        for (const auto& n : pf.names) cf.names.push_back(&n);
        for (const auto& q : pf.quotes) cf.quotes.push_back(&q);
    }
    return cf;
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

// "none" and "exact" both state the number as it is.
int qualifier_class(Qualifier q) { return q == Qualifier::exact ? static_cast<int>(Qualifier::none) : static_cast<int>(q); }

// A finding about figures: the figures' spans and qualifiers, in order.
Discrepancy make(Kind kind, Finding finding, Severity sev, int row, std::vector<std::pair<int, const Figure*>> figures,
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

bool comparable(const Figure& a, const Figure& b) {
    bool ordinal_a = a.kind == FigureKind::ordinal, ordinal_b = b.kind == FigureKind::ordinal;
    return a.unit == b.unit && ordinal_a == ordinal_b && (a.kind == FigureKind::date) == (b.kind == FigureKind::date);
}

}  // namespace

void check_figures(int row, const CellFacts& base, const CellFacts& other, std::vector<Discrepancy>& out) {
    std::vector<bool> used_b(base.figures.size()), used_o(other.figures.size());
    // 1. the same value in any form: check only the qualifier
    for (std::size_t i = 0; i < base.figures.size(); ++i) {
        const Figure& fb = *base.figures[i];
        for (std::size_t j = 0; j < other.figures.size(); ++j) {
            if (used_o[j] || !same_value(fb, *other.figures[j])) continue;
            used_b[i] = used_o[j] = true;
            const Figure& fo = *other.figures[j];
            int qb = qualifier_class(fb.qualifier), qo = qualifier_class(fo.qualifier);
            if (qb != qo) {
                bool both = fb.qualifier != Qualifier::none && fo.qualifier != Qualifier::none;
                out.push_back(make(Kind::qualifier, Finding::qualifier_differs, both ? Severity::medium : Severity::low, row,
                                   {{base.rendering, &fb}, {other.rendering, &fo}}, other.rendering));
            }
            break;
        }
    }
    // 2. different values in the same place: same unit and the same word after
    std::vector<std::size_t> left_b, left_o;
    for (std::size_t i = 0; i < base.figures.size(); ++i)
        if (!used_b[i]) left_b.push_back(i);
    for (std::size_t j = 0; j < other.figures.size(); ++j)
        if (!used_o[j]) left_o.push_back(j);
    for (std::size_t i : left_b) {
        const Figure& fb = *base.figures[i];
        for (std::size_t j : left_o) {
            const Figure& fo = *other.figures[j];
            if (used_o[j] || !comparable(fb, fo) || fb.context.empty() || fb.context != fo.context) continue;
            used_b[i] = used_o[j] = true;
            out.push_back(make(Kind::figure, Finding::figure_differs, Severity::high, row,
                               {{base.rendering, &fb}, {other.rendering, &fo}}, other.rendering));
            break;
        }
    }
    // 3. what is left is only on one side
    auto alone = [&](const CellFacts& side, const std::vector<bool>& used, const CellFacts& missing) {
        for (std::size_t i = 0; i < side.figures.size(); ++i) {
            const Figure& f = *side.figures[i];
            if (used[i] || !substantive(f)) continue;
            out.push_back(make(Kind::figure, Finding::figure_one_sided, Severity::medium, row, {{side.rendering, &f}},
                               missing.rendering));
        }
    };
    alone(base, used_b, other);
    alone(other, used_o, base);
}

}  // namespace parallax
