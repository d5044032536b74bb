#include <algorithm>
#include <set>

#include "fact_checks.hpp"
#include "parallax/normalize.hpp"

namespace parallax {

namespace {


std::string cell_letters(const RenderingFacts& facts, const std::vector<int>& ids) {
    std::string all;
    for (int id : ids) all += ' ' + facts[static_cast<std::size_t>(id)].letters + ' ';
    return all;
}

Kind label(const Name& a, const Name& b) {
    return a.kind == NameKind::title || b.kind == NameKind::title ? Kind::title : Kind::name;
}

// The cue word of the title among the two, if any ("film").
std::string work_of(const Name& a, const Name& b) {
    const Name& t = a.kind == NameKind::title ? a : b;
    return t.kind == NameKind::title ? t.work : std::string();
}

// "WHO" for "World Health Organization": initials of the words
// that start with a capital.
bool acronym_of(std::string_view shorter, std::string_view longer) {
    if (shorter.size() < 2 || shorter.size() > 8) return false;
    for (char ch : shorter)
        if (ch < 'A' || ch > 'Z') return false;
    std::string initials;
    bool start = true;
    for (char ch : longer) {
        if (start && ch >= 'A' && ch <= 'Z') initials += ch;
        start = ch == ' ' || ch == '-';
    }
    return initials == shorter;
}

// Plural and possessive endings do not make another name.
std::string without_endings(std::string f) {
    for (std::string_view end : {"'s", "s"})
        if (f.size() > end.size() + 2 && f.compare(f.size() - end.size(), end.size(), end) == 0) f.resize(f.size() - end.size());
    return f;
}

bool same_name(const Name& a, const Name& b) {
    return acronym_of(a.text, b.text) || acronym_of(b.text, a.text) ||
           without_endings(folded_letters(a.text)) == without_endings(folded_letters(b.text));
}

// A single word capitalized only because it opens a sentence.
bool sentence_initial_word(const Document& doc, const std::vector<int>& ids, const Name& n) {
    if (n.kind == NameKind::title || n.text.find(' ') != std::string::npos) return false;
    for (int id : ids)
        for (const auto& s : doc.paragraphs[static_cast<std::size_t>(id)].sentences) {
            if (s.span.start > n.span.start) return false;
            std::string_view lead = std::string_view(doc.text).substr(s.span.start, n.span.start - s.span.start);
            if (lead.find_first_not_of(" \"'(\xE2\x80\x9C\x98") == std::string_view::npos) return true;
        }
    return false;
}

// A replaced run that is mostly the name: one name put for another, not a
// sentence rewritten around a name.
bool mostly_name(Span run, Span name) {
    std::size_t inside = std::min(run.end, name.end) > std::max(run.start, name.start) ? std::min(run.end, name.end) - std::max(run.start, name.start) : 0;
    return inside * 2 >= run.size();
}

// Every place `part` occurs in `text` lies inside an occurrence of `whole`:
// this side writes the short form only as part of the fuller one.
bool only_inside(const std::string& text, const std::string& part, const std::string& whole) {
    const std::string p_needle = ' ' + part + ' ', w_needle = ' ' + whole + ' ';
    std::size_t inside = 0, total = 0;
    for (std::size_t p = text.find(p_needle); p != std::string::npos; p = text.find(p_needle, p + 1)) ++total;
    if (total == 0) return false;
    for (std::size_t p = text.find(w_needle); p != std::string::npos; p = text.find(w_needle, p + 1)) {
        std::string_view w(text.data() + p, w_needle.size());
        for (std::size_t q = w.find(p_needle); q != std::string::npos; q = w.find(p_needle, q + 1)) ++inside;
    }
    return inside >= total;
}

// Similarity of skeletons above which two names are taken to correspond (one
// name put for the other, documented in docs/facts.md). It pairs names only:
// whether the pair is a variant or another name is relate_names' decision.
constexpr double opt_variant_in_place = 0.7;

// Every word of the shorter name has a partner in the longer one whose
// transliteration skeleton is at least that similar: "Chaikofsky" may stand
// for "Tchaikovsky", but "Road" does not stand for "Street".
bool every_word_close(std::string_view a, std::string_view b) {
    auto wa = split_words(translit_fold(a)), wb = split_words(translit_fold(b));
    if (wa.empty() || wb.empty()) return false;
    if (wa.size() > wb.size()) std::swap(wa, wb);
    for (const auto& x : wa) {
        double best = 0;
        for (const auto& y : wb) best = std::max(best, skeleton_similarity(x, y));
        if (best < opt_variant_in_place) return false;
    }
    return true;
}

// every_word_close remembered per pair: a long text pairs the same two
// names row after row, and each call folds both names afresh.
bool words_close(NameRelations& relations, std::string_view a, std::string_view b) {
    return relations.close(a, b, [&] { return every_word_close(a, b); });
}

struct Pairing {
    const Name* b;
    const Name* o;
    NameMatch m;
    bool rank = false;  // same name, each with a word the other lacks: "President X" vs "Chancellor X"
};

// Folded words of a name, without function words, as skeletons.
std::vector<std::string> content_words(std::string_view name) {
    std::vector<std::string> out;
    // compared as skeletons, so a word with or without its marks is one
    // word ("Lukic", "Lukić")
    // and a country's name and demonym as one word ("Uzbek President" /
    // "President of Uzbekistan")
    for (auto& w : split_words(folded_letters(name)))
        if (!is_stopword(w)) {
            std::string country = country_of(w);
            out.push_back(country.empty() ? translit_fold(w) : "@" + country);
        }
    std::sort(out.begin(), out.end());
    return out;
}

// A fuller form holds every word of the shorter one; when each side has a
// word the other lacks, the names differ in something (a rank, a title).
// An initial ("M." for "Maria", "Zh." for "Zhanna") is no word of its
// own: relate_names has already paired it with the word it stands for.
bool each_has_own_word(std::string_view a, std::string_view b) {
    // Russian declines names: "Сяомином" is no word "Сяомин" lacks
    auto wa = content_words(name_stems(a)), wb = content_words(name_stems(b));
    auto initial_in = [](const std::string& w, const std::vector<std::string>& other) {
        return w.size() <= 2 && std::any_of(other.begin(), other.end(), [&](const std::string& o) {
                   return o.size() > w.size() && o.compare(0, w.size(), w) == 0;
               });
    };
    auto own = [&](const std::vector<std::string>& x, const std::vector<std::string>& y) {
        return std::any_of(x.begin(), x.end(), [&](const std::string& w) {
            return !std::binary_search(y.begin(), y.end(), w) && !initial_in(w, y);
        });
    };
    if (!own(wa, wb) || !own(wb, wa)) return false;
    // The words each side has alone may name one rank two ways ("PM" /
    // "Prime Minister"): then it is no other rank.
    auto left = [](std::string_view name, const std::vector<std::string>& other) {
        std::string out;
        for (auto& raw : split_words(name)) {  // as written: "FM" is an acronym, "fm" is not
            std::string w = folded_letters(raw);
            if (!w.empty() && !is_stopword(w) && !std::binary_search(other.begin(), other.end(), translit_fold(w)))
                out += (out.empty() ? "" : " ") + raw;
        }
        return out;
    };
    std::string la = left(a, wb), lb = left(b, wa);
    return !initials_of(la, lb) && !initials_of(lb, la);
}

// A one-word name that the fuller one holds only inside, with words before
// and at least two after it: the country or body of an office ("Президент
// России Пётр Иванов" for "Россию", "President of Ruritania Jan Novak" for
// "Ruritania"), not the same referent written more fully.
bool inner_word(std::string_view a, std::string_view b) {
    auto wa = split_words(folded_letters(name_stems(a))), wb = split_words(folded_letters(name_stems(b)));
    if (wa.size() > wb.size()) std::swap(wa, wb);
    if (wa.size() != 1 || wb.size() < 4) return false;
    for (std::size_t k = 1; k + 2 < wb.size(); ++k)
        if (translit_fold(wb[k]) == translit_fold(wa[0])) return true;
    return false;
}

// `own` is the letters of n's own cell: a name both sides write on their own
// ("Harbour Forum" beside "Harbour Valdora Forum") is shared context, not where n went.
bool written_elsewhere(const Name& n, const std::vector<const Name*>& others, const std::string& own, NameRelations& relations) {
    return std::any_of(others.begin(), others.end(), [&](const Name* o) {
        if (n.kind == NameKind::title || o->kind == NameKind::title) return false;
        std::string f = folded_letters(o->text);
        if (own.find(' ' + f + ' ') != std::string::npos && !only_inside(own, f, folded_letters(n.text))) return false;
        NameRelation r = relations(n.text, o->text).relation;
        if (r == NameRelation::fuller_form) {  // a lone surname may be anyone's ("Smith" in "John Smith" / "Jane Smith")
            std::string_view shorter = n.text.size() < o->text.size() ? n.text : o->text;
            return shorter.find(' ') != std::string_view::npos;
        }
        return r == NameRelation::same || r == NameRelation::variant;
    });
}

}  // namespace

void check_names(const Comparison& c, const CellDiff& diff, const CellFacts& base, const CellFacts& other, NameRelations& relations,
                 std::vector<Discrepancy>& out) {
    const Row& row = c.rows[static_cast<std::size_t>(diff.row)];
    std::string base_text = cell_letters(*base.facts, row.cells[static_cast<std::size_t>(base.rendering)]);
    std::string other_text = cell_letters(*other.facts, row.cells[static_cast<std::size_t>(other.rendering)]);
    auto present = [](const Name& n, const std::string& text) {
        std::string f = folded_letters(n.text);
        return !f.empty() && text.find(' ' + f + ' ') != std::string::npos;
    };
    std::vector<Pairing> found;
    std::set<std::pair<const Name*, const Name*>> seen;
    const Document& bdoc = c.renderings[static_cast<std::size_t>(base.rendering)].doc;
    const Document& odoc = c.renderings[static_cast<std::size_t>(other.rendering)].doc;
    const auto& bids = row.cells[static_cast<std::size_t>(base.rendering)];
    const auto& oids = row.cells[static_cast<std::size_t>(other.rendering)];
    auto consider = [&](const Name* nb, const Name* no, bool same_place) {
        if (!seen.insert({nb, no}).second || same_name(*nb, *no)) return;
        NameMatch m = relations(nb->text, no->text);
        // a country and its own demonym: one referent, nothing to report
        if (m.relation == NameRelation::same || m.relation == NameRelation::related) return;
        if (m.relation == NameRelation::different) {
            if (!same_place) return;
            // Letters that differ without a romanization table to explain
            // them are another name however alike they look ("Malta" /
            // "Yalta"); only a lone capitalised word that may just open
            // a sentence, and is not even alike, is let go.
            bool alike = m.by_syllables ||
                         (nb->kind != NameKind::title && no->kind != NameKind::title && words_close(relations, nb->text, no->text));
            if (!alike && (sentence_initial_word(bdoc, bids, *nb) || sentence_initial_word(odoc, oids, *no))) return;
            // two names each of which the other side writes elsewhere, in
            // this or a fuller form, were moved, not replaced: the word diff
            // paired them where they swapped places ("X met Y" / "Y met X")
            if (written_elsewhere(*nb, other.names, base_text, relations) && written_elsewhere(*no, base.names, other_text, relations))
                return;
        }
        found.push_back({nb, no, m, m.relation == NameRelation::fuller_form && each_has_own_word(nb->text, no->text)});
    };
    // Names in the same place: both sides of one changed run of the word diff.
    for (const auto& e : diff.edits) {
        if (e.op != EditOp::changed) continue;
        for (const Name* nb : base.names) {
            if (!overlaps(nb->span, e.base)) continue;
            for (const Name* no : other.names)
                if (overlaps(no->span, e.other) && mostly_name(e.base, nb->span) && mostly_name(e.other, no->span) &&
                    !present(*nb, other_text) && !present(*no, base_text))
                    consider(nb, no, true);
        }
    }
    // Names one side lacks verbatim: the closest name on the other side, if
    // it is a fuller form or a spelling variant.
    auto lacking = [&](const CellFacts& side, const std::string& other_side_text, const CellFacts& partners, bool side_is_base) {
        for (const Name* n : side.names) {
            if (n->kind == NameKind::title || present(*n, other_side_text)) continue;
            const Name* best = nullptr;
            NameMatch best_m;
            for (const Name* p : partners.names) {
                NameMatch m = side_is_base ? relations(n->text, p->text) : relations(p->text, n->text);
                if (m.relation == NameRelation::same || m.relation == NameRelation::related) continue;
                // Two names each missing from the other side yet spelled
                // alike: one name written two ways.
                // (a partner this side writes only inside the name, as
                // "York" in "New York", still counts as lacking)
                const std::string& mine = side_is_base ? base_text : other_text;
                auto alone = [&] { return present(*p, mine) && !only_inside(mine, folded_letters(p->text), folded_letters(n->text)); };
                // cheapest test first: most pairs are told apart by the first two
                if (m.relation == NameRelation::different &&
                    (m.by_syllables || p->kind == NameKind::title || !words_close(relations, n->text, p->text) || alone()))
                    continue;
                if (!best || m.score > best_m.score) best = p, best_m = m;
            }
            if (!best) continue;
            if (best_m.relation == NameRelation::fuller_form && inner_word(n->text, best->text)) continue;
            // the shorter form must not stand on its own on the fuller side
            const Name* shorter = best_m.relation == NameRelation::fuller_form && best->text.size() < n->text.size() ? best : nullptr;
            const std::string& own = side_is_base ? base_text : other_text;
            if (shorter && !only_inside(own, folded_letters(shorter->text), folded_letters(n->text))) continue;
            consider(side_is_base ? n : best, side_is_base ? best : n, best_m.relation == NameRelation::different);
        }
    };
    lacking(base, other_text, other, true);
    lacking(other, base_text, base, false);

    // One report per span pair; the strongest relation wins where spans nest.
    for (const auto& p : found) {
        Discrepancy d;
        d.kind = label(*p.b, *p.o);
        d.work = work_of(*p.b, *p.o);
        d.row = diff.row;
        d.spans = {{base.rendering, p.b->span}, {other.rendering, p.o->span}};
        d.against = {other.rendering};
        set_name_finding(d, p.m, p.rank);
        out.push_back(std::move(d));
    }
}

void set_name_finding(Discrepancy& d, const NameMatch& m, bool rank) {
    d.score = m.score;
    switch (m.relation) {
        case NameRelation::different:
            d.finding = Finding::name_differs;
            d.severity = Severity::high;
            break;
        case NameRelation::variant:
            d.finding = Finding::name_variant;
            d.severity = Severity::medium;
            break;
        default:
            d.finding = rank ? Finding::name_rank : Finding::name_fuller;
            d.severity = rank ? Severity::medium : Severity::low;
            break;
    }
}

}  // namespace parallax
