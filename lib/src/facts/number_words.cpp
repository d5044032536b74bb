#include "number_words.hpp"

#include <algorithm>
#include <array>
#include <climits>
#include <iterator>
#include <string_view>
#include <utility>

#include "parallax/normalize.hpp"

namespace parallax::facts_detail {

// ------------------------------------------------------------ exact ratios

namespace {

long long gcd_ll(long long a, long long b) {
    while (b != 0) {
        a %= b;
        std::swap(a, b);
    }
    return a;
}

Ratio whole(long long n) { return {n, 1, true}; }

Ratio reduced(Ratio r) {
    if (!r.ok) return r;
    if (long long g = gcd_ll(r.p, r.q); g > 1) r.p /= g, r.q /= g;
    return r;
}

Ratio broken() { return {0, 1, false}; }

}  // namespace

Ratio ratio_mul(Ratio a, Ratio b) {
    if (!a.ok || !b.ok) return broken();
    a = reduced(a);
    b = reduced(b);
    long long g1 = std::max(gcd_ll(a.p, b.q), 1LL), g2 = std::max(gcd_ll(b.p, a.q), 1LL);
    Ratio r;
    if (__builtin_mul_overflow(a.p / g1, b.p / g2, &r.p) || __builtin_mul_overflow(a.q / g2, b.q / g1, &r.q))
        return broken();
    return reduced(r);
}

Ratio ratio_add(Ratio a, Ratio b) {
    if (!a.ok || !b.ok) return broken();
    long long x = 0, y = 0;
    Ratio r;
    if (__builtin_mul_overflow(a.p, b.q, &x) || __builtin_mul_overflow(b.p, a.q, &y) ||
        __builtin_add_overflow(x, y, &r.p) || __builtin_mul_overflow(a.q, b.q, &r.q))
        return broken();
    return reduced(r);
}

Ratio ratio_of_digits(std::string_view digits) {
    Ratio r;
    int n = 0;
    bool after_point = false;
    for (char ch : digits) {
        if (ch == '.') {
            after_point = true;
            continue;
        }
        if (ch < '0' || ch > '9' || ++n > 18) return broken();
        r.p = r.p * 10 + (ch - '0');
        if (after_point) r.q *= 10;
    }
    return reduced(r);
}

double ratio_value(Ratio r) { return static_cast<double>(r.p) / static_cast<double>(r.q); }

std::string exact_string(Ratio r) {
    r = reduced(r);
    if (!r.ok) return "";
    // p/q is a finite decimal only when q = 2^a 5^b: then p/q = p * 10^k/q * 10^-k.
    long long q = r.q;
    int twos = 0, fives = 0;
    while (q % 2 == 0) q /= 2, ++twos;
    while (q % 5 == 0) q /= 5, ++fives;
    if (q != 1) return "";
    int k = std::max(twos, fives);
    long long scale = 1, m = 0;
    for (int i = 0; i < k; ++i) scale *= 10;
    if (__builtin_mul_overflow(r.p, scale / r.q, &m)) return "";
    if (m == 0) return "0";
    long long exp = -k;
    while (m % 10 == 0) m /= 10, ++exp;
    std::string d = std::to_string(m);
    return exp == 0 ? d : d + "e" + std::to_string(exp);
}

// ------------------------------------------------------------ the word table

namespace {

enum class Cat { none, article, unit, tens, hundred, big, dozen, score, scoreword, conj };

struct Entry {
    std::string_view word;
    Cat cat;
    long long value;
    bool ordinal;
    bool plural = false;  // "billions", "lakhs": a scale only after a number ("three billions")
};

// English cardinals and ordinals; lakh (1e5) and crore (1e7) as in Indian
// English (the values facebook/duckling Duckling/Numeral/EN/Rules.hs and
// microsoft/Recognizers-Text Specs/Number/English/NumberModel.json give).
constexpr Entry raw_table[] = {
        {"zero", Cat::unit, 0, false}, {"one", Cat::unit, 1, false}, {"two", Cat::unit, 2, false},
        {"three", Cat::unit, 3, false}, {"four", Cat::unit, 4, false}, {"five", Cat::unit, 5, false},
        {"six", Cat::unit, 6, false}, {"seven", Cat::unit, 7, false}, {"eight", Cat::unit, 8, false},
        {"nine", Cat::unit, 9, false}, {"ten", Cat::unit, 10, false}, {"eleven", Cat::unit, 11, false},
        {"twelve", Cat::unit, 12, false}, {"thirteen", Cat::unit, 13, false},
        {"fourteen", Cat::unit, 14, false}, {"fifteen", Cat::unit, 15, false},
        {"sixteen", Cat::unit, 16, false}, {"seventeen", Cat::unit, 17, false},
        {"eighteen", Cat::unit, 18, false}, {"nineteen", Cat::unit, 19, false},
        {"twenty", Cat::tens, 20, false}, {"thirty", Cat::tens, 30, false},
        {"forty", Cat::tens, 40, false}, {"fifty", Cat::tens, 50, false},
        {"sixty", Cat::tens, 60, false}, {"seventy", Cat::tens, 70, false},
        {"eighty", Cat::tens, 80, false}, {"ninety", Cat::tens, 90, false},
        {"hundred", Cat::hundred, 100, false}, {"thousand", Cat::big, 1000, false},
        {"lakh", Cat::big, 100000, false}, {"crore", Cat::big, 10000000, false},
        {"million", Cat::big, 1000000, false}, {"billion", Cat::big, 1000000000, false},
        {"trillion", Cat::big, 1000000000000, false},
        {"thousands", Cat::big, 1000, false, true}, {"lakhs", Cat::big, 100000, false, true},
        {"crores", Cat::big, 10000000, false, true}, {"millions", Cat::big, 1000000, false, true},
        {"billions", Cat::big, 1000000000, false, true}, {"trillions", Cat::big, 1000000000000, false, true},
        {"dozen", Cat::dozen, 12, false}, {"dozens", Cat::dozen, 12, false, true},
        {"score", Cat::score, 20, false}, {"twoscore", Cat::scoreword, 40, false},
        {"threescore", Cat::scoreword, 60, false}, {"fourscore", Cat::scoreword, 80, false},
        {"first", Cat::unit, 1, true}, {"second", Cat::unit, 2, true}, {"third", Cat::unit, 3, true},
        {"fourth", Cat::unit, 4, true}, {"fifth", Cat::unit, 5, true}, {"sixth", Cat::unit, 6, true},
        {"seventh", Cat::unit, 7, true}, {"eighth", Cat::unit, 8, true}, {"ninth", Cat::unit, 9, true},
        {"tenth", Cat::unit, 10, true}, {"eleventh", Cat::unit, 11, true},
        {"twelfth", Cat::unit, 12, true}, {"thirteenth", Cat::unit, 13, true},
        {"fourteenth", Cat::unit, 14, true}, {"fifteenth", Cat::unit, 15, true},
        {"sixteenth", Cat::unit, 16, true}, {"seventeenth", Cat::unit, 17, true},
        {"eighteenth", Cat::unit, 18, true}, {"nineteenth", Cat::unit, 19, true},
        {"twentieth", Cat::tens, 20, true}, {"thirtieth", Cat::tens, 30, true},
        {"fortieth", Cat::tens, 40, true}, {"fiftieth", Cat::tens, 50, true},
        {"sixtieth", Cat::tens, 60, true}, {"seventieth", Cat::tens, 70, true},
        {"eightieth", Cat::tens, 80, true}, {"ninetieth", Cat::tens, 90, true},
        {"hundredth", Cat::hundred, 100, true}, {"thousandth", Cat::big, 1000, true},
        {"millionth", Cat::big, 1000000, true}, {"billionth", Cat::big, 1000000000, true},
        {"trillionth", Cat::big, 1000000000000, true}, {"a", Cat::article, 1, false},
        {"an", Cat::article, 1, false}, {"and", Cat::conj, 0, false},
        {"nought", Cat::unit, 0, false}, {"naught", Cat::unit, 0, false},
};

template <typename T, std::size_t N>
constexpr auto sorted_by_word(const T (&raw)[N]) {
    std::array<T, N> t{};
    std::copy(std::begin(raw), std::end(raw), t.begin());
    std::sort(t.begin(), t.end(), [](const T& a, const T& b) { return a.word < b.word; });
    return t;
}

constexpr auto table = sorted_by_word(raw_table);

template <typename Table>
const typename Table::value_type* find_word(const Table& tab, std::string_view w) {
    auto it = std::lower_bound(tab.begin(), tab.end(), w,
                               [](const auto& e, std::string_view x) { return e.word < x; });
    return it != tab.end() && it->word == w ? &*it : nullptr;
}

const Entry* lookup(std::string_view w) { return find_word(table, w); }

// Denominators of common fractions ("a half", "three quarters", "two fifths").
struct Denominator {
    std::string_view word;
    long long value;
    bool plural;
};
constexpr Denominator raw_denominators[] = {
        {"half", 2, false},     {"halves", 2, true},    {"third", 3, false},   {"thirds", 3, true},
        {"quarter", 4, false},  {"quarters", 4, true},  {"fourth", 4, false},  {"fourths", 4, true},
        {"fifth", 5, false},    {"fifths", 5, true},    {"sixth", 6, false},   {"sixths", 6, true},
        {"seventh", 7, false},  {"sevenths", 7, true},  {"eighth", 8, false},  {"eighths", 8, true},
        {"ninth", 9, false},    {"ninths", 9, true},    {"tenth", 10, false},  {"tenths", 10, true},
};
constexpr auto denominators = sorted_by_word(raw_denominators);

// The token at j continues the number on the same line.
bool next_on_line(const std::vector<Tok>& t, std::size_t j) { return is_word(t, j) && !t[j].newline_before; }

const Entry* entry_at(const std::vector<Tok>& t, std::size_t j) {
    return next_on_line(t, j) ? lookup(t[j].low) : nullptr;
}

// A cardinal scale word at j: thousand, million, ..., lakh, crore (singular).
const Entry* big_at(const std::vector<Tok>& t, std::size_t j) {
    const Entry* e = entry_at(t, j);
    return e && e->cat == Cat::big && !e->ordinal && !e->plural ? e : nullptr;
}

// "thirty-two" / "thirty two": the unit joined to a tens word at j, if any.
// Returns the token past the number.
std::size_t after_tens_unit(const std::vector<Tok>& t, std::size_t j, long long& value) {
    std::size_t k = j + 1;
    if (is_punct(t, k, "-") && attached(t, k) && attached(t, k + 1)) ++k;
    else if (!next_on_line(t, k)) return j + 1;
    const Entry* u = entry_at(t, k);
    if (!u || u->cat != Cat::unit || u->ordinal || u->value < 1 || u->value > 9) return j + 1;
    value += u->value;
    return k + 1;
}

struct Small {
    long long value = 0;
    std::size_t end = 0;
};

// 10..99 in words at j: "seventeen", "ninety", "seventy-one", "ninety nine".
std::optional<Small> two_digits_at(const std::vector<Tok>& t, std::size_t j) {
    const Entry* e = entry_at(t, j);
    if (!e || e->ordinal) return std::nullopt;
    if (e->cat == Cat::unit && e->value >= 10) return Small{e->value, j + 1};
    if (e->cat != Cat::tens) return std::nullopt;
    Small s{e->value, 0};
    s.end = after_tens_unit(t, j, s.value);
    return s;
}

// One digit spoken alone, as after "point" or in "nineteen oh-one".
int digit_word(const std::vector<Tok>& t, std::size_t j) {
    if (!next_on_line(t, j)) return -1;
    if (t[j].low == "oh" || t[j].low == "o") return 0;
    const Entry* e = lookup(t[j].low);
    return e && e->cat == Cat::unit && !e->ordinal && e->value <= 9 ? static_cast<int>(e->value) : -1;
}

// "and a half", "and one fourth", "and three quarters" at j: numerator one
// takes the singular, more than one the plural.
std::optional<FractionTail> fraction_words(const std::vector<Tok>& t, std::size_t k) {
    if (!next_on_line(t, k)) return std::nullopt;
    long long num = 0;
    std::string_view w = t[k].low;
    if (w == "a" || w == "an" || w == "one") num = 1;
    else if (const Entry* e = lookup(w); e && e->cat == Cat::unit && !e->ordinal && e->value >= 2 && e->value <= 9)
        num = e->value;
    else
        return std::nullopt;
    std::size_t d = k + 1;
    if (is_punct(t, d, "-") && attached(t, d) && attached(t, d + 1)) ++d;  // "three-quarters"
    if (!next_on_line(t, d)) return std::nullopt;
    const Denominator* den = find_word(denominators, t[d].low);
    if (!den || den->plural != (num > 1)) return std::nullopt;
    return FractionTail{Ratio{num, den->value, true}, d + 1};
}

// A lone "one"/"first"/"second" is a number only where it reads as one.
bool lone_word_reads_as_number(const std::vector<Tok>& t, std::size_t i, std::string_view w) {
    std::string_view prev = i > 0 && t[i - 1].kind == TokKind::word ? std::string_view(t[i - 1].low) : "";
    bool next_word = is_word(t, i + 1) && !t[i + 1].newline_before;
    std::string_view next = next_word ? std::string_view(t[i + 1].low) : "";
    if (w == "one") {
        static const auto pronoun_before = sorted_table(
            {"any", "each", "every", "no", "that", "the", "this", "which", "such", "another", "someone"});
        if (in_table(pronoun_before, prev)) return false;
        return next_word && !is_stopword(next) && next != "another" && next != "other";
    }
    if (w == "first") {
        if (prev == "at") return false;
        if (!next_word) return false;
        if (next == "of" && is_word(t, i + 2, "all")) return false;
        return !(next == "and" && is_word(t, i + 2, "foremost"));
    }
    if (w == "second") return next_word && next != "hand";
    return true;
}

// "between five and sixty" is two numbers, not the inverted "five and sixty".
bool between_before(const std::vector<Tok>& t, std::size_t i) {
    for (std::size_t back = 1; back <= 4 && back <= i; ++back) {
        if (t[i - back + 1].newline_before) break;
        if (is_word(t, i - back, "between")) return true;
    }
    return false;
}

WordNumber finish(Ratio r, std::size_t end) {
    WordNumber w;
    w.ratio = reduced(r);
    w.value = ratio_value(w.ratio);
    w.end = end;
    return w;
}

// A period word after a number: "three decades", "a century", "two and a
// half decades" count years.
void apply_period(const std::vector<Tok>& t, WordNumber& w) {
    if (w.ordinal || !next_on_line(t, w.end)) return;
    int years = period_years(t[w.end].low);
    if (!years) return;
    w.ratio = ratio_mul(w.ratio, whole(years));
    w.value = ratio_value(w.ratio);
    w.years = true;
    w.plain = false;
    ++w.end;
}

// The words besides the table's that a number in words may begin with:
// "past"/"last" (past_period) and a bare "half"/"quarter" (leading_fraction).
constexpr std::string_view period_openers[] = {"past", "last"};
constexpr std::string_view bare_fractions[] = {"half", "quarter"};

// "over the past decade", "in the last decade": ten years ("the last decade
// of the century" names a decade, not a length).
std::optional<WordNumber> past_period(const std::vector<Tok>& t, std::size_t i) {
    std::string_view w = t[i].low;
    if (std::find(std::begin(period_openers), std::end(period_openers), w) == std::end(period_openers) || !next_on_line(t, i + 1) || is_word(t, i + 2, "of")) return std::nullopt;
    std::string_view p = t[i + 1].low;
    if (p != "decade" && !(w == "past" && p == "century")) return std::nullopt;
    WordNumber n = finish(whole(period_years(p)), i + 2);
    n.years = true;
    n.plain = false;
    return n;
}

// A fraction first: "half a million", "a quarter of a million", "three
// quarters billion", "half a dozen", "half a century"; or a fraction of
// something: "a quarter of the members", "two thirds of", "a two-thirds
// majority" is left to the integer reading (hyphen, no "of").
std::optional<WordNumber> leading_fraction(const std::vector<Tok>& t, std::size_t i) {
    std::string_view w = t[i].low;
    std::optional<FractionTail> fr;
    bool bare = w == bare_fractions[0] || w == bare_fractions[1];  // "half million", "quarter of a million"
    if (bare) fr = FractionTail{Ratio{1, w == "half" ? 2 : 4, true}, i + 1};
    else fr = fraction_words(t, i);
    if (!fr) return std::nullopt;
    std::size_t s = fr->end;
    bool of = is_word(t, s, "of") && !t[s].newline_before;
    if (of) ++s;
    bool article = next_on_line(t, s) && (t[s].low == "a" || t[s].low == "an");
    if (article) ++s;
    const Entry* big = big_at(t, s);
    const Entry* e = entry_at(t, s);
    long long scale = big ? big->value : e && !e->ordinal && (e->cat == Cat::hundred || e->cat == Cat::dozen) ? e->value : 0;
    int years = next_on_line(t, s) ? period_years(t[s].low) : 0;
    bool singular_period = years && t[s].low.back() != 's';
    if ((scale || singular_period) && (!of || article) && !(bare && of && w == "half")) {
        WordNumber n = finish(ratio_mul(fr->value, whole(scale ? scale : years)), s + 1);
        n.plain = false;
        n.years = !scale;
        return n;
    }
    if (bare) return std::nullopt;
    const Denominator* den = find_word(denominators, t[fr->end - 1].low);
    bool plural_only_fraction = den->plural && den->word != "quarters" && den->word != "halves";
    // "a quarter of the members" (a fraction of something); "two thirds"
    // always; "three quarters" alone may be three quarters of a year.
    if ((of && next_on_line(t, fr->end + 1)) || plural_only_fraction) {
        WordNumber n = finish(fr->value, fr->end);
        n.plain = false;
        return n;
    }
    return std::nullopt;
}

// "nineteen ninety", "twenty seventeen", "nineteen oh-one": a year said as
// two two-digit numbers, 1010..2099. "ten fifteen" and "eleven thirty" are
// clock times as often as years: those need a year cue ("in", "since").
std::optional<WordNumber> year_pair(const std::vector<Tok>& t, std::size_t i, const NumberWordsOptions& opt) {
    const Entry* a = lookup(t[i].low);
    if (!a || a->ordinal || !((a->cat == Cat::unit && a->value >= 10) || (a->cat == Cat::tens && a->value == 20)))
        return std::nullopt;
    if (a->value <= 12 && !opt.year_cue) return std::nullopt;
    std::size_t j = i + 1;
    if (!next_on_line(t, j) || !t[j].space_before) return std::nullopt;
    long long b = 0;
    std::size_t end = 0;
    if (auto s = two_digits_at(t, j)) {
        b = s->value;
        end = s->end;
    } else if (t[j].low == "oh" || t[j].low == "o" || t[j].low == "nought" || t[j].low == "zero") {
        std::size_t k = j + 1;
        if (is_punct(t, k, "-") && attached(t, k) && attached(t, k + 1)) ++k;
        int d = digit_word(t, k);
        if (d < 1) return std::nullopt;
        b = d;
        end = k + 1;
    } else {
        return std::nullopt;
    }
    // "nineteen twenty-year-olds", "twenty twenty thousand": not a year
    if (is_punct(t, end, "-") && attached(t, end)) return std::nullopt;
    if (const Entry* n = entry_at(t, end); n && n->cat != Cat::article && n->cat != Cat::conj) return std::nullopt;
    WordNumber w = finish(whole(a->value * 100 + b), end);
    w.year_form = true;
    return w;
}

}  // namespace

std::optional<PointDigits> point_digits(const std::vector<Tok>& t, std::size_t j) {
    if (!is_word(t, j, "point") || t[j].newline_before) return std::nullopt;
    std::size_t k = j + 1;
    if (is_number(t, k) && !t[k].newline_before && t[k].space_before && !t[k].grouped && !t[k].decimal &&
        t[k].low.size() <= 15)
        return PointDigits{t[k].low, k + 1};  // "1 point 1"
    PointDigits p;
    // "point seventy-one" = .71, "point five one" = .51
    if (auto s = two_digits_at(t, k); s && digit_word(t, s->end) < 0) return PointDigits{std::to_string(s->value), s->end};
    for (int d; p.digits.size() < 15 && (d = digit_word(t, k)) >= 0; ++k) p.digits += static_cast<char>('0' + d);
    if (p.digits.empty()) return std::nullopt;
    p.end = k;
    return p;
}

std::optional<FractionTail> and_fraction(const std::vector<Tok>& t, std::size_t j) {
    if (!is_word(t, j, "and") || t[j].newline_before) return std::nullopt;
    return fraction_words(t, j + 1);
}

int period_years(std::string_view w) {
    if (w == "decade" || w == "decades") return 10;
    if (w == "century" || w == "centuries") return 100;
    return 0;
}

std::optional<WordNumber> parse_number_words(const std::vector<Tok>& t, std::size_t i, NumberWordsOptions opt) {
    if (!is_word(t, i)) return std::nullopt;
    if (auto p = past_period(t, i)) return p;
    if (auto f = leading_fraction(t, i)) {
        apply_period(t, *f);
        return f;
    }
    if (opt.year_pairs)
        if (auto y = year_pair(t, i, opt)) return y;

    Ratio total = whole(0), cur = whole(0);
    long long last_big = LLONG_MAX;  // the scale of the last group ("three lakh crore": 1e12)
    int groups = 0;
    Cat last = Cat::none;
    std::size_t j = i, end = i, count = 0;
    bool ordinal = false, plain = true, inverted = false;
    auto add_group = [&](long long scale) {
        total = ratio_add(total, ratio_mul(cur, whole(scale)));
        cur = whole(0);
        last_big = scale;
        ++groups;
    };
    while (is_word(t, j) && (j == i || !t[j].newline_before)) {
        if (t[j].low == "point") {
            // "seven point two five", "two point two million"
            if (count == 0 || ordinal || last == Cat::article) break;
            auto pd = point_digits(t, j);
            if (!pd) break;
            cur = ratio_add(cur, ratio_of_digits("." + pd->digits));
            end = pd->end;
            plain = false;
            if (const Entry* b = big_at(t, end); b && b->value < last_big) {
                add_group(b->value);
                ++end;
            }
            break;
        }
        const Entry* e = lookup(t[j].low);
        if (!e) break;
        if (e->cat == Cat::article) {
            // "a" counts as one only before a multiplier: "a hundred", "a dozen", "a score of", "a decade"
            if (last != Cat::none || !next_on_line(t, j + 1)) break;
            const Entry* n = lookup(t[j + 1].low);
            bool period = period_years(t[j + 1].low) && t[j + 1].low.back() != 's';
            if (!period && (!n || (n->cat != Cat::hundred && n->cat != Cat::big && n->cat != Cat::dozen &&
                                   !(n->cat == Cat::score && is_word(t, j + 2, "of")))))
                break;
            if (n && n->plural) break;
            cur = whole(1);
            last = Cat::article;
            end = j + 1;
            ++j;
            if (period) break;
            continue;
        }
        if (e->cat == Cat::conj) {
            // "one and a half", "one million and a half", "one billion and a half million"
            if (count > 0 && !ordinal &&
                (last == Cat::unit || last == Cat::tens || last == Cat::hundred || last == Cat::big)) {
                if (auto fr = and_fraction(t, j)) {
                    std::size_t k = fr->end;
                    const Entry* b = big_at(t, k);
                    bool smaller_scale = b && b->value < last_big;
                    if (last == Cat::big) {
                        // after a scale the fraction is of that scale, unless a smaller one follows
                        cur = fr->value;
                        add_group(smaller_scale ? b->value : last_big);
                    } else {
                        cur = ratio_add(cur, fr->value);
                        if (smaller_scale) add_group(b->value);
                    }
                    end = smaller_scale ? k + 1 : k;
                    plain = false;
                    break;
                }
            }
            // the inverted "five and sixty", "seven and twenty" (65, 27)
            if (last == Cat::unit && count == 1 && !ordinal && cur.p >= 1 && cur.p <= 9 && !between_before(t, i)) {
                const Entry* n = entry_at(t, j + 1);
                if (n && n->cat == Cat::tens && !(is_punct(t, j + 2, "-") && attached(t, j + 2))) {
                    cur = ratio_add(cur, whole(n->value));
                    ordinal = n->ordinal;
                    last = Cat::tens;
                    inverted = true;
                    ++count;
                    end = j + 2;
                    j += 2;
                    if (ordinal) break;
                    continue;
                }
            }
            // "nine hundred and thirty", "threescore and ten", "a thousand and one"
            bool after_multiplier = last == Cat::hundred || last == Cat::big || last == Cat::score ||
                                    last == Cat::scoreword;
            const Entry* n = entry_at(t, j + 1);
            if (!after_multiplier || !n || (n->cat != Cat::unit && n->cat != Cat::tens)) break;
            last = Cat::conj;
            ++j;
            continue;
        }
        bool lone_multiplier_ordinal = e->ordinal && last == Cat::none && (e->cat == Cat::hundred || e->cat == Cat::big);
        if (lone_multiplier_ordinal) cur = whole(1);  // "the hundredth anniversary"
        Cat before = last == Cat::none && lone_multiplier_ordinal ? Cat::article : last;
        bool cur_small = cur.p > 0 && cur.p < 100 * cur.q;
        bool ok = false;
        switch (e->cat) {
            case Cat::unit:
                ok = before == Cat::none || before == Cat::hundred || before == Cat::big || before == Cat::conj ||
                     (before == Cat::tens && !inverted && e->value >= 1 && e->value <= 9);
                break;
            case Cat::tens:
                ok = before == Cat::none || before == Cat::hundred || before == Cat::big || before == Cat::conj;
                break;
            case Cat::hundred:  // "nineteen hundred", "sixty hundred", "forty five hundred"
                ok = (before == Cat::unit || before == Cat::tens || before == Cat::article) && cur_small;
                break;
            case Cat::big:
                if (e->plural && (before == Cat::none || before == Cat::article)) break;  // "millions of": vague
                if (before == Cat::big && groups == 1 && !e->ordinal && e->value >= last_big &&
                    last_big <= LLONG_MAX / e->value) {
                    // "three thousand millions", "three lakh crore": one scale on top of another
                    total = ratio_mul(total, whole(e->value));
                    last_big *= e->value;
                    last = Cat::big;
                    ++count;
                    end = j + 1;
                    ++j;
                    continue;
                }
                ok = (before == Cat::unit || before == Cat::tens || before == Cat::hundred || before == Cat::article) &&
                     cur.p > 0 && e->value < last_big;
                break;
            case Cat::dozen:  // "two dozen", "two hundred dozens"; a bare "dozens" is vague
                ok = before == Cat::unit || before == Cat::tens || (before == Cat::article && !e->plural) ||
                     (before == Cat::hundred && e->plural);
                break;
            case Cat::score: ok = before == Cat::unit || before == Cat::article; break;
            case Cat::scoreword: ok = before == Cat::none; break;
            default: break;
        }
        if (!ok) break;
        if (e->cat == Cat::score) {
            // "the score", "a score to settle", "a score of 95 points"
            bool of_number = is_word(t, j + 1, "of") && (is_number(t, j + 2) || entry_at(t, j + 2));
            bool counted = is_word(t, j + 1, "of") || is_word(t, j + 1, "and") || (last == Cat::unit && cur.p > 1);
            if (!counted || of_number) break;
        }
        switch (e->cat) {
            case Cat::unit:
            case Cat::tens:
            case Cat::scoreword: cur = ratio_add(cur, whole(e->value)); break;
            case Cat::hundred:
            case Cat::dozen:
            case Cat::score: cur = ratio_mul(cur, whole(e->value)); break;
            case Cat::big: add_group(e->value); break;
            default: break;
        }
        last = e->cat;
        ++count;
        end = j + 1;
        if (e->ordinal) {
            ordinal = true;
            break;
        }
        // hyphenated compounds: "thirty-two", "twenty-first"
        if (is_punct(t, j + 1, "-") && attached(t, j + 1) && attached(t, j + 2) && is_word(t, j + 2))
            j += 2;
        else
            ++j;
    }
    bool article_period = count == 0 && last == Cat::article && end > i;  // "a decade"
    if (count == 0 && !article_period) return std::nullopt;
    if (count == 1 && plain && !lone_word_reads_as_number(t, end - 1, t[end - 1].low)) return std::nullopt;
    WordNumber w = finish(ratio_add(total, cur), end);
    if (!w.ratio.ok) return std::nullopt;  // beyond 9.2e18 in words: no text says that
    w.ordinal = ordinal;
    w.plain = plain;
    apply_period(t, w);
    if (article_period && !w.years) return std::nullopt;
    return w;
}

std::vector<std::string_view> number_word_openers() {
    std::vector<std::string_view> out;
    for (const Entry& e : table)
        if (e.cat != Cat::conj) out.push_back(e.word);  // "and" only joins: the main loop breaks on it when first
    out.insert(out.end(), std::begin(period_openers), std::end(period_openers));
    out.insert(out.end(), std::begin(bare_fractions), std::end(bare_fractions));
    return out;
}

double scale_word(std::string_view w, bool is_attached) {
    if (w == "thousand") return 1e3;
    if (w == "million" || w == "mn" || w == "mln" || w == "millions") return 1e6;
    if (w == "billion" || w == "bn" || w == "bln" || w == "billions") return 1e9;
    // "tln": microsoft/Recognizers-Text Specs/Number/English/NumberModel.json ("10 tln")
    if (w == "trillion" || w == "tn" || w == "trn" || w == "tln" || w == "trillions") return 1e12;
    if (w == "lakh" || w == "lakhs") return 1e5;
    if (w == "crore" || w == "crores") return 1e7;
    if (w == "hundred") return 100;
    if (w == "dozen" || w == "dozens") return 12;  // "200 dozens": facebook/duckling Duckling/Numeral/EN/Corpus.hs
    // Russian, in every case form a number takes after it ("41 миллиарда",
    // "500 миллионов"), and the abbreviations of the press (тыс., млн, млрд, трлн)
    for (auto [stem, scale] : {std::pair<std::string_view, double>{"тысяч", 1e3}, {"миллион", 1e6}, {"миллиард", 1e9}, {"триллион", 1e12}})
        if (w.substr(0, stem.size()) == stem && w.size() <= stem.size() + 4) return scale;
    if (w == "тысяча") return 1e3;
    if (w == "тыс") return 1e3;
    if (w == "млн") return 1e6;
    if (w == "млрд") return 1e9;
    if (w == "трлн") return 1e12;
    if (is_attached) {  // "1.2m", "5k", "$3b", "2mil": a lone letter with a space before is a unit of measure
        if (w == "m" || w == "mil") return 1e6;
        if (w == "k") return 1e3;
        if (w == "b") return 1e9;
    }
    return 0;
}

}  // namespace parallax::facts_detail
