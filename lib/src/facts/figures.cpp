#include <algorithm>
#include <bitset>
#include <cmath>
#include <iterator>
#include <limits>
#include <string>
#include <string_view>
#include <optional>
#include <unordered_map>

#include "currency_table.hpp"
#include "figure_parts.hpp"
#include "line_facts.hpp"
#include "number_words.hpp"
#include "parallax/facts.hpp"
#include "parallax/normalize.hpp"

namespace parallax {

using namespace facts_detail;

namespace {

// The numeric core of a figure: digits or number words.
struct Number {
    double value = 0;
    std::string digits;  // as written, separators removed ("1200.5"); "" for words
    std::string exact;   // words: Figure::exact of the value, "" for a third
    bool ordinal = false;
    bool words = false;
    bool year_form = false;   // words said as a year: "nineteen ninety"
    bool plain_words = false;  // words for a whole number, nothing else
    bool years = false;       // "three decades": a number of years
    std::size_t begin = 0;  // token of the first digit / number word
    std::size_t end = 0;
};

bool in(std::string_view w, std::initializer_list<std::string_view> set) {
    return std::find(set.begin(), set.end(), w) != set.end();
}

// Scale abbreviations beyond number_words' scale_word: "2.33 k" with a
// space (Recognizers-Text NumberModel), lower case only since a spaced
// capital K is kelvin; "5 mio" (a European abbreviation of million).
double scale_abbreviation(const Tok& w, bool is_attached) {
    if (w.kind != TokKind::word) return 0;
    if (w.low == "mio") return 1e6;
    if (w.low == "k" && !is_attached && !w.cap) return 1e3;
    return 0;
}

// Digits glued to what comes before are part of a code, not a figure:
// "G20", "COVID-19", "10:30", "3/4" (but "mid-2020" is a year).
bool glued_before(const std::vector<Tok>& t, std::size_t i) {
    if (i == 0 || !attached(t, i)) return false;
    const Tok& p = t[i - 1];
    if (p.kind == TokKind::word) return true;
    if (p.kind == TokKind::number) return true;
    if (i < 2 || !attached(t, i - 1)) return false;
    const Tok& pp = t[i - 2];
    if (p.low == "-" && pp.kind == TokKind::word) return !in(pp.low, {"mid", "early", "late", "pre", "post"});
    if (in(p.low, {":", "/", ".", ","}) && pp.kind == TokKind::number) return true;
    return false;
}

// ... or to what comes after: "5G", "1990s", "10:30", "1.2.3".
bool glued_after(const std::vector<Tok>& t, std::size_t i) {
    std::size_t j = i + 1;
    if (!attached(t, j)) return false;
    if (t[j].kind == TokKind::word)
        return !in(t[j].low, {"st", "nd", "rd", "th", "pc", "pct", "percent"}) && !scale_word(t[j].low, true) &&
               !scale_abbreviation(t[j], true) && !match_currency_suffix(t, j).end;
    if (t[j].kind == TokKind::number) return true;
    return in(t[j].low, {":", "/", ".", ","}) && is_number(t, j + 1) && attached(t, j + 1);
}

// "24th", "5", "1,200.5".
Number digits_number(const std::vector<Tok>& t, std::size_t i) {
    Number n;
    n.begin = i;
    n.value = t[i].value;
    n.digits = t[i].low;
    std::size_t j = i + 1;
    if (is_word(t, j) && attached(t, j) && in(t[j].low, {"st", "nd", "rd", "th"}) && !t[i].decimal) {
        n.ordinal = true;
        ++j;
    }
    n.end = j;
    return n;
}

bool plural_noun(const Tok& x);
bool year_cue_before(const std::vector<Tok>& t, std::size_t b);

// `glue_ok`: digits glued to what comes before are fine (after "$", or
// after the dash of a range: "5k-20k"); `words_ok`: number words count.
std::optional<Number> number_at(const std::vector<Tok>& t, std::size_t i, bool glue_ok, bool words_ok) {
    if (is_number(t, i)) {
        if ((!glue_ok && glued_before(t, i)) || glued_after(t, i)) return std::nullopt;
        Number n = digits_number(t, i);
        // "1 point 1": the decimal part in a word
        if (auto pd = n.ordinal || t[i].decimal || t[i].grouped ? std::nullopt : point_digits(t, n.end)) {
            n.digits += "." + pd->digits;
            n.value = ratio_value(ratio_of_digits(n.digits));
            n.end = pd->end;
        }
        return n;
    }
    if (!words_ok) return std::nullopt;
    NumberWordsOptions opt;
    opt.year_cue = year_cue_before(t, i);
    auto w = parse_number_words(t, i, opt);
    // "nineteen ninety people" is no year; "in nineteen ninety people voted" is
    if (w && w->year_form && !opt.year_cue && w->end < t.size() && !t[w->end].newline_before &&
        plural_noun(t[w->end])) {
        opt.year_pairs = false;
        w = parse_number_words(t, i, opt);
    }
    if (!w) return std::nullopt;
    Number n;
    n.value = w->value;
    n.exact = exact_string(w->ratio);
    n.ordinal = w->ordinal;
    n.words = true;
    n.year_form = w->year_form;
    n.plain_words = w->plain;
    n.years = w->years;
    n.begin = i;
    n.end = w->end;
    return n;
}

bool plural_noun(const Tok& x) {
    if (x.kind != TokKind::word || x.cap || is_stopword(x.low)) return false;
    if (in(x.low, {"people", "children", "men", "women", "staff", "personnel", "police", "cattle", "sheep",
                   "feet", "teeth", "mice", "geese", "fish", "livestock", "head"}))
        return true;
    const std::string& w = x.low;
    if (w.size() < 3 || w.back() != 's') return false;
    std::string_view tail = std::string_view(w).substr(w.size() - 2);
    return tail != "ss" && tail != "us" && tail != "is";
}

// A strong year cue right before token b: "in 2013", "mid-2020", "since nineteen ninety".
bool year_cue_before(const std::vector<Tok>& t, std::size_t b) {
    if (b >= 2 && is_punct(t, b - 1, "-") && attached(t, b) && in(t[b - 2].low, {"mid", "early", "late", "pre", "post"}))
        return true;
    return b >= 1 && t[b - 1].kind == TokKind::word &&
           in(t[b - 1].low, {"in", "since", "until", "till", "during", "before", "after", "circa", "year", "fiscal",
                             "fy", "early", "late", "mid", "spring", "summer", "autumn", "fall", "winter", "c"});
}

// A bare four-digit number 1000..2100: a year unless a plural noun follows
// and no strong year cue precedes ("in 2013 people" is a year, "2013 people" a count).
// In words: a year said as two halves ("nineteen ninety") is a year; a whole
// number 1000..2100 otherwise ("two thousand and one") only after a year cue
// and before no plural noun, since "two thousand" is as often a count.
bool reads_as_year(const std::vector<Tok>& t, const Number& n) {
    bool plural_after = n.end < t.size() && !t[n.end].newline_before && plural_noun(t[n.end]);
    if (n.words) {
        if (n.year_form) return true;
        return n.plain_words && !n.ordinal && n.value >= 1000 && n.value <= 2100 && year_cue_before(t, n.begin) &&
               !plural_after;
    }
    const Tok& d = t[n.begin];
    if (n.ordinal || d.int_digits != 4 || d.grouped || d.decimal || d.value < 1000 || d.value > 2100)
        return false;
    return year_cue_before(t, n.begin) || !plural_after;
}

// The folded word the figure counts: the first content word after it,
// skipping modifiers and capitalised adjectives ("5 Italian students" -> "students").
std::string context_after(const std::vector<Tok>& t, std::size_t k) {
    std::string fallback;
    for (int words = 0; k < t.size() && words < 3; ++k) {
        const Tok& x = t[k];
        if (x.newline_before) break;
        if (x.kind == TokKind::punct) {
            if (x.low == "-" && attached(t, k)) continue;
            break;
        }
        if (x.kind == TokKind::number) break;
        ++words;
        if (x.cap) {
            if (fallback.empty() && x.low.size() > 1) fallback = x.low;
            continue;
        }
        if (in(x.low, {"new", "more", "other", "additional", "extra", "further", "such", "own"})) continue;
        if (is_stopword(x.low)) break;
        return x.low;
    }
    return fallback;
}

// One amount: [currency] number [scale] [percent | currency [minor units]].
struct Point {
    Number n;
    std::size_t begin = 0;  // the currency sign or the number
    double value = 0;  // scaled, minor units added
    double scale = 1;
    std::string exact;  // Figure::exact; "" when it cannot be exact (a third)
    std::string unit;
    std::size_t end = 0;
};

double scaled(double v, double s) { return std::min(v * s, std::numeric_limits<double>::max()); }  // no inf in JSON

std::optional<Point> parse_point(const std::vector<Tok>& t, std::size_t k, bool after_dash) {
    UnitMatch pre = match_currency_prefix(t, k);
    std::size_t v = pre.end ? pre.end : k;
    if (pre.end && (v >= t.size() || t[v].newline_before)) return std::nullopt;
    auto n = number_at(t, v, pre.end != 0 || after_dash, pre.end == 0);
    if (!n) return std::nullopt;
    Point p;
    p.begin = k;
    std::size_t j = n->end;
    if (!n->ordinal && !n->words && is_word(t, j) && !t[j].newline_before) {
        double s = scale_word(t[j].low, attached(t, j));
        if (!s) s = scale_abbreviation(t[j], attached(t, j));
        if (!s && period_years(t[j].low)) {  // "3 decades": 30 years
            s = period_years(t[j].low);
            n->years = true;
        }
        if (s) {
            p.scale = s;
            ++j;
            // "15 тыс. тенге", "5 млн. руб.": an abbreviated scale's full stop, when a currency follows it
            if (is_punct(t, j, ".") && attached(t, j) && !t[j - 1].low.empty() && static_cast<unsigned char>(t[j - 1].low[0]) >= 0x80 &&
                match_currency_suffix(t, j + 1).end)
                ++j;
        }
    }
    p.value = scaled(n->value, p.scale);
    p.exact = n->words ? n->exact : exact_number(n->digits, p.scale);
    // "3 million and a half": the fraction is of the scale
    if (!n->words && p.scale > 12 && !n->years) {
        if (auto fr = and_fraction(t, j)) {
            Ratio r = ratio_mul(ratio_add(ratio_of_digits(n->digits), fr->value), Ratio{static_cast<long long>(p.scale), 1, true});
            if (std::string e = exact_string(r); !e.empty()) {
                p.exact = e;
                p.value = ratio_value(r);
                j = fr->end;
            }
        }
    }
    p.unit = pre.unit;
    if (!n->ordinal && pre.unit.empty()) {
        // "4,5 [процента]", "4.5 [percent]": a unit a transcript's editor
        // put in brackets is the figure's unit
        bool bracket = is_punct(t, j, "[") && !t[j].newline_before;
        std::size_t u = bracket ? j + 1 : j;
        auto closed = [&](std::size_t end) { return !bracket || is_punct(t, end, "]"); };
        if (UnitMatch pc = match_percent(t, u); pc.end && closed(pc.end)) {
            p.unit = pc.unit;
            j = pc.end + (bracket ? 1 : 0);
        } else if (UnitMatch cur = match_currency_suffix(t, u); cur.end && closed(cur.end)) {
            p.unit = cur.unit;
            j = cur.end + (bracket ? 1 : 0);
        }
    }
    // "two dollars and fifty cents", "$20 and 43c": one amount
    bool whole = p.value == std::floor(p.value) && (n->words || n->digits.find('.') == std::string::npos);
    bool currency = !p.unit.empty() && p.unit != "percent" && p.unit != "percentage point";
    if (currency && whole && p.scale == 1 && !n->ordinal) {
        if (MinorMatch m = match_minor_units(t, j, p.unit); m.end) {
            p.value += m.amount / 100;
            if (!n->words && !m.digits.empty())
                p.exact = exact_number(n->digits + "." + (m.digits.size() == 1 ? "0" : "") + m.digits, 1);
            else
                p.exact.clear();  // compared by value
            j = m.end;
        }
    }
    p.n = *n;
    p.end = j;
    return p;
}

// "grew from 1.5 billion to 2.3 billion": after a word of change, "from X
// to Y" gives two states, not a range.
bool change_before_from(const std::vector<Tok>& t, std::size_t from) {
    static const auto change = sorted_table({
        "boosted", "changed", "climb", "climbed", "climbing", "climbs", "cut", "decline", "declined", "declines",
        "declining", "decrease", "decreased", "decreases", "decreasing", "doubled", "down", "drop", "dropped",
        "dropping", "drops", "expanded", "fall", "fallen", "falling", "falls", "fell", "gone", "grew", "grow",
        "growing", "grown", "grows", "halved", "increase", "increased", "increases", "increasing", "jumped",
        "lifted", "lowered", "moved", "narrowed", "plummeted", "plunged", "raised", "reduced", "rise", "risen",
        "rises", "rising", "rose", "shrank", "shrunk", "slid", "slipped", "soared", "surged", "tripled",
        "tumbled", "up", "went", "widened",
    });
    return from > 0 && is_word(t, from - 1) && in_table(change, t[from - 1].low);
}

struct Range {
    Point lo, hi;
    std::string unit;
    bool joined_by_word = false;  // "to", "and", not a dash
    std::size_t end = 0;
};

// `lo` followed by a joiner and a second amount: "20-30", "1000 - 5000",
// "5k-20k", "$10-$20", "10 to 20 dollars", "between 20 and 30". The end
// must exceed the start; the unit of one end holds for both; a scale on
// the end alone holds for the start when the start is the smaller number
// ("10-20 million", but "200 to 3 million").
std::optional<Range> range_after(const std::vector<Tok>& t, Point lo, bool between, bool from) {
    std::size_t c = lo.end;
    if (lo.n.ordinal || c >= t.size() || t[c].newline_before) return std::nullopt;
    bool dash = false;
    if (between) {
        if (!is_word(t, c, "and")) return std::nullopt;
    } else if (is_punct(t, c, "-")) {
        bool ascii_hyphen = t[c].span.size() == 1;
        // an ASCII hyphen joins when glued on both sides or spaced on both ("1000 - 5000")
        if (ascii_hyphen && attached(t, c) != attached(t, c + 1)) return std::nullopt;
        dash = true;
    } else if (!(is_word(t, c, "to") || is_word(t, c, "through") ||
                 (from && (is_word(t, c, "until") || is_word(t, c, "till"))))) {
        return std::nullopt;
    } else {
        std::size_t b = lo.begin;
        if (b > 0 && is_word(t, b - 1, "from") && change_before_from(t, b - 1)) return std::nullopt;
    }
    std::size_t h = c + 1;
    if (h >= t.size() || t[h].newline_before || match_date(t, h).end) return std::nullopt;  // "2 to 5 July"
    auto hi = parse_point(t, h, dash);
    if (!hi || hi->n.ordinal) return std::nullopt;
    Range r;
    r.joined_by_word = !dash;
    if (lo.unit.empty() || hi->unit.empty() || lo.unit == hi->unit) r.unit = lo.unit.empty() ? hi->unit : lo.unit;
    else return std::nullopt;
    const Tok& a = t[lo.n.begin];
    const Tok& b = t[hi->n.begin];
    if (dash && !lo.n.words && !hi->n.words && a.int_digits == 4 && b.int_digits == 2 && !b.decimal &&
        lo.scale == 1 && hi->scale == 1) {  // "2017-18"
        std::string century(a.low, 0, 2);
        hi->n.digits = century.append(b.low);
        hi->value += std::floor(lo.value / 100) * 100;
        hi->exact = exact_number(hi->n.digits, 1);
    }
    if (lo.scale == 1 && hi->scale != 1 && lo.n.value < hi->n.value) {
        lo.scale = hi->scale;
        lo.value = scaled(lo.n.value, lo.scale);
        if (lo.n.words) lo.exact.clear();  // compared by value
        else lo.exact = exact_number(lo.n.digits, lo.scale);
    }
    if (!(hi->value > lo.value)) return std::nullopt;
    r.end = hi->end;
    r.lo = std::move(lo);
    r.hi = std::move(*hi);
    return r;
}

// "between 5 and 10", "from 5 to 10": the words a range may begin with.
constexpr std::string_view range_openers[] = {"between", "from"};

// The amount or range starting at token k; fills kind, value, unit, exact.
// `begin`: where the figure starts ("from 2017 – 2018" starts at the number).
std::optional<std::size_t> parse_quantity(const std::vector<Tok>& t, std::size_t k, Figure& f, std::size_t& begin) {
    begin = k;
    bool between = is_word(t, k, range_openers[0]), from = is_word(t, k, range_openers[1]);
    std::size_t start = between || from ? k + 1 : k;
    if (start > k && (start >= t.size() || t[start].newline_before || match_date(t, start).end)) return std::nullopt;
    auto lo = parse_point(t, start, false);
    if (!lo) return std::nullopt;
    if (auto r = range_after(t, *lo, between, from)) {
        f.kind = FigureKind::range;
        f.value = r->lo.value;
        f.value_hi = r->hi.value;
        f.unit = r->unit;
        if (!r->lo.exact.empty() && !r->hi.exact.empty()) f.exact = r->lo.exact + "-" + r->hi.exact;
        if (from && !r->joined_by_word) begin = start;
        return r->end;
    }
    if (start > k) return std::nullopt;  // "between 5" alone: the number is read from the next token
    f.value = f.value_hi = lo->value;
    f.unit = lo->unit;
    f.exact = lo->exact;
    if (lo->n.years) f.context = "years";
    if (f.unit == "percent" || f.unit == "percentage point") f.kind = FigureKind::percent;
    else if (!f.unit.empty()) f.kind = FigureKind::money;
    else if (lo->n.ordinal) f.kind = FigureKind::ordinal;
    else if (lo->scale == 1 && reads_as_year(t, lo->n)) f.kind = FigureKind::year;
    else f.kind = FigureKind::count;
    return lo->end;
}

std::optional<FigureAt> parse_at(const std::vector<Tok>& t, std::string_view text, std::size_t i) {
    Figure f;
    QualifierMatch q = match_qualifier(t, i);
    std::size_t k = q.end ? q.end : i;
    if (q.end && (k >= t.size() || t[k].newline_before)) return std::nullopt;
    f.qualifier = q.qualifier;
    std::size_t end = 0, begin = k;
    if (DateMatch d = match_date(t, k); d.end) {
        f.kind = FigureKind::date;
        f.value = d.value;
        f.value_hi = d.hi ? d.hi : d.value;
        end = d.end;
    } else if (auto e = parse_quantity(t, k, f, begin)) {
        end = *e;
    } else {
        return std::nullopt;
    }
    // "over 2 July", "under 2013": a bound on a date reads as a preposition; only "around" stays
    std::size_t first = i;
    if ((f.kind == FigureKind::date || f.kind == FigureKind::year) && f.qualifier != Qualifier::approximate) {
        f.qualifier = Qualifier::none;
        first = k;
    }
    if (first == k) first = begin;
    if (f.qualifier == Qualifier::none) {
        if (QualifierMatch post = match_post_qualifier(t, end); post.end) {
            f.qualifier = post.qualifier;
            end = post.end;
        }
    }
    f.span = {t[first].span.start, t[end - 1].span.end};
    f.text = std::string(text.substr(f.span.start, f.span.size()));
    if (f.context.empty()) f.context = context_after(t, end);
    return FigureAt{std::move(f), end};
}

bool close(double a, double b) {
    return a == b || std::fabs(a - b) <= 1e-9 * std::max(std::fabs(a), std::fabs(b));
}

// Numbers that count nothing: a time zone's offset ("GMT+7", "UTC-3") and
// the number of a list item at the start of a line ("1. At the invitation
// of ...", "2) The parties ...", "(3) The parties", a quoted "\"1. At").
bool counts_nothing(const std::vector<Tok>& t, std::size_t i) {
    if (!is_number(t, i)) return false;
    if (i >= 2 && attached(t, i) && (is_punct(t, i - 1, "+") || is_punct(t, i - 1, "-")) && attached(t, i - 1) &&
        (is_word(t, i - 2, "gmt") || is_word(t, i - 2, "utc")))
        return true;
    // at the start of a line, perhaps after an opening quote mark or bracket
    bool line_start = i == 0 || t[i].newline_before ||
                      (i == 1 && (is_punct(t, 0, "\"") || is_punct(t, 0, "(") || is_punct(t, 0, "'")) && attached(t, 1));
    return line_start && !t[i].decimal && t[i].int_digits <= 2 && (is_punct(t, i + 1, ".") || is_punct(t, i + 1, ")")) &&
           attached(t, i + 1) && i + 2 < t.size() && t[i + 2].kind == TokKind::word && t[i + 2].cap;
}

}  // namespace

std::optional<FigureAt> facts_detail::figure_at(const std::vector<Tok>& t, std::string_view line, std::size_t i) {
    return parse_at(t, line, i);
}

namespace {

enum Opens : unsigned char { amount = 1, qualifier = 2 };

// A word's length, first and last byte folded into 10 bits: cheap to
// compute, and a word whose bit no opener has set opens nothing.
std::size_t sketch(std::string_view w) {
    if (w.empty()) return 0;
    return (w.size() * 97 + static_cast<unsigned char>(w.front()) * 31 + static_cast<unsigned char>(w.back())) & 1023;
}

struct OpenerTable {
    std::unordered_map<std::string_view, unsigned char> opens;
    std::bitset<1024> sketches;  // the sketch of every key of `opens`
};

// What a token's folded form may open, from the parsers' own tables (built
// once); a lookup is O(length of the word), most words leave at the sketch.
unsigned char opens(const Tok& tok) {
    static const OpenerTable table = [] {
        OpenerTable t;
        for (const auto& words : {month_words(), currency_prefix_openers(), number_word_openers(),
                                  std::vector<std::string_view>(std::begin(range_openers), std::end(range_openers))})
            for (std::string_view w : words) t.opens[w] |= amount;
        for (std::string_view w : qualifier_openers()) t.opens[w] |= qualifier;
        for (const auto& [w, o] : t.opens) t.sketches.set(sketch(w));
        return t;
    }();
    if (!table.sketches.test(sketch(tok.low))) return 0;
    auto it = table.opens.find(tok.low);
    return it == table.opens.end() ? 0 : it->second;
}

}  // namespace

bool facts_detail::may_open_amount(const Tok& tok) { return tok.kind == TokKind::number || (opens(tok) & amount); }

bool facts_detail::may_open_qualifier(const Tok& tok) { return tok.kind != TokKind::number && (opens(tok) & qualifier); }

bool facts_detail::may_start_figure(const std::vector<Tok>& t, std::size_t i) {
    if (t[i].kind == TokKind::number) return true;
    unsigned char o = opens(t[i]);
    if (o & amount) return true;
    if (!(o & qualifier)) return false;
    // parse_at reads an amount or a date right after the qualifier
    QualifierMatch q = match_qualifier(t, i);
    return q.end && q.end < t.size() && may_open_amount(t[q.end]);
}

// `digits` ("1200.5") times `scale` (a power of ten, or 12 for "dozen")
// as decimal digits times a power of ten: "12005e-1". Exact at any length.
std::string facts_detail::exact_number(std::string_view digits, double scale) {
    std::string d;
    long long exp = 0;
    bool after_point = false;
    for (char ch : digits) {
        if (ch == '.') after_point = true;
        else d += ch, exp -= after_point;
    }
    while (scale >= 10 && std::fmod(scale, 10) == 0) scale /= 10, ++exp;
    // The rest of the scale is a small integer (12): multiply digit by digit.
    unsigned mult = static_cast<unsigned>(scale);
    if (mult > 1) {
        std::reverse(d.begin(), d.end());
        unsigned carry = 0;
        for (char& ch : d) {
            unsigned v = static_cast<unsigned>(ch - '0') * mult + carry;
            ch = static_cast<char>('0' + v % 10);
            carry = v / 10;
        }
        for (; carry; carry /= 10) d += static_cast<char>('0' + carry % 10);
        std::reverse(d.begin(), d.end());
    }
    d.erase(0, std::min(d.find_first_not_of('0'), d.size()));
    if (d.empty()) return "0";
    while (d.back() == '0') d.pop_back(), ++exp;
    return exp == 0 ? d : d + "e" + std::to_string(exp);
}

void facts_detail::figures_in_line(const std::vector<Tok>& t, std::string_view line, std::size_t offset,
                                   std::vector<Figure>& out) {
    for (std::size_t i = 0; i < t.size();) {
        if (!may_start_figure(t, i) || counts_nothing(t, i)) {
            ++i;
            continue;
        }
        if (auto p = parse_at(t, line, i)) {
            p->figure.span.start += offset;
            p->figure.span.end += offset;
            out.push_back(std::move(p->figure));
            i = p->end;
        } else {
            ++i;
        }
    }
}

void facts_detail::finish_figures(std::string_view text, std::vector<Figure>& out) {
    // Chinese text: the characters' own way of writing figures; an English
    // figure inside one of them ("410" of "410亿美元") gives way
    if (std::any_of(text.begin(), text.end(), [](char ch) { return static_cast<unsigned char>(ch) >= 0xE3; })) {
        std::vector<Figure> han = find_han_figures(text);
        if (!han.empty()) {
            out.erase(std::remove_if(out.begin(), out.end(),
                                     [&](const Figure& f) {
                                         return std::any_of(han.begin(), han.end(), [&](const Figure& h) {
                                             return f.span.start < h.span.end && h.span.start < f.span.end;
                                         });
                                     }),
                      out.end());
            out.insert(out.end(), std::make_move_iterator(han.begin()), std::make_move_iterator(han.end()));
            std::stable_sort(out.begin(), out.end(), [](const Figure& a, const Figure& b) { return a.span.start < b.span.start; });
        }
    }
    settle_shared_units(out);
}

std::vector<Figure> find_figures(std::string_view text) {
    std::vector<Figure> out;
    for (Span line : lines(text)) {
        std::string_view part = text.substr(line.start, line.size());
        figures_in_line(scan(part), part, line.start, out);
    }
    finish_figures(text, out);
    return out;
}

bool same_unit(std::string_view a, std::string_view b) { return units_agree(a, b); }

bool same_value(const Figure& a, const Figure& b) {
    if (a.kind != b.kind || !same_unit(a.unit, b.unit)) return false;
    if (!a.exact.empty() && !b.exact.empty()) return a.exact == b.exact;
    return close(a.value, b.value) && close(a.value_hi, b.value_hi);
}

const char* to_string(FigureKind k) {
    switch (k) {
        case FigureKind::count: return "count";
        case FigureKind::ordinal: return "ordinal";
        case FigureKind::percent: return "percent";
        case FigureKind::money: return "money";
        case FigureKind::year: return "year";
        case FigureKind::date: return "date";
        case FigureKind::range: return "range";
    }
    return "count";
}

}  // namespace parallax
