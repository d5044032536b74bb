// English grammar words and word forms, shared by the wording and quotation
// checks: what makes two runs of words the same words in another grammar.
#include "grammar.hpp"

#include <algorithm>
#include <iterator>

#include "fact_checks.hpp"
#include "parallax/normalize.hpp"

namespace parallax {

namespace {

// Words that negate a clause ("n't" forms are recognised by their ending).
constexpr std::string_view negators[] = {"not", "no", "never", "nor", "neither", "none", "nobody", "nothing", "nowhere", "cannot", "without"};
// Modal verbs, by what they say (ability, permission, obligation ...).
constexpr std::string_view modals[] = {"can", "could", "may", "might", "must", "should", "ought", "shall"};
// Auxiliaries that carry tense (the Tense enum, grammar.hpp).
struct TenseWord {
    std::string_view word;
    Tense tense;
};
constexpr TenseWord tense_words[] = {
    {"will", Tense::future}, {"'ll", Tense::future}, {"won't", Tense::future},
    {"would", Tense::conditional}, {"wouldn't", Tense::conditional},
    {"was", Tense::past}, {"were", Tense::past}, {"had", Tense::perfect}, {"did", Tense::past},
    {"wasn't", Tense::past}, {"weren't", Tense::past}, {"hadn't", Tense::perfect}, {"didn't", Tense::past},
    {"is", Tense::present}, {"are", Tense::present}, {"am", Tense::present}, {"has", Tense::perfect},
    {"have", Tense::perfect}, {"does", Tense::present}, {"do", Tense::present},
    {"isn't", Tense::present}, {"aren't", Tense::present}, {"hasn't", Tense::perfect}, {"haven't", Tense::perfect},
    {"doesn't", Tense::present}, {"don't", Tense::present},
};
// Personal pronouns and possessives (the Person enum, grammar.hpp).
struct PersonWord {
    std::string_view word;
    Person person;
};
constexpr PersonWord person_words[] = {
    {"i", Person::first_singular}, {"me", Person::first_singular}, {"my", Person::first_singular},
    {"mine", Person::first_singular}, {"myself", Person::first_singular},
    {"we", Person::first_plural}, {"us", Person::first_plural}, {"our", Person::first_plural},
    {"ours", Person::first_plural}, {"ourselves", Person::first_plural},
    {"you", Person::second}, {"your", Person::second}, {"yours", Person::second}, {"yourself", Person::second},
    {"yourselves", Person::second},
    {"he", Person::third}, {"him", Person::third}, {"his", Person::third}, {"himself", Person::third},
    {"she", Person::third}, {"her", Person::third}, {"hers", Person::third}, {"herself", Person::third},
    {"they", Person::third}, {"them", Person::third}, {"their", Person::third}, {"theirs", Person::third},
    {"themselves", Person::third},
};

// Prepositions: one put for another ("against" / "towards") is a
// translator's choice of grammar, not another statement.
constexpr std::string_view prepositions[] = {
    "about", "above", "across", "against", "along", "amid", "among", "amongst", "around", "at", "before", "behind",
    "below", "beneath", "beside", "besides", "between", "beyond", "by", "concerning", "despite", "during", "for", "from",
    "in", "inside", "into", "near", "of", "off", "on", "onto", "over", "per", "regarding", "since", "through",
    "throughout", "to", "toward", "towards", "under", "until", "unto", "upon", "via", "with", "within",
};

}  // namespace

bool is_negator(std::string_view w) {
    return std::find(std::begin(negators), std::end(negators), w) != std::end(negators) ||
           (w.size() > 3 && w.substr(w.size() - 3) == "n't");
}
bool is_modal(std::string_view w) { return std::find(std::begin(modals), std::end(modals), w) != std::end(modals); }
Tense tense_of(std::string_view w) {
    for (const auto& t : tense_words)
        if (t.word == w) return t.tense;
    return Tense::none;
}
Person person_of(std::string_view w) {
    for (const auto& p : person_words)
        if (p.word == w) return p.person;
    return Person::none;
}
// English number words (cardinals, ordinals, scales, and their plurals): a
// run holding one is a figure written another way, the figure checks' business.
bool is_number_word(std::string_view w) {
    static constexpr std::string_view roots[] = {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
        "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion",
        "trillion", "dozen", "score", "first", "second", "third", "fif", "eigh", "nin", "twelf", "twentie", "thirtie",
        "fortie", "fiftie", "sixtie", "seventie", "eightie", "ninetie", "half", "halves", "twice", "thrice", "once",
        "decade", "century", "centuries",
    };
    for (std::string_view suf : {"s", "th", "ths"})  // "thousands", "fourth", "fifths"
        if (w.size() > suf.size() + 2 && w.substr(w.size() - suf.size()) == suf &&
            std::find(std::begin(roots), std::end(roots), w.substr(0, w.size() - suf.size())) != std::end(roots))
            return true;
    return std::find(std::begin(roots), std::end(roots), w) != std::end(roots);
}

bool is_preposition(std::string_view w) {
    return std::find(std::begin(prepositions), std::end(prepositions), w) != std::end(prepositions);
}

int weekday_of(std::string_view w) {
    static constexpr std::string_view days[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    auto at = std::find(std::begin(days), std::end(days), w);
    return at == std::end(days) ? 0 : static_cast<int>(at - std::begin(days)) + 1;
}

bool is_grammar_word(std::string_view w) {
    return is_negator(w) || is_modal(w) || tense_of(w) != Tense::none || person_of(w) != Person::none || is_stopword(w);
}

// British and American spellings of one word meet: the endings that differ
// (-ise/-ize, -yse/-yze, -re/-er, -ogue/-og, -ence/-ense, -mme/-m) and -our/-or
// inside a word (honour, favourable); letters_key collapses doubled letters
// (travelled).
std::string spelling_key(std::string_view word) {
    static constexpr std::pair<std::string_view, std::string_view> endings[] = {
        {"isation", "ization"}, {"ise", "ize"}, {"ised", "ized"}, {"ises", "izes"}, {"ising", "izing"},
        {"yse", "yze"}, {"ysed", "yzed"}, {"tre", "ter"}, {"tres", "ters"}, {"ogue", "og"}, {"ence", "ense"}, {"mme", "m"},
    };
    std::string w(word);
    for (auto [from, to] : endings)
        if (w.size() > from.size() + 1 && w.compare(w.size() - from.size(), from.size(), from) == 0) {
            w.replace(w.size() - from.size(), from.size(), to);
            break;
        }
    for (std::size_t k = 1; k + 3 <= w.size(); ++k)
        if (w.compare(k, 3, "our") == 0) w.erase(k + 1, 1);
    return w;
}

// The letters of a run, word by word, in their spelling key: equal when two
// runs differ only in case, punctuation, hyphenation, quote marks or
// British/American spelling.
std::string letters_key(std::string_view text) {
    std::string joined;
    for (const auto& w : split_words(folded_letters(text))) joined += spelling_key(w);
    std::string out;  // doubled letters collapsed across the joins too: "co-operate" / "cooperate"
    for (char ch : joined)
        if (out.empty() || ch != out.back()) out += ch;
    return out;
}

// Two words are one word inflected differently: equal stems, or the
// shorter (three letters or more) all but its last letter at the start of
// the longer ("pay"/"paid", "make"/"made", "strong"/"stronger").
bool inflected(std::string_view a, std::string_view b) {
    if (a == b || stem(a) == stem(b)) return true;
    std::size_t n = 0;
    while (n < a.size() && n < b.size() && a[n] == b[n]) ++n;
    std::size_t shorter = std::min(a.size(), b.size());
    return shorter >= 3 && n >= 2 && n + 1 >= shorter;
}

// Every word of `a` pairs, in order, with a word of `b` it inflects, and
// both have as many: the same words in another form.
bool same_words(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t k = 0; k < a.size(); ++k)
        if (!inflected(a[k], b[k])) return false;
    return true;
}

// The words of `longer` not paired with a word of `shorter` (in order), if
// every word of `shorter` pairs with one: what one side adds.
std::optional<std::vector<std::string_view>> extra_words(const std::vector<std::string_view>& longer, const std::vector<std::string_view>& shorter) {
    std::vector<std::string_view> extra;
    std::size_t j = 0;
    auto article = [](std::string_view w) { return w == "a" || w == "an" || w == "the"; };
    for (auto w : longer) {
        if (j < shorter.size() && (inflected(w, shorter[j]) || (article(w) && article(shorter[j])))) ++j;
        else extra.push_back(w);
    }
    if (j != shorter.size()) return std::nullopt;
    return extra;
}

}  // namespace parallax
