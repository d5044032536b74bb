#include "number_words.hpp"

#include <algorithm>
#include <array>
#include <iterator>
#include <string_view>

#include "parallax/normalize.hpp"

namespace parallax::facts_detail {

namespace {

enum class Cat { none, article, unit, tens, hundred, big, dozen, score, scoreword, conj };

struct Entry {
    std::string_view word;
    Cat cat;
    double value;
    bool ordinal;
};

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
        {"hundred", Cat::hundred, 100, false}, {"thousand", Cat::big, 1e3, false},
        {"million", Cat::big, 1e6, false}, {"billion", Cat::big, 1e9, false},
        {"trillion", Cat::big, 1e12, false}, {"dozen", Cat::dozen, 12, false},
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
        {"hundredth", Cat::hundred, 100, true}, {"thousandth", Cat::big, 1e3, true},
        {"millionth", Cat::big, 1e6, true}, {"billionth", Cat::big, 1e9, true},
        {"trillionth", Cat::big, 1e12, true}, {"a", Cat::article, 1, false},
        {"an", Cat::article, 1, false}, {"and", Cat::conj, 0, false},
        {"nought", Cat::unit, 0, false},
};

constexpr auto make_table() {
    std::array<Entry, std::size(raw_table)> t{};
    std::copy(std::begin(raw_table), std::end(raw_table), t.begin());
    std::sort(t.begin(), t.end(), [](const Entry& a, const Entry& b) { return a.word < b.word; });
    return t;
}

constexpr auto table = make_table();

const Entry* lookup(std::string_view w) {
    auto it = std::lower_bound(table.begin(), table.end(), w,
                               [](const Entry& e, std::string_view x) { return e.word < x; });
    return it != table.end() && it->word == w ? &*it : nullptr;
}

bool numeric_cat(Cat c) { return c != Cat::none && c != Cat::article && c != Cat::conj; }

// The grammar: which category may follow which.
bool may_follow(Cat cat, Cat last, double value, double cur, double last_big) {
    switch (cat) {
        case Cat::unit:
            return last == Cat::none || last == Cat::hundred || last == Cat::big || last == Cat::conj ||
                   (last == Cat::tens && value >= 1 && value <= 9);
        case Cat::tens:
            return last == Cat::none || last == Cat::hundred || last == Cat::big || last == Cat::conj;
        case Cat::hundred:
            return (last == Cat::unit || last == Cat::article) && cur > 0 && cur < 100;
        case Cat::big:
            return (last == Cat::unit || last == Cat::tens || last == Cat::hundred || last == Cat::article) &&
                   cur > 0 && value < last_big;
        case Cat::dozen:
            return last == Cat::unit || last == Cat::tens || last == Cat::article;
        case Cat::score:
            return last == Cat::unit || last == Cat::article;
        case Cat::scoreword:
            return last == Cat::none;
        default:
            return false;
    }
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

}  // namespace

std::optional<WordNumber> parse_number_words(const std::vector<Tok>& t, std::size_t i) {
    if (!is_word(t, i)) return std::nullopt;
    double total = 0, cur = 0, last_big = 1e300;
    Cat last = Cat::none;
    std::size_t j = i, end = i, count = 0;
    bool ordinal = false;
    while (is_word(t, j) && (j == i || !t[j].newline_before)) {
        const Entry* e = lookup(t[j].low);
        if (!e) break;
        if (e->cat == Cat::article) {
            // "a" counts as one only before a multiplier: "a hundred", "a dozen", "a score of"
            if (last != Cat::none || !is_word(t, j + 1)) break;
            const Entry* n = lookup(t[j + 1].low);
            if (!n || (n->cat != Cat::hundred && n->cat != Cat::big && n->cat != Cat::dozen &&
                       !(n->cat == Cat::score && is_word(t, j + 2, "of"))))
                break;
            cur = 1;
            last = Cat::article;
            ++j;
            continue;
        }
        if (e->cat == Cat::conj) {
            // "nine hundred and thirty", "threescore and ten", "a thousand and one"
            bool after_multiplier = last == Cat::hundred || last == Cat::big || last == Cat::score ||
                                    last == Cat::scoreword;
            const Entry* n = is_word(t, j + 1) ? lookup(t[j + 1].low) : nullptr;
            if (!after_multiplier || !n || (n->cat != Cat::unit && n->cat != Cat::tens)) break;
            last = Cat::conj;
            ++j;
            continue;
        }
        bool lone_multiplier_ordinal = e->ordinal && last == Cat::none && (e->cat == Cat::hundred || e->cat == Cat::big);
        if (lone_multiplier_ordinal) cur = 1;  // "the hundredth anniversary"
        if (!numeric_cat(e->cat) || !may_follow(e->cat, last == Cat::none && lone_multiplier_ordinal ? Cat::article : last,
                                                e->value, cur, last_big))
            break;
        if (e->cat == Cat::score && !(is_word(t, j + 1, "of") || is_word(t, j + 1, "and") ||
                                      (last == Cat::unit && cur > 1)))
            break;  // "the score", "a score to settle"
        switch (e->cat) {
            case Cat::unit:
            case Cat::tens:
            case Cat::scoreword: cur += e->value; break;
            case Cat::hundred: cur *= 100; break;
            case Cat::dozen: cur *= 12; break;
            case Cat::score: cur *= 20; break;
            case Cat::big:
                total += cur * e->value;
                cur = 0;
                last_big = e->value;
                break;
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
    if (count == 0) return std::nullopt;
    if (count == 1 && !lone_word_reads_as_number(t, end - 1, t[end - 1].low))
        return std::nullopt;
    return WordNumber{total + cur, end, ordinal};
}

double scale_word(std::string_view w, bool is_attached) {
    if (w == "thousand") return 1e3;
    if (w == "million" || w == "mn" || w == "mln") return 1e6;
    if (w == "billion" || w == "bn" || w == "bln") return 1e9;
    if (w == "trillion" || w == "tn" || w == "trn") return 1e12;
    if (w == "hundred") return 100;
    if (w == "dozen") return 12;
    if (is_attached) {  // "1.2m", "5k", "$3b": a lone letter with a space before is a unit of measure
        if (w == "m") return 1e6;
        if (w == "k") return 1e3;
        if (w == "b") return 1e9;
    }
    return 0;
}

}  // namespace parallax::facts_detail
