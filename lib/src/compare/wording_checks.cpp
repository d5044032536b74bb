// Small changes inside sentences both cells render: the smallest run of
// words that carries each change, typed (negation, modality, tense, person,
// a one-sided modifier, replaced words, a doubled word, inserted foreign
// text). docs/discrepancies.md, Wording.
#include <algorithm>
#include <iterator>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>

#include "fact_checks.hpp"
#include "grammar.hpp"
#include "parallax/align.hpp"
#include "parallax/normalize.hpp"

namespace parallax {

namespace {

// Sentence pairs linked 1:1 at least this similar are compared run by run;
// less similar ones (down to `reworded_sim`) get one finding on the pair.
constexpr double matched_sim = 0.5;
constexpr double reworded_sim = 0.25;
constexpr std::size_t max_per_pair = 3;  // more localized findings than this become one on the sentence pair
constexpr std::size_t max_modifier_words = 3;

// -------------------------------------------------------------- tokens

std::size_t first_token_from(const Document& d, std::size_t pos) {
    return static_cast<std::size_t>(std::lower_bound(d.tokens.begin(), d.tokens.end(), pos,
                                                     [](const Token& t, std::size_t p) { return t.span.start < p; }) -
                                    d.tokens.begin());
}

// Token indices wholly inside `s`.
std::vector<std::size_t> tokens_in(const Document& d, Span s) {
    std::vector<std::size_t> out;
    for (std::size_t k = first_token_from(d, s.start); k < d.tokens.size() && d.tokens[k].span.end <= s.end; ++k) out.push_back(k);
    return out;
}

bool joiner(std::string_view folded) { return folded == "-" || folded == "'" || folded == "/"; }

// A run widened to whole hyphenated words ("level" -> "high-level"),
// inside its sentence.
Span whole_words(const Document& d, const Sentence& s, Span run) {
    auto ts = tokens_in(d, run);
    if (ts.empty()) return run;
    std::size_t first = ts.front(), last = ts.back();
    auto glued = [&](std::size_t a, std::size_t b) {  // b directly follows a, no space, through a word or a joiner
        return d.tokens[a].span.end == d.tokens[b].span.start &&
               (d.tokens[a].kind != TokenKind::punct || joiner(d.folded(d.tokens[a]))) &&
               (d.tokens[b].kind != TokenKind::punct || joiner(d.folded(d.tokens[b])));
    };
    while (first > s.first_token && glued(first - 1, first)) --first;
    while (last + 1 < s.end_token && glued(last, last + 1)) ++last;
    // a joiner left dangling at an end is not part of a word
    while (first < last && d.tokens[first].kind == TokenKind::punct) ++first;
    while (last > first && d.tokens[last].kind == TokenKind::punct) --last;
    return {d.tokens[first].span.start, d.tokens[last].span.end};
}

// A run at `pos` widened by the nearest word before and after it in its
// sentence: a one-sided run shown with the words around it on both sides.
Span with_neighbours(const Document& d, const Sentence& s, Span run) {
    std::size_t k = first_token_from(d, run.start);
    Span out = run;
    for (std::size_t b = k; b > s.first_token;) {
        --b;
        if (d.tokens[b].kind != TokenKind::punct) {
            out.start = d.tokens[b].span.start;
            break;
        }
    }
    for (std::size_t a = first_token_from(d, run.end); a < s.end_token; ++a)
        if (d.tokens[a].kind != TokenKind::punct) {
            out.end = d.tokens[a].span.end;
            break;
        }
    if (out.empty()) out = run;
    return out;
}

// The script of a letter: 0 Latin (with its accents), 1 any other.
int script_of(char32_t ch) { return ch < 0x250 || (ch >= 0x1E00 && ch <= 0x1EFF) ? 0 : 1; }

// Decodes UTF-8 leniently: letters of another script than Latin in `text`.
bool has_other_script(std::string_view text) {
    for (std::size_t k = 0; k < text.size();) {
        auto c = static_cast<unsigned char>(text[k]);
        char32_t ch = c;
        std::size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        if (n > 1) {
            ch = c & (0x7F >> n);
            for (std::size_t m = 1; m < n && k + m < text.size(); ++m) ch = (ch << 6) | (static_cast<unsigned char>(text[k + m]) & 0x3F);
        }
        k += n;
        // letters only: general punctuation, symbols and CJK punctuation are not a script
        bool letter = ch >= 0x370 && !(ch >= 0x2000 && ch <= 0x2BFF) && !(ch >= 0x3000 && ch <= 0x303F) && !(ch >= 0xFE00 && ch <= 0xFFFF);
        if (letter && script_of(ch) == 1) return true;
    }
    return false;
}

bool has_url(std::string_view text) {
    return text.find("://") != std::string_view::npos || text.find("www.") != std::string_view::npos;
}

// ------------------------------------------------------------ one side

struct Side {
    const Comparison& c;
    int rendering;
    const Document& doc;
    const Sentence& sentence;
    const CellFacts& facts;
};

struct Run {
    Span base, other;  // an empty span keeps its position
    bool same = false;
};

struct Words {
    std::vector<std::size_t> tokens;     // word and number tokens of the run
    std::vector<std::string_view> folded;
    bool number = false;       // digits: a figure
    bool number_word = false;  // "two", "thousands", "fourth"
    bool proper = false;  // a capitalised word inside the sentence that is no grammar word: a name's business
    std::vector<Tense> tense;  // parallel to folded: the tense an auxiliary marks, none for other words
};

// Words that follow "have" as a main verb ("have the opportunity", "has
// no plans"), not as the perfect's auxiliary.
bool after_main_have(std::string_view w) {
    static constexpr std::string_view words[] = {"the", "a", "an", "this", "that", "these", "those", "my", "our", "your",
                                                 "his", "her", "their", "its", "no", "any", "some", "many", "much", "to", "every", "each"};
    return std::find(std::begin(words), std::end(words), w) != std::end(words);
}

Words words_of(const Side& s, Span run) {
    Words w;
    for (std::size_t k : tokens_in(s.doc, run)) {
        const Token& t = s.doc.tokens[k];
        if (t.kind == TokenKind::punct) continue;
        w.tokens.push_back(k);
        w.folded.push_back(s.doc.folded(t));
        w.number = w.number || t.kind == TokenKind::number;
        w.number_word = w.number_word || is_number_word(s.doc.folded(t));
        w.proper = w.proper || (t.capitalized && k != s.sentence.first_token && !is_grammar_word(s.doc.folded(t)));
        Tense tense = tense_of(s.doc.folded(t));
        if (tense == Tense::perfect && k + 1 < s.sentence.end_token && after_main_have(s.doc.folded(s.doc.tokens[k + 1])))
            tense = Tense::none;
        w.tense.push_back(tense);
    }
    return w;
}


// A figure touches the run; `strong`: only one written with digits or with a
// unit ("10 cowries", "$10"), which the figure checks always compare.
bool holds_figure(const CellFacts& f, Span run, bool strong = false) {
    if (run.empty()) return false;
    for (const Figure* x : f.figures) {
        if (!overlaps(x->span, run)) continue;
        bool digits = std::any_of(x->text.begin(), x->text.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
        if (!strong || digits || !x->unit.empty()) return true;
    }
    return false;
}

// The sentence counts something: a number word or a figure in it.
bool counts(const Side& s) {
    for (std::size_t k = s.sentence.first_token; k < s.sentence.end_token; ++k)
        if (s.doc.tokens[k].kind == TokenKind::number || is_number_word(s.doc.folded(s.doc.tokens[k]))) return true;
    return holds_figure(s.facts, s.sentence.span);
}

// A name touches the run: the name checks speak for it.
bool holds_name(const CellFacts& f, Span run) {
    if (run.empty()) return false;
    for (const Name* x : f.names)
        if (overlaps(x->span, run)) return true;
    return false;
}

// "not only ... but also" adds and "no matter how" concedes: neither negates.
bool not_really(std::string_view w, std::string_view next) {
    return (w == "not" && next == "only") || (w == "no" && next == "matter");
}

int count_negators(const Document& d, const Sentence& s) {
    int n = 0;
    for (std::size_t k = s.first_token; k < s.end_token; ++k) {
        std::string_view w = d.folded(d.tokens[k]);
        std::string_view next = k + 1 < s.end_token ? d.folded(d.tokens[k + 1]) : std::string_view{};
        n += is_negator(w) && !not_really(w, next);
    }
    return n;
}

// --------------------------------------------------------- classification

struct Typed {
    Finding finding;
    Severity severity;
    Span base, other;
};

template <class F>
std::vector<std::string_view> without(const std::vector<std::string_view>& ws, F drop) {
    std::vector<std::string_view> out;
    for (auto w : ws)
        if (!drop(w)) out.push_back(w);
    return out;
}

template <class T, class F>
std::vector<T> classes(const std::vector<std::string_view>& ws, F of) {
    std::vector<T> out;
    for (auto w : ws)
        if (T t = of(w); t != T{}) out.push_back(t);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

// The run's words (side `s`, up to three) repeat the words right before or after them.
bool doubled(const Side& s, const Words& w) {
    if (w.tokens.empty() || w.tokens.size() > 3) return false;
    std::size_t n = w.tokens.size();
    // the same words directly before the run (punctuation aside)
    std::vector<std::size_t> before;
    for (std::size_t k = w.tokens.front(); k > s.sentence.first_token && before.size() < n;) {
        --k;
        if (s.doc.tokens[k].kind != TokenKind::punct) before.insert(before.begin(), k);
    }
    std::vector<std::size_t> after;
    for (std::size_t k = w.tokens.back() + 1; k < s.sentence.end_token && after.size() < n; ++k)
        if (s.doc.tokens[k].kind != TokenKind::punct) after.push_back(k);
    auto equal = [&](const std::vector<std::size_t>& xs) {
        if (xs.size() != n) return false;
        for (std::size_t k = 0; k < n; ++k)
            if (s.doc.tokens[xs[k]].id != s.doc.tokens[w.tokens[k]].id) return false;
        return true;
    };
    return equal(before) || equal(after);
}

std::optional<Typed> classify(const Side& a, const Side& b, Run run) {
    Span ra = run.base, rb = run.other;
    Words wa = words_of(a, ra), wb = words_of(b, rb);
    if (wa.folded.empty() && wb.folded.empty()) return std::nullopt;  // punctuation only
    Span wa_span = ra.empty() ? ra : whole_words(a.doc, a.sentence, ra);
    Span wb_span = rb.empty() ? rb : whole_words(b.doc, b.sentence, rb);
    std::string_view ta = a.c.text(a.rendering, wa_span), tb = b.c.text(b.rendering, wb_span);
    if (letters_key(ta) == letters_key(tb)) return std::nullopt;  // case, punctuation, hyphens, quote marks, spelling
    // a figure in digits or with a unit, or number words on one side where
    // the other sentence counts too: a figure written another way
    // ("thousand-year" / "thousands of years"); a small number word the other
    // sentence has nothing against ("the two sides" / "we") is wording
    bool counted_a = wa.number_word || holds_figure(a.facts, wa_span), counted_b = wb.number_word || holds_figure(b.facts, wb_span);
    bool figure = wa.number || wb.number || holds_figure(a.facts, wa_span, true) || holds_figure(b.facts, wb_span, true);
    if (figure || (counted_a && counts(b)) || (counted_b && counts(a)) || holds_name(a.facts, wa_span) || holds_name(b.facts, wb_span))
        return std::nullopt;
    // markup left in a saved page is no wording
    if (ta.find_first_of("<>{}") != std::string_view::npos || tb.find_first_of("<>{}") != std::string_view::npos) return std::nullopt;
    bool one_sided = wa.folded.empty() || wb.folded.empty();
    // one-sided runs are shown with the words around them, on both sides
    auto shown = [&]() -> std::pair<Span, Span> {
        if (!one_sided) return {wa_span, wb_span};
        return {with_neighbours(a.doc, a.sentence, wa_span), with_neighbours(b.doc, b.sentence, wb_span)};
    };

    // text in another script or a web address only one side has
    {
        std::string_view da = a.c.text(a.rendering, ra), db = b.c.text(b.rendering, rb);
        bool foreign_a = has_other_script(da) || has_url(da), foreign_b = has_other_script(db) || has_url(db);
        std::string_view sa = a.c.text(a.rendering, a.sentence.span), sb = b.c.text(b.rendering, b.sentence.span);
        // the sentence both share is Latin text: foreign script inside it stands out
        if (foreign_a != foreign_b && (foreign_a ? !has_other_script(sb) && !has_url(sb) : !has_other_script(sa) && !has_url(sa))) {
            // against words of its own on the other side it may be a transliteration: low
            auto [x, y] = shown();
            return Typed{Finding::text_inserted, one_sided ? Severity::medium : Severity::low, x, y};
        }
    }
    if (wa.proper || wb.proper) return std::nullopt;  // a name or title in other words: name checks' business

    if (one_sided) {
        const Side& s = wa.folded.empty() ? b : a;
        const Words& w = wa.folded.empty() ? wb : wa;
        auto [x, y] = shown();
        if (doubled(s, w)) return Typed{Finding::word_doubled, Severity::low, x, y};
    }

    // a run only one side has next to a figure says how the figure is
    // qualified or counted ("about", "an interval of"): the figure checks' business
    if (one_sided) {
        auto [x, y] = shown();
        Words nx = words_of(a, x), ny = words_of(b, y);
        bool counted = nx.number || ny.number || nx.number_word || ny.number_word;
        if (counted || holds_figure(a.facts, x) || holds_figure(b.facts, y) || holds_name(a.facts, x) || holds_name(b.facts, y))
            return std::nullopt;
    }

    auto rest = [](const std::vector<std::string_view>& ws, auto grammar) { return without(ws, grammar); };
    auto small = [&](std::size_t n) { return wa.folded.size() <= n && wb.folded.size() <= n; };
    auto pair = shown();

    // negation: the clause is said the other way round
    auto negations = [](const std::vector<std::string_view>& ws) {
        std::size_t n = 0;
        for (std::size_t k = 0; k < ws.size(); ++k) n += is_negator(ws[k]) && !not_really(ws[k], k + 1 < ws.size() ? ws[k + 1] : "");
        return n;
    };
    auto na = negations(wa.folded), nb = negations(wb.folded);
    if (na != nb && count_negators(a.doc, a.sentence) != count_negators(b.doc, b.sentence)) {
        bool clear = same_words(rest(wa.folded, is_negator), rest(wb.folded, is_negator)) && small(4);
        return Typed{Finding::negation_differs, clear ? Severity::high : Severity::low, pair.first, pair.second};
    }
    // modality: "must" / "may"
    auto ma = classes<std::string_view>(wa.folded, [](std::string_view w) { return is_modal(w) ? w : std::string_view{}; });
    auto mb = classes<std::string_view>(wb.folded, [](std::string_view w) { return is_modal(w) ? w : std::string_view{}; });
    if (ma != mb) {
        bool clear = same_words(rest(wa.folded, is_modal), rest(wb.folded, is_modal)) && small(4);
        return Typed{Finding::modality_differs, clear ? Severity::medium : Severity::low, pair.first, pair.second};
    }
    // tense: an auxiliary of another tense ("will pay" / "paid", "is held" / "was held")
    // (a run only one side has with more than auxiliaries in it is words on one side)
    auto tenses = [](const Words& w) {
        std::vector<Tense> out;
        for (Tense t : w.tense)
            if (t != Tense::none) out.push_back(t);
        std::sort(out.begin(), out.end());
        out.erase(std::unique(out.begin(), out.end()), out.end());
        return out;
    };
    auto not_aux = [](const Words& w) {
        std::vector<std::string_view> out;
        for (std::size_t k = 0; k < w.folded.size(); ++k)
            if (w.tense[k] == Tense::none) out.push_back(w.folded[k]);
        return out;
    };
    auto tense_a = tenses(wa), tense_b = tenses(wb);
    bool aux_only = not_aux(wa).empty() && not_aux(wb).empty();
    if (tense_a != tense_b && (!one_sided || aux_only)) {
        std::vector<Tense> differ;
        std::set_symmetric_difference(tense_a.begin(), tense_a.end(), tense_b.begin(), tense_b.end(), std::back_inserter(differ));
        // "will pay" / "paid" says whether it happened; past / present, the
        // perfect and "would" / "will" shift with reported speech: low
        auto has = [](const std::vector<Tense>& ts, Tense t) { return std::find(ts.begin(), ts.end(), t) != ts.end(); };
        bool future = has(differ, Tense::future) && !has(tense_a, Tense::conditional) && !has(tense_b, Tense::conditional);
        bool clear = same_words(not_aux(wa), not_aux(wb)) && small(4) && future;
        return Typed{Finding::tense_differs, clear ? Severity::medium : Severity::low, pair.first, pair.second};
    }
    // person: "we" / "I"
    auto pa = classes<Person>(wa.folded, person_of), pb = classes<Person>(wb.folded, person_of);
    if (!pa.empty() && !pb.empty() && pa != pb) {
        auto is_pronoun = [](std::string_view w) { return person_of(w) != Person::none; };
        bool clear = same_words(rest(wa.folded, is_pronoun), rest(wb.folded, is_pronoun)) && small(3);
        return Typed{Finding::person_differs, clear ? Severity::medium : Severity::low, pair.first, pair.second};
    }
    // the speaker's "we" / "I" against words naming them ("the two sides"): reported speech, low
    auto speaker = [](const std::vector<Person>& ps) {
        return std::any_of(ps.begin(), ps.end(), [](Person p) { return p != Person::third; });
    };
    if (!one_sided && speaker(pa) != speaker(pb) && small(3))
        return Typed{Finding::person_differs, Severity::low, pair.first, pair.second};

    // what is left is content words: grammar words alone ("the" / "a") say nothing
    auto content_a = without(wa.folded, is_grammar_word), content_b = without(wb.folded, is_grammar_word);
    if (content_a.empty() && content_b.empty()) return std::nullopt;
    if (same_words(content_a, content_b)) return std::nullopt;  // the same content words, other grammar words round them
    if (same_words(wa.folded, wb.folded)) return std::nullopt;  // the same words inflected differently
    // one side is the other's words plus some ("a" / "an official"): a modifier
    const auto& longer = wa.folded.size() > wb.folded.size() ? wa.folded : wb.folded;
    const auto& shorter = wa.folded.size() > wb.folded.size() ? wb.folded : wa.folded;
    auto extra = extra_words(longer, shorter);
    if (extra && without(*extra, is_grammar_word).empty()) return std::nullopt;  // only grammar words added
    if (extra) {
        if (extra->size() <= max_modifier_words) return Typed{Finding::modifier_one_sided, Severity::low, pair.first, pair.second};
        return Typed{Finding::words_one_sided, Severity::low, pair.first, pair.second};
    }
    return Typed{Finding::words_replaced, Severity::low, pair.first, pair.second};
}

// The content words of one side of the run all stand elsewhere in the other
// sentence: a clause moved, which the word diff (in order) cannot follow.
bool moved(const Side& a, const Side& b, const Run& run) {
    auto elsewhere = [](const Side& from, Span span, const Side& to, Span skip) {
        std::size_t content = 0;
        for (std::size_t k : tokens_in(from.doc, span)) {
            const Token& t = from.doc.tokens[k];
            if (t.kind == TokenKind::punct || is_grammar_word(from.doc.folded(t))) continue;
            ++content;
            bool found = false;
            for (std::size_t m = to.sentence.first_token; m < to.sentence.end_token && !found; ++m) {
                const Token& u = to.doc.tokens[m];
                found = u.id == t.id && !(u.span.start >= skip.start && u.span.end <= skip.end);
            }
            if (!found) return false;
        }
        return content >= 3;  // a word or two found again are repeated words, not a moved clause
    };
    return elsewhere(a, run.base, b, run.other) || elsewhere(b, run.other, a, run.base);
}

// Edits with empty spans placed where they stand in the text.
std::vector<Edit> placed(const std::vector<Edit>& edits) {
    std::vector<Edit> out = edits;
    std::size_t pa = 0, pb = 0;
    for (auto& e : out) {
        if (e.base.empty()) e.base = {pa, pa};
        if (e.other.empty()) e.other = {pb, pb};
        pa = e.base.end, pb = e.other.end;
    }
    return out;
}

// The part of `s` inside the sentence, or nothing when it lies outside.
std::optional<Span> clip(Span s, Span sentence) {
    if (s.empty()) {
        if (s.start >= sentence.start && s.start <= sentence.end) return s;
        return std::nullopt;
    }
    Span out{std::max(s.start, sentence.start), std::min(s.end, sentence.end)};
    if (out.empty()) return std::nullopt;
    return out;
}

// Every word of `s` (none at all counts) is an auxiliary, a modal or a negator.
bool auxiliaries_only(const Document& d, Span s) {
    for (std::size_t k : tokens_in(d, s)) {
        if (d.tokens[k].kind == TokenKind::punct) continue;
        std::string_view w = d.folded(d.tokens[k]);
        if (tense_of(w) == Tense::none && !is_modal(w) && !is_negator(w)) return false;
    }
    return true;
}

// The runs of the word diff inside one sentence pair; a run of auxiliaries
// one word away from a change is part of it ("always views" / "has always
// viewed").
std::vector<Run> runs_in(const std::vector<Edit>& edits, const Document& da, const Document& db, const Sentence& a, const Sentence& b) {
    std::vector<Run> runs;
    for (const auto& e : edits) {
        auto x = clip(e.base, a.span), y = clip(e.other, b.span);
        if (!x || !y || (x->empty() && y->empty())) continue;
        runs.push_back({*x, *y, e.op == EditOp::same});
    }
    std::vector<Run> out;
    for (std::size_t k = 0; k < runs.size(); ++k) {
        if (runs[k].same) continue;
        Run r = runs[k];
        while (k + 2 < runs.size() && runs[k + 1].same && !runs[k + 2].same) {
            auto gap = tokens_in(da, runs[k + 1].base);
            bool one_word = gap.size() == 1 && da.tokens[gap[0]].kind != TokenKind::punct;
            // an auxiliary, modal or negator moved round a shared word belongs to the change beside it
            auto has_words = [](const Document& d, Span sp) {
                auto ts = tokens_in(d, sp);
                return std::any_of(ts.begin(), ts.end(), [&](std::size_t t) { return d.tokens[t].kind != TokenKind::punct; });
            };
            auto grammar_only = [&](const Run& x) {
                return auxiliaries_only(da, x.base) && auxiliaries_only(db, x.other) && (has_words(da, x.base) || has_words(db, x.other));
            };
            if (!one_word || !(grammar_only(r) || grammar_only(runs[k + 2]))) break;
            auto join = [](Span p, Span q) {  // an empty span only marks a place
                if (p.empty()) return q;
                if (q.empty()) return p;
                return Span{std::min(p.start, q.start), std::max(p.end, q.end)};
            };
            r.base = join(join(r.base, runs[k + 1].base), runs[k + 2].base);
            r.other = join(join(r.other, runs[k + 1].other), runs[k + 2].other);
            k += 2;
        }
        out.push_back(r);
    }
    return out;
}

Discrepancy finding_of(int row, int base, int other, Finding f, Severity sev, Span a, Span b, double score) {
    Discrepancy d;
    d.kind = Kind::wording;
    d.finding = f;
    d.severity = sev;
    d.row = row;
    d.spans = {{base, a}, {other, b}};
    d.against = {other};
    d.score = score;
    return d;
}

}  // namespace

void check_wording(const Comparison& c, const CellDiff& diff, const CellFacts& base, const CellFacts& other,
                   const CellSentences& sentences, std::vector<Discrepancy>& out) {
    const Document& da = c.renderings[static_cast<std::size_t>(base.rendering)].doc;
    const Document& db = c.renderings[static_cast<std::size_t>(other.rendering)].doc;
    const auto& sa = sentences.left;
    const auto& sb = sentences.right;
    auto edits = placed(diff.edits);
    for (const auto& link : sentences.links) {
        if (link.base.size() != 1 || link.other.size() != 1 || link.sim < reworded_sim) continue;
        const Sentence& a = *sa[link.base[0]];
        const Sentence& b = *sb[link.other[0]];
        auto runs = runs_in(edits, da, db, a, b);
        if (runs.empty()) continue;
        auto whole = finding_of(diff.row, base.rendering, other.rendering, Finding::sentence_differs, Severity::low, a.span, b.span, link.sim);
        Side sa_side{c, base.rendering, da, a, base}, sb_side{c, other.rendering, db, b, other};
        // a clause moved within the sentence: the in-order word diff pairs the wrong words
        if (std::any_of(runs.begin(), runs.end(), [&](const Run& r) { return moved(sa_side, sb_side, r); })) continue;
        if (link.sim < matched_sim) {  // too different to point at runs: one finding, if any run carries a change
            if (std::any_of(runs.begin(), runs.end(), [&](const Run& r) { return classify(sa_side, sb_side, r).has_value(); }))
                out.push_back(std::move(whole));
            continue;
        }
        std::vector<Discrepancy> found, slight;
        for (const Run& r : runs)
            if (auto t = classify(sa_side, sb_side, r))
                (t->severity == Severity::low ? slight : found)
                    .push_back(finding_of(diff.row, base.rendering, other.rendering, t->finding, t->severity, t->base, t->other, link.sim));
        // never a flood: past the cap, the slight ones become one finding on the sentence pair
        if (found.size() + slight.size() > max_per_pair && !slight.empty()) slight = {std::move(whole)};
        for (auto& d : found) out.push_back(std::move(d));
        for (auto& d : slight) out.push_back(std::move(d));
    }
}

void drop_repeated_wording(std::vector<Discrepancy>& ds) {
    // only findings of the same row can state a wording finding: looked up
    // by row, so the cost is linear in the findings, not quadratic
    std::unordered_map<int, std::vector<const Discrepancy*>> by_row;
    for (const Discrepancy& n : ds)
        if (n.kind != Kind::wording) by_row[n.row].push_back(&n);
    auto repeats = [&](const Discrepancy& w) {
        auto row = by_row.find(w.row);
        if (row == by_row.end()) return false;
        return std::any_of(row->second.begin(), row->second.end(), [&](const Discrepancy* np) {
            const Discrepancy& n = *np;
            if (n.kind == Kind::wording || n.row != w.row) return false;
            // a paragraph some rendering lacks says nothing of how the
            // renderings that have it word it
            if (n.finding == Finding::paragraph_one_sided) return false;
            // a sentence pair is not stated by a name or figure inside it, only by a finding on the sentence
            bool sentence_level = n.kind == Kind::omission || n.kind == Kind::addition || n.kind == Kind::phrasing;
            if (w.finding == Finding::sentence_differs && !sentence_level) return false;
            // another kind states it, or the sentence is already one said in other words
            if (n.kind == Kind::phrasing && n.finding != Finding::sentence_reworded) return false;
            // on every side the other finding has: a quotation reworded on
            // one side's long passage does not speak for a change elsewhere
            bool shared = false;
            for (const SpanRef& a : w.spans) {
                bool side = false, hit = false;
                for (const SpanRef& b : n.spans)
                    if (a.rendering == b.rendering) side = true, hit = hit || overlaps(a.span, b.span);
                if (side && !hit) return false;
                shared = shared || hit;
            }
            return shared;
        });
    };
    std::vector<bool> drop(ds.size());
    for (std::size_t k = 0; k < ds.size(); ++k) drop[k] = ds[k].kind == Kind::wording && repeats(ds[k]);
    erase_marked(ds, drop);
}

}  // namespace parallax
