// Checks between two renderings in different languages: a translation's
// wording is not judged (a word diff of Chinese against English says
// nothing), but what a translation must keep is — its figures, dates and
// qualifiers, sentence by sentence (docs/discrepancies.md, across
// languages).
#include <algorithm>
#include <cctype>
#include <cmath>
#include <string>

#include "fact_checks.hpp"
#include "parallax/compare.hpp"
#include "../facts/palladius.hpp"
#include "../unicode/unicode.hpp"

namespace parallax {

namespace {

// "2 июля" (no year) and "2024年7月2日" name one day; yyyymmdd with 0 for a
// part not given.
bool same_date(double a, double b) {
    auto x = static_cast<long long>(a), y = static_cast<long long>(b);
    if (x == y) return true;
    return (x < 10000 || y < 10000) && x % 10000 == y % 10000 && x % 10000 != 0;
}

bool same_number(const Figure& a, const Figure& b) {
    if (a.kind == FigureKind::date || b.kind == FigureKind::date)
        return a.kind == b.kind && same_date(a.value, b.value);
    if (!a.exact.empty() && !b.exact.empty()) return a.exact == b.exact;
    auto close = [](double x, double y) { return std::abs(x - y) <= 1e-9 * std::max(std::abs(x), std::abs(y)); };
    return close(a.value, b.value) && close(a.value_hi, b.value_hi);
}

// A translation may leave a unit implicit ("400亿" in a sentence about
// dollars); a unit on both sides must agree.
bool units_agree(const Figure& a, const Figure& b) { return a.unit.empty() || b.unit.empty() || same_unit(a.unit, b.unit); }

// Figures that can be one figure changed: sums (any currency), shares,
// counts, years, dates, ordinals.
constexpr int classes = 6;
int kind_class(FigureKind k) {
    switch (k) {
        case FigureKind::money: return 0;
        case FigureKind::percent: return 1;
        case FigureKind::count: case FigureKind::range: return 2;
        case FigureKind::year: return 3;
        case FigureKind::date: return 4;
        case FigureKind::ordinal: return 5;
    }
    return 2;
}

// "two countries", "the first to join": small numbers spelled out, which
// another language often says without a number ("两国", "率先") and a
// scanner does not read as one.
bool slight(const Figure& f) {
    if (f.kind != FigureKind::count && f.kind != FigureKind::ordinal) return false;
    if (!f.unit.empty() || f.value > 10) return false;
    return std::none_of(f.text.begin(), f.text.end(), [](char c) { return c >= '0' && c <= '9'; });
}


struct Side {
    int rendering;
    std::vector<const Figure*> figures;
};

Side figures_in(const CellFacts& cell, const std::vector<const Sentence*>& sentences, const std::vector<std::size_t>& which) {
    Side out{cell.rendering, {}};
    for (const Figure* f : cell.figures)
        for (std::size_t i : which)
            if (!slight(*f) && f->span.start >= sentences[i]->span.start && f->span.end <= sentences[i]->span.end) {
                out.figures.push_back(f);
                break;
            }
    return out;
}


// One linked sentence pair's figures: the same number (in any script and
// form) with another qualifier is a qualifier finding; what is left,
// paired where each side has as many figures of a class left, is a changed
// figure; the rest is only on one side — low, since a translation may spell
// a number out where no scanner reads it ("两国", "both").
void check_pair(int row, const Side& l, const Side& r, std::vector<Discrepancy>& out) {
    std::vector<bool> used_l(l.figures.size()), used_r(r.figures.size());
    for (std::size_t i = 0; i < l.figures.size(); ++i)
        for (std::size_t j = 0; j < r.figures.size(); ++j) {
            if (used_r[j] || !same_number(*l.figures[i], *r.figures[j]) || !units_agree(*l.figures[i], *r.figures[j])) continue;
            used_l[i] = used_r[j] = true;
            if (qualifier_class(l.figures[i]->qualifier) != qualifier_class(r.figures[j]->qualifier))
                out.push_back(figure_finding(Kind::qualifier, Finding::qualifier_differs, Severity::medium, row,
                                   {{l.rendering, l.figures[i]}, {r.rendering, r.figures[j]}}, r.rendering));
            break;
        }
    for (int cls = 0; cls < classes; ++cls) {
        std::vector<std::size_t> li, rj;
        for (std::size_t i = 0; i < l.figures.size(); ++i)
            if (!used_l[i] && kind_class(l.figures[i]->kind) == cls) li.push_back(i);
        for (std::size_t j = 0; j < r.figures.size(); ++j)
            if (!used_r[j] && kind_class(r.figures[j]->kind) == cls) rj.push_back(j);
        if (li.empty() || li.size() != rj.size()) continue;
        for (std::size_t k = 0; k < li.size(); ++k) {
            used_l[li[k]] = used_r[rj[k]] = true;
            out.push_back(figure_finding(Kind::figure, Finding::figure_differs, Severity::high, row,
                               {{l.rendering, l.figures[li[k]]}, {r.rendering, r.figures[rj[k]]}}, r.rendering));
        }
    }
    auto alone = [&](const Side& side, const std::vector<bool>& used, int missing) {
        for (std::size_t i = 0; i < side.figures.size(); ++i)
            if (!used[i])
                out.push_back(figure_finding(Kind::figure, Finding::figure_one_sided, Severity::low, row, {{side.rendering, side.figures[i]}}, missing));
    };
    alone(l, used_l, r.rendering);
    alone(r, used_r, l.rendering);
}

// ---- names: a Chinese name against its pinyin -------------------------

struct HanChar {
    std::string_view pinyin;
    Span span;
};

// The Han characters of some sentences, in order, each with its pinyin; a
// character with none (or any other token) breaks the run with an empty
// entry, so no window spans it.
std::vector<HanChar> han_chars(const Document& d, const std::vector<const Sentence*>& ss, const std::vector<std::size_t>& which) {
    std::vector<HanChar> out;
    for (std::size_t i : which) {
        const Sentence* s = ss[i];
        for (std::size_t k = s->first_token; k < s->end_token; ++k) {
            const Token& t = d.tokens[k];
            std::string_view raw = std::string_view(d.text).substr(t.span.start, t.span.size());
            std::size_t pos = 0;
            bool han = t.kind == TokenKind::word && !raw.empty() && unicode::is_han(unicode::next(raw, pos)) && pos == raw.size();
            std::string_view l = han ? d.lexicon->latin(t.id) : std::string_view();
            out.push_back({l, t.span});
        }
        out.push_back({{}, {}});
    }
    return out;
}

// Characters i..i+n-1 as a name is written in pinyin: "Wang Xiaoming"
// (surname, then the given name run together).
std::string as_name(const std::vector<HanChar>& cs, std::size_t i, std::size_t n) {
    std::string out(cs[i].pinyin);
    out += ' ';
    for (std::size_t k = i + 1; k < i + n; ++k) out += cs[k].pinyin;
    if (!out.empty()) out[0] = static_cast<char>(out[0] - 'a' + 'A');
    if (out.size() > cs[i].pinyin.size() + 1) out[cs[i].pinyin.size() + 1] = static_cast<char>(out[cs[i].pinyin.size() + 1] - 'a' + 'A');
    return out;
}

bool letters(std::string_view s) { return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; }); }

// An abbreviation in capitals ("МИД"): its second letter is upper case.
bool acronym(std::string_view word) {
    std::size_t pos = 0;
    unicode::next(word, pos);
    return pos < word.size() && unicode::classify(unicode::next(word, pos)) == unicode::Class::upper_letter;
}

// A name in a Russian text written in Palladius syllables, as pinyin is
// written ("Ван Бин" "Wang Bing"; an abbreviation the name finder ran into it
// is left out: "МИД Ван Бин", `skipped` its bytes); "" when a word is not
// such syllables or the text is not Russian.
std::string in_pinyin(std::string_view name, const Document& d, std::size_t& skipped) {
    if (d.language != "ru") return {};
    std::string out;
    for (std::size_t start = 0; start <= name.size();) {
        std::size_t end = std::min(name.find(' ', start), name.size());
        std::string_view raw = name.substr(start, end - start);
        if (out.empty() && acronym(raw)) {
            start = skipped = end + 1;
            continue;
        }
        std::string word = unicode::nfkc_casefold(raw);
        std::string pinyin = facts_detail::palladius_pinyin(word);
        if (pinyin.empty()) return {};
        pinyin[0] = static_cast<char>(pinyin[0] - 'a' + 'A');
        if (!out.empty()) out += ' ';
        out += pinyin;
        start = end + 1;
    }
    return out;
}

// A personal name in pinyin ("Wang Xiaoming") in one sentence against the
// Chinese sentence linked to it: when no run of two or three characters
// there reads as that name, and no run in the whole Chinese text does, but
// one run of the linked sentence is the same surname with another given
// name ("王小明" read "Wang Xiaoming" against "Wang Xiaoping"), the translation names
// someone else: a high name finding.
void check_pinyin_names(const Comparison& c, int row, const CellFacts& latin, const std::vector<const Name*>& names,
                        const CellFacts& han_side, const std::vector<HanChar>& linked, std::vector<Discrepancy>& out) {
    const Document& hd = c.renderings[static_cast<std::size_t>(han_side.rendering)].doc;
    std::vector<HanChar> everywhere;
    auto windows = [](const std::vector<HanChar>& cs, auto&& visit) {
        for (std::size_t i = 0; i < cs.size(); ++i)
            for (std::size_t n = 2; n <= 3 && i + n <= cs.size(); ++n) {
                bool ok = true;
                for (std::size_t k = i; k < i + n; ++k) ok &= letters(cs[k].pinyin);
                if (ok) visit(i, n);
            }
    };
    for (const Name* name : names) {
        if (name->kind != NameKind::name) continue;
        std::size_t skipped = 0;
        std::string pinyin_text = in_pinyin(name->text, c.renderings[static_cast<std::size_t>(latin.rendering)].doc, skipped);
        if (pinyin_text.empty()) skipped = 0;
        std::string_view text = pinyin_text.empty() ? std::string_view(name->text) : std::string_view(pinyin_text);
        if (std::count(text.begin(), text.end(), ' ') != 1) continue;  // surname and given name
        std::string surname(text.substr(0, text.find(' ')));
        for (char& ch : surname) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        bool same = false;
        std::vector<std::pair<std::size_t, std::size_t>> other;  // the same surname, another given name
        windows(linked, [&](std::size_t i, std::size_t n) {
            NameMatch m = relate_names(text, as_name(linked, i, n));
            if (m.relation == NameRelation::same || m.relation == NameRelation::variant) same = true;
            else if (m.relation == NameRelation::different && m.by_syllables && linked[i].pinyin == surname) other.push_back({i, n});
        });
        if (same || other.size() != 1) continue;
        if (everywhere.empty()) {
            std::vector<const Sentence*> all;
            std::vector<std::size_t> idx;
            for (const auto& p : hd.paragraphs)
                for (const auto& s : p.sentences) all.push_back(&s), idx.push_back(idx.size());
            everywhere = han_chars(hd, all, idx);
        }
        windows(everywhere, [&](std::size_t i, std::size_t n) {
            NameMatch m = relate_names(text, as_name(everywhere, i, n));
            same |= m.relation == NameRelation::same || m.relation == NameRelation::variant;
        });
        if (same) continue;
        auto [i, n] = other.front();
        Discrepancy d;
        d.kind = Kind::name;
        d.row = row;
        d.spans.push_back({latin.rendering, {name->span.start + skipped, name->span.end}});
        d.spans.push_back({han_side.rendering, {linked[i].span.start, linked[i + n - 1].span.end}});
        d.against = {han_side.rendering};
        set_name_finding(d, {NameRelation::different, 0.0, true});
        out.push_back(std::move(d));
    }
}

bool han_text(const Document& d) { return d.language == "zh" || d.language == "ja"; }

std::vector<const Name*> names_in(const CellFacts& cell, const std::vector<const Sentence*>& sentences, const std::vector<std::size_t>& which) {
    std::vector<const Name*> out;
    for (const Name* n : cell.names)
        for (std::size_t i : which)
            if (n->span.start >= sentences[i]->span.start && n->span.end <= sentences[i]->span.end) {
                out.push_back(n);
                break;
            }
    return out;
}

}  // namespace

void check_across(const Comparison& c, const CellDiff& cd, const CellSentences& cs, const CellFacts& left, const CellFacts& right,
                  std::vector<Discrepancy>& out) {
    const Document& dl = c.renderings[static_cast<std::size_t>(cd.left)].doc;
    const Document& dr = c.renderings[static_cast<std::size_t>(cd.rendering)].doc;
    for (const auto& link : cs.links) {
        if (link.base.empty() || link.other.empty()) continue;
        check_pair(cd.row, figures_in(left, cs.left, link.base), figures_in(right, cs.right, link.other), out);
        if (han_text(dl) && !han_text(dr)) {
            check_pinyin_names(c, cd.row, right, names_in(right, cs.right, link.other), left, han_chars(dl, cs.left, link.base), out);
            check_han_names(c, cd.row, cd.left, cs.left, link.base, cd.rendering, cs.right, link.other, true, out);
        } else if (han_text(dr) && !han_text(dl)) {
            check_pinyin_names(c, cd.row, left, names_in(left, cs.left, link.base), right, han_chars(dr, cs.right, link.other), out);
            check_han_names(c, cd.row, cd.rendering, cs.right, link.other, cd.left, cs.left, link.base, false, out);
        }
    }
}

}  // namespace parallax
